/**
 * Rendered outputs of the sample reports, compared byte for byte with test/golden/<sample>/.
 * After an intended change: `UPDATE_GOLDEN=1 npm test -- test/report`, then review the diff.
 */
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, it } from 'node:test'
import { asCommentKey } from '../../src/core/comment-key.js'
import { measureTightestUse } from '../../src/model/budgets.js'
import { renderBadge } from '../../src/report/render-badge.js'
import { renderComment } from '../../src/report/render-comment.js'
import { renderMarkdown } from '../../src/report/render-markdown.js'
import { renderText } from '../../src/report/render-text.js'
import { SAMPLES, type Sample } from './sample-reports.js'

const GOLDEN_DIR = resolve(import.meta.dirname, '../golden')
const UPDATE = process.env.UPDATE_GOLDEN === '1'
const RUN_URL = 'https://github.com/acme/ml-training/actions/runs/4242'

function renderAll(sample: Sample): Record<string, string> {
  const { report } = sample
  const used = measureTightestUse(report.budgets)
  const badge = renderBadge({
    totalKg: report.totals.totalKg,
    verdict: report.verdict,
    ...(used !== undefined ? { budgetUsed: used } : {}),
  })
  return {
    'comment.md': renderComment(report, {
      key: asCommentKey(sample.key),
      runUrl: RUN_URL,
      ...(sample.history !== undefined ? { history: sample.history } : {}),
    }),
    'summary.md': renderMarkdown(report),
    'text.txt': renderText(report, { color: false }),
    'badge.svg': badge.svg,
    'badge.json': badge.json,
  }
}

describe('golden outputs', () => {
  for (const sample of SAMPLES) {
    describe(sample.id, () => {
      for (const [file, actual] of Object.entries(renderAll(sample))) {
        it(file, () => {
          const path = join(GOLDEN_DIR, sample.id, file)
          if (UPDATE) {
            mkdirSync(join(GOLDEN_DIR, sample.id), { recursive: true })
            writeFileSync(path, actual)
            return
          }
          assert.ok(
            existsSync(path),
            `${path} missing: run UPDATE_GOLDEN=1 npm test -- test/report`,
          )
          assert.equal(actual, readFileSync(path, 'utf8'))
        })
      }
    })
  }
})
