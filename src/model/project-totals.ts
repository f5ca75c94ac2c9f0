/**
 * The project to date from the ledger's records: this month, this year and every record, and the
 * R&D multiplier: all recorded work ÷ the final training runs. Strubell et al. (2019) counted
 * 4,789 models trained for one paper; BigScience's whole project emitted 66.29 t of operational
 * CO2e for BLOOM's 24.69 t (Luccioni et al. 2022, Table 5): ×2.7.
 *
 * A run is final when it is tagged so (`tag: final`, recorded with it) or when one of its jobs'
 * names matches the `final-jobs` rule (`*` matches any characters, case-insensitive).
 */
import type { PeriodTotal, ProjectTotals } from '../core/cost-types.js'

/** What a ledger record holds that the totals need. */
export interface RecordedRun {
  /** ISO 8601. */
  readonly date: string
  readonly totalKg: number
  readonly facilityEnergyKWh: number
  readonly tag?: string
  readonly jobNames: readonly string[]
}

export interface FinalRule {
  /** Runs tagged with this are final (default `final`). */
  readonly tag: string
  /** Job-name patterns; a run with a matching job is final. */
  readonly jobs: readonly string[]
}

export const FINAL_TAG = 'final'

export const RD_MULTIPLIER_SOURCE =
  'all recorded runs ÷ final runs; cf. BigScience 66.29 t ÷ BLOOM 24.69 t = ×2.7 (Luccioni et al. 2022, Table 5)'

/** `*` is any run of characters; everything else literal; whole name, case-insensitive. */
export function matchesJobRule(name: string, pattern: string): boolean {
  const body = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
  return new RegExp(`^${body}$`, 'i').test(name)
}

export function isFinalRun(run: RecordedRun, rule: FinalRule): boolean {
  if (run.tag !== undefined && run.tag.toLowerCase() === rule.tag.toLowerCase()) return true
  return run.jobNames.some((n) => rule.jobs.some((p) => matchesJobRule(n, p)))
}

function sum(period: string, runs: readonly RecordedRun[]): PeriodTotal {
  let totalKg = 0
  let facilityEnergyKWh = 0
  for (const r of runs) {
    totalKg += r.totalKg
    facilityEnergyKWh += r.facilityEnergyKWh
  }
  return { period, runs: runs.length, totalKg, facilityEnergyKWh }
}

function describeRule(rule: FinalRule): string {
  const jobs = rule.jobs.length > 0 ? ` or a job named ${rule.jobs.join(', ')}` : ''
  return `tag ${rule.tag}${jobs}`
}

/** Month, year and all-time totals at `asOf` (UTC), and the final runs' share. */
export function computeProjectTotals(
  runs: readonly RecordedRun[],
  options: { readonly asOf: Date; readonly rule: FinalRule; readonly source: string },
): ProjectTotals {
  const iso = options.asOf.toISOString()
  const month = iso.slice(0, 7)
  const year = iso.slice(0, 4)
  const valid = runs.filter((r) => !Number.isNaN(Date.parse(r.date)))
  const utc = (r: RecordedRun): string => new Date(Date.parse(r.date)).toISOString()
  const inMonth = valid.filter((r) => utc(r).startsWith(month))
  const inYear = valid.filter((r) => utc(r).startsWith(year))
  const since = valid.map(utc).sort()[0]
  const all = { ...sum('all', valid), ...(since !== undefined ? { since } : {}) }
  const finals = valid.filter((r) => isFinalRun(r, options.rule))
  const final =
    finals.length > 0 ? { ...sum('final', finals), rule: describeRule(options.rule) } : undefined
  return {
    asOf: iso,
    month: sum(month, inMonth),
    year: sum(year, inYear),
    allTime: all,
    ...(final !== undefined ? { final } : {}),
    ...(final !== undefined && final.totalKg > 0
      ? { rdMultiplier: all.totalKg / final.totalKg }
      : {}),
    source: options.source,
  }
}
