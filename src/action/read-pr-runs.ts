/**
 * The pull request's earlier runs, read from its sticky comment's hidden run list before the
 * comment is rewritten (run/pr-runs.ts decodes and validates it). A comment that cannot be read
 * leaves this run as the only one counted, with a notice.
 */
import { describeError } from '../core/errors.js'
import { readCommentBody } from '../github/comment.js'
import { decodePrRuns, EMPTY_PR_RUNS, prRunOf } from '../run/pr-runs.js'
import type { PublishPlan } from '../run/publish-plan.js'
import type { PrRunsInput } from '../run/whole-cost.js'
import type { GitHubSession } from './action-io.js'

export async function readPrRuns(
  session: GitHubSession,
  plan: PublishPlan,
  identity?: string,
): Promise<PrRunsInput> {
  const { context: ctx, client } = session
  const run = prRunOf({ ...ctx, sha: plan.sha })
  try {
    const body = await readCommentBody(client, {
      owner: ctx.owner,
      repo: ctx.repo,
      issueNumber: plan.prNumber!,
      key: plan.key,
      legacyKeys: plan.legacyKeys,
      ...(identity !== undefined ? { identity } : {}),
    })
    return { read: decodePrRuns(body), run }
  } catch (e) {
    const notice = `The pull request comment could not be read (${describeError(e)}): this PR's running total counts this run only.`
    return { read: { list: EMPTY_PR_RUNS, notice }, run }
  }
}
