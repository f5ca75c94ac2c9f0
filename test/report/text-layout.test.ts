import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  displayWidth,
  layoutTable,
  truncateToWidth,
  wrapToWidth,
} from '../../src/report/text-layout.js'
import { renderText } from '../../src/report/render-text.js'
import type { Report } from '../../src/core/types.js'
import { HOSTILE_REPORT, makeManyJobsReport, MIXED_REPORT } from './sample-reports.js'

const ESC = '\u001b'
const widest = (text: string): number => Math.max(...text.split('\n').map((l) => displayWidth(l)))

describe('display width', () => {
  it('counts CJK and emoji as two columns, combining marks as none', () => {
    assert.equal(displayWidth('abc'), 3)
    assert.equal(displayWidth('学習ジョブ'), 10)
    assert.equal(displayWidth('🚀 train'), 8)
    assert.equal(displayWidth('e\u0301'), 1)
    assert.equal(displayWidth(`${ESC}[31mred${ESC}[0m`), 3)
  })

  it('cuts to a width without splitting a character', () => {
    assert.equal(truncateToWidth('学習ジョブ', 5), '学習…')
    assert.equal(truncateToWidth('👩‍👩‍👧 family', 3), '👩‍👩‍👧…')
    assert.equal(truncateToWidth('short', 10), 'short')
  })

  it('wraps prose at spaces, later lines indented', () => {
    assert.deepEqual(wrapToWidth('aaa bbb ccc ddd', 8), ['aaa bbb', '  ccc', '  ddd'])
    assert.deepEqual(wrapToWidth('aaa bbb', undefined), ['aaa bbb'])
  })
})

describe('layoutTable', () => {
  const rows = [
    ['Job', 'Format', 'CO2e'],
    ['学習ジョブ-a', 'codecarbon', '1.00 kg'],
    ['🚀 launch', 'zeus', '20.0 g'],
  ]

  it('aligns by display width', () => {
    const lines = layoutTable(rows, { align: ['l', 'l', 'r'] })
    const ends = lines.map((l) => displayWidth(l))
    assert.equal(new Set(ends).size, 1, lines.join('\n'))
  })

  it('narrows, then drops columns, to fit', () => {
    const spec = { align: ['l', 'l', 'r'] as const, shrink: { column: 0, min: 6 }, drop: [1] }
    const narrow = layoutTable(rows, spec, 28)
    assert.ok(narrow.every((l) => displayWidth(l) <= 28))
    assert.ok(narrow[1]!.includes('codecarbon'))
    const narrower = layoutTable(rows, spec, 16)
    assert.ok(
      narrower.every((l) => displayWidth(l) <= 16),
      narrower.join('\n'),
    )
    assert.ok(!narrower.join('\n').includes('codecarbon'))
    assert.ok(narrower[1]!.endsWith('1.00 kg'))
  })
})

function withNames(names: readonly string[]): Report {
  const base = makeManyJobsReport(names.length)
  return { ...base, jobs: base.jobs.map((j, i) => ({ ...j, name: names[i]! })) }
}

describe('renderText in a terminal of 60 and 80 columns', () => {
  const reports: [string, Report][] = [
    ['mixed', MIXED_REPORT],
    ['hostile', HOSTILE_REPORT],
    ['many', makeManyJobsReport(60, true)],
    ['cjk', withNames(['学習ジョブ・大規模言語モデルの微調整', '🚀🚀 launch-eval', 'plain-name'])],
  ]
  for (const columns of [60, 80]) {
    for (const [name, report] of reports) {
      it(`${name}: no line longer than ${columns} columns, with and without colour`, () => {
        for (const color of [false, true]) {
          const text = renderText(report, { color, columns })
          assert.ok(widest(text) <= columns, `${widest(text)} columns:\n${text}`)
        }
      })
    }
  }

  it('keeps CJK and emoji job names aligned with the others', () => {
    const text = renderText(withNames(['学習ジョブ', '🚀 eval', 'plain']), {
      color: false,
      columns: 80,
    })
    const rows = text.split('\n').filter((l) => /\d g$|\d kg$/.test(l) && l.startsWith('  '))
    const jobRows = rows.filter((l) => /学習|🚀|plain/.test(l))
    assert.equal(jobRows.length, 3, text)
    assert.equal(new Set(jobRows.map((l) => displayWidth(l))).size, 1, jobRows.join('\n'))
  })

  it('is unchanged without a width (files, pipes)', () => {
    const text = renderText(MIXED_REPORT, { color: false })
    assert.ok(widest(text) > 80)
  })
})
