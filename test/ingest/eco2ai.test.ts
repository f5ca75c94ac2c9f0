import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { describe, it } from 'node:test'
import { ArtifactError } from '../../src/core/errors.js'
import type { JobRecord } from '../../src/core/types.js'
import { eco2aiReader, parseCountry, parseGpuName } from '../../src/ingest/formats/eco2ai/eco2ai.js'
import type { ReadOptions, ReadResult } from '../../src/ingest/types.js'
import { fileInput, memoryInput } from '../support/memory-input.js'
import { sampleFiles, skipWithoutSamples } from '../support/samples.js'

const FIXTURES = resolve(import.meta.dirname, '../fixtures/eco2ai')
const UTC: ReadOptions = { timezone: 'UTC', maxGapSeconds: 60 }
const CHUNKS = [1, 7, 1 << 20] as const
const HEADER =
  'id,project_name,experiment_description,epoch,start_time,duration(s),power_consumption(kWh),CO2_emissions(kg),CPU_name,GPU_name,OS,region/country,cost'

function close(actual: number | undefined, expected: number, what: string): void {
  assert.ok(actual !== undefined, `${what} is undefined`)
  assert.ok(
    Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)),
    `${what}: ${actual} ≠ ${expected}`,
  )
}

function readFixture(
  rel: string,
  chunkSize: number,
  options: ReadOptions = UTC,
  transform: (t: string) => string = (t) => t,
): Promise<ReadResult> {
  const text = transform(readFileSync(join(FIXTURES, rel), 'utf8'))
  assert.ok(eco2aiReader.detect(basename(rel), text), `${rel} detected`)
  return eco2aiReader.read(memoryInput(`fixtures/${rel}`, text, { chunkSize }), options)
}

function read(text: string, name = 'emission.csv'): Promise<ReadResult> {
  return eco2aiReader.read(memoryInput(name, text), UTC)
}

describe('eco2ai detect', () => {
  it('decides by header, not by name', () => {
    assert.equal(eco2aiReader.detect('emission.csv', `${HEADER}\n`), true)
    assert.equal(eco2aiReader.detect('runs.csv', `${HEADER}\n`), true)
    assert.equal(
      eco2aiReader.detect(
        'emission.csv',
        'project_name,experiment_description(model type etc.),start_time,duration(s),power_consumption(kWTh),CO2_emissions(kg),CPU_name,GPU_name,OS,region/country\r\n',
      ),
      true,
    )
    assert.equal(
      eco2aiReader.detect('emission.csv', 'timestamp,energy_consumed,emissions\n'),
      false,
    )
    assert.equal(
      eco2aiReader.detect(
        'emission.csv',
        'project_name,total duration(s),total power_consumption(kWh)\n',
      ),
      false,
    )
    assert.equal(eco2aiReader.detect('encoded_emission.csv', `${HEADER}\n`), false)
  })
})

describe('eco2ai cells', () => {
  it('parses GPU_name', () => {
    assert.deepEqual(parseGpuName('NVIDIA A100 2 device(s)'), {
      gpuCount: 2,
      gpuModel: 'NVIDIA A100',
    })
    assert.deepEqual(parseGpuName(' 0 device(s)'), { gpuCount: 0 })
    assert.deepEqual(parseGpuName('CPU 0 device(s)'), { gpuCount: 0 })
    assert.deepEqual(parseGpuName('Tesla T4 1 device(s) nvml'), {
      gpuCount: 1,
      gpuModel: 'Tesla T4',
    })
    assert.deepEqual(parseGpuName('unknown'), {})
  })
  it('parses region/country', () => {
    assert.equal(parseCountry('IN/Delhi'), 'IN')
    assert.equal(parseCountry('(CH/Ticino)'), 'CH')
    assert.equal(parseCountry('RU'), 'RU')
    assert.equal(parseCountry(''), undefined)
  })
})

describe('eco2ai fixtures', () => {
  for (const chunkSize of CHUNKS) {
    it(`old header (kWTh, no id): one job per row (chunk ${chunkSize})`, async () => {
      const { jobs, notices } = await readFixture('old-header/emission.csv', chunkSize)
      assert.equal(jobs.length, 2)
      const [a, b] = jobs as [JobRecord, JobRecord]
      assert.equal(a.name, 'Deafult project name (line 2)')
      assert.deepEqual(a.source, {
        path: 'fixtures/old-header/emission.csv',
        format: 'eco2ai',
        line: 2,
      })
      close(a.itEnergyKWh, 0.5, 'a energy')
      close(a.intensityGPerKWh, 423, 'a intensity') // 0.2115 kg × 1000 ÷ 0.5 kWh
      close(a.durationHours, 1, 'a duration')
      assert.equal(a.startedAt, '2022-06-14T10:00:00Z')
      assert.equal(a.gpuCount, 1)
      assert.equal(a.gpuModel, 'Tesla T4')
      assert.equal(a.country, 'US')
      assert.equal(a.pue, undefined)
      assert.equal(a.cpuThreads, undefined)
      close(b.itEnergyKWh, 0.25, 'b energy')
      close(b.intensityGPerKWh, 420, 'b intensity') // 0.105 × 1000 ÷ 0.25
      close(b.durationHours, 0.5, 'b duration')
      assert.deepEqual(notices, [])
    })

    it(`new header: start/stop row, summed epochs, empty epoch cells, skipped short row (chunk ${chunkSize})`, async () => {
      const { jobs, notices } = await readFixture('new-header/emission.csv', chunkSize)
      assert.equal(jobs.length, 3)
      const [run, train, lstm] = jobs as [JobRecord, JobRecord, JobRecord]

      assert.equal(run.name, 'bert-finetune (3f6c2a1e)')
      assert.equal(run.source.line, 2)
      close(run.itEnergyKWh, 2.4, 'run energy')
      close(run.intensityGPerKWh, 400, 'run intensity') // 0.96 × 1000 ÷ 2.4
      close(run.durationHours, 2, 'run duration')
      assert.equal(run.gpuCount, 4)
      assert.equal(run.gpuModel, 'NVIDIA A100-SXM4-80GB')
      assert.equal(run.country, 'IN')
      assert.equal(run.notes, undefined)

      assert.equal(train.name, 'resnet50 (9a1b7c3d)')
      assert.equal(train.source.line, 3)
      close(train.itEnergyKWh, 0.33, 'train energy') // 0.1 + 0.12 + 0.11
      close(train.intensityGPerKWh, 300, 'train intensity') // 0.099 kg ÷ 0.33 kWh
      close(train.durationHours, 0.5166666666666667, 'train duration') // 1860 s
      assert.equal(train.startedAt, '2024-02-02T10:00:00Z')
      assert.equal(train.gpuCount, 1)
      assert.equal(train.gpuModel, 'NVIDIA GeForce RTX 3090')
      assert.equal(train.country, 'CH')
      assert.deepEqual(train.notes, ['3 epoch rows summed'])

      assert.equal(lstm.name, 'lstm (5d4c3b2a)')
      close(lstm.itEnergyKWh, 0.05, 'lstm energy')
      close(lstm.intensityGPerKWh, 40, 'lstm intensity') // 0.002 kg ÷ 0.05 kWh
      close(lstm.durationHours, 0.20833333333333334, 'lstm duration') // 750 s
      assert.equal(lstm.gpuCount, 0)
      assert.equal(lstm.gpuModel, undefined)
      assert.equal(lstm.country, 'RU')

      assert.equal(notices.length, 1)
      assert.equal(notices[0]!.line, 6)
      assert.match(notices[0]!.message, /9 fields where the header has 13/)
    })
  }

  it('reads CRLF and a BOM the same', async () => {
    const plain = await readFixture('new-header/emission.csv', 7)
    const crlf = await readFixture(
      'new-header/emission.csv',
      7,
      UTC,
      (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`,
    )
    assert.deepEqual(crlf, plain)
  })

  it('reads start_time in the configured zone', async () => {
    const { jobs } = await readFixture('new-header/emission.csv', 7, {
      timezone: 'Asia/Kolkata',
      maxGapSeconds: 60,
    })
    assert.equal(jobs[0]!.startedAt, '2024-02-01T03:30:00Z')
  })
})

describe('eco2ai edge cases', () => {
  const row = (energy: string, duration = '10', start = '2024-01-01 00:00:00'): string =>
    `a1,p,d,N/A,${start},${duration},${energy},0.001,"cpu/1 device(s), TDP:10", 0 device(s),Linux,RU,0`

  it('0.2.8-dev header (kWTh with id) reads the same', async () => {
    const header = HEADER.replace('(kWh)', '(kWTh)')
    const { jobs } = await read(`${header}\n${row('0.01')}\n`)
    close(jobs[0]!.itEnergyKWh, 0.01, 'energy')
    close(jobs[0]!.intensityGPerKWh, 100, 'intensity') // 0.001 × 1000 ÷ 0.01
  })

  it('header only holds no job', async () => {
    await assert.rejects(
      read(`${HEADER}\n`),
      (e: unknown) => e instanceof ArtifactError && /holds no job/.test(e.message),
    )
  })

  it('negative or NaN energy, negative duration, bad start_time: errors with the line', async () => {
    for (const bad of [row('-1'), row('nan'), row('0.1', '-5'), row('0.1', '10', 'yesterday')]) {
      await assert.rejects(
        read(`${HEADER}\n${row('0.1')}\n${bad}\n`, 'runs/emission.csv'),
        (e: unknown) => {
          assert.ok(e instanceof ArtifactError)
          assert.equal(e.where, 'runs/emission.csv:3')
          return true
        },
      )
    }
  })

  it('zero energy gives no intensity', async () => {
    const { jobs } = await read(`${HEADER}\n${row('0')}\n`)
    assert.equal(jobs[0]!.itEnergyKWh, 0)
    assert.equal(jobs[0]!.intensityGPerKWh, undefined)
  })

  it('repeated start/stop rows of one id: the longest one, with a notice', async () => {
    const { jobs, notices } = await read(`${HEADER}\n${row('0.1', '10')}\n${row('0.3', '30')}\n`)
    assert.equal(jobs.length, 1)
    close(jobs[0]!.itEnergyKWh, 0.3, 'energy')
    assert.equal(notices.length, 1)
    assert.equal(notices[0]!.line, 3)
  })
})

describe('eco2ai example', () => {
  it('examples/eco2ai: a 3-epoch training run and an evaluation run', async () => {
    const file = resolve(import.meta.dirname, '../../examples/eco2ai/emission.csv')
    const { jobs, notices } = await eco2aiReader.read(fileInput(file), UTC)
    assert.equal(jobs.length, 2)
    close(jobs[0]!.itEnergyKWh, 2.1927, 'training energy') // 0.7321 + 0.7297 + 0.7309
    close(jobs[1]!.itEnergyKWh, 0.0611, 'eval energy')
    assert.equal(jobs[0]!.gpuCount, 2)
    assert.deepEqual(notices, [])
  })
})

describe('eco2ai samples', { skip: skipWithoutSamples('eco2ai') }, () => {
  const files = sampleFiles('eco2ai')
  const expected: Record<string, (job: JobRecord) => void> = {
    'kp-156_eco2ai-implementation-minor-project-_emission.csv': (job) => {
      assert.equal(job.name, 'ECO2AI Usage Example (ab397bff)')
      close(job.itEnergyKWh, 0.001852887875604317, 'energy')
      close(job.intensityGPerKWh, 625.573, 'intensity') // 1.1591166270054193 g ÷ 0.001852887875604317 kWh
      close(job.durationHours, 0.2803548214170668, 'duration') // 1009.2773571014404 s
      assert.equal(job.startedAt, '2023-11-25T19:14:27Z')
      assert.equal(job.gpuCount, 1)
      assert.equal(job.gpuModel, 'Quadro T1000 with Max-Q Design')
      assert.equal(job.country, 'IN')
    },
    'sb-ai-lab_Eco2AI_emission.csv': (job) => {
      assert.equal(job.name, 'Default project name (6abc598e)')
      close(job.itEnergyKWh, 0.002, 'energy')
      close(job.intensityGPerKWh, 39.22, 'intensity') // 0.07844 g ÷ 0.002 kWh
      close(job.durationHours, 2.0558966530693903e-6, 'duration') // 0.0074012 s
      assert.equal(job.startedAt, '2026-10-06T01:17:23Z')
      assert.equal(job.gpuCount, 0)
      assert.equal(job.gpuModel, undefined)
      assert.equal(job.country, 'CH')
    },
  }
  it('has sample files', () => {
    assert.ok(files.length > 0)
  })
  for (const file of files) {
    const name = basename(file)
    it(name, async () => {
      assert.equal(eco2aiReader.detect(name, readFileSync(file, 'utf8')), true)
      const { jobs, notices } = await eco2aiReader.read(fileInput(file), UTC)
      assert.equal(jobs.length, 1)
      assert.deepEqual(notices, [])
      const check = expected[name]
      assert.ok(check, `no expected values written for ${name}`)
      check(jobs[0]!)
    })
  }
})
