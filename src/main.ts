/**
 * The action: inputs → the same core as the CLI → job summary, outputs, comment, ledger, badge.
 * This is the one place that touches @actions/core. The verdict decides the exit; publishing
 * problems are warnings; inputs that cannot be used exit 2 after everything else is reported.
 */
import * as core from '@actions/core'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { defaultCommentKey, readConfigInputs } from './action/inputs.js'
import { reportOutputs } from './action/outputs.js'
import { resolveConfigLazily } from './config/load-config.js'
import type { Config } from './config/types.js'
import { DEFAULT_CONFIG } from './config/types.js'
import { ConfigError, isGateError } from './core/errors.js'
import type { Notice, Report } from './core/types.js'
import { evaluateGate, exitCodeFor } from './gate.js'
import type { RunContext } from './github/context.js'
import { runContextFrom } from './github/context.js'
import { collectJobs } from './platform/collect-jobs.js'
import { renderMarkdown } from './report/render-markdown.js'

const MAX_ANNOTATIONS = 20

export async function run(
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<void> {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd()
  /** The runner's temporary directory (outside the repository), else a folder in the workspace. */
  const tempRoot = env.RUNNER_TEMP ?? join(workspace, '.carbon-gate')
  const reportDir = join(tempRoot, 'carbon-gate')
  const reportPath = join(reportDir, 'report.json')
  const errors: string[] = []
  let config: Config | undefined
  try {
    config = await loadConfig(workspace)
  } catch (e) {
    if (!isGateError(e)) throw e
    errors.push(e.line)
  }
  if (!config) {
    // Settings that cannot be used: the artifacts are still read and reported with the defaults
    // (report, summary, outputs), nothing is published, and the step exits 2.
    const artifacts = core
      .getInput('artifacts')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
    config = { ...DEFAULT_CONFIG, artifacts, comment: false, ledger: 'off', badge: false }
  }

  const token = core.getInput('github-token')
  if (token) core.setSecret(token)
  const wantsGitHub =
    token !== '' && (config.comment || config.ledger !== 'off' || config.runId !== undefined)
  // @actions/github (its context, the client) is loaded only when the run talks to GitHub.
  // CARBON_GATE_PACE_WRITES=false: test-only, lets loopback tests skip GitHub's write pacing.
  const gh = wantsGitHub
    ? await loadGitHub(token, env.CARBON_GATE_PACE_WRITES !== 'false')
    : undefined

  // Fork-safe mode: the artifacts another run uploaded.
  let patterns = config.artifacts
  const allowedRoots = [workspace, ...(env.RUNNER_TEMP ? [env.RUNNER_TEMP] : [])]
  if (config.runId !== undefined) {
    if (!gh) {
      errors.push("input 'run-id': needs a github-token to download the run's artifacts")
    } else {
      try {
        const dest = join(tempRoot, 'carbon-gate-artifacts', config.runId)
        const downloaded = await gh.artifacts.downloadRunArtifacts(gh.client, {
          owner: gh.ctx.owner,
          repo: gh.ctx.repo,
          runId: Number(config.runId),
          namePattern: config.artifactName ?? '*',
          destDir: dest,
        })
        core.info(
          `Downloaded ${downloaded.length} artifact(s) of run ${config.runId}: ${downloaded.map((d) => d.name).join(', ')}`,
        )
        patterns = downloaded.map((d) => d.dir)
        allowedRoots.push(dest)
      } catch (e) {
        errors.push(`input 'run-id': ${errorLine(e)}`)
        patterns = []
      }
    }
  }

  const collected =
    config.runId !== undefined && patterns.length === 0
      ? { jobs: [], notices: [], errors: [], filesRead: 0, bytesRead: 0 }
      : await collectJobs(patterns, {
          cwd: workspace,
          allowedRoots,
          read: {
            timezone: config.timezone,
            maxGapSeconds: config.maxGapSeconds,
            ...(config.pollIntervalSeconds !== undefined
              ? { pollIntervalSeconds: config.pollIntervalSeconds }
              : {}),
            onProgress: progressLogger(),
          },
          onFile: (path, size) => {
            if (size !== undefined && size > 50 * 1024 * 1024)
              core.info(`Reading ${path} (${(size / 1048576).toFixed(0)} MB)…`)
          },
        })
  annotate(collected.notices)

  // The ledger gives the baseline, the month so far and the history chart.
  const ctx = gh?.ctx
  const key = config.commentKey ?? (ctx ? defaultCommentKey(ctx.workflow, ctx.job) : '')
  let target = ctx ? publishTarget(ctx) : undefined
  if (gh && target && gh.ctx.workflowRun && target.prNumber === undefined && target.isPullRequest) {
    const { workflowRun } = gh.ctx
    // workflow_run lists no pull requests for forks: find the PR by its head commit.
    try {
      const found = await gh.artifacts.findPullRequestNumber(gh.client, {
        owner: gh.ctx.owner,
        repo: gh.ctx.repo,
        headSha: workflowRun.headSha,
        ...(workflowRun.headBranch !== undefined ? { headBranch: workflowRun.headBranch } : {}),
      })
      if (found !== undefined) target = { ...target, prNumber: found }
    } catch (e) {
      core.warning(
        `Could not find the pull request of ${workflowRun.headSha.slice(0, 7)}: ${errorLine(e)}`,
      )
    }
  }
  let baseline: { totalKg: number; sha?: string } | null = null
  let monthBeforeKg: number | undefined
  let history: { sha: string; date: string; totalKg: number }[] = []
  const warnings: string[] = []
  if (gh && target && config.ledger !== 'off') {
    try {
      const months = recentMonths(new Date(), 3)
      const records = await gh.ledger.readLedger(gh.client, {
        owner: gh.ctx.owner,
        repo: gh.ctx.repo,
        branch: config.ledgerBranch,
        months,
      })
      if (records === null) {
        warnings.push(
          `no baseline yet: the ledger branch ${config.ledgerBranch} does not exist (it is created by the first run on the default branch)`,
        )
      } else {
        // Baseline and history follow this gate's own series (its comment key); the monthly
        // budget counts every record of the repository's ledger.
        const own = gh.ledger.recordsForKey(records, key)
        const base = gh.ledger.selectBaseline(own, {
          ...(target.baseSha !== undefined ? { baseSha: target.baseSha } : {}),
          before: new Date().toISOString(),
        })
        if (base) baseline = { totalKg: base.totals.totalKg, sha: base.sha }
        monthBeforeKg = gh.ledger.monthToDate(records, months[0]!)
        history = gh.ledger.historyPoints(own, 30)
      }
    } catch (e) {
      warnings.push(`ledger not read (${errorLine(e)}): no baseline for this run`)
    }
  }

  const { report, budgetUsed } = evaluateGate({
    jobs: collected.jobs,
    notices: collected.notices,
    errors: [...errors, ...collected.errors],
    config,
    baseline,
    ...(monthBeforeKg !== undefined ? { monthBeforeKg } : {}),
    warnings,
  })

  // Nothing is lost: the report file, the summary and the outputs come before any network call.
  writeReport(reportPath, report)
  await writeSummary(report)
  for (const [name, value] of Object.entries(reportOutputs(report, budgetUsed, reportPath)))
    core.setOutput(name, value)

  let commentUrl: string | undefined
  let badge: string | undefined
  if (gh && target) {
    const publish = await import('./action/publish.js')
    const log = {
      info: (m: string): void => {
        core.info(m)
      },
      warning: (m: string): void => {
        core.warning(m)
      },
    }
    if (config.comment && target.prNumber !== undefined) {
      commentUrl = await publish.publishComment(gh.client, gh.ctx, target.prNumber, report, {
        key,
        history,
        log,
      })
    } else if (
      config.comment &&
      target.prNumber === undefined &&
      gh.ctx.eventName.startsWith('pull_request')
    ) {
      core.warning('No pull request number found in the event: no comment posted.')
    }
    const write =
      config.ledger === 'write'
        ? !target.isPullRequest
        : config.ledger === 'auto'
          ? target.isDefaultBranchPush
          : false
    if (write && report.errors.length === 0) {
      badge = await publish.publishLedger(gh.client, gh.ctx, report, {
        config,
        key,
        sha: target.sha,
        budgetUsed,
        log,
      })
    }
  }
  core.setOutput('comment-url', commentUrl ?? '')
  core.setOutput('badge-url', badge ?? '')

  finish(report)
}

async function loadConfig(workspace: string): Promise<Config> {
  const inputs = readConfigInputs((n) => core.getInput(n))
  const named = core.getInput('config').trim()
  let file: { path: string; text: string } | undefined
  const candidates = named !== '' ? [named] : ['.carbon-gate.yml', '.carbon-gate.yaml']
  for (const candidate of candidates) {
    const abs = resolve(workspace, candidate)
    if (existsSync(abs)) {
      file = { path: candidate, text: readFileSync(abs, 'utf8') }
      break
    }
    if (named !== '') {
      throw new ConfigError("input 'config'", `${named}: no such file in the workspace`)
    }
  }
  return resolveConfigLazily({
    inputs,
    inputLabel: (n) => `input '${n}'`,
    ...(file ? { file } : {}),
  })
}

async function loadGitHub(token: string, paceWrites: boolean) {
  const [{ context }, clientModule, ledger, artifacts] = await Promise.all([
    import('@actions/github'),
    import('./github/client.js'),
    import('./github/ledger.js'),
    import('./github/artifacts.js'),
  ])
  const ctx = runContextFrom(context)
  const client = clientModule.createGitHubClient({
    token,
    baseUrl: ctx.apiUrl,
    paceWrites,
    log: {
      info: (m) => {
        core.info(m)
      },
      warning: (m) => {
        core.warning(m)
      },
      debug: (m) => {
        core.debug(m)
      },
    },
  })
  return { ctx, client, ledger, artifacts }
}

interface PublishTarget {
  readonly prNumber?: number
  readonly baseSha?: string
  readonly sha: string
  readonly isPullRequest: boolean
  readonly isDefaultBranchPush: boolean
}

/** Which PR to comment on and which commit this run is about, for every supported event. */
function publishTarget(ctx: RunContext): PublishTarget {
  const run = ctx.workflowRun
  if (run) {
    const prNumber = run.prNumbers[0]
    const isPullRequest = run.event.startsWith('pull_request')
    return {
      ...(prNumber !== undefined ? { prNumber } : {}),
      sha: run.headSha,
      isPullRequest,
      isDefaultBranchPush:
        run.event === 'push' &&
        run.headBranch !== undefined &&
        run.headBranch === ctx.defaultBranch,
    }
  }
  return {
    ...(ctx.prNumber !== undefined ? { prNumber: ctx.prNumber } : {}),
    ...(ctx.baseSha !== undefined ? { baseSha: ctx.baseSha } : {}),
    sha: ctx.headSha ?? ctx.sha,
    isPullRequest: ctx.prNumber !== undefined,
    isDefaultBranchPush: ctx.isDefaultBranchPush,
  }
}

function recentMonths(now: Date, n: number): string[] {
  const out: string[] = []
  for (let i = 0; i < n; i++) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1))
    out.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`)
  }
  return out
}

function annotate(notices: readonly Notice[]): void {
  notices.slice(0, MAX_ANNOTATIONS).forEach((n) => {
    core.warning(n.message, {
      title: 'carbon-gate',
      file: n.path,
      ...(n.line !== undefined ? { startLine: n.line } : {}),
    })
  })
  if (notices.length > MAX_ANNOTATIONS) {
    core.warning(
      `${notices.length - MAX_ANNOTATIONS} more warnings: see the job summary and the JSON report`,
    )
  }
}

function progressLogger(): (bytes: number) => void {
  let last = Date.now()
  return (bytes) => {
    const now = Date.now()
    if (now - last < 10_000) return
    last = now
    core.info(`… ${(bytes / 1048576).toFixed(0)} MB read`)
  }
}

function writeReport(path: string, report: Report): void {
  try {
    mkdirSync(resolve(path, '..'), { recursive: true })
    writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`)
  } catch (e) {
    core.warning(`Could not write the JSON report to ${path}: ${errorLine(e)}`)
  }
}

async function writeSummary(report: Report): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(renderMarkdown(report), true).write()
  } catch (e) {
    core.warning(`Could not write the job summary: ${errorLine(e)}`)
  }
}

function finish(report: Report): void {
  for (const error of report.errors) core.error(error)
  const code = exitCodeFor(report)
  if (code === 2) {
    process.exitCode = 2
    return
  }
  const total = report.totals.totalKg
  if (report.verdict === 'fail') {
    const over = report.budgets
      .filter((b) => b.exceeded && b.action === 'fail')
      .map((b) => `${b.kind} budget (${fmt(b.actual)} ${b.unit} > ${fmt(b.limit)} ${b.unit})`)
    core.setFailed(`carbon-gate: over budget: ${over.join(', ')}; total ${fmt(total)} kg CO2e`)
  } else if (report.verdict === 'warn') {
    const over = report.budgets
      .filter((b) => b.exceeded)
      .map(
        (b) => `${b.kind} budget exceeded (${fmt(b.actual)} ${b.unit} > ${fmt(b.limit)} ${b.unit})`,
      )
    core.warning(`carbon-gate: ${over.join(', ')}; total ${fmt(total)} kg CO2e`)
  } else {
    core.info(`carbon-gate: pass, total ${fmt(total)} kg CO2e`)
  }
}

function fmt(x: number): string {
  return Number(x.toPrecision(4)).toString()
}

function errorLine(e: unknown): string {
  if (isGateError(e)) return e.line
  const message = e instanceof Error ? e.message : String(e)
  return message.split('\n')[0]!.slice(0, 300)
}
