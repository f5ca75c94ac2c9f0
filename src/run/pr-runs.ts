/**
 * A pull request's running total, kept where no write access beyond the comment is needed: a
 * compact, versioned run list in the sticky comment's hidden data, one HTML comment on the line
 * after the marker:
 *
 *   <!-- carbon-gate-runs {"v":1,"runs":[["<sha>",<runId>,<attempt>,<kg>],…],"earlier":[<n>,<kg>]} -->
 *
 * It is read back as untrusted input (anyone who may edit the comment can change it): bounded in
 * size, every entry validated; a list that does not pass starts afresh, with a notice. At most
 * MAX_PR_RUNS runs are listed; older ones are folded into `earlier` (a count and a sum), so the
 * total stays right however long the PR lives. A run is its commit and workflow run: a re-run
 * (a later attempt of the same run) replaces the attempt it repeats instead of adding to it.
 */
import type { PrRun, PullRequestTotal } from '../core/cost-types.js'

export const PR_RUNS_VERSION = 1
export const MAX_PR_RUNS = 100
/** Longer hidden data is not parsed (100 runs take about 7,000 characters). */
export const MAX_PR_RUNS_CHARS = 20_000
/** Largest kg one run may carry in the list (a billion tonnes), and the folded sum. */
const MAX_RUN_KG = 1e12
const OPEN = '<!-- carbon-gate-runs '
const CLOSE = ' -->'
/** The hidden data is looked for on the lines right after the marker only. */
const LINES_SEARCHED = 3

/** A PullRequestTotal is one too: the list and the folded sum. */
export interface PrRunList {
  readonly list: readonly PrRun[]
  readonly earlier: { readonly runs: number; readonly totalKg: number }
}

export const EMPTY_PR_RUNS: PrRunList = { list: [], earlier: { runs: 0, totalKg: 0 } }

export interface PrRunsRead {
  readonly list: PrRunList
  /** Why an earlier list could not be used, when it could not. */
  readonly notice?: string
}

/** The run being measured: its commit, its workflow run and attempt. */
export interface PrRunId {
  readonly sha: string
  readonly runId: number
  readonly runAttempt: number
}

/** The measured run of a context: for workflow_run, the run that produced the artifacts. */
export function prRunOf(context: {
  readonly sha: string
  readonly runId: number
  readonly runAttempt: number
  readonly workflowRun?: { readonly id: number }
}): PrRunId {
  return {
    sha: context.sha.toLowerCase(),
    runId: context.workflowRun?.id ?? context.runId,
    runAttempt: context.runAttempt,
  }
}

function compactKg(kg: number): number {
  return Number(kg.toPrecision(12))
}

/** The hidden-data line for the comment: printable ASCII, never `--` inside. */
export function encodePrRuns(total: PrRunList): string {
  const data = {
    v: PR_RUNS_VERSION,
    runs: total.list.map((r) => [r.sha, r.runId, r.runAttempt, compactKg(r.totalKg)]),
    earlier: [total.earlier.runs, compactKg(total.earlier.totalKg)],
  }
  return `${OPEN}${JSON.stringify(data)}${CLOSE}`
}

const AFRESH = 'the running total starts afresh with this run'

function unreadable(why: string): PrRunsRead {
  return {
    list: EMPTY_PR_RUNS,
    notice: `This pull request's run list in the comment could not be used (${why}): ${AFRESH}.`,
  }
}

/**
 * The run list of an existing comment's body; undefined (no comment yet) is an empty list.
 * Never throws: anything that is not a valid list is an empty one with a notice.
 */
export function decodePrRuns(body: string | undefined): PrRunsRead {
  if (body === undefined) return { list: EMPTY_PR_RUNS }
  const lines = body.split('\n', LINES_SEARCHED + 1).slice(1)
  const line = lines.map((l) => l.trim()).find((l) => l.startsWith(OPEN))
  if (line === undefined)
    return unreadable('the comment has none: it was written by an older version or edited')
  if (line.length > MAX_PR_RUNS_CHARS) return unreadable('it is too long')
  if (!line.endsWith(CLOSE)) return unreadable('it is cut short')
  let data: unknown
  try {
    data = JSON.parse(line.slice(OPEN.length, -CLOSE.length))
  } catch {
    return unreadable('it is not valid JSON')
  }
  const problem = findProblem(data)
  if (problem !== undefined) return unreadable(problem)
  const d = data as { runs: [string, number, number, number][]; earlier: [number, number] }
  return {
    list: {
      list: d.runs.map(([sha, runId, runAttempt, totalKg]) => ({
        sha,
        runId,
        runAttempt,
        totalKg,
      })),
      earlier: { runs: d.earlier[0], totalKg: d.earlier[1] },
    },
  }
}

function isCount(v: unknown, max: number): boolean {
  return Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= max
}

function isKg(v: unknown): boolean {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_RUN_KG
}

const SHA = /^[0-9a-f]{7,40}$/

function findProblem(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'not an object'
  const d = data as Record<string, unknown>
  if (d.v !== PR_RUNS_VERSION) return `version is not ${PR_RUNS_VERSION}`
  if (!Array.isArray(d.runs)) return 'no run array'
  if (d.runs.length > MAX_PR_RUNS) return `more than ${MAX_PR_RUNS} runs`
  const seen = new Set<string>()
  for (const [i, r] of (d.runs as unknown[]).entries()) {
    const ok =
      Array.isArray(r) &&
      r.length === 4 &&
      typeof r[0] === 'string' &&
      SHA.test(r[0]) &&
      isCount(r[1], Number.MAX_SAFE_INTEGER) &&
      isCount(r[2], 1e6) &&
      isKg(r[3])
    if (!ok) return `run ${i + 1} is not [commit, run id, attempt, kg]`
    const id = `${String(r[0])}/${String(r[1])}`
    if (seen.has(id)) return `run ${i + 1} repeats an earlier one`
    seen.add(id)
  }
  const e = d.earlier
  if (!Array.isArray(e) || e.length !== 2 || !isCount(e[0], Number.MAX_SAFE_INTEGER) || !isKg(e[1]))
    return 'the folded earlier runs are not [count, kg]'
  return undefined
}

/**
 * The list with this run in it: a run already listed (same commit and workflow run) is replaced
 * by its latest attempt, a new one is appended; the oldest fold into `earlier` past MAX_PR_RUNS.
 * With `counted: false` (the run's inputs could not all be used) the list is kept as it was.
 */
export function addPrRun(
  before: PrRunList,
  run: PrRunId & { readonly totalKg: number },
  counted = true,
): PullRequestTotal {
  const at = before.list.findIndex((r) => r.sha === run.sha && r.runId === run.runId)
  const repeated = at !== -1
  let runs = [...before.list]
  if (counted) {
    const entry: PrRun = {
      sha: run.sha,
      runId: run.runId,
      runAttempt: run.runAttempt,
      totalKg: run.totalKg,
    }
    if (!repeated) runs.push(entry)
    else if (run.runAttempt >= runs[at]!.runAttempt) runs[at] = entry
  }
  let earlier = before.earlier
  if (runs.length > MAX_PR_RUNS) {
    const folded = runs.slice(0, runs.length - MAX_PR_RUNS)
    runs = runs.slice(-MAX_PR_RUNS)
    earlier = {
      runs: earlier.runs + folded.length,
      totalKg: earlier.totalKg + folded.reduce((kg, r) => kg + r.totalKg, 0),
    }
  }
  const listedKg = runs.reduce((kg, r) => kg + r.totalKg, 0)
  return {
    runs: earlier.runs + runs.length,
    totalKg: earlier.totalKg + listedKg,
    thisRunKg: run.totalKg,
    repeated,
    list: runs,
    earlier,
    counted,
  }
}
