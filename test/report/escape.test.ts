import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import {
  escapeMarkdownText,
  escapeXml,
  MAX_TEXT_LENGTH,
  sanitizeText,
} from '../../src/report/escape.js'
import { HOSTILE_STRINGS } from './sample-reports.js'

const ZWSP = '\u200B'

/** Characters that must never appear unescaped (not right after an escaping backslash). */
const MUST_ESCAPE = new Set(['[', ']', '(', ')', '!', '|', '`', '*', '_', '#', '$', '~'])

function findUnescaped(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '\\') {
      i++
      continue
    }
    if (MUST_ESCAPE.has(c)) return `${c} at ${i}`
  }
  return undefined
}

function assertInert(out: string): void {
  assert.doesNotMatch(out, /@[A-Za-z0-9]/, `a mention survives: ${out}`)
  assert.doesNotMatch(out, /[<>\n\r]/, `raw HTML or a newline survives: ${out}`)
  assert.ok(!out.includes(']('), `a link survives: ${out}`)
  assert.ok(!out.includes('<!--'), `a comment marker survives: ${out}`)
  assert.ok(!/https?:\/\//i.test(out), `an autolink survives: ${out}`)
  assert.ok(!/www\./i.test(out), `a www autolink survives: ${out}`)
  assert.ok(!/#\d/.test(out), `an issue reference survives: ${out}`)
  assert.equal(findUnescaped(out), undefined, `unescaped Markdown in: ${out}`)
  // eslint-disable-next-line no-control-regex
  assert.doesNotMatch(out, /[\u0000-\u001f\u007f\u202a-\u202e]/)
}

describe('escapeMarkdownText', () => {
  it('makes every hostile string inert', () => {
    for (const hostile of HOSTILE_STRINGS) assertInert(escapeMarkdownText(hostile))
  })

  it('breaks mentions, references and autolinks with a zero-width space', () => {
    assert.equal(escapeMarkdownText('@octocat'), `@${ZWSP}octocat`)
    assert.equal(escapeMarkdownText('see #123'), `see \\#${ZWSP}123`)
    assert.equal(escapeMarkdownText('GH-45'), `GH${ZWSP}-45`)
    assert.equal(escapeMarkdownText('http://x.io'), `http:${ZWSP}//x.io`)
    assert.equal(escapeMarkdownText('www.x.io'), `www${ZWSP}.x.io`)
  })

  it('escapes links, images, HTML, tables and the marker', () => {
    assert.equal(escapeMarkdownText('![x](y)'), '\\!\\[x\\]\\(y\\)')
    assert.equal(escapeMarkdownText('<img src=x>'), '&lt;img src=x&gt;')
    assert.equal(escapeMarkdownText('a|b'), 'a\\|b')
    assert.equal(
      escapeMarkdownText('<!-- carbon-gate:main -->'),
      '&lt;\\!-- carbon-gate:main --&gt;',
    )
    assert.equal(escapeMarkdownText('&lt;b&gt;'), '&amp;lt;b&amp;gt;')
    assert.equal(escapeMarkdownText('say "hi"'), 'say &quot;hi&quot;')
  })

  it('keeps plain names readable', () => {
    assert.equal(escapeMarkdownText('bloom-176b-training'), 'bloom-176b-training')
    assert.equal(escapeMarkdownText('runs/a/emissions.csv:12'), 'runs/a/emissions.csv:12')
    assert.equal(escapeMarkdownText('A100 80GB'), 'A100 80GB')
  })

  it('escapes line-start markers that would become lists or headings', () => {
    assert.equal(escapeMarkdownText('- item'), '\\- item')
    assert.equal(escapeMarkdownText('+ item'), '\\+ item')
    assert.equal(escapeMarkdownText('12. item'), '12\\. item')
    assert.equal(escapeMarkdownText('# title'), '\\# title')
  })

  it('shows line breaks as visible escapes on one line and caps the length', () => {
    // `a\n\n b\r\nc\td` as text: the backslashes are Markdown-escaped so they show.
    assert.equal(escapeMarkdownText('a\n\n b\r\nc\td'), 'a\\\\n\\\\n b\\\\r\\\\nc\\\\td')
    const long = escapeMarkdownText('x'.repeat(500))
    assert.equal(Array.from(long).length, MAX_TEXT_LENGTH)
    assert.ok(long.endsWith('…'))
    assert.equal(escapeMarkdownText('y'.repeat(50), 10), `${'y'.repeat(9)}…`)
  })

  it('accepts non-strings from a report read back from JSON', () => {
    assert.equal(escapeMarkdownText(undefined), 'undefined')
    assert.equal(escapeMarkdownText(42), '42')
  })

  it('leaves nothing active for any input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        assertInert(escapeMarkdownText(s))
      }),
      { numRuns: 500 },
    )
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...HOSTILE_STRINGS, '@', '<', '!', '[', ']', '(', '\n', '|', ' ')),
        (parts) => {
          assertInert(escapeMarkdownText(parts.join('')))
        },
      ),
      { numRuns: 500 },
    )
  })
})

describe('sanitizeText (terminal)', () => {
  it('shows escape sequences, controls and bidi overrides as visible escapes', () => {
    assert.equal(sanitizeText('\u001b[31mred\u001b[0m'), '\\x1b[31mred\\x1b[0m')
    assert.equal(sanitizeText('\u202eevil\u2066'), '\\u202eevil\\u2066')
    assert.equal(sanitizeText('  a \n b  '), 'a \\n b')
    assert.equal(
      sanitizeText('bell\u0007 nul\u0000 del\u007f nel\u0085'),
      'bell\\x07 nul\\x00 del\\x7f nel\\x85',
    )
  })

  it('never starts with a workflow command', () => {
    assert.equal(sanitizeText('::error title=x::y'), '\\x3a:error title=x::y')
    assert.equal(sanitizeText('\n::add-mask::kg'), '\\x3a:add-mask::kg')
  })
})

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    assert.equal(
      escapeXml(`<a href="x">'&'</a>`),
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    )
  })
})
