/**
 * The report as Markdown: the CLI's `--format markdown` and the Action's job summary. The job
 * summary takes at most 1 MiB per step, so long reports shed rows before anything is cut.
 */
import type { Report } from '../core/types.js'
import {
  renderAssumptions,
  renderEquivalents,
  renderErrors,
  renderReferences,
  renderWarnings,
} from './comment-context.js'
import { fitToLimit, measureBytes } from './comment-fit.js'
import {
  renderBaseline,
  renderBudgets,
  renderEnergy,
  renderHeadline,
  renderJobs,
  renderTotals,
} from './comment-sections.js'
import { escapeMarkdownText } from './escape.js'
import {
  renderDeployment,
  renderProjectTable,
  renderPullRequestTotal,
  renderSci,
} from './render-project.js'

/** Below GitHub's 1 MiB (1,048,576 bytes) per step, leaving room for other steps' output. */
export const SUMMARY_BYTE_LIMIT = 1_000_000

export interface MarkdownOptions {
  readonly title?: string
  /** Size limit in UTF-8 bytes; default 1,000,000. */
  readonly maxBytes?: number
}

interface Detail {
  readonly jobRows: number
  readonly notices: number
  readonly assumptions: number
}

const LEVELS: readonly Detail[] = [
  { jobRows: 500, notices: 200, assumptions: 200 },
  { jobRows: 100, notices: 50, assumptions: 100 },
  { jobRows: 20, notices: 20, assumptions: 50 },
  { jobRows: 0, notices: 5, assumptions: 0 },
]

function renderAt(report: Report, title: string, d: Detail): string {
  const blocks = [
    `## ${title}`,
    renderHeadline(report),
    renderErrors(report, d.notices),
    renderTotals(report),
    renderEnergy(report),
    renderBudgets(report),
    renderBaseline(report),
    renderPullRequestTotal(report),
    renderJobs(report, { maxRows: d.jobRows, intensityNotes: true }),
    renderProjectTable(report),
    renderDeployment(report),
    renderSci(report),
    renderEquivalents(report, 'inline'),
    renderReferences(report, 'inline'),
    renderWarnings(report, d.notices),
    renderAssumptions(report, d.assumptions),
  ]
  return `${blocks.filter((b) => b !== '').join('\n\n')}\n`
}

/** The full report in Markdown, under `maxBytes` (default 1,000,000) UTF-8 bytes. */
export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const title = escapeMarkdownText(opts.title ?? 'carbon-gate report', 100)
  const limit = opts.maxBytes ?? SUMMARY_BYTE_LIMIT
  return fitToLimit(LEVELS, (d) => renderAt(report, title, d), limit, measureBytes)
}
