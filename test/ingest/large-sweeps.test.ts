/**
 * Issue 12, large sweeps: a CodeCarbon file of 150,000 runs and a generic file of 150,000 jobs
 * were read, then collecting them threw "Maximum call stack size exceeded" (an argument spread).
 */
import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { collectJobs } from '../../src/platform/collect-jobs.js'
import { makeTempDir } from '../support/temp.js'

const UTC = { timezone: 'UTC', maxGapSeconds: 60 }
const RUNS = 150_000

/** kWh of run `i` (exact in both files: a whole number of millikWh). */
const energyOf = (i: number): number => ((i % 97) + 1) / 1000

function expectedTotal(): number {
  let milli = 0
  for (let i = 0; i < RUNS; i++) milli += (i % 97) + 1
  return milli / 1000
}

describe('large sweeps', () => {
  const dir = makeTempDir('cg-sweeps-')

  it(`reads a CodeCarbon file of ${RUNS.toLocaleString('en')} runs`, async () => {
    const parts = ['timestamp,project_name,run_id,duration,emissions,energy_consumed,pue\n']
    for (let i = 0; i < RUNS; i++) {
      const id = `${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`
      parts.push(`2026-01-05T10:00:10,sweep,${id},10,0.001,${energyOf(i)},1.0\n`)
    }
    const path = join(dir, 'emissions.csv')
    writeFileSync(path, parts.join(''))
    const collected = await collectJobs([path], { cwd: dir, read: UTC })
    assert.deepEqual(collected.errors, [])
    assert.equal(collected.jobs.length, RUNS)
    const sum = collected.jobs.reduce((s, j) => s + j.itEnergyKWh, 0)
    assert.ok(Math.abs(sum - expectedTotal()) < 1e-9 * expectedTotal())
  })

  it(`reads a generic file of ${RUNS.toLocaleString('en')} jobs`, async () => {
    const parts = ['{"carbonGate": 1, "jobs": [\n']
    for (let i = 0; i < RUNS; i++) {
      parts.push(`${i === 0 ? '' : ','}{"name": "job ${i}", "energyKWh": ${energyOf(i)}}\n`)
    }
    parts.push(']}\n')
    const path = join(dir, 'sweep.carbon.json')
    writeFileSync(path, parts.join(''))
    const collected = await collectJobs([path], { cwd: dir, read: UTC })
    assert.deepEqual(collected.errors, [])
    assert.equal(collected.jobs.length, RUNS)
    assert.equal(collected.jobs[RUNS - 1]!.source.line, RUNS + 1)
    const sum = collected.jobs.reduce((s, j) => s + j.itEnergyKWh, 0)
    assert.ok(Math.abs(sum - expectedTotal()) < 1e-9 * expectedTotal())
  })
})
