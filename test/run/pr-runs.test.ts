/** The PR run list's codec and policy (run/pr-runs.ts): bounded, validated, re-runs counted once. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  EMPTY_PR_RUNS,
  MAX_PR_RUNS,
  addPrRun,
  decodePrRuns,
  encodePrRuns,
  prRunOf,
} from '../../src/run/pr-runs.js'

const MARKER = '<!-- carbon-gate:train-gate -->'
const sha = (n: number): string => n.toString(16).padStart(40, '0')

function comment(data: string): string {
  return `${MARKER}\n${data}\n### ✅ Pass\n`
}

describe('PR run list', () => {
  it('round-trips through the comment body; a re-run replaces its attempt, an older attempt is ignored', () => {
    let total = addPrRun(EMPTY_PR_RUNS, { sha: sha(1), runId: 10, runAttempt: 1, totalKg: 1.5 })
    total = addPrRun(decodePrRuns(comment(encodePrRuns(total))).list, {
      sha: sha(2),
      runId: 11,
      runAttempt: 1,
      totalKg: 2,
    })
    assert.deepEqual([total.runs, total.totalKg, total.repeated], [2, 3.5, false])
    const again = addPrRun(decodePrRuns(comment(encodePrRuns(total))).list, {
      sha: sha(2),
      runId: 11,
      runAttempt: 2,
      totalKg: 2.5,
    })
    assert.deepEqual([again.runs, again.totalKg, again.repeated], [2, 4, true])
    const stale = addPrRun(again, { sha: sha(2), runId: 11, runAttempt: 1, totalKg: 9 })
    assert.equal(stale.totalKg, 4)
    const notCounted = addPrRun(again, { sha: sha(3), runId: 12, runAttempt: 1, totalKg: 9 }, false)
    assert.deepEqual([notCounted.runs, notCounted.totalKg, notCounted.counted], [2, 4, false])
  })

  it(`keeps at most ${MAX_PR_RUNS} runs, folding the oldest into one sum; the total stays right`, () => {
    let list = EMPTY_PR_RUNS
    let total = addPrRun(list, { sha: sha(1), runId: 1, runAttempt: 1, totalKg: 1 })
    for (let i = 1; i <= 250; i++) {
      total = addPrRun(list, { sha: sha(i), runId: i, runAttempt: 1, totalKg: 1 })
      list = decodePrRuns(comment(encodePrRuns(total))).list
    }
    assert.deepEqual([total.runs, total.totalKg, total.list.length], [250, 250, MAX_PR_RUNS])
    assert.deepEqual(total.earlier, { runs: 150, totalKg: 150 })
    assert.ok(encodePrRuns(total).length < 10_000)
  })

  it('untrusted: anything edited, forged, oversized or out of range starts afresh with a notice', () => {
    const good = encodePrRuns(
      addPrRun(EMPTY_PR_RUNS, { sha: sha(1), runId: 1, runAttempt: 1, totalKg: 1 }),
    )
    const cases: [string, string][] = [
      [good.replace('"v":1', '"v":2'), 'version is not 1'],
      [good.replace(sha(1), 'zz'), 'run 1 is not [commit, run id, attempt, kg]'],
      [good.replace(',1]]', ',-1]]'), 'run 1 is not [commit, run id, attempt, kg]'],
      [good.replace(',1]]', ',1e300]]'), 'run 1 is not [commit, run id, attempt, kg]'],
      [
        good.replace('"earlier":[0,0]', '"earlier":[0,"x"]'),
        'the folded earlier runs are not [count, kg]',
      ],
      [good.replace(/\]\],/, `],["${sha(1)}",1,2,1]],`), 'run 2 repeats an earlier one'],
      [good.replace(' -->', ''), 'it is cut short'],
      [good.replace('{"v"', '{v'), 'it is not valid JSON'],
      [`<!-- carbon-gate-runs ${'x'.repeat(30_000)} -->`, 'it is too long'],
      ['', 'the comment has none: it was written by an older version or edited'],
    ]
    for (const [data, why] of cases) {
      const read = decodePrRuns(comment(data))
      assert.equal(read.list, EMPTY_PR_RUNS, why)
      assert.equal(
        read.notice,
        `This pull request's run list in the comment could not be used (${why}): the running total starts afresh with this run.`,
      )
    }
    // Hidden data further down (e.g. quoted from an artifact) is never read.
    assert.equal(decodePrRuns(`${MARKER}\n\n\n\n${good}\n`).list, EMPTY_PR_RUNS)
    assert.deepEqual(decodePrRuns(undefined), { list: EMPTY_PR_RUNS })
  })

  it('the measured run of a workflow_run is the run that produced the artifacts', () => {
    const ctx = { sha: 'ABC1234', runId: 5, runAttempt: 2 }
    assert.deepEqual(prRunOf(ctx), { sha: 'abc1234', runId: 5, runAttempt: 2 })
    assert.deepEqual(prRunOf({ ...ctx, workflowRun: { id: 99 } }).runId, 99)
  })
})
