/**
 * Issue 12, silent under-counting: input that would be counted wrong without a word is an error
 * naming file:line and what is wrong (a duplicated column, a duplicated JSON key, a pue below 1).
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ArtifactError } from '../../src/core/errors.js'
import { codecarbonJsonReader } from '../../src/ingest/formats/codecarbon-json/codecarbon-json.js'
import { codecarbonReader } from '../../src/ingest/formats/codecarbon/codecarbon.js'
import { eco2aiReader } from '../../src/ingest/formats/eco2ai/eco2ai.js'
import { genericReader } from '../../src/ingest/formats/generic/generic.js'
import { zeusReader } from '../../src/ingest/formats/zeus/zeus.js'
import type { Reader, ReadOptions } from '../../src/ingest/types.js'
import { memoryInput } from '../support/memory-input.js'

const UTC: ReadOptions = { timezone: 'UTC', maxGapSeconds: 60 }

async function rejectsAt(
  reader: Reader,
  path: string,
  text: string,
  line: number,
  pattern: RegExp,
): Promise<void> {
  for (const chunkSize of [3, 1 << 16]) {
    await assert.rejects(reader.read(memoryInput(path, text, { chunkSize }), UTC), (e: unknown) => {
      assert.ok(e instanceof ArtifactError, `not an ArtifactError: ${String(e)}`)
      assert.equal(e.path, path)
      assert.equal(e.lineNo, line, e.message)
      assert.match(e.message, pattern)
      assert.ok(!e.line.includes('\n'), 'one line')
      return true
    })
  }
}

describe('duplicated header columns', () => {
  it('CodeCarbon: two energy_consumed columns', async () => {
    const text =
      '\ntimestamp,run_id,duration,emissions,energy_consumed,energy_consumed\n' +
      '2026-01-05T10:00:10,r1,10,0.001,0.5,0.25\n'
    await rejectsAt(
      codecarbonReader,
      'runs/emissions.csv',
      text,
      2,
      /column "energy_consumed" appears twice in the header \(fields 5 and 6\)/,
    )
  })

  it('CodeCarbon: two pue columns (quoted names count too)', async () => {
    const text =
      'timestamp,run_id,duration,emissions,energy_consumed,"pue",pue\n' +
      '2026-01-05T10:00:10,r1,10,0.001,0.5,1.0,2.0\n'
    await rejectsAt(codecarbonReader, 'emissions.csv', text, 1, /column "pue" appears twice/)
  })

  it('CodeCarbon: a repeated column the reader does not use is still read', async () => {
    const text =
      'timestamp,run_id,duration,emissions,energy_consumed,os,os\n' +
      '2026-01-05T10:00:10,r1,10,0.001,0.5,Linux,Linux\n'
    const { jobs } = await codecarbonReader.read(memoryInput('emissions.csv', text), UTC)
    assert.equal(jobs[0]!.itEnergyKWh, 0.5)
  })

  it('Zeus: two gpu0_energy columns', async () => {
    const text =
      'start_time,window_name,elapsed_time,gpu0_energy,gpu1_energy,gpu0_energy\n' +
      '1700000000,train,10,100,100,100\n'
    await rejectsAt(zeusReader, 'zeus.csv', text, 1, /column "gpu0_energy" appears twice/)
  })

  it('Eco2AI: two power_consumption(kWh) columns', async () => {
    const text =
      'id,project_name,epoch,duration(s),power_consumption(kWh),CO2_emissions(kg),power_consumption(kWh)\n' +
      'a1,p,N/A,10,0.5,0.1,0.25\n'
    await rejectsAt(
      eco2aiReader,
      'emission.csv',
      text,
      1,
      /column "power_consumption\(kWh\)" appears twice/,
    )
  })
})

describe('duplicated JSON keys in a generic file', () => {
  it('a job with energyKWh twice', async () => {
    const text =
      '{"carbonGate": 1, "jobs": [\n  {"name": "a", "energyKWh": 100,\n   "energyKWh": 1}\n]}\n'
    await rejectsAt(
      genericReader,
      'x.carbon.json',
      text,
      3,
      /key "energyKWh" appears twice in one object \(lines 2 and 3\)/,
    )
  })

  it('"jobs" twice (the first list would be dropped)', async () => {
    const text =
      '{"carbonGate": 1,\n "jobs": [{"name": "a", "energyKWh": 100}],\n "jobs": [{"name": "b", "energyKWh": 1}]}\n'
    await rejectsAt(genericReader, 'x.carbon.json', text, 3, /key "jobs" appears twice/)
  })

  it('an unknown key twice is only an unknown key', async () => {
    const text = '{"carbonGate": 1, "jobs": [{"name": "a", "energyKWh": 2, "tag": 1, "tag": 2}]}'
    const { jobs, notices } = await genericReader.read(memoryInput('x.carbon.json', text), UTC)
    assert.equal(jobs[0]!.itEnergyKWh, 2)
    assert.match(notices[0]!.message, /unknown keys ignored: tag/)
  })
})

describe('a CodeCarbon pue below 1', () => {
  it('emissions.csv: pue 0.001 would multiply the energy ×1000', async () => {
    const text =
      'timestamp,run_id,duration,emissions,energy_consumed,pue\n' +
      '2026-01-05T10:00:10,r1,10,0.001,0.5,1.0\n' +
      '2026-01-05T10:00:10,r2,10,0.001,0.5,0.001\n'
    await rejectsAt(codecarbonReader, 'emissions.csv', text, 3, /pue 0\.001 is below 1/)
  })

  it('CodeCarbon JSON: the same rule', async () => {
    const text =
      '{"timestamp": "2026-01-05T10:00:10", "run_id": "r1", "duration": 10, "emissions": 0.001,\n' +
      ' "energy_consumed": 0.5, "pue": 0.5}\n'
    await rejectsAt(codecarbonJsonReader, 'emissions.json', text, 1, /pue 0\.5 is below 1/)
  })

  it('pue 1 and above are divided out as before', async () => {
    const text =
      'timestamp,run_id,duration,emissions,energy_consumed,pue\n' +
      '2026-01-05T10:00:10,r1,10,0.001,0.6,1.2\n' +
      '2026-01-05T10:00:10,r2,10,0.001,0.5,1\n'
    const { jobs } = await codecarbonReader.read(memoryInput('emissions.csv', text), UTC)
    assert.ok(Math.abs(jobs[0]!.itEnergyKWh - 0.5) < 1e-12)
    assert.equal(jobs[1]!.itEnergyKWh, 0.5)
  })
})
