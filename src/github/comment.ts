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
  /** Keys this comment was marked with before (taken over and rewritten with `key`'s marker). */
  readonly legacyKeys?: readonly CommentKey[]
  /**
   * The login the token posts as (`github-actions[bot]` for GITHUB_TOKEN, `NAME[bot]` for an
   * app, the user for a personal token), when already known; else it is asked (GraphQL viewer).
   * Only comments by that login are ever edited or deleted.
   */
  readonly identity?: string
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
  // Who we are is asked once (when a marker comment needs it), then carried along.
  const found = await findOwnComments(client, p)
  const q = found.identity === undefined ? p : { ...p, identity: found.identity }
  const [oldest, ...newer] = found.mine
  if (oldest === undefined) return createAndSettle(client, q)
  const updated = await updateComment(client, q, oldest)
  if (updated === undefined) return createAndSettle(client, q) // deleted since we listed
  await deleteComments(client, q, newer)
  return { id: updated.id, url: updated.html_url, created: false }
}

/** Create, then settle a race with a concurrent run: the oldest copy wins and carries our body. */
async function createAndSettle(
  client: GitHubClient,
  p: UpsertCommentParams,
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
  const { mine } = await findOwnComments(client, p)
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

/**
 * Our marker comments (this key's, or a legacy key's), oldest first: only those by the identity
 * that posts. Another bot or user carrying the marker is never ours.
 */
async function findOwnComments(
  client: GitHubClient,
  p: UpsertCommentParams,
): Promise<{ mine: readonly IssueComment[]; identity?: string }> {
  const path = `GET /repos/${p.owner}/${p.repo}/issues/${p.issueNumber}/comments`
  const all: readonly IssueComment[] = await callGitHub(path, () =>
    client.paginate(client.rest.issues.listComments, {
      owner: p.owner,
      repo: p.repo,
      issue_number: p.issueNumber,
      per_page: 100,
    }),
  )
  const markers = [p.key, ...(p.legacyKeys ?? [])].map(commentMarker)
  // A human quoting our comment has `> ` before the marker: ours always start with it.
  const marked = all.filter((c) => {
    const body = (c.body ?? '').trimStart()
    return c.user !== null && markers.some((m) => body.startsWith(m))
  })
  if (marked.length === 0) return { mine: [] }
  const identity = p.identity ?? (await viewerLogin(client))
  const mine = marked.filter((c) => sameLogin(c.user?.login, identity))
  mine.sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id)
  return { mine, identity }
}

/** Logins compare without case; an app's may come with or without its `[bot]` suffix. */
function sameLogin(a: string | undefined, b: string): boolean {
  if (a === undefined) return false
  const bare = (s: string) => s.toLowerCase().replace(/\[bot\]$/, '')
  return a.toLowerCase() === b.toLowerCase() || (a.endsWith('[bot]') && bare(a) === bare(b))
}

/** The Actions token's identity, when nothing else can be learnt. */
export const ACTIONS_LOGIN = 'github-actions[bot]'

/**
 * Who the token is: GraphQL `viewer` answers for every kind of token (REST GET /user refuses app
 * and Actions tokens); GET /user, then the Actions bot, when GraphQL cannot be asked.
 */
export async function viewerLogin(client: GitHubClient): Promise<string> {
  try {
    const data = await client.graphql<{ viewer?: { login?: string } }>('query { viewer { login } }')
    if (typeof data.viewer?.login === 'string' && data.viewer.login !== '') return data.viewer.login
  } catch {
    // fall through
  }
  try {
    const { data } = await client.rest.users.getAuthenticated()
    return data.login
  } catch {
    return ACTIONS_LOGIN
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
