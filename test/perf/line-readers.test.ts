/**
 * The line and cell helpers the fast paths rest on, against the plain versions they replace:
 * forEachLine, forEachRow and readLines against readLines as it was (one streaming TextDecoder);
 * the WebAssembly separator index against the JavaScript one; splitCsvLine against the
 * character-by-character split; textCell, parseTimestamp and parseDecimal against their
 * definitions. Inputs are generated with fixed seeds.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { createJsSeparatorIndex, separatorIndex } from '../../src/ingest/shared/csv-index.js'
import {
  isNullCell,
  parseDecimal,
  splitCsvLine,
  splitCsvLineByChar,
  textCell,
} from '../../src/ingest/shared/csv.js'
import { decodeLine, forEachLine, forEachRow, readLines } from '../../src/ingest/shared/lines.js'
import { parseTimestamp } from '../../src/ingest/shared/time.js'
import { memoryInput } from '../support/memory-input.js'
import { createRandom, referenceLines } from './support.js'

const COMMA = 0x2c
const QUOTE = 0x22

/** Bytes that make lines interesting: separators, quotes, ends, BOM parts, bad UTF-8. */
const PIECES: readonly number[][] = [
  [0x0a],
  [0x0d, 0x0a],
  [0x0d],
  [COMMA],
  [QUOTE],
  [0x20],
  [0x61],
  [0x31, 0x32],
  [0xef, 0xbb, 0xbf], // U+FEFF
  [0xc3, 0xa9], // é
  [0xe2, 0x82], // a sequence cut short
  [0x9f], // a lone continuation byte
  [0xf0, 0x9f, 0x94, 0x8b], // 🔋
]

const bytesArb = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 300 })
  .map((parts) => Uint8Array.from(parts.flat()))

const chunkArb = fc.constantFrom(1, 2, 3, 5, 7, 64, 4096)

async function linesOf(bytes: Uint8Array, chunkSize: number) {
  const out: { text: string; no: number }[] = []
  await forEachLine(memoryInput('x', bytes, { chunkSize }).chunks(), (text, no) => {
    out.push({ text, no })
  })
  return out
}

interface RowSeen {
  readonly text: string
  readonly no: number
  readonly seps: readonly number[] | -1
}

async function rowsOf(bytes: Uint8Array, chunkSize: number, js = false): Promise<RowSeen[]> {
  const out: RowSeen[] = []
  await forEachRow(
    memoryInput('x', bytes, { chunkSize }).chunks(),
    COMMA,
    QUOTE,
    (b, _view, start, end, seps, at, count, no) => {
      const list = count < 0 ? -1 : Array.from(seps.subarray(at, at + count), (s) => s - start)
      out.push({ text: decodeLine(b, start, end), no, seps: list })
    },
    undefined,
    js ? createJsSeparatorIndex() : separatorIndex(),
  )
  return out
}

/**
 * What forEachRow must give for each line: the offsets of its commas in its bytes (-1 when it
 * holds a quote), from the raw bytes (line 1 without up to two BOMs, each line without `\r`).
 */
function expectedSeps(bytes: Uint8Array): (readonly number[] | -1)[] {
  const out: (readonly number[] | -1)[] = []
  const parts: Uint8Array[] = []
  let start = 0
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      parts.push(bytes.subarray(start, i))
      start = i + 1
    }
  }
  const last = parts.length - 1
  parts.forEach((raw, k) => {
    let line = raw
    const bom = (b: Uint8Array): boolean => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf
    if (k === 0 && bom(line)) line = line.subarray(3)
    if (k === 0 && bom(line)) line = line.subarray(3)
    if (k === last && line.length === 0) return // no line after the last `\n`
    if (line[line.length - 1] === 0x0d) line = line.subarray(0, -1)
    if (line.includes(QUOTE)) out.push(-1)
    else out.push([...line.keys()].filter((i) => line[i] === COMMA))
  })
  return out
}

describe('line readers = readLines as it was', () => {
  it('forEachLine and readLines give the same lines, numbers and text', async () => {
    await fc.assert(
      fc.asyncProperty(bytesArb, chunkArb, async (bytes, chunkSize) => {
        const expected = await referenceLines(memoryInput('x', bytes, { chunkSize }).chunks())
        assert.deepEqual(await linesOf(bytes, chunkSize), expected)
        const viaGenerator: { text: string; no: number }[] = []
        for await (const l of readLines(memoryInput('x', bytes, { chunkSize: 3 }).chunks())) {
          viaGenerator.push({ text: l.text, no: l.no })
        }
        assert.deepEqual(viaGenerator, expected)
      }),
      { seed: 20251201, numRuns: 300 },
    )
  })

  it('forEachRow gives the same lines, with their separators, by both indexes', async () => {
    await fc.assert(
      fc.asyncProperty(bytesArb, chunkArb, async (bytes, chunkSize) => {
        const expected = await referenceLines(memoryInput('x', bytes, { chunkSize }).chunks())
        const seps = expectedSeps(bytes)
        const want = expected.map((l, i) => ({ ...l, seps: seps[i]! }))
        // Decoded bytes of a line carry U+FFFD where readLines has them: compare the text.
        assert.deepEqual(await rowsOf(bytes, chunkSize), want)
        assert.deepEqual(await rowsOf(bytes, chunkSize, true), want)
      }),
      { seed: 20251202, numRuns: 300 },
    )
  })

  it('forEachLine cuts large chunks into spans of whole lines, long lines included', async () => {
    const random = createRandom(11)
    const lines: string[] = []
    for (let k = 0; k < 3000; k++) {
      const length = k === 1500 ? 200_000 : random.int(300)
      lines.push('é,'.repeat(length / 2) + (random.chance(0.3) ? '\r' : ''))
    }
    const bytes = new TextEncoder().encode('\ufeff' + lines.join('\n'))
    const expected = await referenceLines(memoryInput('x', bytes, { chunkSize: 1 << 20 }).chunks())
    for (const chunkSize of [1 << 16, 1 << 20, 4 << 20]) {
      assert.deepEqual(await linesOf(bytes, chunkSize), expected, `chunk ${chunkSize}`)
    }
  })

  it('forEachRow handles lines across the 1 MiB windows and chunks of several windows', async () => {
    const line = 'a,bb,"c",ddd\r\n'
    const big = new TextEncoder().encode(line.repeat(200_000) + 'tail,no,newline')
    for (const chunkSize of [65536, 1 << 20, (1 << 20) + 3, 3 << 20]) {
      const rows = await rowsOf(big, chunkSize)
      assert.equal(rows.length, 200_001)
      assert.deepEqual(rows[123_456], { text: 'a,bb,"c",ddd', no: 123_457, seps: -1 })
      assert.deepEqual(rows[200_000], { text: 'tail,no,newline', no: 200_001, seps: [4, 7] })
    }
  })

  it('the WebAssembly index is used where WebAssembly runs', () => {
    assert.equal(separatorIndex().kind, 'wasm')
  })

  it('stops when the callback returns false', async () => {
    const seen: number[] = []
    await forEachLine(memoryInput('x', 'a\nb\nc\nd\n', { chunkSize: 1 }).chunks(), (_t, no) => {
      seen.push(no)
      return no < 2
    })
    assert.deepEqual(seen, [1, 2])
  })
})

describe('cell helpers = their definitions', () => {
  it('splitCsvLine splits quoted lines as the character-by-character split', () => {
    const lineArb = fc
      .array(fc.constantFrom(',', '"', ' ', 'a', 'b', '\t', '""', ', '), { maxLength: 40 })
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(lineArb, fc.constantFrom(',', ';', ', '), (line, sep) => {
        assert.deepEqual(splitCsvLine(line, sep), splitCsvLineByChar(line, sep))
      }),
      { seed: 20251203, numRuns: 2000 },
    )
    assert.deepEqual(splitCsvLine(' "a,b" , "c""d"x , e'), ['a,b', 'c"dx', 'e'])
  })

  it('textCell and isNullCell decide as a lower-cased lookup', () => {
    const nulls = new Set(['', 'nan', 'none', 'null', 'n/a', '[n/a]', '[not supported]', '-'])
    const cellArb = fc
      .array(fc.constantFrom('N', 'n', 'a', 'A', '/', '[', ']', '-', ' ', 'İ', 'one', 'ULL'), {
        maxLength: 6,
      })
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(cellArb, (cell) => {
        const t = cell.trim()
        const isNull = nulls.has(t.toLowerCase())
        assert.equal(isNullCell(cell), isNull, cell)
        assert.equal(textCell(cell), isNull ? undefined : t, cell)
      }),
      { seed: 20251204, numRuns: 3000 },
    )
  })

  it('parseTimestamp reads local times as the regular expression did', () => {
    const LOCAL = /^(\d{4})[-/](\d{2})[-/](\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?$/
    const byRegex = (text: string): number | undefined => {
      const m = LOCAL.exec(text.trim())
      if (!m) {
        if (!/(?:Z|[+-]\d{2}:?\d{2})$/.test(text.trim())) return undefined
        const ms = Date.parse(text.trim())
        return Number.isFinite(ms) ? ms : undefined
      }
      const [month, day, hour, minute, second] = [2, 3, 4, 5, 6].map((i) => Number(m[i])) as [
        number,
        number,
        number,
        number,
        number,
      ]
      if (
        month < 1 ||
        month > 12 ||
        day < 1 ||
        day > 31 ||
        hour > 23 ||
        minute > 59 ||
        second > 60
      ) {
        return undefined
      }
      const frac = m[7] ? Number(`0.${m[7]}`) * 1000 : 0
      return Date.UTC(Number(m[1]), month - 1, day, hour, minute, second) + frac
    }
    const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`))
    const stampArb = fc
      .tuple(
        digits(4),
        fc.constantFrom('-', '/', ':'),
        digits(2),
        fc.constantFrom('-', '/'),
        digits(2),
        fc.constantFrom('T', ' ', '_'),
        digits(2),
        digits(2),
        digits(2),
        fc.constantFrom('', '.', ',', '.1', ',25', '.123', '.123456789', '.1234567890', 'Z', 'x'),
        fc.constantFrom('', ' ', '\t'),
      )
      .map(
        ([y, s1, mo, s2, d, t, h, mi, s, frac, pad]) =>
          `${pad}${y}${s1}${mo}${s2}${d}${t}${h}:${mi}:${s}${frac}${pad}`,
      )
    fc.assert(
      fc.property(stampArb, (text) => {
        assert.equal(parseTimestamp(text, 'UTC'), byRegex(text), text)
      }),
      { seed: 20251205, numRuns: 3000 },
    )
  })

  it('parseDecimal gives the double Number gives, or NaN', () => {
    const numberArb = fc
      .tuple(
        fc.stringMatching(/^[0-9]{0,16}$/),
        fc.constantFrom('', '.'),
        fc.stringMatching(/^[0-9]{0,16}$/),
      )
      .map(([a, dot, b]) => `${a}${dot}${b}`)
    fc.assert(
      fc.property(numberArb, (text) => {
        const bytes = new TextEncoder().encode(text)
        const value = parseDecimal(bytes, 0, bytes.length)
        if (!Number.isNaN(value)) assert.equal(value, Number(text), text)
        const digits = text.replace('.', '').length
        if (digits > 0 && digits <= 15 && !text.startsWith('.'))
          assert.ok(!Number.isNaN(value), text)
      }),
      { seed: 20251206, numRuns: 5000 },
    )
  })
})
