import type { Report } from '../core/types.js'

/** Numbers for step outputs: 6 significant digits, plain notation. */
export function outputNumber(x: number): string {
  if (!Number.isFinite(x)) return ''
  if (x === 0) return '0'
  return String(Number(x.toPrecision(6)))
}

/** The outputs known once the report exists (comment-url and badge-url come later). */
export function reportOutputs(
  report: Report,
  budgetUsed: number | undefined,
  reportPath: string,
): Record<string, string> {
  return {
    verdict: report.verdict,
    'total-kg': outputNumber(report.totals.totalKg),
    'operational-kg': outputNumber(report.totals.operationalKg),
    'embodied-kg': outputNumber(report.totals.embodiedKg),
    'energy-kwh': outputNumber(report.totals.facilityEnergyKWh),
    'budget-used': budgetUsed !== undefined ? outputNumber(budgetUsed) : '',
    'delta-percent': report.baseline ? outputNumber(report.baseline.deltaPercent) : '',
    'report-path': reportPath,
  }
}
