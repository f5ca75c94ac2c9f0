import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { escapeExcerpt, escapeLine, escapeLogLine, hasUnsafeChar } from '../../src/core/escape.js'

describe('escapeLine', () => {
  it('shows every control character and line break as a visible escape', () => {
    assert.equal(escapeLine('a\nb\rc\td'), 'a\\nb\\rc\\td')
    assert.equal(escapeLine('\u001b[31mred\u0007\u0000'), '\\x1b[31mred\\x07\\x00')
    assert.equal(escapeLine('del\u007f nel\u0085 csi\u009b'), 'del\\x7f nel\\x85 csi\\x9b')
    assert.equal(escapeLine('ls\u2028ps\u2029'), 'ls\\u2028ps\\u2029')
    assert.equal(escapeLine('\u202eevil\u2066'), '\\u202eevil\\u2066')
  })

  it('leaves printable text alone, backslashes and Unicode included', () => {
    for (const s of ['C:\\runs\\emissions.csv', 'ÉTÉ 🚀 kg CO₂e', 'a|b', '']) {
      assert.equal(escapeLine(s), s)
      assert.equal(hasUnsafeChar(s), false)
    }
  })
})

describe('escapeLogLine', () => {
  it('keeps the issue’s file name on one line, with no standalone workflow command', () => {
    const name = 'big\n::error title=x::y\n::add-mask::kg\n.csv'
    const line = escapeLogLine(`Reading ${name} (60 MB)…`)
    assert.equal(line, 'Reading big\\n::error title=x::y\\n::add-mask::kg\\n.csv (60 MB)…')
    assert.equal(line.split('\n').length, 1)
  })

  it('escapes the first colon of a line that would start a workflow command', () => {
    assert.equal(escapeLogLine('::add-mask::kg'), '\\x3a:add-mask::kg')
    assert.equal(escapeLogLine('  ::error::x'), '  \\x3a:error::x')
    assert.equal(escapeLogLine('time: 12:00'), 'time: 12:00')
  })
})

describe('escapeExcerpt', () => {
  it('is short and on one line', () => {
    const secret = `GITHUB_TOKEN=ghs_${'x'.repeat(200)}\nHOME=/root`
    const out = escapeExcerpt(secret, 20)
    assert.equal(Array.from(out).length, 20)
    assert.ok(!out.includes('\n'))
    assert.ok(out.endsWith('…'))
  })
})
