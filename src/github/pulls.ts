/**
 * Which pull request a `workflow_run` is about. GitHub leaves `workflow_run.pull_requests` empty
 * for PRs from forks, and a number carried in the run's artifact comes from the fork.
 */
import type { GitHubClient } from './client.js'
import { callGitHub, hasStatus } from './errors.js'

/**
 * The open PR whose head is that commit: first GET /commits/{sha}/pulls, then (forks, whose
 * commits that endpoint may not know) the open PRs. Undefined when none has that head.
 */
export async function findPullRequestNumber(
  client: GitHubClient,
  p: {
    readonly owner: string
    readonly repo: string
    readonly headSha: string
    readonly headBranch?: string
  },
): Promise<number | undefined> {
  type Pull = {
    readonly number: number
    readonly state: string
    readonly head: { readonly sha: string; readonly ref: string }
  }
  const pick = (pulls: readonly Pull[]): number | undefined => {
    const open = pulls.filter(
      (pr) => pr.state === 'open' && pr.head.sha.toLowerCase() === p.headSha.toLowerCase(),
    )
    const ranked = [...open].sort((a, b) =>
      rank(a.head.ref === p.headBranch, b.head.ref === p.headBranch),
    )
    return ranked[0]?.number
  }
  const assocPath = `GET /repos/${p.owner}/${p.repo}/commits/${p.headSha}/pulls`
  let associated: readonly Pull[] = []
  try {
    associated = (
      await callGitHub(assocPath, () =>
        client.rest.repos.listPullRequestsAssociatedWithCommit({
          owner: p.owner,
          repo: p.repo,
          commit_sha: p.headSha,
          per_page: 100,
        }),
      )
    ).data
  } catch (e) {
    if (!hasStatus(e, 404, 422)) throw e
  }
  const direct = pick(associated)
  if (direct !== undefined) return direct
  const open: readonly Pull[] = await callGitHub(`GET /repos/${p.owner}/${p.repo}/pulls`, () =>
    client.paginate(client.rest.pulls.list, {
      owner: p.owner,
      repo: p.repo,
      state: 'open',
      per_page: 100,
    }),
  )
  return pick(open)
}

/**
 * The PR a `workflow_run` is about. A number claimed by the run's artifact (pr.json, written by
 * code from a fork) is used only when that PR is open with `headSha` as its head; otherwise the
 * PR is looked up by commit. Undefined when no open PR has that head.
 */
export async function resolvePullRequestNumber(
  client: GitHubClient,
  p: {
    readonly owner: string
    readonly repo: string
    readonly headSha: string
    readonly headBranch?: string
    readonly claimed?: number
  },
): Promise<number | undefined> {
  const claimed = p.claimed
  if (claimed !== undefined && Number.isSafeInteger(claimed) && claimed > 0) {
    try {
      const { data } = await callGitHub(`GET /repos/${p.owner}/${p.repo}/pulls/${claimed}`, () =>
        client.rest.pulls.get({ owner: p.owner, repo: p.repo, pull_number: claimed }),
      )
      if (data.state === 'open' && data.head.sha.toLowerCase() === p.headSha.toLowerCase()) {
        return claimed
      }
    } catch (e) {
      if (!hasStatus(e, 404)) throw e
    }
  }
  return findPullRequestNumber(client, p)
}

/** Sort the true one first. */
function rank(a: boolean, b: boolean): number {
  return Number(b) - Number(a)
}
