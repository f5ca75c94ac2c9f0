/**
 * `--format code-quality`: the report as a GitLab Code Quality report (`artifacts:reports:
 * codequality`), a JSON array of issues shown in the merge request. An exceeded budget is an issue
 * at the job that emits the most; an input that could not be used, or a warning, is one at the
 * file and line it names. Fingerprints stay the same from run to run for the same problem, so
 * GitLab can tell new issues from fixed ones.
 */
import { createHash } from 'node:crypto'
import { escapeLine } from '../core/escape.js'
import { toJsonText } from '../core/json.js'
import type { BudgetResult, Report } from '../core/types.js'
import { formatBudgetValue, nameBudget, sortJobsBySize } from './comment-facts.js'
import { measureBudgetUse } from '../model/budgets.js'
import { sanitizeText } from './escape.js'
import { formatWholePercent } from './format-numbers.js'

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker'

export interface CodeQualityIssue {
  readonly description: string
  readonly check_name: string
  readonly fingerprint: string
  readonly severity: CodeQualitySeverity
  readonly location: { readonly path: string; readonly lines: { readonly begin: number } }
}

interface Location {
  readonly path: string
  readonly line: number
}

/** `path:line: what` or `path: what` (the shape of the report's errors and warnings). */
function locate(message: string, fallback: Location): Location {
  const withLine = /^(.+?):(\d+): /.exec(message)
  if (withLine) return { path: withLine[1]!, line: Number(withLine[2]) }
  // A file's path (`runs/a.csv: …`), not a job name, a flag or a key (`--budget: …`).
  const withPath = /^([^\s:-][^\s:]*[./][^\s:]*): /.exec(message)
  return withPath ? { path: withPath[1]!, line: 1 } : fallback
}

function fingerprint(...parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32)
}

function issue(
  checkName: string,
  description: string,
  severity: CodeQualitySeverity,
  at: Location,
  identity: string,
): CodeQualityIssue {
  return {
    description: sanitizeText(description, 1000),
    check_name: checkName,
    fingerprint: fingerprint(checkName, at.path, identity),
    severity,
    location: { path: escapeLine(at.path), lines: { begin: at.line } },
  }
}

function budgetIssue(b: BudgetResult, at: Location): CodeQualityIssue {
  const use = formatWholePercent(measureBudgetUse(b))
  const what = `${formatBudgetValue(b, b.actual)} against a limit of ${formatBudgetValue(b, b.limit)} (${use} used)`
  const effect = b.action === 'fail' ? 'fails the check' : 'warning only'
  return issue(
    `carbon-gate/budget-${b.kind}`,
    `carbon-gate: ${nameBudget(b)} budget exceeded: ${what}; ${effect}`,
    b.action === 'fail' ? 'major' : 'minor',
    at,
    b.kind,
  )
}

/** The report as a GitLab Code Quality JSON document. */
export function renderCodeQuality(report: Report): string {
  const largest = sortJobsBySize(report.jobs)[0]
  const fallback: Location = largest
    ? { path: largest.source.path, line: largest.source.line ?? 1 }
    : { path: '.', line: 1 }
  const issues: CodeQualityIssue[] = [
    ...report.budgets.filter((b) => b.exceeded).map((b) => budgetIssue(b, fallback)),
    ...report.errors.map((e) =>
      issue('carbon-gate/unusable-input', `carbon-gate: ${e}`, 'critical', locate(e, fallback), e),
    ),
    ...report.warnings.map((w) =>
      issue('carbon-gate/warning', `carbon-gate: ${w}`, 'info', locate(w, fallback), w),
    ),
  ]
  // Two identical messages at one place are one issue to GitLab: keep fingerprints unique.
  const seen = new Set<string>()
  const unique = issues.filter((i) =>
    seen.has(i.fingerprint) ? false : (seen.add(i.fingerprint), true),
  )
  return toJsonText(unique)
}
