/**
 * BENCHMARKS.md: the text around the results is written by hand; `--write-md` replaces only what
 * lies between the two markers (and appends them when they are missing).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import type { DistSize, Machine } from './machine.js'
import type { BenchParams } from './params.js'
import { renderCase, renderSummary, renderTable } from './report.js'
import type { CaseResult } from './run-case.js'
import { formatBytes, formatCount } from './stats.js'

export const RESULTS_START = '<!-- bench:results:start -->'
export const RESULTS_END = '<!-- bench:results:end -->'

export interface BenchResults {
  readonly date: string
  readonly commit: string
  readonly command: string
  readonly machine: Machine
  readonly params: BenchParams
  readonly scale: number
  readonly dataDir: string
  readonly cases: readonly CaseResult[]
  readonly dist: DistSize
  readonly problems: readonly string[]
}

export function renderDist(dist: DistSize, style: 'text' | 'markdown'): string[] {
  const rows = dist.files.map((f) => [f.file, formatCount(f.bytes), formatCount(f.gzipBytes)])
  rows.push(['total', formatCount(dist.totalBytes), formatCount(dist.totalGzipBytes)])
  return renderTable(['file', 'bytes', 'gzip bytes'], rows, style)
}

export function renderResultsSection(r: BenchResults): string {
  const m = r.machine
  const lines = [
    RESULTS_START,
    '',
    `## Results: run started ${r.date}, commit ${r.commit}`,
    '',
    `Measured with \`${r.command}\` (scale ${r.scale}) on dist/ as built from that commit`,
    '(plus uncommitted work, when so marked). The readers may be improved after this run: rerun',
    'the command to refresh this section.',
    '',
    `- Machine: ${m.cpus} CPUs (${m.cpuModel}), ${formatBytes(m.memoryBytes)} memory, ${m.os}`,
    `- Node ${m.node}; ${m.python}`,
    `- 1-minute load average at the start: ${m.loadAverage.toFixed(2)} (other work on the machine skews results)`,
    '',
    '### Summary',
    '',
    ...renderSummary(r.cases, 'markdown'),
    '',
  ]
  if (r.problems.length > 0) {
    lines.push('### Problems', '', ...r.problems.map((p) => `- ${p}`), '')
  }
  for (const c of r.cases) lines.push(...renderCase(c, 'markdown'))
  lines.push('### Size of dist/', '', ...renderDist(r.dist, 'markdown'), '', RESULTS_END)
  return lines.join('\n')
}

/** Replace the results section of `path` (create the file or the section when missing). */
export function writeResultsSection(path: string, section: string): void {
  const old = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n'
  const start = old.indexOf(RESULTS_START)
  const end = old.indexOf(RESULTS_END)
  const next =
    start !== -1 && end > start
      ? old.slice(0, start) + section + old.slice(end + RESULTS_END.length)
      : `${old.trimEnd()}\n\n${section}\n`
  writeFileSync(path, next)
}
