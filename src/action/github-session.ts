/**
 * The GitHub side of a run: the session for the token, with the pull request of a fork's
 * workflow_run found by its head commit (GitHub's event does not name it).
 */
import { describeError } from '../core/errors.js'
import { findPullRequest } from '../github/pulls.js'
import { needsPullRequestLookup, withPullRequest } from '../run/run-context.js'
import type { ActionIo, GitHubSession } from './action-io.js'

export async function openGitHubSession(io: ActionIo, token: string): Promise<GitHubSession> {
  const session = await io.connectGitHub(token)
  const run = session.context.workflowRun
  if (run === undefined || !needsPullRequestLookup(session.context)) return session
  try {
    const found = await findPullRequest(session.client, {
      owner: session.context.owner,
      repo: session.context.repo,
      headSha: run.headSha,
      ...(run.headBranch !== undefined ? { headBranch: run.headBranch } : {}),
    })
    return found === undefined
      ? session
      : { ...session, context: withPullRequest(session.context, found) }
  } catch (e) {
    io.log.warning(
      `Could not find the pull request of ${run.headSha.slice(0, 7)}: ${describeError(e)}`,
    )
    return session
  }
}
