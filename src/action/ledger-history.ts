/**
 * What the ledger says of earlier runs: the baseline (the record of the commit the plan compares
 * with, else its nearest recorded ancestor, else the latest before now), the month so far for
 * `monthly-budget`, the history chart, and the project to date (every month file, every series).
 * Baseline and history follow this run's series; the month counts every record. The snapshot
 * read is kept: the comment (who the token is) and the ledger append (the branch's head and month
 * file) use it instead of reading again. One read lists and reads every month file (bounded).
 */
import { describeError } from '../core/errors.js'
import {
  type LedgerRecord,
  type LedgerSnapshot,
  findBaseline,
  historyPoints,
  monthToDate,
  readLedgerSnapshot,
  recordsOfSeries,
  seriesFound,
  snapshotRecords,
} from '../github/ledger.js'
import { jobIdentity } from '../run/job-identity.js'
import { ledgerRecordId } from '../run/ledger-record.js'
import { projectInputOf } from '../run/project-runs.js'
import type { PublishPlan } from '../run/publish-plan.js'
import { type BaselineJob, NO_HISTORY, type RunHistory } from '../run/run-gate.js'
import type { GitHubSession } from './action-io.js'

/** Months of the ledger always read (this one and the two before it); the others when listed. */
const MONTHS_READ = 3

export interface LedgerHistory {
  readonly history: RunHistory
  /** Undefined when the ledger could not be read. */
  readonly snapshot?: LedgerSnapshot
}

export async function readLedgerHistory(
  session: GitHubSession,
  plan: PublishPlan,
  now: Date,
): Promise<LedgerHistory> {
  const branch = plan.ledgerBranch
  try {
    const months = listRecentMonths(now, MONTHS_READ)
    const { owner, repo } = session.context
    const snapshot = await readLedgerSnapshot(session.client, {
      owner,
      repo,
      branch,
      months,
      // One GraphQL query lists and reads every month file (REST would read them one by one), and
      // tells who the token is, which a comment needs; REST is the fallback.
      graphql: true,
      allMonths: true,
      ...(plan.baseSha !== undefined ? { baseSha: plan.baseSha } : {}),
    })
    if (snapshot.head === undefined) {
      const why = `no baseline yet: the ledger branch ${branch} does not exist (it is created by the first run on the default branch)`
      return { history: { ...NO_HISTORY, warnings: [why] }, snapshot }
    }
    const records = snapshotRecords(snapshot)
    const history = historyOf(records, plan, now, months[0]!, snapshot)
    const { runId, runAttempt } = session.context
    const project = projectInputOf(records, {
      source: branch,
      asOf: now,
      thisRunId: ledgerRecordId(runId, runAttempt, plan.series, plan.job),
    })
    return {
      history: {
        ...history,
        project,
        warnings: [...history.warnings, ...(snapshot.notices ?? [])],
      },
      snapshot,
    }
  } catch (e) {
    return {
      history: {
        ...NO_HISTORY,
        warnings: [`ledger not read (${describeError(e)}): no baseline for this run`],
      },
    }
  }
}

function historyOf(
  records: readonly LedgerRecord[],
  plan: PublishPlan,
  now: Date,
  month: string,
  snapshot: LedgerSnapshot,
): RunHistory {
  const own = recordsOfSeries(records, plan.series, plan.legacyKeys)
  const found = findBaseline(own, {
    ...(plan.baseSha !== undefined ? { baseSha: plan.baseSha } : {}),
    ...(snapshot.ancestors !== undefined ? { ancestors: snapshot.ancestors } : {}),
    before: now.toISOString(),
  })
  const others = own.length === 0 ? seriesFound(records) : []
  const note =
    others.length > 0
      ? `The ledger holds ${records.length} record${records.length === 1 ? '' : 's'}, but none of series ${plan.series}; it found ${others.join(', ')}. Set the same series in the push and PR workflows to compare them.`
      : undefined
  const base = found?.record
  return {
    baseline: base !== undefined ? { totalKg: base.totals.totalKg, sha: base.sha } : null,
    ...(found !== undefined
      ? { baselineMatch: found.match, baselineJobs: jobsOf(found.record) }
      : {}),
    ...(note !== undefined ? { note } : {}),
    monthBeforeKg: monthToDate(records, month),
    points: historyPoints(own),
    warnings: note !== undefined ? [note] : [],
  }
}

/** The baseline's jobs with their identities (records before series get theirs computed). */
function jobsOf(record: LedgerRecord): BaselineJob[] {
  return record.jobs.map((j) => ({
    key: j.key ?? jobIdentity({ name: j.name, source: { format: 'unknown' } }),
    name: j.name,
    totalKg: j.totalKg,
    itEnergyKWh: j.itEnergyKWh,
  }))
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
