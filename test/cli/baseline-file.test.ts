import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ConfigError } from '../../src/core/errors.js'
import { parseBaselineFile } from '../../src/cli/baseline-file.js'
import { ledgerRecord } from '../support/github-server-fixtures.js'
import { BLOOM_REPORT } from '../report/sample-reports.js'

const parse = (value: unknown): ReturnType<typeof parseBaselineFile> =>
  parseBaselineFile(
    typeof value === 'string' ? value : JSON.stringify(value),
    'base.json',
    '--baseline',
  )

describe('parseBaselineFile', () => {
  it('takes a JSON report as it is', () => {
    assert.deepEqual(parse(BLOOM_REPORT), { totalKg: BLOOM_REPORT.totals.totalKg })
    assert.deepEqual(parse(`\uFEFF${JSON.stringify(BLOOM_REPORT)}`), {
      totalKg: BLOOM_REPORT.totals.totalKg,
    })
  })

  it('takes a ledger month file: its latest record by date', () => {
    const ledger = {
      schemaVersion: 1,
      records: [
        ledgerRecord({ runId: 3, date: '2026-11-20T00:00:00Z', kg: 7, sha: '3'.repeat(40) }),
        ledgerRecord({ runId: 1, date: '2026-11-01T00:00:00Z', kg: 5 }),
      ],
    }
    assert.deepEqual(parse(ledger), { totalKg: 7, sha: '3'.repeat(40) })
  })

  it('refuses anything else with one line naming the flag and the file', () => {
    const cases: [unknown, RegExp][] = [
      ['{not json', /base\.json: not valid JSON/],
      [
        { schemaVersion: 2, totals: { totalKg: 1 } },
        /not a carbon-gate JSON report .* nor a ledger file/,
      ],
      [{ schemaVersion: 1, totals: { totalKg: -1 } }, /not a carbon-gate JSON report/],
      [{ schemaVersion: 1, records: [] }, /the ledger file has no record/],
      [
        { schemaVersion: 1, records: [ledgerRecord({ runId: 1, date: 'soon' })] },
        /record 1: "date" "soon" is not a date/,
      ],
    ]
    for (const [value, message] of cases) {
      assert.throws(
        () => parse(value),
        (e: unknown) =>
          e instanceof ConfigError && e.key === '--baseline' && message.test(e.message),
        String(message),
      )
    }
  })
})
