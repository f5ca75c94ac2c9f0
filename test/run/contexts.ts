/**
 * Run contexts as GitHub gives them: event payloads of each kind the action meets, read by the
 * GitHub adapter (src/github/context.ts) exactly as the action reads `@actions/github`'s context.
 */
import { type ActionsContextLike, runContextFrom } from '../../src/github/context.js'
import type { RunContext } from '../../src/run/run-context.js'

export const OWNER = 'octo'
export const REPO = 'ml'
export const BASE_SHA = 'b'.repeat(40)
export const HEAD_SHA = 'c'.repeat(40)
export const PUSHED_SHA = '1'.repeat(40)

const repository = { default_branch: 'main', full_name: `${OWNER}/${REPO}` }

export interface ContextOptions {
  readonly workflow?: string
  readonly job?: string
  readonly runId?: number
  readonly apiUrl?: string
}

/** The `@actions/github` context of an event (GITHUB_* values as the runner sets them). */
export function actionsContext(
  eventName: string,
  payload: object,
  over: Partial<ActionsContextLike> = {},
): ActionsContextLike {
  return {
    eventName,
    payload,
    repo: { owner: OWNER, repo: REPO },
    sha: 'd'.repeat(40),
    ref: 'refs/heads/main',
    runId: 42,
    runAttempt: 1,
    workflow: 'train',
    job: 'gate',
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    ...over,
  }
}

function names(o: ContextOptions): Partial<ActionsContextLike> {
  return {
    ...(o.workflow !== undefined ? { workflow: o.workflow } : {}),
    ...(o.job !== undefined ? { job: o.job } : {}),
    ...(o.runId !== undefined ? { runId: o.runId } : {}),
    ...(o.apiUrl !== undefined ? { apiUrl: o.apiUrl } : {}),
  }
}

export function pullRequestContext(
  number: number,
  o: ContextOptions & { baseSha?: string; headSha?: string } = {},
): RunContext {
  const payload = {
    action: 'synchronize',
    number,
    repository,
    pull_request: {
      number,
      base: { sha: o.baseSha ?? BASE_SHA, ref: 'main' },
      head: { sha: o.headSha ?? HEAD_SHA, ref: 'feature' },
    },
  }
  const ref = `refs/pull/${number}/merge`
  return runContextFrom(actionsContext('pull_request', payload, { ref, ...names(o) }))
}

export function pushContext(
  o: ContextOptions & { sha?: string; before?: string; branch?: string } = {},
): RunContext {
  const sha = o.sha ?? PUSHED_SHA
  const payload = {
    ref: `refs/heads/${o.branch ?? 'main'}`,
    before: o.before ?? '0'.repeat(40),
    after: sha,
    repository,
  }
  const ref = `refs/heads/${o.branch ?? 'main'}`
  return runContextFrom(actionsContext('push', payload, { sha, ref, ...names(o) }))
}

/** A workflow_run after another run: a same-repo PR (PR named), a fork PR (not named) or a push. */
export function workflowRunContext(
  kind: 'pull_request' | 'fork_pull_request' | 'push' | 'fork_push',
  o: ContextOptions & { runOf?: number; headSha?: string } = {},
): RunContext {
  const fork = kind.startsWith('fork')
  const headSha = o.headSha ?? HEAD_SHA
  const workflowRun = {
    id: o.runOf ?? 555,
    head_sha: headSha,
    head_branch: kind.endsWith('push') ? 'main' : 'feature',
    event: kind.endsWith('push') ? 'push' : 'pull_request',
    head_repository: { full_name: fork ? `mallory/${REPO}` : `${OWNER}/${REPO}` },
    pull_requests:
      kind === 'pull_request'
        ? [{ number: 7, base: { sha: BASE_SHA }, head: { sha: headSha } }]
        : [],
  }
  const payload = { action: 'completed', workflow_run: workflowRun, repository }
  return runContextFrom(actionsContext('workflow_run', payload, names(o)))
}
