/**
 * The sticky pull-request comment (contract §6): found by its hidden marker, edited in place,
 * under GitHub's 65,536-character limit by dropping detail before cutting.
 */
import { type CommentKey, commentMarker } from '../core/comment-key.js'
import type { HistoryPoint, Report } from '../core/types.js'
import { fitToLimit, measureChars } from './comment-fit.js'
import type { CommentLayout, Comparison } from './comment-input.js'
import { escapeMarkdownText } from './escape.js'
import { buildSections, type Detail } from './section-order.js'

export type { CommentLayout, Comparison, CommitPair, JobChange } from './comment-input.js'

/** GitHub rejects comment bodies longer than this ("Body is too long (maximum is 65536 characters)"). */
export const GITHUB_COMMENT_LIMIT = 65_536

export interface CommentOptions {
  /** Several sticky comments can coexist, one per key. */
  readonly key: CommentKey
  /** `compact` (default): one screen, the rest in `<details>`; `full`: every section open. */
  readonly layout?: CommentLayout
  /** Earlier runs of the series, oldest first; charted with this run from 3 points on. */
  readonly history?: readonly HistoryPoint[]
  /** The commits compared and each job's change (from the ledger); what is missing is left out. */
  readonly comparison?: Comparison
  /** The commit the baseline was recorded on, and the commit measured (as `comparison.commits`). */
  readonly baseSha?: string
  readonly headSha?: string
  readonly runUrl?: string
  /** Where the baseline comes from, or why there is none (shown escaped). */
  readonly baselineNote?: string
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

const FULL: Detail = {
  jobRows: 15,
  assumptions: 100,
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
  { ...FULL, jobRows: 0, assumptions: 0 },
  { ...FULL, jobRows: 0, assumptions: 0, charts: false },
  { ...FULL, jobRows: 0, assumptions: 0, charts: false, references: false },
  {
    jobRows: 0,
    assumptions: 0,
    charts: false,
    references: false,
    equivalents: false,
    notices: 5,
  },
  {
    jobRows: 0,
    assumptions: 0,
    charts: false,
    references: false,
    equivalents: false,
    notices: 0,
  },
]

const SAFE_URL = /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~%/+=&?-]*)?$/

function linkRun(runUrl: string | undefined): string {
  if (runUrl === undefined) return ''
  return SAFE_URL.test(runUrl)
    ? ` · [workflow run](${runUrl})`
    : ` · workflow run: ${escapeMarkdownText(runUrl)}`
}

/** `Details: trend, 3 jobs, lifecycle parts, …`: what the collapsed part holds. */
function nameDetail(names: readonly string[]): string {
  return `Details: ${names.join(', ')}`
}

/** `comparison`, with `baseSha` / `headSha` given on their own as its commits. */
function comparisonOf(opts: CommentOptions): Comparison | undefined {
  if (opts.baseSha === undefined && opts.headSha === undefined) return opts.comparison
  const commits = {
    ...(opts.baseSha !== undefined ? { baseSha: opts.baseSha } : {}),
    ...(opts.headSha !== undefined ? { headSha: opts.headSha } : {}),
    ...opts.comparison?.commits,
  }
  return { ...opts.comparison, commits }
}

function renderAt(report: Report, opts: CommentOptions, d: Detail): string {
  const layout = opts.layout ?? 'compact'
  const comparison = comparisonOf(opts)
  const { head, detail } = buildSections(
    report,
    {
      ...(comparison !== undefined ? { comparison } : {}),
      ...(opts.history !== undefined ? { history: opts.history } : {}),
      ...(opts.baselineNote !== undefined ? { baselineNote: opts.baselineNote } : {}),
      runLink: linkRun(opts.runUrl),
      sources: 'notes',
      intensityNotes: false,
      collapseNotes: layout === 'full',
    },
    d,
    layout === 'compact' ? 'brief' : 'full',
  )
  const rest =
    layout === 'full' || detail.length === 0
      ? detail.map((s) => s.body)
      : [
          `<details><summary>${nameDetail(detail.map((s) => s.name))}</summary>`,
          ...detail.map((s) => s.body),
          '</details>',
        ]
  const body = [...head, ...rest].join('\n\n')
  return `${commentMarker(opts.key)}\n${hiddenLine(opts.hiddenData)}${body}\n`
}

/**
 * The PR comment for `report`: marker first, then the verdict, the this-PR/base table, the jobs
 * that changed most and the commits compared; the rest collapsed (`compact`) or open (`full`).
 * Never longer than `maxChars` (default 65,536).
 */
export function renderComment(report: Report, opts: CommentOptions): string {
  const limit = opts.maxChars ?? GITHUB_COMMENT_LIMIT
  return fitToLimit(LEVELS, (d) => renderAt(report, opts, d), limit, measureChars)
}
