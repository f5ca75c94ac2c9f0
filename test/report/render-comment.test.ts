import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { renderUsageBar } from '../../src/report/comment-sections.js'
import { asCommentKey, commentMarker } from '../../src/core/comment-key.js'
import { GITHUB_COMMENT_LIMIT, renderComment } from '../../src/report/render-comment.js'
import { listJobChanges } from '../../src/report/comment-input.js'
import {
  BLOOM_REPORT,
  FIRST_RUN_REPORT,
  HOSTILE_REPORT,
  makeManyJobsReport,
  MIXED_HISTORY,
  MIXED_REPORT,
} from './sample-reports.js'

const MAIN = asCommentKey('main')
const NBSP = '\u00A0'

function count(text: string, needle: string): number {
  return text.split(needle).length - 1
}

/** The text with no-break spaces as plain ones, to compare with readable literals. */
function plain(text: string): string {
  return text.replaceAll(NBSP, ' ')
}

/** The comment with both layouts' text plain. */
function render(...args: Parameters<typeof renderComment>): string {
  return plain(renderComment(...args))
}

/** What shows before the first `<details>`. */
function firstScreen(body: string): string {
  const at = body.indexOf('<details>')
  return at < 0 ? body : body.slice(0, at)
}

const MIXED_COMPARISON = {
  commits: {
    baseSha: '0f1e2d3c4b5a69788796a5b4c3d2e1f0deadbeef',
    headSha: 'FEEDFACE00112233445566778899aabbccddeeff',
  },
  baseItEnergyKWh: 55,
  jobs: listJobChanges(MIXED_REPORT.jobs, [
    { key: 'finetune-llm', totalKg: 9.5 },
    { key: 'train-resnet50', totalKg: 7 },
    { key: 'eval-sweep', totalKg: 1 },
    { key: 'old-job', totalKg: 0.4 },
  ]),
}

describe('renderComment: compact (default)', () => {
  const body = render(MIXED_REPORT, {
    key: MAIN,
    comparison: MIXED_COMPARISON,
    history: MIXED_HISTORY,
  })

  it('starts with the marker and a verdict line naming the deciding budget', () => {
    const [first, second] = body.split('\n')
    assert.equal(first, '<!-- carbon-gate:main -->')
    assert.equal(second, '### ❌ Fail · 21.0 kg CO₂e · over the 15.0 kg run budget (140 %)')
  })

  it('one table: this PR, base, change (CO₂e and kWh), limit, for the total and each budget', () => {
    const screen = firstScreen(body)
    assert.ok(screen.includes('| | This PR | Base `0f1e2d3` | Change | Limit |'))
    // 21.0009 - 17.5 = 3.50 kg; IT energy 60.54 - 55 kWh = +5.54 kWh
    assert.ok(
      screen.includes(
        '| **Total CO₂e** | **21.0 kg** | 17.5 kg | +3.50 kg (+20.0 %) · +5.54 kWh | ❌ 15.0 kg (140 %) |',
      ),
      screen,
    )
    assert.ok(screen.includes('| Increase vs. baseline | +20.0 % | – | – | ⚠️ +10.0 % (200 %) |'))
  })

  it('lists the jobs that changed most, biggest first, with new and gone jobs', () => {
    const screen = firstScreen(body)
    const rows = screen.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| |'))
    const names = rows.map((r) => r.split(' | ')[0]!.slice(2))
    assert.deepEqual(names.slice(0, 2), ['**Total CO₂e**', 'Increase vs. baseline'])
    assert.equal(names[2], 'Biggest change by job')
    const changed = names.slice(3)
    assert.equal(changed.length, 4)
    assert.ok(screen.includes('| old-job | gone | 400 g | -400 g (gone) |'))
  })

  it('names the base and head commits', () => {
    assert.ok(firstScreen(body).includes('Comparing base `0f1e2d3` → head `feedfac`'))
  })

  it('puts everything else in one <details>: trend, jobs, lifecycle, budgets, context, notes', () => {
    const details = body.slice(body.indexOf('<details>'))
    assert.equal(count(body, '<details>'), 1)
    for (const part of [
      'xychart-beta',
      '| Job | Format',
      '| Lifecycle part |',
      '| Budget | Limit |',
      'Roughly the same as',
      'Share of published totals',
      '**⚠️ 2 warnings**',
      '**Assumptions (6)**',
    ]) {
      assert.ok(details.includes(part), part)
    }
    assert.ok(body.trimEnd().endsWith('</details>'))
  })

  it('keeps footnotes in the section that cites them, and draws no pie', () => {
    assert.ok(!body.includes('[^'))
    assert.ok(!body.includes('pie'))
    const equivalents = body.slice(body.indexOf('**Roughly the same as**'))
    const nextSection = equivalents.indexOf('**Share of published totals**')
    assert.ok(equivalents.slice(0, nextSection).includes('<sub>1. '))
  })

  it('keeps values and units together with a no-break space', () => {
    const raw = renderComment(MIXED_REPORT, { key: MAIN })
    assert.ok(raw.includes(`21.0${NBSP}kg${NBSP}CO₂e`))
    assert.ok(raw.includes(`140${NBSP}%`))
    // Sources quote their own text: only our figures are checked.
    const ours = raw
      .split('\n')
      .filter((l) => !l.startsWith('<sub>'))
      .join('\n')
    assert.ok(!/\d (mg|g|kg|t|Wh|kWh|MWh|%)(?![\w/])/.test(ours), 'a plain space before a unit')
  })

  it('without per-job baselines, shows the largest jobs instead', () => {
    const screen = firstScreen(render(MIXED_REPORT, { key: MAIN }))
    assert.ok(screen.includes('| Largest jobs | This PR | Share |'))
  })

  it('first adoption: "no baseline yet" and why, on the first screen', () => {
    const first = firstScreen(render(FIRST_RUN_REPORT, { key: MAIN }))
    assert.ok(first.includes('No baseline yet: nothing recorded to compare with (first adoption)'))
    const noted = render(FIRST_RUN_REPORT, {
      key: MAIN,
      baselineNote: 'No ledger on @octocat/carbon-ledger yet.',
    })
    assert.ok(noted.includes(`No baseline yet: No ledger on @\u200Boctocat/carbon-ledger yet.`))
  })

  it('hides equivalents that round to nothing (a 12 g job is not "0.000015 flights")', () => {
    const small = render(FIRST_RUN_REPORT, { key: MAIN })
    assert.ok(!small.includes('flights'))
    assert.ok(render(BLOOM_REPORT, { key: MAIN }).includes('flights**<sup>2</sup>'))
  })
})

describe('renderComment: full', () => {
  const body = render(MIXED_REPORT, {
    key: MAIN,
    layout: 'full',
    comparison: MIXED_COMPARISON,
    history: MIXED_HISTORY,
  })

  it('states the whole reason in the verdict line', () => {
    assert.equal(
      body.split('\n')[1],
      '### ❌ Fail · 21.0 kg CO₂e · over the 15.0 kg run budget (140 %); ' +
        '+20.0 % vs. the baseline, over the +10.0 % limit',
    )
  })

  it('shows the lifecycle split and the energy', () => {
    const bloom = render(BLOOM_REPORT, { key: MAIN, layout: 'full' })
    // 433,196 × 0.057 = 24,692 kg; 256,646 × 0.057 = 14,629 kg; embodied 11,211 kg
    assert.ok(bloom.includes('| Operational: IT hardware | 433 MWh | 24.7 t | 48.9 % |'))
    assert.ok(
      bloom.includes('| Operational: facility overhead (idle) | 257 MWh | 14.6 t | 28.9 % |'),
    )
    assert.ok(bloom.includes('| Embodied hardware (amortised) | – | 11.2 t | 22.2 % |'))
    assert.ok(bloom.includes('| **Total** | **690 MWh** | **50.5 t** | |'))
  })

  it('keeps today’s sections, in the compact order, the notes collapsed', () => {
    const order = [
      '### ❌ Fail',
      '| | This PR |',
      'Biggest change by job',
      'Comparing base',
      'xychart-beta',
      '| Job | Format',
      '| Lifecycle part |',
      '| Budget | Limit |',
      '**Change vs. baseline (`0f1e2d3`):** 📈 +3.50 kg (+20.0 %)',
      'Roughly the same as',
      'Share of published totals',
      '<summary>⚠️ 2 warnings</summary>',
      '<summary>Assumptions (6)</summary>',
    ].map((s) => body.indexOf(s))
    assert.ok(!order.includes(-1), String(order))
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      order,
    )
  })

  it('lists jobs largest first', () => {
    const order = ['finetune-llm', 'train-resnet50', 'eval-sweep'].map((n) =>
      body.indexOf(`| ${n}<br>`),
    )
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      order,
    )
  })
})

describe('renderUsageBar', () => {
  it('one cell per 10 % up to the limit; over it, a mark at the limit', () => {
    assert.equal(plain(renderUsageBar(0.52)), '▓▓▓▓▓░░░░░ 52 %')
    assert.equal(plain(renderUsageBar(0)), '░░░░░░░░░░ 0 %')
    assert.equal(plain(renderUsageBar(1)), '▓▓▓▓▓▓▓▓▓▓ 100 %')
    assert.equal(plain(renderUsageBar(1.4)), '▓▓▓▓▓▓▓┃▓▓▓ 140 %')
    assert.equal(plain(renderUsageBar(2)), '▓▓▓▓▓┃▓▓▓▓▓ 200 %')
    assert.notEqual(renderUsageBar(1.4), renderUsageBar(2))
    const bloom = render(BLOOM_REPORT, { key: MAIN })
    // 50,532 / 60,000 = 84 %; 101,065 / 200,000 = 51 %
    assert.ok(bloom.includes('| Per run | 60.0 t | 50.5 t | ▓▓▓▓▓▓▓▓░░ 84 % | ✅ within |'))
    assert.ok(bloom.includes('▓▓▓▓▓░░░░░ 51 %'))
  })
})

describe('renderComment: the trend chart', () => {
  it('this series and this PR, y from 0, the budget as a line; none under 3 points', () => {
    const none = render(MIXED_REPORT, { key: MAIN, history: MIXED_HISTORY.slice(0, 1) })
    assert.ok(!none.includes('xychart-beta'))
    assert.ok(!none.includes('```mermaid'))
    const three = render(MIXED_REPORT, { key: MAIN, history: MIXED_HISTORY.slice(0, 2) })
    assert.ok(three.includes('xychart-beta'))
    const body = render(MIXED_REPORT, {
      key: MAIN,
      history: MIXED_HISTORY,
      comparison: { commits: { headSha: 'abcdef0123456789' } },
    })
    assert.ok(body.includes('x-axis ["1111111", "2222222", "3333333", "0f1e2d3", "PR abcdef0"]'))
    assert.ok(body.includes('y-axis "kg CO₂e" 0 --> 25'))
    assert.ok(body.includes('line [15.2, 16.8, 17.1, 17.5, 21]'))
    assert.ok(body.includes('line [15, 15, 15, 15, 15]'))
    assert.ok(body.includes('plotColorPalette'))
  })

  it('at most 30 points, this PR the last', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      sha: 'abcdef0'.slice(0, 6) + String(i % 10),
      date: '2026-10-01',
      totalKg: i,
    }))
    const body = render(MIXED_REPORT, { key: MAIN, history: many })
    assert.ok(body.includes('line [11, 12,'))
    assert.ok(body.includes(', 39, 21]'))
    assert.ok(body.includes('last 30 runs'))
  })
})

describe('renderComment: links', () => {
  it('links the run only when the URL is a plain http(s) URL', () => {
    const ok = render(FIRST_RUN_REPORT, {
      key: MAIN,
      runUrl: 'https://github.com/acme/ml/actions/runs/42',
    })
    assert.ok(ok.includes('[workflow run](https://github.com/acme/ml/actions/runs/42)'))
    const bad = render(FIRST_RUN_REPORT, { key: MAIN, runUrl: 'javascript:alert(1)' })
    assert.ok(!bad.includes('](javascript'))
  })
})

describe('renderComment: hostile text', () => {
  const hostileJobs = listJobChanges(HOSTILE_REPORT.jobs, [
    { key: '@octocat <img src=x> [x](http://evil) <!-- carbon-gate:main -->', totalKg: 1 },
  ])
  for (const layout of ['compact', 'full'] as const) {
    const body = renderComment(HOSTILE_REPORT, {
      key: MAIN,
      layout,
      comparison: { jobs: hostileJobs, commits: { headSha: '<img src=x>', baseSha: '@octocat' } },
    })

    it(`${layout}: keeps exactly one marker; a key that could break it never reaches it`, () => {
      assert.equal(count(body, '<!--'), 1)
      assert.ok(body.startsWith('<!-- carbon-gate:main -->\n'))
      assert.throws(() => asCommentKey('main --><img src=x>'), /not a comment key/)
      assert.throws(() => commentMarker('main --><img src=x>' as typeof MAIN), /not a comment key/)
    })

    it(`${layout}: lets no mention, image, link or HTML through`, () => {
      assert.ok(!body.includes('@octocat'))
      assert.ok(!body.includes('@github'))
      assert.ok(!body.includes('<img'))
      assert.ok(!body.includes('<script'))
      assert.ok(!body.includes('<https'))
      assert.ok(!body.includes('](http://'))
      assert.ok(!body.includes('![x]'))
      assert.ok(!/\]\((?!https:\/\/(www\.epa\.gov|www\.gov\.uk|arxiv\.org)\/)/.test(body))
    })

    it(`${layout}: keeps the tables intact`, () => {
      const rows = body.split('\n').filter((l) => l.startsWith('| '))
      for (const row of rows) {
        const cells = row.replace(/\\\|/g, '').split('|').length - 2
        assert.ok([3, 4, 5, 7].includes(cells), `broken row (${cells} cells): ${row}`)
      }
    })
  }
})

describe('renderComment: size', () => {
  it('fits 200 jobs under 65,536 characters with verdict and totals', () => {
    const report = makeManyJobsReport(200, true)
    const body = render(report, { key: MAIN })
    assert.ok(body.length < GITHUB_COMMENT_LIMIT, `${body.length} characters`)
    assert.ok(body.includes('### ❌ Fail · 32.0 kg CO₂e'))
    assert.ok(body.includes('| **Total CO₂e** | **32.0 kg** |'))
    assert.equal(count(body, '<!--'), 1)
  })

  it('summarises the jobs beyond 15 in one row', () => {
    const body = render(makeManyJobsReport(200), { key: MAIN })
    assert.equal(count(body, '| sweep-'), 15 + 3)
    // 185 × 0.16 kg = 29.6 kg; 185 × 1 kWh
    assert.ok(body.includes('| … 185 more jobs | | | 185 kWh | | | 29.6 kg |'))
  })

  it('fits 20,000 hostile jobs under the limit', () => {
    const report = makeManyJobsReport(20_000, true)
    const body = render(report, { key: MAIN })
    assert.ok(body.length <= GITHUB_COMMENT_LIMIT)
    assert.ok(body.includes('3.20 t CO₂e'))
    assert.ok(body.includes('| **Total** | **30.0 MWh** | **3.20 t** | |'))
  })

  for (const layout of ['compact', 'full'] as const) {
    it(`${layout}: drops per-job rows, then assumptions, charts, references, equivalents`, () => {
      const report = makeManyJobsReport(40, true)
      const opts = { key: MAIN, layout, history: MIXED_HISTORY }
      const full = render(report, opts)
      let previous = full
      for (let limit = full.length; limit > 1500; limit -= 250) {
        const body = render(report, { ...opts, maxChars: limit })
        assert.ok(body.length <= limit, `${body.length} > ${limit}`)
        assert.ok(body.startsWith('<!-- carbon-gate:main -->\n### ❌ Fail · 6.40 kg CO₂e'))
        assert.ok(body.includes('| **Total CO₂e** |'), `no totals at ${limit}`)
        const has = {
          rows: body.includes('| Job | Format'),
          assumptions: body.includes('Assumptions ('),
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
  }

  it('cuts only as a last resort, keeping the verdict', () => {
    const body = render(makeManyJobsReport(40, true), { key: MAIN, maxChars: 400 })
    assert.ok(body.length <= 400)
    assert.ok(body.startsWith('<!-- carbon-gate:main -->\n### ❌ Fail · 6.40 kg CO₂e'))
    assert.ok(body.includes('cut to fit the size limit'))
  })
})
