import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Report } from '../../src/core/types.js'
import { renderText } from '../../src/report/render-text.js'
import {
  BLOOM_REPORT,
  FIRST_RUN_REPORT,
  HOSTILE_REPORT,
  makeManyJobsReport,
  MIXED_REPORT,
} from './sample-reports.js'

const ESC = '\u001b'

describe('renderText', () => {
  it('starts with a verdict line naming the total and the reason', () => {
    const text = renderText(MIXED_REPORT, { color: false })
    assert.equal(
      text.split('\n')[0],
      'carbon-gate: FAIL · 21.0 kg CO2e · over the 15.0 kg run budget (140 %); ' +
        '+20.0 % vs. the baseline, over the +10.0 % limit',
    )
    assert.equal(
      renderText(FIRST_RUN_REPORT, { color: false }).split('\n')[0],
      'carbon-gate: PASS · 12.3 g CO2e · no budget set',
    )
  })

  it('has the breakdown, budgets, baseline and three equivalents', () => {
    const text = renderText(BLOOM_REPORT, { color: false })
    assert.match(text, /Operational: IT hardware\s+24\.7 t\s+433 MWh/)
    assert.match(text, /Operational: facility overhead \(idle\)\s+14\.6 t\s+257 MWh/)
    assert.match(text, /Embodied hardware \(amortised\)\s+11\.2 t/)
    assert.match(text, /Total\s+50\.5 t\s+690 MWh/)
    assert.match(text, /Per run\s+limit 60\.0 t\s+actual 50\.5 t\s+used 84 %\s+within/)
    assert.ok(text.includes('Baseline: +432 kg (+0.86 %) from 50.1 t at a1b2c3d'))
    assert.ok(
      text.includes('London–New York flights (one way, economy, per passenger): 60.6 flights'),
    )
    assert.ok(!text.includes('Tree seedlings'), 'only the top 3 equivalents')
  })

  it('aligns the job table', () => {
    const lines = renderText(MIXED_REPORT, { color: false }).split('\n')
    const start = lines.indexOf('Jobs (3)')
    const table = lines.slice(start + 1, start + 5)
    assert.ok(table[0]!.includes('Job') && table[0]!.endsWith('CO2e'))
    const widths = new Set(table.map((l) => Array.from(l).length))
    assert.equal(widths.size, 1, table.join('\n'))
    assert.ok(table[1]!.includes('finetune-llm'))
    assert.ok(table[1]!.endsWith('19.6 kg'))
  })

  it('uses colour only when asked, by verdict', () => {
    for (const r of [BLOOM_REPORT, MIXED_REPORT, HOSTILE_REPORT]) {
      assert.ok(!renderText(r, { color: false }).includes(ESC))
    }
    assert.ok(
      renderText(BLOOM_REPORT, { color: true }).startsWith(
        `carbon-gate: ${ESC}[1;32mPASS${ESC}[0m`,
      ),
    )
    assert.ok(
      renderText(MIXED_REPORT, { color: true }).startsWith(
        `carbon-gate: ${ESC}[1;31mFAIL${ESC}[0m`,
      ),
    )
    const warn: Report = { ...MIXED_REPORT, verdict: 'warn' }
    assert.ok(
      renderText(warn, { color: true }).startsWith(`carbon-gate: ${ESC}[1;33mWARN${ESC}[0m`),
    )
  })

  it('strips escape sequences and newlines from artifact text, and lists errors', () => {
    const text = renderText(HOSTILE_REPORT, { color: false })
    assert.ok(!text.includes(ESC))
    assert.ok(!text.includes('\u202e'))
    assert.ok(text.includes('Errors (1)'))
    assert.ok(text.includes('Warnings (24)'))
    assert.ok(text.includes('- … and 14 more'))
    const jobLines = text.split('\n').filter((l) => l.includes('codecarbon'))
    assert.equal(jobLines.length, 2, 'one line per job, newlines collapsed')
  })

  it('caps the job table at 50 rows', () => {
    const text = renderText(makeManyJobsReport(120), { color: false })
    assert.equal(text.split('\n').filter((l) => l.includes('sweep-')).length, 50)
    // 70 × 0.16 kg = 11.2 kg
    assert.match(text, /… 70 more jobs\s+70\.0 kWh\s+11\.2 kg/)
  })
})
