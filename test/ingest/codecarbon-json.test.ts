import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { boampsReader } from '../../src/ingest/formats/boamps/boamps.js'
import { codecarbonJsonReader } from '../../src/ingest/formats/codecarbon-json/codecarbon-json.js'
import type { ReadOptions } from '../../src/ingest/types.js'
import { close, rejectsAt } from '../support/assertions.js'
import { fileInput, memoryInput } from '../support/memory-input.js'

const FIXTURES = join(import.meta.dirname, '../fixtures')
const UTC: ReadOptions = { timezone: 'UTC', maxGapSeconds: 60 }
const text = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8')
const CSV_HEADER =
  'timestamp,project_name,run_id,duration,emissions,energy_consumed\n2025-06-10T14:05:00,rag-eval,9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a,300,0.009475,0.025\n'

describe("CodeCarbon's JSON records", () => {
  for (const chunkSize of [1, 7, 1 << 20]) {
    it(`takes the last cumulative record of each run from a logger's file (chunk ${chunkSize})`, async () => {
      const input = memoryInput('logs/codecarbon.log', text('codecarbon-json/codecarbon.log'), {
        chunkSize,
      })
      const r = await codecarbonJsonReader.read(input, UTC)
      assert.equal(r.jobs.length, 2)
      const [first, second] = r.jobs
      close(first!.itEnergyKWh, 0.025)
      assert.equal(first!.durationHours, 300 / 3600)
      assert.equal(first!.startedAt, '2025-06-10T14:00:00Z')
      assert.equal(first!.gpuModel, 'NVIDIA A10G')
      assert.equal(first!.cloudProvider, 'aws')
      assert.deepEqual(first!.source, {
        path: 'logs/codecarbon.log',
        format: 'codecarbon-json',
        line: 5,
      })
      close(first!.intensityGPerKWh, 379)
      // pue 1.2 divided out; wue 0.4 measured water (NaN latitude as Python writes it)
      close(second!.itEnergyKWh, 0.003)
      assert.equal(second!.pue, 1.2)
      close(second!.waterL, 0.00144)
      assert.equal(second!.wueLPerKWh, 0.4)
      assert.deepEqual(r.notices, [])
    })
  }

  it('reads one JSON document, and leaves runs the emissions.csv beside it counts', async () => {
    const doc = await codecarbonJsonReader.read(
      memoryInput('prefill_codecarbon.json', text('codecarbon-json/prefill_codecarbon.json')),
      UTC,
    )
    close(doc.jobs[0]!.itEnergyKWh, 0.00043)
    assert.equal(doc.jobs[0]!.gpuModel, 'NVIDIA A100-SXM4-80GB')
    const beside = await codecarbonJsonReader.read(
      memoryInput('codecarbon.log', text('codecarbon-json/codecarbon.log'), {
        siblings: { 'emissions.csv': CSV_HEADER },
      }),
      UTC,
    )
    assert.equal(beside.jobs.length, 1)
    assert.deepEqual(
      beside.notices.map((n) => n.message),
      [
        'run 9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a is also in the emissions.csv beside this file: counted there, not here',
      ],
    )
  })

  it("does not count optimum-benchmark's task file beside its report", async () => {
    const r = await codecarbonJsonReader.read(
      fileInput(join(FIXTURES, 'optimum-benchmark/llama3-8b-a100/prefill_codecarbon.json')),
      UTC,
    )
    assert.deepEqual(r.jobs, [])
    assert.match(r.notices[0]!.message, /its energy is in the benchmark_report.json beside it/)
  })

  it('names the line of what cannot be used', async () => {
    const line = (v: string) =>
      `{"run_id": "r", "duration": 1, "emissions": 0, "energy_consumed": ${v}, "timestamp": "2025-01-01T00:00:00"}`
    const read = (body: string) => codecarbonJsonReader.read(memoryInput('c.log', body), UTC)
    await rejectsAt(read(`x\n${line('-1')}\n`), 2, 'energy_consumed -1 kWh is not a number ≥ 0')
    await rejectsAt(
      read(`${line('1')}\nINFO {"energy_consumed": 1, "run_id": \n`),
      2,
      'a cut log line',
    )
    await rejectsAt(
      read(`${line('2')}\n${line('1')}\n`),
      2,
      'energy_consumed goes backwards within run r',
    )
    await rejectsAt(read('just text\n'), undefined, 'holds no CodeCarbon record')
  })

  it('detects records by name and keys', () => {
    assert.ok(codecarbonJsonReader.detect('codecarbon.log', text('codecarbon-json/codecarbon.log')))
    assert.ok(
      codecarbonJsonReader.detect(
        'decode_codecarbon.json',
        text('codecarbon-json/prefill_codecarbon.json'),
      ),
    )
    assert.ok(!codecarbonJsonReader.detect('emissions.csv', text('codecarbon-json/codecarbon.log')))
    assert.ok(!codecarbonJsonReader.detect('x.json', '{"energy_consumed": 1}'))
  })
})

describe('BoAmps reports', () => {
  const NAME = 'boamps/boamps_report_c0ffee00-1234-4abc-9def-0123456789ab.json'

  it("reads each measure in kWh; a CodeCarbon measure's time is its end", async () => {
    const r = await boampsReader.read(memoryInput(NAME, text(NAME)), UTC)
    const job = r.jobs[0]!
    close(job.itEnergyKWh, 0.042)
    assert.equal(job.name, 'inference chatbot c0ffee00')
    assert.equal(job.durationHours, 0.5)
    assert.equal(job.startedAt, '2025-07-01T12:00:00Z')
    assert.equal(job.gpuCount, 1)
    assert.equal(job.gpuModel, 'NVIDIA L4')
    assert.equal(job.cpuThreads, 12)
    assert.equal(job.intensityGPerKWh, 268)
    assert.equal(job.cloudProvider, 'gcp')
    assert.equal(job.country, 'Netherlands')
    assert.deepEqual(job.notes, ['1000 requests', 'measured by codecarbon'])
    assert.equal(job.source.line, 26)
  })

  it('counts each measure of several methods, says so, and leaves runs the CSV beside it counts', async () => {
    const two = JSON.stringify({
      measures: [
        {
          measurementMethod: 'codecarbon',
          powerConsumption: 1,
          measurementDateTime: '2025-01-01 01:00:00',
          measurementDuration: 3600,
        },
        {
          measurementMethod: 'wattmeter',
          powerConsumption: 1.2,
          measurementDateTime: '2025-01-01 00:00:00',
        },
      ],
    })
    const r = await boampsReader.read(memoryInput('b.json', two), UTC)
    assert.deepEqual(
      r.jobs.map((j) => [j.name, j.itEnergyKWh, j.startedAt]),
      [
        ['b measure 1', 1, '2025-01-01T00:00:00Z'],
        ['b measure 2', 1.2, '2025-01-01T00:00:00Z'],
      ],
    )
    assert.match(r.notices[0]!.message, /2 measures by codecarbon, wattmeter: each is counted/)
    const csv = CSV_HEADER.replace(
      '9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a',
      'c0ffee00-1234-4abc-9def-0123456789ab',
    )
    const counted = await boampsReader.read(
      memoryInput(NAME, text(NAME), { siblings: { 'emissions.csv': csv } }),
      UTC,
    )
    assert.deepEqual(counted.jobs, [])
  })

  it('names the line of what cannot be used', async () => {
    const read = (body: string) => boampsReader.read(memoryInput('b.json', body), UTC)
    await rejectsAt(
      read('{\n  "measures": [\n    { "powerConsumption": "12 kWh" }\n  ]\n}'),
      3,
      'powerConsumption must be the energy in kWh',
    )
    await rejectsAt(read('{\n "measures": []\n}'), 2, '"measures" is empty')
    await rejectsAt(
      read('{"measures": [ {"powerConsumption": 1,\n"measurementDateTime": "today"} ]}'),
      2,
      '"today"',
    )
    await rejectsAt(read('{"measures": [}'), 1, 'not valid JSON')
    assert.ok(boampsReader.detect('boamps_report_x.json', text(NAME)))
    assert.ok(!boampsReader.detect('report.json', '{"measures": [{"value": 1}]}'))
  })
})
