import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { amdSmiReader } from '../../src/ingest/formats/amd-smi/amd-smi.js'
import {
  headerUnit,
  parsePowerCell,
  unitByMagnitude,
} from '../../src/ingest/formats/amd-smi/amd-smi-units.js'
import type { ReadOptions } from '../../src/ingest/types.js'
import { close, rejectsAt } from '../support/assertions.js'
import { memoryInput } from '../support/memory-input.js'

const FIXTURES = join(import.meta.dirname, '../fixtures/amd-smi')
const UTC: ReadOptions = { timezone: 'UTC', maxGapSeconds: 60 }
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8')

function read(path: string, text: string, options: Partial<ReadOptions> = {}, chunkSize = 7) {
  return amdSmiReader.read(memoryInput(path, text, { chunkSize }), { ...UTC, ...options })
}

describe('amd-smi and rocm-smi power logs', () => {
  for (const chunkSize of [1, 7, 1 << 20]) {
    it(`integrates amd-smi metric --power --csv -w 1 per GPU (chunk ${chunkSize})`, async () => {
      const r = await read('power.csv', fixture('amd-smi-metric-watch.csv'), {}, chunkSize)
      const job = r.jobs[0]!
      // GPU 0: 360 + 380 + 400 J; GPU 1 (N/A at 1 s): 370 × 2 + 390 J
      close(job.itEnergyKWh, (1140 + 1130) / 3.6e6)
      assert.equal(job.gpuCount, 2)
      assert.equal(job.startedAt, '2025-03-04T10:00:00Z')
      assert.equal(job.durationHours, 3 / 3600)
      assert.deepEqual(job.source, { path: 'power.csv', format: 'amd-smi' })
      assert.deepEqual(job.notes, ['power units: bare numbers read as W'])
      assert.deepEqual(
        r.notices.map((n) => [n.line, n.message]),
        [[5, '1 row without a power value (N/A) skipped']],
      )
    })
  }

  it('reads a rocm-smi loop: repeated headers, the unit in the header, poll-interval', async () => {
    const text = fixture('rocm-smi-showpower-loop.csv')
    const r = await read('rocm.csv', text, { pollIntervalSeconds: 2 })
    // card0: 200, 220, 240 W at 0, 2, 4 s; card1 is an MI250X secondary die (N/A): the primary
    // reports the package
    close(r.jobs[0]!.itEnergyKWh, 880 / 3.6e6)
    assert.equal(r.jobs[0]!.gpuCount, 2)
    assert.equal(r.jobs[0]!.startedAt, undefined)
    assert.deepEqual(r.jobs[0]!.notes, ['power units: W as written'])
    await rejectsAt(read('rocm.csv', text), 1, '--poll-interval 1s')
  })

  it('takes the unit written in the cells (amd-smi before 2024-02)', async () => {
    const r = await read('old.csv', fixture('amd-smi-2023-units-in-cells.csv'), {
      pollIntervalSeconds: 1,
    })
    close(r.jobs[0]!.itEnergyKWh, 260 / 3.6e6)
  })

  it('detects µW from the magnitude of bare values and says so', async () => {
    const r = await read('uw.csv', fixture('amd-smi-microwatts.csv'))
    // 255 W × 10 s + 265 W × 10 s
    close(r.jobs[0]!.itEnergyKWh, 5200 / 3.6e6)
    const said =
      "power units: bare numbers read as µW (the largest, 270000000, is no accelerator's draw in W)"
    assert.deepEqual(r.jobs[0]!.notes, [said])
    assert.deepEqual(
      r.notices.map((n) => n.message),
      [said],
    )
  })

  it('names the line of what cannot be used', async () => {
    const head = 'timestamp,gpu,socket_power\n'
    await rejectsAt(read('a.csv', `${head}1741082400,0,-5\n`), 2, '"-5"')
    await rejectsAt(read('a.csv', `${head}1741082400,0,12 kW\n`), 2, '"12 kW"')
    await rejectsAt(read('a.csv', `${head}later,0,12\n`), 2, 'timestamp "later"')
    await rejectsAt(
      read('a.csv', `${head}1741082401,0,12\n1741082400,0,12\n`),
      3,
      'time goes backwards for GPU 0',
    )
    await rejectsAt(read('a.csv', `${head}1741082400,0,N/A\n`), undefined, 'all 1 were N/A')
  })

  it('detects amd-smi and rocm-smi headers only', () => {
    assert.ok(amdSmiReader.detect('p.csv', fixture('amd-smi-metric-watch.csv')))
    assert.ok(amdSmiReader.detect('p.csv', fixture('rocm-smi-showpower-loop.csv')))
    assert.ok(amdSmiReader.detect('p.csv', 'gpu,power_usage,hotspot_temperature\n0,100,40\n'))
    assert.ok(!amdSmiReader.detect('p.csv', 'timestamp, index, power.draw [W]\n'))
    assert.ok(!amdSmiReader.detect('p.csv', 'gpu,temperature\n0,40\n'))
  })
})

describe('AMD power units', () => {
  it('reads units from headers, cells and magnitudes', () => {
    assert.equal(headerUnit('Average Graphics Package Power (W)'), 'W')
    assert.equal(headerUnit('power [uW]'), 'µW')
    assert.equal(headerUnit('socket_power'), undefined)
    assert.deepEqual(parsePowerCell('120.5 W'), { value: 120.5, unit: 'W' })
    assert.deepEqual(parsePowerCell('3000 mW'), { value: 3000, unit: 'mW' })
    assert.equal(parsePowerCell('N/A (Secondary die)'), undefined)
    assert.equal(unitByMagnitude(750), 'W')
    assert.equal(unitByMagnitude(750_000), 'mW')
    assert.equal(unitByMagnitude(750_000_000), 'µW')
  })
})
