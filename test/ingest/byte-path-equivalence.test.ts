/**
 * The byte paths of the CodeCarbon, Zeus and Eco2AI readers against their string paths: on
 * random files (several runs, flushes, empty and quoted cells, bad values, steps back, DST
 * zones) both give the same jobs and notices, or the same error, for every chunk size.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ArtifactError } from '../../src/core/errors.js'
import { readCodeCarbon } from '../../src/ingest/formats/codecarbon/codecarbon.js'
import { readEco2ai } from '../../src/ingest/formats/eco2ai/eco2ai.js'
import { readZeus } from '../../src/ingest/formats/zeus/zeus.js'
import type { ArtifactInput, ReadOptions, ReadResult } from '../../src/ingest/types.js'
import { memoryInput } from '../support/memory-input.js'
import { seededRandom } from '../reliability/corpus-types.js'

const random = seededRandom

type Outcome = { ok: ReadResult } | { error: string }

async function outcome(read: () => Promise<ReadResult>): Promise<Outcome> {
  try {
    return { ok: await read() }
  } catch (e) {
    if (!(e instanceof ArtifactError)) throw e
    return { error: e.line }
  }
}

const pad = (n: number): string => String(n).padStart(2, '0')

function stamp(ms: number): string {
  const d = new Date(ms)
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  )
}

const CC_HEADER =
  'timestamp,project_name,run_id,duration,emissions,energy_consumed,cpu_count,gpu_count,gpu_model,pue,water_consumed,wue'

/** A CodeCarbon emissions.csv: `runs` runs of flushes, with a mutation now and then. */
function codecarbonFile(next: () => number, runs: number, mutate: number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!
  const lines = [CC_HEADER]
  // Around the autumn DST change in Europe/Paris (2026-10-25 01:00 UTC), sometimes.
  let clock = next() < 0.5 ? Date.UTC(2026, 9, 25, 0, 30, 0) : Date.UTC(2026, 0, 5, 10, 0, 0)
  const ids: string[] = []
  for (let r = 0; r < runs; r++) {
    const id = next() < 0.1 && ids.length > 0 ? pick(ids) : `run-${r}-${Math.floor(next() * 1e6)}`
    ids.push(id)
    let energy = 0
    let duration = 0
    const flushes = 1 + Math.floor(next() * 30)
    for (let f = 0; f < flushes; f++) {
      const step = pick([10, 10, 10, 7, 60, 0, 3600])
      clock += step * 1000
      duration += step + next()
      energy += next() * pick([0.001, 1e-7, 12.5])
      const cells = [
        stamp(clock),
        'proj',
        id,
        String(duration),
        String(energy * 0.056),
        next() < 0.5 ? String(energy) : energy.toPrecision(17),
        '32',
        '8',
        '8 x NVIDIA H100',
        '1.0',
        String(energy * 0.2),
        '0.2',
      ]
      if (next() < mutate) {
        const k = Math.floor(next() * cells.length)
        cells[k] = pick([
          '',
          'nan',
          ' 1.5',
          '-1',
          '1e400',
          'x',
          '"q,uoted"',
          '"0.5"',
          '0.001',
          '2026-10-25T02:30:00',
          '2026-13-01T00:00:00',
          '2026-01-05 10:00:00',
          cells[k]! + ',extra',
          '1.5e-3',
          '0.0',
        ])
      }
      if (next() < mutate / 4) cells.pop()
      lines.push(cells.join(','))
      if (next() < mutate / 4) lines.push(pick(['', '  ', '\r']))
    }
  }
  return lines.join(pick(['\n', '\r\n'])) + (next() < 0.5 ? '\n' : '')
}

async function compare(
  text: string,
  read: (input: ArtifactInput, options: ReadOptions, bytePath: boolean) => Promise<ReadResult>,
  options: ReadOptions,
  label: string,
  name = 'runs/emissions.csv',
): Promise<Outcome> {
  const want = await outcome(() => read(memoryInput(name, text), options, false))
  for (const chunkSize of [3, 97, 1 << 20]) {
    const input = memoryInput(name, text, { chunkSize })
    const got = await outcome(() => read(input, options, true))
    assert.deepEqual(got, want, `${label}, chunks of ${chunkSize}`)
  }
  return want
}

describe('CodeCarbon byte path = string path', () => {
  it('on 200 random files (UTC and Europe/Paris, clean and mutated)', async () => {
    const next = random(1234)
    let errors = 0
    let jobs = 0
    for (let k = 0; k < 200; k++) {
      const mutate = k % 3 === 0 ? 0 : k % 3 === 1 ? 0.02 : 0.2
      const text = codecarbonFile(next, 1 + Math.floor(next() * 6), mutate)
      const timezone = k % 2 === 0 ? 'UTC' : 'Europe/Paris'
      const result = await compare(
        text,
        (input, options, bytePath) => readCodeCarbon(input, options, { bytePath }),
        { timezone, maxGapSeconds: 60 },
        `file ${k}`,
      )
      if ('error' in result) errors++
      else jobs += result.ok.jobs.length
    }
    // Both kinds of outcome were exercised.
    assert.ok(errors > 15 && jobs > 150, `${errors} errors, ${jobs} jobs`)
  })
})

/** A ZeusMonitor log: steps nested in epochs, evals, overlaps, with a mutation now and then. */
function zeusFile(next: () => number, gpus: number, mutate: number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!
  const energies = Array.from({ length: gpus }, (_, i) => `gpu${i}_energy`)
  const lines = [`start_time,window_name,elapsed_time,${energies.join(',')}`]
  let clock = next() < 0.8 ? 1_700_000_000 + next() * 1e6 : next() * 1e5
  const windows = 1 + Math.floor(next() * 60)
  for (let w = 0; w < windows; w++) {
    const elapsed = next() < 0.5 ? next() * 10 : Math.floor(next() * 100)
    const start = next() < 0.2 ? clock - next() * 20 : clock
    const cells = [
      next() < 0.5 ? String(start) : start.toFixed(Math.floor(next() * 8)),
      pick(['step', 'epoch_1', 'eval', 'a,b', 'x, y ,z']),
      String(elapsed),
      ...Array.from({ length: gpus }, () => String(next() * 1000 * elapsed)),
    ]
    if (next() < mutate) {
      const k = pick([0, 2, cells.length - 1, 3])
      cells[k] = pick(['', 'nan', ' 1.5', '1.5 W', '-1', '1e400', '9e9', 'x', '0x10', '1e2', '.5'])
    }
    if (next() < mutate / 4) cells.splice(1, 2)
    lines.push(cells.join(','))
    if (next() < mutate / 4) lines.push(pick(['', '  ']))
    clock += elapsed + next()
  }
  return lines.join(pick(['\n', '\r\n'])) + (next() < 0.5 ? '\n' : '')
}

describe('Zeus byte path = string path', () => {
  it('on 200 random window logs (clean and mutated)', async () => {
    const next = random(4321)
    let errors = 0
    for (let k = 0; k < 200; k++) {
      const mutate = k % 3 === 0 ? 0 : k % 3 === 1 ? 0.02 : 0.2
      const text = zeusFile(next, 1 + Math.floor(next() * 8), mutate)
      const result = await compare(
        text,
        (input, options, bytePath) => readZeus(input, options, { bytePath }),
        { timezone: 'UTC', maxGapSeconds: 60 },
        `file ${k}`,
        'zeus/log.csv',
      )
      if ('error' in result) errors++
    }
    assert.ok(errors > 10 && errors < 150, `${errors} errors`)
  })
})

const ECO2AI_HEADER =
  'id,project_name,experiment_description,epoch,start_time,duration(s),power_consumption(kWh),' +
  'CO2_emissions(kg),CPU_name,GPU_name,OS,region/country,cost'

/** An Eco2AI emission.csv: training runs (epoch rows) and start/stop rows, mutated now and then. */
function eco2aiFile(next: () => number, runs: number, mutate: number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!
  const lines = [ECO2AI_HEADER]
  let clock = Date.UTC(2026, next() < 0.5 ? 9 : 0, 25, 0, 30, 0)
  const ids: string[] = []
  for (let r = 0; r < runs; r++) {
    const id = next() < 0.1 && ids.length > 0 ? pick(ids) : `id-${r}-${Math.floor(next() * 1e6)}`
    ids.push(id)
    const training = next() < 0.7
    const rows = 1 + Math.floor(next() * 25)
    for (let e = 1; e <= rows; e++) {
      const seconds = next() < 0.3 ? 600 + e : 600 + next() * 30
      const kWh = next() * 2
      const cells = [
        id,
        'proj',
        'desc',
        training ? `"epoch: ${e}, loss: ${next().toFixed(4)}, "` : 'N/A',
        stamp(clock).replace('T', ' '),
        String(seconds),
        String(kWh),
        String(kWh * 0.056),
        '"AMD EPYC 7R13 Processor/2 device(s), TDP:280.0"',
        'NVIDIA H100 80GB HBM3 8 device(s)',
        'Linux',
        'FR/Île-de-France',
        '0',
      ]
      if (next() < mutate) {
        const k = Math.floor(next() * cells.length)
        cells[k] = pick([
          '',
          'nan',
          ' 1.5',
          '-1',
          'x',
          '"a""b"',
          ' "q,x"',
          '"q" ',
          '"0.5"',
          '"open,',
          'EPOCH: 3',
          '"epoch:x"',
          '2026-13-01 00:00:00',
          '2026-10-25 02:30:00',
          cells[k]! + ',extra',
          '1e-3',
        ])
      }
      lines.push(cells.join(','))
      if (next() < mutate / 4) lines.push(pick(['', '  ']))
      clock += Math.round(seconds * 1000)
    }
  }
  return lines.join(pick(['\n', '\r\n'])) + (next() < 0.5 ? '\n' : '')
}

describe('Eco2AI byte path = string path', () => {
  it('on 200 random files (UTC and Europe/Paris, clean and mutated)', async () => {
    const next = random(777)
    let errors = 0
    for (let k = 0; k < 200; k++) {
      const mutate = k % 3 === 0 ? 0 : k % 3 === 1 ? 0.02 : 0.2
      const text = eco2aiFile(next, 1 + Math.floor(next() * 5), mutate)
      const result = await compare(
        text,
        (input, options, bytePath) => readEco2ai(input, options, { bytePath }),
        { timezone: k % 2 === 0 ? 'UTC' : 'Europe/Paris', maxGapSeconds: 60 },
        `file ${k}`,
        'eco2ai/emission.csv',
      )
      if ('error' in result) errors++
    }
    assert.ok(errors > 10 && errors < 150, `${errors} errors`)
  })
})
