/** The JSON report (contract §5): `--format json`, `--output` and the action's `report-path`. */
import { toJsonText } from '../core/json.js'
import type { Report } from '../core/types.js'

export function renderJson(report: Report): string {
  return toJsonText(report)
}
