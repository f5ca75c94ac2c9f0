/**
 * Property: no renderer, and no shell channel (the action's log, annotations, outputs, failure
 * line; the CLI's stderr), carries a raw control character or a line break that came from input.
 * Every string of a report (names, GPU models, paths, warnings, errors, assumptions, labels) is
 * replaced by text mixed from random Unicode, control characters, line breaks and workflow
 * commands that follow a line break (`\n::error::…`); each output is then checked:
 * - no C0/C1 control, DEL, U+2028/U+2029 or bidi override other than the renderer's own `\n`
 *   (and, in coloured text, its own SGR sequences);
 * - no line (after table and list punctuation) starts with text that followed a line break in
 *   the input, so no `::error::` or `::add-mask::` line can be forged.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { escapeLine, escapeLogLine } from '../../src/core/escape.js'
import { asCommentKey } from '../../src/core/comment-key.js'
import type { Report } from '../../src/core/types.js'
import { escapedLog, escapedOutput } from '../../src/action/log.js'
import type { ActionLog } from '../../src/action/action-io.js'
import { renderCodeQuality } from '../../src/report/render-code-quality.js'
import { renderComment } from '../../src/report/render-comment.js'
import { renderJson } from '../../src/report/render-json.js'
import { renderJunit } from '../../src/report/render-junit.js'
import { renderMarkdown } from '../../src/report/render-markdown.js'
import { renderText } from '../../src/report/render-text.js'
import { BLOOM_REPORT, HOSTILE_REPORT, MIXED_REPORT } from './sample-reports.js'

/** A token that only ever follows a line break in the generated input. */
const AFTER_BREAK = 'ZQXLINE'
const BREAKS = ['\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085', '\v', '\f', '\u001b', '\u0000']
const COMMANDS = ['::error title=x::y', '::add-mask::kg', '::stop-commands::t', '::warning::w']

// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/
const AFTER_BREAK_LINE = new RegExp(`^[\\s|>*\\-+#\\\\\`]*${AFTER_BREAK}`)
/** The runner reads a workflow command from a line that starts with `::` (after white space). */
const COMMAND_LINE = /^\s*::/

/** Keys whose values are enums the renderers switch on: kept valid. */
const ENUM_KEYS = new Set([
  'verdict',
  'format',
  'kind',
  'unit',
  'overheadMode',
  'intensitySource',
  'action',
  'id',
])

const fragment = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  // After a letter: a break at the very start is white space that is trimmed, not carried.
  fc.constantFrom(...BREAKS).map((b) => `q${b}${AFTER_BREAK}`),
  fc.tuple(fc.constantFrom(...BREAKS), fc.constantFrom(...COMMANDS)).map(([b, c]) => `${b}${c}`),
  fc.constantFrom('@octocat', '<!-- carbon-gate:main -->', '\u001b[31mred', '|', '\u202e'),
)
const hostileText = fc.array(fragment, { minLength: 1, maxLength: 6 }).map((p) => p.join(''))

/** `report` with every string (but the enum fields) replaced by the next generated text. */
function hostile(report: Report, texts: readonly string[]): Report {
  let i = 0
  const next = (): string => texts[i++ % texts.length]!
  const walk = (value: unknown, key: string | undefined): unknown => {
    if (typeof value === 'string') return key !== undefined && ENUM_KEYS.has(key) ? value : next()
    if (Array.isArray(value)) return value.map((v) => walk(v, undefined))
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]))
    }
    return value
  }
  const out = walk(report, undefined) as Report
  // Warnings and errors are strings in arrays: replace them too.
  return {
    ...out,
    warnings: report.warnings.map(next),
    errors: [next(), ...report.errors.map(next)],
  }
}

function problems(channel: string, output: string, allowSgr = false): string[] {
  // eslint-disable-next-line no-control-regex
  const text = allowSgr ? output.replace(/\u001b\[[0-9;]*[mK]/g, '') : output
  const found: string[] = []
  const raw = RAW.exec(text)
  if (raw) found.push(`${channel}: raw U+${raw[0].charCodeAt(0).toString(16)} at ${raw.index}`)
  for (const line of text.split('\n')) {
    if (AFTER_BREAK_LINE.test(line)) found.push(`${channel}: a line starts with input: ${line}`)
    if (COMMAND_LINE.test(line)) found.push(`${channel}: a workflow command line: ${line}`)
  }
  return found
}

function renderAll(report: Report): [string, string, boolean?][] {
  return [
    ['text', renderText(report, { color: false })],
    ['text (colour)', renderText(report, { color: true }), true],
    ['markdown (job summary)', renderMarkdown(report)],
    [
      'comment',
      renderComment(report, {
        key: asCommentKey('main'),
        baselineNote: report.jobs[0]?.name ?? '',
      }),
    ],
    ['junit', renderJunit(report)],
    ['code-quality', renderCodeQuality(report)],
    ['json', renderJson(report)],
  ]
}

/** The action's log channels as a runner would see them: one line per call. */
function recordingLog(): { log: ActionLog; lines: string[] } {
  const lines: string[] = []
  const log: ActionLog = {
    info: (m) => lines.push(m),
    warning: (m, at) => lines.push(`${m} ${at?.file ?? ''}`),
    error: (m) => lines.push(m),
    debug: (m) => lines.push(m),
  }
  return { log, lines }
}

describe('no output channel carries a raw control character or line break from input', () => {
  it('every renderer, over reports whose every string is hostile', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(BLOOM_REPORT, MIXED_REPORT, HOSTILE_REPORT),
        fc.array(hostileText, { minLength: 1, maxLength: 20 }),
        (base, texts) => {
          const report = hostile(base, texts)
          const found = renderAll(report).flatMap(([channel, out, sgr]) =>
            problems(channel, out, sgr),
          )
          assert.deepEqual(found, [])
        },
      ),
      { numRuns: 150, seed: 12 },
    )
  })

  it('the action log, annotations, outputs and the CLI error line', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (a, b) => {
        const { log, lines } = recordingLog()
        const safe = escapedLog(log)
        safe.info(`Reading ${a} (60 MB)…`)
        safe.warning(a, { file: b, line: 3 })
        safe.error(`carbon-gate: error: ${a}: ${b}`)
        safe.debug(b)
        safe.info(a)
        lines.push(escapedOutput(a), escapeLogLine(`carbon-gate: error: ${b}`), escapeLine(a))
        for (const line of lines) {
          assert.deepEqual(problems('log', line), [])
          assert.ok(!line.includes('\n'), line)
        }
      }),
      { numRuns: 300, seed: 7 },
    )
  })

  it('the file name from the issue cannot make a standalone ::error or ::add-mask:: line', () => {
    const name = 'big\n::error title=x::y\n::add-mask::kg\n.csv'
    const { log, lines } = recordingLog()
    escapedLog(log).info(`Reading ${name} (60 MB)…`)
    escapedLog(log).info(name.slice(4))
    assert.deepEqual(lines, [
      'Reading big\\n::error title=x::y\\n::add-mask::kg\\n.csv (60 MB)…',
      '\\x3a:error title=x::y\\n::add-mask::kg\\n.csv',
    ])
  })
})
