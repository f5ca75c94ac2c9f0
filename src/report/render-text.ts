/**
 * The CLI's default output: a verdict line, the lifecycle totals, an aligned job table, budgets,
 * baseline, a few equivalents and the notable warnings. ANSI colour only when asked for.
 */
import type { BudgetResult, JobEstimate, Report, Verdict } from '../core/types.js'
import {
  describeOverhead,
  describeWater,
  describeOverheadModes,
  explainVerdict,
  formatBudgetValue,
  nameBudget,
  normalizeVerdict,
  shortSha,
  sortJobsBySize,
} from './comment-facts.js'
import { measureBudgetUse } from '../model/budgets.js'
import { splitOperational, sumJobs } from '../model/totals.js'
import { sanitizeText } from './escape.js'
import { MAX_GROUP_ROWS, countJobs, describeMoreJobs, groupCells } from './more-jobs.js'
import {
  formatAmount,
  formatEnergy,
  formatIntensity,
  formatMass,
  formatTotalRange,
  formatNumber,
  formatSignedMass,
  formatSignedPercent,
  formatWholePercent,
} from './format-numbers.js'
import { maxOf } from '../core/arrays.js'

export interface TextOptions {
  readonly color: boolean
}

/** Rows of the job table before the rest are summed; notices listed before "… N more". */
const MAX_JOB_ROWS = 50
const MAX_NOTICES = 10
const EQUIVALENTS_SHOWN = 3

type Paint = (text: string, code: string) => string

const ANSI = { bold: '1', dim: '2', red: '31', green: '32', yellow: '33' } as const
const VERDICT_COLOURS: Readonly<Record<Verdict, string>> = {
  pass: ANSI.green,
  warn: ANSI.yellow,
  fail: ANSI.red,
}

function makePaint(color: boolean): Paint {
  return color ? (text, code) => `\u001b[${code}m${text}\u001b[0m` : (text) => text
}

function width(text: string): number {
  return Array.from(text).length
}

/** Rows as aligned columns ('r' right-aligns); the first row is the header. */
function alignColumns(
  rows: readonly (readonly string[])[],
  align: readonly ('l' | 'r')[],
): string[] {
  const widths = align.map((_, c) => maxOf(rows.map((r) => width(r[c] ?? ''))))
  return rows.map((r) =>
    r
      .map((cell, c) => {
        const pad = ' '.repeat(Math.max(0, (widths[c] ?? 0) - width(cell)))
        return align[c] === 'r' ? pad + cell : cell + pad
      })
      .join('  ')
      .trimEnd(),
  )
}

function indent(lines: readonly string[]): string[] {
  return lines.map((l) => `  ${l}`)
}

function renderTotals(report: Report, paint: Paint): string[] {
  const t = report.totals
  const { itKg, overheadKg } = splitOperational(report.totals, report.jobs, report.moreJobs)
  const modes = report.jobs.length > 0 ? ` (${describeOverheadModes(report.jobs)})` : ''
  const rows = alignColumns(
    [
      ['Operational: IT hardware', formatMass(itKg), formatEnergy(t.itEnergyKWh)],
      [
        `Operational: facility overhead${modes}`,
        formatMass(overheadKg),
        formatEnergy(t.overheadKWh),
      ],
      ['Embodied hardware (amortised)', formatMass(t.embodiedKg), ''],
      ['Total', formatTotalRange(t), formatEnergy(t.facilityEnergyKWh)],
    ],
    ['l', 'r', 'r'],
  )
  const last = rows.length - 1
  const water = describeWater(report.jobs)
  return [
    paint('Lifecycle CO2e', ANSI.bold),
    ...indent(rows.map((r, i) => (i === last ? paint(r, ANSI.bold) : r))),
    ...(water !== undefined ? indent([water]) : []),
  ]
}

function jobRow(job: JobEstimate): string[] {
  return [
    sanitizeText(job.name, 40),
    sanitizeText(job.source.format, 16),
    formatEnergy(job.itEnergyKWh),
    `${formatIntensity(job.intensityGPerKWh)} (${sanitizeText(job.intensitySource, 16)})`,
    describeOverhead(job),
    formatMass(job.totalKg),
  ]
}

function renderJobs(report: Report, paint: Paint): string[] {
  const jobs = sortJobsBySize(report.jobs)
  if (jobs.length === 0) return []
  const rows = [
    ['Job', 'Format', 'IT energy', 'Intensity', 'Overhead', 'CO2e'],
    ...jobs.slice(0, MAX_JOB_ROWS).map(jobRow),
  ]
  const rest = jobs.slice(MAX_JOB_ROWS)
  if (rest.length > 0) {
    const sum = sumJobs(rest)
    rows.push([
      `… ${formatNumber(rest.length, 0)} more jobs`,
      '',
      formatEnergy(sum.itEnergyKWh),
      '',
      '',
      formatMass(sum.totalKg),
    ])
  }
  for (const g of (report.moreJobs ?? []).slice(0, MAX_GROUP_ROWS)) {
    const cells = groupCells(g)
    rows.push([
      sanitizeText(cells.label, 40),
      sanitizeText(g.format, 16),
      formatEnergy(g.itEnergyKWh),
      `(${sanitizeText(g.intensitySource, 16)})`,
      '',
      formatMass(g.totalKg),
    ])
  }
  const lines = alignColumns(rows, ['l', 'l', 'r', 'l', 'l', 'r'])
  const more = describeMoreJobs(report)
  return [
    paint(`Jobs (${countJobs(report)})`, ANSI.bold),
    ...indent([paint(lines[0]!, ANSI.dim), ...lines.slice(1)]),
    ...(more !== undefined ? indent([more]) : []),
  ]
}

function budgetStatus(b: BudgetResult, paint: Paint): string {
  if (!b.exceeded) return 'within'
  return b.action === 'fail'
    ? paint('EXCEEDED (fails)', ANSI.red)
    : paint('exceeded (warning)', ANSI.yellow)
}

function renderBudgets(report: Report, paint: Paint): string[] {
  if (report.budgets.length === 0)
    return ['Budget: none set (--budget 25kg, or budget: in .carbon-gate.yml)']
  const rows = report.budgets.map((b) => [
    nameBudget(b),
    `limit ${formatBudgetValue(b, b.limit)}`,
    `actual ${formatBudgetValue(b, b.actual)}`,
    `used ${formatWholePercent(measureBudgetUse(b))}`,
  ])
  const lines = alignColumns(rows, ['l', 'r', 'r', 'r'])
  return [
    paint('Budgets', ANSI.bold),
    ...indent(lines.map((l, i) => `${l}  ${budgetStatus(report.budgets[i]!, paint)}`)),
  ]
}

function renderBaseline(report: Report): string[] {
  const b = report.baseline
  if (b === null) return ['Baseline: none (pass --baseline FILE to compare with an earlier report)']
  const sha = shortSha(b.sha)
  return [
    `Baseline: ${formatSignedMass(b.deltaKg)} (${formatSignedPercent(b.deltaPercent)}) from ` +
      `${formatMass(b.totalKg)}${sha !== undefined ? ` at ${sha}` : ''}`,
  ]
}

function renderEquivalents(report: Report, paint: Paint): string[] {
  const shown = report.equivalents.slice(0, EQUIVALENTS_SHOWN)
  if (shown.length === 0) return []
  return [
    paint('Roughly the same as', ANSI.bold),
    ...indent(
      shown.map(
        (e) =>
          `${sanitizeText(e.label, 80)}: ${formatAmount(e.amount)} ${sanitizeText(e.unit, 20)}`,
      ),
    ),
  ]
}

function renderNotices(
  title: string,
  items: readonly string[],
  paint: Paint,
  code: string,
): string[] {
  if (items.length === 0) return []
  const listed = items.slice(0, MAX_NOTICES).map((w) => `- ${sanitizeText(w, 300)}`)
  if (items.length > MAX_NOTICES) listed.push(`- … and ${items.length - MAX_NOTICES} more`)
  return [paint(`${title} (${items.length})`, code), ...indent(listed)]
}

/** The report as plain text for a terminal or a log. */
export function renderText(report: Report, opts: TextOptions): string {
  const paint = makePaint(opts.color)
  const verdict = normalizeVerdict(report.verdict)
  const head =
    `carbon-gate: ${paint(verdict.toUpperCase(), `${ANSI.bold};${VERDICT_COLOURS[verdict]}`)} · ` +
    `${formatTotalRange(report.totals)} CO2e · ${explainVerdict(report)}`
  const sections = [
    [head],
    renderNotices('Errors', report.errors, paint, ANSI.red),
    renderTotals(report, paint),
    renderJobs(report, paint),
    renderBudgets(report, paint),
    renderBaseline(report),
    renderEquivalents(report, paint),
    renderNotices('Warnings', report.warnings, paint, ANSI.yellow),
  ].filter((s) => s.length > 0)
  return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`
}
