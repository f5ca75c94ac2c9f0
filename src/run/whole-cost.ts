/**
 * The whole cost of a model beside one run's report (issue 14): the pull request's running
 * total, the project to date, the deployment projection and the SCI scores. Pure.
 */
import type {
  DeploymentProjection,
  ProjectTotals,
  PullRequestTotal,
  SciScore,
} from '../core/cost-types.js'
import type { JobEstimate, JobRecord, Totals } from '../core/types.js'
import { checkDeployment, projectDeployment } from '../model/deployment.js'
import { FINAL_TAG, type RecordedRun, computeProjectTotals } from '../model/project-totals.js'
import { scoreDeployment, scoreTrainingRun } from '../model/sci.js'
import type { Config } from '../config/types.js'
import { type PrRunId, type PrRunsRead, addPrRun } from './pr-runs.js'

/** The pull request's earlier runs (read from its comment) and this run's identity. */
export interface PrRunsInput {
  readonly read: PrRunsRead
  readonly run: PrRunId
}

/** Recorded runs of the project (the ledger), and when "this month" is. */
export interface ProjectInput {
  readonly runs: readonly RecordedRun[]
  readonly source: string
  readonly asOf: Date
  /** Add this run (dated `asOf`) to the recorded ones, when its inputs could all be used. */
  readonly addThisRun?: boolean
}

/** The version of the report's additive fields (Report.schemaRevision). */
export const SCHEMA_REVISION = 1

export function computePullRequest(
  input: PrRunsInput | undefined,
  totalKg: number,
  counted: boolean,
): { pullRequest?: PullRequestTotal; warnings: string[] } {
  if (input === undefined) return { warnings: [] }
  const pullRequest = addPrRun(input.read.list, { ...input.run, totalKg }, counted)
  const warnings = input.read.notice !== undefined ? [input.read.notice] : []
  if (!counted) {
    warnings.push(
      'This run is not added to the pull request total: its inputs could not all be used.',
    )
  }
  return { pullRequest, warnings }
}

/** The recorded runs, and this one when it is added. */
function projectRuns(
  project: ProjectInput,
  run: {
    readonly config: Config
    readonly totals: Totals
    readonly jobs: readonly JobEstimate[]
    readonly counted?: boolean
  },
): readonly RecordedRun[] {
  if (project.addThisRun !== true || run.counted !== true) return project.runs
  const thisRun: RecordedRun = {
    date: project.asOf.toISOString(),
    totalKg: run.totals.totalKg,
    facilityEnergyKWh: run.totals.facilityEnergyKWh,
    jobNames: run.jobs.map((j) => j.name),
    ...(run.config.tag !== undefined ? { tag: run.config.tag } : {}),
  }
  return [...project.runs, thisRun]
}

export interface WholeCost {
  readonly project?: ProjectTotals
  readonly deployment?: DeploymentProjection
  readonly sci: readonly SciScore[]
  readonly errors: readonly string[]
}

export function computeWholeCost(args: {
  readonly config: Config
  readonly totals: Totals
  readonly jobs: readonly JobEstimate[]
  readonly inferenceJobs: readonly JobRecord[]
  readonly project?: ProjectInput
  /** Whether this run's inputs could all be used (it then counts in the project to date). */
  readonly counted?: boolean
}): WholeCost {
  const { config, totals, jobs } = args
  const errors: string[] = []
  let deployment: DeploymentProjection | undefined
  if (config.deployment !== undefined) {
    const problems = checkDeployment(config.deployment)
    if (config.deployment.inference !== undefined && args.inferenceJobs.length === 0) {
      problems.push(
        `deployment.inference: ${config.deployment.inference}: no inference job found there`,
      )
    }
    errors.push(...problems)
    if (problems.length === 0) {
      deployment = projectDeployment({
        settings: config.deployment,
        inferenceJobs: args.inferenceJobs,
        model: config,
        runTotalKg: totals.totalKg,
      })
    }
  }
  const project =
    args.project !== undefined
      ? computeProjectTotals(projectRuns(args.project, args), {
          asOf: args.project.asOf,
          rule: { tag: FINAL_TAG, jobs: config.finalJobs },
          source: args.project.source,
        })
      : undefined
  const sci = [
    ...(jobs.length > 0 ? [scoreTrainingRun(totals, jobs)] : []),
    ...(deployment !== undefined ? scoreDeployment(deployment) : []),
  ]
  return {
    ...(project !== undefined ? { project } : {}),
    ...(deployment !== undefined ? { deployment } : {}),
    sci,
    errors,
  }
}
