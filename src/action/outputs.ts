/** The step's outputs (action.yml lists exactly OUTPUT_NAMES): numbers in canonical units. */
import type { Report } from '../core/types.js'
import type { GateRun } from '../run/run-gate.js'

export const OUTPUT_NAMES = [
  'verdict',
  'total-kg',
  'total-kg-low',
  'total-kg-high',
  'operational-kg',
  'embodied-kg',
  'energy-kwh',
  'budget-used',
  'delta-percent',
  'report-path',
  'comment-url',
  'badge-url',
] as const
export type OutputName = (typeof OUTPUT_NAMES)[number]

/** Numbers for step outputs: 6 significant digits, plain notation. */
export function outputNumber(x: number): string {
  if (!Number.isFinite(x)) return ''
  if (x === 0) return '0'
  return String(Number(x.toPrecision(6)))
}

/** The outputs known once the report exists (comment-url and badge-url come with publishing). */
export function reportOutputs(
  run: Pick<GateRun, 'report' | 'budgetUsed'>,
  reportPath: string,
): Record<Exclude<OutputName, 'comment-url' | 'badge-url'>, string> {
  const report: Report = run.report
  return {
    verdict: report.verdict,
    'total-kg': outputNumber(report.totals.totalKg),
    'total-kg-low': outputNumber(report.totals.low?.totalKg ?? report.totals.totalKg),
    'total-kg-high': outputNumber(report.totals.high?.totalKg ?? report.totals.totalKg),
    'operational-kg': outputNumber(report.totals.operationalKg),
    'embodied-kg': outputNumber(report.totals.embodiedKg),
    'energy-kwh': outputNumber(report.totals.facilityEnergyKWh),
    'budget-used': run.budgetUsed !== undefined ? outputNumber(run.budgetUsed) : '',
    'delta-percent': report.baseline ? outputNumber(report.baseline.deltaPercent) : '',
    'report-path': reportPath,
  }
}
