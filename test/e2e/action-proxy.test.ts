/**
 * The built action behind a proxy, as on a self-hosted runner whose only way to GitHub is an
 * HTTPS_PROXY: the API host (`api.github.test`) does not resolve here, so the comment and the
 * ledger can land only through the loopback CONNECT proxy, over TLS to the loopback API.
 */
import assert from 'node:assert/strict'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { type ConnectProxy, startConnectProxy } from '../support/connect-proxy.js'
import { type FakeGitHub, startGitHubServer } from '../support/github-server.js'
import { hasOpenSsl, startTlsFront, type TlsFront } from '../support/tls-front.js'
import { ROOT, runAction } from './run-dist.js'

const HOST = 'api.github.test'
const OWNER = 'octo'
const REPO = 'ml'
const skip = hasOpenSsl() ? false : 'openssl is not installed: no certificate for the TLS front'

let gh: FakeGitHub
let front: TlsFront
let proxy: ConnectProxy
let dir: string
before(async () => {
  if (skip !== false) return
  dir = mkdtempSync(join(tmpdir(), 'cg-proxy-'))
  gh = await startGitHubServer()
  front = await startTlsFront(HOST, Number(new URL(gh.url).port), dir)
  proxy = await startConnectProxy({ [`${HOST}:443`]: front.port })
})
after(async () => {
  if (skip !== false) return
  await proxy.close()
  await front.close()
  await gh.close()
  rmSync(dir, { recursive: true, force: true })
})

const repository = { default_branch: 'main', name: REPO, owner: { login: OWNER } }

function run(eventName: string, event: object, env: Record<string, string>) {
  const ws = mkdtempSync(join(dir, 'ws-'))
  cpSync(join(ROOT, 'examples/codecarbon'), join(ws, 'runs'), { recursive: true })
  return runAction({
    inputs: { 'github-token': 'ghs_test', budget: '25kg' },
    workspace: ws,
    event,
    eventName,
    env: {
      GITHUB_API_URL: `https://${HOST}`,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      NODE_EXTRA_CA_CERTS: front.caFile,
      ...env,
    },
  })
}

test('through HTTPS_PROXY: the PR comment lands, every call tunnelled', { skip }, async () => {
  const ran = await run(
    'pull_request',
    {
      number: 5,
      pull_request: { number: 5, base: { sha: 'b'.repeat(40) }, head: { sha: 'c'.repeat(40) } },
      repository,
    },
    { HTTPS_PROXY: proxy.url, GITHUB_REF: 'refs/pull/5/merge' },
  )
  assert.equal(ran.code, 0, ran.stdout + ran.stderr)
  assert.equal(gh.comments(OWNER, REPO, 5).length, 1, ran.stdout)
  assert.match(ran.outputs['comment-url'] ?? '', /issuecomment/)
  assert.ok(proxy.tunnels.length > 0 && proxy.tunnels.every((t) => t === `${HOST}:443`))
  assert.deepEqual(proxy.refused, [])
})

test(
  'through https_proxy (lower case): the push writes the ledger and the badge',
  { skip },
  async () => {
    const before = proxy.tunnels.length
    const sha = '1'.repeat(40)
    const ran = await run(
      'push',
      { ref: 'refs/heads/main', before: '0'.repeat(40), after: sha, repository },
      { https_proxy: proxy.url, GITHUB_SHA: sha, GITHUB_REF: 'refs/heads/main' },
    )
    assert.equal(ran.code, 0, ran.stdout + ran.stderr)
    const files = gh.branchFiles(OWNER, REPO, 'carbon-ledger')
    assert.ok(files?.['ledger/badge.svg'], ran.stdout)
    assert.ok(proxy.tunnels.length > before)
  },
)
