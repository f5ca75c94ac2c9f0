/**
 * The compact PR comment as a reviewer sees it. The three-job sample with a baseline (the `mixed`
 * golden sample through the whole pipeline) must say what matters on its first screen: at most 20
 * non-blank lines outside `<details>`, starting with the verdict, naming the head and base
 * commits and the biggest per-job change. Then it is rendered the way GitHub renders it — GFM
 * (marked) with GitHub's stylesheet (github-markdown-css) and mermaid, in headless Chromium, in
 * a 780 px comment column — and must be at most 450 px tall; opened, its trend chart must draw.
 * Skipped, with a message, where there is no Chromium (`apt-get install -y chromium`).
 * `UPDATE_SCREENSHOT=1` writes docs/comment-compact.png (the README shows it).
 */
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { renderComment } from '../../src/report/render-comment.js'
import { makeTempDir } from '../support/temp.js'
import { comparisonOf, GOLDEN_SAMPLES, runSample } from './golden-samples.js'

const ROOT = resolve(import.meta.dirname, '../..')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const HAS_CHROMIUM = existsSync(CHROMIUM)
const SCREENSHOT = join(ROOT, 'docs/comment-compact.png')
/** GitHub's comment column on a pull request's conversation tab, at a common window width. */
const COLUMN_PX = 780
const MAX_HEIGHT_PX = 450
const RUN_URL = 'https://github.com/acme/ml-training/actions/runs/4242'

async function renderMixed(layout: 'compact' | 'full'): Promise<string> {
  const sample = GOLDEN_SAMPLES.find((s) => s.id === 'mixed')!
  const run = await runSample(sample)
  const comparison = comparisonOf(sample, run)
  return renderComment(run.report, {
    key: sample.key,
    layout,
    runUrl: RUN_URL,
    history: run.history.points,
    ...(comparison !== undefined ? { comparison } : {}),
  })
}

/** The lines outside every `<details>` … `</details>` (the opening line counts as outside). */
function outsideDetails(markdown: string): string[] {
  const out: string[] = []
  let depth = 0
  for (const line of markdown.split('\n')) {
    const opens = (line.match(/<details>/g) ?? []).length
    const closes = (line.match(/<\/details>/g) ?? []).length
    if (depth === 0) out.push(line)
    depth += opens - closes
  }
  return out
}

describe('the compact comment of a three-job PR with a baseline', () => {
  it('outside <details>: at most 20 non-blank lines, the verdict first, commits and the biggest change named', async () => {
    const body = await renderMixed('compact')
    const visible = outsideDetails(body).filter(
      (l) => l.trim() !== '' && !l.startsWith('<!-- carbon-gate:'),
    )
    assert.ok(visible.length <= 20, `${visible.length} lines:\n${visible.join('\n')}`)
    // 1.14 kg, with the range of its assumptions
    assert.match(visible[0]!, /^### ❌ Fail · 1\.14\u00A0kg( \([\d.–]+\))?\u00A0CO₂e · /)
    const text = visible.join('\n')
    assert.ok(text.includes('Comparing base `0f1e2d3` → head `9a8b7c6`'), text)
    // zeus-monitor-log: 926 g against 740 g in the base, the biggest of the three changes
    const firstJob = visible.findIndex((l) => l.startsWith('| Biggest change by job'))
    assert.ok(firstJob > 0, text)
    assert.match(
      visible[firstJob + 2]!,
      /^\| zeus-monitor-log \| 926\u00A0g \| 740\u00A0g \| \+186\u00A0g/,
    )
  })
})

const require = createRequire(import.meta.url)

function page(markdownHtml: string): string {
  const css = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8')
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; }
/* A comment body on github.com: 14 px text (the stylesheet's 16 px is for READMEs). */
.markdown-body { box-sizing: border-box; width: ${COLUMN_PX}px; padding: 16px; font-size: 14px; }
</style></head><body><article class="markdown-body" id="comment">${markdownHtml}</article></body></html>`
}

/** GFM as GitHub renders it, with mermaid fences as mermaid blocks. */
async function toHtml(markdown: string): Promise<string> {
  const { Marked } = await import('marked')
  const marked = new Marked({ gfm: true })
  marked.use({
    renderer: {
      code({ text, lang }) {
        if (lang !== 'mermaid') return false
        const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
        return `<pre class="mermaid">${escaped}</pre>`
      },
    },
  })
  return marked.parse(markdown, { async: false })
}

describe('the compact comment in a browser (GFM + mermaid, headless Chromium, 780 px)', () => {
  const skip = HAS_CHROMIUM
    ? false
    : `no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`
  let browser: import('playwright-core').BrowserContext | undefined

  before(async () => {
    if (!HAS_CHROMIUM) return
    const { chromium } = await import('playwright-core')
    // A fresh profile of its own (removed at exit), and no network.
    browser = await chromium.launchPersistentContext(makeTempDir('cg-chromium-'), {
      executablePath: CHROMIUM,
      // Chromium's own scratch files (.org.chromium.Chromium.*) go in a folder removed at exit.
      env: { ...process.env, TMPDIR: makeTempDir('cg-chromium-tmp-') },
      headless: true,
      viewport: { width: COLUMN_PX, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
  })

  after(async () => {
    await browser?.close()
  })

  async function open(markdown: string) {
    const p = await browser!.newPage()
    // Nothing leaves the machine: the page has everything inline.
    await p.route('**/*', (route) => route.abort())
    await p.setContent(page(await toHtml(markdown)))
    await p.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') })
    return p
  }

  it('is at most 450 px tall', { skip }, async (t) => {
    const p = await open(await renderMixed('compact'))
    const box = await p.locator('#comment').boundingBox()
    const height = box?.height ?? Infinity
    t.diagnostic(`compact comment: ${Math.round(height)} px tall at ${COLUMN_PX} px`)
    if (process.env.UPDATE_SCREENSHOT === '1') {
      await p.locator('#comment').screenshot({ path: SCREENSHOT })
    }
    await p.close()
    assert.ok(height <= MAX_HEIGHT_PX, `${Math.round(height)} px tall`)
  })

  it(
    'opened, draws the trend chart (this PR last, the budget line) without a syntax error',
    { skip },
    async () => {
      const p = await open(await renderMixed('compact'))
      await p.locator('details > summary').first().click()
      const result = await p.evaluate(async () => {
        const m = (
          globalThis as unknown as {
            mermaid: { initialize(o: object): void; run(o: object): Promise<void> }
          }
        ).mermaid
        m.initialize({ startOnLoad: false })
        try {
          await m.run({ querySelector: 'pre.mermaid' })
        } catch (e) {
          return { error: String(e) }
        }
        // In the page: `document` is the browser's (this file is type-checked without the DOM).
        const doc = (
          globalThis as unknown as {
            document: {
              querySelector(s: string): {
                textContent: string | null
                querySelectorAll(s: string): { length: number }
              } | null
            }
          }
        ).document
        const svg = doc.querySelector('pre.mermaid svg')
        return {
          error: svg === null ? 'no svg' : '',
          text: svg?.textContent ?? '',
          lines: svg?.querySelectorAll('path').length ?? 0,
        }
      })
      if (process.env.UPDATE_SCREENSHOT === '1') {
        await p.locator('pre.mermaid').screenshot({ path: join(ROOT, 'docs/comment-trend.png') })
      }
      await p.close()
      assert.equal(result.error, '')
      assert.ok(result.text?.includes('PR 9a8b7c6'), result.text)
      assert.ok(!result.text?.includes('Syntax error'), result.text)
      assert.ok((result.lines ?? 0) >= 2)
    },
  )
})
