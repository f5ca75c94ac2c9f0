import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { renderMarkdown as render, SUMMARY_BYTE_LIMIT } from '../../src/report/render-markdown.js'
import {
  FIRST_RUN_REPORT,
  HOSTILE_REPORT,
  makeManyJobsReport,
  MIXED_REPORT,
} from './sample-reports.js'

const bytes = (s: string): number => new TextEncoder().encode(s).length

/** The summary with no-break spaces as plain ones. */
function renderMarkdown(...args: Parameters<typeof render>): string {
  return render(...args).replaceAll('\u00A0', ' ')
}

describe('renderMarkdown', () => {
  it('has a title, the verdict, totals, jobs, budgets, baseline and context', () => {
    const md = renderMarkdown(MIXED_REPORT)
    assert.ok(md.startsWith('## carbon-gate report\n\n### ❌ Fail · 21.0 kg CO₂e'))
    assert.ok(md.includes('| **Total** | **67.0 kWh** | **21.0 kg** | |'))
    assert.ok(md.includes('| Increase vs. baseline | +10.0 % | +20.0 % | ▓▓▓▓▓┃▓▓▓▓▓ 200 % |'))
    assert.ok(md.includes('**Change vs. baseline (`0f1e2d3`):**'))
    assert.ok(md.includes('<sub>region: Google Cloud region data 2023 \\(gcp:us-central1\\)</sub>'))
    assert.ok(md.includes('Roughly the same as'))
    assert.ok(md.includes('Share of published totals'))
    assert.ok(md.includes('<summary>Assumptions (6)</summary>'))
    assert.ok(md.includes('<summary>⚠️ 2 warnings</summary>'))
    assert.ok(!md.includes('[^'), 'no footnotes in the job summary')
    assert.ok(!md.includes('<details><summary>Details'), 'nothing collapsed but the notes')
  })

  it('keeps the PR comment’s section order', () => {
    const md = renderMarkdown(MIXED_REPORT)
    const order = [
      '### ❌ Fail',
      '| | This PR |',
      'Largest jobs',
      '| Job | Format',
      '| Lifecycle part |',
      '| Budget | Limit |',
      '**Change vs. baseline',
      'Roughly the same as',
      'Share of published totals',
      '<summary>⚠️ 2 warnings</summary>',
      '<summary>Assumptions (6)</summary>',
    ].map((x) => md.indexOf(x))
    assert.ok(!order.includes(-1), String(order))
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      order,
    )
  })

  it('uses and escapes a given title', () => {
    assert.ok(
      renderMarkdown(FIRST_RUN_REPORT, { title: 'Carbon @ ml' }).startsWith(
        '## Carbon @\u200B ml\n',
      ),
    )
  })

  it('says when there is no baseline', () => {
    assert.ok(renderMarkdown(FIRST_RUN_REPORT).includes('no baseline yet'))
  })

  it('escapes artifact text', () => {
    const md = renderMarkdown(HOSTILE_REPORT)
    assert.ok(!md.includes('@octocat'))
    assert.ok(!md.includes('<img'))
    assert.ok(!md.includes('<!--'))
    assert.ok(md.includes('**❌ 1 input could not be used**'))
  })

  it('shows 500 job rows and sums the rest', () => {
    const md = renderMarkdown(makeManyJobsReport(600))
    // 500 rows in the job table, and the 3 largest at the top
    assert.equal(md.split('| sweep-').length - 1, 500 + 3)
    // 100 × 0.16 kg = 16.0 kg
    assert.ok(md.includes('| … 100 more jobs | | | 100 kWh | | | 16.0 kg |'))
  })

  it('stays under 1 MiB for 20,000 hostile jobs', () => {
    const md = renderMarkdown(makeManyJobsReport(20_000, true))
    assert.ok(bytes(md) <= SUMMARY_BYTE_LIMIT, `${bytes(md)} bytes`)
    assert.ok(md.includes('### ❌ Fail · 3.20 t CO₂e'))
  })

  it('sheds rows to meet a smaller limit', () => {
    const report = makeManyJobsReport(600, true)
    const md = renderMarkdown(report, { maxBytes: 100_000 })
    assert.ok(bytes(md) <= 100_000)
    assert.ok(md.includes('| **Total** |'))
  })
})
