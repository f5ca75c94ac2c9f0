/**
 * The verdict as a commit status (POST /repos/{owner}/{repo}/statuses/{sha}): what branch
 * protection can require of a fork PR's head, set by the trusted workflow_run job.
 */
import { DEFAULT_KEY } from '../core/comment-key.js'
import type { GitHubClient } from './client.js'
import { callGitHub } from './errors.js'

export interface CommitStatusParams {
  readonly owner: string
  readonly repo: string
  readonly sha: string
  readonly state: 'success' | 'failure' | 'error' | 'pending'
  readonly context: string
  readonly description: string
  readonly targetUrl?: string
}

/** `carbon-gate` for the default series, `carbon-gate/SERIES` for the others. */
export function statusContext(series: string): string {
  return series === DEFAULT_KEY ? 'carbon-gate' : `carbon-gate/${series}`
}

export async function setCommitStatus(client: GitHubClient, p: CommitStatusParams): Promise<void> {
  await callGitHub(`POST /repos/${p.owner}/${p.repo}/statuses/${p.sha}`, () =>
    client.rest.repos.createCommitStatus({
      owner: p.owner,
      repo: p.repo,
      sha: p.sha,
      state: p.state,
      context: p.context,
      description: p.description,
      ...(p.targetUrl !== undefined ? { target_url: p.targetUrl } : {}),
    }),
  )
}
