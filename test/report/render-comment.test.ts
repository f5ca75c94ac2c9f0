import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { renderUsageBar } from '../../src/report/comment-sections.js'
import { asCommentKey, commentMarker } from '../../src/core/comment-key.js'
import { GITHUB_COMMENT_LIMIT, renderComment } from '../../src/report/render-comment.js'
import {
  BLOOM_REPORT,
  FIRST_RUN_REPORT,
  HOSTILE_REPORT,
  makeManyJobsReport,
  MIXED_HISTORY,
  MIXED_REPORT,
} from './sample-reports.js'

const MAIN = asCommentKey('main')

function count(text: string, needle: string): number {
  return text.split(needle).length - 1
}

describe('renderComment: content', () => {
  it('starts with the marker and a verdict line with the total', () => {
    const body = renderComment(MIXED_REPORT, { key: MAIN })
    const [first, second] = body.split('\n')
    assert.equal(first, '<!-- carbon-gate:main -->')
    assert.equal(
      second,
      '### ❌ Fail · 21.0 kg CO₂e · over the 15.0 kg run budget (140 %); ' +
        '+20.0 % vs. the baseline, over the +10.0 % limit',
    )
  })

  it('shows the lifecycle split and the energy', () => {
    const body = renderComment(BLOOM_REPORT, { key: MAIN })
    // 433,196 × 0.057 = 24,692 kg; 256,646 × 0.057 = 14,629 kg; embodied 11,211 kg
    assert.ok(body.includes('| Operational: IT hardware | 433 MWh | 24.7 t | 48.9 % |'))
    assert.ok(
      body.includes('| Operational: facility overhead (idle) | 257 MWh | 14.6 t | 28.9 % |'),
    )
    assert.ok(body.includes('| Embodied hardware (amortised) | – | 11.2 t | 22.2 % |'))
    assert.ok(body.includes('| **Total** | **690 MWh** | **50.5 t** | |'))
  })

  it('draws a usage bar per budget', () => {
    assert.equal(renderUsageBar(0.52), '▓▓▓▓▓░░░░░ 52 %')
    assert.equal(renderUsageBar(0), '░░░░░░░░░░ 0 %')
    assert.equal(renderUsageBar(2), '▓▓▓▓▓▓▓▓▓▓ 200 %')
    const body = renderComment(BLOOM_REPORT, { key: MAIN })
    // 50,532 / 60,000 = 84 %; 101,065 / 200,000 = 51 %
    assert.ok(body.includes('| Per run | 60.0 t | 50.5 t | ▓▓▓▓▓▓▓▓░░ 84 % | ✅ within |'))
    assert.ok(body.includes('▓▓▓▓▓░░░░░ 51 %'))
    const mixed = renderComment(MIXED_REPORT, { key: MAIN })
    assert.ok(mixed.includes('▓▓▓▓▓▓▓▓▓▓ 140 % | ❌ exceeded: fails the check |'))
    assert.ok(mixed.includes('⚠️ exceeded: warning only'))
  })

  it('shows the delta against the baseline, or "no baseline yet"', () => {
    const mixed = renderComment(MIXED_REPORT, { key: MAIN })
    assert.ok(mixed.includes('**Change vs. baseline (`0f1e2d3`):** 📈 +3.50 kg (+20.0 %)'))
    const first = renderComment(FIRST_RUN_REPORT, { key: MAIN })
    assert.ok(first.includes('no baseline yet'))
    const noted = renderComment(FIRST_RUN_REPORT, {
      key: MAIN,
      baselineNote: 'No ledger on @octocat/carbon-ledger yet.',
    })
    assert.ok(noted.includes(`no baseline yet. No ledger on @\u200Boctocat/carbon-ledger yet.`))
  })

  it('lists jobs largest first, with equivalents and references and their sources', () => {
    const body = renderComment(MIXED_REPORT, { key: MAIN })
    const order = ['finetune-llm', 'train-resnet50', 'eval-sweep'].map((n) => body.indexOf(n))
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      order,
    )
    const bloom = renderComment(BLOOM_REPORT, { key: MAIN })
    assert.ok(bloom.includes('**60.6 flights**[^eq2]'))
    assert.ok(bloom.includes('[^eq2]: 834 kg CO₂e per passenger'))
    assert.ok(bloom.includes('2024](https://www.gov.uk/'))
    assert.ok(bloom.includes('eGRID2022 edition'))
    assert.ok(bloom.includes('| BLOOM 176B training \\(lifecycle\\)[^ref1] | 50.5 t | 100.1 % |'))
  })

  it('charts the lifecycle split, and the history from 2 points on (last 30)', () => {
    const none = renderComment(MIXED_REPORT, { key: MAIN, history: MIXED_HISTORY.slice(0, 1) })
    assert.ok(none.includes('```mermaid\npie showData'))
    assert.ok(!none.includes('xychart-beta'))
    const two = renderComment(MIXED_REPORT, { key: MAIN, history: MIXED_HISTORY })
    assert.ok(two.includes('x-axis ["1111111", "2222222", "3333333", "0f1e2d3"]'))
    assert.ok(two.includes('line [15.2, 16.8, 17.1, 17.5]'))
    const many = Array.from({ length: 40 }, (_, i) => ({
      sha: 'abcdef0'.slice(0, 6) + String(i % 10),
      date: '2026-10-01',
      totalKg: i,
    }))
    const body = renderComment(MIXED_REPORT, { key: MAIN, history: many })
    assert.ok(body.includes('line [10, 11,'))
    assert.ok(body.includes(', 39]'))
    assert.ok(body.includes('last 30 runs'))
  })

  it('links the run only when the URL is a plain http(s) URL', () => {
    const ok = renderComment(FIRST_RUN_REPORT, {
      key: MAIN,
      runUrl: 'https://github.com/acme/ml/actions/runs/42',
    })
    assert.ok(ok.includes('[workflow run](https://github.com/acme/ml/actions/runs/42)'))
    const bad = renderComment(FIRST_RUN_REPORT, { key: MAIN, runUrl: 'javascript:alert(1)' })
    assert.ok(!bad.includes('](javascript'))
  })
})

describe('renderComment: hostile text', () => {
  const body = renderComment(HOSTILE_REPORT, { key: MAIN })

  it('keeps exactly one marker; a key that could break it never reaches it', () => {
    assert.equal(count(body, '<!--'), 1)
    assert.ok(body.startsWith('<!-- carbon-gate:main -->\n'))
    assert.throws(() => asCommentKey('main --><img src=x>'), /not a comment key/)
    assert.throws(() => commentMarker('main --><img src=x>' as typeof MAIN), /not a comment key/)
  })

  it('lets no mention, image, link or HTML through', () => {
    assert.ok(!body.includes('@octocat'))
    assert.ok(!body.includes('@github'))
    assert.ok(!body.includes('<img'))
    assert.ok(!body.includes('<script'))
    assert.ok(!body.includes('<https'))
    assert.ok(!body.includes('](http://'))
    assert.ok(!body.includes('![x]'))
    assert.ok(!/\]\((?!https:\/\/(www\.epa\.gov|www\.gov\.uk|arxiv\.org)\/)/.test(body))
  })

  it('keeps the tables intact', () => {
    const rows = body.split('\n').filter((l) => l.startsWith('| '))
    for (const row of rows) {
      const cells = row.replace(/\\\|/g, '').split('|').length - 2
      assert.ok([3, 4, 5, 7].includes(cells), `broken row (${cells} cells): ${row}`)
    }
  })
})

describe('renderComment: size', () => {
  it('fits 200 jobs under 65,536 characters with verdict and totals', () => {
    const report = makeManyJobsReport(200, true)
    const body = renderComment(report, { key: MAIN })
    assert.ok(body.length < GITHUB_COMMENT_LIMIT, `${body.length} characters`)
    assert.ok(body.includes('### ❌ Fail · 32.0 kg CO₂e'))
    assert.ok(body.includes('| **Total** | **300 kWh** | **32.0 kg** | |'))
    assert.equal(count(body, '<!--'), 1)
  })

  it('summarises the jobs beyond 15 in one row', () => {
    const body = renderComment(makeManyJobsReport(200), { key: MAIN })
    assert.equal(count(body, '| sweep-'), 15)
    // 185 × 0.16 kg = 29.6 kg; 185 × 1 kWh
    assert.ok(body.includes('| … 185 more jobs | | | 185 kWh | | | 29.6 kg |'))
  })

  it('fits 20,000 hostile jobs under the limit', () => {
    const report = makeManyJobsReport(20_000, true)
    const body = renderComment(report, { key: MAIN })
    assert.ok(body.length <= GITHUB_COMMENT_LIMIT)
    assert.ok(body.includes('3.20 t CO₂e'))
    assert.ok(body.includes('| **Total** | **30.0 MWh** | **3.20 t** | |'))
  })

  it('drops per-job rows, then assumptions, charts, references, equivalents', () => {
    const report = makeManyJobsReport(40, true)
    const opts = { key: MAIN, history: MIXED_HISTORY }
    const full = renderComment(report, opts)
    let previous = full
    for (let limit = full.length; limit > 1500; limit -= 250) {
      const body = renderComment(report, { ...opts, maxChars: limit })
      assert.ok(body.length <= limit, `${body.length} > ${limit}`)
      assert.ok(body.startsWith('<!-- carbon-gate:main -->\n### ❌ Fail · 6.40 kg CO₂e'))
      assert.ok(body.includes('| **Total** |'), `no totals at ${limit}`)
      const has = {
        rows: body.includes('| Job | Format'),
        assumptions: body.includes('<summary>Assumptions'),
        charts: body.includes('```mermaid'),
        references: body.includes('Share of published totals'),
        equivalents: body.includes('Roughly the same as'),
      }
      assert.ok(!has.rows || has.assumptions, `rows kept but assumptions dropped at ${limit}`)
      assert.ok(!has.assumptions || has.charts, `assumptions kept, charts dropped at ${limit}`)
      assert.ok(!has.charts || has.references, `charts kept, references dropped at ${limit}`)
      assert.ok(
        !has.references || has.equivalents,
        `references kept, equivalents dropped at ${limit}`,
      )
      assert.ok(body.length <= previous.length)
      previous = body
    }
  })

  it('cuts only as a last resort, keeping the verdict', () => {
    const body = renderComment(makeManyJobsReport(40, true), { key: MAIN, maxChars: 400 })
    assert.ok(body.length <= 400)
    assert.ok(body.startsWith('<!-- carbon-gate:main -->\n### ❌ Fail · 6.40 kg CO₂e'))
    assert.ok(body.includes('cut to fit the size limit'))
  })
})
