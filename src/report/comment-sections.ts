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
  explainVerdictBriefly,
  formatBudgetValue,
  nameBudget,
  shortSha,
  sortJobsBySize,
  styleVerdict,
} from './comment-facts.js'
import { measureBudgetUse } from '../model/budgets.js'
import { splitOperational, sumJobs } from '../model/totals.js'
import { describeCleaner, describeMarketBased } from './cleaner-line.js'
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
  NBSP,
} from './format-numbers.js'

export const CO2E = 'CO₂e'

/** Markdown keeps a value and its unit together. */
const S = NBSP

/**
 * `### ✅ Pass · 12.3 kg CO₂e · 52 % of the 25.0 kg run budget`: the whole reason (`full`), or
 * the one budget that decides it (`brief`, a line that does not wrap at 780 px).
 */
export function renderHeadline(report: Report, reason: 'full' | 'brief' = 'full'): string {
  const { emoji, word } = styleVerdict(report.verdict)
  const total = formatTotalRange(report.totals, S)
  const why = reason === 'brief' ? explainVerdictBriefly(report, S) : explainVerdict(report, S)
  return `### ${emoji} ${word} · ${total}${S}${CO2E} · ${why}`
}

function share(kg: number, totalKg: number): string {
  return totalKg > 0 && Number.isFinite(kg) ? formatFraction(kg / totalKg, S) : '–'
}

/** Totals with the operational IT / facility overhead / embodied split, and energy. */
export function renderTotals(report: Report): string {
  const t = report.totals
  const { itKg, overheadKg } = splitOperational(report.totals, report.jobs, report.moreJobs)
  const modes = report.jobs.length > 0 ? ` (${describeOverheadModes(report.jobs)})` : ''
  return [
    `| Lifecycle part | Energy | ${CO2E} | Share |`,
    '|:--|--:|--:|--:|',
    `| Operational: IT hardware | ${formatEnergy(t.itEnergyKWh, S)} | ${formatMass(itKg, S)} | ${share(itKg, t.totalKg)} |`,
    `| Operational: facility overhead${modes} | ${formatEnergy(t.overheadKWh, S)} | ${formatMass(overheadKg, S)} | ${share(overheadKg, t.totalKg)} |`,
    `| Embodied hardware (amortised) | – | ${formatMass(t.embodiedKg, S)} | ${share(t.embodiedKg, t.totalKg)} |`,
    `| **Total** | **${formatEnergy(t.facilityEnergyKWh, S)}** | **${formatTotalRange(t, S)}** | |`,
    ...water(report),
  ].join('\n')
}

/** The water line under the totals, where a tracker measured water; then the alternatives. */
function water(report: Report): string[] {
  const line = describeWater(report.jobs, S)
  const more = [describeMarketBased(report), describeCleaner(report)].flatMap((l) =>
    l === undefined ? [] : ['', escapeMarkdownText(l)],
  )
  return [...(line === undefined ? [] : ['', `💧 ${line}`]), ...more]
}

const BAR_CELLS = 10

/**
 * `▓▓▓▓▓░░░░░ 52 %`: one cell per 10 % up to the limit. Over it, the ten cells span the actual
 * value and `┃` marks the limit, so 140 % (`▓▓▓▓▓▓▓┃▓▓▓`) and 200 % (`▓▓▓▓▓┃▓▓▓▓▓`) differ.
 */
export function renderUsageBar(fraction: number): string {
  if (!Number.isFinite(fraction)) return `${'▓'.repeat(BAR_CELLS)} over`
  const percent = formatWholePercent(fraction, S)
  if (fraction > 1 && Math.round(fraction * 100) > 100) {
    const within = Math.min(BAR_CELLS - 1, Math.max(1, Math.round(BAR_CELLS / fraction)))
    return `${'▓'.repeat(within)}┃${'▓'.repeat(BAR_CELLS - within)} ${percent}`
  }
  const filled = Math.min(BAR_CELLS, Math.max(0, Math.round(fraction * BAR_CELLS)))
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
      `| ${nameBudget(b)} | ${formatBudgetValue(b, b.limit, S)} | ${formatBudgetValue(b, b.actual, S)} | ${renderUsageBar(measureBudgetUse(b))} | ${describeStatus(b)} |`,
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
    `**Change vs. baseline${of}:** ${direction} ${formatSignedMass(b.deltaKg, S)} (${formatSignedPercent(b.deltaPercent, S)}), ` +
    `from ${formatMass(b.totalKg, S)} to ${formatMass(report.totals.totalKg, S)}.${extra}`
  )
}

/** One line on energy: facility energy, IT and overhead. */
export function renderEnergy(report: Report): string {
  const t = report.totals
  const jobs = countJobs(report)
  return (
    `**Energy:** ${formatEnergy(t.facilityEnergyKWh, S)} at the facility (${formatEnergy(t.itEnergyKWh, S)} IT + ` +
    `${formatEnergy(t.overheadKWh, S)} overhead), ${jobs} job${jobs === 1 ? '' : 's'}.`
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
    formatEnergy(job.itEnergyKWh, S),
    `${formatIntensity(job.intensityGPerKWh, S)}${note}`,
    describeOverhead(job),
    formatMass(job.totalKg, S),
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
      `| … ${formatNumber(rest.length, 0)} more job${rest.length === 1 ? '' : 's'} | | | ${formatEnergy(sum.itEnergyKWh, S)} | | | ${formatMass(sum.totalKg, S)} |`,
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
