import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, it } from 'node:test'
import { ArtifactError } from '../../src/core/errors.js'
import { impactTrackerReader } from '../../src/ingest/formats/impact-tracker/impact-tracker.js'
import type { ReadOptions, ReadResult } from '../../src/ingest/types.js'
import { fileInput, memoryInput } from '../support/memory-input.js'

const FIXTURE = resolve(
  import.meta.dirname,
  '../fixtures/impact-tracker/resnet-run/impacttracker/data.json',
)
const OPTIONS: ReadOptions = { timezone: 'UTC', maxGapSeconds: 60 }
const CHUNKS = [1, 7, 1 << 20] as const

function close(actual: number | undefined, expected: number, what: string): void {
  assert.ok(actual !== undefined, `${what} is undefined`)
  assert.ok(
    Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)),
    `${what}: ${actual} ≠ ${expected}`,
  )
}

function lines(...samples: object[]): string {
  return samples.map((s) => JSON.stringify(s)).join('\n') + '\n'
}

function read(text: string, path = 'logs/run/impacttracker/data.json'): Promise<ReadResult> {
  return impactTrackerReader.read(memoryInput(path, text), OPTIONS)
}

describe('impact-tracker detect', () => {
  const sample = lines({ timestamp: 1, rapl_power_draw_absolute: 10 })
  it('needs the name data.json and a sample with a timestamp and a draw', () => {
    assert.equal(impactTrackerReader.detect('data.json', sample), true)
    assert.equal(
      impactTrackerReader.detect(
        'data.json',
        lines({ timestamp: 1, nvidia_estimated_attributable_power_draw: 3 }),
      ),
      true,
    )
    assert.equal(impactTrackerReader.detect('samples.json', sample), false)
    assert.equal(
      impactTrackerReader.detect('data.json', lines({ timestamp: 1, cpu_freq: [1] })),
      false,
    )
    assert.equal(impactTrackerReader.detect('data.json', '{"carbonGate": 1, "jobs": []}'), false)
    assert.equal(impactTrackerReader.detect('data.json', ''), false)
  })
})

describe('impact-tracker fixture: constant 200 W with a 180 s gap', () => {
  for (const chunkSize of CHUNKS) {
    it(`integrates attributable draws, not across the gap (chunk ${chunkSize})`, async () => {
      const text = readFileSync(FIXTURE, 'utf8')
      assert.ok(impactTrackerReader.detect('data.json', text))
      const input = memoryInput('fixtures/resnet-run/impacttracker/data.json', text, { chunkSize })
      const { jobs, notices } = await impactTrackerReader.read(input, OPTIONS)
      assert.equal(jobs.length, 1)
      const job = jobs[0]!
      assert.equal(job.name, 'resnet-run')
      assert.deepEqual(job.source, {
        path: 'fixtures/resnet-run/impacttracker/data.json',
        format: 'impact-tracker',
      })
      // (20 + 180) W attributable × (20 s + 10 s) bridged = 6000 J
      close(job.itEnergyKWh, 0.0016666666666666668, 'itEnergyKWh')
      assert.equal(job.pue, undefined)
      close(job.intensityGPerKWh, 120, 'intensity') // mean of 100, 110, 120, 130, 140
      close(job.durationHours, 0.058333333333333334, 'duration') // 210 s
      assert.equal(job.startedAt, '2023-11-14T22:13:20Z') // epoch 1700000000
      assert.equal(job.gpuCount, 2)
      assert.deepEqual(job.notes, ['1 gap > 60 s not bridged'])
      assert.equal(notices.length, 1)
      assert.equal(notices[0]!.line, 6)
      assert.match(notices[0]!.message, /gap of 3\.0 min/)
    })
  }

  it('bridges the gap when the limit allows it', async () => {
    const input = memoryInput('data.json', readFileSync(FIXTURE, 'utf8'))
    const { jobs } = await impactTrackerReader.read(input, { ...OPTIONS, maxGapSeconds: 600 })
    close(jobs[0]!.itEnergyKWh, 0.011666666666666667, 'itEnergyKWh') // 200 W × 210 s = 42000 J
  })
})

describe('impact-tracker example', () => {
  it('examples/impact-tracker reads as one job named after its run directory', async () => {
    const file = resolve(
      import.meta.dirname,
      '../../examples/impact-tracker/bert-base-finetune/impacttracker/data.json',
    )
    const { jobs, notices } = await impactTrackerReader.read(fileInput(file), OPTIONS)
    assert.equal(jobs.length, 1)
    assert.equal(jobs[0]!.name, 'bert-base-finetune')
    assert.equal(jobs[0]!.gpuCount, 1)
    assert.ok(jobs[0]!.itEnergyKWh > 0)
    assert.deepEqual(notices, [])
  })
})

describe('impact-tracker edge cases', () => {
  it('falls back to absolute draws and integrates trapezoids', async () => {
    const { jobs } = await read(
      lines(
        { timestamp: 100, rapl_power_draw_absolute: 0, nvidia_draw_absolute: 0 },
        { timestamp: 110, rapl_power_draw_absolute: 40, nvidia_draw_absolute: 60 },
        { timestamp: 130, rapl_power_draw_absolute: 40, nvidia_draw_absolute: 60 },
      ),
    )
    // 10 s × (0 + 100)/2 W + 20 s × 100 W = 500 + 2000 = 2500 J
    close(jobs[0]!.itEnergyKWh, 2500 / 3_600_000, 'itEnergyKWh')
    assert.equal(jobs[0]!.name, 'run')
    assert.equal(jobs[0]!.intensityGPerKWh, undefined)
    assert.equal(jobs[0]!.gpuCount, undefined)
  })

  it('accepts Python NaN and CRLF', async () => {
    const text =
      '{"timestamp": 0, "rapl_power_draw_absolute": 10, "realtime_carbon_intensity": NaN}\r\n{"timestamp": 36, "rapl_power_draw_absolute": 10}\r\n'
    const { jobs } = await read(text)
    close(jobs[0]!.itEnergyKWh, 360 / 3_600_000, 'itEnergyKWh')
  })

  it('timestamps going back: error with the line', async () => {
    const text = lines(
      { timestamp: 10, rapl_power_draw_absolute: 1 },
      { timestamp: 20, rapl_power_draw_absolute: 1 },
      { timestamp: 15, rapl_power_draw_absolute: 1 },
    )
    await assert.rejects(read(text), (e: unknown) => {
      assert.ok(e instanceof ArtifactError)
      assert.equal(e.where, 'logs/run/impacttracker/data.json:3')
      return true
    })
  })

  it('a bad JSON line: error with the line', async () => {
    const text = `${lines({ timestamp: 10, rapl_power_draw_absolute: 1 })}{"timestamp": 11, "rapl_power\n`
    await assert.rejects(read(text), (e: unknown) => e instanceof ArtifactError && e.lineNo === 2)
  })

  it('negative power: error with the line', async () => {
    const text = lines(
      { timestamp: 10, rapl_power_draw_absolute: 1 },
      { timestamp: 11, nvidia_draw_absolute: -3 },
    )
    await assert.rejects(read(text), (e: unknown) => e instanceof ArtifactError && e.lineNo === 2)
  })

  it('an empty file holds no job', async () => {
    await assert.rejects(
      read('\n'),
      (e: unknown) => e instanceof ArtifactError && /holds no job/.test(e.message),
    )
  })
})
