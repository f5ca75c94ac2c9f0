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
}

export const NO_HISTORY: RunHistory = { baseline: null, points: [], warnings: [] }

export interface GatePorts {
  /** Finds and reads the artifacts this run is about. */
  readonly readJobs: (options: ReadOptions) => Promise<CollectedJobs>
  /** Reads earlier runs; absent when there are none to read. */
  readonly readHistory?: () => Promise<RunHistory>
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
  const collected = await ports.readJobs(readOptionsFrom(config))
  const result = evaluateGate({
    jobs: collected.jobs,
    notices: collected.notices,
    errors: [...(request.errors ?? []), ...collected.errors],
    config,
    baseline: history.baseline,
    ...(history.monthBeforeKg !== undefined ? { monthBeforeKg: history.monthBeforeKg } : {}),
    warnings: history.warnings,
  })
  return { ...result, history, collected }
}
