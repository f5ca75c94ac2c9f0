/**
 * The carbon ledger's records and month files: `ledger/YYYY-MM.json` on the ledger branch,
 * `{ "schemaVersion": 1, "records": LedgerRecord[] }` sorted by date. Reading validates every
 * record, because anyone with push access can edit the branch by hand.
 */
import { toJsonText } from '../core/json.js'
import type { Totals, Verdict } from '../core/types.js'
import { LedgerError } from './errors.js'

export interface LedgerJob {
  readonly name: string
  readonly totalKg: number
  readonly itEnergyKWh: number
}

export interface LedgerRecord {
  /** `${runId}-${runAttempt}-${key}` (see ledgerRecordId). */
  readonly id: string
  readonly sha: string
  readonly ref: string
  /** ISO 8601; decides the month file. */
  readonly date: string
  readonly runId: number
  readonly runAttempt: number
  readonly verdict: Verdict
  readonly totals: Totals
  readonly jobs: readonly LedgerJob[]
  /** What the run is (the `tag` setting): `final` marks the final training. */
  readonly tag?: string
}

export interface LedgerFile {
  readonly schemaVersion: 1
  readonly records: readonly LedgerRecord[]
}

export const DEFAULT_LEDGER_BRANCH = 'carbon-ledger'
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

export function recordsForKey(
  records: readonly LedgerRecord[],
  key: string,
): readonly LedgerRecord[] {
  return records.filter((r) => recordKey(r) === key)
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

const MAX_TAG = 100
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
  if (r.tag !== undefined && (typeof r.tag !== 'string' || r.tag === '' || r.tag.length > MAX_TAG))
    return `"tag" is not a non-empty string of at most ${MAX_TAG} characters`
  if (!Array.isArray(r.jobs)) return '"jobs" is not an array'
  const jobs = r.jobs as readonly unknown[]
  const bad = jobs.findIndex(
    (j) =>
      !isObject(j) ||
      typeof j.name !== 'string' ||
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
