/**
 * What the ledger says of earlier runs: the baseline (the record of the commit the plan compares
 * with, else the latest before now), the month so far for `monthly-budget`, and the history chart.
 * Baseline and history follow this run's series (its comment key); the month counts every record.
 */
import { describeError } from '../core/errors.js'
import {
  historyPoints,
  monthToDate,
  readLedger,
  recordsForKey,
  selectBaseline,
} from '../github/ledger.js'
import type { PublishPlan } from '../run/publish-plan.js'
import { NO_HISTORY, type RunHistory } from '../run/run-gate.js'
import type { GitHubSession } from './action-io.js'

/** Months of the ledger read: this one and the two before it. */
const MONTHS_READ = 3

export async function readLedgerHistory(
  session: GitHubSession,
  plan: PublishPlan,
  now: Date,
): Promise<RunHistory> {
  const branch = plan.ledgerBranch
  try {
    const months = listRecentMonths(now, MONTHS_READ)
    const { owner, repo } = session.context
    const records = await readLedger(session.client, { owner, repo, branch, months })
    if (records === null) {
      const why = `no baseline yet: the ledger branch ${branch} does not exist (it is created by the first run on the default branch)`
      return { ...NO_HISTORY, warnings: [why] }
    }
    const own = recordsForKey(records, plan.key)
    const base = selectBaseline(own, {
      ...(plan.baseSha !== undefined ? { baseSha: plan.baseSha } : {}),
      before: now.toISOString(),
    })
    return {
      baseline: base !== undefined ? { totalKg: base.totals.totalKg, sha: base.sha } : null,
      monthBeforeKg: monthToDate(records, months[0]!),
      points: historyPoints(own),
      warnings: [],
    }
  } catch (e) {
    return {
      ...NO_HISTORY,
      warnings: [`ledger not read (${describeError(e)}): no baseline for this run`],
    }
  }
}

/** `YYYY-MM` of this month and the `n - 1` before it, newest first. */
export function listRecentMonths(now: Date, n: number): string[] {
  const out: string[] = []
  for (let i = 0; i < n; i++) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1))
    out.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`)
  }
  return out
}
