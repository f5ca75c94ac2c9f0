import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, it } from 'node:test'
import { ArtifactError } from '../../src/core/errors.js'
import { genericReader } from '../../src/ingest/formats/generic/generic.js'
import type { ReadResult } from '../../src/ingest/types.js'
import { fileInput, memoryInput } from '../support/memory-input.js'

const FIXTURES = resolve(import.meta.dirname, '../fixtures/generic')
const BLOOM = resolve(import.meta.dirname, '../../examples/generic/bloom-176b-training.carbon.json')

const readFile = (path: string, timezone = 'UTC'): Promise<ReadResult> =>
  genericReader.read(fileInput(path), { timezone, maxGapSeconds: 60 })
const readJson = (text: string, chunkSize = 7, timezone = 'UTC'): Promise<ReadResult> =>
  genericReader.read(memoryInput('jobs/run.carbon.json', text, { chunkSize }), {
    timezone,
    maxGapSeconds: 60,
  })

async function assertArtifactError(
  promise: Promise<unknown>,
  line: number | undefined,
  pattern: RegExp,
): Promise<void> {
  await assert.rejects(promise, (e: unknown) => {
    assert.ok(e instanceof ArtifactError, `not an ArtifactError: ${String(e)}`)
    assert.equal(e.lineNo, line, e.message)
    assert.match(e.message, pattern)
    assert.ok(!e.line.includes('\n'), 'one line')
    return true
  })
}

/** A document with the given jobs, one key per line (job i's keys start at a known line). */
const doc = (jobs: string): string => `{\n  "carbonGate": 1,\n  "jobs": [\n${jobs}\n  ]\n}\n`

void describe('generic: detect', () => {
  void it('by the .carbon.json suffix, or a JSON object naming carbonGate', () => {
    assert.equal(genericReader.detect('bloom.carbon.json', ''), true)
    assert.equal(genericReader.detect('BLOOM.CARBON.JSON', ''), true)
    assert.equal(genericReader.detect('report.json', '  {\n "carbonGate": 1, "jobs": []}'), true)
    assert.equal(genericReader.detect('report.json', '{"schemaVersion": 1}'), false)
    assert.equal(genericReader.detect('carbon.json', '[{"carbonGate": 1}]'), false)
    assert.equal(genericReader.detect('emissions.csv', 'duration,emissions,energy_consumed'), false)
  })
})

void describe('generic: read', () => {
  void it('the BLOOM example gives exactly the contract job', async () => {
    const { jobs, notices } = await readFile(BLOOM)
    assert.deepEqual(notices, [])
    assert.deepEqual(jobs, [
      {
        name: 'bloom-176b-training',
        source: { path: BLOOM, format: 'generic', line: 4 },
        itEnergyKWh: 433196,
        idleEnergyKWh: 256646,
        pue: 1,
        intensityGPerKWh: 57,
        startedAt: '2022-03-11T00:00:00Z',
        durationHours: 2820.3,
        gpuCount: 384,
        gpuHours: 1082990,
        gpuModel: 'A100 80GB',
        region: 'FRA',
      },
    ])
  })

  void it('two jobs: minimal and full; unknown keys are ignored with a notice', async () => {
    const path = join(FIXTURES, 'two-jobs.carbon.json')
    const { jobs, notices } = await readFile(path, 'Europe/Amsterdam')
    assert.deepEqual(jobs[0], {
      name: 'tokenizer-build',
      source: { path, format: 'generic', line: 5 },
      itEnergyKWh: 0.42,
    })
    const full = jobs[1]!
    assert.equal(full.source.line, 6)
    assert.equal(full.itEnergyKWh, 18.75) // IT energy: the pue is not inside it
    assert.equal(full.pue, 1.1)
    assert.equal(full.region, 'gcp:europe-west4')
    assert.equal(full.cpuThreads, 64)
    assert.equal(full.gpuHours, 30)
    assert.equal(full.startedAt, '2025-05-02T06:15:00Z') // no offset: read in CEST (UTC+2)
    assert.deepEqual(notices, [
      { path, line: 6, message: 'jobs[1]: unknown keys ignored: emissionsKg, notes' },
    ])
  })

  void it('reads the same whatever the chunk size', async () => {
    const text = readFileSync(join(FIXTURES, 'two-jobs.carbon.json'))
    const results = await Promise.all(
      [1, 7, 1 << 20].map((size) =>
        genericReader.read(memoryInput('a/two.carbon.json', text, { chunkSize: size }), {
          timezone: 'UTC',
          maxGapSeconds: 60,
        }),
      ),
    )
    assert.equal(results[0]!.jobs.length, 2)
    assert.deepEqual(results[0], results[1])
    assert.deepEqual(results[0], results[2])
  })

  void it('a wrong type names the line of the key', async () => {
    await assertArtifactError(
      readFile(join(FIXTURES, 'bad-type.carbon.json')),
      8,
      /^jobs\[1\]\.gpuCount must be a whole number ≥ 0, got "8"$/,
    )
  })

  void it('no job: an empty "jobs" is an error', async () => {
    await assertArtifactError(
      readFile(join(FIXTURES, 'empty-jobs.carbon.json')),
      3,
      /^holds no job: "jobs" is empty/,
    )
  })

  void it('invalid JSON names the line of the error', async () => {
    await assertArtifactError(
      readFile(join(FIXTURES, 'trailing-comma.carbon.json')),
      5,
      /^is not valid JSON: expected a value, found '\]'/,
    )
    await assertArtifactError(
      readJson('{\n  "carbonGate": 1\n  "jobs": []\n}'),
      3,
      /expected ',' or '}'/,
    )
    await assertArtifactError(
      readJson('{"carbonGate": 1, "jobs": [\n'),
      2,
      /found the end of the file/,
    )
    await assertArtifactError(readJson('{"a": "x\ny"}'), 1, /raw control character/)
    await assertArtifactError(readJson('{"a": 1} x'), 1, /unexpected 'x' after the end/)
    await assertArtifactError(readJson(''), 1, /expected a value, found the end of the file/)
    await assertArtifactError(readJson('{"a": 01}'), 1, /expected ',' or '}', found '1'/)
  })

  void it('the document shape: object, carbonGate 1, jobs array', async () => {
    await assertArtifactError(readJson('\n[1]'), 2, /must be a JSON object/)
    await assertArtifactError(readJson('{\n"jobs": []}'), 1, /"carbonGate" is missing/)
    await assertArtifactError(
      readJson('{\n"carbonGate": 2, "jobs": []}'),
      2,
      /"carbonGate" is 2; this version reads 1/,
    )
    await assertArtifactError(
      readJson('{"carbonGate": 1,\n"jobs": {}}'),
      2,
      /"jobs" must be an array/,
    )
    await assertArtifactError(readJson(doc('    42')), 4, /^jobs\[0\] must be an object, got 42/)
  })

  void it('required and ranged fields name the job or key line', async () => {
    const cases: [string, number, RegExp][] = [
      ['    { "energyKWh": 1 }', 4, /^jobs\[0\]\.name is required/],
      ['    { "name": " ", "energyKWh": 1 }', 4, /^jobs\[0\]\.name is required/],
      ['    { "name": "a" }', 4, /^jobs\[0\]\.energyKWh is required/],
      ['    {\n      "name": "a",\n      "energyKWh": -1\n    }', 6, /energyKWh must be a number ≥ 0 \(kWh\), got -1/],
      ['    { "name": "a", "energyKWh": 1e400 }', 4, /energyKWh must be a number ≥ 0/],
      ['    { "name": "a", "energyKWh": "12" }', 4, /energyKWh must be a number ≥ 0 \(kWh\), got "12"/],
      ['    { "name": 7, "energyKWh": 1 }', 4, /^jobs\[0\]\.name must be a string, got 7/],
      ['    {"name": "a", "energyKWh": 1},\n    {"name": "b", "energyKWh": 1,\n "pue": 0.9}', 6, /^jobs\[1\]\.pue must be a number ≥ 1/],
      ['    { "name": "a", "energyKWh": 1, "gpuCount": 1.5 }', 4, /gpuCount must be a whole number/],
      ['    { "name": "a", "energyKWh": 1, "cpuThreads": 0 }', 4, /cpuThreads must be a number > 0/],
      ['    { "name": "a", "energyKWh": 1, "idleEnergyKWh": -3 }', 4, /idleEnergyKWh must be/],
      ['    { "name": "a", "energyKWh": 1, "intensityGPerKWh": -57 }', 4, /intensityGPerKWh must be/],
      ['    { "name": "a", "energyKWh": 1, "durationHours": -1 }', 4, /durationHours must be/],
      ['    { "name": "a", "energyKWh": 1, "gpuHours": -1 }', 4, /gpuHours must be/],
      ['    { "name": "a", "energyKWh": 1, "region": 33 }', 4, /region must be a string/],
      ['    { "name": "a", "energyKWh": 1, "gpuModel": ["A100"] }', 4, /gpuModel must be a string/],
      ['    { "name": "a", "energyKWh": 1, "startedAt": "last week" }', 4, /startedAt "last week" is not an ISO 8601 time/],
      ['    { "name": "a", "energyKWh": 1, "startedAt": 1646956800 }', 4, /startedAt must be a string/],
    ] // prettier-ignore
    for (const [jobs, line, pattern] of cases) {
      await assertArtifactError(readJson(doc(jobs)), line, pattern)
    }
  })

  void it('optional values: null is absent, dates and offsets', async () => {
    const { jobs, notices } = await readJson(
      doc(
        '    { "name": "a", "energyKWh": 0, "pue": null, "region": "" },\n' +
          '    { "name": "b", "energyKWh": 2.5, "startedAt": "2024-07-01" },\n' +
          '    { "name": "c", "energyKWh": 1, "startedAt": "2024-07-01T10:00:00+02:00" }',
      ),
      1,
      'America/New_York',
    )
    assert.deepEqual(notices, [])
    assert.deepEqual(jobs[0], {
      name: 'a',
      source: { path: 'jobs/run.carbon.json', format: 'generic', line: 4 },
      itEnergyKWh: 0,
    })
    assert.equal(jobs[1]!.startedAt, '2024-07-01T04:00:00Z') // midnight EDT (UTC−4)
    assert.equal(jobs[2]!.startedAt, '2024-07-01T08:00:00Z')
    assert.equal(jobs[2]!.source.line, 6)
  })

  void it('unknown top-level keys are noticed; $schema is not', async () => {
    const { notices } = await readJson(
      '{"$schema": "x", "carbonGate": 1, "note": "hi", "jobs": [{"name": "a", "energyKWh": 1}]}',
    )
    assert.deepEqual(notices, [
      { path: 'jobs/run.carbon.json', line: 1, message: 'unknown keys ignored: note' },
    ])
  })

  void it('a "__proto__" key is a plain unknown key', async () => {
    const { jobs, notices } = await readJson(
      doc('    { "name": "a", "energyKWh": 1, "__proto__": { "gpuCount": 8 } }'),
    )
    assert.equal(jobs[0]!.gpuCount, undefined)
    assert.match(notices[0]!.message, /unknown keys ignored: __proto__/)
  })
})
