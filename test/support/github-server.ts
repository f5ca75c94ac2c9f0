/**
 * A GitHub REST API on loopback (127.0.0.1, port 0), in memory, for tests that drive the real
 * Octokit over real HTTP. It records every request, and injects faults per route: an HTTP status
 * (with retry-after, a secondary or primary rate limit), a connection reset, or a delay.
 * A read-only mode answers writes as GitHub does for fork PRs.
 */
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ACTIONS_BOT, type Identity, Store } from './github-server-store.js'
import {
  type Reply,
  type Route,
  error,
  faultReply,
  parseBody,
  readBody,
  send,
} from './github-server-http.js'
import { type StateAccessors, stateAccessors } from './github-server-seed.js'
import {
  ARTIFACT_ROUTES,
  ISSUE_ROUTES,
  PULL_ROUTES,
  STATUS_ROUTES,
  STORAGE_ROUTE,
} from './github-server-routes.js'
import { graphqlReply } from './github-server-graphql.js'
import { GIT_ROUTES } from './github-server-git.js'

export interface RecordedRequest {
  readonly method: string
  readonly path: string
  readonly query: string
  /** The route name (`issues.createComment`, ...); `unknown` when none matched. */
  readonly route: string
  readonly body: unknown
  readonly authorization: string | undefined
}

export type Fault =
  | {
      readonly status: number
      readonly message?: string
      /** Sent as `retry-after` (seconds). */
      readonly retryAfter?: number
      /** GitHub's secondary rate limit wording (the throttling plugin recognises it). */
      readonly secondaryRateLimit?: boolean
      /** A primary rate limit: `x-ratelimit-remaining: 0`, reset this many seconds from now. */
      readonly rateLimitResetIn?: number
    }
  | { readonly reset: true }
  | { readonly delayMs: number }

export interface FakeGitHub extends StateAccessors {
  readonly url: string
  readonly requests: RecordedRequest[]
  close(): Promise<void>
  /** Queue a fault for the next `times` requests to that route. */
  fail(route: string, fault: Fault, times?: number): void
  /** Run `hook` once, just before the next request to that route is handled. */
  before(route: string, hook: () => void): void
  /** Writes answer 403 "Resource not accessible by integration" (a fork PR's token). */
  setReadOnly(readOnly: boolean): void
  /** Who a token is; unknown tokens are github-actions[bot]. */
  setIdentity(token: string, identity: Identity): void
}

const ROUTES: readonly Route[] = [
  ...ISSUE_ROUTES,
  ...GIT_ROUTES,
  ...PULL_ROUTES,
  ...ARTIFACT_ROUTES,
  ...STATUS_ROUTES,
]

export async function startGitHubServer(): Promise<FakeGitHub> {
  const store = new Store()
  const requests: RecordedRequest[] = []
  const faults = new Map<string, Fault[]>()
  const hooks = new Map<string, (() => void)[]>()
  const identities = new Map<string, Identity>()
  const timers = new Set<NodeJS.Timeout>()
  let readOnly = false
  let baseUrl = ''

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', baseUrl)
    const raw = await readBody(req)
    const body = parseBody(raw, req.headers['content-type'])
    const method = req.method ?? 'GET'
    // GHES serves the API under /api/v3: accept both.
    const pathname = url.pathname.replace(/^\/api\/v3(?=\/)/, '')
    const match = matchRoute(method, pathname)
    const authorization = req.headers.authorization
    requests.push({
      method,
      path: pathname,
      query: url.search,
      route: match?.name ?? 'unknown',
      body,
      authorization,
    })
    const fault = match === undefined ? undefined : faults.get(match.name)?.shift()
    if (fault !== undefined && 'reset' in fault) {
      req.socket.destroy()
      return
    }
    if (fault !== undefined && 'delayMs' in fault) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          timers.delete(timer)
          resolve()
        }, fault.delayMs)
        timers.add(timer)
      })
      if (res.destroyed || req.socket.destroyed) return // the client gave up: nothing is applied
    }
    if (fault !== undefined && 'status' in fault) {
      send(res, faultReply(fault))
      return
    }
    if (match === undefined) {
      send(res, error(404, 'Not Found'))
      return
    }
    hooks.get(match.name)?.shift()?.()
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(authorization ?? '')?.[1]
    if (token === undefined) {
      send(res, error(401, 'Requires authentication'))
      return
    }
    const identity = identities.get(token) ?? ACTIONS_BOT
    send(res, match.reply(identity, body, url, req.headers.accept ?? ''))
  }

  const matchRoute = (method: string, path: string) => {
    if (method === 'POST' && path === '/graphql') {
      return {
        name: 'graphql',
        reply: (who: Identity, body: unknown) => graphqlReply(store, who, body),
      }
    }
    if (method === 'GET' && path === '/user') {
      return { name: 'users.getAuthenticated', reply: (who: Identity) => userReply(who) }
    }
    const storage = STORAGE_ROUTE.pattern.exec(path)
    if (method === 'GET' && storage !== null) {
      const artifact = store
        .repo(storage[1]!, storage[2]!)
        .artifacts.find((a) => a.id === Number(storage[3]))
      const reply: Reply =
        artifact === undefined
          ? error(404, 'BlobNotFound')
          : { status: 200, raw: artifact.zip, headers: { 'content-type': 'application/zip' } }
      return { name: STORAGE_ROUTE.name, reply: () => reply }
    }
    for (const route of ROUTES) {
      const m = route.method === method ? route.pattern.exec(path) : null
      if (m === null) continue
      const [owner, repo, ...params] = m.slice(1).map((s) => decodeURIComponent(s))
      return {
        name: route.name,
        reply: (identity: Identity, body: unknown, url: URL, accept: string): Reply => {
          if (route.permission !== undefined && readOnly) {
            return error(403, 'Resource not accessible by integration', {
              'x-accepted-github-permissions': route.permission,
            })
          }
          const repoState = store.repo(owner!, repo!)
          const ctx = {
            store,
            repo: repoState,
            params,
            query: url.searchParams,
            body,
            baseUrl,
            path,
            identity,
            accept,
          }
          return route.handle(ctx)
        },
      }
    }
    return undefined
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      send(res, error(500, `fake GitHub bug: ${e instanceof Error ? e.message : String(e)}`))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url: baseUrl,
    requests,
    close: async () => {
      for (const t of timers) clearTimeout(t)
      server.closeAllConnections()
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve()
        })
      })
    },
    fail: (route, fault, times = 1) => {
      if (!isRoute(route)) throw new Error(`fake GitHub has no route '${route}'`)
      const queue = faults.get(route) ?? []
      for (let i = 0; i < times; i += 1) queue.push(fault)
      faults.set(route, queue)
    },
    before: (route, hook) => {
      if (!isRoute(route)) throw new Error(`fake GitHub has no route '${route}'`)
      hooks.set(route, [...(hooks.get(route) ?? []), hook])
    },
    setReadOnly: (value) => {
      readOnly = value
    },
    setIdentity: (token, identity) => {
      identities.set(token, identity)
    },
    ...stateAccessors(store),
  }
}

const ROUTE_NAMES = new Set([
  ...ROUTES.map((r) => r.name),
  'users.getAuthenticated',
  'graphql',
  STORAGE_ROUTE.name,
])
function isRoute(name: string): boolean {
  return ROUTE_NAMES.has(name)
}

function userReply(who: Identity): Reply {
  if (who.type === 'Bot') return error(403, 'Resource not accessible by integration')
  return { status: 200, json: { login: who.login, type: who.type, id: 1 } }
}
