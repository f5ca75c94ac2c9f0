/**
 * The comment's one chart: the trend of this series, this PR's run last, the y-axis from 0 and the
 * run budget as a flat line, in colours that read on light and dark themes. None with fewer than
 * 3 points (two points are a sentence, not a chart). Only numbers and labels we build go inside
 * the fence; nothing from artifacts.
 */
import { HISTORY_POINTS, type HistoryPoint, type Report } from '../core/types.js'
import { shortSha } from './comment-facts.js'
import { maxOf } from '../core/arrays.js'

/** Points a trend needs before it is drawn. */
export const MIN_TREND_POINTS = 3

/** The run's line, then the budget's: a strong blue and a red, both visible on either theme. */
const PALETTE = '#0969da, #cf222e'

interface MassScale {
  readonly factor: number
  readonly unit: string
}

function chooseScale(maxKg: number): MassScale {
  if (maxKg >= 1000) return { factor: 1000, unit: 't' }
  if (maxKg >= 1) return { factor: 1, unit: 'kg' }
  return { factor: 0.001, unit: 'g' }
}

function chartNumber(kg: number, scale: MassScale): string {
  const value = Number((kg / scale.factor).toPrecision(3))
  return String(Object.is(value, -0) ? 0 : value)
}

function labelPoint(point: HistoryPoint, index: number): string {
  const sha = shortSha(point.sha)
  if (sha !== undefined) return sha
  const date = typeof point.date === 'string' ? /^\d{4}-\d{2}-\d{2}/.exec(point.date) : null
  return date !== null ? date[0] : `#${index + 1}`
}

/** A round top for the y-axis, a little above the highest value. */
function axisTop(max: number): number {
  if (!(max > 0)) return 1
  const step = 10 ** Math.floor(Math.log10(max))
  for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (m * step >= max * 1.05) return Number((m * step).toPrecision(3))
  }
  return Number((10 * step).toPrecision(3))
}

export interface TrendOptions {
  /** Earlier runs of this series, oldest first. */
  readonly history?: readonly HistoryPoint[]
  /** The commit measured, to label this run's point. */
  readonly headSha?: string
}

/**
 * An `xychart-beta` of the last runs and this one (at most 30 points in all), y from 0, with the
 * run budget as a second, flat line; '' with fewer than 3 points.
 */
export function renderTrendChart(report: Report, opts: TrendOptions): string {
  const earlier = (opts.history ?? []).filter(
    (p) => typeof p.totalKg === 'number' && Number.isFinite(p.totalKg) && p.totalKg >= 0,
  )
  const total = report.totals.totalKg
  if (!Number.isFinite(total)) return ''
  const kept = earlier.slice(-(HISTORY_POINTS - 1))
  const labels = [...kept.map(labelPoint), `PR ${shortSha(opts.headSha) ?? 'run'}`]
  const values = [...kept.map((p) => p.totalKg), total]
  if (values.length < MIN_TREND_POINTS) return ''
  const budget = report.budgets.find((b) => b.kind === 'run')
  const limit = budget !== undefined && Number.isFinite(budget.limit) ? budget.limit : undefined
  const scale = chooseScale(maxOf([...values, limit ?? 0]))
  const top = axisTop(maxOf([...values, limit ?? 0]) / scale.factor)
  const budgetNote = limit !== undefined ? ' · red: run budget' : ''
  return [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${PALETTE}"}}}}%%`,
    'xychart-beta',
    `    title "CO₂e per run (${scale.unit}), last ${values.length} runs${budgetNote}"`,
    `    x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
    `    y-axis "${scale.unit} CO₂e" 0 --> ${top}`,
    `    line [${values.map((v) => chartNumber(v, scale)).join(', ')}]`,
    ...(limit !== undefined
      ? [`    line [${values.map(() => chartNumber(limit, scale)).join(', ')}]`]
      : []),
    '```',
  ].join('\n')
}
