import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { displayWidth } from '../../src/core/display-width.js'
import { createProgress, formatProgressLine } from '../../src/platform/progress.js'

const MB = 1024 * 1024

describe('formatProgressLine', () => {
  it('fits columns - 1, narrowing the bar, then cutting the path from its start', () => {
    const paths = [
      'runs/a.csv',
      'runs/very/deep/directory/structure/with/a/long/name/nvidia-smi-power-log.csv',
      'ラン/学習ジョブ/大規模言語モデル/電力ログ.csv',
    ]
    for (const columns of [20, 40, 60, 80, 200]) {
      for (const path of paths) {
        const line = formatProgressLine(path, 120 * MB, 300 * MB, columns)
        assert.ok(displayWidth(line) <= columns - 1, `${displayWidth(line)} at ${columns}: ${line}`)
        assert.ok(line.includes('40 %'), line)
      }
    }
    const wide = formatProgressLine('runs/a.csv', 300 * MB, 300 * MB, 80)
    assert.ok(wide.startsWith('█'.repeat(30)))
    assert.ok(wide.endsWith('300/300 MB  runs/a.csv'))
    const cut = formatProgressLine(paths[1]!, 0, 300 * MB, 60)
    assert.ok(cut.endsWith('nvidia-smi-power-log.csv'), cut)
    assert.ok(cut.includes('…'))
  })
})

describe('createProgress', () => {
  function terminal(columns: number | undefined) {
    let out = ''
    return {
      stream: { write: (t: string) => (out += t), isTTY: true, columns },
      text: () => out,
    }
  }

  it('draws large files only, redrawn in place within the width, and clears at the end', () => {
    const t = terminal(60)
    const p = createProgress(t.stream, {})
    p.file('small.csv', 10 * MB)
    p.update(5 * MB)
    assert.equal(t.text(), '')
    p.file('runs/学習ジョブ/big-power-log.csv', 200 * MB)
    for (let b = 0; b <= 200; b += 20) p.update(b * MB)
    const draws = t
      .text()
      .split('\r\x1b[2K')
      .filter((d) => d !== '')
    assert.equal(draws.length, 11)
    for (const d of draws) assert.ok(displayWidth(d) <= 59, d)
    p.done()
    assert.ok(t.text().endsWith('\r\x1b[2K'))
  })

  it('stays silent on CI, a dumb terminal or a pipe', () => {
    for (const [env, isTTY] of [
      [{ CI: 'true' }, true],
      [{ TERM: 'dumb' }, true],
      [{}, false],
    ] as const) {
      let out = ''
      const p = createProgress({ write: (t: string) => (out += t), isTTY }, env)
      p.file('big.csv', 200 * MB)
      p.update(100 * MB)
      assert.equal(out, '')
    }
  })
})
