/**
 * The readers that stream large files keep per-run state only and give what the rows add up to,
 * whatever the chunking: CodeCarbon cumulative flush rows (the last flush of each run counts),
 * Eco2AI epoch deltas (summed per id) and cumulative copies (the longest counts). And the file
 * input: full 1 MiB chunks, the whole file, no file left open.
 */
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { codecarbonReader } from '../../src/ingest/formats/codecarbon/codecarbon.js'
import { eco2aiReader } from '../../src/ingest/formats/eco2ai/eco2ai.js'
import { zeusReader } from '../../src/ingest/formats/zeus/zeus.js'
import type { ReadOptions, ReadResult } from '../../src/ingest/types.js'
import { collectJobs } from '../../src/platform/collect-jobs.js'
import { fileArtifact } from '../../src/platform/file-input.js'
import { memoryInput } from '../support/memory-input.js'
import { createRandom } from './support.js'

const UTC: ReadOptions = { timezone: 'UTC', maxGapSeconds: 60 }
const CC_HEADER =
  'timestamp,project_name,run_id,duration,emissions,energy_consumed,country_iso_code,gpu_count,gpu_model,pue'

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function isoLocal(ms: number): string {
  const d = new Date(ms)
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  )
}

/** 4 runs of cumulative flushes, 10 s apart; the last energy and duration of each run. */
function codecarbonLog(rows: number): { text: string; last: { kWh: number; s: number }[] } {
  const random = createRandom(42)
  const lines = [CC_HEADER]
  const last: { kWh: number; s: number }[] = []
  for (let run = 0; run < 4; run++) {
    let kWh = 0
    let s = 0
    const start = Date.UTC(2025, 6, 1 + run, 8)
    for (let k = 0; k < rows / 4; k++) {
      s += 10
      kWh += random.int(1000) / 1e6
      const ts = isoLocal(start + s * 1000)
      lines.push(`${ts},bench,run-${run},${s},${kWh * 0.05},${kWh},FRA,8,8 x H100,1.0`)
    }
    last.push({ kWh, s })
  }
  return { text: lines.join('\n') + '\n', last }
}

async function readAll(
  read: (text: string, chunkSize: number) => Promise<ReadResult>,
  text: string,
): Promise<ReadResult> {
  const results = [await read(text, 4096), await read(text, 1 << 20), await read(text, 4 << 20)]
  for (const r of results.slice(1)) assert.deepEqual(r, results[0])
  return results[0]!
}

describe('CodeCarbon: 20,000 cumulative flush rows', () => {
  const { text, last } = codecarbonLog(20_000)
  const read = (t: string, chunkSize: number, zone = 'UTC'): Promise<ReadResult> =>
    codecarbonReader.read(memoryInput('runs/emissions.csv', t, { chunkSize }), {
      ...UTC,
      timezone: zone,
    })

  it('counts the last flush of each run, whatever the chunks', async () => {
    const r = await readAll(read, text)
    assert.deepEqual(
      r.jobs.map((j) => j.itEnergyKWh),
      last.map((l) => l.kWh),
    )
    assert.deepEqual(
      r.jobs.map((j) => j.durationHours),
      last.map((l) => l.s / 3600),
    )
    assert.deepEqual(r.notices, [])
  })

  it('reads its times in the configured zone', async () => {
    // July in Paris is UTC+2: the runs started 2 h earlier than their UTC reading says.
    const utc = await read(text, 1 << 20)
    const paris = await read(text, 1 << 20, 'Europe/Paris')
    assert.equal(utc.jobs[0]!.startedAt, '2025-07-01T08:00:00Z')
    assert.equal(paris.jobs[0]!.startedAt, '2025-07-01T06:00:00Z')
  })
})

describe('Eco2AI: epoch deltas and cumulative copies', () => {
  const HEADER =
    'id,project_name,experiment_description,epoch,start_time,duration(s),power_consumption(kWh),CO2_emissions(kg),CPU_name,GPU_name,OS,region/country,cost'
  const random = createRandom(7)
  const lines = [HEADER]
  const sums = [0, 0]
  for (let k = 0; k < 5000; k++) {
    const run = k % 2
    const kWh = random.int(10_000) / 1e4
    sums[run] = sums[run]! + kWh
    lines.push(
      `run-${run},demo,x,"epoch: ${k}, loss: 0.1, ",2025-01-01 00:00:00,600,${kWh},0.01,"CPU, 2",A100 8 device(s),Linux,FR/Île-de-France,0`,
    )
  }
  // Start/stop mode: three cumulative copies of one run; the longest (900 s) is the run.
  for (const [s, kWh] of [
    [300, 1],
    [900, 3],
    [600, 2],
  ] as const) {
    lines.push(
      `copy,demo,x,N/A,2025-01-02 00:00:00,${s},${kWh},0.1,CPU,A100 1 device(s),Linux,FR,0`,
    )
  }
  const text = lines.join('\r\n')
  const read = (t: string, chunkSize: number): Promise<ReadResult> =>
    eco2aiReader.read(memoryInput('emission.csv', t, { chunkSize }), UTC)

  it('sums the epochs of each id in file order and keeps the longest copy', async () => {
    const r = await readAll(read, text)
    assert.deepEqual(
      r.jobs.map((j) => j.itEnergyKWh),
      [sums[0], sums[1], 3],
    )
    assert.deepEqual(r.jobs[0]!.notes, ['2500 epoch rows summed'])
    assert.equal(r.jobs[2]!.durationHours, 900 / 3600)
    assert.deepEqual(r.notices, [
      {
        path: 'emission.csv',
        line: 5003,
        message: '3 cumulative rows share id copy: the longest one is used',
      },
    ])
  })
})

describe('Zeus: windows kept in typed arrays', () => {
  /** The outermost-window rule as it was written with plain arrays and splice. */
  function reference(windows: readonly [number, number, number][]) {
    const EPS = 1e-3
    const starts: number[] = []
    const ends: number[] = []
    const joules: number[] = []
    const seconds: number[] = []
    let nested = 0
    let overlapping = 0
    for (const [s, elapsed, j] of windows) {
      const e = s + elapsed
      const last = ends.length - 1
      if (last === -1 || s >= ends[last]! - EPS) {
        starts.push(s)
        ends.push(e)
        joules.push(j)
        seconds.push(elapsed)
        continue
      }
      let lo = 0
      let hi = ends.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (ends[mid]! > s + EPS) hi = mid
        else lo = mid + 1
      }
      let k = lo
      let encloses = true
      let inside = false
      while (k < starts.length && starts[k]! < e - EPS) {
        if (starts[k]! <= s + EPS && ends[k]! >= e - EPS) {
          inside = true
          break
        }
        if (starts[k]! < s - EPS || ends[k]! > e + EPS) encloses = false
        k++
      }
      if (inside) nested++
      else if (!encloses) overlapping++
      else {
        nested += k - lo
        starts.splice(lo, k - lo, s)
        ends.splice(lo, k - lo, e)
        joules.splice(lo, k - lo, j)
        seconds.splice(lo, k - lo, elapsed)
      }
    }
    let energy = 0
    let duration = 0
    for (let i = 0; i < starts.length; i++) {
      energy += joules[i]!
      duration += seconds[i]!
    }
    return { energy, duration, counted: starts.length, nested, overlapping }
  }

  it('counts the outermost windows as before, windows in any order', async () => {
    const random = createRandom(5)
    const windows: [number, number, number][] = []
    for (let k = 0; k < 20_000; k++) {
      const s = 1_700_000_000 + random.int(2_000_000) / 100
      windows.push([s, random.int(5000) / 10, random.int(100_000) / 10])
    }
    // Runs of nested steps then their enclosing epoch, as a training loop logs them.
    for (let epoch = 0; epoch < 200; epoch++) {
      const t0 = 1_800_000_000 + epoch * 100
      for (let step = 0; step < 20; step++) windows.push([t0 + 1 + step * 4, 3, 10])
      windows.push([t0, 90, 500])
    }
    const lines = ['start_time,window_name,elapsed_time,gpu0_energy']
    for (const [s, elapsed, j] of windows) lines.push(`${s},w,${elapsed},${j}`)
    const want = reference(windows)
    const r = await zeusReader.read(
      memoryInput('zeus.csv', lines.join('\n'), { chunkSize: 1 << 16 }),
      UTC,
    )
    const job = r.jobs[0]!
    assert.equal(job.itEnergyKWh, want.energy / 3_600_000)
    assert.equal(job.durationHours, want.duration / 3600)
    assert.equal(
      job.notes?.[0],
      `${want.counted} of ${windows.length} windows counted (outermost, not overlapping)`,
    )
    assert.ok(want.nested > 4000 && want.overlapping > 1000, 'the windows nest and overlap')
    const counts = r.notices.map((n) => Number(n.message.split(' ')[0]))
    assert.deepEqual(counts, [want.nested, want.overlapping])
  })
})

describe('file input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cg-file-input-'))
  after(() => {
    rmSync(dir, { recursive: true, force: true })
  })
  const openFiles = (): number | undefined => {
    try {
      return readdirSync('/proc/self/fd').length
    } catch {
      return undefined
    }
  }

  it('reads a file in full 1 MiB chunks, the last one shorter', async () => {
    for (const size of [0, 1, 1000, 1 << 20, (5 << 20) / 2]) {
      const bytes = new Uint8Array(size).map((_, i) => (i * 7) % 251)
      const path = join(dir, `f${size}.bin`)
      writeFileSync(path, bytes)
      const copy = new Uint8Array(size)
      const lengths: number[] = []
      for await (const chunk of fileArtifact(path, 'f').chunks()) {
        copy.set(
          chunk,
          lengths.reduce((a, b) => a + b, 0),
        )
        lengths.push(chunk.byteLength)
      }
      assert.deepEqual(copy, bytes, `${size} bytes`)
      const full = Math.floor(size / (1 << 20))
      const expected = [...Array<number>(full).fill(1 << 20), size % (1 << 20)].filter((n) => n)
      assert.deepEqual(lengths, expected, `${size} bytes`)
    }
  })

  it('closes the file when a reader stops early, and after many files', async () => {
    const before = openFiles()
    const big = join(dir, 'big.bin')
    writeFileSync(big, new Uint8Array(3 << 20))
    for (let i = 0; i < 5; i++) {
      for await (const chunk of fileArtifact(big, 'big').chunks()) {
        assert.equal(chunk.byteLength, 1 << 20)
        break
      }
    }
    const many = join(dir, 'many')
    mkdirSync(many)
    for (let i = 0; i < 50; i++) {
      writeFileSync(
        join(many, `emissions-${i}.csv`),
        `${CC_HEADER}\n2025-01-01T00:00:10,p,r${i},10,0.001,0.02,FRA,1,A100,1.0\n`,
      )
    }
    const collected = await collectJobs([many], { cwd: dir, read: UTC })
    assert.equal(collected.jobs.length, 50)
    if (before !== undefined) assert.equal(openFiles(), before)
  })
})
