/**
 * The sticky PR comment: one per key, found by its hidden marker, edited in place, never a second copy.
 */
import { type CommentKey, commentMarker } from '../core/comment-key.js'
import type { GitHubClient } from './client.js'
import { callGitHub, hasStatus } from './errors.js'

export interface UpsertCommentParams {
  readonly owner: string
  readonly repo: string
  readonly issueNumber: number
  readonly key: CommentKey
  readonly body: string
}

export interface UpsertCommentResult {
  readonly id: number
  readonly url: string
  readonly created: boolean
}

interface IssueComment {
  readonly id: number
  readonly body?: string | null
  readonly html_url: string
  readonly created_at: string
  readonly user: { readonly login: string; readonly type: string } | null
}

export async function upsertComment(
  client: GitHubClient,
  p: UpsertCommentParams,
): Promise<UpsertCommentResult> {
  const marker = commentMarker(p.key)
  if (!p.body.startsWith(marker)) throw new Error(`comment body must start with ${marker}`)
  const mine = await findOwnComments(client, p, marker)
  const [oldest, ...newer] = mine
  if (oldest === undefined) return createAndSettle(client, p, marker)
  const updated = await updateComment(client, p, oldest)
  if (updated === undefined) return createAndSettle(client, p, marker) // deleted since we listed
  await deleteComments(client, p, newer)
  return { id: updated.id, url: updated.html_url, created: false }
}

/**
 * The body of our sticky comment for this key (the oldest of our own, as upsertComment edits),
 * or undefined when there is none yet: read before it is rewritten, e.g. for its hidden run list.
 */
export async function readCommentBody(
  client: GitHubClient,
  p: Omit<UpsertCommentParams, 'body'>,
): Promise<string | undefined> {
  const [oldest] = await findOwnComments(client, p, commentMarker(p.key))
  return oldest?.body ?? undefined
}

/** Create, then settle a race with a concurrent run: the oldest copy wins and carries our body. */
async function createAndSettle(
  client: GitHubClient,
  p: UpsertCommentParams,
  marker: string,
): Promise<UpsertCommentResult> {
  const path = `POST /repos/${p.owner}/${p.repo}/issues/${p.issueNumber}/comments`
  const { data } = await callGitHub(path, () =>
    client.rest.issues.createComment({
      owner: p.owner,
      repo: p.repo,
      issue_number: p.issueNumber,
      body: p.body,
    }),
  )
  const mine = await findOwnComments(client, p, marker)
  const [oldest] = mine
  if (oldest === undefined || oldest.id === data.id) {
    await deleteComments(
      client,
      p,
      mine.filter((c) => c.id !== data.id),
    )
    return { id: data.id, url: data.html_url, created: true }
  }
  const updated = await updateComment(client, p, oldest)
  await deleteComments(
    client,
    p,
    mine.filter((c) => c.id !== oldest.id),
  )
  return updated === undefined
    ? { id: data.id, url: data.html_url, created: true }
    : { id: updated.id, url: updated.html_url, created: false }
}

/** Our marker comments, oldest first: written by a bot, or by the token's own user (a PAT). */
async function findOwnComments(
  client: GitHubClient,
  p: Omit<UpsertCommentParams, 'body'>,
  marker: string,
): Promise<readonly IssueComment[]> {
  const path = `GET /repos/${p.owner}/${p.repo}/issues/${p.issueNumber}/comments`
  const all: readonly IssueComment[] = await callGitHub(path, () =>
    client.paginate(client.rest.issues.listComments, {
      owner: p.owner,
      repo: p.repo,
      issue_number: p.issueNumber,
      per_page: 100,
    }),
  )
  // A human quoting our comment has `> ` before the marker: ours always start with it.
  const marked = all.filter((c) => (c.body ?? '').trimStart().startsWith(marker) && c.user !== null)
  const bots = marked.filter((c) => c.user?.type === 'Bot')
  const others = marked.filter((c) => c.user?.type !== 'Bot')
  const viewer = others.length === 0 ? undefined : await viewerLogin(client)
  const mine = [...bots, ...others.filter((c) => viewer !== undefined && c.user?.login === viewer)]
  return mine.sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id)
}

/** The login behind a personal token; undefined for app and Actions tokens (GET /user is 403). */
async function viewerLogin(client: GitHubClient): Promise<string | undefined> {
  try {
    const { data } = await client.rest.users.getAuthenticated()
    return data.login
  } catch {
    return undefined
  }
}

async function updateComment(
  client: GitHubClient,
  p: UpsertCommentParams,
  comment: IssueComment,
): Promise<IssueComment | undefined> {
  if (comment.body === p.body) return comment
  const path = `PATCH /repos/${p.owner}/${p.repo}/issues/comments/${comment.id}`
  try {
    const { data } = await callGitHub(path, () =>
      client.rest.issues.updateComment({
        owner: p.owner,
        repo: p.repo,
        comment_id: comment.id,
        body: p.body,
      }),
    )
    return data
  } catch (e) {
    if (hasStatus(e, 404)) return undefined
    throw e
  }
}

/** Remove leftovers of earlier races; one already gone is fine. */
async function deleteComments(
  client: GitHubClient,
  p: UpsertCommentParams,
  comments: readonly IssueComment[],
): Promise<void> {
  for (const c of comments) {
    const path = `DELETE /repos/${p.owner}/${p.repo}/issues/comments/${c.id}`
    try {
      await callGitHub(path, () =>
        client.rest.issues.deleteComment({ owner: p.owner, repo: p.repo, comment_id: c.id }),
      )
    } catch (e) {
      if (!hasStatus(e, 404)) throw e
    }
  }
}

export { isPermissionError, GitHubError } from './errors.js'
