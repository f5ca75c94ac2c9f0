/** Series, job identity and the base-commit baseline: pure rules of src/run/. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { jobIdentity, totalsByJob } from '../../src/run/job-identity.js'
import { findBaseline } from '../../src/run/ledger-query.js'
import {
  ledgerRecordId,
  parseLedgerFile,
  recordsOfSeries,
  seriesFound,
  serializeLedgerFile,
} from '../../src/run/ledger-record.js'
import { ledgerRecord } from '../support/github-server-fixtures.js'

const sha = (c: string) => c.repeat(40)

describe('recordsOfSeries', () => {
  const ofSeries = (series: string, runId: number) =>
    ledgerRecord({ runId, id: `${runId}-1-${series}`, series })
  const legacy = (key: string, runId: number) => ledgerRecord({ runId, id: `${runId}-1-${key}` })

  it('keeps the records of the series, by their field', () => {
    const records = [ofSeries('default', 1), ofSeries('inference', 2), ofSeries('default', 3)]
    assert.deepEqual(
      recordsOfSeries(records, 'default').map((r) => r.runId),
      [1, 3],
    )
    assert.deepEqual(
      recordsOfSeries(records, 'inference').map((r) => r.runId),
      [2],
    )
  })

  it('adopts older records: by their key, by a legacy key, or all of one key for `default`', () => {
    const onlyOne = [legacy('train-main-train', 1), ofSeries('default', 2)]
    assert.deepEqual(
      recordsOfSeries(onlyOne, 'default').map((r) => r.runId),
      [1, 2],
      'one gate: the push workflow’s old key is adopted by the default series',
    )
    const two = [legacy('train-gate', 1), legacy('bench', 2), ofSeries('default', 3)]
    assert.deepEqual(
      recordsOfSeries(two, 'default').map((r) => r.runId),
      [3],
      'two old keys: neither is guessed',
    )
    assert.deepEqual(
      recordsOfSeries(two, 'default', ['train-gate']).map((r) => r.runId),
      [1, 3],
    )
    assert.deepEqual(
      recordsOfSeries(two, 'bench').map((r) => r.runId),
      [2],
    )
    assert.deepEqual(
      recordsOfSeries([ofSeries('bench', 4)], 'default').map((r) => r.runId),
      [],
    )
  })

  it('names the series found, most recorded first', () => {
    const records = [ofSeries('a', 1), ofSeries('b', 2), ofSeries('b', 3), legacy('old', 4)]
    assert.deepEqual(seriesFound(records), ['b', 'a', 'old'])
  })

  it('round-trips series, workflow, job and job keys through the month file; rejects bad ones', () => {
    const r = ledgerRecord({
      runId: 7,
      series: 'default',
      workflow: '.github/workflows/train.yml',
      job: 'train',
      jobs: [{ name: 'resnet', key: 'codecarbon:resnet', totalKg: 1, itEnergyKWh: 2 }],
    })
    const text = serializeLedgerFile([r])
    assert.deepEqual(parseLedgerFile(text, 'b', 'p'), [r])
    const bad = text.replace('"series": "default"', '"series": 5')
    assert.throws(() => parseLedgerFile(bad, 'b', 'p'), /"series" is not a non-empty string/)
  })
})

describe('ledgerRecordId', () => {
  it('keeps two jobs of one run that record one series apart', () => {
    assert.equal(ledgerRecordId(5, 1, 'default', 'train'), '5-1-default/train')
    assert.notEqual(ledgerRecordId(5, 1, 'default', 'a'), ledgerRecordId(5, 1, 'default', 'b'))
    assert.equal(ledgerRecordId(5, 1, 'gpu'), '5-1-gpu', 'the older form, without a job')
  })
})

describe('findBaseline', () => {
  const records = [
    ledgerRecord({ runId: 1, sha: sha('1'), date: '2024-05-01T00:00:00Z', kg: 1 }),
    ledgerRecord({ runId: 2, sha: sha('2'), date: '2024-05-02T00:00:00Z', kg: 2 }),
    ledgerRecord({ runId: 3, sha: sha('3'), date: '2024-05-03T00:00:00Z', kg: 3 }),
  ]
  it('the base commit’s record first', () => {
    const found = findBaseline(records, { baseSha: sha('2'), ancestors: [sha('1')] })
    assert.deepEqual([found?.record.runId, found?.match], [2, 'base'])
  })
  it('else the nearest recorded ancestor', () => {
    const found = findBaseline(records, {
      baseSha: sha('9'),
      ancestors: [sha('8'), sha('1'), sha('2')],
    })
    assert.deepEqual([found?.record.runId, found?.match], [1, 'ancestor'])
  })
  it('else the latest before the run', () => {
    const found = findBaseline(records, {
      baseSha: sha('9'),
      ancestors: [sha('8')],
      before: '2024-05-02T12:00:00Z',
    })
    assert.deepEqual([found?.record.runId, found?.match], [2, 'latest'])
    assert.equal(findBaseline([], { baseSha: sha('9') }), undefined)
  })
})

describe('jobIdentity', () => {
  const job = (name: string, format = 'codecarbon') => ({ name, source: { format } })
  it('is the same across runs whose names carry run ids', () => {
    assert.equal(jobIdentity(job('resnet 4f3c2a1b')), jobIdentity(job('resnet 9e8d7c6b')))
    assert.equal(jobIdentity(job('bert task line 12')), jobIdentity(job('bert task line 40')))
    assert.equal(jobIdentity(job('Resnet  4f3c2a1b')), 'codecarbon:resnet')
  })
  it('tells formats and names apart', () => {
    assert.notEqual(jobIdentity(job('resnet')), jobIdentity(job('resnet', 'zeus')))
    assert.notEqual(jobIdentity(job('resnet-50')), jobIdentity(job('resnet-18')))
    assert.equal(jobIdentity(job('deadbeef')), 'codecarbon:deadbeef', 'a word, not a run id')
  })
  it('sums the jobs that share one identity', () => {
    const totals = totalsByJob([
      { key: 'a', totalKg: 1, itEnergyKWh: 2 },
      { key: 'a', totalKg: 0.5, itEnergyKWh: 1 },
      { key: 'b', totalKg: 3, itEnergyKWh: 4 },
    ])
    assert.deepEqual(totals.get('a'), { totalKg: 1.5, itEnergyKWh: 3 })
    assert.deepEqual(totals.get('b'), { totalKg: 3, itEnergyKWh: 4 })
  })
})
