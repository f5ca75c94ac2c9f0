/**
 * What the run is about, read once from `@actions/github`'s `context` (passed in: this file is pure).
 * pull_request / pull_request_target, push, workflow_run and workflow_dispatch are understood;
 * any other event keeps the commit and ref it ran on.
 */
import type { RunContext, WorkflowRunInfo } from '../run/run-context.js'

export type { RunContext, WorkflowRunInfo } from '../run/run-context.js'

export interface ActionsContextLike {
  readonly eventName: string
  readonly payload: object
  readonly repo: { readonly owner: string; readonly repo: string }
  readonly sha: string
  readonly ref: string
  readonly runId: number
  readonly runAttempt: number
  readonly workflow: string
  readonly job: string
  readonly serverUrl: string
  readonly apiUrl: string
}

const ZERO_SHA = /^0+$/

export function runContextFrom(ctx: ActionsContextLike): RunContext {
  const payload = ctx.payload as Readonly<Record<string, unknown>>
  const defaultBranch = str(field(payload, 'repository', 'default_branch'))
  const base = {
    eventName: ctx.eventName,
    owner: ctx.repo.owner,
    repo: ctx.repo.repo,
    sha: ctx.sha,
    ref: ctx.ref,
    ...(defaultBranch === undefined ? {} : { defaultBranch }),
    runId: ctx.runId,
    runAttempt: ctx.runAttempt,
    workflow: ctx.workflow,
    job: ctx.job,
    serverUrl: ctx.serverUrl,
    apiUrl: ctx.apiUrl,
    isPullRequest: false,
    isDefaultBranchPush: false,
  }
  switch (ctx.eventName) {
    case 'pull_request':
    case 'pull_request_target':
      return { ...base, ...fromPullRequest(payload, ctx.sha) }
    case 'push':
      return { ...base, ...fromPush(payload, ctx.ref, defaultBranch) }
    case 'workflow_run':
      return { ...base, ...fromWorkflowRun(payload, ctx, defaultBranch) }
    default:
      return base
  }
}

function fromPullRequest(payload: Readonly<Record<string, unknown>>, fallbackSha: string) {
  const pr = field(payload, 'pull_request')
  const prNumber = int(field(pr, 'number')) ?? int(field(payload, 'number'))
  const headSha = str(field(pr, 'head', 'sha'))
  const baseSha = str(field(pr, 'base', 'sha'))
  return {
    // The merge commit GitHub checks out is not a commit anyone compares with: measure the head.
    sha: headSha ?? fallbackSha,
    isPullRequest: true,
    ...(prNumber === undefined ? {} : { prNumber }),
    ...(baseSha === undefined ? {} : { baseSha }),
    ...(headSha === undefined ? {} : { headSha }),
  }
}

function fromPush(
  payload: Readonly<Record<string, unknown>>,
  ref: string,
  defaultBranch: string | undefined,
) {
  const before = str(field(payload, 'before'))
  const after = str(field(payload, 'after'))
  const deleted = field(payload, 'deleted') === true
  const pushed = after === undefined || ZERO_SHA.test(after) ? undefined : after
  return {
    ...(before === undefined || ZERO_SHA.test(before) ? {} : { baseSha: before }),
    ...(pushed === undefined ? {} : { sha: pushed, headSha: pushed }),
    isDefaultBranchPush:
      !deleted && defaultBranch !== undefined && ref === `refs/heads/${defaultBranch}`,
  }
}

function fromWorkflowRun(
  payload: Readonly<Record<string, unknown>>,
  ctx: ActionsContextLike,
  defaultBranch: string | undefined,
) {
  const run = field(payload, 'workflow_run')
  const id = int(field(run, 'id'))
  const headSha = str(field(run, 'head_sha'))
  if (id === undefined || headSha === undefined) return {}
  const headBranch = str(field(run, 'head_branch'))
  const event = str(field(run, 'event')) ?? ''
  const prs = arr(field(run, 'pull_requests'))
  const prNumbers = prs.map((p) => int(field(p, 'number'))).filter((n) => n !== undefined)
  const firstPr = prs.find((p) => int(field(p, 'number')) === prNumbers[0])
  const baseSha = str(field(firstPr, 'base', 'sha'))
  // A fork can name its branch after our default branch: only our own repository's push counts.
  const ownRepo = `${ctx.repo.owner}/${ctx.repo.repo}`.toLowerCase()
  const headRepo = str(field(run, 'head_repository', 'full_name'))?.toLowerCase()
  const workflowRun: WorkflowRunInfo = {
    id,
    headSha,
    ...(headBranch === undefined ? {} : { headBranch }),
    prNumbers,
    event,
  }
  return {
    sha: headSha,
    headSha,
    isPullRequest: event.startsWith('pull_request'),
    ...(headBranch === undefined ? {} : { ref: `refs/heads/${headBranch}` }),
    ...(prNumbers[0] === undefined ? {} : { prNumber: prNumbers[0] }),
    ...(baseSha === undefined ? {} : { baseSha }),
    isDefaultBranchPush:
      event === 'push' &&
      defaultBranch !== undefined &&
      headBranch === defaultBranch &&
      (headRepo === undefined || headRepo === ownRepo),
    workflowRun,
  }
}

function field(value: unknown, ...path: readonly string[]): unknown {
  let here = value
  for (const key of path) {
    if (typeof here !== 'object' || here === null || Array.isArray(here)) return undefined
    here = (here as Readonly<Record<string, unknown>>)[key]
  }
  return here
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

function int(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined
}

function arr(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? (value as readonly unknown[]) : []
}
