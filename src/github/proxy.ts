/**
 * Proxy-aware HTTP for every GitHub call: self-hosted runners often reach GitHub only through a
 * proxy named in HTTPS_PROXY / HTTP_PROXY, with NO_PROXY listing hosts reached directly.
 *
 * Which requests go through which proxy is decided per origin, by the Actions toolkit's own rules
 * (`@actions/http-client`, as the runner and every toolkit-based action read them: loopback hosts
 * and NO_PROXY entries — `*`, `host`, `host:port`, `.suffix` — are reached directly). Redirects
 * (the artifact download's hop to storage) are decided again for their own origin.
 */
import { getProxyUrl } from '@actions/http-client/lib/proxy'
import { Agent, Dispatcher, ProxyAgent, type RequestInit, fetch as undiciFetch } from 'undici'

/** The proxy a request to `url` goes through, or undefined when it goes directly. */
export function proxyFor(url: URL): URL | undefined {
  return getProxyUrl(url)
}

/** Is any proxy configured in the environment (the variables the toolkit reads)? */
function hasProxyEnv(): boolean {
  return ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'].some(
    (name) => (process.env[name] ?? '') !== '',
  )
}

/** Routes each request to the proxy its origin needs (one agent per proxy), else directly. */
class ProxyRouter extends Dispatcher {
  private readonly direct = new Agent()
  private readonly proxies = new Map<string, ProxyAgent>()

  override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandlers) {
    const origin = typeof options.origin === 'string' ? options.origin : options.origin?.href
    const proxy = origin === undefined ? undefined : proxyFor(new URL(origin))
    return this.agentFor(proxy).dispatch(options, handler)
  }

  private agentFor(proxy: URL | undefined): Dispatcher {
    if (proxy === undefined) return this.direct
    const key = proxy.href
    let agent = this.proxies.get(key)
    if (agent === undefined) {
      agent = new ProxyAgent({ uri: key })
      this.proxies.set(key, agent)
    }
    return agent
  }

  override async close(): Promise<void> {
    await Promise.all([this.direct.close(), ...[...this.proxies.values()].map((a) => a.close())])
  }

  override async destroy(): Promise<void> {
    await Promise.all([
      this.direct.destroy(),
      ...[...this.proxies.values()].map((a) => a.destroy()),
    ])
  }
}

/**
 * A fetch for Octokit that honours the proxy variables, or undefined when none is set (then
 * Octokit keeps Node's own fetch).
 */
export function proxyAwareFetch(): typeof fetch | undefined {
  if (!hasProxyEnv()) return undefined
  const dispatcher = new ProxyRouter()
  // Octokit calls fetch(url, init) with a string URL and a plain init object.
  const proxied = (input: string | URL, init?: RequestInit) =>
    undiciFetch(input, { ...init, dispatcher })
  return proxied as unknown as typeof fetch
}
