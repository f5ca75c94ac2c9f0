/**
 * Questions asked of ledger records (pure): the baseline of a PR, the month so far, the history
 * chart, and where the badge is served from.
 */
import { HISTORY_POINTS, type HistoryPoint } from '../core/types.js'
import { type LedgerRecord, monthOf, sortRecords } from './ledger-record.js'

/** Which rule chose the baseline: the base commit's record, an ancestor's, or the latest before. */
export type BaselineMatch = 'base' | 'ancestor' | 'latest'

export interface BaselineQuery {
  readonly baseSha?: string
  /** The base commit's ancestors, nearest first (when they were cheap to ask for). */
  readonly ancestors?: readonly string[]
  /** Only records dated before this (ISO 8601) count for the `latest` rule. */
  readonly before?: string
}

/**
 * The baseline: the record of the PR's base commit (its latest attempt), else that of its nearest
 * ancestor that has one, else the latest record dated before `before` (every record when absent).
 * Undefined: no baseline yet.
 */
export function findBaseline(
  records: readonly LedgerRecord[],
  p: BaselineQuery,
): { readonly record: LedgerRecord; readonly match: BaselineMatch } | undefined {
  const sorted = sortRecords(records)
  const latestOf = (sha: string) => {
    const want = sha.toLowerCase()
    return sorted.filter((r) => r.sha.toLowerCase() === want).at(-1)
  }
  if (p.baseSha !== undefined) {
    const base = latestOf(p.baseSha)
    if (base !== undefined) return { record: base, match: 'base' }
    for (const sha of p.ancestors ?? []) {
      const found = latestOf(sha)
      if (found !== undefined) return { record: found, match: 'ancestor' }
    }
  }
  const limit = p.before === undefined ? Number.POSITIVE_INFINITY : Date.parse(p.before)
  if (Number.isNaN(limit)) throw new Error(`'${String(p.before)}' is not an ISO date`)
  const latest = sorted.filter((r) => Date.parse(r.date) < limit).at(-1)
  return latest === undefined ? undefined : { record: latest, match: 'latest' }
}

/** The baseline record alone (see findBaseline). */
export function selectBaseline(
  records: readonly LedgerRecord[],
  p: BaselineQuery,
): LedgerRecord | undefined {
  return findBaseline(records, p)?.record
}

/** kg CO2e recorded in that `YYYY-MM` month (UTC), every record counted once. */
export function monthToDate(records: readonly LedgerRecord[], month: string): number {
  const seen = new Set<string>()
  let sum = 0
  for (const r of records) {
    if (seen.has(r.id) || monthOf(r.date) !== month) continue
    seen.add(r.id)
    sum += r.totals.totalKg
  }
  return sum
}

export type { HistoryPoint } from '../core/types.js'

/** The last `n` commits' totals for the chart, oldest → newest, one point per commit (its latest attempt). */
export function historyPoints(
  records: readonly LedgerRecord[],
  n = HISTORY_POINTS,
): HistoryPoint[] {
  const latest = new Map<string, LedgerRecord>()
  for (const r of sortRecords(records)) {
    latest.delete(r.sha) // re-insert so the map keeps the order of each commit's latest run
    latest.set(r.sha, r)
  }
  const points = [...latest.values()].map((r) => ({
    sha: r.sha,
    date: r.date,
    totalKg: r.totals.totalKg,
    verdict: r.verdict,
  }))
  return n <= 0 ? [] : points.slice(-n)
}

/**
 * Where a file on the ledger branch is served raw: raw.githubusercontent.com on github.com
 * (Shields accepts it), `${serverUrl}/OWNER/REPO/raw/BRANCH/PATH` on GHES.
 */
export function badgeUrl(p: {
  readonly serverUrl: string
  readonly owner: string
  readonly repo: string
  readonly branch: string
  readonly path: string
}): string {
  const segments = (s: string) => s.split('/').map(encodeURIComponent).join('/')
  const rest = `${encodeURIComponent(p.owner)}/${encodeURIComponent(p.repo)}`
  const server = p.serverUrl.replace(/\/+$/, '')
  if (new URL(server).hostname.toLowerCase() === 'github.com') {
    return `https://raw.githubusercontent.com/${rest}/${segments(p.branch)}/${segments(p.path)}`
  }
  return `${server}/${rest}/raw/${segments(p.branch)}/${segments(p.path)}`
}
