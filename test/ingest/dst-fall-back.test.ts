/**
 * A power log written in local time across the autumn change (Europe/Paris, 2024-10-27: 03:00
 * CEST → 02:00 CET, so 02:00–02:59 happens twice) is read in order: the repeated hour resolves
 * from the sequence (the second 02:xx is the later instant), the energy is that of the real
 * elapsed time, and a log that truly goes backwards names the repeated hour and the fix.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { nvidiaSmiReader } from '../../src/ingest/formats/nvidia-smi/nvidia-smi.js'
import {
  describeRepeatedHour,
  laterSameWallTime,
  localTimeMs,
  parseTimestamp,
} from '../../src/ingest/shared/time.js'
import type { ReadOptions } from '../../src/ingest/types.js'
import { close, rejectsAt } from '../support/assertions.js'
import { memoryInput } from '../support/memory-input.js'

const PARIS: ReadOptions = { timezone: 'Europe/Paris', maxGapSeconds: 60 }
const FIXTURE = join(import.meta.dirname, '../fixtures/nvidia-smi/dst-fall-back-paris.csv')
/** 00:30Z–01:30Z on 2024-10-27: 02:30 CEST … 02:59 CEST, 02:00 CET … 02:30 CET. */
const START = Date.UTC(2024, 9, 27, 0, 30)

function read(text: string, options: Partial<ReadOptions> = {}, chunkSize = 1 << 20) {
  return nvidiaSmiReader.read(memoryInput('gpu.csv', text, { chunkSize }), {
    ...PARIS,
    ...options,
  })
}

describe('time zone changes in local-time logs', () => {
  it('an ambiguous wall time reads as its first occurrence; the second is one hour later', () => {
    const first = localTimeMs(2024, 10, 27, 2, 30, 0, 0, 'Europe/Paris')
    assert.equal(first, Date.UTC(2024, 9, 27, 0, 30))
    assert.equal(laterSameWallTime(first, 'Europe/Paris'), Date.UTC(2024, 9, 27, 1, 30))
    assert.equal(parseTimestamp('2024/10/27 02:30:00.000', 'Europe/Paris'), first)
    // Unambiguous times around it are unchanged.
    assert.equal(
      parseTimestamp('2024-10-27 01:59:00', 'Europe/Paris'),
      Date.UTC(2024, 9, 26, 23, 59),
    )
    assert.equal(parseTimestamp('2024-10-27 03:00:00', 'Europe/Paris'), Date.UTC(2024, 9, 27, 2))
    assert.equal(laterSameWallTime(Date.UTC(2024, 9, 27, 2), 'Europe/Paris'), undefined)
    assert.equal(laterSameWallTime(START, 'UTC'), undefined)
    // New York falls back at 06:00Z: 01:30 EDT (05:30Z) and 01:30 EST (06:30Z).
    const ny = localTimeMs(2024, 11, 3, 1, 30, 0, 0, 'America/New_York')
    assert.equal(ny, Date.UTC(2024, 10, 3, 5, 30))
    assert.equal(laterSameWallTime(ny, 'America/New_York'), Date.UTC(2024, 10, 3, 6, 30))
  })

  for (const chunkSize of [7, 1 << 20]) {
    it(`reads a log across the fall-back in order, the real hour counted (chunk ${chunkSize})`, async () => {
      const r = await read(readFileSync(FIXTURE, 'utf8'), {}, chunkSize)
      assert.equal(r.jobs.length, 1)
      const job = r.jobs[0]!
      // 121 polls, 30 s apart, at 200 W: exactly one hour.
      close(job.durationHours, 1)
      close(job.itEnergyKWh, 0.2)
      assert.equal(job.startedAt, '2024-10-27T00:30:00Z')
    })
  }

  it('a log that goes backwards by more than the repeated hour is still an error', async () => {
    const text = [
      'timestamp, index, name, uuid, power.draw [W]',
      '2024/10/27 02:30:00.000, 0, A100, GPU-0, 200.00 W',
      '2024/10/27 02:30:30.000, 0, A100, GPU-0, 200.00 W',
      '2024/10/27 01:00:00.000, 0, A100, GPU-0, 200.00 W',
      '',
    ].join('\n')
    await rejectsAt(read(text), 4, 'time goes backwards')
  })

  it('a sample going back inside the repeated hour twice names the hour and the fix', async () => {
    // 02:30 CEST, 02:10 (the CET one, 40 min later), then 02:05: behind both readings.
    const text = [
      'timestamp, index, name, uuid, power.draw [W]',
      '2024/10/27 02:30:00.000, 0, A100, GPU-0, 200.00 W',
      '2024/10/27 02:10:00.000, 0, A100, GPU-0, 200.00 W',
      '2024/10/27 02:05:00.000, 0, A100, GPU-0, 200.00 W',
      '',
    ].join('\n')
    await rejectsAt(
      read(text, { maxGapSeconds: 7200 }),
      4,
      'is in the hour Europe/Paris shows twice when its clocks go back (from 2024-10-27 02:00, at +02:00 then at +01:00)',
    )
    const said = describeRepeatedHour(Date.UTC(2024, 9, 27, 0, 5), 'Europe/Paris')
    assert.match(said!, /log in UTC \(TZ=UTC nvidia-smi …\) or with an offset/)
  })

  it('in UTC the same text is an error as before (no zone change to explain it)', async () => {
    await rejectsAt(
      read(readFileSync(FIXTURE, 'utf8'), { timezone: 'UTC' }),
      62,
      'time goes backwards',
    )
  })
})
