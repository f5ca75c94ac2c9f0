/**
 * The results as text (the terminal) or markdown (BENCHMARKS.md): one table per comparison,
 * its targets, its energy checks, what was skipped or failed.
 */
import type { CaseResult, EnergyCheck, SubjectResult, Target } from './run-case.js'
import { formatBytes, formatKiB, formatSeconds } from './stats.js'

export type Style = 'text' | 'markdown'

/** Aligned columns (text) or a pipe table (markdown). */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  style: Style,
): string[] {
  if (style === 'markdown') {
    const line = (cells: readonly string[]): string =>
      `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`
    return [line(headers), `|${headers.map(() => '---').join('|')}|`, ...rows.map(line)]
  }
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()
  return [line(headers), ...rows.map(line)]
}

function mark(ok: boolean | undefined): string {
  return ok === undefined ? '–' : ok ? '✔' : '✘'
}

export function formatEnergy(kWh: number | undefined): string {
  return kWh === undefined ? '–' : kWh.toPrecision(10)
}

function subjectRow(s: SubjectResult): string[] {
  const failed = s.failedRuns === s.runs
  const throughput =
    s.seconds !== undefined && s.inputBytes !== undefined && s.seconds > 0
      ? `${formatBytes(s.inputBytes / s.seconds)}/s`
      : '–'
  return [
    s.label,
    failed ? 'FAILED' : s.seconds === undefined ? '–' : formatSeconds(s.seconds),
    failed ? '–' : throughput,
    s.maxRssKiB === undefined ? '–' : formatKiB(s.maxRssKiB),
    s.peakFds === undefined ? '–' : String(s.peakFds),
    formatEnergy(s.energyKWh),
    `${s.runs - s.failedRuns}/${s.runs}`,
  ]
}

export function describeTarget(t: Target): string {
  if (t.informational) return `· ${t.name}: ${t.value} (for information)`
  return `${mark(t.ok)} ${t.name}: ${t.value} (target ${t.target})`
}

export function describeCheck(c: EnergyCheck): string {
  const what = `${c.what}: ${formatEnergy(c.aKWh)} vs ${formatEnergy(c.bKWh)} kWh (relative difference ${c.relative.toExponential(1)})`
  return c.ok ? `✔ ${what}` : `✘ ENERGY MISMATCH ${what}, more than 1e-6`
}

/** Lines that must catch the eye: failures and energy mismatches. */
export function problemsOf(result: CaseResult): string[] {
  const out: string[] = []
  for (const s of result.subjects) {
    if (s.failedRuns > 0) {
      out.push(`${result.id}: ${s.label} failed ${s.failedRuns}/${s.runs} runs: ${s.error ?? ''}`)
    }
  }
  for (const c of result.energyChecks) if (!c.ok) out.push(`${result.id}: ${describeCheck(c)}`)
  return out
}

export function renderCase(result: CaseResult, style: Style): string[] {
  const heading = style === 'markdown' ? `### ${result.title}` : `== ${result.title} ==`
  const bullet = style === 'markdown' ? '- ' : '  '
  const lines = [heading, '']
  for (const d of result.details) lines.push(`${bullet}${d}`)
  lines.push(`${bullet}${result.rounds} alternating rounds; medians (peak open fds: maximum)`, '')
  const headers = ['subject', 'time', 'throughput', 'peak RSS', 'open fds', 'energy kWh', 'runs ok']
  lines.push(...renderTable(headers, result.subjects.map(subjectRow), style), '')
  for (const t of result.targets) lines.push(`${bullet}${describeTarget(t)}`)
  for (const c of result.energyChecks) lines.push(`${bullet}${describeCheck(c)}`)
  for (const s of result.skipped) lines.push(`${bullet}skipped: ${s}`)
  for (const p of problemsOf(result)) {
    if (!p.includes('ENERGY MISMATCH')) lines.push(`${bullet}FAILED: ${p}`)
  }
  lines.push('')
  return lines
}

/** Every target of every comparison, one row each, and whether its energies matched. */
export function renderSummary(results: readonly CaseResult[], style: Style): string[] {
  const rows = results.flatMap((r) => {
    const targets = r.targets
      .filter((t) => !t.informational)
      .map((t) => [r.id, t.name, t.value, t.target, mark(t.ok)])
    const checks = r.energyChecks
    if (checks.length === 0) return targets
    const matched = checks.filter((c) => c.ok).length
    const energy = [
      r.id,
      'energy matches',
      `${matched}/${checks.length}`,
      'all (1e-6 relative)',
      mark(matched === checks.length),
    ]
    return [...targets, energy]
  })
  return renderTable(['comparison', 'measure', 'value', 'target', 'met'], rows, style)
}
