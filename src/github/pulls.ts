/**
 * Which pull request a `workflow_run` is about. GitHub leaves `workflow_run.pull_requests` empty
 * for PRs from forks, so the PR is found by its head commit (a number carried in the run's
 * artifact comes from the fork and is never trusted).
 */
import type { FoundPullRequest } from '../run/run-context.js'
import type { GitHubClient } from './client.js'
import { callGitHub, hasStatus } from './errors.js'

interface Pull {
  readonly number: number
  readonly state: string
  readonly head: { readonly sha: string; readonly ref: string }
  readonly base?: { readonly sha?: string }
}

export interface FindPullRequestParams {
  readonly owner: string
  readonly repo: string
  readonly headSha: string
  readonly headBranch?: string
}

/**
 * The open PR whose head is that commit, with its base: first GET /commits/{sha}/pulls, then
 * (forks, whose commits that endpoint may not know) the open PRs. Undefined when none has that head.
 */
export async function findPullRequest(
  client: GitHubClient,
  p: FindPullRequestParams,
): Promise<FoundPullRequest | undefined> {
  const direct = pickPullRequest(await listAssociatedPulls(client, p), p)
  if (direct !== undefined) return direct
  const open: readonly Pull[] = await callGitHub(`GET /repos/${p.owner}/${p.repo}/pulls`, () =>
    client.paginate(client.rest.pulls.list, {
      owner: p.owner,
      repo: p.repo,
      state: 'open',
      per_page: 100,
    }),
  )
  return pickPullRequest(open, p)
}

async function listAssociatedPulls(
  client: GitHubClient,
  p: FindPullRequestParams,
): Promise<readonly Pull[]> {
  const path = `GET /repos/${p.owner}/${p.repo}/commits/${p.headSha}/pulls`
  try {
    const { data } = await callGitHub(path, () =>
      client.rest.repos.listPullRequestsAssociatedWithCommit({
        owner: p.owner,
        repo: p.repo,
        commit_sha: p.headSha,
        per_page: 100,
      }),
    )
    return data
  } catch (e) {
    if (hasStatus(e, 404, 422)) return []
    throw e
  }
}

/** The open PR with that head, preferring the one whose branch is the run's. */
function pickPullRequest(
  pulls: readonly Pull[],
  p: FindPullRequestParams,
): FoundPullRequest | undefined {
  const head = p.headSha.toLowerCase()
  const open = pulls.filter((pr) => pr.state === 'open' && pr.head.sha.toLowerCase() === head)
  const pr = open.find((x) => x.head.ref === p.headBranch) ?? open[0]
  if (pr === undefined) return undefined
  const baseSha = pr.base?.sha
  return {
    number: pr.number,
    ...(typeof baseSha === 'string' && baseSha !== '' ? { baseSha } : {}),
  }
}
