/**
 * Not a test: measures a push run and a PR run of the built action against the loopback API
 * with GitHub's write pacing ON (as in a real run). Usage, after `npm run build`:
 *   node --import tsx test/e2e/measure-push.ts
 */
import { cpSync } from 'node:fs'
import { join } from 'node:path'
import { startGitHubServer } from '../support/github-server.js'
import { makeTempDir } from '../support/temp.js'
import { ROOT, runAction } from './run-dist.js'

const gh = await startGitHubServer()
const repository = { default_branch: 'main', name: 'ml', owner: { login: 'octo' } }
const env = (extra: Record<string, string>) => ({
  GITHUB_API_URL: gh.url,
  GITHUB_REPOSITORY: 'octo/ml',
  CARBON_GATE_PACE_WRITES: process.env.PACE ?? 'true',
  ...extra,
})
const ws = () => {
  const dir = makeTempDir('cg-measure-')
  cpSync(join(ROOT, 'examples/codecarbon'), join(dir, 'runs'), { recursive: true })
  return dir
}
async function push(sha: string, runId: number) {
  const from = gh.requests.length
  const t0 = performance.now()
  const ran = await runAction({
    inputs: { 'github-token': 'ghs_x' },
    workspace: ws(),
    eventName: 'push',
    event: { ref: 'refs/heads/main', before: '0'.repeat(40), after: sha, repository },
    env: env({ GITHUB_SHA: sha, GITHUB_RUN_ID: String(runId) }),
  })
  const ms = performance.now() - t0
  const reqs = gh.requests.slice(from)
  const writes = reqs.filter((r) => r.method !== 'GET' && r.route !== 'graphql')
  return { code: ran.code, ms, requests: reqs.length, writes: writes.map((r) => r.route) }
}
async function pr(number: number, base: string) {
  const from = gh.requests.length
  const t0 = performance.now()
  const ran = await runAction({
    inputs: { 'github-token': 'ghs_x' },
    workspace: ws(),
    eventName: 'pull_request',
    event: {
      number,
      pull_request: { number, base: { sha: base }, head: { sha: 'c'.repeat(40) } },
      repository,
    },
    env: env({ GITHUB_SHA: 'd'.repeat(40), GITHUB_REF: `refs/pull/${number}/merge` }),
  })
  const ms = performance.now() - t0
  return { code: ran.code, ms, routes: gh.requests.slice(from).map((r) => r.route) }
}
const first = await push('1'.repeat(40), 1)
console.log('first push (creates the ledger branch):', first)
for (let i = 2; i <= 4; i += 1) console.log(`push ${i}:`, await push(String(i).repeat(40), i))
console.log('PR run 1:', await pr(7, '4'.repeat(40)))
console.log('PR run 2:', await pr(7, '4'.repeat(40)))
await gh.close()
