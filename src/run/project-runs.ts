/**
 * The ledger's records as the project's recorded runs (model/project-totals.ts), for the action
 * (every month file of the ledger branch) and `carbon-gate ledger` (a folder of them). Pure.
 */
import type { RecordedRun } from '../model/project-totals.js'
import type { LedgerRecord } from './ledger-record.js'
import type { ProjectInput } from './whole-cost.js'

export function recordedRunOf(r: LedgerRecord): RecordedRun {
  return {
    date: r.date,
    totalKg: r.totals.totalKg,
    facilityEnergyKWh: r.totals.facilityEnergyKWh,
    jobNames: r.jobs.map((j) => j.name),
    ...(r.tag !== undefined ? { tag: r.tag } : {}),
  }
}

/**
 * Every record once (by id), without this run's own record when the ledger already holds it
 * (the gate adds this run itself), as of `asOf`.
 */
export function projectInputOf(
  records: readonly LedgerRecord[],
  options: { readonly source: string; readonly asOf: Date; readonly thisRunId?: string },
): ProjectInput {
  const seen = new Set<string>()
  const runs: RecordedRun[] = []
  for (const r of records) {
    if (seen.has(r.id) || r.id === options.thisRunId) continue
    seen.add(r.id)
    runs.push(recordedRunOf(r))
  }
  return { runs, source: options.source, asOf: options.asOf, addThisRun: true }
}
