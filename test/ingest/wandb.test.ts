import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { ArtifactError } from '../../src/core/errors.js'
import { crc32 } from '../../src/ingest/formats/wandb/leveldb-log.js'
import { wandbReader } from '../../src/ingest/formats/wandb/wandb.js'
import { gpuOfKey, runIdFromPath } from '../../src/ingest/formats/wandb/wandb-run.js'
import type { ReadOptions } from '../../src/ingest/types.js'
import { close, rejectsAt } from '../support/assertions.js'
import { fileInput, memoryInput } from '../support/memory-input.js'

const FIXTURES = join(import.meta.dirname, '../fixtures/wandb')
const BINARY = join(FIXTURES, 'run-20250501_100000-k3x9q2ab/run-k3x9q2ab.wandb')
const UTC: ReadOptions = { timezone: 'UTC', maxGapSeconds: 60 }
const text = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8')

/** GPU 0 at 400 W and GPU 1 at 200 W over 8 intervals of 15 s (GPU 1's NaN is bridged). */
const BINARY_KWH = (400 * 120 + 200 * 120) / 3.6e6

function readBytes(path: string, bytes: Uint8Array, chunkSize: number) {
  return wandbReader.read(memoryInput(path, bytes, { chunkSize }), UTC)
}

/** One W&B log chunk (datastore.py's _write_record), for cases the fixture cannot hold. */
function frame(payload: Uint8Array, type = 1): Uint8Array {
  const out = new Uint8Array(7 + payload.byteLength)
  out.set([type], 6)
  out.set(payload, 7)
  const c = crc32(out, 6)
  out.set(
    [
      c & 0xff,
      (c >>> 8) & 0xff,
      (c >>> 16) & 0xff,
      c >>> 24,
      payload.byteLength & 0xff,
      payload.byteLength >>> 8,
    ],
    0,
  )
  return out
}

const HEADER = new Uint8Array([0x3a, 0x57, 0x26, 0x42, 0xe1, 0xbe, 0x00])

/** A length-delimited protobuf field (numbers below 128 only: enough for these cases). */
function field(number: number, bytes: Uint8Array | string): Uint8Array {
  const body = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes
  const key = number < 16 ? [(number << 3) | 2] : [(((number << 3) | 2) & 0x7f) | 0x80, number >> 4]
  return new Uint8Array([...key, body.byteLength, ...body])
}

/** Record { stats { timestamp { seconds }, item { key, value_json } } }. */
function statsRecord(seconds: number, key: string, json: string): Uint8Array {
  const timestamp = new Uint8Array([0x08, (seconds & 0x7f) | 0x80, seconds >> 7])
  const item = new Uint8Array([...field(1, key), ...field(16, json)])
  return field(7, new Uint8Array([...field(2, timestamp), ...field(3, item)]))
}

function log(...chunks: Uint8Array[]): Uint8Array {
  const parts = [HEADER, ...chunks]
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.byteLength
  }
  return out
}

describe('W&B run-<id>.wandb', () => {
  const bytes = new Uint8Array(readFileSync(BINARY))
  for (const chunkSize of [7, 4096, 1 << 20]) {
    it(`reads the stats records of the binary log (chunk ${chunkSize})`, async () => {
      const r = await readBytes(
        'wandb/run-20250501_100000-k3x9q2ab/run-k3x9q2ab.wandb',
        bytes,
        chunkSize,
      )
      const job = r.jobs[0]!
      close(job.itEnergyKWh, BINARY_KWH)
      assert.equal(job.name, 'llama-lora')
      assert.equal(job.gpuCount, 2)
      assert.equal(job.gpuModel, 'NVIDIA H100 80GB HBM3')
      assert.equal(job.startedAt, '2025-05-01T10:00:00Z')
      assert.equal(job.durationHours, 120 / 3600)
      assert.equal(job.source.format, 'wandb')
      assert.deepEqual(r.notices, [])
    })
  }

  it('skips the rest of a damaged block, as wandb sync does, and says so', async () => {
    const damaged = bytes.slice()
    damaged[300]! ^= 0xff // inside a stats record of the first block
    const r = await readBytes('run-k3x9q2ab.wandb', damaged, 1 << 20)
    assert.ok(r.jobs[0]!.itEnergyKWh < BINARY_KWH)
    assert.match(
      r.notices[0]!.message,
      /^1 damaged chunk \(checksum or header wrong, first at byte \d+\)/,
    )
  })

  it('reads a log that ends inside a record (a run still writing)', async () => {
    const r = await readBytes(
      'run-k3x9q2ab.wandb',
      bytes.subarray(0, bytes.byteLength - 5),
      1 << 20,
    )
    close(r.jobs[0]!.itEnergyKWh, BINARY_KWH)
    assert.deepEqual(
      r.notices.map((n) => n.message),
      ['the log ends inside a record (the run was still writing it?): that record was not read'],
    )
  })

  it('names the record that is not a W&B record, and files that are not W&B logs', async () => {
    // field 7 (stats) declared 50 bytes long, with 2 bytes there
    const bad = log(frame(new Uint8Array([0x3a, 50, 0x08, 0x00])))
    await rejectsAt(
      readBytes('run-x.wandb', bad, 64),
      undefined,
      'record 1 (byte 7) is not a W&B record',
    )
    await rejectsAt(
      readBytes('run-x.wandb', new Uint8Array([0x3a, 0x57, 0x26, 0x42, 0x00, 0x00, 0x00]), 64),
      undefined,
      'magic 0x0',
    )
    await rejectsAt(readBytes('run-x.wandb', log(), 64), undefined, 'holds no GPU power sample')
    const negative = log(frame(statsRecord(1000, 'gpu.0.powerWatts', '-5')))
    await rejectsAt(
      readBytes('run-x.wandb', negative, 64),
      undefined,
      'record 1 (byte 7): gpu.0.powerWatts is -5 W, a negative power',
    )
    const backwards = log(
      frame(statsRecord(2000, 'gpu.0.powerWatts', '5')),
      frame(statsRecord(1000, 'gpu.0.powerWatts', '"5"')),
    )
    await rejectsAt(readBytes('run-x.wandb', backwards, 64), undefined, 'record 2 (byte')
    assert.ok(!wandbReader.detect('run-x.wandb', 'SQLite format 3\u0000'))
    assert.ok(wandbReader.detect('run-x.wandb', ':W&B\ufffd\ufffd\u0000'))
  })
})

describe('W&B events and history exports', () => {
  it("reads an old SDK's wandb-events.jsonl with its wandb-metadata.json", async () => {
    const r = await wandbReader.read(
      fileInput(join(FIXTURES, 'run-20200301_120000-1a2b3c4d/wandb-events.jsonl')),
      UTC,
    )
    const job = r.jobs[0]!
    // 250, 260, (NaN), 270, 260 W at 30, 60, (75), 90, 120 s; gpu.process.0 is the same GPU again
    close(job.itEnergyKWh, (255 * 30 + 265 * 30 + 265 * 30) / 3.6e6)
    assert.equal(job.name, 'wandb run 1a2b3c4d')
    assert.equal(job.gpuModel, 'Tesla V100-SXM2-16GB')
    assert.equal(job.gpuCount, 1)
    assert.equal(job.startedAt, '2020-03-01T12:00:30Z')
    assert.equal(job.durationHours, 90 / 3600)
  })

  for (const name of ['history-export.csv', 'history-export.jsonl']) {
    for (const chunkSize of [1, 7, 1 << 20]) {
      it(`reads an export of run.history(stream="events"): ${name} (chunk ${chunkSize})`, async () => {
        const r = await wandbReader.read(memoryInput(name, text(name), { chunkSize }), UTC)
        const gpu0 =
          ((300.5 + 310.5) / 2) * 15.03 +
          ((310.5 + 320.5) / 2) * 14.95 +
          ((320.5 + 330.5) / 2) * 30.01
        const gpu1 = 295 * 29.98 + 305 * 30.01
        assert.ok(Math.abs(r.jobs[0]!.itEnergyKWh - (gpu0 + gpu1) / 3.6e6) < 1e-9)
        assert.equal(r.jobs[0]!.gpuCount, 2)
        assert.equal(r.jobs[0]!.name, 'history-export')
      })
    }
  }

  it('names the line of what cannot be used', async () => {
    const read = (name: string, body: string) => wandbReader.read(memoryInput(name, body), UTC)
    await rejectsAt(read('h.csv', '_timestamp,system.gpu.0.powerWatts\n1,2,3\n'), 2, 'has 3 fields')
    await rejectsAt(
      read('h.csv', '_timestamp,system.gpu.0.powerWatts\n1,abc\n'),
      2,
      '"abc" is not a number',
    )
    await rejectsAt(
      read('h.csv', '_timestamp,system.gpu.0.powerWatts\n,5\n'),
      2,
      'has no _timestamp',
    )
    await rejectsAt(
      read('wandb-events.jsonl', '{"system.gpu.0.powerWatts": -1, "_timestamp": 1}\n'),
      1,
      'a negative power',
    )
    await rejectsAt(
      read('wandb-events.jsonl', '{"_timestamp": 1}\nnot json\n'),
      2,
      'not a JSON object',
    )
  })

  it('detects each form by name and content', () => {
    assert.ok(
      wandbReader.detect(
        'wandb-events.jsonl',
        text('run-20200301_120000-1a2b3c4d/wandb-events.jsonl'),
      ),
    )
    assert.ok(wandbReader.detect('system.csv', text('history-export.csv')))
    assert.ok(wandbReader.detect('system.jsonl', text('history-export.jsonl')))
    assert.ok(!wandbReader.detect('metrics.jsonl', '{"loss": 1.0, "_timestamp": 1}\n'))
    assert.ok(!wandbReader.detect('x.csv', '_step,loss\n0,1.0\n'))
  })

  it('takes GPU power keys only, and run ids from folders', () => {
    assert.equal(gpuOfKey('gpu.3.powerWatts'), '3')
    assert.equal(gpuOfKey('system/gpu.0.powerWatts'), '0')
    assert.equal(gpuOfKey('gpu.1.powerWatts/l:node-7'), '1@node-7')
    assert.equal(gpuOfKey('gpu.process.0.powerWatts'), undefined)
    assert.equal(gpuOfKey('gpu.0.powerPercent'), undefined)
    assert.equal(
      runIdFromPath('wandb/offline-run-20240101_000000-zz9/files/wandb-events.jsonl'),
      'zz9',
    )
    assert.equal(runIdFromPath('x/run-abc.wandb'), 'abc')
  })
})

describe('W&B binary log on damaged input (fast-check, fixed seed)', () => {
  const bytes = new Uint8Array(readFileSync(BINARY))
  /** Resolves, or rejects with the project's one-line ArtifactError: nothing else. */
  async function readsOrRejects(input: Uint8Array, chunkSize: number): Promise<void> {
    try {
      await readBytes('run-x.wandb', input, chunkSize)
    } catch (e) {
      assert.ok(e instanceof ArtifactError, String(e))
      assert.ok(!e.message.includes('\n'), e.message)
    }
  }

  it('reads or rejects arbitrary bytes after the header', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 70_000 }),
        fc.integer({ min: 1, max: 40_000 }),
        (tail, chunk) => readsOrRejects(log(tail), chunk),
      ),
      { seed: 20_251_201, numRuns: 200 },
    )
  })

  it('reads or rejects the fixture with bytes flipped, cut or inserted', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(fc.nat({ max: bytes.byteLength - 1 }), fc.integer({ min: 0, max: 255 })),
          { minLength: 1, maxLength: 8 },
        ),
        fc.nat({ max: bytes.byteLength }),
        (flips, cut) => {
          const damaged = bytes.slice(0, Math.max(7, cut))
          for (const [at, value] of flips) if (at < damaged.byteLength) damaged[at] = value
          return readsOrRejects(damaged, 4096)
        },
      ),
      { seed: 20_251_202, numRuns: 300 },
    )
  })
})
