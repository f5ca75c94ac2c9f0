/**
 * What a run is about, as the policy needs it: the commit measured, the pull request and its base,
 * the workflow and job. The GitHub adapter fills it from the event (src/github/context.ts); the
 * policy (publish-plan.ts) decides from it alone.
 */

export interface WorkflowRunInfo {
  readonly id: number
  readonly headSha: string
  readonly headBranch?: string
  /** Empty for PRs from forks: GitHub does not fill `workflow_run.pull_requests` for them. */
  readonly prNumbers: readonly number[]
  /** The event that triggered the measured run: `pull_request`, `push`, ... */
  readonly event: string
}

export interface RunContext {
  readonly eventName: string
  readonly owner: string
  readonly repo: string
  /** The commit measured: the PR head for PR events, the triggering run's head for workflow_run. */
  readonly sha: string
  readonly ref: string
  readonly defaultBranch?: string
  /** The run is about a pull request (directly, or the PR run a workflow_run follows). */
  readonly isPullRequest: boolean
  readonly prNumber?: number
  /** The commit to compare with: the PR base, or the commit a push replaced. */
  readonly baseSha?: string
  readonly headSha?: string
  readonly runId: number
  readonly runAttempt: number
  readonly workflow: string
  readonly job: string
  readonly serverUrl: string
  readonly apiUrl: string
  /**
   * A push to the default branch of this repository (directly, or the push run a workflow_run
   * follows, never a fork's branch of the same name): the ledger is written.
   */
  readonly isDefaultBranchPush: boolean
  readonly workflowRun?: WorkflowRunInfo
}

/** A pull request found for a run whose event does not name it (fork PRs under workflow_run). */
export interface FoundPullRequest {
  readonly number: number
  readonly baseSha?: string
}

/**
 * A workflow_run about a PR that its payload does not name (GitHub leaves `pull_requests` empty
 * for forks): the PR is looked up by its head commit.
 */
export function needsPullRequestLookup(context: RunContext): boolean {
  return (
    context.workflowRun !== undefined && context.isPullRequest && context.prNumber === undefined
  )
}

/** The context with the PR that was found (its base becomes the commit to compare with). */
export function withPullRequest(context: RunContext, pr: FoundPullRequest): RunContext {
  const baseSha = context.baseSha ?? pr.baseSha
  return { ...context, prNumber: pr.number, ...(baseSha !== undefined ? { baseSha } : {}) }
}
