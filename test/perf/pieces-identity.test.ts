/**
 * An nvidia-smi --query-gpu log read in pieces (as worker threads read it) against the same log
 * read in one pass: jobs, notices and errors must be the same, to the last bit of every energy,
 * wherever the cuts fall. The pieces run in this process (the worker shell only moves them to
 * threads: test/e2e covers it).
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { readNvidiaSmi } from '../../src/ingest/formats/nvidia-smi/nvidia-smi.js'
import {
  findCut,
  readInPieces,
  readQueryPiece,
} from '../../src/ingest/formats/nvidia-smi/nvidia-smi-pieces.js'
import type { PieceRunner } from '../../src/ingest/shared/parallel/pieces.js'
import type { ArtifactInput, ReadOptions } from '../../src/ingest/types.js'
import { memoryInput } from '../support/memory-input.js'
import { generateLog, type LogOptions } from './smi-log.js'
import { describeOutcome, outcomeOf, toBytes } from './support.js'

const UTC: ReadOptions = { timezone: 'UTC', maxGapSeconds: 60 }
const PATH = 'logs/power.csv'

/** Pieces read here, looking for cuts at `nominal`. */
function runner(bytes: Uint8Array, nominal: readonly number[], chunkSize: number): PieceRunner {
  return {
    pieces: nominal.length + 1,
    minBytes: 0,
    nominalCuts: () => nominal,
    readAt: (position, length) => Promise.resolve(bytes.subarray(position, position + length)),
    run: (tasks) =>
      Promise.all(
        tasks.map((t) =>
          readQueryPiece(t, memoryInput(PATH, bytes.subarray(t.start, t.end), { chunkSize })),
        ),
      ),
  }
}

function withPieces(input: ArtifactInput, pieces: PieceRunner): ArtifactInput {
  return { ...input, pieces }
}

const cases: { name: string; log: LogOptions; options?: ReadOptions; joined: boolean }[] = [
  {
    name: 'clean units log',
    log: { seed: 11, layout: 'units', gpus: 8, rows: 3000, odd: 0 },
    joined: true,
  },
  {
    name: 'gaps at and between cuts',
    log: { seed: 12, layout: 'units', gpus: 4, rows: 3000, odd: 0, gaps: 0.2 },
    joined: true,
  },
  {
    name: 'GPUs by position (no key column)',
    log: { seed: 13, layout: 'positional', gpus: 3, rows: 3000, odd: 0 },
    joined: true,
  },
  {
    name: 'odd rows, headers, CRLF, BOM',
    log: { seed: 14, layout: 'units', gpus: 4, rows: 3000, odd: 0.05, bom: true },
    joined: false,
  },
  {
    name: 'reordered columns, odd cells',
    log: { seed: 15, layout: 'reordered', gpus: 3, rows: 3000, odd: 0.02 },
    joined: false,
  },
  {
    name: 'local times in Europe/Paris',
    log: { seed: 16, layout: 'units', gpus: 2, rows: 2000, odd: 0, gaps: 0.05, utc: false },
    options: { timezone: 'Europe/Paris', maxGapSeconds: 60 },
    joined: true,
  },
  {
    name: 'time goes backwards (an error)',
    log: { seed: 17, layout: 'units', gpus: 2, rows: 2000, odd: 0, backwardsAt: 900 },
    joined: false,
  },
  {
    name: 'a power cell that is not a number (an error)',
    log: { seed: 18, layout: 'units', gpus: 8, rows: 3000, odd: 0.3, errors: true },
    joined: false,
  },
]

describe('nvidia-smi in pieces = in one pass', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const bytes = toBytes(generateLog(c.log))
      const options = c.options ?? UTC
      const input = memoryInput(PATH, bytes, { chunkSize: 4096 })
      const one = await outcomeOf(readNvidiaSmi(input, options))
      let joinedRuns = 0
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.integer({ min: 1, max: bytes.byteLength - 1 }), {
            minLength: 1,
            maxLength: 7,
          }),
          fc.constantFrom(4096, 65536, 1 << 20),
          async (positions, chunkSize) => {
            const nominal = [...new Set(positions)].sort((a, b) => a - b)
            const pieces = runner(bytes, nominal, chunkSize)
            const split = memoryInput(PATH, bytes, { chunkSize })
            const many = await outcomeOf(readNvidiaSmi(withPieces(split, pieces), options))
            assert.deepEqual(many, one, `cuts near ${nominal.join(', ')}: ${describeOutcome(many)}`)
            if ((await readInPieces(split, options, pieces)) !== undefined) joinedRuns++
          },
        ),
        { numRuns: 12, seed: c.log.seed },
      )
      // Clean logs are read in pieces (not in one pass after giving up).
      if (c.joined) assert.ok(joinedRuns >= 10, `${joinedRuns} of 12 runs read in pieces`)
      assert.ok('result' in one || !c.joined, describeOutcome(one))
    })
  }

  it('cuts only between two rows of different polls', () => {
    const header = 'timestamp, index, power.draw [W]'
    const rows = [
      'partial line, 9 W',
      '2025/01/01 00:00:00.000, 0, 1 W',
      '2025/01/01 00:00:00.000, 1, 1 W',
      '',
      '2025/01/01 00:00:01.000, 0, 1 W',
      '2025/01/01 00:00:01.000, 1, 1 W',
      '2025/01/01 00:00:02.000, 0, 1 W',
    ]
    const window = toBytes(rows.join('\n') + '\n')
    const text = rows.join('\n') + '\n'
    // The blank line breaks the pair; the first pair of polls is 00:00:01 → 00:00:02.
    assert.equal(findCut(window, header), text.indexOf('2025/01/01 00:00:02'))
    assert.equal(findCut(toBytes(rows.slice(0, 3).join('\n') + '\n'), header), -1)
  })
})
