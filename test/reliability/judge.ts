/**
 * Judges one run of a corpus case: the exit code, the single error line, no stack trace, the
 * report still written with every valid artifact in it, totals that are numbers.
 */
import { existsSync, readFileSync } from 'node:fs'
import type { Case, Outcome, ReportView } from './corpus-types.js'
import { outcomes } from './corpus-types.js'
import { STACK_FRAME } from './workspace.js'

export interface RunFacts {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  /** Lines the entry point printed as errors, without their prefix (`carbon-gate: error: `, `::error::`). */
  readonly errorLines: readonly string[]
  /** Other stderr/stdout lines that are not allowed (e.g. extra text on stderr). */
  readonly strayLines: readonly string[]
  /** The JSON report file, when the entry point was asked to write one. */
  readonly reportPath?: string
  /** The report must exist even for configuration errors (the action's promise). */
  readonly reportRequired?: boolean
}

/**
 * How a non-project error shows: the CLI's `unexpected: …`, the action's `carbon-gate: unexpected
 * error: …`, or readArtifact's `<file>: could not be read: …` (a reader threw something other than
 * an ArtifactError).
 */
const UNEXPECTED = /^(?:unexpected: |carbon-gate: unexpected error: )|: could not be read: /

/** Problems with `facts` against one outcome ([] when it matches). */
function judgeOutcome(
  c: Case,
  o: Outcome,
  facts: RunFacts,
  report: ReportView | undefined,
): string[] {
  const problems: string[] = []
  if (facts.code !== o.code) problems.push(`exit ${String(facts.code)}, want ${o.code}`)
  if (o.code === 2) {
    if (facts.errorLines.length !== 1) {
      problems.push(
        `${facts.errorLines.length} error lines, want 1: ${JSON.stringify(facts.errorLines)}`,
      )
    }
    const where = new RegExp(`^(?:${o.where ?? '.+'}): \\S`)
    if (facts.errorLines[0] !== undefined && !where.test(facts.errorLines[0])) {
      problems.push(
        `error line ${JSON.stringify(facts.errorLines[0].slice(0, 300))} does not start with /${o.where ?? ''}: /`,
      )
    }
  } else {
    if (facts.errorLines.length > 0)
      problems.push(`unexpected error lines ${JSON.stringify(facts.errorLines)}`)
    if (o.warning !== undefined) {
      const warnings = report?.warnings ?? []
      if (!warnings.some((w) => o.warning!.test(w))) {
        problems.push(
          `no warning matches ${String(o.warning)}: ${JSON.stringify(warnings.map((w) => w.slice(0, 200)))}`,
        )
      }
    }
  }
  if (c.verify && report) {
    const p = c.verify(report)
    if (p !== undefined) problems.push(p)
  }
  return problems
}

/** Does this case read artifacts (so the report must exist and hold the valid ones)? */
export function expectsReport(c: Case): boolean {
  return c.subject !== 'flag' && c.subject !== 'config-file'
}

/** Every problem of a run ([] when it is as the case expects). */
export function judgeRun(c: Case, facts: RunFacts, goodPaths: readonly string[]): string[] {
  const problems: string[] = []
  if (STACK_FRAME.test(facts.stdout) || STACK_FRAME.test(facts.stderr))
    problems.push('a stack trace was printed')
  if (facts.errorLines.some((l) => UNEXPECTED.test(l))) {
    problems.push(
      "an error that is not the project's own (a bug) reached the entry point or readArtifact",
    )
  }
  if (facts.strayLines.length > 0)
    problems.push(
      `stray output lines: ${JSON.stringify(facts.strayLines.slice(0, 3).map((l) => l.slice(0, 200)))}`,
    )
  let report: ReportView | undefined
  if (facts.reportPath !== undefined && facts.reportPath !== '' && existsSync(facts.reportPath)) {
    report = JSON.parse(readFileSync(facts.reportPath, 'utf8')) as ReportView
    const sources = new Set(report.jobs.map((j) => j.source.path))
    const missing = expectsReport(c) ? goodPaths.filter((p) => !sources.has(p)) : []
    if (missing.length > 0)
      problems.push(`valid artifacts missing from the report: ${missing.join(', ')}`)
    for (const [k, v] of Object.entries(report.totals)) {
      // The low and high ends (issue 15) are objects of numbers: each must be finite too.
      const figures: [string, unknown][] =
        (k === 'low' || k === 'high') && typeof v === 'object' && v !== null
          ? Object.entries(v).map(([f, x]): [string, unknown] => [`${k}.${f}`, x])
          : [[k, v]]
      for (const [name, x] of figures) {
        if (typeof x !== 'number' || !Number.isFinite(x))
          problems.push(`totals.${name} is ${String(x)}, not a finite number`)
      }
    }
    if (report.errors.length !== facts.errorLines.length) {
      problems.push(
        `report.errors has ${report.errors.length} lines, the output ${facts.errorLines.length}`,
      )
    }
  } else if (
    facts.reportRequired === true ||
    (facts.reportPath !== undefined && expectsReport(c))
  ) {
    problems.push('the JSON report was not written')
  }
  const tried = outcomes(c).map((o) => judgeOutcome(c, o, facts, report))
  if (!tried.some((p) => p.length === 0)) {
    problems.push(
      ...(tried.length === 1
        ? tried[0]!
        : tried.map((p, i) => `outcome ${i + 1}: ${p.join('; ')}`)),
    )
  }
  return problems
}
