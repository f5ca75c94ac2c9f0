/**
 * The report as Markdown: the CLI's `--format markdown` and the Action's job summary. The job
 * summary takes at most 1 MiB per step, so long reports shed rows before anything is cut.
 */
import type { HistoryPoint, Report } from '../core/types.js'
import { fitToLimit, measureBytes } from './comment-fit.js'
import type { Comparison } from './comment-input.js'
import { escapeMarkdownText } from './escape.js'
import { buildSections, type Detail } from './section-order.js'

/** Below GitHub's 1 MiB (1,048,576 bytes) per step, leaving room for other steps' output. */
export const SUMMARY_BYTE_LIMIT = 1_000_000

export interface MarkdownOptions {
  readonly title?: string
  /** Size limit in UTF-8 bytes; default 1,000,000. */
  readonly maxBytes?: number
  /** As the PR comment has them, when known: earlier runs and the comparison with the base. */
  readonly history?: readonly HistoryPoint[]
  readonly comparison?: Comparison
}

const LEVELS: readonly Detail[] = [
  { jobRows: 500, notices: 200, assumptions: 200 },
  { jobRows: 100, notices: 50, assumptions: 100 },
  { jobRows: 20, notices: 20, assumptions: 50 },
  { jobRows: 0, notices: 5, assumptions: 0 },
].map((d) => ({ ...d, charts: true, references: true, equivalents: true }))

function renderAt(report: Report, opts: MarkdownOptions, title: string, d: Detail): string {
  const { head, detail } = buildSections(
    report,
    {
      ...(opts.comparison !== undefined ? { comparison: opts.comparison } : {}),
      ...(opts.history !== undefined ? { history: opts.history } : {}),
      runLink: '',
      sources: 'inline',
      intensityNotes: true,
      collapseNotes: true,
    },
    d,
    'full',
  )
  const blocks = [`## ${title}`, ...head, ...detail.map((s) => s.body)]
  return `${blocks.join('\n\n')}\n`
}

/**
 * The full report in Markdown, in the PR comment's section order, all open; under `maxBytes`
 * (default 1,000,000) UTF-8 bytes.
 */
export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const title = escapeMarkdownText(opts.title ?? 'carbon-gate report', 100)
  const limit = opts.maxBytes ?? SUMMARY_BYTE_LIMIT
  return fitToLimit(LEVELS, (d) => renderAt(report, opts, title, d), limit, measureBytes)
}
