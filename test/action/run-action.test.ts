/**
 * The action shell in-process: a fake ActionIo (inputs, outputs, log, summary, exit code in
 * memory), real files in a temporary workspace, and Octokit over real HTTP to the loopback GitHub
 * API. The dist/ end-to-end tests (test/e2e) run the same through the bundle as smoke tests.
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { runAction } from '../../src/action/run-action.js'
import type { Report } from '../../src/core/types.js'
import { defaultCommentKey } from '../../src/core/comment-key.js'
import { type LedgerRecord, serializeLedgerFile } from '../../src/github/ledger.js'
import type { RunContext } from '../../src/run/run-context.js'
import { type FakeGitHub, startGitHubServer } from '../support/github-server.js'
import { ledgerRecord } from '../support/github-server-fixtures.js'
import {
  BASE_SHA,
  HEAD_SHA,
  OWNER,
  REPO,
  pullRequestContext,
  pushContext,
  workflowRunContext,
} from '../run/contexts.js'
import { type FakeOptions, type FakeRun, fakeActionIo } from './fake-io.js'

const ROOT = join(import.meta.dirname, '../..')
const NOW = new Date('2026-03-15T12:00:00Z')
const workspaces: string[] = []

function workspace(example = 'examples/codecarbon'): string {
  const ws = mkdtempSync(join(tmpdir(), 'cg-action-'))
  workspaces.push(ws)
  cpSync(join(ROOT, example), join(ws, 'runs'), { recursive: true })
  return ws
}

async function run(
  options: Partial<FakeOptions> & { inputs?: Record<string, string> },
): Promise<FakeRun> {
  const ws = options.workspace ?? workspace()
  const fake = fakeActionIo({
    now: () => NOW,
    runnerTemp: join(ws, '.tmp'),
    ...options,
    workspace: ws,
  })
  await runAction(fake.io)
  return fake
}

function readReport(fake: FakeRun): Report {
  return JSON.parse(readFileSync(fake.outputs['report-path']!, 'utf8')) as Report
}

const offline = { 'github-token': '', comment: 'false', ledger: 'off' }

after(() => {
  for (const ws of workspaces) rmSync(ws, { recursive: true, force: true })
})

describe('runAction offline', () => {
  it('writes the report, the summary and every output; the closing line is the comment’s reason', async () => {
    const ws = workspace('examples/generic')
    // BLOOM's range is 14.7–85.5 t: a 60 t budget would lie within it (a warning by default).
    const fake = await run({ workspace: ws, inputs: { ...offline, budget: '100t' } })
    assert.equal(fake.exitCode, undefined)
    assert.equal(fake.outputs.verdict, 'pass')
    assert.ok(Math.abs(Number(fake.outputs['total-kg']) - 50532) / 50532 < 0.005)
    assert.ok(Number(fake.outputs['total-kg-low']) < 50532)
    assert.ok(Number(fake.outputs['total-kg-high']) > 50532)
    assert.equal(fake.outputs['delta-percent'], '')
    assert.equal(fake.outputs['comment-url'], '')
    assert.equal(fake.outputs['badge-url'], '')
    assert.equal(readReport(fake).jobs.length, 1)
    assert.equal(fake.summary.length, 1)
    assert.match(fake.summary[0]!, /bloom-176b-training/)
    assert.ok(
      fake.log.includes(
        'info: carbon-gate: pass: 51 % of the 100 t run budget, below the budget even at the high end; total 50.5 t (14.7–85.5) CO2e',
      ),
    )
    assert.deepEqual(fake.tokens, [], 'no GitHub without a token')
  })

  it('over budget: exit 1 with the failure line; a bad input: exit 2, outputs and summary still written', async () => {
    const over = await run({
      workspace: workspace('examples/generic'),
      inputs: { ...offline, budget: '25kg' },
    })
    assert.equal(over.exitCode, 1)
    assert.ok(
      over.log.some((l) =>
        l.startsWith('failed: carbon-gate: over budget: over the 25.0 kg run budget'),
      ),
    )
    const bad = await run({
      workspace: workspace('examples/generic'),
      inputs: { ...offline, budget: '-1kg' },
    })
    assert.equal(bad.exitCode, 2)
    assert.deepEqual(
      bad.log.filter((l) => l.startsWith('error: ') || l.startsWith('failed: ')),
      [`error: input 'budget': "-1kg" is negative: a budget must be more than 0`],
    )
    assert.equal(bad.outputs.verdict, 'fail')
    assert.ok(Number(bad.outputs['total-kg']) > 50000, 'the artifacts are still read')
    assert.equal(bad.summary.length, 1)
  })

  it('a bug is one line and exit 2, the stack only in the debug log', async () => {
    const fake = await run({ inputs: { 'github-token': 'ghs_x' } })
    assert.equal(fake.exitCode, 2)
    assert.deepEqual(
      fake.log.filter((l) => l.startsWith('error: ')),
      ['error: carbon-gate: unexpected error: no GitHub in this test (please report it)'],
    )
    assert.ok(fake.log.some((l) => l.startsWith('debug: Error: no GitHub in this test')))
    assert.deepEqual(fake.secrets, ['ghs_x'], 'the token is masked first')
  })

  it('run-id without a token: an error naming the input, exit 2', async () => {
    const fake = await run({ inputs: { ...offline, 'run-id': '555' } })
    assert.equal(fake.exitCode, 2)
    assert.ok(
      fake.log.includes(
        "error: input 'run-id': needs a github-token to download the run's artifacts",
      ),
    )
  })
})

describe('runAction against the loopback API', () => {
  let gh: FakeGitHub
  before(async () => {
    gh = await startGitHubServer()
  })
  after(async () => {
    await gh.close()
  })

  const online = (context: RunContext, inputs: Record<string, string> = {}, ws?: string) =>
    run({
      inputs: { 'github-token': 'ghs_test', budget: '25kg', ...inputs },
      github: { context, server: gh },
      ...(ws !== undefined ? { workspace: ws } : {}),
    })

  function seedLedger(records: readonly LedgerRecord[]): void {
    gh.commitFiles(OWNER, REPO, 'carbon-ledger', {
      'ledger/2026-03.json': serializeLedgerFile(records),
    })
  }

  it('a comment key with : and / posts exactly one sticky comment, edited in place', async () => {
    const inputs = { 'comment-key': 'model/gpt2:small' }
    const first = await online(pullRequestContext(31), inputs)
    const second = await online(pullRequestContext(31), { ...inputs, budget: '20kg' })
    assert.equal(first.exitCode, undefined, first.log.join('\n'))
    const comments = gh.comments(OWNER, REPO, 31)
    assert.equal(comments.length, 1)
    assert.ok(comments[0]!.body.startsWith('<!-- carbon-gate:model/gpt2:small -->\n'))
    assert.match(comments[0]!.body, /20\.0\skg/)
    assert.equal(second.outputs['comment-url'], first.outputs['comment-url'])
    assert.notEqual(first.outputs['comment-url'], '')
  })

  it('a 120-character workflow + job name: its legacy comment is taken over, one comment left', async () => {
    const names = {
      workflow: `Nightly evaluation ${'w'.repeat(42)}`,
      job: `shard ${'j'.repeat(52)}`,
    }
    assert.equal(`${names.workflow}-${names.job}`.length, 120)
    // The comment an earlier version posted under the key made from workflow and job.
    const legacy = defaultCommentKey(names.workflow, names.job)
    assert.equal(legacy.length, 80)
    const old = gh.addComment(OWNER, REPO, 32, `<!-- carbon-gate:${legacy} -->\nold`)
    await online(pullRequestContext(32, names))
    const again = await online(pullRequestContext(32, names))
    assert.equal(again.exitCode, undefined, again.log.join('\n'))
    const comments = gh.comments(OWNER, REPO, 32)
    assert.equal(comments.length, 1)
    assert.equal(comments[0]!.id, old, 'edited in place, under the new marker')
    assert.ok(comments[0]!.body.startsWith('<!-- carbon-gate:default -->\n'))
  })

  it('workflow_run after a PR: the baseline is the record of the PR base, not the latest one', async () => {
    const key = 'train-gate'
    seedLedger([
      ledgerRecord({
        runId: 1,
        id: `1-1-${key}`,
        sha: BASE_SHA,
        kg: 5,
        date: '2026-03-10T00:00:00.000Z',
      }),
      ledgerRecord({
        runId: 2,
        id: `2-1-${key}`,
        sha: 'f'.repeat(40),
        kg: 7,
        date: '2026-03-12T00:00:00.000Z',
      }),
    ])
    const fake = await online(workflowRunContext('pull_request'))
    const report = readReport(fake)
    assert.equal(report.baseline?.sha, BASE_SHA)
    assert.equal(report.baseline?.totalKg, 5)
    assert.equal(gh.comments(OWNER, REPO, 7).length, 1)
    // A fork's PR: not named by the event, found by its head commit, with its base.
    gh.addPullRequest(OWNER, REPO, {
      number: 15,
      headSha: HEAD_SHA,
      headRef: 'feature',
      baseSha: BASE_SHA,
      fromFork: true,
    })
    const fork = await online(workflowRunContext('fork_pull_request'))
    assert.equal(readReport(fork).baseline?.sha, BASE_SHA)
    assert.equal(gh.comments(OWNER, REPO, 15).length, 1)
  })

  it('a ledger with records of other series only: the comment says so and names them', async () => {
    seedLedger([
      ledgerRecord({
        runId: 40,
        id: '40-1-inference',
        series: 'inference',
        sha: BASE_SHA,
        kg: 5,
        date: '2026-03-10T00:00:00.000Z',
      }),
    ])
    const fake = await online(pullRequestContext(41))
    assert.equal(readReport(fake).baseline, null)
    const body = gh.comments(OWNER, REPO, 41)[0]!.body
    assert.match(body, /none of series default; it found inference\./)
    assert.doesNotMatch(body, /first adoption/)
    // The series named: the records compare, base commit named.
    const named = await online(pullRequestContext(42), { series: 'inference' })
    assert.equal(readReport(named).baseline?.sha, BASE_SHA)
    assert.match(gh.comments(OWNER, REPO, 42)[0]!.body, /Comparing base `bbbbbbb` → head `/)
  })

  it("the fork guard: a fork's push to a branch named main never writes the ledger", async () => {
    const before = gh.commits(OWNER, REPO, 'carbon-ledger').length
    const fork = await online(workflowRunContext('fork_push', { headSha: '9'.repeat(40) }))
    assert.equal(fork.exitCode, undefined, fork.log.join('\n'))
    assert.equal(fork.outputs['badge-url'], '')
    assert.equal(gh.commits(OWNER, REPO, 'carbon-ledger').length, before)
    const own = await online(workflowRunContext('push', { headSha: '8'.repeat(40) }))
    assert.equal(gh.commits(OWNER, REPO, 'carbon-ledger').length, before + 1)
    assert.match(own.outputs['badge-url']!, /carbon-ledger\/ledger\/badge\.svg$/)
  })

  it('budget-used and the comment’s bar agree for a growth limit met by a decrease', async () => {
    const offlineRun = await run({ inputs: { ...offline } })
    const totalKg = Number(offlineRun.outputs['total-kg'])
    seedLedger([
      ledgerRecord({
        runId: 3,
        id: '3-1-train-gate',
        sha: 'a'.repeat(40),
        kg: totalKg / 0.8,
        date: '2026-03-14T00:00:00.000Z',
      }),
    ])
    const fake = await online(pullRequestContext(33, { baseSha: 'a'.repeat(40) }), {
      budget: '',
      'max-increase': '10%',
    })
    assert.equal(fake.outputs['delta-percent'], '-20')
    assert.equal(fake.outputs['budget-used'], '0')
    const body = gh.comments(OWNER, REPO, 33)[0]!.body
    assert.match(
      body,
      /\| Increase vs\. baseline \| \+10\.0\s% \| -20\.0\s% \| ░{10} 0\s% \| ✅ within \|/,
    )
  })

  it('a push records the run; a PR on it then compares with it', async () => {
    const sha = '2'.repeat(40)
    const push = await online(pushContext({ sha, runId: 202 }))
    assert.equal(push.exitCode, undefined, push.log.join('\n'))
    assert.ok(
      push.log.some((l) => l.startsWith('info: Recorded this run in the ledger (carbon-ledger @ ')),
    )
    const pr = await online(pullRequestContext(34, { baseSha: sha }))
    assert.equal(pr.outputs['delta-percent'], '0')
    assert.equal(readReport(pr).baseline?.sha, sha)
  })

  it('a read-only token: the fork hint, outputs still set, the verdict decides', async () => {
    gh.setReadOnly(true)
    try {
      const fake = await online(pullRequestContext(35))
      assert.equal(fake.exitCode, undefined)
      assert.ok(fake.log.some((l) => l.startsWith('warning: This token may not comment')))
      assert.equal(fake.outputs['comment-url'], '')
      assert.equal(fake.outputs.verdict, 'pass')
    } finally {
      gh.setReadOnly(false)
    }
  })
})

describe('runAction with a configuration file it cannot use', () => {
  const cases: [string, (ws: string) => void, RegExp][] = [
    [
      'a directory',
      (ws) => {
        mkdirSync(join(ws, '.carbon-gate.yml'))
      },
      /^\.carbon-gate\.yml: is a directory, not a file$/,
    ],
    [
      'a link to /etc/passwd',
      (ws) => {
        symlinkSync('/etc/passwd', join(ws, '.carbon-gate.yml'))
      },
      /^\.carbon-gate\.yml: lies outside the workspace \(a symbolic link or path leading out of it\): not read$/,
    ],
    [
      'a FIFO',
      (ws) => {
        execFileSync('mkfifo', [join(ws, '.carbon-gate.yml')])
      },
      /^\.carbon-gate\.yml: is a named pipe \(FIFO\), not a regular file; not read$/,
    ],
    [
      'a __proto__ mapping',
      (ws) => {
        writeFileSync(join(ws, '.carbon-gate.yml'), '__proto__:\n  budget: 1g\n')
      },
      /^\.carbon-gate\.yml:1: unknown key '__proto__'/,
    ],
  ]
  for (const [what, make, line] of cases) {
    it(
      `${what}: outputs, summary and report are still written, one error line, exit 2`,
      {
        skip: process.platform === 'win32',
      },
      async () => {
        const ws = workspace('examples/generic')
        make(ws)
        // `artifacts: runs`: the search does not meet the config file itself.
        const fake = await run({ workspace: ws, inputs: { ...offline, artifacts: 'runs' } })
        assert.equal(fake.exitCode, 2)
        assert.equal(fake.outputs.verdict, 'fail')
        assert.ok(Number(fake.outputs['total-kg']) > 50_000, fake.outputs['total-kg'])
        assert.equal(fake.summary.length, 1)
        const report = readReport(fake)
        assert.equal(report.jobs.length, 1)
        assert.equal(report.errors.length, 1, report.errors.join('\n'))
        assert.match(report.errors[0]!, line)
        assert.ok(!fake.log.some((l) => l.includes('root:x:0')), 'a line quotes /etc/passwd')
        assert.ok(!fake.log.some((l) => /unexpected/.test(l)), fake.log.join('\n'))
      },
    )
  }
})
