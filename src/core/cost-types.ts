/**
 * The report's whole-cost sections (issue 14): a pull request's running total, the project to
 * date from the ledger, a deployment projection and SCI scores. Canonical units in every name.
 */
import type { IntensitySource, OverheadMode } from './types.js'

/** One run of a pull request as the sticky comment remembers it. */
export interface PrRun {
  /** The commit measured (7 to 40 hex digits). */
  readonly sha: string
  /** The measured workflow run (for workflow_run, the run that produced the artifacts). */
  readonly runId: number
  readonly runAttempt: number
  readonly totalKg: number
}

/** Every run of a pull request so far, this one included. */
export interface PullRequestTotal {
  /** Runs counted, this one included (re-runs of one run count once). */
  readonly runs: number
  readonly totalKg: number
  readonly thisRunKg: number
  /** This run repeats a run already counted (same commit and run; its latest attempt is kept). */
  readonly repeated: boolean
  /** False when this run's inputs could not all be used: it is shown, not added. */
  readonly counted: boolean
  /** The most recent runs, oldest first (at most MAX_PR_RUNS, run/pr-runs.ts). */
  readonly list: readonly PrRun[]
  /** Older runs folded into one sum to keep the list bounded. */
  readonly earlier: { readonly runs: number; readonly totalKg: number }
}

/** The sum of some ledger records. */
export interface PeriodTotal {
  /** `YYYY-MM`, `YYYY`, or `all`. */
  readonly period: string
  readonly runs: number
  readonly totalKg: number
  readonly facilityEnergyKWh: number
}

/** The project to date, from the ledger (every recorded run, this one included when recorded). */
export interface ProjectTotals {
  /** ISO 8601: the instant the month and year are taken at (UTC). */
  readonly asOf: string
  readonly month: PeriodTotal
  readonly year: PeriodTotal
  readonly allTime: PeriodTotal & { readonly since?: string }
  /** The tagged final runs, when any are recorded, and the rule that picked them. */
  readonly final?: PeriodTotal & { readonly rule: string }
  /** All work ÷ the final runs ("R&D multiplier ×k"), when final runs are recorded. */
  readonly rdMultiplier?: number
  /** Where the records come from: the ledger branch, or a folder. */
  readonly source: string
}

export type DeploymentMode = 'measured' | 'hardware'

/** Serving a model: one day of it through the lifecycle model, and when it overtakes training. */
export interface DeploymentProjection {
  readonly mode: DeploymentMode
  /** How a day was built, e.g. "864.25 kWh over 230,768 requests × 12,820 requests/day". */
  readonly basis: string
  readonly itEnergyKWhPerDay: number
  readonly overheadKWhPerDay: number
  readonly facilityEnergyKWhPerDay: number
  readonly operationalKgPerDay: number
  readonly embodiedKgPerDay: number
  readonly totalKgPerDay: number
  readonly totalKgPerYear: number
  readonly intensityGPerKWh: number
  readonly intensitySource: IntensitySource
  readonly pue: number
  readonly overheadMode: OverheadMode
  readonly requestsPerDay?: number
  readonly kgPerRequest?: number
  readonly tokensPerDay?: number
  readonly kgPerMillionTokens?: number
  /** The training total deployment is compared with, and what it is. */
  readonly trainingKg: number
  readonly trainingBasis: string
  /** trainingKg ÷ totalKgPerDay: the day deployment's emissions pass training's; null at 0 kg/day. */
  readonly breakEvenDays: number | null
}

/** One term of an SCI score, with where its value comes from. */
export interface SciTerm {
  readonly term: 'E' | 'I' | 'M' | 'R'
  readonly value: number
  readonly unit: string
  readonly source: string
}

/** Software Carbon Intensity, ISO/IEC 21031:2024: SCI = (E × I + M) per R. */
export interface SciScore {
  /** The functional unit R: one training run, one request, one million tokens. */
  readonly functionalUnit: 'training run' | 'request' | 'million tokens'
  /** g CO2e per functional unit. */
  readonly scoreG: number
  /** kWh: facility energy (IT + overhead). */
  readonly energyKWh: number
  /** g CO2e/kWh: E × I ÷ E, the energy-weighted intensity. */
  readonly intensityGPerKWh: number
  /** g CO2e: the embodied share M. */
  readonly embodiedG: number
  /** How many functional units the figures cover. */
  readonly units: number
  readonly terms: readonly SciTerm[]
}
