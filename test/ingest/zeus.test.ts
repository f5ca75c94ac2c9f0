import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, it } from 'node:test'
import { ArtifactError } from '../../src/core/errors.js'
import { zeusReader } from '../../src/ingest/formats/zeus/zeus.js'
import type { ReadOptions } from '../../src/ingest/types.js'
import { fileInput, memoryInput } from '../support/memory-input.js'
import { sampleFiles, skipWithoutSamples } from '../support/samples.js'

const FIXTURES = join(import.meta.dirname, '../fixtures/zeus')
const UTC: ReadOptions = { timezone: 'UTC', maxGapSeconds: 60 }
const CHUNKS = [1, 7, 1 << 20]

function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8')
}

function read(path: string, text: string, options: Partial<ReadOptions> = {}, chunkSize = 7) {
  return zeusReader.read(memoryInput(path, text, { chunkSize }), { ...UTC, ...options })
}

function close(actual: number | undefined, expected: number, tolerance = 1e-12): void {
  assert.ok(
    actual !== undefined && Math.abs(actual - expected) <= tolerance * Math.abs(expected),
    `${actual} ≉ ${expected}`,
  )
}

async function rejectsAt(promise: Promise<unknown>, line: number | undefined, text: string) {
  await assert.rejects(promise, (e: unknown) => {
    assert.ok(e instanceof ArtifactError, String(e))
    assert.equal(e.lineNo, line)
    assert.ok(e.message.includes(text), e.message)
    return true
  })
}

describe('ZeusMonitor log_file CSV', () => {
  for (const chunkSize of CHUNKS) {
    it(`counts the outermost windows only, with commas in names (chunk ${chunkSize})`, async () => {
      const text = fixture('windows-nested-comma.csv')
      const r = await read('runs/windows-nested-comma.csv', text, {}, chunkSize)
      const job = r.jobs[0]!
      // Counted: "whole run" [0, 30 s] 5000 + 5200 J and "after" [40, 50 s] 400 + 500 J = 11 100 J.
      // Not added: step,a / step,b (inside epoch,0), epoch,0 / step,c (inside whole run),
      // eval (inside whole run): 5 nested; straddle [45, 55] overlaps "after": 1.
      close(job.itEnergyKWh, 11_100 / 3.6e6)
      assert.equal(job.name, 'windows-nested-comma')
      assert.deepEqual(job.source, { path: 'runs/windows-nested-comma.csv', format: 'zeus' })
      assert.equal(job.gpuCount, 2)
      assert.equal(job.durationHours, 40 / 3600)
      assert.equal(job.startedAt, '2025-03-01T10:00:00Z')
      assert.deepEqual(job.notes, ['2 of 8 windows counted (outermost, not overlapping)'])
      assert.deepEqual(
        r.notices.map((n) => [n.line, n.message]),
        [
          [4, '5 windows inside other windows not added: only the outermost windows are counted'],
          [9, '1 window overlapping a counted window without nesting not added'],
        ],
      )
    })
  }

  it('counts sequential windows with a monotonic start_time, without a start date', async () => {
    const r = await read('windows-monotonic.csv', fixture('windows-monotonic.csv'))
    const job = r.jobs[0]!
    close(job.itEnergyKWh, 600 / 3.6e6)
    assert.equal(job.durationHours, 7 / 3600)
    assert.equal(job.startedAt, undefined)
    assert.equal(job.gpuCount, 1)
    assert.deepEqual(r.notices, [])
  })

  it('keeps touching windows and a window logged twice once', async () => {
    const text =
      'start_time,window_name,elapsed_time,gpu0_energy\n' +
      '1740823200,a,10,100\n1740823210,b,10,100\n1740823210,b again,10,100\n'
    const r = await read('t.csv', text)
    close(r.jobs[0]!.itEnergyKWh, 200 / 3.6e6)
    assert.equal(r.jobs[0]!.durationHours, 20 / 3600)
  })

  it('skips short rows and rejects values that cannot be physical', async () => {
    const head = 'start_time,window_name,elapsed_time,gpu0_energy,gpu1_energy\n'
    const r = await read('s.csv', `${head}1740823200,a,10,1,2\n1740823300,b,5\n`)
    assert.deepEqual(r.notices, [
      { path: 's.csv', line: 3, message: "1 row skipped: fewer fields than the header's" },
    ])
    await rejectsAt(read('n.csv', `${head}1740823200,a,10,-1,2\n`), 2, 'gpu energy "-1"')
    await rejectsAt(read('n.csv', `${head}1740823200,a,-10,1,2\n`), 2, 'elapsed_time "-10"')
    await rejectsAt(read('n.csv', `${head}1740823200,a,10,nan,2\n`), 2, 'gpu energy "nan"')
    await rejectsAt(read('n.csv', `${head}then,a,10,1,2\n`), 2, 'start_time "then"')
    await rejectsAt(read('h.csv', head), undefined, 'no windows')
  })
})

describe('legacy zeus_monitor Time,Power', () => {
  for (const chunkSize of CHUNKS) {
    it(`integrates mW samples with the trapezoid (chunk ${chunkSize})`, async () => {
      const r = await read('legacy-time-power.csv', fixture('legacy-time-power.csv'), {}, chunkSize)
      const job = r.jobs[0]!
      // 100, 200, 300, 300 W at 0, 0.5, 1, 2 s → 75 + 125 + 300 = 500 J
      close(job.itEnergyKWh, 500 / 3.6e6)
      assert.equal(job.gpuCount, 1)
      assert.equal(job.durationHours, 2 / 3600)
      assert.equal(job.startedAt, '2025-03-01T10:00:00Z')
    })
  }

  it('reads its local time in the configured zone and rejects bad rows', async () => {
    const r = await read('l.csv', fixture('legacy-time-power.csv'), { timezone: 'Asia/Tokyo' })
    assert.equal(r.jobs[0]!.startedAt, '2025-03-01T01:00:00Z')
    await rejectsAt(read('b.csv', 'Time,Power\n2025-03-01 10:00:00,-5\n'), 2, 'not a number of mW')
    await rejectsAt(read('b.csv', 'Time,Power\nnoon,5\n'), 2, 'does not parse')
  })
})

describe('zeus detection', () => {
  it('detects window logs and Time,Power, nothing else', () => {
    assert.ok(zeusReader.detect('z.csv', 'start_time,window_name,elapsed_time,gpu0_energy\n'))
    assert.ok(
      zeusReader.detect('z.csv', 'start_time,window_name,elapsed_time,gpu0_energy,gpu3_energy\r\n'),
    )
    assert.ok(zeusReader.detect('z.csv', 'Time,Power\n2022-07-13 02:07:36.708783111,32402\n'))
    assert.ok(!zeusReader.detect('z.csv', 'start_time,window_name,elapsed_time\n'))
    assert.ok(!zeusReader.detect('z.csv', 'start_time,window_name,elapsed_time,cpu0_energy\n'))
    assert.ok(!zeusReader.detect('z.csv', 'Time,Power,Energy\n'))
    assert.ok(!zeusReader.detect('z.csv', 'timestamp, index, power.draw [W]\n'))
  })
})

describe('zeus samples (../shared/samples)', { skip: skipWithoutSamples('zeus') }, () => {
  const files = sampleFiles('zeus')
  const byName = (part: string): string => files.find((f) => basename(f).includes(part))!

  it('detects every sample', () => {
    for (const f of files) {
      assert.ok(zeusReader.detect(basename(f), readFileSync(f, 'utf8').slice(0, 65536)), f)
    }
  })

  it('reads the A40 power-limit profile: 9 sequential windows of 4 GPUs', async () => {
    const r = await zeusReader.read(fileInput(byName('A40')), UTC)
    const job = r.jobs[0]!
    // Σ of the 36 energies = 148 815.38999998569 J; Σ elapsed_time = 324.87965116836131 s
    close(job.itEnergyKWh, 148_815.38999998569 / 3.6e6, 1e-9)
    close(job.durationHours, 324.87965116836131 / 3600, 1e-9)
    assert.equal(job.gpuCount, 4)
    assert.equal(job.startedAt, undefined) // 13 586 624 s: monotonic clock
    assert.deepEqual(r.notices, [])
  })

  it('reads the legacy sample (19 samples, ~32.3 W, 0.958 s)', async () => {
    const job = (await zeusReader.read(fileInput(byName('legacy')), UTC)).jobs[0]!
    close(job.itEnergyKWh, 31.00415 / 3.6e6, 1e-6)
    close(job.durationHours, 0.958481625 / 3600, 1e-6)
    assert.equal(job.startedAt, '2022-07-13T02:07:36.708Z')
  })
})

describe('zeus example (examples/zeus)', () => {
  it('counts the enclosing train window of the example log', async () => {
    const path = join(import.meta.dirname, '../../examples/zeus/zeus-monitor-log.csv')
    assert.ok(zeusReader.detect(basename(path), readFileSync(path, 'utf8').slice(0, 65536)))
    const r = await zeusReader.read(fileInput(path), UTC)
    const job = r.jobs[0]!
    // the last row, "train", encloses the 3 epochs and their eval windows
    const train = readFileSync(path, 'utf8').trim().split('\n').at(-1)!.split(',')
    const joules = train.slice(3).reduce((sum, x) => sum + Number(x), 0)
    close(job.itEnergyKWh, joules / 3.6e6)
    close(job.durationHours, Number(train[2]) / 3600)
    assert.equal(job.gpuCount, 8)
    assert.deepEqual(job.notes, ['1 of 7 windows counted (outermost, not overlapping)'])
    assert.equal(r.notices.length, 1)
  })
})
