/**
 * The artifacts the action reads: the workspace's, or in fork-safe mode (`run-id`) those another
 * workflow run uploaded, downloaded to the runner's temporary directory first.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Config } from '../config/types.js'
import { describeError } from '../core/errors.js'
import type { ReadOptions } from '../ingest/types.js'
import { collectJobs } from '../platform/collect-jobs.js'
import type { CollectedJobs } from '../run/run-gate.js'
import type { ActionIo, GitHubSession } from './action-io.js'
import { logReading } from './log.js'
import { tempRootOf } from './report-files.js'

const NOTHING: CollectedJobs = { jobs: [], notices: [], errors: [], filesRead: 0, bytesRead: 0 }

interface Source {
  readonly patterns: readonly string[]
  readonly allowedRoots: readonly string[]
  readonly errors: readonly string[]
}

export async function readActionJobs(
  io: ActionIo,
  config: Config,
  session: GitHubSession | undefined,
  options: ReadOptions,
): Promise<CollectedJobs> {
  const source = await chooseSource(io, config, session)
  if (config.runId !== undefined && source.patterns.length === 0) {
    return { ...NOTHING, errors: source.errors }
  }
  const reading = logReading(io.log, () => io.now())
  const collected = await collectJobs(source.patterns, {
    cwd: io.workspace,
    allowedRoots: source.allowedRoots,
    read: { ...options, onProgress: reading.onProgress },
    onFile: reading.onFile,
  })
  return { ...collected, errors: [...source.errors, ...collected.errors] }
}

/** The workspace's artifacts, or the run's downloaded ones (which may then also be read). */
async function chooseSource(
  io: ActionIo,
  config: Config,
  session: GitHubSession | undefined,
): Promise<Source> {
  const roots = [io.workspace, ...(io.runnerTemp !== undefined ? [io.runnerTemp] : [])]
  const workspace = { patterns: config.artifacts, allowedRoots: roots, errors: [] }
  if (config.runId === undefined) return workspace
  if (session === undefined) {
    const error = "input 'run-id': needs a github-token to download the run's artifacts"
    return { ...workspace, errors: [error] }
  }
  const destDir = join(tempRootOf(io), 'carbon-gate-artifacts', config.runId)
  try {
    const { downloadRunArtifacts } = await import('./github-side.js')
    const { context } = session
    const { artifacts, rejected } = await downloadRunArtifacts(session.client, {
      owner: context.owner,
      repo: context.repo,
      runId: Number(config.runId),
      namePattern: config.artifactName ?? '*',
      destDir,
    })
    const names = artifacts.map((d) => d.name).join(', ')
    io.log.info(`Downloaded ${artifacts.length} artifact(s) of run ${config.runId}: ${names}`)
    checkPrHint(
      io,
      session,
      artifacts.map((d) => d.dir),
    )
    // A refused artifact is named; the good ones beside it are still read.
    const errors = rejected.map((e) => `input 'run-id': ${e.line}`)
    return { patterns: artifacts.map((d) => d.dir), allowedRoots: [...roots, destDir], errors }
  } catch (e) {
    return { patterns: [], allowedRoots: roots, errors: [`input 'run-id': ${describeError(e)}`] }
  }
}

/**
 * `pr.json` as the PR workflow uploads it ({ number, headSha, baseSha }) comes from the PR's own
 * run, which a fork controls: it is a hint, checked against what the API said, never used instead.
 */
function checkPrHint(io: ActionIo, session: GitHubSession, dirs: readonly string[]): void {
  for (const dir of dirs) {
    const hint = readPrHint(join(dir, 'pr.json'))
    if (hint === undefined) continue
    const ctx = session.context
    const differs = [
      hint.number !== undefined && hint.number !== ctx.prNumber
        ? `PR #${hint.number} (API: ${ctx.prNumber === undefined ? 'none' : `#${ctx.prNumber}`})`
        : '',
      hint.headSha !== undefined && hint.headSha !== ctx.sha.toLowerCase()
        ? `head ${hint.headSha.slice(0, 7)} (API: ${ctx.sha.slice(0, 7)})`
        : '',
      hint.baseSha !== undefined &&
      ctx.baseSha !== undefined &&
      hint.baseSha !== ctx.baseSha.toLowerCase()
        ? `base ${hint.baseSha.slice(0, 7)} (API: ${ctx.baseSha.slice(0, 7)})`
        : '',
    ].filter((d) => d !== '')
    if (differs.length > 0) {
      io.log.warning(
        `pr.json of the PR run names ${differs.join(', ')}: it is only a hint, the API's answer is used.`,
      )
    }
    return
  }
}

function readPrHint(
  path: string,
): { number?: number; headSha?: string; baseSha?: string } | undefined {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path, 'utf8').slice(0, 4096))
  } catch {
    return undefined
  }
  if (typeof data !== 'object' || data === null) return undefined
  const o = data as Record<string, unknown>
  const sha = (v: unknown) =>
    typeof v === 'string' && /^[0-9a-f]{40}$/i.test(v) ? v.toLowerCase() : undefined
  const number =
    typeof o.number === 'number' && Number.isSafeInteger(o.number) && o.number > 0
      ? o.number
      : undefined
  const headSha = sha(o.headSha)
  const baseSha = sha(o.baseSha)
  return {
    ...(number !== undefined ? { number } : {}),
    ...(headSha !== undefined ? { headSha } : {}),
    ...(baseSha !== undefined ? { baseSha } : {}),
  }
}
