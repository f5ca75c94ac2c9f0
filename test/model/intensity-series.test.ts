import assert from 'node:assert/strict'
import { test } from 'node:test'
import { DEFAULT_CONFIG } from '../../src/config/types.js'
import type { Config } from '../../src/config/types.js'
import { isGateError } from '../../src/core/errors.js'
import { findCleanestWindow, parseIntensitySeries } from '../../src/model/intensity-series.js'
import { renderText } from '../../src/report/render-text.js'
import { runGate } from '../../src/run/run-gate.js'
import { readMemoryFiles } from '../run/read-memory.js'

const HEADER = 'timestamp, index, name, power.draw [W]'

/** One GPU polled every 10 s from 10:30 to 12:30 UTC: 250 W, 400 W from 11:00, 100 W from 12:00. */
function powerLog(): string {
  const lines = [HEADER]
  const start = Date.UTC(2024, 4, 31, 10, 30)
  for (let s = 0; s <= 2 * 3600; s += 10) {
    const t = new Date(start + s * 1000)
    const hour = t.getUTCHours()
    const watts = hour === 10 ? 250 : hour === 11 ? 400 : 100
    const stamp = t.toISOString().replace('T', ' ').replace('Z', '').replaceAll('-', '/')
    lines.push(`${stamp}, 0, NVIDIA A100-SXM4-80GB, ${watts.toFixed(2)} W`)
  }
  return `${lines.join('\n')}\n`
}

const SERIES = [
  'Datetime (UTC),Zone Id,Carbon Intensity gCO₂eq/kWh (direct),Carbon Intensity gCO₂eq/kWh (LCA)',
  '2024-05-31 09:00:00,FR,10,20',
  '2024-05-31 10:00:00,FR,50,100',
  '2024-05-31 11:00:00,FR,150,300',
  '2024-05-31 12:00:00,FR,25,50',
  '2024-05-31 13:00:00,FR,5,10',
].join('\n')

function config(over: Partial<Config> = {}): Config {
  return {
    ...DEFAULT_CONFIG,
    intensitySeries: parseIntensitySeries(SERIES, 'fr.csv'),
    ...over,
  }
}

test('a timestamped power log against an hourly series: the hand-integrated figure within 0.5 %', async () => {
  const readJobs = readMemoryFiles({ 'power.csv': powerLog() })
  const { report } = await runGate({ readJobs }, { config: config() })
  const job = report.jobs[0]!
  // By hand, each hour's energy at that hour's life-cycle figure:
  // 10:30–11:00 250 W = 0.125 kWh × 100; 11:00–12:00 400 W = 0.4 kWh × 300; 12:00–12:30 100 W = 0.05 kWh × 50.
  const kWh = 0.125 + 0.4 + 0.05
  const grams = 0.125 * 100 + 0.4 * 300 + 0.05 * 50
  assert.ok(Math.abs(job.itEnergyKWh - kWh) / kWh < 0.005, `energy ${job.itEnergyKWh}`)
  const expected = grams / kWh
  assert.equal(job.intensitySource, 'series')
  assert.ok(
    Math.abs(job.intensityGPerKWh - expected) / expected < 0.005,
    `${job.intensityGPerKWh} vs ${expected}`,
  )
  assert.match(job.intensityNote, /fr\.csv, integrated over 100 % of the job's energy/)
  // The cleanest 2 h window of the series' last 7 days starts at 12:00 (50, then 10).
  assert.equal(report.cleaner?.window?.startedAt, '2024-05-31T12:00:00Z')
  assert.ok(Math.abs(report.cleaner.window.intensityGPerKWh - 30) < 1e-9)
})

test('a CodeCarbon file without flushes over time falls back to the annual figure, with a note per job', async () => {
  const csv = [
    'timestamp,project_name,run_id,duration,emissions,energy_consumed,country_iso_code',
    '2024-05-31T10:30:00,sweep,run-a,3600,0.05,0.1,FRA',
    '2024-05-31T11:30:00,sweep,run-b,3600,0.05,0.1,FRA',
  ].join('\n')
  const readJobs = readMemoryFiles({ 'emissions.csv': csv })
  const { report } = await runGate({ readJobs }, { config: config() })
  assert.equal(report.jobs.length, 2)
  for (const job of report.jobs) {
    assert.notEqual(job.intensitySource, 'series')
    assert.match(
      job.intensityNote,
      /the intensity series not used: its artifact \(codecarbon\) records no energy over time/,
    )
  }
  const notes = report.warnings.filter((w) => w.includes('records no energy over time'))
  assert.equal(notes.length, 2, report.warnings.join('\n'))
  assert.equal(report.cleaner, undefined)
})

test('an intensity the user set overrides the series', async () => {
  const readJobs = readMemoryFiles({ 'power.csv': powerLog() })
  const { report } = await runGate({ readJobs }, { config: config({ intensity: 42 }) })
  assert.equal(report.jobs[0]!.intensitySource, 'input')
  assert.equal(report.jobs[0]!.intensityGPerKWh, 42)
})

test('market-based figure beside the location-based one', async () => {
  const readJobs = readMemoryFiles({ 'power.csv': powerLog() })
  const { report } = await runGate({ readJobs }, { config: config({ marketIntensity: 20 }) })
  const m = report.marketBased!
  assert.ok(Math.abs(m.operationalKg - (report.totals.facilityEnergyKWh * 20) / 1000) < 1e-12)
  assert.ok(Math.abs(m.totalKg - m.operationalKg - report.totals.embodiedKg) < 1e-12)
})

test('series files: errors name file:line; headerless two-column series; coarser than hourly refused', () => {
  const bad = (text: string): string => {
    try {
      parseIntensitySeries(text, 's.csv')
    } catch (e) {
      assert.ok(isGateError(e))
      return e.line
    }
    return 'no error'
  }
  assert.match(
    bad('time,intensity\n2024-05-31T10:00Z,100\nyesterday,5\n'),
    /^s\.csv:3: timestamp does not parse/,
  )
  assert.match(
    bad('time,intensity\n2024-05-31T10:00Z,100\n2024-05-31T09:00Z,5\n'),
    /^s\.csv:3: timestamps must increase/,
  )
  assert.match(bad('time,intensity\n2024-05-31T10:00Z,-1\n'), /^s\.csv:2: not an intensity/)
  assert.match(bad('a,b,c\n1,2,3\n'), /^s\.csv:1: no timestamp and intensity columns/)
  assert.match(bad('time,g\n2024-05-31T00:00Z,1\n2024-06-01T00:00Z,2\n'), /hourly or finer/)
  const s = parseIntensitySeries('1717149600,100\n1717153200,300\n', 's.csv')
  assert.deepEqual(s.gPerKWh, [100, 300])
  assert.equal(s.endMs, 1717153200_000 + 3_600_000)
  assert.equal(findCleanestWindow(s, 3 * 3_600_000), undefined, 'longer than the series')
})

test('the cleaner and market-based lines are shown under the totals, never in the verdict', async () => {
  const readJobs = readMemoryFiles({ 'power.csv': powerLog() })
  const { report } = await runGate({ readJobs }, { config: config({ marketIntensity: 20 }) })
  const text = renderText(report, { color: false })
  assert.match(
    text,
    /Cleaner: starting 2024-05-31 12:00 UTC \(the cleanest 2 h of the intensity series' last 7 days, 30 g\/kWh against 235 g\/kWh\) would have cut operational CO2e by 87\.2 %/,
  )
  assert.match(text, /Market-based \(supplier 20 g\/kWh\): /)
  assert.doesNotMatch(text.split('\n')[0]!, /Cleaner|Market/)
})
