import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  CODECARBON_HEADER,
  codecarbonSource,
  formatCodeCarbonTime,
  rowsOfRun,
} from '../../bench/gen-codecarbon.js'
import { ECO2AI_HEADER, eco2aiSource, formatEco2aiTime } from '../../bench/gen-eco2ai.js'
import { renderSource } from '../../bench/row-source.js'

const START = Date.UTC(2026, 0, 5, 8, 0, 0)

/** Split one CSV line, honouring double quotes (no escaped quotes in these files). */
function cells(line: string): string[] {
  const out: string[] = []
  let cell = ''
  let quoted = false
  for (const ch of line) {
    if (ch === '"') quoted = !quoted
    else if (ch === ',' && !quoted) {
      out.push(cell)
      cell = ''
    } else cell += ch
  }
  out.push(cell)
  return out
}

test('rowsOfRun spreads rows as evenly as possible', () => {
  assert.deepEqual(
    [0, 1, 2, 3].map((r) => rowsOfRun(10, 4, r)),
    [3, 3, 2, 2],
  )
  assert.deepEqual(
    [0, 1, 2].map((r) => rowsOfRun(2, 3, r)),
    [1, 1, 0],
  )
})

test('timestamps in CodeCarbon and Eco2AI form', () => {
  assert.equal(formatCodeCarbonTime(Date.UTC(2026, 0, 5, 10, 0, 9, 800)), '2026-01-05T10:00:09')
  assert.equal(formatEco2aiTime(Date.UTC(2026, 1, 28, 23, 5, 1)), '2026-02-28 23:05:01')
})

test('codecarbon: same seed, same bytes; another seed, other bytes', () => {
  const make = (seed: number): string =>
    renderSource(codecarbonSource({ seed, rows: 20, runs: 3, startMs: START }))
  assert.equal(make(1), make(1))
  assert.notEqual(make(1), make(2))
})

test('codecarbon: cumulative flush rows per run; expected = last energy_consumed of each run', () => {
  const source = codecarbonSource({ seed: 4, rows: 10, runs: 4, startMs: START })
  const lines = renderSource(source).trim().split('\n')
  assert.equal(`${lines[0]!}\n`, CODECARBON_HEADER)
  const header = cells(lines[0]!)
  assert.equal(header.length, 32)
  const col = (name: string): number => header.indexOf(name)
  const rows = lines.slice(1).map(cells)
  assert.equal(rows.length, 10)
  const last = new Map<string, string[]>()
  for (const row of rows) {
    assert.equal(row.length, 32)
    const run = row[col('run_id')]!
    const prev = last.get(run)
    if (prev) {
      assert.ok(Number(row[col('duration')]) > Number(prev[col('duration')]))
      assert.ok(Number(row[col('energy_consumed')]) > Number(prev[col('energy_consumed')]))
      assert.ok(row[col('timestamp')]! >= prev[col('timestamp')]!)
    }
    const parts = ['cpu_energy', 'gpu_energy', 'ram_energy'].map((c) => Number(row[col(c)]))
    const sum = parts[0]! + parts[1]! + parts[2]!
    assert.ok(Math.abs(sum - Number(row[col('energy_consumed')])) <= 1e-12 * sum)
    assert.equal(row[col('pue')], '1.0')
    last.set(run, row)
  }
  assert.equal(last.size, 4)
  let expected = 0
  for (const row of last.values()) expected += Number(row[col('energy_consumed')])
  assert.ok(Math.abs(source.expectedKWh() - expected) <= 1e-12 * expected)
})

test('eco2ai: same seed, same bytes', () => {
  const make = (seed: number): string =>
    renderSource(eco2aiSource({ seed, epochsPerRun: 3, startMs: START }), 3_000)
  assert.equal(make(6), make(6))
  assert.notEqual(make(6), make(7))
})

test('eco2ai: training-mode rows, epochsPerRun per id, expected = sum of every row', () => {
  const source = eco2aiSource({ seed: 2, epochsPerRun: 3, startMs: START })
  const lines = renderSource(source, 2_500).trim().split('\n')
  assert.equal(`${lines[0]!}\n`, ECO2AI_HEADER)
  const header = cells(lines[0]!)
  assert.equal(header.length, 13)
  const rows = lines.slice(1).map(cells)
  assert.ok(rows.length > 3, 'more than one run')
  const perId = new Map<string, number>()
  let expected = 0
  for (const [i, row] of rows.entries()) {
    assert.equal(row.length, 13)
    const id = row[header.indexOf('id')]!
    perId.set(id, (perId.get(id) ?? 0) + 1)
    assert.match(row[header.indexOf('epoch')]!, new RegExp(`^epoch: ${(i % 3) + 1}, loss: `))
    expected += Number(row[header.indexOf('power_consumption(kWh)')])
  }
  for (const n of perId.values()) assert.ok(n <= 3)
  assert.ok(Math.abs(source.expectedKWh() - expected) <= 1e-12 * expected)
  assert.ok(lines[1]!.includes('"AMD EPYC 7R13 Processor/2 device(s), TDP:280.0"'))
})
