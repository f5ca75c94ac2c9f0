import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, it } from 'node:test'
import { dcgmReader } from '../../src/ingest/formats/dcgm/dcgm.js'
import type { ReadOptions } from '../../src/ingest/types.js'
import { close, rejectsAt } from '../support/assertions.js'
import { memoryInput } from '../support/memory-input.js'
import { sampleFiles, skipWithoutSamples } from '../support/samples.js'

const FIXTURES = join(import.meta.dirname, '../fixtures/dcgm')
const UTC: ReadOptions = { timezone: 'UTC', maxGapSeconds: 60 }
const CHUNKS = [1, 7, 1 << 20]

function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8')
}

function read(path: string, text: string, options: Partial<ReadOptions> = {}, chunkSize = 7) {
  return dcgmReader.read(memoryInput(path, text, { chunkSize }), { ...UTC, ...options })
}

describe('dcgmi dmon', () => {
  for (const chunkSize of CHUNKS) {
    it(`takes the TOTEC counter across a reload and a re-printed header (chunk ${chunkSize})`, async () => {
      const text = fixture('dcgmi-dmon-totec.txt')
      const r = await read('dmon.txt', text, { pollIntervalSeconds: 1 }, chunkSize)
      const job = r.jobs[0]!
      // GPU 0: 16 polls, +300 000 mJ each → 4 500 000 mJ
      // GPU 1: 2 000 000 000 → 2 002 000 000 (poll 8 N/A), reload, 100 000 → 900 000: 2 800 000 mJ
      close(job.itEnergyKWh, 7300 / 3.6e6)
      assert.equal(job.name, 'dmon')
      assert.deepEqual(job.source, { path: 'dmon.txt', format: 'dcgm' })
      assert.equal(job.gpuCount, 2)
      assert.equal(job.durationHours, 15 / 3600)
      assert.equal(job.startedAt, undefined)
      assert.deepEqual(job.notes, ['2 GPUs from the TOTEC energy counter'])
      assert.deepEqual(
        r.notices.map((n) => [n.line, n.message]),
        [
          [
            26,
            'the energy counter went down once (driver reload?), first for GPU 1: each increasing stretch is counted on its own, the energy between them is not',
          ],
          [18, '1 GPU row without a value (N/A) skipped'],
        ],
      )
    })
  }

  it('leaves the duration unknown without a poll interval', async () => {
    const r = await read('dmon.txt', fixture('dcgmi-dmon-totec.txt'))
    close(r.jobs[0]!.itEnergyKWh, 7300 / 3.6e6)
    assert.equal(r.jobs[0]!.durationHours, undefined)
    assert.ok(
      r.notices.some((n) => n.message.startsWith("no timestamps: the job's duration is unknown")),
    )
  })

  it('integrates POWER when there is no counter', async () => {
    const r = await read('p.txt', fixture('dcgmi-dmon-power.txt'), { pollIntervalSeconds: 0.5 })
    // 100, 200, N/A, 400 W at 0, 0.5, (1), 1.5 s → 150 × 0.5 + 300 × 1 = 375 J
    close(r.jobs[0]!.itEnergyKWh, 375 / 3.6e6)
    assert.equal(r.jobs[0]!.durationHours, 1.5 / 3600)
    assert.equal(r.jobs[0]!.gpuCount, 1)
    await rejectsAt(read('p.txt', fixture('dcgmi-dmon-power.txt')), 1, '--poll-interval 1s')
  })

  it('adds only GPU entities and reads POWINST, rejecting negative values', async () => {
    const text =
      '#Entity   POWINST\nID        W\nGPU 0     100.000\nGPU-I 1   50.000\nGPU 0     100.000\nGPU-I 1   50.000\n'
    const r = await read('i.txt', text, { pollIntervalSeconds: 2 })
    close(r.jobs[0]!.itEnergyKWh, 200 / 3.6e6)
    assert.equal(r.jobs[0]!.gpuCount, 1)
    assert.equal(r.notices.length, 1)
    assert.equal(r.notices[0]!.line, 4)
    await rejectsAt(
      read('n.txt', '#Entity   POWER\nID        W\nGPU 0     -1.000\n', { pollIntervalSeconds: 1 }),
      3,
      '"-1.000"',
    )
    await rejectsAt(
      read('e.txt', '#Entity   POWER  TOTEC\nID        W      mJ\n'),
      undefined,
      'no GPU rows',
    )
  })
})

describe('dcgm-exporter metrics', () => {
  for (const chunkSize of CHUNKS) {
    it(`takes counter deltas per GPU over concatenated scrapes (chunk ${chunkSize})`, async () => {
      const text = fixture('dcgm-exporter-3-scrapes.prom')
      const r = await read('metrics.prom', text, { pollIntervalSeconds: 15 }, chunkSize)
      const job = r.jobs[0]!
      // GPU 0: 1 000 000 → 2 200 000 mJ; GPU 1: 5 000 000 → 5 600 000 mJ: 1 800 000 mJ = 1800 J
      close(job.itEnergyKWh, 1800 / 3.6e6)
      assert.equal(job.gpuCount, 2)
      assert.equal(job.gpuModel, 'NVIDIA H100 80GB HBM3')
      assert.equal(job.durationHours, 30 / 3600)
      assert.deepEqual(r.notices, [])
    })
  }

  it('uses sample timestamps, and power when there is no counter', async () => {
    const lines = [
      'DCGM_FI_DEV_POWER_USAGE{gpu="0",UUID="GPU-a",modelName="NVIDIA A100-SXM4-80GB"} 100 1740823200000',
      'DCGM_FI_DEV_POWER_USAGE{gpu="0",UUID="GPU-a",modelName="NVIDIA A100-SXM4-80GB"} 300 1740823210000',
    ]
    const r = await read('m.prom', lines.join('\n'))
    close(r.jobs[0]!.itEnergyKWh, 2000 / 3.6e6)
    assert.equal(r.jobs[0]!.startedAt, '2025-03-01T10:00:00Z')
    assert.equal(r.jobs[0]!.durationHours, 10 / 3600)
  })

  it('gives energy 0 for a single scrape and says why', async () => {
    const line = 'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{gpu="0",UUID="GPU-a",Hostname="h"} 123456\n'
    const r = await read('one.prom', line)
    assert.equal(r.jobs[0]!.itEnergyKWh, 0)
    assert.ok(r.notices.some((n) => n.message.startsWith('a single scrape')))
  })
})

describe('dcgm detection', () => {
  it('detects dcgmi dmon and exporter output, nothing else', () => {
    assert.ok(dcgmReader.detect('d.txt', '#Entity   POWER   TOTEC\nID        W       mJ\n'))
    assert.ok(dcgmReader.detect('d.txt', '\n#Entity   POWINST\n'))
    assert.ok(
      dcgmReader.detect('m.prom', '# HELP x\nDCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{gpu="0"} 5\n'),
    )
    assert.ok(dcgmReader.detect('m.prom', 'DCGM_FI_DEV_POWER_USAGE 41.5\n'))
    assert.ok(!dcgmReader.detect('d.txt', '#Entity   GPUTL   MCUTL\n'))
    assert.ok(
      !dcgmReader.detect(
        'c.csv',
        'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION, counter, Total energy (in mJ).\n',
      ),
    )
    assert.ok(!dcgmReader.detect('c.csv', '# DCGM_FI_DEV_POWER_USAGE, gauge, Power draw (in W).\n'))
  })
})

describe('dcgm samples (../shared/samples)', { skip: skipWithoutSamples('dcgm') }, () => {
  it('does not take the dcgm-exporter counters config for an artifact', () => {
    const files = sampleFiles('dcgm')
    assert.ok(files.length > 0)
    for (const f of files) {
      assert.equal(
        dcgmReader.detect(basename(f), readFileSync(f, 'utf8').slice(0, 65536)),
        false,
        f,
      )
    }
  })
})
