import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { megatronReader } from '../../src/ingest/formats/megatron/megatron.js'
import { parseMegatronLine } from '../../src/ingest/formats/megatron/megatron-lines.js'
import type { ReadOptions } from '../../src/ingest/types.js'
import { close, rejectsAt } from '../support/assertions.js'
import { memoryInput } from '../support/memory-input.js'

const FIXTURES = join(import.meta.dirname, '../fixtures/megatron')
const UTC: ReadOptions = { timezone: 'UTC', maxGapSeconds: 60 }
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8')

function read(path: string, text: string, chunkSize = 7) {
  return megatronReader.read(memoryInput(path, text, { chunkSize }), UTC)
}

const ITERATION = (i: number, joules: string, ms = '1000.0'): string =>
  ` [2025-01-01 00:00:${String(i % 60).padStart(2, '0')}.000000] iteration ${String(i).padStart(8)}/     100 | elapsed time per iteration (ms): ${ms} | energy per GPU (J/iter/GPU): ${joules} | power per GPU (W/GPU): 1.0 |`

describe('Megatron-LM --log-energy', () => {
  for (const chunkSize of [1, 7, 1 << 20]) {
    it(`takes the final total, its duration from the iterations (chunk ${chunkSize})`, async () => {
      const r = await read('pretrain.log', fixture('pretrain-gpt-8gpu.log'), chunkSize)
      assert.equal(r.jobs.length, 1)
      const job = r.jobs[0]!
      close(job.itEnergyKWh, 480_000 / 3.6e6)
      assert.equal(job.gpuCount, 8)
      // iterations 1 (one iteration: the second line is at a multiple of 10), 2–10, 11–20, 21–30
      close(job.durationHours, (4 + 9 * 3 + 10 * 3.01 + 10 * 2.99) / 3600)
      assert.equal(job.startedAt, '2025-05-01T10:00:04Z')
      assert.deepEqual(job.source, { path: 'pretrain.log', format: 'megatron', line: 13 })
      assert.deepEqual(job.notes, ['energy: the total all GPUs measured (0.480 MJ)'])
      assert.deepEqual(r.notices, [])
    })
  }

  it('reads runs appended to one log; derives the GPU count; skips what it cannot count', async () => {
    const r = await read('slurm-77.out', fixture('nemo-bridge-resumed-then-crashed.out'))
    assert.equal(r.jobs.length, 1)
    const job = r.jobs[0]!
    close(job.itEnergyKWh, 176_000.00000000003 / 3.6e6)
    // 176 000 J ÷ (1000 + 9 × 1100 + 10 × 1100 J per GPU) = 8.04
    assert.equal(job.gpuCount, 8)
    close(job.durationHours, (20 * 2.5) / 3600)
    assert.deepEqual(job.notes, [
      'energy: the total all GPUs measured (0.17600000000000002 MJ)',
      'GPU count from the total ÷ the per-GPU energies (8.04)',
    ])
    assert.deepEqual(
      r.notices.map((n) => [n.line, n.message]),
      [
        [
          6,
          '1 iteration lines after the last total are not counted: without a "Total training energy" line or the world size their energy is unknown',
        ],
        [7, '1 iteration line without a usable energy or elapsed time skipped'],
      ],
    )
  })

  it('estimates an unfinished run from its iterations when the world size is known', async () => {
    const text = [
      '  world_size ...................................... 4',
      ITERATION(1, '100.0'),
      ITERATION(10, '200.0'),
    ].join('\n')
    const r = await read('crash.log', text)
    // (100 × 1 + 200 × 9) J per GPU × 4 GPUs
    close(r.jobs[0]!.itEnergyKWh, 7600 / 3.6e6)
    assert.equal(r.jobs[0]!.gpuCount, 4)
    assert.match(r.jobs[0]!.notes![0]!, /did not finish/)
  })

  it('names two runs of one log, and counts a whole interval on older versions', async () => {
    const text = [
      ITERATION(100, '10.0'),
      ITERATION(200, '10.0'),
      'Total training energy (GPU): 0.004 MJ',
      ITERATION(100, '10.0'),
      'Total training energy (GPU): 0.00002 MJ',
    ].join('\n')
    const r = await read('two.log', text)
    assert.deepEqual(
      r.jobs.map((j) => [j.name, j.gpuCount]),
      [
        ['two run 1', 2], // 4000 J ÷ ((100 + 100) iterations × 10 J per GPU)
        ['two run 2', 2], // a lone line counts one iteration: 20 J ÷ 10 J
      ],
    )
    close(r.jobs[0]!.durationHours, 200 / 3600)
  })

  it('is an error when the monitor measured nothing or the log holds no energy', async () => {
    await rejectsAt(
      read('z.log', `${ITERATION(1, '0.0')}\nTotal training energy (GPU): 0.000 MJ\n`),
      2,
      'pynvml was not importable',
    )
    await rejectsAt(read('n.log', ITERATION(1, '10.0')), undefined, 'train with --log-energy')
  })

  it('detects training logs by name and by the energy monitor', () => {
    assert.ok(megatronReader.detect('train.log', fixture('pretrain-gpt-8gpu.log')))
    assert.ok(megatronReader.detect('slurm-12.out', '  log_energy ........ True\n'))
    assert.ok(!megatronReader.detect('train.csv', fixture('pretrain-gpt-8gpu.log')))
    assert.ok(!megatronReader.detect('train.log', ' iteration 1/ 10 | lm loss: 1.0 |\n'))
  })

  it('reads the lines Megatron prints', () => {
    assert.deepEqual(parseMegatronLine('using world size: 16, data-parallel size: 2'), {
      kind: 'world',
      size: 16,
    })
    assert.deepEqual(parseMegatronLine('[rank0]: Total training energy (GPU): 1.5 MJ'), {
      kind: 'total',
      megajoules: 1.5,
      text: '1.5',
    })
    assert.equal(parseMegatronLine('building GPT model ...'), undefined)
  })
})
