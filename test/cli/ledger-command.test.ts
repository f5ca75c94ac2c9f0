/**
 * `carbon-gate ledger FOLDER` over a hand-written ledger checkout (test/fixtures/ledger, whose
 * README states the expected totals) and over broken folders.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { type CliIo, runCli } from '../../src/cli/run-cli.js'
import type { ProjectTotals } from '../../src/core/cost-types.js'

const ROOT = join(import.meta.dirname, '../..')
const FIXTURE = 'test/fixtures/ledger'
const dirs: string[] = []

after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

async function cli(
  argv: readonly string[],
  cwd = ROOT,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    argv,
    env: {},
    cwd,
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  }
  const code = await runCli(io)
  return { code, stdout, stderr }
}

describe('carbon-gate ledger', () => {
  it('month, year and all-time totals, and the R&D multiplier from tagged runs and the job rule', async () => {
    const ran = await cli([
      'ledger',
      FIXTURE,
      '--as-of',
      '2026-03-15',
      '--format',
      'json',
      '--final-jobs',
      '*-final',
    ])
    assert.equal(ran.stderr, '')
    assert.equal(ran.code, 0)
    const p = JSON.parse(ran.stdout) as ProjectTotals
    assert.deepEqual([p.month.period, p.month.runs, p.month.totalKg], ['2026-03', 2, 260])
    assert.deepEqual([p.year.period, p.year.runs, p.year.totalKg], ['2026', 4, 500])
    assert.deepEqual([p.allTime.runs, p.allTime.totalKg], [7, 1000])
    assert.equal(p.allTime.since, '2025-11-03T10:00:00.000Z')
    assert.equal(p.allTime.facilityEnergyKWh, 10000)
    assert.deepEqual([p.final?.runs, p.final?.totalKg], [2, 260])
    assert.ok(Math.abs(p.rdMultiplier! - 1000 / 260) < 1e-12)
    assert.equal(p.source, 'test/fixtures/ledger/ledger')
  })

  it('prints the same as text; without the rule only the tagged run is final', async () => {
    const ran = await cli(['ledger', `${FIXTURE}/ledger`, '--as-of', '2026-03-15'])
    assert.equal(ran.code, 0, ran.stderr)
    assert.match(
      ran.stdout,
      /^carbon-gate ledger: test\/fixtures\/ledger\/ledger \(as of 2026-03-15\)\n/,
    )
    assert.match(ran.stdout, /This month \(2026-03\) +2 runs .* 260 kg CO2e/)
    assert.match(ran.stdout, /This year \(2026\) +4 runs .* 500 kg CO2e/)
    assert.match(ran.stdout, /All time +7 runs .* 1\.00 t CO2e/)
    assert.match(ran.stdout, /Final training +1 run .* 60\.0 kg CO2e/)
    assert.match(ran.stdout, /R&D multiplier: ×16\.67 /)
  })

  it('a broken month file, a missing folder or no month files: one line naming it, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-ledger-'))
    dirs.push(dir)
    mkdirSync(join(dir, 'ledger'))
    writeFileSync(join(dir, 'ledger', '2026-01.json'), '{"schemaVersion":1,"records":[{"id":"x"}]}')
    const bad = await cli(['ledger', '.'], dir)
    assert.deepEqual(
      [bad.code, bad.stderr],
      [
        2,
        'carbon-gate: error: ledger local:ledger/2026-01.json: record 1: "sha" is not a non-empty string\n',
      ],
    )
    const missing = await cli(['ledger', 'nowhere'], dir)
    assert.deepEqual(
      [missing.code, missing.stderr],
      [2, 'carbon-gate: error: ledger: nowhere: no such folder\n'],
    )
    const empty = await cli(['ledger', 'ledger/..', '--as-of', 'soon'], dir)
    assert.deepEqual(
      [empty.code, empty.stderr],
      [2, 'carbon-gate: error: --as-of: "soon" is not a date (e.g. 2026-03-15)\n'],
    )
    const usage = await cli(['ledger'], dir)
    assert.equal(usage.code, 2)
    assert.match(usage.stderr, /^carbon-gate: error: ledger: needs one folder/)
  })
})
