import type { CommentKey } from '../core/comment-key.js'
import type { DeploymentSettings } from '../model/deployment.js'
import type { CommentLayout } from '../core/comment-layout.js'
import type { BudgetSettings, HardwareSettings, ModelSettings } from '../model/settings.js'
import { DEFAULT_HARDWARE, DEFAULT_OVERHEAD } from '../model/settings.js'

export type LedgerMode = 'auto' | 'read' | 'write' | 'off'

/** The model's hardware settings, as the configuration calls them. */
export type HardwareConfig = HardwareSettings

/**
 * Everything the gate needs to know, parsed once. Precedence: flag/input → file → defaults.
 * The model's settings (intensity, region, pue, overhead, hardware) and the budgets' are the
 * model's own types: the configuration builds them, the model never reads the configuration.
 */
export interface Config extends ModelSettings, BudgetSettings {
  /** Paths, directories or globs; empty means "search the working directory". */
  readonly artifacts: readonly string[]
  /** IANA zone in which trackers' local timestamps are read. */
  readonly timezone: string
  /** The intensity-series file (read by run/load-config.ts into `intensitySeries`). */
  readonly intensitySeriesPath?: string
  /** Power logs: a gap between samples longer than this is not bridged. */
  readonly maxGapSeconds: number
  /** Power logs without timestamps (nvidia-smi dmon, dcgmi dmon): the polling interval. */
  readonly pollIntervalSeconds?: number
  /** What this run is, recorded with it in the ledger: `final` marks the final training. */
  readonly tag?: string
  /** The model card's `training_type`. */
  readonly trainingType?: 'pre-training' | 'fine-tuning'
  /** Job-name patterns (`*` wildcard) that mark a recorded run as final training. */
  readonly finalJobs: readonly string[]
  /** The `deployment:` block: a projection of serving the model. */
  readonly deployment?: DeploymentSettings
  // The action's publishing settings (ignored by the CLI).
  readonly comment: boolean
  readonly commentKey?: CommentKey
  /** How much the PR comment shows: `compact` (one screen, the rest collapsed) or `full`. */
  readonly commentLayout: CommentLayout
  /** The ledger series (default: the comment key when set, else `default`). */
  readonly series?: CommentKey
  /** Set a commit status on the commit measured (fork-safe pair, branch protection). */
  readonly commitStatus: boolean
  readonly ledger: LedgerMode
  readonly ledgerBranch: string
  readonly badge: boolean
  readonly runId?: string
  readonly artifactName?: string
}

export const DEFAULT_CONFIG: Config = {
  artifacts: [],
  onExceed: 'fail',
  onIncrease: 'warn',
  timezone: 'UTC',
  overhead: DEFAULT_OVERHEAD,
  hardware: DEFAULT_HARDWARE,
  maxGapSeconds: 60,
  finalJobs: [],
  comment: true,
  commentLayout: 'compact',
  commitStatus: false,
  ledger: 'auto',
  ledgerBranch: 'carbon-ledger',
  badge: true,
}
