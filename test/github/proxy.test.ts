/**
 * Which requests the GitHub client sends through a proxy (the toolkit's rules) and that it does:
 * a client made while HTTPS_PROXY / HTTP_PROXY are set tunnels through the proxy, and NO_PROXY
 * hosts are reached directly. (This file's process owns its environment: node --test runs each
 * test file in a process of its own.)
 */
import assert from 'node:assert/strict'
import { after, afterEach, before, test } from 'node:test'
import { createGitHubClient } from '../../src/github/client.js'
import { proxyAwareFetch, proxyFor } from '../../src/github/proxy.js'
import { type ConnectProxy, startConnectProxy } from '../support/connect-proxy.js'
import { type FakeGitHub, startGitHubServer } from '../support/github-server.js'

const VARS = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy']
const saved = Object.fromEntries(VARS.map((v) => [v, process.env[v]]))
function setEnv(values: Record<string, string>): void {
  for (const v of VARS) Reflect.deleteProperty(process.env, v)
  Object.assign(process.env, values)
}
afterEach(() => {
  setEnv(Object.fromEntries(Object.entries(saved).filter(([, v]) => v !== undefined)) as never)
})

const quiet = { info: () => undefined, warning: () => undefined, debug: () => undefined }

test('the toolkit rules: scheme picks the variable; NO_PROXY and loopback go direct', () => {
  setEnv({ HTTPS_PROXY: 'http://proxy.corp:3128', HTTP_PROXY: 'http://plain.corp:8080' })
  assert.equal(proxyFor(new URL('https://api.github.com/x'))?.host, 'proxy.corp:3128')
  assert.equal(proxyFor(new URL('http://ghes.corp/api/v3'))?.host, 'plain.corp:8080')
  assert.equal(proxyFor(new URL('http://127.0.0.1:9/')), undefined)
  assert.equal(proxyFor(new URL('https://localhost/')), undefined)
  setEnv({ HTTPS_PROXY: 'http://proxy.corp:3128', NO_PROXY: 'ghes.corp, .internal,api.x:8443' })
  assert.equal(proxyFor(new URL('https://ghes.corp/api/v3')), undefined)
  assert.equal(proxyFor(new URL('https://sub.ghes.corp/')), undefined)
  assert.equal(proxyFor(new URL('https://a.internal/')), undefined)
  assert.equal(proxyFor(new URL('https://api.x:8443/')), undefined)
  assert.equal(proxyFor(new URL('https://api.x/'))?.host, 'proxy.corp:3128')
  setEnv({ HTTPS_PROXY: 'http://proxy.corp:3128', NO_PROXY: '*' })
  assert.equal(proxyFor(new URL('https://api.github.com/')), undefined)
})

test('no proxy variable: Octokit keeps its own fetch', () => {
  setEnv({})
  assert.equal(proxyAwareFetch(), undefined)
})

let gh: FakeGitHub
let proxy: ConnectProxy
before(async () => {
  gh = await startGitHubServer()
  // Tunnels to `github.proxied.test:80` reach the loopback API; the name does not resolve here.
  proxy = await startConnectProxy({ 'github.proxied.test:80': Number(new URL(gh.url).port) })
})
after(async () => {
  await proxy.close()
  await gh.close()
})

test('HTTP_PROXY: a call to a host that resolves only through the proxy is tunnelled', async () => {
  setEnv({ HTTP_PROXY: proxy.url })
  const client = createGitHubClient({
    token: 'ghs_test',
    baseUrl: 'http://github.proxied.test',
    log: quiet,
    retries: 0,
  })
  const { data } = await client.rest.issues.createComment({
    owner: 'o',
    repo: 'r',
    issue_number: 3,
    body: 'hello',
  })
  assert.equal(data.body, 'hello')
  assert.deepEqual(proxy.tunnels, ['github.proxied.test:80'])
  assert.equal(gh.comments('o', 'r', 3).length, 1)
})

test('NO_PROXY covering the API host: the proxy is bypassed', async () => {
  const before = proxy.tunnels.length
  setEnv({ HTTP_PROXY: proxy.url, NO_PROXY: 'proxied.test' })
  const client = createGitHubClient({
    token: 'ghs_test',
    baseUrl: 'http://github.proxied.test',
    log: quiet,
    retries: 0,
    requestTimeoutMs: 5000,
  })
  // Reached directly, the name does not resolve: the call fails, and the proxy saw nothing.
  await assert.rejects(
    client.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 4, body: 'x' }),
  )
  assert.equal(proxy.tunnels.length, before)
  assert.equal(gh.comments('o', 'r', 4).length, 0)
})
