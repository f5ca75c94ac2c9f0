/**
 * `--format junit`: the report as JUnit XML, for CI systems that show test results (GitLab's
 * `artifacts:reports:junit`, Jenkins, Azure DevOps, CircleCI). One suite, `carbon-gate`; one test
 * case per budget, failed when the budget is exceeded and set to fail (a budget set to warn passes
 * and says so in its output); one `inputs` case in error when an input could not be used.
 */
import type { BudgetResult, Report } from '../core/types.js'
import { explainVerdict, formatBudgetValue, nameBudget, normalizeVerdict } from './comment-facts.js'
import { measureBudgetUse } from '../model/budgets.js'
import { escapeXml, sanitizeText } from './escape.js'
import { formatEnergy, formatMass, formatWholePercent } from './format-numbers.js'

const SUITE = 'carbon-gate'
/** Longest artifact-derived line kept in the XML. */
const MAX_LINE = 1000

interface TestCase {
  readonly name: string
  readonly classname: string
  /** The `<failure>` or `<error>` child, or the `<system-out>` note of a passing case. */
  readonly outcome:
    | { readonly kind: 'failure' | 'error'; readonly message: string; readonly text: string }
    | { readonly kind: 'pass'; readonly note: string }
}

/** Text for XML: one safe line (controls, bidi overrides and unpaired surrogates removed), escaped. */
function xmlText(untrusted: unknown, maxLength = MAX_LINE): string {
  const wellFormed = sanitizeText(untrusted, maxLength).replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g,
    '\uFFFD',
  )
  return escapeXml(wellFormed)
}

function describeBudgetUse(b: BudgetResult): string {
  const limit = formatBudgetValue(b, b.limit)
  const actual = formatBudgetValue(b, b.actual)
  const use = formatWholePercent(measureBudgetUse(b))
  return `${actual} against a limit of ${limit} (${use} used)`
}

function budgetCase(b: BudgetResult): TestCase {
  const base = { name: `${nameBudget(b)} budget`, classname: `${SUITE}.budgets` }
  const use = describeBudgetUse(b)
  if (b.exceeded && b.action === 'fail') {
    const message = `exceeded: ${use}`
    return { ...base, outcome: { kind: 'failure', message, text: `${message}; fails the check` } }
  }
  const note = b.exceeded ? `exceeded, warning only: ${use}` : `within budget: ${use}`
  return { ...base, outcome: { kind: 'pass', note } }
}

function inputsCase(errors: readonly string[]): TestCase {
  const count = `${errors.length} input${errors.length === 1 ? '' : 's'} could not be used`
  return {
    name: 'inputs',
    classname: `${SUITE}.inputs`,
    outcome: { kind: 'error', message: count, text: errors.map((e) => xmlText(e)).join('\n') },
  }
}

function renderCase(c: TestCase): string[] {
  const open = `    <testcase name="${xmlText(c.name)}" classname="${xmlText(c.classname)}">`
  const { outcome } = c
  const body =
    outcome.kind === 'pass'
      ? `      <system-out>${xmlText(outcome.note)}</system-out>`
      : `      <${outcome.kind} message="${xmlText(outcome.message)}" type="${outcome.kind === 'failure' ? 'budget-exceeded' : 'unusable-input'}">${outcome.text}</${outcome.kind}>`
  return [open, body, '    </testcase>']
}

function summaryLines(report: Report): string[] {
  const { totals } = report
  return [
    `${normalizeVerdict(report.verdict)}: ${formatMass(totals.totalKg)} CO2e (${explainVerdict(report)})`,
    `operational ${formatMass(totals.operationalKg)}, embodied ${formatMass(totals.embodiedKg)}, facility energy ${formatEnergy(totals.facilityEnergyKWh)}, ${report.jobs.length} jobs`,
    ...report.jobs.map((j) => `job ${j.name} (${j.source.path}): ${formatMass(j.totalKg)} CO2e`),
    ...report.warnings.map((w) => `warning: ${w}`),
  ].map((line) => xmlText(line))
}

/** The report as a JUnit XML document. */
export function renderJunit(report: Report): string {
  const cases = [
    ...report.budgets.map(budgetCase),
    ...(report.errors.length > 0 ? [inputsCase(report.errors)] : []),
  ]
  const failures = cases.filter((c) => c.outcome.kind === 'failure').length
  const errors = cases.filter((c) => c.outcome.kind === 'error').length
  const counts = `tests="${cases.length}" failures="${failures}" errors="${errors}"`
  const { totals } = report
  const properties: readonly [string, string | number][] = [
    ['verdict', normalizeVerdict(report.verdict)],
    ['total-kg', totals.totalKg],
    ['operational-kg', totals.operationalKg],
    ['embodied-kg', totals.embodiedKg],
    ['energy-kwh', totals.facilityEnergyKWh],
    ['jobs', report.jobs.length],
  ]
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${SUITE}" ${counts}>`,
    `  <testsuite name="${SUITE}" ${counts} skipped="0">`,
    '    <properties>',
    ...properties.map(([n, v]) => `      <property name="${n}" value="${xmlText(String(v))}"/>`),
    '    </properties>',
    ...cases.flatMap(renderCase),
    `    <system-out>${summaryLines(report).join('\n')}</system-out>`,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n')
}
