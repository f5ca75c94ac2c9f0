/**
 * Mermaid charts for the PR comment: a pie of the lifecycle parts and a line of recent runs.
 * Only numbers and labels we build go inside the fences; nothing from artifacts.
 */
import { HISTORY_POINTS, type HistoryPoint, type Report } from '../core/types.js'
import { splitOperational } from '../model/totals.js'
import { shortSha } from './comment-facts.js'
import { CO2E } from './comment-sections.js'
import { maxOf } from '../core/arrays.js'

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
  const value = Number((kg / scale.factor).toFixed(2))
  return String(Object.is(value, -0) ? 0 : value)
}

/** A `pie` of operational IT / facility overhead / embodied; '' when there is nothing to draw. */
export function renderLifecyclePie(report: Report): string {
  const { itKg, overheadKg } = splitOperational(report.totals, report.jobs, report.moreJobs)
  const parts = [
    { label: 'Operational: IT hardware', kg: itKg },
    { label: 'Operational: facility overhead', kg: overheadKg },
    { label: 'Embodied hardware', kg: report.totals.embodiedKg },
  ].filter((p) => Number.isFinite(p.kg) && p.kg > 0)
  if (parts.length === 0) return ''
  const scale = chooseScale(maxOf(parts.map((p) => p.kg)))
  const slices = parts
    .map((p) => ({ ...p, value: chartNumber(p.kg, scale) }))
    .filter((p) => Number(p.value) > 0)
  if (slices.length === 0) return ''
  return [
    '```mermaid',
    'pie showData',
    `    title ${CO2E} by lifecycle part (${scale.unit})`,
    ...slices.map((p) => `    "${p.label}" : ${p.value}`),
    '```',
  ].join('\n')
}

function labelPoint(point: HistoryPoint, index: number): string {
  const sha = shortSha(point.sha)
  if (sha !== undefined) return sha
  const date = typeof point.date === 'string' ? /^\d{4}-\d{2}-\d{2}/.exec(point.date) : null
  return date !== null ? date[0] : `#${index + 1}`
}

/** An `xychart-beta` line of the last 30 runs (oldest first); '' with fewer than 2 points. */
export function renderHistoryChart(history: readonly HistoryPoint[] | undefined): string {
  const points = (history ?? [])
    .filter((p) => typeof p.totalKg === 'number' && Number.isFinite(p.totalKg))
    .slice(-HISTORY_POINTS)
  if (points.length < 2) return ''
  const scale = chooseScale(maxOf(points.map((p) => Math.abs(p.totalKg))))
  const labels = points.map((p, i) => `"${labelPoint(p, i)}"`).join(', ')
  const values = points.map((p) => chartNumber(p.totalKg, scale)).join(', ')
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${CO2E} per run, last ${points.length} runs"`,
    `    x-axis [${labels}]`,
    `    y-axis "${scale.unit} ${CO2E}"`,
    `    line [${values}]`,
    '```',
  ].join('\n')
}
