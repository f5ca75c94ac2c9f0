/**
 * Grid intensity over time (`intensity-series: FILE`): a CSV of timestamp and g CO2e/kWh, hourly
 * or finer (an Electricity Maps or national-grid export). Each value holds from its timestamp to
 * the next one. Integrated against a job's energy profile it gives the job's energy-weighted
 * intensity; the same series gives the cleanest window of the run's length in its last 7 days.
 * Pure: the caller reads the file and passes its text in.
 */
import { ConfigError } from '../core/errors.js'
import type { EnergyProfile } from '../core/types.js'
import type { IntensitySeries } from './settings.js'

const HOUR_MS = 3_600_000
const MAX_G_PER_KWH = 5000

/** Cells of one CSV line (double quotes, `""` inside them). */
function splitCsvLine(line: string): string[] {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      cells.push(cell.trim())
      cell = ''
    } else cell += c
  }
  cells.push(cell.trim())
  return cells
}

/**
 * Epoch ms of a timestamp: ISO 8601 with `T` or a space, with an offset or `Z`, else UTC
 * (exports label their time column UTC); or Unix seconds. NaN when it is none of these.
 */
export function parseSeriesTime(text: string): number {
  if (/^\d{9,11}(\.\d+)?$/.test(text)) return Number(text) * 1000
  const m =
    /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(
      text,
    )
  if (m === null) return Number.NaN
  const zone = m[3] === undefined ? 'Z' : m[3].toUpperCase()
  return Date.parse(`${m[1]}T${m[2]}${zone}`)
}

interface Columns {
  readonly time: number
  readonly value: number
  readonly headerLine?: number
}

/** The time and intensity columns, from the header when there is one; undefined when none fit. */
function findColumns(first: readonly string[], line: number): Columns | undefined {
  if (!Number.isNaN(parseSeriesTime(first[0] ?? ''))) return { time: 0, value: 1 }
  const names = first.map((h) => h.toLowerCase())
  const time = names.findIndex((h) => /time|date/.test(h))
  const intensity = (i: number): boolean =>
    i !== time && /intensity|co2|g\/kwh|carbon/.test(names[i]!)
  const candidates = names.map((_, i) => i).filter(intensity)
  // Life-cycle figures match the bundled datasets (Ember/OWID are life-cycle).
  const value =
    candidates.find((i) => /lca|life/.test(names[i]!)) ??
    candidates[0] ??
    (names.length === 2 && time >= 0 ? 1 - time : -1)
  if (time < 0 || value < 0) return undefined
  return { time, value, headerLine: line }
}

/** The series in `text`; a ConfigError naming `path:line` for a line that cannot be used. */
export function parseIntensitySeries(text: string, path: string): IntensitySeries {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const startsMs: number[] = []
  const gPerKWh: number[] = []
  let columns: Columns | undefined
  const fail = (line: number, what: string): never => {
    throw new ConfigError(`${path}:${line}`, what)
  }
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!
    if (raw.trim() === '' || raw.startsWith('#')) continue
    const no = i + 1
    const cells = splitCsvLine(raw)
    if (columns === undefined) {
      columns =
        findColumns(cells, no) ??
        fail(no, 'no timestamp and intensity columns: expected e.g. "datetime,carbon_intensity"')
      if (columns.headerLine !== undefined) continue
    }
    const timeText = cells[columns.time] ?? ''
    const valueText = cells[columns.value] ?? ''
    if (valueText === '' || /^(nan|n\/a|-)$/i.test(valueText)) continue
    const t = parseSeriesTime(timeText)
    if (Number.isNaN(t))
      fail(no, `timestamp does not parse: ${JSON.stringify(timeText.slice(0, 40))}`)
    const g = Number(valueText)
    if (!Number.isFinite(g) || g < 0 || g > MAX_G_PER_KWH) {
      fail(
        no,
        `not an intensity in g CO2e/kWh (0–${MAX_G_PER_KWH}): ${JSON.stringify(valueText.slice(0, 40))}`,
      )
    }
    const previous = startsMs.at(-1)
    if (previous !== undefined && t <= previous) fail(no, 'timestamps must increase')
    startsMs.push(t)
    gPerKWh.push(g)
  }
  if (startsMs.length < 2) fail(lines.length, 'holds fewer than two values: no series')
  const steps = startsMs.slice(1).map((t, i) => t - startsMs[i]!)
  const step = [...steps].sort((a, b) => a - b)[Math.floor(steps.length / 2)]!
  if (step > HOUR_MS) {
    fail(1, `its steps are ${Math.round(step / 60_000)} min: an hourly or finer series is needed`)
  }
  return { path, startsMs, gPerKWh, endMs: startsMs.at(-1)! + step }
}

/** The index of the value that holds at `tMs`, or -1 outside the series. */
function indexAt(series: IntensitySeries, tMs: number): number {
  if (tMs < series.startsMs[0]! || tMs >= series.endMs) return -1
  let lo = 0
  let hi = series.startsMs.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (series.startsMs[mid]! <= tMs) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** The time-weighted mean intensity over [fromMs, toMs), NaN where the series does not cover it. */
export function meanIntensity(series: IntensitySeries, fromMs: number, toMs: number): number {
  if (toMs <= fromMs) return series.gPerKWh[Math.max(0, indexAt(series, fromMs))] ?? Number.NaN
  if (fromMs < series.startsMs[0]! || toMs > series.endMs) return Number.NaN
  let i = indexAt(series, fromMs)
  let t = fromMs
  let sum = 0
  while (t < toMs) {
    const end = Math.min(toMs, series.startsMs[i + 1] ?? series.endMs)
    sum += series.gPerKWh[i]! * (end - t)
    t = end
    i++
  }
  return sum / (toMs - fromMs)
}

export interface SeriesIntegral {
  /** Σ kWh × g/kWh over the profile's covered steps (g CO2e). */
  readonly grams: number
  readonly coveredKWh: number
  readonly totalKWh: number
}

/** A profile's energy against the series, step by step (each step at the series' mean over it). */
export function integrateProfile(profile: EnergyProfile, series: IntensitySeries): SeriesIntegral {
  let grams = 0
  let coveredKWh = 0
  let totalKWh = 0
  profile.kWh.forEach((kWh, i) => {
    if (kWh === 0) return
    totalKWh += kWh
    const from = profile.startMs + i * profile.stepMs
    const g = meanIntensity(series, from, from + profile.stepMs)
    if (Number.isNaN(g)) return
    grams += kWh * g
    coveredKWh += kWh
  })
  return { grams, coveredKWh, totalKWh }
}

export interface CleanestWindow {
  readonly startMs: number
  readonly gPerKWh: number
}

/**
 * The contiguous window of `lengthMs` with the lowest mean intensity among those that start on a
 * value of the series and lie within its last 7 days; undefined when the series is too short.
 */
export function findCleanestWindow(
  series: IntensitySeries,
  lengthMs: number,
): CleanestWindow | undefined {
  const from = series.endMs - 7 * 24 * HOUR_MS
  let best: CleanestWindow | undefined
  for (const start of series.startsMs) {
    if (start < from || start + lengthMs > series.endMs) continue
    const g = meanIntensity(series, start, start + lengthMs)
    if (Number.isNaN(g)) continue
    if (best === undefined || g < best.gPerKWh) best = { startMs: start, gPerKWh: g }
  }
  return best
}
