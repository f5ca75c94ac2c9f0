/**
 * The golden samples (golden-samples.ts) through the whole pipeline, read → gate → render,
 * compared byte for byte with test/golden/<sample>/. A change to a reader, the model or a
 * renderer shows as a diff there. After an intended change:
 * `UPDATE_GOLDEN=1 npm test -- test/report/golden`, then review the diff like code.
 */
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, it } from 'node:test'
import { renderBadge } from '../../src/report/render-badge.js'
import { renderComment } from '../../src/report/render-comment.js'
import { renderMarkdown } from '../../src/report/render-markdown.js'
import { renderText } from '../../src/report/render-text.js'
import type { GateRun } from '../../src/run/run-gate.js'
import { GOLDEN_SAMPLES, type GoldenSample, comparisonOf, runSample } from './golden-samples.js'

const GOLDEN_DIR = resolve(import.meta.dirname, '../golden')
const UPDATE = process.env.UPDATE_GOLDEN === '1'
const RUN_URL = 'https://github.com/acme/ml-training/actions/runs/4242'

function renderAll(sample: GoldenSample, run: GateRun): Record<string, string> {
  const { report } = run
  const comparison = comparisonOf(sample, run)
  const commentOptions = {
    key: sample.key,
    runUrl: RUN_URL,
    history: run.history.points,
    ...(comparison !== undefined ? { comparison } : {}),
  }
  const badge = renderBadge({
    totalKg: report.totals.totalKg,
    verdict: report.verdict,
    ...(run.budgetUsed !== undefined ? { budgetUsed: run.budgetUsed } : {}),
  })
  return {
    'comment.md': renderComment(report, { ...commentOptions, layout: 'compact' }),
    'comment-full.md': renderComment(report, { ...commentOptions, layout: 'full' }),
    'summary.md': renderMarkdown(report),
    'text.txt': renderText(report, { color: false }),
    'badge.svg': badge.svg,
    'badge.json': badge.json,
  }
}

describe('golden outputs, from the pipeline', () => {
  for (const sample of GOLDEN_SAMPLES) {
    describe(sample.id, () => {
      let rendered: Promise<Record<string, string>> | undefined
      const render = () => (rendered ??= runSample(sample).then((run) => renderAll(sample, run)))
      for (const file of [
        'comment.md',
        'comment-full.md',
        'summary.md',
        'text.txt',
        'badge.svg',
        'badge.json',
      ]) {
        it(file, async () => {
          const actual = (await render())[file]!
          const path = join(GOLDEN_DIR, sample.id, file)
          if (UPDATE) {
            mkdirSync(join(GOLDEN_DIR, sample.id), { recursive: true })
            writeFileSync(path, actual)
            return
          }
          assert.ok(
            existsSync(path),
            `${path} missing: run UPDATE_GOLDEN=1 npm test -- test/report/golden`,
          )
          assert.equal(actual, readFileSync(path, 'utf8'))
        })
      }
    })
  }

  it('the hostile sample comes out inert: one marker, no mention, image, link or HTML', async () => {
    const sample = GOLDEN_SAMPLES.find((s) => s.id === 'hostile')!
    const comment = renderAll(sample, await runSample(sample))['comment.md']!
    assert.equal(comment.split('<!--').length - 1, 1)
    for (const raw of ['@octocat', '<img', '<script', '](http://evil', '![x]']) {
      assert.ok(!comment.includes(raw), raw)
    }
  })

  it('the BLOOM sample holds the anchor: 50,532 kg ± 0.5 %', async () => {
    const run = await runSample(GOLDEN_SAMPLES.find((s) => s.id === 'bloom')!)
    assert.ok(Math.abs(run.report.totals.totalKg - 50532) / 50532 < 0.005)
  })
})
