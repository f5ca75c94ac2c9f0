import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { describe, it } from 'node:test'
import { ArtifactError } from '../../src/core/errors.js'
import type { JobRecord } from '../../src/core/types.js'
import { codecarbonReader } from '../../src/ingest/formats/codecarbon/codecarbon.js'
import type { ArtifactInput, ReadOptions, ReadResult } from '../../src/ingest/types.js'
import { fileInput, memoryInput } from '../support/memory-input.js'
import { sampleFiles, skipWithoutSamples } from '../support/samples.js'

const OPTIONS: ReadOptions = { timezone: 'UTC', maxGapSeconds: 60 }
const FIXTURES = resolve(import.meta.dirname, '../fixtures/codecarbon')

const read = (input: ArtifactInput, timezone = 'UTC'): Promise<ReadResult> =>
  codecarbonReader.read(input, { ...OPTIONS, timezone })
const readFixture = (rel: string, timezone = 'UTC'): Promise<ReadResult> =>
  read(fileInput(join(FIXTURES, rel)), timezone)
const readText = (text: string, name = 'emissions.csv', chunkSize = 7): Promise<ReadResult> =>
  read(memoryInput(`runs/${name}`, text, { chunkSize }))

function near(actual: number | undefined, expected: number, what = 'value'): void {
  assert.ok(
    actual !== undefined && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)),
    `${what}: ${String(actual)} ≠ ${expected}`,
  )
}

async function assertArtifactError(
  promise: Promise<unknown>,
  line: number | undefined,
  pattern: RegExp,
): Promise<void> {
  await assert.rejects(promise, (e: unknown) => {
    assert.ok(e instanceof ArtifactError, `not an ArtifactError: ${String(e)}`)
    assert.equal(e.lineNo, line)
    assert.match(e.message, pattern)
    return true
  })
}

const total = (jobs: readonly JobRecord[]): number => jobs.reduce((s, j) => s + j.itEnergyKWh, 0)

// v2.3–2.6 header (31 columns, pue last) for in-memory cases.
const H31 =
  'timestamp,project_name,run_id,duration,emissions,emissions_rate,cpu_power,gpu_power,ram_power,' +
  'cpu_energy,gpu_energy,ram_energy,energy_consumed,country_name,country_iso_code,region,' +
  'cloud_provider,cloud_region,os,python_version,codecarbon_version,cpu_count,cpu_model,gpu_count,' +
  'gpu_model,longitude,latitude,ram_total_size,tracking_mode,on_cloud,pue'

/** A 31-column row: timestamp, run_id, duration, emissions, energy_consumed and a few extras. */
function row31(
  ts: string,
  run: string,
  duration: string,
  emissions: string,
  energy: string,
  extra: {
    pue?: string
    cpuCount?: string
    cpuModel?: string
    gpuCount?: string
    gpuModel?: string
  } = {},
): string {
  return [
    ts, 'demo', run, duration, emissions, '', '42.5', '0.0', '6.0', '', '', '', energy,
    'Italy', 'ITA', 'lazio', '', '', 'Linux', '3.11.4', '2.4.2', extra.cpuCount ?? '16',
    extra.cpuModel ?? 'AMD EPYC 7313', extra.gpuCount ?? '1', extra.gpuModel ?? '1 x NVIDIA A40',
    '12.5', '41.9', '62.7', 'machine', 'N', extra.pue ?? '1.0',
  ].join(',') // prettier-ignore
}

void describe('codecarbon: detect', () => {
  const header = 'timestamp,project_name,run_id,duration,emissions,energy_consumed\n'
  void it('takes any file whose first line has duration, emissions and energy_consumed', () => {
    for (const name of [
      'emissions.csv',
      'emissions_base_58a2b8de.csv',
      'emissions.csv.bak',
      'emissions.csv_0.bak',
      'run-7.csv',
    ]) {
      assert.equal(codecarbonReader.detect(name, header), true, name)
    }
    assert.equal(
      codecarbonReader.detect('x.csv', ' duration , emissions ,energy_consumed\r\n'),
      true,
    )
    assert.equal(codecarbonReader.detect('x.csv', '"duration","emissions","energy_consumed"'), true)
    assert.equal(codecarbonReader.detect('x.csv', `\n${header}`), true)
  })
  void it('decides by the header, not the name', () => {
    const eco2ai =
      'id,project_name,experiment_description,epoch,start_time,duration(s),power_consumption(kWh),CO2_emissions(kg)\n'
    assert.equal(codecarbonReader.detect('emissions.csv', eco2ai), false)
    assert.equal(
      codecarbonReader.detect('emissions.csv', 'country,year,emissions\nFRA,2023,1\n'),
      false,
    )
    assert.equal(codecarbonReader.detect('emissions.csv', ''), false)
    // The columns must be in the first line, not further down.
    assert.equal(codecarbonReader.detect('emissions.csv', `# log\n${header}`), false)
  })
})

void describe('codecarbon: fixtures', () => {
  void it('v1.0 header with BOM and CRLF: one job per experiment_id', async () => {
    const { jobs, notices } = await readFixture('v1.0-bom/emissions.csv')
    assert.deepEqual(notices, [])
    assert.deepEqual(
      jobs.map((j) => [j.name, j.source.line, j.country, j.cloudProvider, j.cloudRegion]),
      [
        ['mnist-cnn f2385d19', 2, 'FRA', undefined, undefined],
        ['mnist-cnn 5cfa9565', 3, 'USA', 'aws', 'us-east-2'],
        ['mnist-mlp 9362e02e', 4, 'DEU', undefined, undefined],
      ],
    )
    near(jobs[0]!.itEnergyKWh, 0.075)
    near(jobs[0]!.intensityGPerKWh, 56) // 0.0042 kg / 0.075 kWh
    near(jobs[1]!.intensityGPerKWh, 427.5) // 0.0855 / 0.2
    near(jobs[2]!.intensityGPerKWh, 510) // 0.0051 / 0.01
    near(total(jobs), 0.285)
    assert.equal(jobs[0]!.startedAt, '2021-02-11T14:02:37Z') // 14:32:37 − 1800 s
    assert.equal(jobs[1]!.startedAt, '2021-02-11T15:05:11.500Z') // 16:05:12 − 3600.5 s
    near(jobs[1]!.durationHours, 3600.5 / 3600)
    assert.equal(jobs[0]!.pue, undefined)
    assert.deepEqual(jobs[0]!.source, {
      path: join(FIXTURES, 'v1.0-bom/emissions.csv'),
      format: 'codecarbon',
      line: 2,
    })
  })

  void it('2021 prerelease header with 14 trailing empty header cells: each row its own run', async () => {
    const { jobs, notices } = await readFixture('2021-prerelease-trailing/emissions.csv')
    assert.deepEqual(notices, [])
    assert.deepEqual(
      jobs.map((j) => j.name),
      ['codecarbon line 2', 'codecarbon line 3'],
    )
    near(jobs[0]!.itEnergyKWh, 0.035045363)
    near(jobs[1]!.itEnergyKWh, 0.00885)
    near(jobs[0]!.intensityGPerKWh, 27.399096 / 0.035045363) // g / kWh
    assert.equal(jobs[0]!.startedAt, '2021-07-14T10:00:10.485Z') // 10:59:36 − 3565.51492 s
    assert.equal(jobs[0]!.country, 'MAR')
  })

  void it('v2.2.3 with pue 1.2: PUE divided out, intensity from the PUE-included energy', async () => {
    const { jobs } = await readFixture('v2.2.3-pue/emissions.csv')
    assert.equal(jobs.length, 2)
    const [a, b] = jobs as [JobRecord, JobRecord]
    near(a.itEnergyKWh, 0.998) // 1.1976 / 1.2
    near(b.itEnergyKWh, 0.0808 / 1.2)
    assert.equal(a.pue, 1.2)
    near(a.intensityGPerKWh, 56) // 0.0670656 kg / 1.1976 kWh
    assert.equal(a.name, 'resnet50-cifar10 1a00e3df')
    assert.equal(a.gpuCount, 1)
    assert.equal(a.gpuModel, 'NVIDIA GeForce RTX 3090')
    assert.equal(a.cpuThreads, 16)
    near(a.durationHours, 4)
    assert.equal(a.startedAt, '2023-07-04T14:30:00Z')
    const paris = await readFixture('v2.2.3-pue/emissions.csv', 'Europe/Paris')
    assert.equal(paris.jobs[0]!.startedAt, '2023-07-04T12:30:00Z') // CEST = UTC+2
  })

  void it('v3.2 38 columns on GCP', async () => {
    const { jobs } = await readFixture('v3.2-38col/emissions.csv')
    assert.deepEqual(
      jobs.map((j) => [j.name, j.cloudProvider, j.cloudRegion, j.country, j.gpuModel, j.pue]),
      [
        ['bert-base-sst2 57d47101', 'gcp', 'us-central1', 'USA', 'NVIDIA L4', 1],
        ['bert-base-sst2 f56ff211', 'gcp', 'us-central1', 'USA', 'NVIDIA L4', 1],
      ],
    )
    near(jobs[0]!.itEnergyKWh, 0.51)
    near(jobs[1]!.itEnergyKWh, 0.1625)
    near(jobs[0]!.intensityGPerKWh, 394)
    near(jobs[0]!.durationHours, 1.5)
    assert.equal(jobs[0]!.startedAt, '2026-01-20T07:45:42Z')
    assert.equal(jobs[1]!.cpuThreads, 12)
  })

  void it('v3.2.3 file with empty columns moved to the end: read by name', async () => {
    const { jobs } = await readFixture('v3.2.3-reordered/emissions.csv')
    assert.equal(jobs.length, 2)
    near(jobs[0]!.itEnergyKWh, 0.002)
    near(jobs[1]!.itEnergyKWh, 0.004)
    near(jobs[0]!.intensityGPerKWh, 381)
    assert.equal(jobs[0]!.cpuThreads, 8)
    assert.equal(jobs[0]!.country, 'DEU')
    assert.equal(jobs[0]!.gpuCount, undefined)
    assert.equal(jobs[0]!.cloudProvider, undefined)
    assert.equal(jobs[0]!.pue, 1)
  })

  void it('flush-cumulative rows: the last row of each run counts, runs interleaved', async () => {
    const { jobs, notices } = await readFixture('flush-cumulative/emissions.csv')
    assert.deepEqual(notices, [])
    assert.deepEqual(
      jobs.map((j) => [j.name, j.source.line]),
      [
        ['llm-eval 6c344828', 7],
        ['llm-eval 9362e02e', 6],
      ],
    )
    near(jobs[0]!.itEnergyKWh, 0.01003)
    near(jobs[1]!.itEnergyKWh, 0.003)
    near(total(jobs), 0.01303) // not the 0.02953 of summing every row
    near(jobs[0]!.durationHours, 240.05 / 3600)
    assert.equal(jobs[0]!.startedAt, '2023-12-12T21:26:59.950Z')
    assert.equal(jobs[1]!.startedAt, '2023-12-12T21:28:40Z')
    near(jobs[0]!.intensityGPerKWh, 200)
  })

  void it('short row: skipped with a notice naming the line', async () => {
    const path = join(FIXTURES, 'short-row/emissions.csv')
    const { jobs, notices } = await readFixture('short-row/emissions.csv')
    assert.deepEqual(notices, [
      {
        path,
        line: 3,
        message: "row has 36 fields, header has 38: skipped (CodeCarbon's short-row append bug)",
      },
    ])
    assert.deepEqual(
      jobs.map((j) => j.source.line),
      [2, 4],
    )
    near(total(jobs), 0.57)
    assert.equal(jobs[0]!.gpuModel, 'NVIDIA RTX 6000 Ada Generation')
  })

  void it('space-padded header and cells with CRLF', async () => {
    const { jobs } = await readFixture('space-padded-crlf/emissions.csv')
    assert.deepEqual(
      jobs.map((j) => [j.name, j.country, j.cpuThreads, j.gpuModel]),
      [
        ['sentiment-lstm f2385d19', 'ESP', 12, 'NVIDIA GeForce RTX 4060'],
        ['sentiment-lstm 5cfa9565', 'ESP', 12, 'NVIDIA GeForce RTX 4060'],
      ],
    )
    near(jobs[0]!.itEnergyKWh, 0.10683)
    near(jobs[1]!.itEnergyKWh, 0.0606)
    near(jobs[1]!.intensityGPerKWh, 10.2 / 0.0606)
    near(jobs[0]!.durationHours, 0.75)
  })

  void it('task file beside an emissions.csv holding its run: not counted twice', async () => {
    const name = 'emissions_base_58a2b8de-9580-4471-89bf-16d758f2f284.csv'
    const { jobs, notices } = await readFixture(`task/${name}`)
    assert.deepEqual(jobs, [])
    assert.equal(notices.length, 1)
    assert.match(notices[0]!.message, /58a2b8de.*already counted in emissions\.csv/)
    const main = await readFixture('task/emissions.csv')
    assert.equal(main.jobs.length, 1)
    near(main.jobs[0]!.itEnergyKWh, 0.05406)
    // The same task file without its sibling: one job per task (deltas).
    const alone = await read(memoryInput(`x/${name}`, readFileSync(join(FIXTURES, 'task', name))))
    assert.deepEqual(
      alone.jobs.map((j) => [j.name, j.source.line]),
      [
        ['load_data', 2],
        ['train', 3],
        ['evaluate', 4],
      ],
    )
    near(alone.jobs[1]!.itEnergyKWh, 0.04425)
    near(total(alone.jobs), 0.05406)
    near(alone.jobs[1]!.intensityGPerKWh, 56)
    assert.equal(alone.jobs[1]!.gpuCount, undefined) // column dropped by the task writer
    assert.equal(alone.jobs[1]!.startedAt, '2024-10-03T08:01:40Z')
  })

  void it('task file whose sibling emissions.csv lacks its run: tasks counted', async () => {
    const { jobs, notices } = await readFixture(
      'task-alone/emissions_base_a69899d0-a139-454b-a563-97b2e86acf24.csv',
    )
    assert.deepEqual(notices, [])
    assert.deepEqual(
      jobs.map((j) => j.name),
      ['preprocess', 'inference'],
    )
    near(jobs[0]!.itEnergyKWh, 0.006)
    near(jobs[1]!.itEnergyKWh, 0.0443)
    const sibling = `${H31}\n${row31('2024-10-04T15:00:00', 'another-run', '60', '0.001', '0.01')}\n`
    const text = readFileSync(
      join(FIXTURES, 'task-alone/emissions_base_a69899d0-a139-454b-a563-97b2e86acf24.csv'),
    )
    const beside = await read(
      memoryInput('r/emissions_base_a69899d0.csv', text, {
        siblings: { 'emissions.csv': sibling },
      }),
    )
    assert.equal(beside.jobs.length, 2)
  })

  void it('header only, and empty files: hold no job', async () => {
    await assertArtifactError(readFixture('header-only/emissions.csv'), undefined, /^holds no job/)
    await assertArtifactError(readText(''), undefined, /^holds no job/)
    await assertArtifactError(readText('\n\r\n'), undefined, /^holds no job/)
  })

  void it('negative energy: an error naming the line', async () => {
    await assertArtifactError(
      readFixture('negative-energy/emissions.csv'),
      3,
      /energy_consumed is -0\.0606 kWh: a negative value cannot be physical/,
    )
  })

  void it('reads the same whatever the chunk size', async () => {
    const files = [
      'v1.0-bom/emissions.csv',
      '2021-prerelease-trailing/emissions.csv',
      'v2.2.3-pue/emissions.csv',
      'v3.2-38col/emissions.csv',
      'v3.2.3-reordered/emissions.csv',
      'flush-cumulative/emissions.csv',
      'short-row/emissions.csv',
      'space-padded-crlf/emissions.csv',
    ]
    for (const rel of files) {
      const bytes = readFileSync(join(FIXTURES, rel))
      const results = await Promise.all(
        [1, 7, 1 << 20].map((chunkSize) =>
          read(memoryInput(`f/${basename(rel)}`, bytes, { chunkSize })),
        ),
      )
      assert.ok(results[0]!.jobs.length > 0, rel)
      assert.deepEqual(results[0], results[1], rel)
      assert.deepEqual(results[0], results[2], rel)
    }
  })
})

void describe('codecarbon: examples', () => {
  const EXAMPLES = resolve(import.meta.dirname, '../../examples/codecarbon')
  void it('the demo artifacts read cleanly', async () => {
    const v12 = await read(fileInput(join(EXAMPLES, 'v1.2-cpu-sweep/emissions.csv')))
    assert.equal(v12.jobs.length, 3)
    near(total(v12.jobs), 0.093504) // 0.029534 + 0.035958 + 0.028012
    const laptop = await read(fileInput(join(EXAMPLES, 'v2.4-laptop/emissions.csv')))
    assert.deepEqual(
      laptop.jobs.map((j) => [j.source.line, j.gpuCount]),
      [
        [2, 0],
        [4, 0],
        [5, 0],
      ],
    )
    const gpu = await read(fileInput(join(EXAMPLES, 'v3.2-gpu-finetune/emissions.csv')))
    assert.equal(gpu.jobs.length, 1) // six flushes of one run
    assert.equal(gpu.jobs[0]!.source.line, 7)
    near(gpu.jobs[0]!.itEnergyKWh, 0.5235190038888888)
    near(gpu.jobs[0]!.durationHours, 5012.38 / 3600)
    assert.equal(gpu.jobs[0]!.gpuModel, 'NVIDIA A100-SXM4-40GB')
    near(gpu.jobs[0]!.intensityGPerKWh, 236)
    for (const result of [v12, laptop, gpu]) assert.deepEqual(result.notices, [])
  })
})

void describe('codecarbon: shared samples', { skip: skipWithoutSamples('codecarbon') }, () => {
  const files = sampleFiles('codecarbon')
  const byName = (part: string): string => files.find((f) => f.includes(part))!

  void it('every sample is detected and read without throwing', async () => {
    for (const file of files) {
      const head = readFileSync(file, 'utf8')
        .replace(/^\uFEFF/, '')
        .slice(0, 65536)
      assert.equal(codecarbonReader.detect(basename(file), head), true, file)
      const { jobs } = await read(fileInput(file))
      assert.ok(jobs.length > 0, file)
      for (const j of jobs) assert.ok(Number.isFinite(j.itEnergyKWh) && j.itEnergyKWh >= 0, file)
    }
  })

  void it('AzimovS flush excerpt: one run, the last of four rows counts', async () => {
    const { jobs } = await read(fileInput(byName('AzimovS')))
    assert.equal(jobs.length, 1)
    const job = jobs[0]!
    assert.equal(job.name, 'Test fce6a978')
    assert.equal(job.source.line, 5)
    near(job.itEnergyKWh, 0.0005393320953183)
    near(job.durationHours, 40.03375124931336 / 3600)
    assert.equal(job.gpuCount, undefined) // empty gpu_count on this Apple M2 Pro
    assert.equal(job.country, 'ITA')
  })

  void it('1gni5 v2.3.1: one RTX 3060 run', async () => {
    const { jobs } = await read(fileInput(byName('1gni5')))
    assert.equal(jobs.length, 1)
    near(jobs[0]!.itEnergyKWh, 0.006970026799023542)
    assert.equal(jobs[0]!.gpuModel, 'NVIDIA GeForce RTX 3060')
    assert.equal(jobs[0]!.gpuCount, 1)
    assert.equal(jobs[0]!.cpuThreads, 20)
    near(jobs[0]!.intensityGPerKWh, 0.4697101059861965 / 0.006970026799023542)
  })

  void it('v2.4 example: 19 runs, two rows without energy skipped, Apple M1 is no discrete GPU', async () => {
    const { jobs, notices } = await read(fileInput(byName('v2.4-HEAD')))
    assert.equal(jobs.length, 19) // 16 run_ids + 3 rows with an empty run_id that have energy
    assert.deepEqual(
      notices.map((n) => [n.line, n.message]),
      [
        [6, 'row has no energy_consumed: skipped'],
        [7, 'row has no energy_consumed: skipped'],
      ],
    )
    near(total(jobs), 0.008090266169168935)
    assert.equal(jobs[4]!.source.line, 13) // run 8a1d9822: six flushes, the last at line 13
    near(jobs[4]!.itEnergyKWh, 6.403828607971138e-5)
    assert.equal(jobs[0]!.gpuCount, 0)
    assert.equal(jobs[0]!.gpuModel, undefined)
  })

  void it('v1.0 and 2021 prerelease examples: 100 runs, 496 kWh each', async () => {
    for (const part of ['v1.0-2020', '2021-07-prerelease']) {
      const { jobs } = await read(fileInput(byName(part)))
      assert.equal(jobs.length, 100, part)
      near(total(jobs), 496)
    }
  })

  void it('test-data headers: old 11 columns and the 38-column one', async () => {
    const old = await read(fileInput(byName('invalid_headers_old')))
    assert.deepEqual(
      old.jobs.map((j) => [j.name, j.country]),
      [['codecarbon line 2', 'MAR']],
    )
    near(old.jobs[0]!.itEnergyKWh, 0.001308618772068)
    const v32 = await read(fileInput(byName('valid_headers_v3.2')))
    assert.equal(v32.jobs[0]!.name, 'codecarbon 0a578547')
    near(v32.jobs[0]!.itEnergyKWh, 0.00057442898176)
  })
})

void describe('codecarbon: rules', () => {
  const csv = (...lines: string[]): string => `${[H31, ...lines].join('\n')}\n`
  const ts = '2024-03-01T12:00:00'

  void it('a first line that is not a CodeCarbon header is an error at line 1', async () => {
    await assertArtifactError(
      readText('timestamp,duration,energy\n2024-03-01T12:00:00,10,0.1\n'),
      1,
      /not a CodeCarbon emissions file: its header lacks emissions, energy_consumed/,
    )
  })

  void it('blank lines are ignored and line numbers kept', async () => {
    const text = `${H31}\n\n${row31(ts, 'r1', '60', '0.001', '0.01')}\n\r\n${row31(ts, 'r2', '60', '0.001', '0.02')}`
    const { jobs } = await readText(text)
    assert.deepEqual(
      jobs.map((j) => j.source.line),
      [3, 5],
    )
  })

  void it('pandas numbers, quoted cells and null spellings', async () => {
    const quoted = row31(ts, 'r1', '8.0', '3.4e-05', '6.8E-4', {
      cpuCount: '8.0',
      gpuCount: '2.0',
      gpuModel: '"1 x NVIDIA A100-SXM4-80GB, 1 x NVIDIA T4"',
      pue: 'nan',
    })
    const { jobs, notices } = await readText(csv(quoted))
    assert.deepEqual(notices, [])
    const job = jobs[0]!
    near(job.itEnergyKWh, 0.00068)
    near(job.intensityGPerKWh, 50) // 0.034 g / 0.00068 kWh
    assert.equal(job.cpuThreads, 8)
    assert.equal(job.gpuCount, 2)
    // a mix is split into its models (issue 13): each keeps its count for the embodied estimate
    assert.equal(job.gpuModel, 'mixed: NVIDIA A100-SXM4-80GB, NVIDIA T4')
    assert.deepEqual(job.gpuModels, [
      { model: 'NVIDIA A100-SXM4-80GB', count: 1 },
      { model: 'NVIDIA T4', count: 1 },
    ])
    assert.equal(job.pue, undefined)
    near(job.durationHours, 8 / 3600)
    const nulls = row31(ts, 'r2', 'N/A', '', '0.5', { gpuCount: '[N/A]', gpuModel: '-' })
    const other = await readText(csv(nulls))
    assert.equal(other.jobs[0]!.durationHours, undefined)
    assert.equal(other.jobs[0]!.startedAt, undefined)
    assert.equal(other.jobs[0]!.intensityGPerKWh, undefined)
    assert.equal(other.jobs[0]!.gpuCount, undefined)
  })

  void it('zero energy gives no intensity; empty energy skips the row', async () => {
    const { jobs, notices } = await readText(
      csv(row31(ts, 'r1', '5', '0', '0'), row31(ts, 'r2', '5', '', 'nan')),
    )
    assert.equal(jobs.length, 1)
    assert.equal(jobs[0]!.itEnergyKWh, 0)
    assert.equal(jobs[0]!.intensityGPerKWh, undefined)
    assert.deepEqual(notices, [
      { path: 'runs/emissions.csv', line: 3, message: 'row has no energy_consumed: skipped' },
    ])
    await assertArtifactError(
      readText(csv(row31(ts, 'r2', '5', '', ''))),
      2,
      /^holds no job: all 1 rows were skipped \(first: row has no energy_consumed: skipped\)/,
    )
  })

  void it('run keys: run_id, else experiment_id (v1.x), empty run_id is a run of its own', async () => {
    const v1 =
      'timestamp,experiment_id,project_name,duration,emissions,energy_consumed,country_name\n' +
      '2021-01-05T10:00:00,exp-a,p,60,0.001,0.01,France\n' +
      '2021-01-05T10:01:00,exp-a,p,120,0.002,0.02,France\n' +
      '2021-01-05T10:02:00,exp-b,p,30,0.001,0.005,France\n'
    const byExperiment = await readText(v1)
    assert.deepEqual(
      byExperiment.jobs.map((j) => [j.name, j.itEnergyKWh]),
      [
        ['p exp-a', 0.02],
        ['p exp-b', 0.005],
      ],
    )
    // v2.7+: experiment_id is shared, run_id keys; an empty run_id is its own run.
    const h = 'timestamp,project_name,run_id,experiment_id,duration,emissions,energy_consumed\n'
    const shared = await readText(
      `${h}${ts},p,,5b0fa12a,60,0.001,0.01\n${ts},p,,5b0fa12a,60,0.001,0.01\n${ts},p,abcdef0123,5b0fa12a,60,0.001,0.03\n`,
    )
    assert.deepEqual(
      shared.jobs.map((j) => j.name),
      ['p line 2', 'p line 3', 'p abcdef01'],
    )
    near(total(shared.jobs), 0.05)
    // Neither column: each row is a run.
    const bare = await readText(
      'duration,emissions,energy_consumed\n60,0.001,0.01\n60,0.001,0.01\n',
    )
    assert.deepEqual(
      bare.jobs.map((j) => j.name),
      ['codecarbon line 2', 'codecarbon line 3'],
    )
  })

  void it('a run going backwards is an error at the later row', async () => {
    const later = '2024-03-01T12:01:00'
    await assertArtifactError(
      readText(
        csv(row31(ts, 'r1', '60', '0.001', '0.02'), row31(later, 'r1', '120', '0.002', '0.01')),
      ),
      3,
      /energy_consumed goes backwards within run r1 \(0\.02 kWh at line 2, 0\.01 kWh here\)/,
    )
    await assertArtifactError(
      readText(
        csv(row31(ts, 'r1', '60', '0.001', '0.01'), row31(later, 'r1', '50', '0.002', '0.02')),
      ),
      3,
      /duration goes backwards within run r1/,
    )
    const dayLater = '2024-03-02T12:00:00'
    await assertArtifactError(
      readText(
        csv(row31(dayLater, 'r1', '60', '0.001', '0.01'), row31(ts, 'r1', '120', '0.002', '0.02')),
      ),
      3,
      /timestamp goes backwards within run r1 \(2024-03-02T12:00:00 at line 2, 2024-03-01T12:00:00 here\)/,
    )
    // Clocks going back in autumn: local time repeats an hour; not an error.
    const autumn = await readText(
      csv(
        row31('2024-10-27T02:59:30', 'r1', '60', '0.001', '0.01'),
        row31('2024-10-27T02:00:30', 'r1', '120', '0.002', '0.02'),
      ),
    )
    assert.equal(autumn.jobs.length, 1)
    // Different runs may go "backwards" relative to each other.
    const ok = await readText(
      csv(row31(later, 'r1', '60', '0.001', '0.02'), row31(ts, 'r2', '10', '0.0001', '0.001')),
    )
    assert.equal(ok.jobs.length, 2)
  })

  void it('values that cannot be physical are errors naming the line', async () => {
    const cases: [string, RegExp][] = [
      [row31(ts, 'r', '60', '0.001', 'abc'), /energy_consumed "abc" is not a number/],
      [row31(ts, 'r', 'inf', '0.001', '0.01'), /duration "inf" is not finite/],
      [row31(ts, 'r', '-5', '0.001', '0.01'), /duration is -5 s: a negative value/],
      [row31(ts, 'r', '60', '-0.001', '0.01'), /emissions is -0\.001 kg: a negative value/],
      [row31('yesterday', 'r', '60', '0.001', '0.01'), /timestamp "yesterday" does not parse/],
      [row31('2024-02-30T25:00:00', 'r', '60', '0.001', '0.01'), /timestamp .* does not parse/],
    ]
    for (const [line, pattern] of cases) {
      await assertArtifactError(readText(csv(row31(ts, 'ok', '1', '0', '0.001'), line)), 3, pattern)
    }
  })

  void it('a pue that is not > 0 is not divided out, with a notice', async () => {
    const { jobs, notices } = await readText(
      csv(row31(ts, 'r1', '60', '0.001', '0.01', { pue: '0' })),
    )
    near(jobs[0]!.itEnergyKWh, 0.01)
    assert.equal(jobs[0]!.pue, undefined)
    assert.deepEqual(
      notices.map((n) => [n.line, n.message]),
      [[2, 'pue 0 is not a number > 0: energy_consumed taken as IT energy']],
    )
  })

  void it('an integrated GPU (gpu_model = cpu_model) counts as 0 discrete GPUs', async () => {
    const { jobs } = await readText(
      csv(row31(ts, 'r1', '60', '0.001', '0.01', { cpuModel: 'Apple M1', gpuModel: 'Apple M1' })),
    )
    assert.equal(jobs[0]!.gpuCount, 0)
    assert.equal(jobs[0]!.gpuModel, undefined)
    assert.deepEqual(jobs[0]!.notes, ['integrated GPU (Apple M1) counted as 0 discrete GPUs'])
  })

  void it('timestamps are read in the configured zone', async () => {
    const text = csv(row31('2024-01-15T09:00:00', 'r1', '3600', '0.001', '0.01'))
    const ny = await read(memoryInput('e/emissions.csv', text), 'America/New_York')
    assert.equal(ny.jobs[0]!.startedAt, '2024-01-15T13:00:00Z') // EST = UTC−5, minus 1 h
  })

  void it('longer rows are skipped too; notices beyond 20 are counted, not listed', async () => {
    const long = `${row31(ts, 'x', '1', '0', '0.001')},extra`
    const short = row31(ts, 'y', '1', '0', '0.001').split(',').slice(0, 30).join(',')
    const rows = [
      long,
      ...Array.from({ length: 25 }, () => short),
      row31(ts, 'z', '1', '0', '0.001'),
    ]
    const { jobs, notices } = await readText(csv(...rows), 'emissions.csv', 4096)
    assert.equal(jobs.length, 1)
    assert.equal(notices.length, 21)
    assert.match(notices[0]!.message, /^row has 32 fields, header has 31: skipped \(an unquoted/)
    assert.equal(notices[1]!.line, 3)
    assert.deepEqual(notices[20], {
      path: 'runs/emissions.csv',
      message: '6 more rows skipped (not listed)',
    })
  })

  void it('many runs and many flushes: one job per run', async () => {
    const lines: string[] = []
    for (let flush = 1; flush <= 3; flush++) {
      for (let run = 0; run < 2000; run++) {
        const e = (flush * (run + 1)) / 1e6
        lines.push(row31(ts, `run-${run}`, String(flush * 10), String(e / 10), String(e)))
      }
    }
    const { jobs } = await readText(csv(...lines), 'emissions.csv', 65536)
    assert.equal(jobs.length, 2000)
    // Σ over runs of the last flush: 3 × (1 + … + 2000) / 1e6 = 3 × 2,001,000 / 1e6
    near(total(jobs), 6.003)
    assert.equal(jobs[1999]!.source.line, 6001)
  })
})
