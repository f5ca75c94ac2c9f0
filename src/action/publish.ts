/**
 * Everything the action does with GitHub once the report exists: the sticky comment, the ledger
 * record and the badge. Loaded lazily so that the CLI never loads the GitHub client.
 */
import type { Config } from '../config/types.js'
import type { CommentKey } from '../core/comment-key.js'
import type { HistoryPoint, Report } from '../core/types.js'
import type { GitHubClient } from '../github/client.js'
import { upsertComment, isPermissionError } from '../github/comment.js'
import type { RunContext } from '../github/context.js'
import {
  BADGE_JSON_PATH,
  BADGE_SVG_PATH,
  appendLedgerRecord,
  badgeUrl,
  ledgerRecordId,
} from '../github/ledger.js'
import type { LedgerRecord } from '../github/ledger.js'
import { renderBadge } from '../report/render-badge.js'
import { renderComment } from '../report/render-comment.js'

export interface PublishLog {
  info(message: string): void
  warning(message: string): void
}

export const FORK_HINT =
  'This token may not comment (a pull request from a fork gets a read-only token). ' +
  'The verdict, job summary and outputs are unaffected. To comment on fork PRs, upload the ' +
  'tracker artifacts in the pull_request workflow and run carbon-gate from a workflow_run ' +
  'workflow with `run-id` and `artifact-name` (see docs/workflows.md, "fork-safe pair").'

export async function publishComment(
  client: GitHubClient,
  ctx: RunContext,
  prNumber: number,
  report: Report,
  opts: {
    key: CommentKey
    history: readonly HistoryPoint[]
    log: PublishLog
  },
): Promise<string | undefined> {
  const runUrl = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`
  const body = renderComment(report, { key: opts.key, history: opts.history, runUrl })
  try {
    const result = await upsertComment(client, {
      owner: ctx.owner,
      repo: ctx.repo,
      issueNumber: prNumber,
      key: opts.key,
      body,
    })
    opts.log.info(
      `${result.created ? 'Created' : 'Updated'} the pull-request comment: ${result.url}`,
    )
    return result.url
  } catch (e) {
    if (isPermissionError(e)) opts.log.warning(FORK_HINT)
    else
      opts.log.warning(
        `Could not post the pull-request comment: ${errorText(e)}. The job summary has the full report.`,
      )
    return undefined
  }
}

export async function publishLedger(
  client: GitHubClient,
  ctx: RunContext,
  report: Report,
  opts: {
    config: Config
    key: CommentKey
    sha: string
    budgetUsed: number | undefined
    log: PublishLog
  },
): Promise<string | undefined> {
  const record: LedgerRecord = {
    id: ledgerRecordId(ctx.runId, ctx.runAttempt, opts.key),
    sha: opts.sha,
    ref: ctx.ref,
    date: new Date().toISOString(),
    runId: ctx.runId,
    runAttempt: ctx.runAttempt,
    verdict: report.verdict,
    totals: report.totals,
    jobs: report.jobs.map((j) => ({
      name: j.name,
      totalKg: j.totalKg,
      itEnergyKWh: j.itEnergyKWh,
    })),
  }
  const extraFiles: { path: string; content: string }[] = []
  if (opts.config.badge) {
    const badge = renderBadge({
      totalKg: report.totals.totalKg,
      verdict: report.verdict,
      ...(opts.budgetUsed !== undefined ? { budgetUsed: opts.budgetUsed } : {}),
    })
    extraFiles.push(
      { path: BADGE_SVG_PATH, content: badge.svg },
      { path: BADGE_JSON_PATH, content: badge.json },
    )
  }
  try {
    const result = await appendLedgerRecord(client, {
      owner: ctx.owner,
      repo: ctx.repo,
      branch: opts.config.ledgerBranch,
      record,
      extraFiles,
    })
    opts.log.info(
      `Recorded this run in the ledger (${opts.config.ledgerBranch} @ ${result.commitSha.slice(0, 7)})`,
    )
    if (!opts.config.badge) return undefined
    return badgeUrl({
      serverUrl: ctx.serverUrl,
      owner: ctx.owner,
      repo: ctx.repo,
      branch: opts.config.ledgerBranch,
      path: BADGE_SVG_PATH,
    })
  } catch (e) {
    if (isPermissionError(e)) {
      opts.log.warning(
        `Could not write the ledger: the token may not push to ${opts.config.ledgerBranch}. Give the workflow \`permissions: contents: write\` on pushes to the default branch.`,
      )
    } else {
      opts.log.warning(`Could not write the ledger: ${errorText(e)}`)
    }
    return undefined
  }
}

export function errorText(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e)
  return message.split('\n')[0]!.slice(0, 300)
}
