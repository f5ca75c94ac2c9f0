/**
 * The action shell: inputs → the same run as the CLI → JSON report, job summary and outputs, then
 * the comment, the ledger and the badge as planned. The verdict decides the exit; publishing
 * problems are warnings; inputs that cannot be used exit 2 after everything else is reported.
 */
import type { Config } from '../config/types.js'
import type { Report } from '../core/types.js'
import type { LedgerSnapshot } from '../github/ledger.js'
import { type PublishPlan, needsGitHub, planPublish } from '../run/publish-plan.js'
import { type GatePorts, type GateRun, runGate } from '../run/run-gate.js'
import { describeOutcome } from '../run/verdict-line.js'
import type { ActionIo, GitHubSession } from './action-io.js'
import { loadActionConfig } from './inputs.js'
import { annotateNotices } from './log.js'
import { reportOutputs } from './outputs.js'
import { writeJobSummary, writeReportFile } from './report-files.js'
import { readActionJobs } from './run-artifacts.js'

export async function runAction(io: ActionIo): Promise<void> {
  try {
    await runSteps(io)
  } catch (e) {
    // A bug, not bad input: one line, the stack only in debug logs.
    io.log.debug(e instanceof Error && e.stack ? e.stack : String(e))
    const message = e instanceof Error ? e.message : String(e)
    io.log.error(`carbon-gate: unexpected error: ${message} (please report it)`)
    io.setExitCode(2)
  }
}

async function runSteps(io: ActionIo): Promise<void> {
  const { config, errors } = await loadActionConfig(io)
  const token = io.getInput('github-token')
  if (token !== '') io.setSecret(token)
  const session = needsGitHub(config, token) ? await openSession(io, token) : undefined
  const plan = session !== undefined ? planPublish(config, session.context) : undefined
  const read: LedgerRead = {}
  const run = await runGate(actionPorts(io, config, session, plan, read), { config, errors })
  annotateNotices(io.log, run.collected.notices)
  // Nothing is lost: the report file, the summary and the outputs come before any publishing.
  const reportPath = writeReportFile(io, run.report)
  await writeJobSummary(io, run.report)
  for (const [name, value] of Object.entries(reportOutputs(run, reportPath))) {
    io.setOutput(name, value)
  }
  const published = session && plan ? await publish(io, session, plan, run, read.snapshot) : {}
  io.setOutput('comment-url', published.commentUrl ?? '')
  io.setOutput('badge-url', published.badgeUrl ?? '')
  finish(io, run.report)
}

async function openSession(io: ActionIo, token: string): Promise<GitHubSession> {
  const { openGitHubSession } = await import('./github-side.js')
  return openGitHubSession(io, token)
}

/** What the ledger read saw, kept for publishing (who the token is, the branch's head). */
interface LedgerRead {
  snapshot?: LedgerSnapshot
}

/** The workspace's (or a run's) artifacts; the ledger's history when the plan reads it. */
function actionPorts(
  io: ActionIo,
  config: Config,
  session: GitHubSession | undefined,
  plan: PublishPlan | undefined,
  read: LedgerRead,
): GatePorts {
  const readJobs: GatePorts['readJobs'] = (options) => readActionJobs(io, config, session, options)
  if (session === undefined || plan === undefined || !plan.ledgerRead) return { readJobs }
  return {
    readJobs,
    readHistory: async () => {
      const { readLedgerHistory } = await import('./github-side.js')
      const { history, snapshot } = await readLedgerHistory(session, plan, io.now())
      if (snapshot !== undefined) read.snapshot = snapshot
      return history
    },
  }
}

async function publish(
  io: ActionIo,
  session: GitHubSession,
  plan: PublishPlan,
  run: GateRun,
  snapshot: LedgerSnapshot | undefined,
): Promise<{ commentUrl?: string; badgeUrl?: string }> {
  const { publishRun } = await import('./github-side.js')
  return publishRun(io, session, plan, run, snapshot)
}

/** Every error on its own line, then the closing line; the exit code from the report. */
function finish(io: ActionIo, report: Report): void {
  for (const error of report.errors) io.log.error(error)
  const outcome = describeOutcome(report)
  switch (outcome.line?.level) {
    case 'failure':
      io.setFailed(outcome.line.text)
      break
    case 'warning':
      io.log.warning(outcome.line.text)
      break
    case 'info':
      io.log.info(outcome.line.text)
      break
    case undefined:
      break
  }
  if (outcome.exitCode !== 0) io.setExitCode(outcome.exitCode)
}
