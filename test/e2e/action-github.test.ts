/**
 * The built action (dist/index.js) against a GitHub REST API on loopback, as the runner runs it:
 * sticky comments, the ledger and badge, baselines, concurrent pushes, read-only tokens and the
 * fork-safe workflow_run mode.
 */
import assert from 'node:assert/strict'
import { cpSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { zipSync } from 'fflate'
import type { Report } from '../../src/core/types.js'
import { type FakeGitHub, startGitHubServer } from '../support/github-server.js'
import { makeTempDir } from '../support/temp.js'
import { ROOT, runAction } from './run-dist.js'

const OWNER = 'octo'
const REPO = 'ml'
const BASE_SHA = 'b'.repeat(40)
const HEAD_SHA = 'c'.repeat(40)

let gh: FakeGitHub
before(async () => {
  gh = await startGitHubServer()
})
after(async () => {
  await gh.close()
})

function workspace(): string {
  const ws = makeTempDir('cg-gh-')
  cpSync(join(ROOT, 'examples/codecarbon'), join(ws, 'runs'), { recursive: true })
  return ws
}

function env(extra: Record<string, string> = {}): Record<string, string> {
  return { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: `${OWNER}/${REPO}`, ...extra }
}

function prEvent(number: number, baseSha = BASE_SHA, headSha = HEAD_SHA) {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      base: { sha: baseSha, ref: 'main' },
      head: { sha: headSha, ref: 'feature' },
    },
    repository: { default_branch: 'main', name: REPO, owner: { login: OWNER } },
  }
}

function pushEvent(sha: string) {
  return {
    ref: 'refs/heads/main',
    before: '0'.repeat(40),
    after: sha,
    repository: { default_branch: 'main', name: REPO, owner: { login: OWNER } },
  }
}

async function runPr(number: number, inputs: Record<string, string> = {}, baseSha = BASE_SHA) {
  return runAction({
    inputs: { 'github-token': 'ghs_test', budget: '25kg', ...inputs },
    workspace: workspace(),
    event: prEvent(number, baseSha),
    eventName: 'pull_request',
    env: env({ GITHUB_REF: `refs/pull/${number}/merge`, GITHUB_SHA: 'd'.repeat(40) }),
  })
}

async function runPush(sha: string, runId: number, inputs: Record<string, string> = {}) {
  return runAction({
    inputs: { 'github-token': 'ghs_test', budget: '25kg', ...inputs },
    workspace: workspace(),
    event: pushEvent(sha),
    eventName: 'push',
    env: env({ GITHUB_SHA: sha, GITHUB_RUN_ID: String(runId), GITHUB_REF: 'refs/heads/main' }),
  })
}

test('a PR run twice: exactly one comment, edited in place; first adoption says no baseline yet', async () => {
  const first = await runPr(11)
  assert.equal(first.code, 0, first.stdout + first.stderr)
  assert.match(first.outputs['comment-url'] ?? '', /\/issues\/11#issuecomment-\d+|issuecomment/)
  // A later push to the PR: another run, other figures (a tighter budget).
  const second = await runPr(11, { budget: '20kg' })
  assert.equal(second.code, 0, second.stdout)
  const comments = gh.comments(OWNER, REPO, 11)
  assert.equal(comments.length, 1)
  assert.match(comments[0]!.body, /^<!-- carbon-gate:default -->/) // the series, no key set
  assert.match(comments[0]!.body, /no baseline yet/i)
  const edits = gh.requests.filter(
    (r) => r.route === 'issues.updateComment' && r.path.includes(String(comments[0]!.id)),
  )
  assert.equal(edits.length, 1, 'the second run edits the comment')
  assert.match(comments[0]!.body, /20\.0\skg/)
  assert.equal(
    gh.requests.filter((r) => r.route === 'issues.createComment' && r.path.includes('/issues/11/'))
      .length,
    1,
  )
  assert.equal(second.outputs['comment-url'], first.outputs['comment-url'])
  assert.ok(
    gh.requests.every((r) => r.authorization === 'token ghs_test'),
    'the token is sent only to GITHUB_API_URL',
  )
})

test('a push to the default branch creates the ledger branch with the record and the badge', async () => {
  const sha = '1'.repeat(40)
  const ran = await runPush(sha, 101)
  assert.equal(ran.code, 0, ran.stdout)
  const files = gh.branchFiles(OWNER, REPO, 'carbon-ledger')
  assert.ok(files, 'ledger branch exists')
  const month = new Date().toISOString().slice(0, 7)
  const ledger = JSON.parse(files[`ledger/${month}.json`]!) as {
    records: { sha: string; totals: { totalKg: number } }[]
  }
  assert.equal(ledger.records.length, 1)
  assert.equal(ledger.records[0]!.sha, sha)
  assert.ok(
    Math.abs(ledger.records[0]!.totals.totalKg - Number(ran.outputs['total-kg'])) /
      ledger.records[0]!.totals.totalKg <
      1e-5,
  )
  assert.match(files['ledger/badge.svg']!, /^<svg/)
  const endpoint = JSON.parse(files['ledger/badge.json']!) as Record<string, unknown>
  assert.deepEqual(Object.keys(endpoint).sort(), ['color', 'label', 'message', 'schemaVersion'])
  assert.equal(
    ran.outputs['badge-url'],
    `https://raw.githubusercontent.com/${OWNER}/${REPO}/carbon-ledger/ledger/badge.svg`,
  )
  assert.ok(gh.commits(OWNER, REPO, 'carbon-ledger').length >= 1)
})

test('a later PR compares with the record of its base commit', async () => {
  const baseSha = '2'.repeat(40)
  const push = await runPush(baseSha, 102)
  assert.equal(push.code, 0, push.stdout)
  const pr = await runPr(12, {}, baseSha)
  assert.equal(pr.code, 0, pr.stdout)
  assert.equal(pr.outputs['delta-percent'], '0')
  const report = JSON.parse(readFileSync(pr.outputs['report-path']!, 'utf8')) as Report
  assert.equal(report.baseline?.sha, baseSha)
  const body = gh.comments(OWNER, REPO, 12)[0]!.body
  assert.doesNotMatch(body, /no baseline yet/i)
  assert.match(body, /222222/)
})

test('two pushes at once: both records land, nothing is force-pushed', async () => {
  const month = new Date().toISOString().slice(0, 7)
  const before = (
    JSON.parse(gh.branchFiles(OWNER, REPO, 'carbon-ledger')![`ledger/${month}.json`]!) as {
      records: unknown[]
    }
  ).records.length
  const [a, b] = await Promise.all([runPush('3'.repeat(40), 103), runPush('4'.repeat(40), 104)])
  assert.equal(a.code, 0, a.stdout)
  assert.equal(b.code, 0, b.stdout)
  const records = (
    JSON.parse(gh.branchFiles(OWNER, REPO, 'carbon-ledger')![`ledger/${month}.json`]!) as {
      records: { sha: string }[]
    }
  ).records
  assert.equal(records.length, before + 2)
  assert.ok(records.some((r) => r.sha === '3'.repeat(40)))
  assert.ok(records.some((r) => r.sha === '4'.repeat(40)))
  const forced = gh.requests.filter(
    (r) =>
      r.route === 'git.updateRef' && (r.body as { force?: boolean } | undefined)?.force === true,
  )
  assert.equal(forced.length, 0)
})

test('a read-only token (fork PR): a warning that explains workflow_run; summary and outputs still written', async () => {
  gh.setReadOnly(true)
  try {
    const ran = await runPr(13)
    assert.equal(ran.code, 0, ran.stdout)
    assert.match(ran.stdout, /::warning::.*workflow_run/)
    assert.equal(ran.outputs.verdict, 'pass')
    assert.equal(ran.outputs['comment-url'], '')
    assert.ok(ran.summary.length > 100)
    assert.equal(gh.comments(OWNER, REPO, 13).length, 0)
  } finally {
    gh.setReadOnly(false)
  }
})

test('over budget on a PR: the comment is still posted and the step fails', async () => {
  const ran = await runPr(14, { budget: '1g' })
  assert.equal(ran.code, 1)
  assert.equal(ran.outputs.verdict, 'fail')
  assert.match(gh.comments(OWNER, REPO, 14)[0]!.body, /Fail/)
})

test('fork-safe mode: run-id downloads the artifacts of another run and comments on the fork PR', async () => {
  const csv = readFileSync(join(ROOT, 'examples/codecarbon/v3.2-gpu-finetune/emissions.csv'))
  gh.addArtifact(
    OWNER,
    REPO,
    555,
    'carbon-leg-1',
    zipSync({ 'leg1/emissions.csv': new Uint8Array(csv) }),
  )
  gh.addArtifact(
    OWNER,
    REPO,
    555,
    'carbon-leg-2',
    zipSync({ 'emissions.csv': new Uint8Array(csv) }),
  )
  gh.addArtifact(
    OWNER,
    REPO,
    555,
    'unrelated',
    zipSync({ 'notes.txt': new TextEncoder().encode('hi') }),
  )
  const forkHead = 'e'.repeat(40)
  gh.addPullRequest(OWNER, REPO, {
    number: 15,
    headSha: forkHead,
    headRef: 'feature',
    fromFork: true,
  })
  const ran = await runAction({
    inputs: { 'github-token': 'ghs_test', 'run-id': '555', 'artifact-name': 'carbon-*' },
    workspace: makeTempDir('cg-wr-'),
    eventName: 'workflow_run',
    event: {
      action: 'completed',
      workflow_run: {
        id: 555,
        head_sha: forkHead,
        head_branch: 'feature',
        event: 'pull_request',
        pull_requests: [],
      },
      repository: { default_branch: 'main', name: REPO, owner: { login: OWNER } },
    },
    env: env(),
  })
  assert.equal(ran.code, 0, ran.stdout + ran.stderr)
  const report = JSON.parse(readFileSync(ran.outputs['report-path']!, 'utf8')) as Report
  assert.equal(report.jobs.length, 2, 'both matrix legs are read')
  assert.equal(gh.comments(OWNER, REPO, 15).length, 1)
})
