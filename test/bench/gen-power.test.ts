import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  NVIDIA_SMI_HEADER,
  formatCentiwatts,
  formatSmiTime,
  nvidiaSmiSource,
} from '../../bench/gen-nvidia-smi.js'
import { zeusHeader, zeusSource } from '../../bench/gen-zeus.js'
import { drainSource, renderSource } from '../../bench/row-source.js'

const START = Date.UTC(2026, 0, 5, 8, 0, 0)

test('formatSmiTime writes YYYY/MM/DD HH:MM:SS.mmm', () => {
  assert.equal(formatSmiTime(Date.UTC(2026, 0, 5, 10, 0, 0, 7)), '2026/01/05 10:00:00.007')
  assert.equal(formatSmiTime(Date.UTC(2025, 11, 31, 23, 59, 59, 999)), '2025/12/31 23:59:59.999')
})

test('formatCentiwatts writes watts with two decimals and the unit', () => {
  assert.equal(formatCentiwatts(63195), '631.95 W')
  assert.equal(formatCentiwatts(70000), '700.00 W')
  assert.equal(formatCentiwatts(5), '0.05 W')
})

test('nvidia-smi: same seed, same bytes; another seed, other bytes', () => {
  const make = (seed: number): string =>
    renderSource(nvidiaSmiSource({ seed, gpus: 4, startMs: START }), 20_000)
  assert.equal(make(1), make(1))
  assert.notEqual(make(1), make(2))
})

/** Σ per GPU of the trapezoid over (time, power.draw.average), read back from the text. */
function integrateSmiText(text: string): number {
  const last = new Map<string, { ms: number; w: number }>()
  let joules = 0
  for (const line of text.trim().split('\n').slice(1)) {
    const cells = line.split(', ')
    const m = /^(\d{4})\/(\d\d)\/(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3})$/.exec(cells[0]!)
    assert.ok(m, `timestamp ${cells[0]}`)
    const [y, mo, d, h, mi, s, ms] = m.slice(1).map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ]
    const t = Date.UTC(y, mo - 1, d, h, mi, s, ms)
    assert.match(cells[5]!, /^\d+\.\d\d W$/)
    const w = Number(cells[5]!.slice(0, -2))
    const prev = last.get(cells[3]!)
    if (prev) joules += ((prev.w + w) / 2) * ((t - prev.ms) / 1000)
    last.set(cells[3]!, { ms: t, w })
  }
  return joules / 3_600_000
}

test('nvidia-smi: header, shape of rows, and the expected energy of what was written', () => {
  const source = nvidiaSmiSource({ seed: 5, gpus: 3, startMs: START })
  const parts: string[] = []
  const written = drainSource(source, 5_000, (t) => parts.push(t))
  const text = parts.join('')
  const lines = text.trim().split('\n')
  assert.equal(`${lines[0]!}\n`, NVIDIA_SMI_HEADER)
  assert.equal(written.bytes, Buffer.byteLength(text))
  assert.equal(written.rows, lines.length - 1)
  assert.equal(written.rows % 3, 0, 'whole polls only')
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i]!.split(', ')
    assert.equal(cells.length, 9)
    assert.equal(cells[1], String((i - 1) % 3))
    assert.equal(cells[7], '700.00 W')
    // the GPUs of one poll share its timestamp
    if ((i - 1) % 3 !== 0) assert.equal(cells[0], lines[i - 1]!.split(', ')[0])
  }
  const expected = integrateSmiText(text)
  assert.ok(expected > 0)
  assert.ok(Math.abs(written.expectedKWh - expected) <= 1e-12 * expected)
})

test('zeus: same seed, same bytes', () => {
  const make = (seed: number): string =>
    renderSource(zeusSource({ seed, gpus: 2, startSeconds: START / 1000, stepsPerEpoch: 3 }), 4_000)
  assert.equal(make(3), make(3))
  assert.notEqual(make(3), make(4))
})

test('zeus: steps lie inside their epoch; expected energy = epochs + evals', () => {
  const source = zeusSource({ seed: 8, gpus: 2, startSeconds: START / 1000, stepsPerEpoch: 4 })
  const text = renderSource(source, 3_000)
  const lines = text.trim().split('\n')
  assert.equal(`${lines[0]!}\n`, zeusHeader(2))
  assert.equal(lines[0], 'start_time,window_name,elapsed_time,gpu0_energy,gpu1_energy')
  let steps: [number, number][] = []
  let outerJoules = 0
  for (const line of lines.slice(1)) {
    const [start, name, elapsed, ...energies] = line.split(',')
    const s = Number(start)
    const e = s + Number(elapsed)
    assert.ok(s > 1e9, 'Unix epoch seconds')
    assert.equal(energies.length, 2)
    if (name === 'step') {
      steps.push([s, e])
      continue
    }
    if (name!.startsWith('epoch_')) {
      assert.equal(steps.length, 4)
      for (const [a, b] of steps) assert.ok(a > s && b < e, 'step inside its epoch')
      steps = []
    } else {
      assert.equal(name, 'eval')
    }
    outerJoules += energies.reduce((sum, j) => sum + Number(j), 0)
  }
  const expected = outerJoules / 3_600_000
  assert.ok(Math.abs(source.expectedKWh() - expected) <= 1e-12 * expected)
})
