/**
 * The settings the lifecycle model and the budgets depend on, and the model's defaults with their
 * sources. The configuration (src/config) builds them from the user's settings; the model never
 * reads the configuration itself.
 */
import type { Action, OverheadMode, UncertainAction } from '../core/types.js'

export interface HardwareSettings {
  readonly gpuEmbodiedKg: number
  readonly serverEmbodiedKg: number
  readonly gpusPerServer: number
  readonly threadsPerServer: number
  readonly lifetimeYears: number
  readonly utilization: number
  /** Per-GPU-model overrides; the key is matched case-insensitively as a substring of the model. */
  readonly gpus: Readonly<Record<string, { readonly embodiedKg: number }>>
}

export interface OverheadSettings {
  readonly mode: OverheadMode
  /** Idle kWh per IT kWh, for `mode: idle`. */
  readonly idleRatio: number
}

/** What a job's estimate depends on (contract §2). */
export interface ModelSettings {
  readonly intensity?: number
  readonly region?: string
  readonly pue?: number
  readonly overhead: OverheadSettings
  readonly hardware: HardwareSettings
  /** The supplier's emission factor (g CO2e/kWh), for a second, market-based figure. */
  readonly marketIntensity?: number
  /** Grid intensity over time (intensity-series), integrated against each job's energy profile. */
  readonly intensitySeries?: IntensitySeries
}

/** A grid intensity series: `gPerKWh[i]` holds from `startsMs[i]` to the next start (epoch ms). */
export interface IntensitySeries {
  /** The file it was read from, for notes. */
  readonly path: string
  readonly startsMs: readonly number[]
  readonly gPerKWh: readonly number[]
  /** Where the last value ends (its start plus the series' usual step). */
  readonly endMs: number
}

export interface BudgetSettings {
  readonly budgetKg?: number
  readonly maxIncreasePercent?: number
  readonly monthlyBudgetKg?: number
  readonly onExceed: Action
  readonly onIncrease: Action
  /** What a kg budget whose limit lies within the run's range does (the central value decides otherwise). */
  readonly onUncertain?: UncertainAction
}

/** Where the embodied defaults come from. */
export const BLOOM_EMBODIED_SOURCE =
  'Luccioni, Viguier & Ligozat 2022 (BLOOM, arXiv 2211.02001) §4.1, figures from IDRIS'

/** BLOOM's embodied figures (GPU 150 kg, server 2,500 kg, 6 years at 85 %). */
export const DEFAULT_HARDWARE: HardwareSettings = {
  gpuEmbodiedKg: 150,
  serverEmbodiedKg: 2500,
  gpusPerServer: 8,
  threadsPerServer: 128,
  lifetimeYears: 6,
  utilization: 0.85,
  gpus: {},
}

/** Where the default CPU threads per server come from. */
export const THREADS_PER_SERVER_SOURCE = 'default: a 2-socket, 64-core server'

/** BLOOM measured idle/dynamic energy 256,646 / 433,196 kWh = 0.5924. */
export const BLOOM_IDLE_RATIO_SOURCE = 'BLOOM: 256,646 / 433,196 kWh (Luccioni et al. 2022 §4.3)'

export const DEFAULT_OVERHEAD: OverheadSettings = { mode: 'pue', idleRatio: 0.5924 }
