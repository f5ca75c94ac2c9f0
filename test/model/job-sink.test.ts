/**
 * The job sink (model/job-sink.ts): the first jobs are listed, the rest summed by group; totals,
 * ranges and group sums are exact over every job, listed or summed.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { DEFAULT_CONFIG } from '../../src/config/types.js'
import type { JobRecord } from '../../src/core/types.js'
import { estimateJob } from '../../src/model/estimate-job.js'
import { JobSink } from '../../src/model/job-sink.js'
import { sumTotals } from '../../src/model/totals.js'

function job(i: number): JobRecord {
  return {
    name: `job ${i}`,
    source: { path: i % 3 === 0 ? 'a.carbon.json' : 'b.carbon.json', format: 'generic', line: i },
    itEnergyKWh: 1 + (i % 7) * 0.25,
    gpuCount: 2,
    gpuModel: i % 2 === 0 ? 'H100' : 'A100',
    durationHours: 1.5,
  }
}

describe('JobSink', () => {
  it('lists the first jobs and sums the rest by group, totals exact over all', () => {
    const sink = new JobSink(10)
    const all = Array.from({ length: 100 }, (_, i) => estimateJob(job(i), `j${i}`, DEFAULT_CONFIG))
    for (const r of all) sink.add(r)
    assert.equal(sink.count, 100)
    const listed = sink.listedResults()
    assert.equal(listed.length, 10)
    assert.deepEqual(
      listed.map((r) => r.estimate.id),
      all.slice(0, 10).map((r) => r.estimate.id),
    )
    const groups = sink.summedGroups()
    // 2 files × 2 GPU models.
    assert.equal(groups.length, 4)
    assert.equal(
      groups.reduce((n, g) => n + g.jobs, 0),
      90,
    )
    const estimates = all.map((r) => r.estimate)
    const expected = sumTotals(estimates)
    assert.deepEqual(sink.totals(), expected)
    const close = (a: number, b: number): void => {
      assert.ok(Math.abs(a - b) <= 1e-9 * Math.abs(b))
    }
    const rest = sumTotals(estimates.slice(10))
    const sum = (f: (g: (typeof groups)[number]) => number): number =>
      groups.reduce((s, g) => s + f(g), 0)
    close(
      sum((g) => g.totalKg),
      rest.totalKg,
    )
    close(
      sum((g) => g.itEnergyKWh),
      rest.itEnergyKWh,
    )
    close(
      sum((g) => g.low.totalKg),
      rest.low!.totalKg,
    )
    close(
      sum((g) => g.high.totalKg),
      rest.high!.totalKg,
    )
    for (const g of groups) {
      const members = estimates
        .slice(10)
        .filter((e) => e.source.path === g.path && e.gpuModel === g.gpuModel)
      assert.equal(members.length, g.jobs)
      close(
        g.totalKg,
        members.reduce((s, e) => s + e.totalKg, 0),
      )
    }
  })

  it('keeps every job when there are no more than the limit', () => {
    const sink = new JobSink(10)
    for (let i = 0; i < 10; i++) sink.add(estimateJob(job(i), `j${i}`, DEFAULT_CONFIG))
    assert.equal(sink.listedResults().length, 10)
    assert.deepEqual(sink.summedGroups(), [])
  })
})
