/**
 * A sweep of more jobs than a report lists (30,000 > 10,000) through the CLI: the totals count
 * every job, the report lists 10,000 and sums the rest by group, and the text says so.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { type CliIo, runCli } from '../../src/cli/run-cli.js'
import type { Report } from '../../src/core/types.js'

const JOBS = 30_000
const dir = mkdtempSync(join(tmpdir(), 'cg-sweep-'))
after(() => {
  rmSync(dir, { recursive: true, force: true })
})

/** 30,000 jobs of 0.5 kWh each (idle energy none), one per line. */
function writeSweep(): { path: string; kWh: number } {
  const lines: string[] = []
  let kWh = 0
  for (let i = 0; i < JOBS; i++) {
    const e = 0.25 + (i % 4) * 0.125
    kWh += e
    lines.push(
      `{"name": "sweep seed=${i}", "energyKWh": ${e}, "gpuCount": 1, "gpuModel": "${i % 2 === 0 ? 'H100' : 'A100'}", "durationHours": 1}`,
    )
  }
  const path = join(dir, 'sweep.carbon.json')
  writeFileSync(path, `{"carbonGate": 1, "jobs": [\n${lines.join(',\n')}\n]}\n`)
  return { path, kWh }
}

async function cli(argv: readonly string[]): Promise<{ code: number; stdout: string }> {
  let stdout = ''
  const io: CliIo = {
    argv,
    env: {},
    cwd: dir,
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: () => undefined },
  }
  return { code: await runCli(io), stdout }
}

describe('a sweep of 30,000 jobs', () => {
  const sweep = writeSweep()

  it('JSON: 10,000 listed, 20,000 summed in groups, totals over all 30,000', async () => {
    const ran = await cli(['check', sweep.path, '--format', 'json'])
    assert.equal(ran.code, 0)
    const report = JSON.parse(ran.stdout) as Report
    assert.equal(report.jobs.length, 10_000)
    const groups = report.moreJobs ?? []
    assert.equal(groups.length, 2)
    assert.equal(
      groups.reduce((n, g) => n + g.jobs, 0),
      20_000,
    )
    assert.ok(Math.abs(report.totals.itEnergyKWh - sweep.kWh) <= 1e-9 * sweep.kWh)
    const listedKg = report.jobs.reduce((s, j) => s + j.totalKg, 0)
    const summedKg = groups.reduce((s, g) => s + g.totalKg, 0)
    assert.ok(Math.abs(listedKg + summedKg - report.totals.totalKg) <= 1e-9 * report.totals.totalKg)
    const low = report.jobs.reduce((s, j) => s + j.low!.totalKg, 0)
    const groupLow = groups.reduce((s, g) => s + g.low.totalKg, 0)
    assert.ok(Math.abs(low + groupLow - report.totals.low!.totalKg) <= 1e-9 * low)
  })

  it('text: all 30,000 counted and the "more jobs" line', async () => {
    const ran = await cli(['check', sweep.path, '--format', 'text'])
    assert.equal(ran.code, 0)
    assert.match(ran.stdout, /Jobs \(30000\)/)
    assert.match(ran.stdout, /…and 20,000 more jobs in 2 groups/)
    assert.match(ran.stdout, /10,000 more jobs \(H100\)/)
  })

  it('markdown: the group rows and the "more jobs" line', async () => {
    const ran = await cli(['check', sweep.path, '--format', 'markdown'])
    assert.equal(ran.code, 0)
    assert.match(ran.stdout, /…and 20,000 more jobs in 2 groups/)
    assert.match(ran.stdout, /30,?000 jobs/)
  })
})
