import type { Action, OverheadMode } from '../core/types.js'

export type LedgerMode = 'auto' | 'read' | 'write' | 'off'

export interface HardwareConfig {
  readonly gpuEmbodiedKg: number
  readonly serverEmbodiedKg: number
  readonly gpusPerServer: number
  readonly threadsPerServer: number
  readonly lifetimeYears: number
  readonly utilization: number
  /** Per-GPU-model overrides; the key is matched case-insensitively as a substring of the model. */
  readonly gpus: Readonly<Record<string, { readonly embodiedKg: number }>>
}

/** Everything the gate needs to know, parsed once. Precedence: flag/input → file → defaults. */
export interface Config {
  /** Paths, directories or globs; empty means "search the working directory". */
  readonly artifacts: readonly string[]
  readonly budgetKg?: number
  readonly maxIncreasePercent?: number
  readonly monthlyBudgetKg?: number
  readonly onExceed: Action
  readonly onIncrease: Action
  readonly region?: string
  readonly intensity?: number
  readonly pue?: number
  /** IANA zone in which trackers' local timestamps are read. */
  readonly timezone: string
  readonly overhead: { readonly mode: OverheadMode; readonly idleRatio: number }
  readonly hardware: HardwareConfig
  /** Power logs: a gap between samples longer than this is not bridged. */
  readonly maxGapSeconds: number
  /** Power logs without timestamps (nvidia-smi dmon, dcgmi dmon): the polling interval. */
  readonly pollIntervalSeconds?: number
  // The action's publishing settings (ignored by the CLI).
  readonly comment: boolean
  readonly commentKey?: string
  readonly ledger: LedgerMode
  readonly ledgerBranch: string
  readonly badge: boolean
  readonly runId?: string
  readonly artifactName?: string
}

export const DEFAULT_HARDWARE: HardwareConfig = {
  gpuEmbodiedKg: 150,
  serverEmbodiedKg: 2500,
  gpusPerServer: 8,
  threadsPerServer: 128,
  lifetimeYears: 6,
  utilization: 0.85,
  gpus: {},
}

export const DEFAULT_CONFIG: Config = {
  artifacts: [],
  onExceed: 'fail',
  onIncrease: 'warn',
  timezone: 'UTC',
  overhead: { mode: 'pue', idleRatio: 0.5924 },
  hardware: DEFAULT_HARDWARE,
  maxGapSeconds: 60,
  comment: true,
  ledger: 'auto',
  ledgerBranch: 'carbon-ledger',
  badge: true,
}
