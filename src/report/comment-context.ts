/**
 * Markdown blocks that put a run in context or explain it: everyday equivalents, shares of
 * published totals, assumptions, warnings and errors. Sources of our own factors are linked from
 * the trusted tables (by id); anything else from the report is escaped text.
 */
import type { Report } from '../core/types.js'
import { CO2E } from './comment-sections.js'
import { findEquivalentFactor, type FactorSource } from '../model/equivalents.js'
import { asText, escapeMarkdownText } from './escape.js'
import { formatAmount, formatDecimal, formatFraction, formatMass, NBSP } from './format-numbers.js'
import { findPublishedTotal } from '../model/references.js'
import { listShownEquivalents } from './comment-facts.js'

const S = NBSP

/**
 * Numbered notes listed at the end of the section that cites them (the PR comment: GitHub would
 * render `[^1]` footnotes after everything else), or inline links after each line (job summary).
 */
export type SourceStyle = 'notes' | 'inline'

/** `<sup>2</sup>`: a note's mark. */
function cite(n: number): string {
  return `<sup>${n}</sup>`
}

/** The section's notes, small, right under it. */
function listNotes(notes: readonly string[]): string[] {
  return notes.length === 0 ? [] : ['', ...notes.map((n, i) => `<sub>${i + 1}. ${n}</sub><br>`)]
}

function linkSource(source: FactorSource): string {
  return `[${source.name}, ${source.vintage}](${source.url})`
}

function equivalentSource(id: string, fallback: string): { link: string; footnote: string } {
  const factor = findEquivalentFactor(id)
  if (factor === undefined) {
    const text = escapeMarkdownText(fallback, 300)
    return { link: text, footnote: text }
  }
  const footnote = `${factor.factor.replace('CO2', 'CO₂')}: ${linkSource(factor.source)}`
  return { link: linkSource(factor.source), footnote }
}

/** "Roughly the same as": each equivalent with its factor's source and vintage. */
export function renderEquivalents(report: Report, style: SourceStyle): string {
  const shown = listShownEquivalents(report)
  if (shown.length === 0) return ''
  const lines = ['**Roughly the same as**', '']
  const notes: string[] = []
  shown.forEach((e, i) => {
    const amount = `**${formatAmount(e.amount)}${S}${escapeMarkdownText(e.unit, 30)}**`
    const label = escapeMarkdownText(e.label, 100)
    const src = equivalentSource(asText(e.id), e.source)
    if (style === 'notes') {
      lines.push(`- ${label}: ${amount}${cite(i + 1)}`)
      notes.push(src.footnote)
    } else {
      lines.push(`- ${label}: ${amount} (${src.link})`)
    }
  })
  return [...lines, ...listNotes(notes)].join('\n')
}

/** "Share of published totals": this run as a fraction of known models' footprints. */
export function renderReferences(report: Report, style: SourceStyle): string {
  if (report.references.length === 0) return ''
  const rows: string[] = []
  const notes: string[] = []
  report.references.forEach((r, i) => {
    const known = findPublishedTotal(asText(r.id))
    const label = escapeMarkdownText(r.label, 100)
    const source =
      known !== undefined ? linkSource(known.source) : escapeMarkdownText(r.source, 300)
    const basis = known !== undefined ? ` (${known.basis})` : ''
    const cell = style === 'notes' ? `${label}${cite(i + 1)}` : `${label}: ${source}`
    if (style === 'notes') notes.push(`${source}${basis}`)
    rows.push(`| ${cell} | ${formatMass(r.totalKg, S)} | ${formatFraction(r.fraction, S)} |`)
  })
  return [
    '**Share of published totals**',
    '',
    `| Published figure | Its ${CO2E} | This run |`,
    '|:--|--:|--:|',
    ...rows,
    ...listNotes(notes),
  ].join('\n')
}

function formatAssumptionValue(value: unknown): string {
  return typeof value === 'number' ? formatDecimal(value, 6) : escapeMarkdownText(value, 80)
}

/** Every figure the estimate used, collapsed or under a title; at most `max` rows. */
export function renderAssumptions(report: Report, max: number, collapsed = true): string {
  const items = report.assumptions
  if (items.length === 0 || max <= 0) return ''
  const rows = items.slice(0, max).map((a) => {
    const unit = asText(a.unit).trim() !== '' ? `${S}${escapeMarkdownText(a.unit, 40)}` : ''
    return `| ${escapeMarkdownText(a.name, 80)} | ${formatAssumptionValue(a.value)}${unit} | ${escapeMarkdownText(a.source, 200)} |`
  })
  if (items.length > max) rows.push(`| … ${items.length - max} more | | |`)
  const table = ['| Figure | Value | Source |', '|:--|--:|:--|', ...rows]
  const title = `Assumptions (${items.length})`
  return collapsed
    ? ['<details>', `<summary>${title}</summary>`, '', ...table, '', '</details>'].join('\n')
    : [`**${title}**`, '', ...table].join('\n')
}

function renderList(items: readonly string[], max: number): string[] {
  const lines = items.slice(0, Math.max(0, max)).map((w) => `- ${escapeMarkdownText(w, 300)}`)
  const more = items.length - Math.max(0, max)
  if (more > 0) lines.push(`- … and ${more} more`)
  return lines
}

/** Inputs that could not be used: shown open, they explain a failure. */
export function renderErrors(report: Report, max: number): string {
  const n = report.errors.length
  if (n === 0) return ''
  const title = `**❌ ${n} input${n === 1 ? '' : 's'} could not be used**`
  return max <= 0 ? title : [title, '', ...renderList(report.errors, max)].join('\n')
}

/** Warnings, collapsed or under a title. */
export function renderWarnings(report: Report, max: number, collapsed = true): string {
  const n = report.warnings.length
  if (n === 0) return ''
  const title = `⚠️ ${n} warning${n === 1 ? '' : 's'}`
  if (max <= 0) return `**${title}** (listed in the job summary and the log).`
  const list = renderList(report.warnings, max)
  return collapsed
    ? ['<details>', `<summary>${title}</summary>`, '', ...list, '', '</details>'].join('\n')
    : [`**${title}**`, '', ...list].join('\n')
}
