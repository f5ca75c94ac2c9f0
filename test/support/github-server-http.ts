/**
 * The fake GitHub's plumbing shared by its route files: route and reply shapes, GitHub-style
 * errors, and Link-header pagination.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Identity, RepoState, Store } from './github-server-store.js'

export interface RouteContext {
  readonly store: Store
  readonly repo: RepoState
  /** The route's captured groups after owner and repo, URL-decoded. */
  readonly params: readonly string[]
  readonly query: URLSearchParams
  readonly body: unknown
  readonly baseUrl: string
  readonly path: string
  readonly identity: Identity
  readonly accept: string
}

export interface Reply {
  readonly status: number
  readonly json?: unknown
  readonly raw?: Uint8Array | string
  readonly headers?: Readonly<Record<string, string>>
}

export interface Route {
  readonly name: string
  readonly method: string
  readonly pattern: RegExp
  /** What a read-only token lacks for this write (x-accepted-github-permissions); undefined: a read. */
  readonly permission?: string
  readonly handle: (ctx: RouteContext) => Reply
}

/** A route under /repos/{owner}/{repo}: `rest` is a regex source for the remainder of the path. */
export function repoRoute(
  name: string,
  method: string,
  rest: string,
  handle: (ctx: RouteContext) => Reply,
  permission?: string,
): Route {
  return {
    name,
    method,
    pattern: new RegExp(`^/repos/([^/]+)/([^/]+)${rest}$`),
    handle,
    ...(permission === undefined ? {} : { permission }),
  }
}

export function ok(json: unknown, status = 200, headers?: Readonly<Record<string, string>>): Reply {
  return { status, json, ...(headers === undefined ? {} : { headers }) }
}

export function error(status: number, message: string, headers?: Record<string, string>): Reply {
  const json = {
    message,
    documentation_url: 'https://docs.github.com/rest',
    status: String(status),
  }
  return { status, json, ...(headers === undefined ? {} : { headers }) }
}

export const notFound = (): Reply => error(404, 'Not Found')

/** One page of `items` as GitHub serves it: `per_page` (default 30, max 100), `page`, and a Link header. */
export function paginate<T>(
  ctx: RouteContext,
  items: readonly T[],
  wrap?: (page: T[]) => unknown,
): Reply {
  const perPage = Math.min(100, Math.max(1, Number(ctx.query.get('per_page') ?? 30) || 30))
  const page = Math.max(1, Number(ctx.query.get('page') ?? 1) || 1)
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const slice = items.slice((page - 1) * perPage, page * perPage)
  const link = (n: number, rel: string) => {
    const q = new URLSearchParams(ctx.query)
    q.set('per_page', String(perPage))
    q.set('page', String(n))
    return `<${ctx.baseUrl}${ctx.path}?${q.toString()}>; rel="${rel}"`
  }
  const links = [
    ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
    ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : []),
  ]
  return ok(wrap ? wrap(slice) : slice, 200, links.length > 0 ? { link: links.join(', ') } : {})
}

/** A field of a JSON request body. */
export function field(body: unknown, key: string): unknown {
  return typeof body === 'object' && body !== null
    ? (body as Record<string, unknown>)[key]
    : undefined
}

const SECONDARY =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'

export function faultReply(fault: {
  status: number
  message?: string
  retryAfter?: number
  secondaryRateLimit?: boolean
  rateLimitResetIn?: number
}): Reply {
  const headers: Record<string, string> = {}
  if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter)
  if (fault.rateLimitResetIn !== undefined) {
    headers['x-ratelimit-remaining'] = '0'
    headers['x-ratelimit-reset'] = String(Math.ceil(Date.now() / 1000 + fault.rateLimitResetIn))
  }
  const message =
    fault.secondaryRateLimit === true ? SECONDARY : (fault.message ?? `injected ${fault.status}`)
  return error(fault.status, message, headers)
}

export function send(res: ServerResponse, reply: Reply): void {
  if (res.headersSent || res.destroyed) return
  const headers: Record<string, string> = { 'x-github-request-id': 'FAKE', ...reply.headers }
  if (reply.json !== undefined) {
    res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    res.end(JSON.stringify(reply.json))
  } else {
    res.writeHead(reply.status, headers)
    res.end(reply.raw ?? '')
  }
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

export function parseBody(raw: Buffer, type: string | undefined): unknown {
  if (raw.length === 0) return undefined
  if (type?.includes('json') === true) {
    try {
      return JSON.parse(raw.toString('utf8')) as unknown
    } catch {
      return raw.toString('utf8')
    }
  }
  return raw.toString('utf8')
}
