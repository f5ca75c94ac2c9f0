/**
 * One run, for both shells: what earlier runs say (the baseline, the month so far, the history),
 * the jobs the artifacts hold, then the gate. Where those come from is the shell's business: it
 * passes them in as ports (files or a run's downloaded artifacts; the ledger or a baseline file).
 */
import type { Config } from '../config/types.js'
import type { HistoryPoint, JobRecord, Notice } from '../core/types.js'
import type { ReadOptions } from '../ingest/types.js'
import { type EarlierRun, type GateResult, evaluateGate } from './evaluate-gate.js'
import { readOptionsFrom } from './load-config.js'
import type { PrRunsInput, ProjectInput } from './whole-cost.js'

/** The jobs found in the artifacts, and what could not be read. */
export interface CollectedJobs {
  readonly jobs: readonly JobRecord[]
  readonly notices: readonly Notice[]
  /** One line each, `where: what`. */
  readonly errors: readonly string[]
  /** Files read (with at least one job or an error). */
  readonly filesRead: number
  readonly bytesRead: number
}

/** A job of the baseline's record, by identity (run/job-identity.ts). */
export interface BaselineJob {
  readonly key: string
  readonly name: string
  readonly totalKg: number
  readonly itEnergyKWh: number
}

/** What earlier runs of the same series say. */
export interface RunHistory {
  readonly baseline: EarlierRun | null
  /** How the baseline was chosen: the base commit's record, an ancestor's, or the latest before. */
  readonly baselineMatch?: 'base' | 'ancestor' | 'latest'
  /** The baseline's jobs, kg and kWh per job identity (records before series have none). */
  readonly baselineJobs?: readonly BaselineJob[]
  /** Shown beside the baseline: e.g. that the ledger holds records, but of other series. */
  readonly note?: string
  /** kg already recorded this month (without this run). */
  readonly monthBeforeKg?: number
  /** Earlier runs, oldest first, for the history chart. */
  readonly points: readonly HistoryPoint[]
  /** Why a baseline is missing, when it is (e.g. no ledger yet). */
  readonly warnings: readonly string[]
  /** The pull request's earlier runs, from its sticky comment, and this run's identity. */
  readonly prRuns?: PrRunsInput
  /** The project's recorded runs, for its totals to date. */
  readonly project?: ProjectInput
}

export const NO_HISTORY: RunHistory = { baseline: null, points: [], warnings: [] }

export interface GatePorts {
  /** Finds and reads the artifacts this run is about. */
  readonly readJobs: (options: ReadOptions) => Promise<CollectedJobs>
  /** Reads earlier runs; absent when there are none to read. */
  readonly readHistory?: () => Promise<RunHistory>
  /** Reads the deployment's inference artifact (deployment.inference), apart from the training's. */
  readonly readInference?: (
    paths: readonly string[],
    options: ReadOptions,
  ) => Promise<CollectedJobs>
}

export interface GateRequest {
  readonly config: Config
  /** Inputs that could not be used, found before the run (one line each, `where: what`). */
  readonly errors?: readonly string[]
}

export interface GateRun extends GateResult {
  readonly history: RunHistory
  readonly collected: CollectedJobs
}

export async function runGate(ports: GatePorts, request: GateRequest): Promise<GateRun> {
  const { config } = request
  const history = ports.readHistory !== undefined ? await ports.readHistory() : NO_HISTORY
  const options = readOptionsFrom(config)
  const read = await ports.readJobs(options)
  const inference = await readInference(ports, config, options)
  // The inference artifact is the deployment's, never a training job, wherever it was found.
  const served = new Set(inference?.jobs.map((j) => j.source.path))
  const collected = { ...read, jobs: read.jobs.filter((j) => !served.has(j.source.path)) }
  const result = evaluateGate({
    jobs: collected.jobs,
    notices: [...collected.notices, ...(inference?.notices ?? [])],
    errors: [...(request.errors ?? []), ...collected.errors, ...(inference?.errors ?? [])],
    ...(inference !== undefined ? { inferenceJobs: inference.jobs } : {}),
    ...(history.prRuns !== undefined ? { prRuns: history.prRuns } : {}),
    ...(history.project !== undefined ? { project: history.project } : {}),
    config,
    baseline: history.baseline,
    ...(history.monthBeforeKg !== undefined ? { monthBeforeKg: history.monthBeforeKg } : {}),
    warnings: history.warnings,
  })
  return { ...result, history, collected }
}

async function readInference(
  ports: GatePorts,
  config: Config,
  options: ReadOptions,
): Promise<CollectedJobs | undefined> {
  const path = config.deployment?.inference
  if (path === undefined || ports.readInference === undefined) return undefined
  return ports.readInference([path], options)
}
