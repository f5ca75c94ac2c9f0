import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { renderJunit } from '../../src/report/render-junit.js'
import { assertValidJunit } from '../support/junit-schema.js'
import {
  BLOOM_REPORT,
  FIRST_RUN_REPORT,
  HOSTILE_REPORT,
  MIXED_REPORT,
  makeManyJobsReport,
} from './sample-reports.js'
import { GOLDEN_SAMPLES, runSample } from './golden-samples.js'

const testcases = (xml: string): string[] =>
  [...xml.matchAll(/<testcase [\s\S]*?<\/testcase>/g)].map((m) => m[0])

describe('renderJunit', () => {
  it('is valid JUnit XML for every golden sample and sample report', async () => {
    for (const s of GOLDEN_SAMPLES) assertValidJunit(renderJunit((await runSample(s)).report), s.id)
    for (const r of [BLOOM_REPORT, MIXED_REPORT, FIRST_RUN_REPORT, HOSTILE_REPORT]) {
      assertValidJunit(renderJunit(r), 'hand-built sample')
    }
    assertValidJunit(renderJunit(makeManyJobsReport(200, true)), 'many hostile jobs')
  })

  it('has one test case per budget: a fail budget over its limit fails, a warn one passes', () => {
    const xml = renderJunit(MIXED_REPORT)
    const [run, increase, ...rest] = testcases(xml)
    assert.equal(rest.length, 0)
    assert.match(run!, /name="Per run budget"/)
    assert.match(
      run!,
      /<failure message="exceeded: 21\.0 kg against a limit of 15\.0 kg \(140 % used\)"/,
    )
    assert.match(increase!, /name="Increase vs\. baseline budget"/)
    assert.doesNotMatch(increase!, /<failure|<error/)
    assert.match(
      increase!,
      /<system-out>exceeded, warning only: \+20\.0 % against a limit of \+10\.0 %/,
    )
    assert.match(
      xml,
      /<testsuite name="carbon-gate" tests="2" failures="1" errors="0" skipped="0">/,
    )
  })

  it('a budget within its limit passes; no budget, no test case', () => {
    const within = {
      ...BLOOM_REPORT,
      budgets: [{ ...MIXED_REPORT.budgets[0]!, limit: 60_000, exceeded: false }],
    }
    const [only] = testcases(renderJunit(within))
    assert.match(only!, /<system-out>within budget: /)
    assert.equal(testcases(renderJunit(FIRST_RUN_REPORT)).length, 0)
    assert.match(renderJunit(FIRST_RUN_REPORT), /tests="0" failures="0" errors="0"/)
  })

  it('inputs that could not be used are one test case in error, listing each', () => {
    const report = {
      ...FIRST_RUN_REPORT,
      verdict: 'fail' as const,
      errors: ['a.csv:3: bad', 'b.csv: empty'],
    }
    const xml = renderJunit(report)
    const [inputs] = testcases(xml)
    assert.match(
      inputs!,
      /<error message="2 inputs could not be used" type="unusable-input">a\.csv:3: bad\nb\.csv: empty<\/error>/,
    )
    assert.match(xml, /errors="1"/)
    assertValidJunit(xml, 'errors')
  })

  it('carries artifact text inert: escaped, one line, no control characters', () => {
    const xml = renderJunit(HOSTILE_REPORT)
    assert.doesNotMatch(xml, /<img|<!-- carbon-gate/)
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(xml, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/)
    const lone = { ...FIRST_RUN_REPORT, errors: ['x.csv:1: \ud800 lone surrogate \uffff'] }
    assertValidJunit(renderJunit(lone), 'lone surrogate')
  })
})
