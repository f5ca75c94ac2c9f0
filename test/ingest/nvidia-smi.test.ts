import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, it } from 'node:test'
import { nvidiaSmiReader } from '../../src/ingest/formats/nvidia-smi/nvidia-smi.js'
import type { ReadOptions, ReadResult } from '../../src/ingest/types.js'
import { close, rejectsAt } from '../support/assertions.js'
import { fileInput, memoryInput } from '../support/memory-input.js'
import { sampleFiles, skipWithoutSamples } from '../support/samples.js'

const FIXTURES = join(import.meta.dirname, '../fixtures/nvidia-smi')
const UTC: ReadOptions = { timezone: 'UTC', maxGapSeconds: 60 }
const CHUNKS = [1, 7, 1 << 20]

function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8')
}

function read(path: string, text: string, options: Partial<ReadOptions> = {}, chunkSize = 7) {
  return nvidiaSmiReader.read(memoryInput(path, text, { chunkSize }), { ...UTC, ...options })
}

/** `YYYY/MM/DD HH:MM:SS.mmm` of a UTC instant. */
function smiTime(ms: number): string {
  const d = new Date(ms)
  const p = (n: number, w = 2): string => String(n).padStart(w, '0')
  return (
    `${d.getUTCFullYear()}/${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())} ` +
    `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`
  )
}

/** A --query-gpu log: `gpus` GPUs, a poll at each of `times` (ms), power from `watts`. */
function queryLog(
  gpus: number,
  times: readonly number[],
  watts: (ms: number, gpu: number) => number,
) {
  const lines = ['timestamp, index, name, uuid, power.draw [W]']
  for (const ms of times) {
    for (let g = 0; g < gpus; g++) {
      const uuid = `GPU-0000000${g}-1111-2222-3333-444444444444`
      lines.push(
        `${smiTime(ms)}, ${g}, NVIDIA A100-SXM4-80GB, ${uuid}, ${watts(ms, g).toFixed(2)} W`,
      )
    }
  }
  return lines.join('\n') + '\n'
}

const T0 = Date.UTC(2025, 2, 1, 10)

describe('nvidia-smi --query-gpu CSV', () => {
  for (const chunkSize of CHUNKS) {
    it(`reads reordered columns with units, extras and [N/A] (chunk ${chunkSize})`, async () => {
      const r = await read(
        'logs/reordered-extras-units.csv',
        fixture('reordered-extras-units.csv'),
        {},
        chunkSize,
      )
      assert.equal(r.jobs.length, 1)
      const job = r.jobs[0]!
      // GPU 0: 200, 220 (power.draw: average is [N/A]), 240, 260 W at 0..3 s → 210 + 230 + 250 = 690 J
      // GPU 1: 100, 120, (no value), 140 W → 110 + (120 + 140) / 2 × 2 = 370 J
      close(job.itEnergyKWh, 1060 / 3.6e6)
      assert.equal(job.name, 'reordered-extras-units')
      assert.deepEqual(job.source, {
        path: 'logs/reordered-extras-units.csv',
        format: 'nvidia-smi',
      })
      assert.equal(job.gpuCount, 2)
      assert.equal(job.gpuModel, 'NVIDIA H100 80GB HBM3')
      assert.equal(job.startedAt, '2025-03-01T10:00:00Z')
      assert.equal(job.durationHours, 3 / 3600)
      assert.deepEqual(job.notes, ['power from power.draw.average, then power.draw'])
      assert.deepEqual(r.notices, [
        {
          path: 'logs/reordered-extras-units.csv',
          line: 7,
          message: '1 sample without a power value (empty or [N/A]) skipped',
        },
      ])
    })
  }

  it('reads local times in the configured zone', async () => {
    const r = await read('p.csv', fixture('reordered-extras-units.csv'), {
      timezone: 'Europe/Paris',
    })
    assert.equal(r.jobs[0]!.startedAt, '2025-03-01T09:00:00Z')
  })

  it('reads nounits and CRLF, and does not bridge a gap', async () => {
    const r = await read('nounits-gap.csv', fixture('nounits-gap.csv'))
    const job = r.jobs[0]!
    // 300 W: 0→1→2 s (600 J), gap of 300 s not bridged, 302→303 s (300 J)
    close(job.itEnergyKWh, 900 / 3.6e6)
    assert.equal(job.durationHours, 303 / 3600)
    assert.equal(job.gpuCount, 1)
    assert.equal(job.gpuModel, 'NVIDIA A100-SXM4-80GB')
    assert.deepEqual(job.notes, ['1 gap > 60 s not bridged', 'power from power.draw'])
    assert.deepEqual(r.notices, [
      {
        path: 'nounits-gap.csv',
        line: 5,
        message:
          '1 gap longer than 60 s between samples not bridged (longest 300 s, first GPU 0): their energy is not counted',
      },
    ])
    const bridged = await read('nounits-gap.csv', fixture('nounits-gap.csv'), {
      maxGapSeconds: 600,
    })
    close(bridged.jobs[0]!.itEnergyKWh, (300 * 303) / 3.6e6)
    assert.deepEqual(bridged.notices, [])
  })

  it('integrates 8 GPUs at 300 W for exactly 3600 s to 0.3 kWh each', async () => {
    const times = Array.from({ length: 3601 }, (_, s) => T0 + s * 1000)
    const r = await read(
      'fleet.csv',
      queryLog(8, times, () => 300),
      {},
      1 << 16,
    )
    const job = r.jobs[0]!
    close(job.itEnergyKWh, 2.4)
    assert.equal(job.gpuCount, 8)
    assert.equal(job.durationHours, 1)
    assert.equal(job.startedAt, '2025-03-01T10:00:00Z')
    assert.deepEqual(r.notices, [])
  })

  it('is exact for a linear ramp (100 W + 1 W/s over 3600 s = 1.9 kWh)', async () => {
    const times = Array.from({ length: 3601 }, (_, s) => T0 + s * 1000)
    const r = await read(
      'ramp.csv',
      queryLog(1, times, (ms) => 100 + (ms - T0) / 1000),
      {},
      4096,
    )
    assert.equal(r.jobs[0]!.itEnergyKWh, 1.9)
  })

  it('takes power.draw.instant and the gpu.power.draw.average alias', async () => {
    const instant =
      'timestamp, index, power.draw.instant [W]\n2025/03/01 10:00:00.000, 0, 100\n2025/03/01 10:00:02.000, 0, 200\n'
    close((await read('i.csv', instant)).jobs[0]!.itEnergyKWh, 300 / 3.6e6)
    const alias =
      'timestamp, index, power.draw.instant [W], gpu.power.draw.average [W]\n' +
      '2025/03/01 10:00:00.000, 0, 999 W, 100 W\n2025/03/01 10:00:02.000, 0, 999 W, 200 W\n'
    const r = await read('a.csv', alias)
    close(r.jobs[0]!.itEnergyKWh, 300 / 3.6e6)
    assert.deepEqual(r.jobs[0]!.notes, ['power from gpu.power.draw.average'])
  })

  it('names mixed GPU models and keys GPUs by index when the uuid is masked', async () => {
    const text =
      'timestamp, index, name, uuid, power.draw [W]\n' +
      '2025/03/01 10:00:00.000, 0, Tesla V100-SXM2-16GB, GPU-00000000-0000-0000-0000-000000000000, 100 W\n' +
      '2025/03/01 10:00:00.000, 1, NVIDIA A100-SXM4-80GB, GPU-00000000-0000-0000-0000-000000000000, 200 W\n' +
      '2025/03/01 10:00:01.000, 0, Tesla V100-SXM2-16GB, GPU-00000000-0000-0000-0000-000000000000, 100 W\n' +
      '2025/03/01 10:00:01.000, 1, NVIDIA A100-SXM4-80GB, GPU-00000000-0000-0000-0000-000000000000, 200 W\n'
    const job = (await read('m.csv', text)).jobs[0]!
    assert.equal(job.gpuModel, 'mixed: NVIDIA A100-SXM4-80GB, Tesla V100-SXM2-16GB')
    assert.equal(job.gpuCount, 2)
    close(job.itEnergyKWh, 300 / 3.6e6)
  })

  it('tells GPUs apart by their place in the poll when there is no uuid nor index', async () => {
    const text =
      'timestamp, name, power.draw [W]\n' +
      '2025/03/01 10:00:00.000, NVIDIA L4, 10 W\n2025/03/01 10:00:00.000, NVIDIA L4, 50 W\n' +
      '2025/03/01 10:00:01.000, NVIDIA L4, 10 W\n2025/03/01 10:00:01.000, NVIDIA L4, 50 W\n'
    const job = (await read('n.csv', text)).jobs[0]!
    assert.equal(job.gpuCount, 2)
    close(job.itEnergyKWh, 60 / 3.6e6) // 10 J + 50 J
  })

  it('counts a GPU whose power is never supported, and skips rows of the wrong width', async () => {
    const text =
      'timestamp, index, power.draw [W]\n' +
      '2025/03/01 10:00:00.000, 0, 100 W\n' +
      '2025/03/01 10:00:00.000, 1, [Not Supported]\n' +
      '2025/03/01 10:00:01.000, 0, 100 W, 5\n' +
      '2025/03/01 10:00:02.000, 0, 100 W\n' +
      '2025/03/01 10:00:02.000, 1, [Not Supported]\n' +
      '2025/03/01 10:00:03'
    const r = await read('w.csv', text)
    close(r.jobs[0]!.itEnergyKWh, 200 / 3.6e6)
    assert.equal(r.jobs[0]!.gpuCount, 2)
    assert.deepEqual(
      r.notices.map((n) => [n.line, n.message]),
      [
        [3, '2 samples without a power value (empty or [N/A]) skipped'],
        [4, "2 rows skipped: their field count differs from the header's (3)"],
      ],
    )
  })

  it('takes a header printed again (an appended second run)', async () => {
    const text =
      'timestamp, index, power.draw [W]\n2025/03/01 10:00:00.000, 0, 100 W\n2025/03/01 10:00:01.000, 0, 100 W\n' +
      'timestamp, power.draw [W], index\n2025/03/01 10:00:02.000, 100 W, 0\n'
    close((await read('h.csv', text)).jobs[0]!.itEnergyKWh, 200 / 3.6e6)
  })

  it('reports unusable files with file, line and what to do', async () => {
    const cmd =
      'nvidia-smi --query-gpu=timestamp,index,name,power.draw --format=csv -l 1 -f power.csv'
    await rejectsAt(read('a.csv', 'index, name, power.draw [W]\n0, A100, 100 W\n'), 1, cmd)
    await rejectsAt(read('b.csv', '2025/03/01 10:00:00.000, 0, 100 W\n'), 1, 'noheader')
    const head = 'timestamp, index, power.draw [W]\n'
    await rejectsAt(
      read('c.csv', `${head}2025/03/01 10:00:00.000, 0, 1 W\n03/01/2025 10:00, 0, 1 W\n`),
      3,
      'does not parse',
    )
    await rejectsAt(
      read('d.csv', `${head}2025/03/01 10:00:00.000, 0, -3.00 W\n`),
      2,
      'negative power',
    )
    await rejectsAt(read('e.csv', `${head}2025/03/01 10:00:00.000, 0, lots\n`), 2, 'not a number')
    await rejectsAt(
      read('f.csv', `${head}2025/03/01 10:00:05.000, 0, 1 W\n2025/03/01 10:00:04.000, 0, 1 W\n`),
      3,
      'time goes backwards for GPU 0',
    )
    await rejectsAt(read('g.csv', head), undefined, 'no samples')
    await rejectsAt(
      read('h.csv', `${head}2025/03/01 10:00:00.000, 0, [N/A]\n`),
      undefined,
      'no power sample',
    )
    await rejectsAt(read('i.csv', ''), undefined, 'empty')
  })
})

describe('nvidia-smi dmon', () => {
  for (const chunkSize of CHUNKS) {
    it(`reads repeated headers and "-" with a poll interval (chunk ${chunkSize})`, async () => {
      const text = fixture('dmon-repeated-headers.txt')
      const r = await read('dmon.txt', text, { pollIntervalSeconds: 2 }, chunkSize)
      const job = r.jobs[0]!
      // GPU 0: 100, 110, 120, 130 W at 0, 2, 4, 6 s → (105 + 115 + 125) × 2 = 690 J
      // GPU 1: 200, 210, -, 230 W → 205 × 2 + 220 × 4 = 1290 J
      close(job.itEnergyKWh, 1980 / 3.6e6)
      assert.equal(job.gpuCount, 2)
      assert.equal(job.durationHours, 6 / 3600)
      assert.equal(job.startedAt, undefined)
      assert.equal(job.gpuModel, undefined)
      assert.deepEqual(r.notices, [
        { path: 'dmon.txt', line: 10, message: '1 sample without a power value ("-") skipped' },
      ])
    })
  }

  it('asks for a poll interval when there are no timestamps', async () => {
    await rejectsAt(read('dmon.txt', fixture('dmon-repeated-headers.txt')), 1, '--poll-interval 1s')
  })

  it('reads -o DT date and time columns', async () => {
    const r = await read('dt.txt', fixture('dmon-datetime.txt'), { timezone: 'Europe/Paris' })
    const job = r.jobs[0]!
    // 300, 310, 330 W at 0, 1, 3 s → 305 + 320 × 2 = 945 J
    close(job.itEnergyKWh, 945 / 3.6e6)
    assert.equal(job.startedAt, '2025-03-01T09:00:00Z')
    assert.equal(job.durationHours, 3 / 3600)
  })

  it('reads -o T times across midnight, without a start date', async () => {
    const text =
      '#Time        gpu    pwr\n#HH:MM:SS    Idx      W\n 23:59:59      0    100\n 00:00:01      0    100\n'
    const job = (await read('t.txt', text)).jobs[0]!
    close(job.itEnergyKWh, 200 / 3.6e6)
    assert.equal(job.durationHours, 2 / 3600)
    assert.equal(job.startedAt, undefined)
  })
})

describe('nvidia-smi detection', () => {
  it('detects query CSV headers and dmon headers, nothing else', () => {
    const yes = [
      'timestamp, index, name, power.draw [W]\n',
      'index, power.draw.average [W], timestamp\n',
      'index, name, power.draw [W]\n', // no timestamp: detected, then explained by read()
      '\n# gpu    pwr  gtemp\n# Idx      W      C\n',
      '#Date       Time        gpu    pwr\n',
    ]
    const no = [
      '2025/03/01 10:00:00.000, 0, NVIDIA A100, 300.00 W\n', // noheader
      'timestamp, index, name, utilization.gpu [%]\n',
      '# gpu     sm    mem\n',
      'timestamp,project_name,run_id,duration,emissions,energy_consumed\n',
      '"power.draw"\nThe last measured power draw\n"timestamp"\n',
    ]
    for (const head of yes) assert.equal(nvidiaSmiReader.detect('x.csv', head), true, head)
    for (const head of no) assert.equal(nvidiaSmiReader.detect('x.csv', head), false, head)
  })
})

describe(
  'nvidia-smi samples (../shared/samples)',
  { skip: skipWithoutSamples('nvidia-smi') },
  () => {
    const files = sampleFiles('nvidia-smi')
    const byName = (part: string): string => files.find((f) => basename(f).includes(part))!
    const readSample = async (
      path: string,
      options: Partial<ReadOptions> = {},
    ): Promise<ReadResult> => nvidiaSmiReader.read(fileInput(path), { ...UTC, ...options })

    it('detects every capture and not the help text', () => {
      for (const f of files) {
        const head = readFileSync(f, 'utf8').slice(0, 65536)
        assert.equal(nvidiaSmiReader.detect(basename(f), head), !f.includes('help-query-gpu'), f)
      }
    })

    it('reads every one-poll capture: one GPU, no interval, energy 0', async () => {
      for (const f of files.filter((x) => x.endsWith('query-gpu-power-subset.csv'))) {
        const r = await readSample(f)
        assert.equal(r.jobs[0]!.itEnergyKWh, 0, f)
        assert.equal(r.jobs[0]!.gpuCount, 1, f)
        assert.equal(r.notices.length, 1, f)
      }
      const h100 = await readSample(byName('h100-80gb-hbm3__590.48.01__load__query'))
      assert.equal(h100.jobs[0]!.gpuModel, 'NVIDIA H100 80GB HBM3')
      assert.equal(h100.jobs[0]!.startedAt, '2026-07-14T08:12:53.353Z')
      assert.deepEqual(h100.jobs[0]!.notes, ['power from power.draw.average'])
      const rtx = await readSample(byName('rtx-2080-super__595.71.05__load__query'))
      assert.deepEqual(rtx.jobs[0]!.notes, ['power from power.draw']) // average is [N/A] on Turing
    })

    it('reads the multi-GPU H100 rows', async () => {
      const job = (await readSample(byName('QUOTED_multi-gpu'))).jobs[0]!
      // GPU 2: 154.88 W at 26.305 s, 150.74 W at 29.306 s → 152.81 × 3.001 = 458.58281 J
      // GPU 3: 158.86 W at 26.305 s, 162.00 W at 28.306 s → 160.43 × 2.001 = 321.02043 J
      close(job.itEnergyKWh, 779.60324 / 3.6e6)
      assert.equal(job.gpuCount, 2)
      close(job.durationHours, 3.001 / 3600)
    })

    it('reads the dmon captures with a 1 s poll interval', async () => {
      const load = await readSample(byName('h100-80gb-hbm3__590.48.01__load__dmon'), {
        pollIntervalSeconds: 1,
      })
      // 631, 634, 633, 634, 636 W → 632.5 + 633.5 + 633.5 + 635 = 2534.5 J
      close(load.jobs[0]!.itEnergyKWh, 2534.5 / 3.6e6)
      const idle = await readSample(byName('rtx-2080-super__595.71.05__idle__dmon'), {
        pollIntervalSeconds: 1,
      })
      close(idle.jobs[0]!.itEnergyKWh, (36 * 4) / 3.6e6)
    })
  },
)

describe('nvidia-smi example (examples/nvidia-smi)', () => {
  it('reads the 8 × A100 training log: 120 polls, about 2 minutes', async () => {
    const path = join(import.meta.dirname, '../../examples/nvidia-smi/a100x8-training-power.csv')
    assert.ok(readFileSync(path).byteLength < 200 * 1024)
    assert.ok(nvidiaSmiReader.detect(basename(path), readFileSync(path, 'utf8').slice(0, 65536)))
    const r = await nvidiaSmiReader.read(fileInput(path), UTC)
    const job = r.jobs[0]!
    assert.equal(job.gpuCount, 8)
    assert.equal(job.gpuModel, 'NVIDIA A100-SXM4-80GB')
    assert.equal(job.startedAt, '2025-05-14T09:30:00.118Z')
    const seconds = job.durationHours! * 3600
    assert.ok(seconds > 119 && seconds < 121, String(seconds))
    // between 8 GPUs idling (55 W) and at their 400 W limit for that long
    const joules = job.itEnergyKWh * 3.6e6
    assert.ok(joules > 8 * 55 * seconds && joules < 8 * 400 * seconds, String(joules))
    assert.deepEqual(r.notices, [])
  })
})
