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
  listShownEquivalents,
  normalizeVerdict,
  shortSha,
  sortJobsBySize,
} from './comment-facts.js'
import { layoutTable, wrapToWidth } from './text-layout.js'
import { measureBudgetUse } from '../model/budgets.js'
import { splitOperational, sumJobs } from '../model/totals.js'
import { describeCleaner, describeMarketBased } from './cleaner-line.js'
import { sanitizeText } from './escape.js'
import { renderCostText } from './render-project.js'
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

export interface TextOptions {
  readonly color: boolean
  /** The terminal's width: no line is longer (tables narrow, prose wraps). Unset: no limit. */
  readonly columns?: number
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

/** Lines start two columns in; the widest a table may be under a terminal of `columns`. */
const INDENT = 2

function room(columns: number | undefined): number | undefined {
  return columns === undefined ? undefined : Math.max(20, columns) - INDENT
}

function indent(lines: readonly string[]): string[] {
  return lines.map((l) => `  ${l}`)
}

function renderTotals(report: Report, paint: Paint, columns: number | undefined): string[] {
  const t = report.totals
  const { itKg, overheadKg } = splitOperational(report.totals, report.jobs, report.moreJobs)
  const modes = report.jobs.length > 0 ? ` (${describeOverheadModes(report.jobs)})` : ''
  const rows = layoutTable(
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
    { align: ['l', 'r', 'r'], shrink: { column: 0, min: 12 }, drop: [2] },
    room(columns),
  )
  const last = rows.length - 1
  const water = describeWater(report.jobs)
  return [
    paint('Lifecycle CO2e', ANSI.bold),
    ...indent(rows.map((r, i) => (i === last ? paint(r, ANSI.bold) : r))),
    ...(water !== undefined ? indent(wrapToWidth(water, room(columns))) : []),
    ...indent(
      [describeMarketBased(report), describeCleaner(report)].flatMap((l) =>
        l === undefined ? [] : wrapToWidth(sanitizeText(l, 400), room(columns)),
      ),
    ),
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

function renderJobs(report: Report, paint: Paint, columns: number | undefined): string[] {
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
  // Narrow the job names first, then leave out format, overhead and intensity, in that order.
  const lines = layoutTable(
    rows,
    { align: ['l', 'l', 'r', 'l', 'l', 'r'], shrink: { column: 0, min: 16 }, drop: [1, 4, 3] },
    room(columns),
  )
  const more = describeMoreJobs(report)
  return [
    paint(`Jobs (${countJobs(report)})`, ANSI.bold),
    ...indent([paint(lines[0]!, ANSI.dim), ...lines.slice(1)]),
    ...(more !== undefined ? indent(wrapToWidth(more, room(columns))) : []),
  ]
}

function budgetStatus(b: BudgetResult, paint: Paint): string {
  if (!b.exceeded) return 'within'
  return b.action === 'fail'
    ? paint('EXCEEDED (fails)', ANSI.red)
    : paint('exceeded (warning)', ANSI.yellow)
}

const BUDGET_STATUS = {
  within: 'within',
  fails: 'EXCEEDED (fails)',
  warns: 'exceeded (warning)',
} as const

function budgetStatusText(b: BudgetResult): string {
  if (!b.exceeded) return BUDGET_STATUS.within
  return b.action === 'fail' ? BUDGET_STATUS.fails : BUDGET_STATUS.warns
}

function renderBudgets(report: Report, paint: Paint, columns: number | undefined): string[] {
  if (report.budgets.length === 0)
    return wrapToWidth('Budget: none set (--budget 25kg, or budget: in .carbon-gate.yml)', columns)
  const rows = report.budgets.map((b) => [
    nameBudget(b),
    `limit ${formatBudgetValue(b, b.limit)}`,
    `actual ${formatBudgetValue(b, b.actual)}`,
    `used ${formatWholePercent(measureBudgetUse(b))}`,
    budgetStatusText(b),
  ])
  const lines = layoutTable(
    rows,
    { align: ['l', 'r', 'r', 'r', 'l'], shrink: { column: 0, min: 10 }, drop: [2] },
    room(columns),
  )
  return [
    paint('Budgets', ANSI.bold),
    ...indent(lines.map((l, i) => colourStatus(l, report.budgets[i]!, paint))),
  ]
}

/** The status word at the end of a budget line, in colour. */
function colourStatus(line: string, b: BudgetResult, paint: Paint): string {
  const status = budgetStatusText(b)
  if (!line.endsWith(status) || status === BUDGET_STATUS.within) return line
  return line.slice(0, -status.length) + budgetStatus(b, paint)
}

function renderBaseline(report: Report, columns: number | undefined): string[] {
  const b = report.baseline
  if (b === null)
    return wrapToWidth(
      'Baseline: none (pass --baseline FILE to compare with an earlier report)',
      columns,
    )
  const sha = shortSha(b.sha)
  return wrapToWidth(
    `Baseline: ${formatSignedMass(b.deltaKg)} (${formatSignedPercent(b.deltaPercent)}) from ` +
      `${formatMass(b.totalKg)}${sha !== undefined ? ` at ${sha}` : ''}`,
    columns,
  )
}

function renderEquivalents(report: Report, paint: Paint, columns: number | undefined): string[] {
  const shown = listShownEquivalents(report).slice(0, EQUIVALENTS_SHOWN)
  if (shown.length === 0) return []
  return [
    paint('Roughly the same as', ANSI.bold),
    ...indent(
      shown.flatMap((e) =>
        wrapToWidth(
          `${sanitizeText(e.label, 80)}: ${formatAmount(e.amount)} ${sanitizeText(e.unit, 20)}`,
          room(columns),
        ),
      ),
    ),
  ]
}

function renderNotices(
  title: string,
  items: readonly string[],
  paint: Paint,
  code: string,
  columns: number | undefined,
): string[] {
  if (items.length === 0) return []
  const listed = items
    .slice(0, MAX_NOTICES)
    .flatMap((w) => wrapToWidth(`- ${sanitizeText(w, 300)}`, room(columns)))
  if (items.length > MAX_NOTICES) listed.push(`- … and ${items.length - MAX_NOTICES} more`)
  return [paint(`${title} (${items.length})`, code), ...indent(listed)]
}

/** The report as plain text for a terminal or a log. */
export function renderText(report: Report, opts: TextOptions): string {
  const paint = makePaint(opts.color)
  const columns = opts.columns
  const verdict = normalizeVerdict(report.verdict)
  const word = verdict.toUpperCase()
  const [first = '', ...rest] = wrapToWidth(
    `carbon-gate: ${word} · ${formatTotalRange(report.totals)} CO2e · ${explainVerdict(report)}`,
    columns,
  )
  const head = [
    first.replace(word, paint(word, `${ANSI.bold};${VERDICT_COLOURS[verdict]}`)),
    ...rest,
  ]
  const sections = [
    head,
    renderNotices('Errors', report.errors, paint, ANSI.red, columns),
    renderTotals(report, paint, columns),
    renderJobs(report, paint, columns),
    renderBudgets(report, paint, columns),
    renderBaseline(report, columns),
    renderCostText(report),
    renderEquivalents(report, paint, columns),
    renderNotices('Warnings', report.warnings, paint, ANSI.yellow, columns),
  ].filter((s) => s.length > 0)
  return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`
}
