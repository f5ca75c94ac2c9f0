/**
 * Issue comments, the authenticated user, pull requests and workflow-run artifacts.
 */
import type { StoredComment, StoredPull } from './github-server-store.js'
import {
  type Route,
  type RouteContext,
  error,
  field,
  notFound,
  ok,
  paginate,
  repoRoute,
} from './github-server-http.js'

const COMMENT_PERMISSION = 'issues=write; pull_requests=write'

export function commentJson(ctx: RouteContext, c: StoredComment): unknown {
  const [owner, repo] = ctx.path.split('/').slice(2, 4)
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    body: c.body,
    user: { login: c.user.login, type: c.user.type, id: c.user.login.length },
    html_url: `https://github.example/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
    url: `${ctx.baseUrl}/repos/${owner}/${repo}/issues/comments/${c.id}`,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
  }
}

function bodyOf(ctx: RouteContext): string | undefined {
  const body = field(ctx.body, 'body')
  return typeof body === 'string' ? body : undefined
}

const tooLong = () =>
  error(422, 'Validation Failed: Body is too long (maximum is 65536 characters)')

export const ISSUE_ROUTES: readonly Route[] = [
  repoRoute('issues.listComments', 'GET', '/issues/(\\d+)/comments', (ctx) => {
    const issue = Number(ctx.params[0])
    const list = ctx.repo.comments.filter((c) => c.issue === issue).sort((a, b) => a.id - b.id)
    return paginate(
      ctx,
      list.map((c) => commentJson(ctx, c)),
    )
  }),
  repoRoute(
    'issues.createComment',
    'POST',
    '/issues/(\\d+)/comments',
    (ctx) => {
      const body = bodyOf(ctx)
      if (body === undefined) return error(422, 'Validation Failed: body is missing')
      if (body.length > 65536) return tooLong()
      const id = ctx.store.id()
      const at = ctx.store.timestamp(id)
      const comment = {
        id,
        issue: Number(ctx.params[0]),
        body,
        user: ctx.identity,
        createdAt: at,
        updatedAt: at,
      }
      ctx.repo.comments.push(comment)
      return ok(commentJson(ctx, comment), 201)
    },
    COMMENT_PERMISSION,
  ),
  repoRoute(
    'issues.updateComment',
    'PATCH',
    '/issues/comments/(\\d+)',
    (ctx) => {
      const comment = ctx.repo.comments.find((c) => c.id === Number(ctx.params[0]))
      if (comment === undefined) return notFound()
      const body = bodyOf(ctx)
      if (body === undefined) return error(422, 'Validation Failed: body is missing')
      if (body.length > 65536) return tooLong()
      if (comment.user.login !== ctx.identity.login)
        return error(403, 'Must have admin rights to Repository.')
      comment.body = body
      comment.updatedAt = ctx.store.timestamp(ctx.store.id())
      return ok(commentJson(ctx, comment))
    },
    COMMENT_PERMISSION,
  ),
  repoRoute(
    'issues.deleteComment',
    'DELETE',
    '/issues/comments/(\\d+)',
    (ctx) => {
      const at = ctx.repo.comments.findIndex((c) => c.id === Number(ctx.params[0]))
      if (at === -1) return notFound()
      ctx.repo.comments.splice(at, 1)
      return { status: 204 }
    },
    COMMENT_PERMISSION,
  ),
]

function pullJson(p: StoredPull): unknown {
  return {
    number: p.number,
    state: p.state,
    head: { sha: p.headSha, ref: p.headRef },
    base: { sha: p.baseSha, ref: 'main' },
  }
}

export const PULL_ROUTES: readonly Route[] = [
  repoRoute(
    'repos.listPullRequestsAssociatedWithCommit',
    'GET',
    '/commits/([0-9a-fA-F]+)/pulls',
    (ctx) => {
      const sha = ctx.params[0]!.toLowerCase()
      return paginate(ctx, ctx.repo.pulls.filter((p) => p.commits.includes(sha)).map(pullJson))
    },
  ),
  repoRoute('pulls.get', 'GET', '/pulls/(\\d+)', (ctx) => {
    const pr = ctx.repo.pulls.find((p) => p.number === Number(ctx.params[0]))
    return pr === undefined ? notFound() : ok(pullJson(pr))
  }),
  repoRoute('pulls.list', 'GET', '/pulls', (ctx) => {
    const state = ctx.query.get('state') ?? 'open'
    const list = ctx.repo.pulls.filter((p) => state === 'all' || p.state === state)
    return paginate(ctx, list.map(pullJson))
  }),
]

export const STATUS_ROUTES: readonly Route[] = [
  repoRoute(
    'repos.createCommitStatus',
    'POST',
    '/statuses/([0-9a-fA-F]{40})',
    (ctx) => {
      const state = field(ctx.body, 'state')
      const rawContext = field(ctx.body, 'context')
      const rawDescription = field(ctx.body, 'description')
      const context = typeof rawContext === 'string' ? rawContext : 'default'
      const description = typeof rawDescription === 'string' ? rawDescription : ''
      if (typeof state !== 'string' || !['error', 'failure', 'pending', 'success'].includes(state))
        return error(422, 'Validation Failed: state is not included in the list')
      if (description.length > 140)
        return error(422, 'Validation Failed: description is too long (maximum is 140 characters)')
      const status = {
        sha: ctx.params[0]!.toLowerCase(),
        state,
        context,
        description,
      }
      ctx.repo.statuses.push(status)
      return ok({ id: ctx.store.id(), ...status }, 201)
    },
    'statuses=write',
  ),
]

export const ARTIFACT_ROUTES: readonly Route[] = [
  repoRoute('actions.listWorkflowRunArtifacts', 'GET', '/actions/runs/(\\d+)/artifacts', (ctx) => {
    const runId = Number(ctx.params[0])
    const list = ctx.repo.artifacts
      .filter((a) => a.runId === runId)
      .map((a) => ({
        id: a.id,
        name: a.name,
        size_in_bytes: a.sizeInBytes,
        expired: a.expired,
        archive_download_url: `${ctx.baseUrl}${ctx.path.replace(/runs\/\d+\/artifacts$/, `artifacts/${a.id}/zip`)}`,
        workflow_run: { id: a.runId },
      }))
    return paginate(ctx, list, (page) => ({ total_count: list.length, artifacts: page }))
  }),
  repoRoute('actions.downloadArtifact', 'GET', '/actions/artifacts/(\\d+)/zip', (ctx) => {
    const artifact = ctx.repo.artifacts.find((a) => a.id === Number(ctx.params[0]))
    if (artifact === undefined) return notFound()
    if (artifact.expired) return error(410, 'Artifact has expired')
    const [owner, repo] = ctx.path.split('/').slice(2, 4)
    const location = `${ctx.baseUrl}/_storage/${owner}/${repo}/artifacts/${artifact.id}.zip?sig=fake`
    return { status: 302, headers: { location } }
  }),
]

/** The redirect target: not under /repos, so it is matched on its own. */
export const STORAGE_ROUTE = {
  name: 'storage.artifactZip',
  pattern: /^\/_storage\/([^/]+)\/([^/]+)\/artifacts\/(\d+)\.zip$/,
}
