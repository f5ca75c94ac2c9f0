import type {
  DeploymentProjection,
  ProjectTotals,
  PullRequestTotal,
  SciScore,
} from './cost-types.js'

/**
 * The shapes every part of carbon-gate agrees on. Canonical units only:
 * kWh, kg CO2e, hours, g CO2e/kWh, W for power, seconds only where a name says so.
 */

export const FORMAT_IDS = [
  'codecarbon',
  'carbontracker',
  'eco2ai',
  'zeus',
  'nvidia-smi',
  'dcgm',
  'impact-tracker',
  'generic',
  'mlflow',
  'wandb',
  'optimum-benchmark',
  'codecarbon-json',
  'boamps',
  'megatron',
  'slurm',
  'amd-smi',
  'model-card',
] as const
export type FormatId = (typeof FORMAT_IDS)[number]

/** Where a job or a message comes from: a file, and a 1-based line when one applies. */
export interface SourceRef {
  readonly path: string
  readonly format: FormatId
  readonly line?: number
}

/**
 * One job as an artifact recorded it, in canonical units, before the lifecycle model.
 * Readers fill what their file holds and leave the rest undefined.
 */
export interface JobRecord {
  readonly name: string
  readonly source: SourceRef
  /** Energy of the tracked hardware with any PUE the tracker applied divided out. */
  readonly itEnergyKWh: number
  /** Measured idle / infrastructure energy, used as the overhead when present. */
  readonly idleEnergyKWh?: number
  /** The PUE the artifact states (the one divided out of its energy, or the generic `pue`). */
  readonly pue?: number
  /** The tracker's own intensity for this job (its emissions ÷ its energy), g/kWh. */
  readonly intensityGPerKWh?: number
  /** ISO 8601 with an offset, e.g. 2024-05-31T10:39:13Z. */
  readonly startedAt?: string
  readonly durationHours?: number
  readonly gpuCount?: number
  readonly gpuHours?: number
  readonly gpuModel?: string
  /** Each GPU model of a job that mixes models, with its count (the counts sum to gpuCount). */
  readonly gpuModels?: readonly GpuModelCount[]
  readonly cpuThreads?: number
  /** A region code as the artifact gives it: FRA, FR, gcp:us-central1. */
  readonly region?: string
  readonly cloudProvider?: string
  readonly cloudRegion?: string
  /** Country as written: alpha-3, alpha-2 or a name. */
  readonly country?: string
  /** Anything the reader wants the user to know about this job's figures (e.g. "2 gaps > 60 s"). */
  readonly notes?: readonly string[]
  /** Water the tracker measured (CodeCarbon v3 `water_consumed`), litres. */
  readonly waterL?: number
  /** The water usage effectiveness the tracker used for it, L/kWh. */
  readonly wueLPerKWh?: number
  /**
   * Emissions the artifact states for a job whose energy it does not record (a model card's
   * `co2_eq_emissions`), kg CO2e: taken as the job's operational emissions.
   */
  readonly statedEmissionsKg?: number
  /** The job's energy over time, where the artifact has timestamps (ingest/shared/energy-profile.ts). */
  readonly energyProfile?: EnergyProfile
}

/**
 * Energy over time: `kWh[i]` was drawn in [startMs + i × stepMs, startMs + (i + 1) × stepMs)
 * (epoch ms, UTC). Its sum is the energy of the devices sampled, which may be part of the job's.
 */
export interface EnergyProfile {
  readonly startMs: number
  readonly stepMs: number
  readonly kWh: readonly number[]
}

/** One GPU model of a job and how many of it the job used. */
export interface GpuModelCount {
  readonly model: string
  readonly count: number
}

/** A row skipped, a gap not bridged: something the user should see, that does not stop the gate. */
export interface Notice {
  readonly path: string
  readonly line?: number
  readonly message: string
}

export type OverheadMode = 'pue' | 'idle'
export type IntensitySource = 'input' | 'region' | 'artifact' | 'dataset' | 'default' | 'series'
export type Verdict = 'pass' | 'warn' | 'fail'
export type Action = 'fail' | 'warn'

/** A figure used by the estimate, with where it comes from. */
export interface Assumption {
  readonly name: string
  readonly value: number | string
  readonly unit: string
  readonly source: string
  /** The lowest and highest published figures (numeric assumptions; low ≤ value ≤ high). */
  readonly low?: number
  readonly high?: number
  /** Where low and high come from, or why there is no spread. */
  readonly rangeSource?: string
}

/** The emissions at the low or the high end of every assumption's range. */
export interface KgBounds {
  readonly operationalKg: number
  readonly embodiedKg: number
  readonly totalKg: number
}

/** A job after the lifecycle model (contract §5 `jobs[]`). */
export interface JobEstimate {
  readonly id: string
  readonly name: string
  readonly source: SourceRef
  readonly startedAt?: string
  readonly durationHours: number
  readonly gpuCount: number
  readonly gpuModel?: string
  readonly cpuThreads?: number
  readonly region?: string
  readonly intensityGPerKWh: number
  readonly intensitySource: IntensitySource
  /** Human-readable origin of the intensity, e.g. "Ember/OWID 2023 via CodeCarbon (FRA)". */
  readonly intensityNote: string
  readonly pue: number
  readonly overheadMode: OverheadMode
  readonly itEnergyKWh: number
  readonly overheadKWh: number
  readonly operationalKg: number
  readonly embodiedKg: number
  readonly totalKg: number
  /** Water the tracker measured for this job (litres), and the WUE it used (L/kWh). */
  readonly waterL?: number
  readonly wueLPerKWh?: number
  /** Every assumption at its low end, and at its high end (model/ranges.ts). */
  readonly low?: KgBounds
  readonly high?: KgBounds
}

export interface Totals {
  readonly itEnergyKWh: number
  readonly overheadKWh: number
  readonly facilityEnergyKWh: number
  readonly operationalKg: number
  readonly embodiedKg: number
  readonly totalKg: number
  readonly low?: KgBounds
  readonly high?: KgBounds
}

/** `pr`: the pull request's running total (pr-budget). */
export type BudgetKind = 'run' | 'increase' | 'monthly' | 'pr'
export interface BudgetResult {
  readonly kind: BudgetKind
  readonly limit: number
  readonly actual: number
  readonly unit: 'kg' | '%'
  readonly exceeded: boolean
  /** What an exceeded budget does. */
  readonly action: Action
  /** The actual value at the low and high end of the ranges (kg budgets). */
  readonly low?: number
  readonly high?: number
  /** Where the limit lies against that range: below it, inside it, above it. */
  readonly certainty?: Certainty
}

/**
 * `above`: the low end exceeds the limit; `straddles`: the limit is within the range;
 * `below`: even the high end is within the limit.
 */
export type Certainty = 'above' | 'straddles' | 'below'
export type UncertainAction = 'warn' | 'fail' | 'pass'

export interface Baseline {
  readonly totalKg: number
  readonly deltaKg: number
  readonly deltaPercent: number
  readonly sha?: string
}

export interface Equivalent {
  readonly id: string
  readonly label: string
  readonly amount: number
  readonly unit: string
  readonly source: string
}

export interface Reference {
  readonly id: string
  readonly label: string
  readonly totalKg: number
  readonly fraction: number
  readonly source: string
}

/** Earlier runs shown in the PR comment's history chart (and read from the ledger for it). */
export const HISTORY_POINTS = 30

/** One earlier run of the same series, for the history chart. */
export interface HistoryPoint {
  readonly sha: string
  /** ISO 8601. */
  readonly date: string
  readonly totalKg: number
  readonly verdict?: Verdict
}

export interface MarketBased {
  readonly intensityGPerKWh: number
  readonly operationalKg: number
  readonly totalKg: number
  readonly source: string
}

export interface Cleaner {
  /** The cleanest window of the run's length in the series' last 7 days. */
  readonly window?: {
    readonly startedAt: string
    readonly hours: number
    readonly intensityGPerKWh: number
    readonly actualGPerKWh: number
    readonly savedFraction: number
  }
  /** The cleanest bundled region of the same provider. */
  readonly region?: {
    readonly region: string
    readonly intensityGPerKWh: number
    readonly from: string
    readonly fromGPerKWh: number
    readonly savedFraction: number
    readonly source: string
  }
}

/** The JSON report (contract §5). */
/**
 * Jobs past the first LISTED_JOBS (model/job-sink.ts), summed by group: same format, source file,
 * GPU model, region and intensity source. Sums are exact over every job of the group.
 */
export interface JobGroup {
  readonly format: FormatId
  readonly path: string
  readonly gpuModel?: string
  readonly region?: string
  readonly intensitySource: IntensitySource
  /** How many jobs the group holds. */
  readonly jobs: number
  readonly itEnergyKWh: number
  readonly overheadKWh: number
  readonly operationalKg: number
  readonly embodiedKg: number
  readonly totalKg: number
  /** IT energy × intensity (kg): the operational part that is not facility overhead. */
  readonly itKg: number
  readonly durationHours: number
  readonly low: KgBounds
  readonly high: KgBounds
}

export interface Report {
  readonly schemaVersion: 1
  readonly verdict: Verdict
  readonly totals: Totals
  /** The jobs, each one; past the first 10,000, the rest are summed in `moreJobs`. */
  readonly jobs: readonly JobEstimate[]
  /** Jobs past the listed ones, summed by group (absent when every job is listed). */
  readonly moreJobs?: readonly JobGroup[]
  readonly budgets: readonly BudgetResult[]
  readonly baseline: Baseline | null
  readonly equivalents: readonly Equivalent[]
  readonly references: readonly Reference[]
  readonly assumptions: readonly Assumption[]
  readonly warnings: readonly string[]
  /** Operational and total at the supplier's (market-based) factor, when one is set. */
  readonly marketBased?: MarketBased
  /** Where and when the run would have been cleaner (details only, never the verdict). */
  readonly cleaner?: Cleaner
  /** Inputs that could not be used (each one line, `where: what`); the gate exits 2 when any. */
  readonly errors: readonly string[]
  /** Additive revision of schemaVersion 1: 1 adds pullRequest, project, deployment and sci. */
  readonly schemaRevision?: number
  /** Every run of this pull request so far (the action, on PRs with a comment). */
  readonly pullRequest?: PullRequestTotal
  /** The project to date, from the ledger. */
  readonly project?: ProjectTotals
  /** The `deployment:` projection, when configured. */
  readonly deployment?: DeploymentProjection
  /** SCI scores (ISO/IEC 21031): per training run, and per request / million tokens when known. */
  readonly sci?: readonly SciScore[]
}
