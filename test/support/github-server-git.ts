/**
 * The Git Data API (refs, commits, trees with base_tree and their listing, blobs) and contents reads, with GitHub's
 * answers to races: 422 "Reference already exists" and 422 "Update is not a fast forward".
 */
import {
  type Route,
  type RouteContext,
  error,
  field,
  notFound,
  ok,
  repoRoute,
} from './github-server-http.js'

const CONTENTS = 'contents=write'

function refJson(ctx: RouteContext, ref: string, sha: string): unknown {
  return {
    ref,
    node_id: `REF_${ref}`,
    url: `${ctx.baseUrl}${ctx.path}`,
    object: { sha, type: 'commit' },
  }
}

function commitJson(ctx: RouteContext, sha: string): unknown {
  const c = ctx.repo.git.commits.get(sha)!
  return {
    sha: c.sha,
    message: c.message,
    tree: { sha: c.tree },
    parents: c.parents.map((p) => ({ sha: p })),
    author: {
      name: ctx.identity.login,
      email: 'bot@example.invalid',
      date: '2024-01-01T00:00:00Z',
    },
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

export const GIT_ROUTES: readonly Route[] = [
  repoRoute('git.getRef', 'GET', '/git/ref/(.+)', (ctx) => {
    const ref = `refs/${ctx.params[0]!}`
    const sha = ctx.repo.git.refs.get(ref)
    return sha === undefined ? notFound() : ok(refJson(ctx, ref, sha))
  }),
  repoRoute(
    'git.createRef',
    'POST',
    '/git/refs',
    (ctx) => {
      const ref = str(field(ctx.body, 'ref'))
      const sha = str(field(ctx.body, 'sha'))
      if (ref === undefined || !ref.startsWith('refs/') || sha === undefined) {
        return error(422, 'Reference name is invalid')
      }
      if (ctx.repo.git.refs.has(ref)) return error(422, 'Reference already exists')
      if (!ctx.repo.git.commits.has(sha)) return error(422, 'Object does not exist')
      ctx.repo.git.refs.set(ref, sha)
      return ok(refJson(ctx, ref, sha), 201)
    },
    CONTENTS,
  ),
  repoRoute(
    'git.updateRef',
    'PATCH',
    '/git/refs/(.+)',
    (ctx) => {
      const ref = `refs/${ctx.params[0]!}`
      const sha = str(field(ctx.body, 'sha'))
      const current = ctx.repo.git.refs.get(ref)
      if (current === undefined) return error(422, 'Reference does not exist')
      if (sha === undefined || !ctx.repo.git.commits.has(sha))
        return error(422, 'Object does not exist')
      if (field(ctx.body, 'force') !== true && !ctx.repo.git.isAncestor(current, sha)) {
        return error(422, 'Update is not a fast forward')
      }
      ctx.repo.git.refs.set(ref, sha)
      return ok(refJson(ctx, ref, sha))
    },
    CONTENTS,
  ),
  // Trees are flat (path → blob) here: a recursive read lists every file, a plain one the top level.
  repoRoute('git.getTree', 'GET', '/git/trees/([0-9a-f]{40})', (ctx) => {
    const files = ctx.repo.git.trees.get(ctx.params[0]!)
    if (files === undefined) return notFound()
    const recursive = ctx.query.get('recursive') !== null
    const tree = [...files]
      .filter(([path]) => recursive || !path.includes('/'))
      .map(([path, sha]) => ({
        path,
        mode: '100644',
        type: 'blob',
        sha,
        size: ctx.repo.git.blobs.get(sha)!.length,
      }))
    return ok({ sha: ctx.params[0]!, tree, truncated: false })
  }),
  repoRoute('git.getCommit', 'GET', '/git/commits/([0-9a-f]{40})', (ctx) =>
    ctx.repo.git.commits.has(ctx.params[0]!) ? ok(commitJson(ctx, ctx.params[0]!)) : notFound(),
  ),
  repoRoute(
    'git.createCommit',
    'POST',
    '/git/commits',
    (ctx) => {
      const tree = str(field(ctx.body, 'tree'))
      const message = str(field(ctx.body, 'message')) ?? ''
      const parents = field(ctx.body, 'parents') ?? []
      if (tree === undefined || !ctx.repo.git.trees.has(tree))
        return error(422, 'Tree SHA does not exist')
      if (
        !Array.isArray(parents) ||
        !parents.every((p) => typeof p === 'string' && ctx.repo.git.commits.has(p))
      ) {
        return error(422, 'Parent SHA does not exist or is not a commit object')
      }
      const sha = ctx.repo.git.putCommit(tree, parents as string[], message)
      return ok(commitJson(ctx, sha), 201)
    },
    CONTENTS,
  ),
  repoRoute(
    'git.createTree',
    'POST',
    '/git/trees',
    (ctx) => {
      const base = str(field(ctx.body, 'base_tree'))
      const baseFiles =
        base === undefined ? new Map<string, string>() : ctx.repo.git.trees.get(base)
      if (baseFiles === undefined) return error(422, 'base_tree is not a valid tree oid')
      const files = new Map(baseFiles)
      const entries = field(ctx.body, 'tree')
      if (!Array.isArray(entries)) return error(422, 'Invalid tree info')
      for (const e of entries as unknown[]) {
        const path = str(field(e, 'path'))
        const sha = field(e, 'sha')
        const content = str(field(e, 'content'))
        if (path === undefined || field(e, 'type') !== 'blob')
          return error(422, 'Invalid tree info')
        if (sha === null) files.delete(path)
        else if (typeof sha === 'string' && ctx.repo.git.blobs.has(sha)) files.set(path, sha)
        else if (content !== undefined) files.set(path, ctx.repo.git.putBlob(Buffer.from(content)))
        else return error(422, `Invalid tree info: ${path}`)
      }
      const sha = ctx.repo.git.putTree(files)
      const tree = [...files].map(([path, s]) => ({ path, mode: '100644', type: 'blob', sha: s }))
      return ok({ sha, tree, truncated: false }, 201)
    },
    CONTENTS,
  ),
  repoRoute(
    'git.createBlob',
    'POST',
    '/git/blobs',
    (ctx) => {
      const content = str(field(ctx.body, 'content'))
      const encoding = field(ctx.body, 'encoding') ?? 'utf-8'
      if (content === undefined) return error(422, 'content is missing')
      const bytes = Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8')
      const sha = ctx.repo.git.putBlob(bytes)
      return ok({ sha, url: `${ctx.baseUrl}${ctx.path}/${sha}` }, 201)
    },
    CONTENTS,
  ),
  repoRoute('repos.getContent', 'GET', '/contents/(.+)', (ctx) => {
    const path = ctx.params[0]!
    const commit = ctx.repo.git.resolve(ctx.query.get('ref') ?? ctx.repo.defaultBranch)
    if (commit === undefined)
      return error(404, `No commit found for the ref ${ctx.query.get('ref') ?? ''}`)
    const blobSha = ctx.repo.git.files(commit).get(path)
    if (blobSha === undefined) return notFound()
    const bytes = ctx.repo.git.blobs.get(blobSha)!
    if (ctx.accept.includes('raw')) {
      return { status: 200, raw: bytes, headers: { 'content-type': 'text/plain; charset=utf-8' } }
    }
    const name = path.split('/').pop()!
    return ok({
      type: 'file',
      encoding: 'base64',
      size: bytes.length,
      name,
      path,
      sha: blobSha,
      content: bytes.toString('base64'),
    })
  }),
]
