/**
 * The one order of the report's Markdown sections, for the PR comment (compact and full) and the
 * job summary: first what a reviewer reads in ten seconds (verdict, the this-PR/base table, the
 * jobs that changed most, the commits compared), then the detail (trend, jobs, lifecycle parts,
 * budgets, context, warnings, assumptions).
 */
import type { HistoryPoint, Report } from '../core/types.js'
import { renderTrendChart } from './comment-charts.js'
import { renderChangedJobs, renderCommits, renderComparison } from './comment-compare.js'
import {
  renderAssumptions,
  renderEquivalents,
  renderErrors,
  renderReferences,
  renderWarnings,
  type SourceStyle,
} from './comment-context.js'
import { listShownEquivalents } from './comment-facts.js'
import type { Comparison } from './comment-input.js'
import {
  renderBaseline,
  renderBudgets,
  renderEnergy,
  renderHeadline,
  renderJobs,
  renderTotals,
} from './comment-sections.js'
import {
  renderDeployment,
  renderProjectTable,
  renderPullRequestTotal,
  renderSci,
} from './render-project.js'

const LIFECYCLE_NOTE =
  '**Lifecycle CO₂e** = operational (IT hardware + facility overhead) + embodied hardware (amortised).'

/** How much detail one rendering keeps; size limits step these down. */
export interface Detail {
  readonly jobRows: number
  readonly assumptions: number
  readonly charts: boolean
  readonly references: boolean
  readonly equivalents: boolean
  readonly notices: number
}

export interface SectionInput {
  readonly comparison?: Comparison
  readonly history?: readonly HistoryPoint[]
  readonly baselineNote?: string
  /** ` · [workflow run](…)`, already made safe, or ''. */
  readonly runLink: string
  readonly sources: SourceStyle
  /** Per-job intensity notes (the summary has room). */
  readonly intensityNotes: boolean
  /** Warnings and assumptions in `<details>` of their own (not when already inside one). */
  readonly collapseNotes: boolean
}

export interface Sections {
  /** The first screen, in order. */
  readonly head: readonly string[]
  /** The detail, in order, each with the words that name it in a `<summary>`. */
  readonly detail: readonly { readonly name: string; readonly body: string }[]
}

export function buildSections(
  report: Report,
  input: SectionInput,
  d: Detail,
  headline: 'full' | 'brief',
): Sections {
  const head = [
    renderHeadline(report, headline),
    renderErrors(report, d.notices),
    renderComparison(report, input.comparison),
    renderPullRequestTotal(report),
    renderChangedJobs(report, input.comparison),
    renderCommits(report, input.comparison, input.runLink, input.baselineNote),
  ]
  const n = report.jobs.length
  const warnings = report.warnings.length
  const detail = [
    {
      name: 'trend',
      body: d.charts
        ? renderTrendChart(report, {
            ...(input.history !== undefined ? { history: input.history } : {}),
            ...(input.comparison?.commits?.headSha !== undefined
              ? { headSha: input.comparison.commits.headSha }
              : {}),
          })
        : '',
    },
    {
      name: `${n} job${n === 1 ? '' : 's'}`,
      body: renderJobs(report, { maxRows: d.jobRows, intensityNotes: input.intensityNotes }),
    },
    {
      name: 'lifecycle',
      body: [LIFECYCLE_NOTE, renderTotals(report), renderEnergy(report)].join('\n\n'),
    },
    {
      name: 'budgets',
      body: [renderBudgets(report), renderBaseline(report, input.baselineNote)].join('\n\n'),
    },
    { name: 'project to date', body: renderProjectTable(report) },
    { name: 'deployment', body: renderDeployment(report) },
    { name: 'SCI', body: renderSci(report) },
    {
      name: 'equivalents',
      body:
        d.equivalents && listShownEquivalents(report).length > 0
          ? renderEquivalents(report, input.sources)
          : '',
    },
    {
      name: 'published totals',
      body: d.references ? renderReferences(report, input.sources) : '',
    },
    {
      name: `⚠️ ${warnings} warning${warnings === 1 ? '' : 's'}`,
      body: renderWarnings(report, d.notices, input.collapseNotes),
    },
    {
      name: 'assumptions',
      body: renderAssumptions(report, d.assumptions, input.collapseNotes),
    },
  ].filter((s) => s.body !== '')
  return { head: head.filter((b) => b !== ''), detail }
}
