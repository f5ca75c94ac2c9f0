/**
 * The carbon ledger's records and month files: `ledger/YYYY-MM.json` on the ledger branch,
 * `{ "schemaVersion": 1, "records": LedgerRecord[] }` sorted by date. Reading validates every
 * record, because anyone with push access can edit the branch by hand.
 */
import { GateError } from '../core/errors.js'
import { toJsonText } from '../core/json.js'
import type { Totals, Verdict } from '../core/types.js'

/** A ledger file that cannot be read as a ledger: names the branch and the path. */
export class LedgerError extends GateError {
  override readonly name = 'LedgerError'
  constructor(
    readonly branch: string,
    readonly path: string,
    message: string,
  ) {
    super(message)
  }
  get where(): string {
    return `ledger ${this.branch}:${this.path}`
  }
}

export interface LedgerJob {
  readonly name: string
  /** The job's identity across runs (run/job-identity.ts); absent in records before 0.x. */
  readonly key?: string
  readonly totalKg: number
  readonly itEnergyKWh: number
}

export interface LedgerRecord {
  /** `${runId}-${runAttempt}-${series}` (see ledgerRecordId; older records: the comment key). */
  readonly id: string
  /** The series the record belongs to; absent in older records, whose id carries their key. */
  readonly series?: string
  /** The workflow (its `name:`, or its file path) and the job id that recorded it. */
  readonly workflow?: string
  readonly job?: string
  readonly sha: string
  readonly ref: string
  /** ISO 8601; decides the month file. */
  readonly date: string
  readonly runId: number
  readonly runAttempt: number
  readonly verdict: Verdict
  readonly totals: Totals
  readonly jobs: readonly LedgerJob[]
}

export interface LedgerFile {
  readonly schemaVersion: 1
  readonly records: readonly LedgerRecord[]
}

export const DEFAULT_LEDGER_BRANCH = 'carbon-ledger'
/** The series of a repository with one gate: push and PR runs compare with no key set. */
export const DEFAULT_SERIES = 'default'
export const LEDGER_DIR = 'ledger'
export const BADGE_SVG_PATH = `${LEDGER_DIR}/badge.svg`
export const BADGE_JSON_PATH = `${LEDGER_DIR}/badge.json`

export function ledgerRecordId(runId: number, runAttempt: number, key: string): string {
  return `${runId}-${runAttempt}-${key}`
}

/** The key part of a record id (`default` for `123-1-default`). */
export function recordKey(record: LedgerRecord): string {
  return record.id.replace(/^\d+-\d+-/, '')
}

/** The series a record belongs to: its own field, else (older records) the key in its id. */
export function recordSeries(record: LedgerRecord): string {
  return record.series ?? recordKey(record)
}

/**
 * The records of `series`. Older records (no `series` field, keyed by the comment key of their
 * time) are adopted when their key is the series, or one of `legacyKeys` (the keys this job had
 * by default before series existed), or, for the `default` series, when every older record
 * shares one key (a repository with one gate, whose push and PR jobs had different keys).
 */
export function recordsOfSeries(
  records: readonly LedgerRecord[],
  series: string,
  legacyKeys: readonly string[] = [],
): readonly LedgerRecord[] {
  const legacy = new Set(records.filter((r) => r.series === undefined).map(recordKey))
  const adopt = new Set([series, ...legacyKeys])
  if (series === DEFAULT_SERIES && legacy.size === 1) for (const k of legacy) adopt.add(k)
  return records.filter((r) =>
    r.series !== undefined ? r.series === series : adopt.has(recordKey(r)),
  )
}

/** The series found in `records`, most recorded first (for "none of this series" notes). */
export function seriesFound(records: readonly LedgerRecord[]): string[] {
  const counts = new Map<string, number>()
  for (const r of records) counts.set(recordSeries(r), (counts.get(recordSeries(r)) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([s]) => s)
}

/** `YYYY-MM` (UTC) of an ISO date. */
export function monthOf(date: string): string {
  const ms = Date.parse(date)
  if (Number.isNaN(ms)) throw new Error(`'${date}' is not an ISO date`)
  return new Date(ms).toISOString().slice(0, 7)
}

export function monthPath(month: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new Error(`'${month}' is not a YYYY-MM month`)
  return `${LEDGER_DIR}/${month}.json`
}

/** Oldest first; a re-run after its first attempt at the same instant sorts after it. */
export function sortRecords(records: readonly LedgerRecord[]): LedgerRecord[] {
  return [...records].sort(
    (a, b) =>
      Date.parse(a.date) - Date.parse(b.date) ||
      a.runId - b.runId ||
      a.runAttempt - b.runAttempt ||
      a.id.localeCompare(b.id),
  )
}

export function serializeLedgerFile(records: readonly LedgerRecord[]): string {
  const file: LedgerFile = { schemaVersion: 1, records: sortRecords(records) }
  return toJsonText(file)
}

/** Parse a month file; anything that is not a valid ledger throws naming the branch and path. */
export function parseLedgerFile(text: string, branch: string, path: string): LedgerRecord[] {
  const fail = (message: string): never => {
    throw new LedgerError(branch, path, message)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (e) {
    return fail(`not valid JSON (${e instanceof Error ? e.message : String(e)})`)
  }
  if (!isObject(parsed)) return fail('not a ledger file (expected a JSON object)')
  if (parsed.schemaVersion !== 1) {
    return fail(`schemaVersion ${JSON.stringify(parsed.schemaVersion)} is not 1`)
  }
  if (!Array.isArray(parsed.records)) return fail('"records" is not an array')
  const records = parsed.records as readonly unknown[]
  return records.map((r, i) => {
    const problem = recordProblem(r)
    return problem === undefined ? (r as LedgerRecord) : fail(`record ${i + 1}: ${problem}`)
  })
}

const VERDICTS: readonly unknown[] = ['pass', 'warn', 'fail']
const TOTAL_KEYS = [
  'itEnergyKWh',
  'overheadKWh',
  'facilityEnergyKWh',
  'operationalKg',
  'embodiedKg',
  'totalKg',
] as const

/** What is wrong with a record, or undefined when it is a valid LedgerRecord. */
export function recordProblem(r: unknown): string | undefined {
  if (!isObject(r)) return 'not an object'
  for (const key of ['id', 'sha', 'ref', 'date'] as const) {
    if (typeof r[key] !== 'string' || r[key] === '') return `"${key}" is not a non-empty string`
  }
  if (Number.isNaN(Date.parse(r.date as string)))
    return `"date" ${JSON.stringify(r.date)} is not a date`
  for (const key of ['series', 'workflow', 'job'] as const) {
    if (r[key] !== undefined && (typeof r[key] !== 'string' || r[key] === '')) {
      return `"${key}" is not a non-empty string`
    }
  }
  for (const key of ['runId', 'runAttempt'] as const) {
    if (!Number.isSafeInteger(r[key]) || (r[key] as number) < 0) return `"${key}" is not an integer`
  }
  if (!VERDICTS.includes(r.verdict))
    return `"verdict" ${JSON.stringify(r.verdict)} is not pass, warn or fail`
  const totals = r.totals
  if (!isObject(totals)) return '"totals" is not an object'
  for (const key of TOTAL_KEYS) {
    if (!isQuantity(totals[key])) return `"totals.${key}" is not a non-negative number`
  }
  if (!Array.isArray(r.jobs)) return '"jobs" is not an array'
  const jobs = r.jobs as readonly unknown[]
  const bad = jobs.findIndex(
    (j) =>
      !isObject(j) ||
      typeof j.name !== 'string' ||
      (j.key !== undefined && typeof j.key !== 'string') ||
      !isQuantity(j.totalKg) ||
      !isQuantity(j.itEnergyKWh),
  )
  return bad === -1 ? undefined : `"jobs[${bad}]" needs a name, totalKg and itEnergyKWh`
}

function isObject(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function isQuantity(v: unknown): boolean {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0
}
