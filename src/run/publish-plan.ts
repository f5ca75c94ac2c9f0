/**
 * What the action publishes, decided from the configuration and the run's context alone: the
 * comment key, the pull request to comment on, the commits measured and compared with, whether
 * the ledger is read and written. Pure data; the action shell carries it out.
 */
import type { Config } from '../config/types.js'
import { type CommentKey, DEFAULT_KEY, defaultCommentKey } from '../core/comment-key.js'
import type { CommentLayout } from '../core/comment-layout.js'
import type { Report } from '../core/types.js'
import type { RunContext } from './run-context.js'

export interface PublishPlan {
  /** The sticky comment's key: `comment-key`, else the series. */
  readonly key: CommentKey
  /** The ledger series the baseline and history follow, and this run's record joins. */
  readonly series: CommentKey
  /**
   * Keys this job had by default before series (workflow + job): comments marked with them are
   * taken over (rewritten with the new marker), and ledger records keyed by them adopted.
   */
  readonly legacyKeys: readonly CommentKey[]
  /** The workflow (its name, or its file path) and job id the record names. */
  readonly workflow: string
  readonly job: string
  /** The commit measured: the ledger record's. */
  readonly sha: string
  readonly prNumber?: number
  /** The commit whose ledger record is the baseline (the PR's base, or what a push replaced). */
  readonly baseSha?: string
  /** Post the sticky comment, or edit it in place. */
  readonly comment: boolean
  /** How much the comment shows. */
  readonly commentLayout: CommentLayout
  /** Read the ledger: the baseline, the month so far and the history chart. */
  readonly ledgerRead: boolean
  /** Append this run to the ledger (and write the badge beside it), when the report has no error. */
  readonly ledgerWrite: boolean
  /** The branch the ledger (and the badge) live on. */
  readonly ledgerBranch: string
  readonly badge: boolean
  /** Set a commit status on `sha` carrying the verdict. */
  readonly commitStatus: boolean
  /** Recorded with the ledger record (the `tag` setting): `final` marks the final training. */
  readonly tag?: string
  /** What the user should know about the plan, one line each (logged as warnings). */
  readonly warnings: readonly string[]
}

/**
 * Whether the run talks to GitHub at all: it needs a token, and something to publish or download.
 */
export function needsGitHub(config: Config, token: string): boolean {
  return token !== '' && (config.comment || config.ledger !== 'off' || config.runId !== undefined)
}

export function planPublish(config: Config, context: RunContext): PublishPlan {
  const comment = config.comment && context.prNumber !== undefined
  const ledgerWrite = decideLedgerWrite(config, context)
  const warnings =
    config.comment && context.prNumber === undefined && context.isPullRequest
      ? ['No pull request number found in the event: no comment posted.']
      : []
  const series = config.series ?? config.commentKey ?? DEFAULT_KEY
  const key = config.commentKey ?? series
  const legacy = defaultCommentKey(context.workflow, context.job)
  return {
    key,
    series,
    legacyKeys: config.commentKey === undefined && legacy !== key ? [legacy] : [],
    workflow: context.workflow,
    job: context.job,
    sha: context.sha,
    ...(context.prNumber !== undefined ? { prNumber: context.prNumber } : {}),
    ...(context.baseSha !== undefined ? { baseSha: context.baseSha } : {}),
    comment,
    commentLayout: config.commentLayout,
    ledgerRead: config.ledger !== 'off',
    ledgerWrite,
    ledgerBranch: config.ledgerBranch,
    badge: ledgerWrite && config.badge,
    commitStatus: config.commitStatus,
    ...(config.tag !== undefined ? { tag: config.tag } : {}),
    warnings,
  }
}

/** `auto` writes on pushes to the default branch, `write` on every run that is not about a PR. */
function decideLedgerWrite(config: Config, context: RunContext): boolean {
  switch (config.ledger) {
    case 'auto':
      return context.isDefaultBranchPush
    case 'write':
      return !context.isPullRequest
    case 'read':
    case 'off':
      return false
  }
}

/** A report with errors is not a run to compare with later: it is never recorded. */
export function planForReport(plan: PublishPlan, report: Report): PublishPlan {
  if (report.errors.length === 0 || !plan.ledgerWrite) return plan
  return { ...plan, ledgerWrite: false, badge: false }
}
