/**
 * Markdown blocks shared by the PR comment and the job summary: the verdict, the totals, budgets,
 * the baseline and the per-job table. Each returns one block without surrounding blank lines.
 * Every string that comes from the report goes through escapeMarkdownText.
 */
import type { BudgetResult, JobEstimate, Report } from '../core/types.js'
import {
  describeOverhead,
  describeOverheadModes,
  describeWater,
  explainVerdict,
  formatBudgetValue,
  nameBudget,
  shortSha,
  sortJobsBySize,
  styleVerdict,
} from './comment-facts.js'
import { measureBudgetUse } from '../model/budgets.js'
import { splitOperational, sumJobs } from '../model/totals.js'
import { escapeMarkdownText } from './escape.js'
import { MAX_GROUP_ROWS, countJobs, describeMoreJobs, groupCells } from './more-jobs.js'
import {
  formatDecimal,
  formatEnergy,
  formatFraction,
  formatIntensity,
  formatMass,
  formatNumber,
  formatTotalRange,
  formatSignedMass,
  formatSignedPercent,
  formatWholePercent,
} from './format-numbers.js'

export const CO2E = 'CO₂e'

/** `### ✅ Pass · 12.3 kg CO₂e · 52 % of the 25.0 kg run budget` */
export function renderHeadline(report: Report): string {
  const { emoji, word } = styleVerdict(report.verdict)
  const total = formatTotalRange(report.totals)
  return `### ${emoji} ${word} · ${total} ${CO2E} · ${explainVerdict(report)}`
}

function share(kg: number, totalKg: number): string {
  return totalKg > 0 && Number.isFinite(kg) ? formatFraction(kg / totalKg) : '–'
}

/** Totals with the operational IT / facility overhead / embodied split, and energy. */
export function renderTotals(report: Report): string {
  const t = report.totals
  const { itKg, overheadKg } = splitOperational(report.totals, report.jobs, report.moreJobs)
  const modes = report.jobs.length > 0 ? ` (${describeOverheadModes(report.jobs)})` : ''
  return [
    `| Lifecycle part | Energy | ${CO2E} | Share |`,
    '|:--|--:|--:|--:|',
    `| Operational: IT hardware | ${formatEnergy(t.itEnergyKWh)} | ${formatMass(itKg)} | ${share(itKg, t.totalKg)} |`,
    `| Operational: facility overhead${modes} | ${formatEnergy(t.overheadKWh)} | ${formatMass(overheadKg)} | ${share(overheadKg, t.totalKg)} |`,
    `| Embodied hardware (amortised) | – | ${formatMass(t.embodiedKg)} | ${share(t.embodiedKg, t.totalKg)} |`,
    `| **Total** | **${formatEnergy(t.facilityEnergyKWh)}** | **${formatTotalRange(t)}** | |`,
    ...water(report),
  ].join('\n')
}

/** The water line under the totals, where a tracker measured water. */
function water(report: Report): string[] {
  const line = describeWater(report.jobs)
  return line === undefined ? [] : ['', `💧 ${line}`]
}

const BAR_CELLS = 10

/** `▓▓▓▓▓░░░░░ 52 %`: one cell per 10 %, full when over. */
export function renderUsageBar(fraction: number): string {
  const filled = Number.isFinite(fraction)
    ? Math.min(BAR_CELLS, Math.max(0, Math.round(fraction * BAR_CELLS)))
    : BAR_CELLS
  const percent = Number.isFinite(fraction) ? formatWholePercent(fraction) : 'over'
  return `${'▓'.repeat(filled)}${'░'.repeat(BAR_CELLS - filled)} ${percent}`
}

function describeStatus(b: BudgetResult): string {
  if (!b.exceeded) return '✅ within'
  return b.action === 'fail' ? '❌ exceeded: fails the check' : '⚠️ exceeded: warning only'
}

/** Each budget with its limit, actual value, a usage bar and what exceeding it does. */
export function renderBudgets(report: Report): string {
  if (report.budgets.length === 0) {
    return '**Budget:** none set. Add `budget: 25kg` to `.carbon-gate.yml` (or the `budget` input) to gate on it.'
  }
  const rows = report.budgets.map(
    (b) =>
      `| ${nameBudget(b)} | ${formatBudgetValue(b, b.limit)} | ${formatBudgetValue(b, b.actual)} | ${renderUsageBar(measureBudgetUse(b))} | ${describeStatus(b)} |`,
  )
  return ['| Budget | Limit | Actual | Used | Status |', '|:--|--:|--:|:--|:--|', ...rows].join(
    '\n',
  )
}

/** The change against the baseline, or "no baseline yet" on first adoption. */
export function renderBaseline(report: Report, note?: string): string {
  const extra = note !== undefined && note.trim() !== '' ? ` ${escapeMarkdownText(note)}` : ''
  const b = report.baseline
  if (b === null) {
    const why =
      extra !== ''
        ? extra
        : ' Nothing recorded yet to compare with (first adoption); runs on the default branch will become the baseline.'
    return `**Baseline:** no baseline yet.${why}`
  }
  const sha = shortSha(b.sha)
  const of = sha !== undefined ? ` (\`${sha}\`)` : ''
  const direction = b.deltaKg > 0 ? '📈' : b.deltaKg < 0 ? '📉' : '➖'
  return (
    `**Change vs. baseline${of}:** ${direction} ${formatSignedMass(b.deltaKg)} (${formatSignedPercent(b.deltaPercent)}), ` +
    `from ${formatMass(b.totalKg)} to ${formatMass(report.totals.totalKg)}.${extra}`
  )
}

/** One line on energy: facility energy, IT and overhead. */
export function renderEnergy(report: Report): string {
  const t = report.totals
  const jobs = countJobs(report)
  return (
    `**Energy:** ${formatEnergy(t.facilityEnergyKWh)} at the facility (${formatEnergy(t.itEnergyKWh)} IT + ` +
    `${formatEnergy(t.overheadKWh)} overhead), ${jobs} job${jobs === 1 ? '' : 's'}.`
  )
}

export interface JobTableOptions {
  /** Rows shown before the rest are summed into one row; 0 shows a one-line summary instead. */
  readonly maxRows: number
  /** Show each job's intensity note (the summary has room, the comment does not). */
  readonly intensityNotes: boolean
}

function describeHardware(job: JobEstimate): string {
  if (job.gpuCount > 0) {
    const model = job.gpuModel !== undefined ? escapeMarkdownText(job.gpuModel, 60) : 'GPU'
    return `${formatDecimal(job.gpuCount, 2)} × ${model}`
  }
  if (job.cpuThreads !== undefined && job.cpuThreads > 0) {
    return `${formatDecimal(job.cpuThreads, 2)} CPU threads`
  }
  return '–'
}

function renderJobRow(job: JobEstimate, opts: JobTableOptions): string {
  const line = typeof job.source.line === 'number' ? `:${job.source.line}` : ''
  const where = escapeMarkdownText(`${job.source.path}${line}`, 120)
  const name = `${escapeMarkdownText(job.name, 100)}<br><sub>${where}</sub>`
  const note = opts.intensityNotes
    ? `<br><sub>${escapeMarkdownText(job.intensitySource, 20)}: ${escapeMarkdownText(job.intensityNote, 120)}</sub>`
    : ` (${escapeMarkdownText(job.intensitySource, 20)})`
  const cells = [
    name,
    escapeMarkdownText(job.source.format, 20),
    describeHardware(job),
    formatEnergy(job.itEnergyKWh),
    `${formatIntensity(job.intensityGPerKWh)}${note}`,
    describeOverhead(job),
    formatMass(job.totalKg),
  ]
  return `| ${cells.join(' | ')} |`
}

/** The per-job table, largest first; jobs beyond `maxRows` summed in one row. */
export function renderJobs(report: Report, opts: JobTableOptions): string {
  const jobs = sortJobsBySize(report.jobs)
  if (jobs.length === 0) return '**Jobs:** none.'
  if (opts.maxRows <= 0) {
    const n = countJobs(report)
    return `**Jobs:** ${formatNumber(n, 0)} job${n === 1 ? '' : 's'}; the per-job table was left out to fit the size limit.`
  }
  const shown = jobs.slice(0, opts.maxRows)
  const rest = jobs.slice(opts.maxRows)
  const rows = shown.map((j) => renderJobRow(j, opts))
  if (rest.length > 0) {
    const sum = sumJobs(rest)
    rows.push(
      `| … ${formatNumber(rest.length, 0)} more job${rest.length === 1 ? '' : 's'} | | | ${formatEnergy(sum.itEnergyKWh)} | | | ${formatMass(sum.totalKg)} |`,
    )
  }
  const groups = (report.moreJobs ?? []).slice(0, MAX_GROUP_ROWS)
  for (const g of groups) {
    const c = groupCells(g)
    const name = `${escapeMarkdownText(c.label, 100)}<br><sub>${escapeMarkdownText(c.where, 120)}</sub>`
    rows.push(
      `| ${name} | ${escapeMarkdownText(g.format, 20)} | | ${formatEnergy(g.itEnergyKWh)} | (${escapeMarkdownText(g.intensitySource, 20)}) | | ${formatMass(g.totalKg)} |`,
    )
  }
  const more = describeMoreJobs(report)
  return [
    `| Job | Format | Hardware | IT energy | Intensity | Overhead | ${CO2E} |`,
    '|:--|:--|:--|--:|:--|:--|--:|',
    ...rows,
    ...(more !== undefined ? ['', escapeMarkdownText(more, 200)] : []),
  ].join('\n')
}
