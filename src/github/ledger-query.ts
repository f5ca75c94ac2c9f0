/**
 * Questions asked of ledger records (pure): the baseline of a PR, the month so far, the history
 * chart, and where the badge is served from.
 */
import { HISTORY_POINTS, type HistoryPoint } from '../core/types.js'
import { type LedgerRecord, monthOf, sortRecords } from './ledger-record.js'

/**
 * The baseline: the record of the PR's base commit (its latest attempt), else the latest record
 * dated before `before` (every record when `before` is absent). Undefined: no baseline yet.
 */
export function selectBaseline(
  records: readonly LedgerRecord[],
  p: { readonly baseSha?: string; readonly before?: string },
): LedgerRecord | undefined {
  const sorted = sortRecords(records)
  if (p.baseSha !== undefined) {
    const base = p.baseSha.toLowerCase()
    const ofBase = sorted.filter((r) => r.sha.toLowerCase() === base)
    if (ofBase.length > 0) return ofBase[ofBase.length - 1]
  }
  const limit = p.before === undefined ? Number.POSITIVE_INFINITY : Date.parse(p.before)
  if (Number.isNaN(limit)) throw new Error(`'${String(p.before)}' is not an ISO date`)
  return sorted.filter((r) => Date.parse(r.date) < limit).at(-1)
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
