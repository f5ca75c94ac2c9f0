/**
 * The project to date in the action's report and job summary (issue 14, item 2): one ledger read
 * lists every month file of the ledger branch, so a PR run and a push run make no more requests
 * than with three months, and the totals count every record of every series, this run included.
 */
import assert from 'node:assert/strict'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { runAction } from '../../src/action/run-action.js'
import type { Report } from '../../src/core/types.js'
import { type LedgerRecord, serializeLedgerFile } from '../../src/github/ledger.js'
import type { RunContext } from '../../src/run/run-context.js'
import { type FakeGitHub, startGitHubServer } from '../support/github-server.js'
import { ledgerRecord } from '../support/github-server-fixtures.js'
import { OWNER, REPO, pullRequestContext, pushContext } from '../run/contexts.js'
import { type FakeRun, fakeActionIo } from './fake-io.js'

const ROOT = join(import.meta.dirname, '../..')
const NOW = new Date('2026-03-15T12:00:00Z')
const workspaces: string[] = []

after(() => {
  for (const ws of workspaces) rmSync(ws, { recursive: true, force: true })
})

function close(actual: number, expected: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= 1e-9 * Math.max(1, expected), `${what}: ${actual}`)
}

describe('the project to date, from every month file of the ledger', () => {
  let gh: FakeGitHub
  before(async () => {
    gh = await startGitHubServer()
    const rec = (runId: number, date: string, kg: number, extra: Partial<LedgerRecord> = {}) =>
      ledgerRecord({ runId, date, kg, series: 'default', ...extra })
    const files: Record<string, readonly LedgerRecord[]> = {
      '2024-11': [rec(1, '2024-11-20T08:00:00.000Z', 2)],
      '2025-06': [
        rec(2, '2025-06-01T08:00:00.000Z', 3),
        // Another series counts too; the final training is tagged.
        rec(3, '2025-06-30T23:00:00.000Z', 20, { id: '3-1-big', series: 'big', tag: 'final' }),
      ],
      '2026-01': [rec(4, '2026-01-05T08:00:00.000Z', 4)],
      '2026-03': [rec(5, '2026-03-02T08:00:00.000Z', 1)],
    }
    gh.commitFiles(OWNER, REPO, 'carbon-ledger', {
      ...Object.fromEntries(
        Object.entries(files).map(([m, r]) => [`ledger/${m}.json`, serializeLedgerFile(r)]),
      ),
      'ledger/badge.json': '{"schemaVersion":1}',
      'ledger/notes/2020-01.json': 'not a month file of the ledger folder',
    })
  })
  after(async () => {
    await gh.close()
  })

  async function online(context: RunContext): Promise<{ fake: FakeRun; routes: string[] }> {
    const ws = mkdtempSync(join(tmpdir(), 'cg-project-'))
    workspaces.push(ws)
    cpSync(join(ROOT, 'examples/codecarbon'), join(ws, 'runs'), { recursive: true })
    const fake = fakeActionIo({
      now: () => NOW,
      runnerTemp: join(ws, '.tmp'),
      inputs: { 'github-token': 'ghs_test', budget: '25kg' },
      github: { context, server: gh },
      workspace: ws,
    })
    const from = gh.requests.length
    await runAction(fake.io)
    return { fake, routes: gh.requests.slice(from).map((r) => r.route) }
  }

  const reportOf = (fake: FakeRun): Report =>
    JSON.parse(readFileSync(fake.outputs['report-path']!, 'utf8')) as Report

  it('a PR run: month, year, all time and the R&D multiplier, in one ledger query', async () => {
    const { fake, routes } = await online(pullRequestContext(41))
    assert.equal(fake.exitCode, undefined, fake.log.join('\n'))
    const report = reportOf(fake)
    const kg = report.totals.totalKg
    const p = report.project
    assert.ok(p !== undefined, 'the report has the project to date')
    assert.equal(p.asOf, NOW.toISOString())
    assert.equal(p.source, 'carbon-ledger')
    assert.deepEqual([p.month.period, p.month.runs], ['2026-03', 2])
    close(p.month.totalKg, 1 + kg, 'month')
    assert.deepEqual([p.year.period, p.year.runs], ['2026', 3])
    close(p.year.totalKg, 4 + 1 + kg, 'year')
    assert.equal(p.allTime.runs, 6)
    close(p.allTime.totalKg, 2 + 3 + 20 + 4 + 1 + kg, 'all time')
    assert.equal(p.allTime.since, '2024-11-20T08:00:00.000Z')
    close(p.allTime.facilityEnergyKWh, 5 * 2.4 + report.totals.facilityEnergyKWh, 'all-time kWh')
    assert.equal(p.final?.runs, 1)
    close(p.final.totalKg, 20, 'final')
    close(p.rdMultiplier!, (30 + kg) / 20, 'R&D multiplier')
    // The ledger is read by one GraphQL query: no file read on its own, no tree listing.
    assert.equal(routes.filter((r) => r === 'graphql').length, 1, routes.join(', '))
    assert.ok(!routes.some((r) => r.startsWith('repos.getContent') || r === 'git.getTree'))
    // The job summary shows it in full.
    const summary = fake.summary.join('\n')
    assert.match(
      summary,
      /\*\*Project to date\*\* \(ledger: carbon-ledger\) · R&D multiplier ×1\.\d\d/,
    )
    assert.match(summary, /\| All time \| 6 \|/)
    assert.match(summary, /\| Final training \(tag final\) \| 1 \|/)
  })

  it('a push run: one read, three writes, and the pushed run is in the totals', async () => {
    const { fake, routes } = await online(pushContext({ sha: '6'.repeat(40), runId: 606 }))
    assert.equal(fake.exitCode, undefined, fake.log.join('\n'))
    const writes = routes.filter((r) => r !== 'graphql' && !/^(git|repos)\.get/.test(r))
    assert.deepEqual(writes, ['git.createTree', 'git.createCommit', 'git.updateRef'])
    assert.deepEqual(
      routes.filter((r) => !writes.includes(r)),
      ['graphql'],
      routes.join(', '),
    )
    const p = reportOf(fake).project
    assert.equal(p?.allTime.runs, 6)
    assert.equal(p.month.runs, 2)
    // The next run sees the pushed run's record, and counts it once.
    const next = reportOf((await online(pullRequestContext(42))).fake).project
    assert.equal(next?.allTime.runs, 7)
    assert.equal(next.month.runs, 3)
  })
})
