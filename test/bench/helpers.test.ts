import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { UsageError, parseArgs } from '../../bench/args.js'
import { RESULTS_END, RESULTS_START, writeResultsSection } from '../../bench/markdown.js'
import { parseRssProbe } from '../../bench/measure.js'
import { FULL_PARAMS, scaleParams, sizeLabel } from '../../bench/params.js'
import { renderTable } from '../../bench/report.js'
import {
  formatKiB,
  formatRatio,
  formatSeconds,
  median,
  relativeDifference,
} from '../../bench/stats.js'
import { pandasEnergy, reportEnergy } from '../../bench/subjects.js'

test('median of odd and even counts; non-finite values ignored; none → undefined', () => {
  assert.equal(median([5, 1, 3]), 3)
  assert.equal(median([4, 1, 3, 2]), 2.5)
  assert.equal(median([7]), 7)
  assert.equal(median([2, Number.NaN, 4, Infinity]), 3)
  assert.equal(median([]), undefined)
})

test('relativeDifference and formatRatio', () => {
  assert.equal(relativeDifference(100, 99), 0.01)
  assert.equal(relativeDifference(0, 0), 0)
  assert.equal(formatRatio(0.25), '1/4.0')
  assert.equal(formatRatio(3.24), '3.2×')
  assert.equal(formatRatio(0), 'n/a')
})

test('parseRssProbe reads the last JSON line of a probe file', () => {
  assert.equal(parseRssProbe('{"maxRssKiB":81234,"source":"node"}\n'), 81234)
  assert.equal(parseRssProbe('{"maxRssKiB":1}\n{"maxRssKiB":2048,"source":"python"}\n\n'), 2048)
  assert.equal(parseRssProbe(''), undefined)
  assert.equal(parseRssProbe('maxrss 1234'), undefined)
  assert.equal(parseRssProbe('{"maxRssKiB":0}'), undefined)
  assert.equal(parseRssProbe('{"maxRssKiB":"12"}'), undefined)
})

test('energies are read from a carbon-gate report and from the pandas line', () => {
  assert.equal(reportEnergy('{"totals":{"itEnergyKWh":1.5,"totalKg":2}}'), 1.5)
  assert.equal(reportEnergy('{"totals":{}}'), undefined)
  assert.equal(reportEnergy('carbon-gate: error'), undefined)
  assert.equal(pandasEnergy('{"energyKWh": 12.25, "rows": 8, "gpus": 8}\n'), 12.25)
  assert.equal(pandasEnergy(''), undefined)
})

test('parseArgs: defaults, --quick, explicit values, errors', () => {
  const d = parseArgs([])
  assert.equal(d.scale, 1)
  assert.equal(d.rounds, 5)
  assert.equal(d.writeMd, false)
  assert.equal(d.noPandas, false)
  assert.equal(parseArgs(['--no-pandas']).noPandas, true)
  const q = parseArgs(['--quick'])
  assert.equal(q.scale, 0.1)
  assert.equal(q.rounds, 3)
  const e = parseArgs(['--quick', '--rounds', '7', '--only', 'startup, zeus', '--json', 'r.json'])
  assert.equal(e.rounds, 7)
  assert.deepEqual(e.only, ['startup', 'zeus'])
  assert.equal(e.jsonPath, 'r.json')
  assert.throws(() => parseArgs(['--scale', '-1']), UsageError)
  assert.throws(() => parseArgs(['--rounds']), UsageError)
  assert.throws(() => parseArgs(['--fast']), UsageError)
})

test('scaleParams shrinks sizes and rows, not file counts; sizeLabel', () => {
  const p = scaleParams(0.1)
  assert.deepEqual(p.nvidiaSmiBytes, { small: 25_600_000, large: 100_000_000 })
  assert.deepEqual(p.codecarbonRows, { small: 10_000, large: 100_000 })
  assert.deepEqual(p.manyFiles, FULL_PARAMS.manyFiles)
  assert.equal(sizeLabel(1_000_000_000), '1g')
  assert.equal(sizeLabel(100_000_000), '100m')
  assert.equal(sizeLabel(100_000), '100k')
  assert.equal(sizeLabel(2_500), '2.5k')
  assert.equal(sizeLabel(12), '12')
})

test('writeResultsSection replaces only the text between the markers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-md-'))
  try {
    const path = join(dir, 'BENCHMARKS.md')
    writeFileSync(path, `# B\n\nintro\n\n${RESULTS_START}\nold\n${RESULTS_END}\n\nafter\n`)
    writeResultsSection(path, `${RESULTS_START}\nnew\n${RESULTS_END}`)
    assert.equal(
      readFileSync(path, 'utf8'),
      `# B\n\nintro\n\n${RESULTS_START}\nnew\n${RESULTS_END}\n\nafter\n`,
    )
    const bare = join(dir, 'other.md')
    writeFileSync(bare, '# Other\n')
    writeResultsSection(bare, `${RESULTS_START}\nx\n${RESULTS_END}`)
    assert.equal(readFileSync(bare, 'utf8'), `# Other\n\n${RESULTS_START}\nx\n${RESULTS_END}\n`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('renderTable: aligned text and a markdown pipe table', () => {
  const rows = [
    ['wc -l', '0.2 s'],
    ['carbon-gate | check', '5 s'],
  ]
  assert.deepEqual(renderTable(['subject', 'time'], rows, 'text'), [
    'subject              time',
    'wc -l                0.2 s',
    'carbon-gate | check  5 s',
  ])
  assert.deepEqual(renderTable(['subject', 'time'], rows, 'markdown'), [
    '| subject | time |',
    '|---|---|',
    '| wc -l | 0.2 s |',
    '| carbon-gate \\| check | 5 s |',
  ])
})

test('formatKiB and formatSeconds avoid exponents', () => {
  assert.equal(formatKiB(1_803_344), '1.85 GB')
  assert.equal(formatKiB(80_000), '81.9 MB')
  assert.equal(formatSeconds(0.0953), '95.3 ms')
  assert.equal(formatSeconds(1234.4), '1234 s')
})
