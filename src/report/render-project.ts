/**
 * The whole cost beside one run, rendered: the pull request's running total, the project to date
 * (and its R&D multiplier), the deployment projection and the SCI scores, as Markdown blocks for
 * the comment and the summary, and as text for the CLI (`carbon-gate ledger`, `check`).
 * Strings from the report go through escapeMarkdownText / sanitizeText.
 */
import type { ProjectTotals } from '../core/cost-types.js'
import type { Report } from '../core/types.js'
import { CO2E } from './comment-sections.js'
import { escapeMarkdownText, sanitizeText } from './escape.js'
import { formatDecimal, formatEnergy, formatMass, formatNumber } from './format-numbers.js'

function runs(n: number): string {
  return `${formatNumber(n, 0)} run${n === 1 ? '' : 's'}`
}

/** "**This PR so far:** 3 runs, 1.23 kg CO₂e (this run 410 g)." */
export function renderPullRequestTotal(report: Report): string {
  const pr = report.pullRequest
  if (pr === undefined) return ''
  const note = !pr.counted
    ? ', not added: its inputs could not all be used'
    : pr.repeated
      ? ', a re-run: it replaces the attempt it repeats'
      : ''
  return (
    `**This PR so far:** ${runs(pr.runs)}, ${formatMass(pr.totalKg)} ${CO2E} ` +
    `(this run ${formatMass(pr.thisRunKg)}${note}).`
  )
}

function multiplier(p: ProjectTotals): string {
  return p.rdMultiplier !== undefined ? `×${formatDecimal(p.rdMultiplier, 2)}` : '–'
}

/** The project to date: month, year, all time, the final runs and the R&D multiplier. */
export function renderProjectTable(report: Report): string {
  const p = report.project
  if (p === undefined) return ''
  const row = (label: string, t: { runs: number; totalKg: number; facilityEnergyKWh: number }) =>
    `| ${label} | ${formatNumber(t.runs, 0)} | ${formatEnergy(t.facilityEnergyKWh)} | ${formatMass(t.totalKg)} |`
  const final =
    p.final !== undefined
      ? [row(`Final training (${escapeMarkdownText(p.final.rule, 120)})`, p.final)]
      : []
  return [
    `**Project to date** (ledger: ${escapeMarkdownText(p.source, 80)}) · R&D multiplier ${multiplier(p)}`,
    '',
    `| Period | Runs | Energy | ${CO2E} |`,
    '|:--|--:|--:|--:|',
    row(`This month (${escapeMarkdownText(p.month.period, 10)})`, p.month),
    row(`This year (${escapeMarkdownText(p.year.period, 10)})`, p.year),
    row('All time', p.allTime),
    ...final,
  ].join('\n')
}

/** The deployment projection: a day, a year and the break-even day. */
export function renderDeployment(report: Report): string {
  const d = report.deployment
  if (d === undefined) return ''
  const perRequest =
    d.kgPerRequest !== undefined ? ` · ${formatMass(d.kgPerRequest)} per request` : ''
  const perTokens =
    d.kgPerMillionTokens !== undefined
      ? ` · ${formatMass(d.kgPerMillionTokens)} per million tokens`
      : ''
  const breakEven =
    d.breakEvenDays === null
      ? 'never overtakes training (0 kg a day)'
      : `overtakes training (${formatMass(d.trainingKg)}, ${escapeMarkdownText(d.trainingBasis, 40)}) on day ${formatNumber(Math.ceil(d.breakEvenDays), 0)}`
  return [
    `**Deployment:** ${formatMass(d.totalKgPerDay)} ${CO2E} a day (${formatMass(d.operationalKgPerDay)} operational + ${formatMass(d.embodiedKgPerDay)} embodied), ${formatMass(d.totalKgPerYear)} a year${perRequest}${perTokens}; ${breakEven}.`,
    `<sub>${escapeMarkdownText(d.basis, 200)}; ${formatEnergy(d.facilityEnergyKWhPerDay)} a day at ${formatDecimal(d.intensityGPerKWh, 1)} g/kWh (${escapeMarkdownText(d.intensitySource, 20)})</sub>`,
  ].join('\n')
}

/** SCI scores, one line each. */
export function renderSci(report: Report): string {
  const scores = report.sci ?? []
  if (scores.length === 0) return ''
  const lines = scores.map(
    (s) =>
      `- per ${escapeMarkdownText(s.functionalUnit, 20)}: **${formatMass(s.scoreG / 1000)} ${CO2E}** ` +
      `(E ${formatEnergy(s.energyKWh)} × I ${formatDecimal(s.intensityGPerKWh, 1)} g/kWh + M ${formatMass(s.embodiedG / 1000)}, ÷ R ${formatDecimal(s.units, 2)})`,
  )
  return ['**SCI** (ISO/IEC 21031: (E × I + M) per R)', '', ...lines].join('\n')
}

/** `carbon-gate ledger`'s text. */
export function renderProjectText(p: ProjectTotals): string {
  const row = (label: string, t: { runs: number; totalKg: number; facilityEnergyKWh: number }) =>
    `${label.padEnd(24)} ${runs(t.runs).padStart(12)} ${formatEnergy(t.facilityEnergyKWh).padStart(14)} ${formatMass(t.totalKg).padStart(10)} CO2e`
  const lines = [
    `carbon-gate ledger: ${sanitizeText(p.source)} (as of ${p.asOf.slice(0, 10)})`,
    '',
    row(`This month (${p.month.period})`, p.month),
    row(`This year (${p.year.period})`, p.year),
    row('All time', p.allTime),
  ]
  if (p.allTime.since !== undefined)
    lines.push(`${''.padEnd(24)} since ${p.allTime.since.slice(0, 10)}`)
  if (p.final !== undefined) {
    lines.push(row('Final training', p.final), `${''.padEnd(24)} ${sanitizeText(p.final.rule)}`)
    lines.push('', `R&D multiplier: ${multiplier(p)} (all recorded work ÷ final training)`)
  } else {
    lines.push(
      '',
      'R&D multiplier: – (no final run recorded: tag runs with `tag: final`, or set final-jobs)',
    )
  }
  return `${lines.join('\n')}\n`
}

/** The CLI text's lines for the whole cost: the PR so far, the deployment, the SCI scores. */
export function renderCostText(report: Report): string[] {
  const lines: string[] = []
  const pr = report.pullRequest
  if (pr !== undefined) {
    lines.push(
      `This PR so far: ${runs(pr.runs)}, ${formatMass(pr.totalKg)} CO2e (this run ${formatMass(pr.thisRunKg)})`,
    )
  }
  const d = report.deployment
  if (d !== undefined) {
    const day =
      d.breakEvenDays === null ? 'never' : `day ${formatNumber(Math.ceil(d.breakEvenDays), 0)}`
    lines.push(
      `Deployment: ${formatMass(d.totalKgPerDay)} CO2e a day, ${formatMass(d.totalKgPerYear)} a year; overtakes training (${formatMass(d.trainingKg)}) on ${day}`,
    )
  }
  for (const s of report.sci ?? []) {
    lines.push(`SCI per ${sanitizeText(s.functionalUnit, 20)}: ${formatMass(s.scoreG / 1000)} CO2e`)
  }
  return lines
}
