/**
 * The comment's first screen: one table "this PR | base | change | limit" for the total and each
 * budget, the jobs that changed most, and which commits were compared. Every number through the
 * one formatter (NBSP before units); every string from the report or the ledger escaped.
 */
import type { BudgetResult, Report } from '../core/types.js'
import { measureBudgetUse } from '../model/budgets.js'
import { nameBudget, formatBudgetValue, shortSha, sortJobsBySize } from './comment-facts.js'
import {
  type Comparison,
  type JobChange,
  listBiggestChanges,
  measureJobChange,
} from './comment-input.js'
import { escapeMarkdownText } from './escape.js'
import {
  formatFraction,
  formatMass,
  formatSignedEnergy,
  formatSignedMass,
  formatSignedPercent,
  formatWholePercent,
  NBSP,
} from './format-numbers.js'

const S = NBSP
const NONE = '–'

/** Rows of the "biggest changes" table. */
export const CHANGED_JOB_ROWS = 5

/** The base commit compared with: the one named by the caller, else the baseline's own. */
export function findBaseSha(
  report: Report,
  comparison: Comparison | undefined,
): string | undefined {
  return shortSha(comparison?.commits?.baseSha) ?? shortSha(report.baseline?.sha)
}

function statusMark(b: BudgetResult): string {
  if (!b.exceeded) return '✅'
  return b.action === 'fail' ? '❌' : '⚠️'
}

/** `❌ 1.00 kg (114 %)`: the limit, how much of it is used, and what that does. */
function limitCell(b: BudgetResult): string {
  const use = formatWholePercent(measureBudgetUse(b), S)
  return `${statusMark(b)} ${formatBudgetValue(b, b.limit, S)} (${use})`
}

function totalChange(report: Report, comparison: Comparison | undefined): string {
  const base = report.baseline
  if (base === null) return NONE
  const mass = `${formatSignedMass(base.deltaKg, S)} (${formatSignedPercent(base.deltaPercent, S)})`
  const baseKWh = comparison?.baseItEnergyKWh
  if (baseKWh === undefined || !Number.isFinite(baseKWh)) return mass
  return `${mass} · ${formatSignedEnergy(report.totals.itEnergyKWh - baseKWh, S)}`
}

function budgetRow(report: Report, b: BudgetResult): string {
  const name = nameBudget(b)
  switch (b.kind) {
    case 'increase':
      return `| ${name} | ${formatBudgetValue(b, b.actual, S)} | ${NONE} | ${NONE} | ${limitCell(b)} |`
    case 'monthly': {
      const before = b.actual - report.totals.totalKg
      return `| ${name} | ${formatMass(b.actual, S)} | ${formatMass(before, S)} | ${formatSignedMass(report.totals.totalKg, S)} | ${limitCell(b)} |`
    }
    case 'run':
      return `| ${name} | ${formatMass(b.actual, S)} | ${report.baseline !== null ? formatMass(report.baseline.totalKg, S) : NONE} | ${totalChange(report, undefined)} | ${limitCell(b)} |`
    case 'pr': {
      const before = b.actual - report.totals.totalKg
      return `| ${name} | ${formatMass(b.actual, S)} | ${formatMass(before, S)} | ${formatSignedMass(report.totals.totalKg, S)} | ${limitCell(b)} |`
    }
  }
}

/**
 * `| | This PR | Base (`0f1e2d3`) | Change | Limit |`: the total (with the run budget's limit
 * when there is one), then every other budget.
 */
export function renderComparison(report: Report, comparison?: Comparison): string {
  const sha = findBaseSha(report, comparison)
  const baseHead =
    report.baseline === null ? 'Base' : sha !== undefined ? `Base \`${sha}\`` : 'Base'
  const run = report.budgets.find((b) => b.kind === 'run')
  const base = report.baseline !== null ? formatMass(report.baseline.totalKg, S) : NONE
  const total =
    `| **Total CO₂e** | **${formatMass(report.totals.totalKg, S)}** | ${base} | ` +
    `${totalChange(report, comparison)} | ${run !== undefined ? limitCell(run) : 'none set'} |`
  const others = report.budgets.filter((b) => b !== run).map((b) => budgetRow(report, b))
  return [
    `| | This PR | ${baseHead} | Change | Limit |`,
    '|:--|--:|--:|--:|--:|',
    total,
    ...others,
  ].join('\n')
}

function kgOrNone(kg: number | null): string {
  return kg === null ? 'new' : formatMass(kg, S)
}

function changeCell(job: JobChange): string {
  const delta = measureJobChange(job)
  if (job.baseKg === null) return `${formatSignedMass(delta, S)} (new)`
  if (job.thisKg === null) return `${formatSignedMass(delta, S)} (gone)`
  const percent = job.baseKg > 0 ? ` (${formatSignedPercent((delta / job.baseKg) * 100, S)})` : ''
  return `${formatSignedMass(delta, S)}${percent}`
}

/**
 * The jobs that changed most against the baseline (at most `max`), or, with no per-job baseline,
 * the largest jobs and their share; '' when there is no job.
 */
export function renderChangedJobs(
  report: Report,
  comparison: Comparison | undefined,
  max = CHANGED_JOB_ROWS,
): string {
  const jobs = comparison?.jobs
  if (jobs !== undefined && jobs.length > 0) {
    const changed = listBiggestChanges(jobs, max)
    if (changed.length === 0) return `**Jobs:** no job changed against the base.`
    const rows = changed.map(
      (j) =>
        `| ${escapeMarkdownText(j.label, 60)} | ${j.thisKg === null ? 'gone' : formatMass(j.thisKg, S)} | ${kgOrNone(j.baseKg)} | ${changeCell(j)} |`,
    )
    const more = jobs.filter((j) => measureJobChange(j) !== 0).length - changed.length
    const title = `Biggest change by job${more > 0 ? ` (${changed.length} of ${changed.length + more})` : ''}`
    return [`| ${title} | This PR | Base | Change |`, '|:--|--:|--:|--:|', ...rows].join('\n')
  }
  const largest = sortJobsBySize(report.jobs).slice(0, Math.min(max, 3))
  // One job is the total: the table above says it all.
  if (largest.length <= 1) return ''
  const total = report.totals.totalKg
  const rows = largest.map(
    (j) =>
      `| ${escapeMarkdownText(j.name, 60)} | ${formatMass(j.totalKg, S)} | ${total > 0 ? formatFraction(j.totalKg / total, S) : NONE} |`,
  )
  const n = report.jobs.length
  const title = `Largest job${largest.length === 1 ? '' : 's'}${n > largest.length ? ` (${largest.length} of ${n})` : ''}`
  return [`| ${title} | This PR | Share |`, '|:--|--:|--:|', ...rows].join('\n')
}

/**
 * `comparing base `0f1e2d3` → head `9a8b7c6``, or why there is no base; with the run's link and
 * what the figures are, small.
 */
export function renderCommits(
  report: Report,
  comparison: Comparison | undefined,
  run: string,
  baselineNote?: string,
): string {
  const base = findBaseSha(report, comparison)
  const head = shortSha(comparison?.commits?.headSha)
  const headText = head !== undefined ? ` → head \`${head}\`` : ''
  let compared: string
  if (report.baseline !== null) {
    compared = `Comparing base ${base !== undefined ? `\`${base}\`` : '(commit not recorded)'}${headText}`
  } else {
    const why =
      baselineNote !== undefined && baselineNote.trim() !== ''
        ? escapeMarkdownText(baselineNote, 300)
        : 'nothing recorded to compare with (first adoption); runs on the default branch become the baseline'
    compared = `No baseline yet: ${why}${head !== undefined ? ` · head \`${head}\`` : ''}`
  }
  return `<sub>${compared}${run}</sub>`
}
