/**
 * The sticky pull-request comment (contract §6): found by its hidden marker, edited in place,
 * under GitHub's 65,536-character limit by dropping detail before cutting.
 */
import { type CommentKey, commentMarker } from '../core/comment-key.js'
import type { HistoryPoint, Report } from '../core/types.js'
import { renderHistoryChart, renderLifecyclePie } from './comment-charts.js'
import {
  renderAssumptions,
  renderEquivalents,
  renderErrors,
  renderReferences,
  renderWarnings,
} from './comment-context.js'
import { fitToLimit, measureChars } from './comment-fit.js'
import {
  renderBaseline,
  renderBudgets,
  renderEnergy,
  renderHeadline,
  renderJobs,
  renderTotals,
} from './comment-sections.js'
import { escapeMarkdownText } from './escape.js'
import { shortSha } from './comment-facts.js'
import { renderDeployment, renderPullRequestTotal } from './render-project.js'

/** GitHub rejects comment bodies longer than this ("Body is too long (maximum is 65536 characters)"). */
export const GITHUB_COMMENT_LIMIT = 65_536

export interface CommentOptions {
  /** Several sticky comments can coexist, one per key. */
  readonly key: CommentKey
  /** Earlier runs, oldest first; the last 30 are charted when there are at least 2. */
  readonly history?: readonly HistoryPoint[]
  readonly runUrl?: string
  /** Where the baseline comes from, or why there is none (shown escaped). */
  readonly baselineNote?: string
  /** The commit the baseline was recorded on, and the commit this run measured. */
  readonly baseSha?: string
  readonly headSha?: string
  readonly maxChars?: number
  /**
   * Hidden data kept with the comment (the PR's run list, run/pr-runs.ts): one HTML comment line,
   * placed right after the marker. Anything but `<!-- … -->` of printable ASCII without `--`
   * inside is left out.
   */
  readonly hiddenData?: string
}

const HIDDEN_DATA = /^<!-- (?:(?!--)[\x20-\x7e])* -->$/

function hiddenLine(data: string | undefined): string {
  return data !== undefined && HIDDEN_DATA.test(data) ? `${data}\n` : ''
}

/** How much detail one rendering keeps; the levels below go from most to least. */
interface Detail {
  readonly jobRows: number
  readonly assumptions: boolean
  readonly charts: boolean
  readonly references: boolean
  readonly equivalents: boolean
  readonly notices: number
}

const FULL: Detail = {
  jobRows: 15,
  assumptions: true,
  charts: true,
  references: true,
  equivalents: true,
  notices: 20,
}

/** Per-job rows go first, then assumptions, charts, references, equivalents, listed notices. */
const LEVELS: readonly Detail[] = [
  FULL,
  { ...FULL, jobRows: 5 },
  { ...FULL, jobRows: 0 },
  { ...FULL, jobRows: 0, assumptions: false },
  { ...FULL, jobRows: 0, assumptions: false, charts: false },
  { ...FULL, jobRows: 0, assumptions: false, charts: false, references: false },
  {
    jobRows: 0,
    assumptions: false,
    charts: false,
    references: false,
    equivalents: false,
    notices: 5,
  },
  {
    jobRows: 0,
    assumptions: false,
    charts: false,
    references: false,
    equivalents: false,
    notices: 0,
  },
]

const SAFE_URL = /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~%/+=&?-]*)?$/

function renderFooter(runUrl: string | undefined): string {
  const run =
    runUrl === undefined
      ? ''
      : SAFE_URL.test(runUrl)
        ? ` · [workflow run](${runUrl})`
        : ` · workflow run: ${escapeMarkdownText(runUrl)}`
  return (
    '<sub>carbon-gate · lifecycle estimate: operational (IT hardware + facility overhead) + ' +
    `embodied hardware${run}</sub>`
  )
}

/** "Comparing base `abc1234` → head `def5678`" (only hex shas are shown). */
export function renderComparing(baseSha?: string, headSha?: string): string {
  const base = shortSha(baseSha)
  const head = shortSha(headSha)
  if (base !== undefined && head !== undefined)
    return `Comparing base \`${base}\` → head \`${head}\``
  if (head !== undefined) return `Head \`${head}\`, no baseline to compare with`
  return ''
}

function renderAt(report: Report, opts: CommentOptions, d: Detail): string {
  const charts = d.charts
    ? [renderLifecyclePie(report), renderHistoryChart(opts.history)].filter((c) => c !== '')
    : []
  const blocks = [
    renderHeadline(report),
    renderErrors(report, d.notices),
    renderTotals(report),
    renderEnergy(report),
    renderBudgets(report),
    renderComparing(opts.baseSha, opts.headSha),
    renderBaseline(report, opts.baselineNote),
    renderPullRequestTotal(report),
    renderJobs(report, { maxRows: d.jobRows, intensityNotes: false }),
    renderDeployment(report),
    d.equivalents ? renderEquivalents(report, 'footnotes') : '',
    d.references ? renderReferences(report, 'footnotes') : '',
    ...charts,
    renderWarnings(report, d.notices),
    d.assumptions ? renderAssumptions(report, 100) : '',
    '---',
    renderFooter(opts.runUrl),
  ]
  const body = blocks.filter((b) => b !== '').join('\n\n')
  return `${commentMarker(opts.key)}\n${hiddenLine(opts.hiddenData)}${body}\n`
}

/**
 * The PR comment for `report`: marker first, then a verdict line, totals, budgets, baseline,
 * jobs, context and assumptions; never longer than `maxChars` (default 65,536).
 */
export function renderComment(report: Report, opts: CommentOptions): string {
  const limit = opts.maxChars ?? GITHUB_COMMENT_LIMIT
  return fitToLimit(LEVELS, (d) => renderAt(report, opts, d), limit, measureChars)
}
