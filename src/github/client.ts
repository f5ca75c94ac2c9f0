/**
 * The one GitHub client: Octokit with retry and throttling, a per-attempt timeout, and bounded waits.
 * The token lives here and nowhere else; nothing it logs carries it.
 *
 * Worst case per request with the defaults: 4 attempts × 10 s timeout + back-off 1 + 4 + 9 s = 54 s.
 * Rate limits wait at most `maxRetryAfterSeconds` per retry, and at most twice.
 */
import { Octokit } from '@octokit/rest'
import { retry } from '@octokit/plugin-retry'
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling'
import { proxyAwareFetch } from './proxy.js'

export interface GitHubLog {
  info(m: string): void
  warning(m: string): void
  debug(m: string): void
}

/** Octokit's REST client as configured by createGitHubClient. */
export type GitHubClient = Octokit

export interface GitHubClientOptions {
  readonly token: string
  /** The REST API root: GITHUB_API_URL (https://api.github.com, or https://HOST/api/v3 on GHES). */
  readonly baseUrl: string
  readonly log: GitHubLog
  /** Retries after a 5xx, a network error or a timeout (default 3). */
  readonly retries?: number
  /** Time allowed to one attempt, body included (default 10,000 ms). */
  readonly requestTimeoutMs?: number
  /** The longest `retry-after` honoured; a longer one fails the request (default 60 s). */
  readonly maxRetryAfterSeconds?: number
  /** Back-off unit: retry n waits n² units (default 1,000 ms). */
  readonly retryBaseMs?: number
  /** Pace writes as GitHub asks (1 s apart, 3 s for notifying ones; default true). Tests turn it off. */
  readonly paceWrites?: boolean
  /** The fetch to use; default: one that honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY when set. */
  readonly fetch?: typeof fetch
}

type Plugin = Parameters<typeof Octokit.plugin>[0]
interface AttemptOptions {
  readonly method: string
  readonly url: string
  readonly request?: object
}
type PacingGroup = NonNullable<Exclude<ThrottlingOptions, { enabled: false }>['write']>

/** Status codes the retry plugin must leave alone (429 and 403 limits are the throttler's). */
export const DO_NOT_RETRY: readonly number[] = [400, 401, 403, 404, 410, 422, 429, 451]
const RATE_LIMIT_RETRIES = 2

interface GuardSettings {
  readonly timeoutMs: number
  readonly maxRetryAfterSeconds: number
  readonly log: GitHubLog
}

export function createGitHubClient(opts: GitHubClientOptions): GitHubClient {
  const settings: GuardSettings = {
    timeoutMs: opts.requestTimeoutMs ?? 10_000,
    maxRetryAfterSeconds: opts.maxRetryAfterSeconds ?? 60,
    log: opts.log,
  }
  const mayWait = (what: string, after: number, method: string, url: string, count: number) => {
    const ok = count < RATE_LIMIT_RETRIES && after <= settings.maxRetryAfterSeconds
    opts.log.warning(
      `GitHub ${what} on ${method} ${url}: ${ok ? `retrying in ${after} s` : `giving up (retry-after ${after} s)`}`,
    )
    return ok
  }
  const Client = Octokit.plugin(guardAttempts(settings), retry, throttling)
  const unpaced =
    opts.paceWrites === false ? { write: immediate(), notifications: immediate() } : {}
  const fetchImpl = opts.fetch ?? proxyAwareFetch()
  return new Client({
    ...(fetchImpl === undefined ? {} : { request: { fetch: fetchImpl } }),
    auth: opts.token,
    baseUrl: opts.baseUrl.replace(/\/+$/, ''),
    userAgent: 'carbon-gate',
    log: {
      debug: (m: string) => {
        opts.log.debug(m)
      },
      info: (m: string) => {
        opts.log.debug(m)
      },
      warn: (m: string) => {
        opts.log.warning(m)
      },
      error: (m: string) => {
        opts.log.debug(m)
      },
    },
    retry: {
      doNotRetry: [...DO_NOT_RETRY],
      retries: opts.retries ?? 3,
      retryAfterBaseValue: opts.retryBaseMs ?? 1000,
    },
    throttle: {
      ...unpaced,
      onRateLimit: (after, o, _k, count) => mayWait('rate limit', after, o.method, o.url, count),
      onSecondaryRateLimit: (after, o, _k, count) =>
        mayWait('secondary rate limit', after, o.method, o.url, count),
    },
  })
}

/** A stand-in for the throttler's pacing groups that lets every write start at once. */
function immediate(): PacingGroup {
  const limiter = {
    schedule: (...args: readonly unknown[]): Promise<unknown> => {
      const [first, ...rest] = args
      const [fn, ...fnArgs] = typeof first === 'function' ? [first, ...rest] : rest
      return Promise.resolve((fn as (...a: readonly unknown[]) => unknown)(...fnArgs))
    },
  }
  return { key: () => limiter } as unknown as PacingGroup
}

/**
 * The innermost hook: each attempt gets its own timeout (a hung server cannot hang the gate),
 * and a plain 429 (one the throttler does not recognise) honours its `retry-after` up to the bound.
 */
function guardAttempts(settings: GuardSettings): Plugin {
  // The caller's own signal, kept apart from the per-attempt ones put on the same options object.
  const callerSignals = new WeakMap<object, AbortSignal | undefined>()
  return (octokit) => {
    octokit.hook.wrap('request', async (request, options) => {
      const own = options.request as { timeoutMs?: unknown; signal?: AbortSignal } | undefined
      const timeoutMs = typeof own?.timeoutMs === 'number' ? own.timeoutMs : settings.timeoutMs
      if (!callerSignals.has(options)) callerSignals.set(options, own?.signal)
      const outer = callerSignals.get(options)
      for (let tooMany = 0; ; tooMany += 1) {
        const timeout = AbortSignal.timeout(timeoutMs)
        const signal = outer ? AbortSignal.any([outer, timeout]) : timeout
        // Hooks share one options object (inner hooks ignore arguments): replace, never mutate,
        // `request`, which may be Octokit's shared defaults.
        options.request = { ...options.request, signal }
        try {
          const response = await request(options)
          if (timeout.aborted) throw timeoutError(options, timeoutMs)
          return response
        } catch (e) {
          if (timeout.aborted && !(outer?.aborted ?? false)) throw timeoutError(options, timeoutMs)
          const after = plainTooManyRequests(e)
          if (after === undefined || tooMany >= RATE_LIMIT_RETRIES) throw e
          const ok = after <= settings.maxRetryAfterSeconds
          settings.log.warning(
            `GitHub answered 429 to ${options.method} ${options.url}: ${ok ? `retrying in ${after} s` : `giving up (retry-after ${after} s)`}`,
          )
          if (!ok) throw e
          await sleep(after * 1000)
        }
      }
    })
  }
}

/** An error the retry plugin treats like a 5xx (it retries it), with a message that says what happened. */
function timeoutError(options: AttemptOptions, timeoutMs: number): Error {
  return Object.assign(new Error(`no answer within ${timeoutMs} ms`), {
    status: 500,
    request: { method: options.method, url: options.url, headers: {}, request: options.request },
  })
}

/** Seconds to wait for a 429 that is neither a primary nor a secondary rate limit; else undefined. */
function plainTooManyRequests(e: unknown): number | undefined {
  if (typeof e !== 'object' || e === null) return undefined
  const err = e as { status?: unknown; message?: unknown; response?: { headers?: unknown } }
  if (err.status !== 429) return undefined
  const headers = (err.response?.headers ?? {}) as Readonly<Record<string, unknown>>
  if (headers['x-ratelimit-remaining'] === '0') return undefined
  if (typeof err.message === 'string' && /secondary rate/i.test(err.message)) return undefined
  return retryAfterSeconds(headers['retry-after'])
}

/** `retry-after` as seconds (a number or an HTTP date); 60 when absent, as GitHub advises. */
export function retryAfterSeconds(value: unknown, now = Date.now()): number {
  if (typeof value !== 'string' || value.trim() === '') return 60
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds))
  const at = Date.parse(value)
  return Number.isNaN(at) ? 60 : Math.max(0, Math.ceil((at - now) / 1000))
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
