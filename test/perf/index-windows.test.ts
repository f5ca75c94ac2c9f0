/**
 * Chunks read straight into the separator index's windows (file-input.ts): forEachRow indexes
 * them where they lie and gives the same rows as for copied chunks, also for pieces of chunks
 * (pieces.ts truncates them), bytes after a piece left as they were, and two files read at once
 * (the second one goes through the spare index).
 */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { separatorIndex } from '../../src/ingest/shared/csv-index.js'
import { decodeLine, forEachRow } from '../../src/ingest/shared/lines.js'
import { truncateChunks } from '../../src/ingest/shared/parallel/pieces.js'
import { fileArtifact } from '../../src/platform/file-input.js'

const COMMA = 0x2c
const dir = mkdtempSync(join(tmpdir(), 'index-windows-'))
after(() => {
  rmSync(dir, { recursive: true, force: true })
})

/** ~3.3 MiB of rows of varied widths, some quoted, some lines crossing chunk boundaries. */
function sample(): string {
  const rows: string[] = ['a, b, c']
  for (let i = 0; i < 60_000; i++) {
    const wide = i % 97 === 0 ? 'x'.repeat(3000) : ''
    rows.push(
      `2026/01/05 08:00:${String(i % 60).padStart(2, '0')}, ${i % 8}, "q${i}"${wide}, ${i * 0.5} W`,
    )
  }
  return rows.join('\r\n') + '\n'
}

interface Seen {
  readonly text: string
  readonly no: number
  readonly seps: readonly number[] | -1
}

async function rowsOf(chunks: AsyncIterable<Uint8Array>): Promise<Seen[]> {
  const out: Seen[] = []
  await forEachRow(chunks, COMMA, COMMA, (b, _v, start, end, seps, at, count, no) => {
    const list = count < 0 ? -1 : Array.from(seps.subarray(at, at + count), (s) => s - start)
    out.push({ text: decodeLine(b, start, end), no, seps: list })
  })
  return out
}

async function* copied(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) yield chunk.slice()
}

describe('chunks read into the index windows', () => {
  const path = join(dir, 'log.csv')
  const text = sample()
  writeFileSync(path, text)

  it('gives the rows of copied chunks, and lends the windows back', async () => {
    const input = fileArtifact(path, 'log.csv')
    let inWindows = 0
    const memory = separatorIndex().memory.buffer
    for await (const chunk of input.chunks()) if (chunk.buffer === memory) inWindows++
    assert.ok(inWindows >= 3)
    const direct = await rowsOf(input.chunks())
    assert.equal(separatorIndex().claimed, false)
    const copy = await rowsOf(copied(input.chunks()))
    assert.deepEqual(direct, copy)
    assert.equal(direct.length, text.split('\n').length - 1)
  })

  it('a piece cut inside a chunk: same rows, and the bytes after the cut untouched', async () => {
    const input = fileArtifact(path, 'log.csv')
    for (const end of [1_500_001, 2_097_152 + 7, 3_000_000]) {
      const seenAfter: number[][] = []
      async function* watch(): AsyncGenerator<Uint8Array> {
        for await (const chunk of truncateChunks(input.chunks(), end)) {
          yield chunk
          const full = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength + 16)
          seenAfter.push(Array.from(full.subarray(chunk.byteLength)))
        }
      }
      const piece = await rowsOf(watch())
      const expected = await rowsOf(copied(truncateChunks(input.chunks(), end)))
      assert.deepEqual(piece, expected)
      const last = seenAfter.at(-1)!
      const want = Array.from(Buffer.from(text).subarray(end, end + 16))
      assert.deepEqual(last.slice(0, want.length), want)
    }
  })

  it('two files read at once: the second one through the spare index', async () => {
    const other = join(dir, 'other.csv')
    writeFileSync(other, text.replaceAll('W', 'V'))
    const a = fileArtifact(path, 'log.csv')
    const b = fileArtifact(other, 'other.csv')
    const rowsB: string[] = []
    const itB = b.chunks()[Symbol.asyncIterator]()
    const first = await itB.next() // b holds the windows
    assert.equal(separatorIndex().claimed, true)
    async function* restB(): AsyncGenerator<Uint8Array> {
      if (!first.done) yield first.value
      for (;;) {
        const r = await itB.next()
        if (r.done) return
        yield r.value
      }
    }
    const both = await Promise.all([
      rowsOf(copied(a.chunks())),
      rowsOf(a.chunks()),
      rowsOf(restB()),
    ])
    for (const r of both[2]) rowsB.push(r.text)
    assert.deepEqual(both[1], both[0])
    assert.deepEqual(
      rowsB,
      both[0].map((r) => r.text.replaceAll('W', 'V')),
    )
    assert.equal(separatorIndex().claimed, false)
  })
})
