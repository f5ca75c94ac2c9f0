/**
 * Carrying out the publish plan once the report exists: the sticky comment, the ledger record and
 * the badge. A failure here is a warning: the summary and outputs are already written, and the
 * verdict still decides the exit. Loaded lazily so that runs without GitHub never load the client.
 */
import { describeError } from '../core/errors.js'
import type { Report } from '../core/types.js'
import { isPermissionError, upsertComment } from '../github/comment.js'
import {
  BADGE_JSON_PATH,
  BADGE_SVG_PATH,
  type LedgerRecord,
  appendLedgerRecord,
  badgeUrl,
  ledgerRecordId,
} from '../github/ledger.js'
import { renderBadge } from '../report/render-badge.js'
import { renderComment } from '../report/render-comment.js'
import { type PublishPlan, planForReport } from '../run/publish-plan.js'
import type { GateRun } from '../run/run-gate.js'
import type { ActionIo, GitHubSession } from './action-io.js'

export const FORK_HINT =
  'This token may not comment (a pull request from a fork gets a read-only token). ' +
  'The verdict, job summary and outputs are unaffected. To comment on fork PRs, upload the ' +
  'tracker artifacts in the pull_request workflow and run carbon-gate from a workflow_run ' +
  'workflow with `run-id` and `artifact-name` (see docs/workflows.md, "fork-safe pair").'

export interface Published {
  readonly commentUrl?: string
  readonly badgeUrl?: string
}

export async function publishRun(
  io: ActionIo,
  session: GitHubSession,
  plan: PublishPlan,
  run: GateRun,
): Promise<Published> {
  for (const warning of plan.warnings) io.log.warning(warning)
  const commentUrl = plan.comment ? await publishComment(io, session, plan, run) : undefined
  const final = planForReport(plan, run.report)
  const badge = final.ledgerWrite ? await publishLedger(io, session, final, run) : undefined
  return {
    ...(commentUrl !== undefined ? { commentUrl } : {}),
    ...(badge !== undefined ? { badgeUrl: badge } : {}),
  }
}

async function publishComment(
  io: ActionIo,
  session: GitHubSession,
  plan: PublishPlan,
  run: GateRun,
): Promise<string | undefined> {
  const { context: ctx, client } = session
  const runUrl = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`
  const body = renderComment(run.report, {
    key: plan.key,
    layout: plan.commentLayout,
    history: run.history.points,
    comparison: { commits: { headSha: plan.sha } },
    runUrl,
  })
  try {
    const result = await upsertComment(client, {
      owner: ctx.owner,
      repo: ctx.repo,
      issueNumber: plan.prNumber!,
      key: plan.key,
      body,
    })
    io.log.info(`${result.created ? 'Created' : 'Updated'} the pull-request comment: ${result.url}`)
    return result.url
  } catch (e) {
    io.log.warning(
      isPermissionError(e)
        ? FORK_HINT
        : `Could not post the pull-request comment: ${describeError(e)}. The job summary has the full report.`,
    )
    return undefined
  }
}

function ledgerRecordOf(
  session: GitHubSession,
  plan: PublishPlan,
  report: Report,
  now: Date,
): LedgerRecord {
  const { context: ctx } = session
  return {
    id: ledgerRecordId(ctx.runId, ctx.runAttempt, plan.key),
    sha: plan.sha,
    ref: ctx.ref,
    date: now.toISOString(),
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
}

/** The record, and the badge files in the same commit; the badge's URL when there is one. */
async function publishLedger(
  io: ActionIo,
  session: GitHubSession,
  plan: PublishPlan,
  run: GateRun,
): Promise<string | undefined> {
  const { context: ctx, client } = session
  const branch = plan.ledgerBranch
  const badge = plan.badge
    ? renderBadge({
        totalKg: run.report.totals.totalKg,
        verdict: run.report.verdict,
        ...(run.budgetUsed !== undefined ? { budgetUsed: run.budgetUsed } : {}),
      })
    : undefined
  const extraFiles =
    badge === undefined
      ? []
      : [
          { path: BADGE_SVG_PATH, content: badge.svg },
          { path: BADGE_JSON_PATH, content: badge.json },
        ]
  try {
    const record = ledgerRecordOf(session, plan, run.report, io.now())
    const result = await appendLedgerRecord(client, {
      owner: ctx.owner,
      repo: ctx.repo,
      branch,
      record,
      extraFiles,
    })
    io.log.info(`Recorded this run in the ledger (${branch} @ ${result.commitSha.slice(0, 7)})`)
    if (badge === undefined) return undefined
    return badgeUrl({
      serverUrl: ctx.serverUrl,
      owner: ctx.owner,
      repo: ctx.repo,
      branch,
      path: BADGE_SVG_PATH,
    })
  } catch (e) {
    io.log.warning(
      isPermissionError(e)
        ? `Could not write the ledger: the token may not push to ${branch}. Give the workflow \`permissions: contents: write\` on pushes to the default branch.`
        : `Could not write the ledger: ${describeError(e)}`,
    )
    return undefined
  }
}
