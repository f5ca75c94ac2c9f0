import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  badgeUrl,
  historyPoints,
  ledgerRecordId,
  monthToDate,
  recordKey,
  recordsOfSeries,
  selectBaseline,
} from '../../src/github/ledger.js'
import { ledgerRecord } from '../support/github-server-fixtures.js'

const sha = (c: string) => c.repeat(40)
// Three commits on main: b has a failed first attempt and a re-run.
const records = [
  ledgerRecord({ runId: 30, sha: sha('c'), date: '2024-05-03T10:00:00Z', kg: 3 }),
  ledgerRecord({ runId: 10, sha: sha('a'), date: '2024-04-28T10:00:00Z', kg: 1 }),
  ledgerRecord({ runId: 20, sha: sha('b'), date: '2024-05-01T10:00:00Z', kg: 2, verdict: 'fail' }),
  ledgerRecord({ runId: 20, runAttempt: 2, sha: sha('b'), date: '2024-05-01T11:00:00Z', kg: 2.5 }),
]

describe('selectBaseline', () => {
  it("picks the base commit's latest attempt", () => {
    const base = selectBaseline(records, { baseSha: sha('b'), before: '2024-05-10T00:00:00Z' })
    assert.equal(base?.id, '20-2-default')
    assert.equal(selectBaseline(records, { baseSha: sha('B') })?.id, '20-2-default', 'sha case')
  })
  it('falls back to the latest record dated before `before`', () => {
    assert.equal(
      selectBaseline(records, { baseSha: sha('f'), before: '2024-05-02T00:00:00Z' })?.id,
      '20-2-default',
    )
    assert.equal(selectBaseline(records, { before: '2024-05-01T10:30:00Z' })?.id, '20-1-default')
    assert.equal(
      selectBaseline(records, { before: '2024-05-03T10:00:00Z' })?.id,
      '20-2-default',
      'strictly before',
    )
    assert.equal(selectBaseline(records, {})?.id, '30-1-default')
  })
  it('has no baseline on a first adoption', () => {
    assert.equal(selectBaseline([], { baseSha: sha('a') }), undefined)
    assert.equal(selectBaseline(records, { before: '2024-01-01T00:00:00Z' }), undefined)
  })
})

describe('monthToDate', () => {
  it('sums every run of the month (re-runs burn carbon too), by UTC month', () => {
    assert.equal(monthToDate(records, '2024-05'), 3 + 2 + 2.5)
    assert.equal(monthToDate(records, '2024-04'), 1)
    assert.equal(monthToDate(records, '2024-06'), 0)
    const edge = ledgerRecord({ runId: 40, date: '2024-05-31T23:30:00-01:00', kg: 9 })
    assert.equal(monthToDate([edge], '2024-06'), 9)
  })
  it('counts a record that appears twice once', () => {
    assert.equal(monthToDate([...records, records[0]!], '2024-05'), 7.5)
  })
})

describe('historyPoints', () => {
  it('gives one point per commit, its latest attempt, oldest to newest', () => {
    assert.deepEqual(historyPoints(records), [
      { sha: sha('a'), date: '2024-04-28T10:00:00Z', totalKg: 1, verdict: 'pass' },
      { sha: sha('b'), date: '2024-05-01T11:00:00Z', totalKg: 2.5, verdict: 'pass' },
      { sha: sha('c'), date: '2024-05-03T10:00:00Z', totalKg: 3, verdict: 'pass' },
    ])
  })
  it('keeps the last n', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      ledgerRecord({
        runId: i + 1,
        sha: i.toString(16).padStart(40, '0'),
        date: new Date(Date.UTC(2024, 0, 1 + i)).toISOString(),
        kg: i,
      }),
    )
    const points = historyPoints(many)
    assert.equal(points.length, 30)
    assert.equal(points[0]!.totalKg, 10)
    assert.equal(points[29]!.totalKg, 39)
    assert.deepEqual(
      historyPoints(many, 2).map((p) => p.totalKg),
      [38, 39],
    )
  })
})

describe('record keys', () => {
  it('builds and reads `${runId}-${runAttempt}-${key}` ids', () => {
    assert.equal(ledgerRecordId(123, 2, 'gpu-train'), '123-2-gpu-train')
    const r = ledgerRecord({ runId: 5, id: '5-1-gpu-train' })
    assert.equal(recordKey(r), 'gpu-train')
    assert.deepEqual(recordsOfSeries([r, ...records], 'gpu-train'), [r])
  })
})

describe('badgeUrl', () => {
  it('serves from raw.githubusercontent.com on github.com', () => {
    assert.equal(
      badgeUrl({
        serverUrl: 'https://github.com',
        owner: 'octo',
        repo: 'demo',
        branch: 'carbon-ledger',
        path: 'ledger/badge.json',
      }),
      'https://raw.githubusercontent.com/octo/demo/carbon-ledger/ledger/badge.json',
    )
  })
  it('serves from /raw/ on GHES, keeping slashes in branch names', () => {
    assert.equal(
      badgeUrl({
        serverUrl: 'https://ghe.example.com/',
        owner: 'ml',
        repo: 'lab',
        branch: 'ci/carbon',
        path: 'ledger/badge.svg',
      }),
      'https://ghe.example.com/ml/lab/raw/ci/carbon/ledger/badge.svg',
    )
  })
})
