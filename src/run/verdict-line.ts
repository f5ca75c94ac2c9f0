/**
 * How a run ends: its exit code (0 within budget or warn, 1 over a failing budget, 2 when an input
 * could not be used) and the one line that closes the log, built from the report's own
 * explanation so that the log and the comment say the same thing.
 */
import type { Report, Verdict } from '../core/types.js'
import { explainVerdict } from '../report/comment-facts.js'
import { formatTotalRange } from '../report/format-numbers.js'

export type ExitCode = 0 | 1 | 2

/** 0 within budget (or warn), 1 over budget with fail, 2 when an input could not be used. */
export function exitCodeFor(report: Report): ExitCode {
  if (report.errors.length > 0) return 2
  return report.verdict === 'fail' ? 1 : 0
}

export interface Outcome {
  readonly exitCode: ExitCode
  /** The closing line and how it is logged; none when the errors, logged one by one, say it all. */
  readonly line?: { readonly level: 'failure' | 'warning' | 'info'; readonly text: string }
}

const OPENINGS: Readonly<Record<Verdict, string>> = {
  pass: 'pass',
  warn: 'warning',
  fail: 'over budget',
}

const LEVELS: Readonly<Record<Verdict, 'failure' | 'warning' | 'info'>> = {
  pass: 'info',
  warn: 'warning',
  fail: 'failure',
}

/** `carbon-gate: over budget: over the 25.0 kg run budget (202 %); total 50.5 kg CO2e` */
export function describeOutcome(report: Report): Outcome {
  const exitCode = exitCodeFor(report)
  if (exitCode === 2) return { exitCode }
  const total = `${formatTotalRange(report.totals)} CO2e`
  const text = `carbon-gate: ${OPENINGS[report.verdict]}: ${explainVerdict(report)}; total ${total}`
  return { exitCode, line: { level: LEVELS[report.verdict], text } }
}
