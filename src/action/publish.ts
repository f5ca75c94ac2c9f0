/**
 * Carrying out the publish plan once the report exists: the sticky comment, the ledger record and
 * the badge. A failure here is a warning: the summary and outputs are already written, and the
 * verdict still decides the exit. Loaded lazily so that runs without GitHub never load the client.
 */
import { describeError } from '../core/errors.js'
import type { Report } from '../core/types.js'
import { isPermissionError, upsertComment } from '../github/comment.js'
import { setCommitStatus, statusContext } from '../github/status.js'
import {
  BADGE_JSON_PATH,
  BADGE_SVG_PATH,
  type LedgerRecord,
  type LedgerSnapshot,
  appendLedgerRecord,
  badgeUrl,
  ledgerRecordId,
} from '../github/ledger.js'
import { renderBadge } from '../report/render-badge.js'
import { type Comparison, listJobChanges } from '../report/comment-input.js'
import { renderComment } from '../report/render-comment.js'
import { jobIdentity } from '../run/job-identity.js'
import { encodePrRuns } from '../run/pr-runs.js'
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
  snapshot?: LedgerSnapshot,
): Promise<Published> {
  for (const warning of plan.warnings) io.log.warning(warning)
  const commentUrl = plan.comment
    ? await publishComment(io, session, plan, run, snapshot?.viewer)
    : undefined
  const final = planForReport(plan, run.report)
  const badge = final.ledgerWrite
    ? await publishLedger(io, session, final, run, snapshot)
    : undefined
  if (plan.commitStatus) await publishStatus(io, session, plan, run, commentUrl)
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
  identity: string | undefined,
): Promise<string | undefined> {
  const { context: ctx, client } = session
  const pr = run.report.pullRequest
  const body = renderComment(run.report, {
    key: plan.key,
    layout: plan.commentLayout,
    history: run.history.points,
    runUrl: runUrlOf(session),
    comparison: compareWithBaseline(plan, run),
    ...baselineNoteOf(plan, run),
    ...(pr !== undefined ? { hiddenData: encodePrRuns(pr) } : {}),
  })
  try {
    const result = await upsertComment(client, {
      owner: ctx.owner,
      repo: ctx.repo,
      issueNumber: plan.prNumber!,
      key: plan.key,
      body,
      legacyKeys: plan.legacyKeys,
      ...(identity !== undefined ? { identity } : {}),
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

/** The commits compared and, from the base's ledger record, each job's change. */
function compareWithBaseline(plan: PublishPlan, run: GateRun): Comparison {
  const baseSha = run.report.baseline?.sha
  const commits = { headSha: plan.sha, ...(baseSha !== undefined ? { baseSha } : {}) }
  const base = run.history.baselineJobs
  if (run.report.baseline === null || base === undefined || base.length === 0) return { commits }
  return {
    commits,
    jobs: listJobChanges(run.report.jobs, base, jobIdentity),
    baseItEnergyKWh: base.reduce((sum, j) => sum + j.itEnergyKWh, 0),
  }
}

function runUrlOf(session: GitHubSession): string {
  const { context: ctx } = session
  return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`
}

/** Why the baseline is not the base commit's own record, or why there is none. */
function baselineNoteOf(plan: PublishPlan, run: GateRun): { baselineNote?: string } {
  const h = run.history
  if (h.note !== undefined) return { baselineNote: h.note }
  const base = plan.baseSha?.slice(0, 7)
  if (base === undefined || run.report.baseline === null) return {}
  switch (h.baselineMatch) {
    case 'ancestor':
      return {
        baselineNote: `The base commit ${base} has no record: its nearest recorded ancestor is the baseline.`,
      }
    case 'latest':
      return {
        baselineNote: `The base commit ${base} has no record: the latest record before this run is the baseline.`,
      }
    case 'base':
    case undefined:
      return {}
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
    id: ledgerRecordId(ctx.runId, ctx.runAttempt, plan.series, plan.job),
    series: plan.series,
    workflow: plan.workflow,
    job: plan.job,
    sha: plan.sha,
    ref: ctx.ref,
    date: now.toISOString(),
    runId: ctx.runId,
    runAttempt: ctx.runAttempt,
    verdict: report.verdict,
    totals: report.totals,
    jobs: report.jobs.map((j) => ({
      name: j.name,
      key: jobIdentity(j),
      totalKg: j.totalKg,
      itEnergyKWh: j.itEnergyKWh,
    })),
    ...(plan.tag !== undefined ? { tag: plan.tag } : {}),
  }
}

/** The record, and the badge files in the same commit; the badge's URL when there is one. */
async function publishLedger(
  io: ActionIo,
  session: GitHubSession,
  plan: PublishPlan,
  run: GateRun,
  snapshot: LedgerSnapshot | undefined,
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
      ...(snapshot !== undefined && snapshot.branch === branch ? { snapshot } : {}),
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

/** GitHub's limit on a status description. */
const STATUS_DESCRIPTION_MAX = 140

/** The verdict as a commit status on the commit measured, which branch protection can require. */
async function publishStatus(
  io: ActionIo,
  session: GitHubSession,
  plan: PublishPlan,
  run: GateRun,
  commentUrl: string | undefined,
): Promise<void> {
  const { context: ctx, client } = session
  const report = run.report
  const state =
    report.errors.length > 0 ? 'error' : report.verdict === 'fail' ? 'failure' : 'success'
  const kg = report.totals.totalKg
  const delta =
    report.baseline !== null
      ? `, ${report.baseline.deltaPercent >= 0 ? '+' : ''}${report.baseline.deltaPercent.toFixed(1)} % vs. base`
      : ''
  const description = `${report.verdict}: ${kg.toPrecision(3)} kg CO2e${delta}`.slice(
    0,
    STATUS_DESCRIPTION_MAX,
  )
  try {
    await setCommitStatus(client, {
      owner: ctx.owner,
      repo: ctx.repo,
      sha: plan.sha,
      state,
      context: statusContext(plan.series),
      description,
      targetUrl: commentUrl ?? runUrlOf(session),
    })
    io.log.info(
      `Set the commit status ${statusContext(plan.series)} on ${plan.sha.slice(0, 7)}: ${state}`,
    )
  } catch (e) {
    io.log.warning(
      isPermissionError(e)
        ? 'Could not set the commit status: give the workflow `permissions: statuses: write`.'
        : `Could not set the commit status: ${describeError(e)}`,
    )
  }
}
