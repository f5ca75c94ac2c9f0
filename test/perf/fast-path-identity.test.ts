/**
 * The nvidia-smi --query-gpu fast path (bytes read in place) against the string path (every row
 * decoded and split), on generated logs of 20,000 rows with everything the fast path gives back to
 * the string path: nounits, [N/A] and empty cells, masked or missing keys, reordered columns,
 * extra spaces, CRLF, a BOM, blank and odd rows, re-printed headers, gaps, other timestamp
 * shapes, UTF-8 and invalid bytes, numbers with more digits than a double holds, and errors.
 * Jobs, notices and errors must be the same, whatever the chunk size.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readNvidiaSmi } from '../../src/ingest/formats/nvidia-smi/nvidia-smi.js'
import type { ReadOptions } from '../../src/ingest/types.js'
import { memoryInput } from '../support/memory-input.js'
import { generateLog, timestamp, UNITS, type LogOptions } from './smi-log.js'
import { createRandom, describeOutcome, outcomeOf, toBytes, type Outcome } from './support.js'

async function readBoth(
  text: string,
  options: ReadOptions,
  chunkSize: number,
): Promise<[Outcome, Outcome]> {
  const bytes = toBytes(text)
  const input = memoryInput('logs/power.csv', bytes, { chunkSize })
  return [
    await outcomeOf(readNvidiaSmi(input, options)),
    await outcomeOf(readNvidiaSmi(input, options, { stringPathOnly: true })),
  ]
}

const UTC: ReadOptions = { timezone: 'UTC', maxGapSeconds: 60 }

describe('nvidia-smi fast path = string path', () => {
  /** `outcome`: what the string path must give (so that each case reads what it means to). */
  const cases: {
    name: string
    log: LogOptions
    options?: ReadOptions
    outcome: 'result' | 'error'
  }[] = [
    {
      name: 'clean units log, 8 GPUs',
      log: { seed: 1, layout: 'units', gpus: 8, rows: 20_000, odd: 0 },
      outcome: 'result',
    },
    {
      name: 'units log, 2 % odd rows and cells',
      log: { seed: 2, layout: 'units', gpus: 8, rows: 20_000, odd: 0.02 },
      outcome: 'result',
    },
    {
      name: 'units log, 30 % odd, CRLF, BOM',
      log: { seed: 3, layout: 'units', gpus: 4, rows: 6000, odd: 0.3, crlf: true, bom: true },
      outcome: 'result',
    },
    {
      name: 'nounits, pci.bus_id keys',
      log: { seed: 4, layout: 'nounits', gpus: 2, rows: 6000, odd: 0.05 },
      outcome: 'result',
    },
    {
      name: 'reordered columns with extras',
      log: { seed: 5, layout: 'reordered', gpus: 3, rows: 6000, odd: 0.05 },
      outcome: 'result',
    },
    {
      name: 'no key column (GPUs by position)',
      log: { seed: 6, layout: 'positional', gpus: 4, rows: 6000, odd: 0.05 },
      outcome: 'result',
    },
    {
      name: 'local times in Europe/Paris',
      log: { seed: 7, layout: 'units', gpus: 2, rows: 4000, odd: 0.05, utc: false },
      options: { timezone: 'Europe/Paris', maxGapSeconds: 60 },
      outcome: 'result',
    },
    {
      name: 'time goes backwards (an error)',
      log: { seed: 8, layout: 'units', gpus: 2, rows: 4000, odd: 0, backwardsAt: 700 },
      outcome: 'error',
    },
    {
      name: 'a power cell that is not a number (an error)',
      log: { seed: 9, layout: 'units', gpus: 8, rows: 20_000, odd: 0.3, errors: true },
      outcome: 'error',
    },
  ]
  for (const c of cases) {
    it(c.name, async () => {
      const text = generateLog(c.log)
      // Chunks of 7 bytes (lines across chunks) on the first 1,000 rows; then larger ones, up to
      // chunks that hold several of the index's 1 MiB windows.
      const head = text.split('\n').slice(0, 1000).join('\n')
      for (const [part, chunkSize] of [
        [head, 7],
        [text, 4096],
        [text, 1 << 20],
        [text, 3 << 20],
      ] as const) {
        const [fast, slow] = await readBoth(part, c.options ?? UTC, chunkSize)
        assert.deepEqual(
          fast,
          slow,
          `chunk ${chunkSize}: ${describeOutcome(fast)} vs ${describeOutcome(slow)}`,
        )
        if (part === text) assert.ok(c.outcome in slow, describeOutcome(slow))
      }
    })
  }

  it('reads the clean log to the energy summed here', async () => {
    // 2 GPUs at 300 W and 100 W, polls exactly 1 s apart for 1,000 s: (300 + 100) W × 999 s.
    const lines = [UNITS]
    for (let s = 0; s < 1000; s++) {
      const ts = timestamp(Date.UTC(2025, 0, 1) + s * 1000, createRandom(0), false)
      lines.push(`${ts}, 0, A100, GPU-a, 300.00 W, 300.00 W, 1.00 W, 400.00 W`)
      lines.push(`${ts}, 1, A100, GPU-b, 100.00 W, 100.00 W, 1.00 W, 400.00 W`)
    }
    const [fast, slow] = await readBoth(lines.join('\n'), UTC, 1 << 20)
    assert.deepEqual(fast, slow)
    assert.ok('result' in fast)
    assert.equal(fast.result.jobs[0]!.itEnergyKWh, (400 * 999) / 3.6e6)
  })

  it('gives the same errors, naming the same line', async () => {
    const head = `${UNITS}\n2025/01/01 00:00:00.000, 0, A100, GPU-a, 1 W, 1 W, 1 W, 1 W\n`
    const bad = [
      '2025/01/01 00:00:01.000, 0, A100, GPU-a, -5.00 W, [N/A], 1 W, 1 W',
      '2025/01/01 00:00:01.000, 0, A100, GPU-a, abc, [N/A], 1 W, 1 W',
      '2025/01/01 00:00:01.000, 0, A100, GPU-a, [N/A], 1e400 W, 1 W, 1 W',
      '2025/13/01 00:00:01.000, 0, A100, GPU-a, 1 W, 1 W, 1 W, 1 W',
      'yesterday, 0, A100, GPU-a, 1 W, 1 W, 1 W, 1 W',
      '2024/12/31 23:59:59.000, 0, A100, GPU-a, 1 W, 1 W, 1 W, 1 W',
    ]
    for (const row of bad) {
      const [fast, slow] = await readBoth(`${head}${row}\n`, UTC, 7)
      assert.ok('error' in slow, `${row}: the string path should fail`)
      assert.deepEqual(fast, slow, row)
      assert.equal(slow.error.lineNo, 3)
    }
  })
})
