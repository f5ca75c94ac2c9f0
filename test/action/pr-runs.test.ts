/**
 * A pull request's running total on the loopback API: every run's commit, run id and kg kept in
 * the sticky comment's hidden run list, read back (validated) before the comment is rewritten.
 */
import assert from 'node:assert/strict'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { runAction } from '../../src/action/run-action.js'
import type { Report } from '../../src/core/types.js'
import type { RunContext } from '../../src/run/run-context.js'
import { type FakeGitHub, startGitHubServer } from '../support/github-server.js'
import { OWNER, REPO, pullRequestContext, pushContext } from '../run/contexts.js'
import { type FakeRun, fakeActionIo } from './fake-io.js'

const ROOT = join(import.meta.dirname, '../..')
const NOW = new Date('2026-03-15T12:00:00Z')
const workspaces: string[] = []

after(() => {
  for (const ws of workspaces) rmSync(ws, { recursive: true, force: true })
})

function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'cg-prruns-'))
  workspaces.push(ws)
  cpSync(join(ROOT, 'examples/codecarbon'), join(ws, 'runs'), { recursive: true })
  return ws
}

function readReport(fake: FakeRun): Report {
  return JSON.parse(readFileSync(fake.outputs['report-path']!, 'utf8')) as Report
}

const sha = (c: string): string => c.repeat(40)

describe('a pull request’s running total', () => {
  let gh: FakeGitHub
  before(async () => {
    gh = await startGitHubServer()
  })
  after(async () => {
    await gh.close()
  })

  async function push(
    pr: number,
    headSha: string,
    runId: number,
    inputs: Record<string, string> = {},
    runAttempt = 1,
  ): Promise<FakeRun> {
    const context: RunContext = {
      ...pullRequestContext(pr, { headSha, runId }),
      runAttempt,
    }
    const ws = workspace()
    const fake = fakeActionIo({
      now: () => NOW,
      runnerTemp: join(ws, '.tmp'),
      workspace: ws,
      inputs: { 'github-token': 'ghs_test', ledger: 'off', ...inputs },
      github: { context, server: gh },
    })
    await runAction(fake.io)
    return fake
  }

  const body = (pr: number): string => {
    const comments = gh.comments(OWNER, REPO, pr)
    assert.equal(comments.length, 1, 'one sticky comment')
    return comments[0]!.body
  }

  it('three pushes give "3 runs" and their sum; a re-run of the same commit does not add', async () => {
    const first = await push(40, sha('a'), 501)
    assert.equal(first.exitCode, undefined, first.log.join('\n'))
    const one = readReport(first).totals.totalKg
    assert.ok(one > 0, first.log.join('\n'))
    assert.equal(first.outputs['pr-runs'], '1')
    await push(40, sha('b'), 502)
    const third = await push(40, sha('c'), 503)
    const report = readReport(third)
    assert.equal(report.pullRequest?.runs, 3)
    assert.ok(Math.abs(report.pullRequest.totalKg - 3 * one) < 1e-9 * one)
    assert.equal(third.outputs['pr-runs'], '3')
    assert.match(body(40), /\*\*This PR so far:\*\* 3 runs, /)
    const lines = body(40).split('\n')
    assert.equal(lines[0], '<!-- carbon-gate:default -->')
    assert.match(lines[1]!, /^<!-- carbon-gate-runs \{"v":1,"runs":\[\["a{40}",501,1,/)

    const rerun = await push(40, sha('c'), 503, {}, 2)
    const again = readReport(rerun)
    assert.equal(again.pullRequest?.runs, 3, 'a re-run replaces the attempt it repeats')
    assert.equal(again.pullRequest.repeated, true)
    assert.ok(Math.abs(again.pullRequest.totalKg - 3 * one) < 1e-9 * one)
    assert.match(body(40), /\*\*This PR so far:\*\* 3 runs, .*a re-run/)
    // The same attempt seen twice (the step run again) does not add either.
    const same = await push(40, sha('c'), 503, {}, 2)
    assert.equal(readReport(same).pullRequest?.runs, 3)
  })

  it('pr-budget below the sum fails the run that crosses it, with on-exceed semantics', async () => {
    const first = await push(41, sha('d'), 601)
    const one = readReport(first).totals.totalKg
    const limit = `${(2.5 * one * 1000).toPrecision(6)}g`
    const second = await push(41, sha('e'), 602, { 'pr-budget': limit })
    assert.equal(second.exitCode, undefined, second.log.join('\n'))
    const third = await push(41, sha('f'), 603, { 'pr-budget': limit })
    assert.equal(third.exitCode, 1)
    const pr = readReport(third).budgets.find((b) => b.kind === 'pr')
    assert.equal(pr?.exceeded, true)
    assert.ok(Math.abs(pr.actual - 3 * one) < 1e-9 * one)
    assert.match(body(41), /Pull request \(every run so far\)/)
    const warned = await push(41, sha('0'), 604, { 'pr-budget': limit, 'on-exceed': 'warn' })
    assert.equal(warned.exitCode, undefined)
    assert.equal(warned.outputs.verdict, 'warn')
  })

  it('an edited or broken run list starts afresh with a notice; another user’s comment is not read', async () => {
    await push(42, sha('1'), 701)
    await push(42, sha('2'), 702)
    const [mine] = gh.comments(OWNER, REPO, 42)
    const forged = mine!.body.replace(/"runs":\[\[/, '"runs":[["not-a-sha",1,1,1e9],[')
    gh.removeComment(OWNER, REPO, mine!.id)
    gh.addComment(OWNER, REPO, 42, forged)
    const next = await push(42, sha('3'), 703)
    const report = readReport(next)
    assert.equal(report.pullRequest?.runs, 1)
    assert.ok(
      report.warnings.some((w) =>
        w.startsWith("This pull request's run list in the comment could not be used (run 1 is not"),
      ),
      report.warnings.join('\n'),
    )
    // A human's copy of the marker and a large list does not count: only our own comments are read.
    gh.addComment(
      OWNER,
      REPO,
      43,
      `<!-- carbon-gate:default -->\n<!-- carbon-gate-runs {"v":1,"runs":[["${sha('9')}",1,1,1000000]],"earlier":[0,0]} -->\n`,
      { login: 'mallory', type: 'User' },
    )
    const own = await push(43, sha('4'), 801)
    assert.equal(readReport(own).pullRequest?.runs, 1)
  })

  it('tag: final is recorded with the ledger record on a push, for the project’s R&D multiplier', async () => {
    const ws = workspace()
    const fake = fakeActionIo({
      now: () => NOW,
      runnerTemp: join(ws, '.tmp'),
      workspace: ws,
      inputs: { 'github-token': 'ghs_test', tag: 'final' },
      github: { context: pushContext({ sha: sha('7'), runId: 901 }), server: gh },
    })
    await runAction(fake.io)
    assert.equal(fake.exitCode, undefined, fake.log.join('\n'))
    const month = gh.branchFiles(OWNER, REPO, 'carbon-ledger')?.['ledger/2026-03.json']
    const records = (JSON.parse(month!) as { records: { tag?: string; runId: number }[] }).records
    assert.equal(records.find((r) => r.runId === 901)?.tag, 'final')
  })
})
