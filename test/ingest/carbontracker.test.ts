import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { describe, it } from 'node:test'
import { ArtifactError } from '../../src/core/errors.js'
import type { JobRecord } from '../../src/core/types.js'
import { carbontrackerReader } from '../../src/ingest/formats/carbontracker/carbontracker.js'
import { scanLog } from '../../src/ingest/formats/carbontracker/carbontracker-scan.js'
import type { ReadOptions, ReadResult } from '../../src/ingest/types.js'
import { fileInput, memoryInput } from '../support/memory-input.js'
import { sampleFiles, skipWithoutSamples } from '../support/samples.js'

const FIXTURES = resolve(import.meta.dirname, '../fixtures/carbontracker')
const UTC: ReadOptions = { timezone: 'UTC', maxGapSeconds: 60 }
const CHUNKS = [1, 7, 1 << 20] as const

function close(actual: number | undefined, expected: number, what: string): void {
  assert.ok(actual !== undefined, `${what} is undefined`)
  assert.ok(
    Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)),
    `${what}: ${actual} ≠ ${expected}`,
  )
}

/** The output log of a fixture folder, with the folder's other files as siblings. */
async function readFixture(
  dir: string,
  chunkSize: number,
  options: ReadOptions = UTC,
  transform: (text: string) => string = (t) => t,
): Promise<ReadResult> {
  const folder = join(FIXTURES, dir)
  const names = readdirSync(folder)
  const output = names.find((n) => n.endsWith('_carbontracker_output.log'))!
  const siblings: Record<string, string> = {}
  for (const n of names)
    if (n !== output) siblings[n] = transform(readFileSync(join(folder, n), 'utf8'))
  const text = transform(readFileSync(join(folder, output), 'utf8'))
  const input = memoryInput(`fixtures/${dir}/${output}`, text, { chunkSize, siblings })
  assert.ok(carbontrackerReader.detect(output, text.slice(0, 65536)), `${output} detected`)
  return carbontrackerReader.read(input, options)
}

function onlyJob(result: ReadResult): JobRecord {
  assert.equal(result.jobs.length, 1)
  return result.jobs[0]!
}

describe('carbontracker detect', () => {
  const head =
    '2025-01-01 10:00:00 - CarbonTracker: The following components were found: CPU with device(s) cpu:0.\n'
  it('accepts every output-log naming scheme', () => {
    for (const name of [
      '19358.123456_2026-11-22T224901Z_carbontracker_output.log', // v2.x
      'run-a_19358.123456_2026-11-22T224901Z_carbontracker_output.log', // v2.x with prefix
      '31337_2022-05-01T083000Z_carbontracker_output.log', // v1.1.7 – v1.2.5
      '2020-04-10T09:30Z_carbontracker_output.log', // Apr 2020
      '2020-07-15T13-45Z_carbontracker_output.log', // Jul 2020
      '2020-08-20T141516Z_carbontracker_output.log', // Aug 2020 →
    ]) {
      assert.equal(carbontrackerReader.detect(name, head), true, name)
    }
  })
  it('confirms by content and refuses other files', () => {
    const name = '1.2_2025-01-01T100000Z_carbontracker_output.log'
    assert.equal(
      carbontrackerReader.detect(name, '2025-01-01 10:00:00 - carbontracker version 2.3.1\n'),
      true,
    )
    assert.equal(carbontrackerReader.detect(name, 'timestamp,project_name\n'), false)
    assert.equal(
      carbontrackerReader.detect('1.2_2025-01-01T100000Z_carbontracker.log', head),
      false,
    )
    assert.equal(carbontrackerReader.detect('emissions.csv', head), false)
  })
  it('treats the standard and error logs as companions', () => {
    assert.equal(
      carbontrackerReader.isCompanion?.('1.2_2025-01-01T100000Z_carbontracker.log'),
      true,
    )
    assert.equal(
      carbontrackerReader.isCompanion?.('1.2_2025-01-01T100000Z_carbontracker_err.log'),
      true,
    )
    assert.equal(
      carbontrackerReader.isCompanion?.('1.2_2025-01-01T100000Z_carbontracker_output.log'),
      false,
    )
  })
})

describe('carbontracker fixtures', () => {
  for (const chunkSize of CHUNKS) {
    it(`v2 scheme, 2 GPUs: prediction for 10 epochs from 1 measured (chunk ${chunkSize})`, async () => {
      const result = await readFixture('v2-multi-gpu', chunkSize)
      const job = onlyJob(result)
      assert.equal(job.name, '4242.777001_2025-03-04T101500Z')
      assert.equal(job.source.format, 'carbontracker')
      assert.equal(job.source.line, 12)
      close(job.itEnergyKWh, 1.0, 'itEnergyKWh') // 1.58 kWh ÷ 1.58
      assert.equal(job.pue, 1.58)
      close(job.intensityGPerKWh, 350, 'intensity') // 553 g ÷ 1.58 kWh
      close(job.durationHours, 1.6666666666666667, 'duration') // 1:40:00
      assert.equal(job.startedAt, '2025-03-04T10:15:00Z')
      assert.equal(job.gpuCount, 2)
      assert.equal(job.gpuModel, 'NVIDIA A100-SXM4-40GB')
      assert.equal(job.country, 'DE')
      assert.deepEqual(job.notes, ["carbontracker's prediction for 10 epochs from 1 measured"])
      assert.deepEqual(result.notices, [])
    })

    it(`v1.2.5 scheme without a PUE line: 1.55 assumed, actual = predicted epochs (chunk ${chunkSize})`, async () => {
      const result = await readFixture('v1-no-pue', chunkSize)
      const job = onlyJob(result)
      assert.equal(job.source.line, 4) // the actual block
      assert.equal(job.pue, 1.55)
      close(job.itEnergyKWh, 0.1866664516129032, 'itEnergyKWh') // 0.289333 ÷ 1.55
      close(job.intensityGPerKWh, 200.00023156708704, 'intensity') // 57.866667 ÷ 0.289333
      close(job.durationHours, 0.6666666666666666, 'duration')
      assert.equal(job.gpuCount, 1)
      assert.equal(job.gpuModel, 'Tesla V100-SXM2-16GB')
      assert.equal(job.country, 'FR')
      assert.equal(job.startedAt, '2022-05-01T08:30:00Z')
      assert.equal(result.notices.length, 1)
      assert.match(
        result.notices[0]!.message,
        /assumed carbontracker's PUE 1\.55 \(carbontracker 1\.2\.5/,
      )
    })

    it(`pre-1.1.7 name and 2020 formatter (chunk ${chunkSize})`, async () => {
      const result = await readFixture('pre-1.1.7', chunkSize)
      const job = onlyJob(result)
      assert.equal(job.name, '2020-08-20T141516Z')
      assert.equal(job.source.line, 10)
      assert.equal(job.pue, 1.58)
      close(job.itEnergyKWh, 0.0625, 'itEnergyKWh') // 0.09875 ÷ 1.58
      close(job.intensityGPerKWh, 294.21000506329113, 'intensity') // 29.053238 ÷ 0.09875
      close(job.durationHours, 0.4166666666666667, 'duration') // 0:25:00
      assert.equal(job.startedAt, '2020-08-20T14:15:16.101Z')
      assert.equal(job.gpuModel, 'GeForce GTX 1080 Ti')
      assert.equal(job.country, 'NL')
      assert.equal(result.notices.length, 1)
      assert.match(result.notices[0]!.message, /1\.1\.4 predates 1\.1\.7/)
    })

    it(`early stop: the actual block, 4 GPUs with wrapped and scientific power lines (chunk ${chunkSize})`, async () => {
      const job = onlyJob(await readFixture('early-stop', chunkSize))
      assert.equal(job.source.line, 12)
      close(job.itEnergyKWh, 0.975, 'itEnergyKWh') // 1.5405 ÷ 1.58
      close(job.intensityGPerKWh, 50, 'intensity') // 77.025 ÷ 1.5405
      close(job.durationHours, 0.75, 'duration')
      assert.equal(job.gpuCount, 4)
      assert.equal(job.gpuModel, 'NVIDIA H100 80GB HBM3')
      assert.equal(job.country, 'NO')
      assert.deepEqual(job.notes, ['training stopped early: the measured epochs only'])
    })

    it(`gCO2eq wording, no location, "Actual consumption:" only, CPU only (chunk ${chunkSize})`, async () => {
      const result = await readFixture('gco2eq-no-location', chunkSize)
      const job = onlyJob(result)
      assert.equal(job.source.line, 4)
      close(job.itEnergyKWh, 0.0015, 'itEnergyKWh') // 0.00237 ÷ 1.58
      close(job.intensityGPerKWh, 143.3, 'intensity') // 0.339621 ÷ 0.00237
      close(job.durationHours, 0.05, 'duration')
      assert.equal(job.gpuCount, 0)
      assert.equal(job.gpuModel, undefined)
      assert.equal(job.country, undefined)
      assert.deepEqual(result.notices, [])
    })

    it(`fallback intensity message gives the country (chunk ${chunkSize})`, async () => {
      const job = onlyJob(await readFixture('fallback-intensity', chunkSize))
      assert.equal(job.source.line, 5) // actual: both blocks cover 1 epoch
      close(job.itEnergyKWh, 0.03164556962025317, 'itEnergyKWh') // 0.05 ÷ 1.58
      close(job.intensityGPerKWh, 101.99, 'intensity')
      close(job.durationHours, 0.6355555555555555, 'duration') // 0:38:08
      assert.equal(job.country, 'DK')
      assert.equal(job.gpuModel, 'NVIDIA L4')
    })

    it(`no standard log: the output log alone, with notices (chunk ${chunkSize})`, async () => {
      const result = await readFixture('no-standard-log', chunkSize)
      const job = onlyJob(result)
      assert.equal(job.source.line, 9)
      assert.equal(job.pue, 1.58)
      close(job.itEnergyKWh, 0.08, 'itEnergyKWh') // 0.1264 ÷ 1.58
      close(job.intensityGPerKWh, 100, 'intensity')
      close(job.durationHours, 0.8, 'duration')
      assert.equal(job.startedAt, '2025-01-15T08:00:02Z')
      assert.equal(job.gpuCount, 1)
      assert.equal(job.gpuModel, 'NVIDIA GeForce RTX 4090')
      assert.equal(job.country, 'AT')
      assert.equal(result.notices.length, 2)
      assert.match(
        result.notices[0]!.message,
        /^no 1234\.5678_2025-01-15T080000Z_carbontracker\.log beside it/,
      )
      assert.match(
        result.notices[1]!.message,
        /PUE 1\.58 \(the file name is carbontracker 2\.x's\)/,
      )
    })
  }

  it('scans epochs, durations, early stop and wrapped numpy power arrays of the standard log', async () => {
    const std = join(FIXTURES, 'early-stop', '777.424242_2025-06-01T120000Z_carbontracker.log')
    const facts = await scanLog(memoryInput(std, readFileSync(std, 'utf8'), { chunkSize: 3 }))
    assert.equal(facts.epochs, 3)
    assert.equal(facts.epochSeconds, 2700)
    assert.equal(facts.earlyStop, true)
    assert.equal(facts.gpuPowerValues, 4)
    assert.equal(facts.version, '2.3.1')
    assert.equal(facts.pue, 1.58)
    assert.equal(facts.firstRecordAt, '2025-06-01 12:00:00')
    assert.deepEqual(facts.devices?.get('cpu'), ['cpu:0'])
    assert.equal(facts.location, 'Oslo, Oslo County, NO')
    assert.deepEqual(facts.blocks, [])
  })

  it('reads CRLF files the same', async () => {
    const lf = onlyJob(await readFixture('v2-multi-gpu', 7))
    const crlf = onlyJob(await readFixture('v2-multi-gpu', 7, UTC, (t) => t.replace(/\n/g, '\r\n')))
    assert.deepEqual(crlf, lf)
  })

  it('reads local times in the configured zone', async () => {
    const job = onlyJob(
      await readFixture('v2-multi-gpu', 7, { timezone: 'Europe/Berlin', maxGapSeconds: 60 }),
    )
    assert.equal(job.startedAt, '2025-03-04T09:15:00Z')
  })
})

const OUT = (
  energy: string,
  time = '0:10:00',
  header = 'Actual consumption for 1 epoch(s):',
): string =>
  `2025-01-01 10:00:00 - CarbonTracker: \n${header}\n\tTime:\t${time}\n\tEnergy:\t${energy} kWh\n\tCO2eq:\t1.000000 g\n2025-01-01 10:00:00 - CarbonTracker: Finished monitoring.\n`
const STD =
  '2025-01-01 10:00:00 - Only predicted and actual consumptions are multiplied by a PUE coefficient of 1.5 (x).\n'
const NAME = '1.2_2025-01-01T100000Z_carbontracker_output.log'
const STD_NAME = '1.2_2025-01-01T100000Z_carbontracker.log'

describe('carbontracker edge cases', () => {
  it('names file and line of a malformed Energy', async () => {
    const input = memoryInput(`logs/${NAME}`, OUT('0.12x'), { siblings: { [STD_NAME]: STD } })
    await assert.rejects(carbontrackerReader.read(input, UTC), (e: unknown) => {
      assert.ok(e instanceof ArtifactError)
      assert.equal(e.where, `logs/${NAME}:4`)
      return true
    })
  })

  it('rejects NaN energy and a malformed Time', async () => {
    for (const [text, line] of [
      [OUT('nan'), 4],
      [OUT('0.1', '10 minutes'), 3],
    ] as const) {
      const input = memoryInput(NAME, text, { siblings: { [STD_NAME]: STD } })
      await assert.rejects(
        carbontrackerReader.read(input, UTC),
        (e: unknown) => e instanceof ArtifactError && e.lineNo === line,
      )
    }
  })

  it('a log with neither block holds no job', async () => {
    const text =
      '2025-01-01 10:00:00 - CarbonTracker: The following components were found: CPU with device(s) cpu:0.\n'
    await assert.rejects(
      carbontrackerReader.read(memoryInput(NAME, text, { siblings: { [STD_NAME]: STD } }), UTC),
      (e: unknown) => e instanceof ArtifactError && /holds no job/.test(e.message),
    )
  })

  it('counts actual epochs from the standard log when the header has none', async () => {
    const std = `${STD}2025-01-01 10:01:00 - Epoch 1:\n2025-01-01 10:02:00 - Epoch 2:\n`
    const text =
      OUT('0.3', '0:02:00', 'Actual consumption:') +
      OUT('0.6', '0:04:00', 'Predicted consumption for 2 epoch(s):')
    const job = onlyJob(
      await carbontrackerReader.read(
        memoryInput(NAME, text, { siblings: { [STD_NAME]: std } }),
        UTC,
      ),
    )
    assert.equal(job.source.line, 2)
    close(job.itEnergyKWh, 0.2, 'itEnergyKWh') // 0.3 ÷ 1.5
    close(job.intensityGPerKWh, 3.3333333333333335, 'intensity') // 1 g ÷ 0.3 kWh
  })

  it('takes the GPU count from power lines when no component line is there', async () => {
    const std = `${STD}2025-01-01 10:01:00 - Average power usage (W) for gpu: [ 1.  2.  3.]\n2025-01-01 10:01:00 - Average power usage (W) for gpu: None\n`
    const job = onlyJob(
      await carbontrackerReader.read(
        memoryInput(NAME, OUT('0.3'), { siblings: { [STD_NAME]: std } }),
        UTC,
      ),
    )
    assert.equal(job.gpuCount, 3)
    assert.equal(job.gpuModel, undefined)
  })

  it('rejects a power value that is not a number', async () => {
    const std = `${STD}2025-01-01 10:01:00 - Average power usage (W) for gpu: [12.5 abc]\n`
    await assert.rejects(
      carbontrackerReader.read(
        memoryInput(NAME, OUT('0.3'), { siblings: { [STD_NAME]: std } }),
        UTC,
      ),
      (e: unknown) => e instanceof ArtifactError && e.path === STD_NAME && e.lineNo === 2,
    )
  })

  it('reads the Apr 2020 file-name scheme (colon in the time) and notes an error log', async () => {
    const name = '2020-04-10T09:30Z_carbontracker_output.log'
    const input = memoryInput(name, OUT('0.158'), {
      siblings: {
        '2020-04-10T09:30Z_carbontracker_err.log': 'Traceback (most recent call last):\n',
      },
    })
    const result = await carbontrackerReader.read(input, UTC)
    const job = onlyJob(result)
    assert.equal(job.name, '2020-04-10T09:30Z')
    close(job.itEnergyKWh, 0.1, 'itEnergyKWh') // 0.158 ÷ 1.58 assumed
    assert.ok(result.notices.some((n) => n.path === '2020-04-10T09:30Z_carbontracker_err.log'))
  })
})

describe('carbontracker example', () => {
  it('examples/carbontracker reads as one predicted job', async () => {
    const file = resolve(
      import.meta.dirname,
      '../../examples/carbontracker/logs/51234.40817_2025-04-14T093012Z_carbontracker_output.log',
    )
    const result = await carbontrackerReader.read(fileInput(file), UTC)
    const job = onlyJob(result)
    close(job.itEnergyKWh, 1.029839240506329, 'itEnergyKWh') // 1.627146 ÷ 1.58
    assert.equal(job.gpuModel, 'NVIDIA GeForce RTX 4090')
    assert.equal(job.country, 'GB')
    assert.deepEqual(result.notices, [])
  })
})

describe('carbontracker samples', { skip: skipWithoutSamples('carbontracker') }, () => {
  const files = sampleFiles('carbontracker')
  it('has sample files', () => {
    assert.ok(files.length > 0)
  })
  for (const file of files) {
    const name = basename(file)
    if (carbontrackerReader.isCompanion?.(name)) {
      it(`${name} is a companion, not an artifact`, () => {
        assert.equal(carbontrackerReader.detect(name, readFileSync(file, 'utf8')), false)
      })
      continue
    }
    it(`${name}: actual 0.009417 kWh / 0.96044 g, prediction for 3 epochs chosen`, async () => {
      assert.equal(carbontrackerReader.detect(name, readFileSync(file, 'utf8')), true)
      const facts = await scanLog(fileInput(file))
      const actual = facts.blocks.find((b) => b.kind === 'actual')!
      const predicted = facts.blocks.find((b) => b.kind === 'predicted')!
      assert.equal(actual.energyKWh, 0.009417)
      assert.equal(actual.co2g, 0.96044)
      assert.equal(actual.epochs, 1)
      assert.equal(predicted.energyKWh, 0.028251)
      assert.equal(predicted.epochs, 3)
      const result = await carbontrackerReader.read(fileInput(file), UTC)
      const job = onlyJob(result)
      assert.equal(job.name, '19358.123456_2026-11-22T224901Z')
      assert.equal(job.pue, 1.58)
      close(job.itEnergyKWh, 0.017880379746835443, 'itEnergyKWh') // 0.028251 ÷ 1.58
      close(job.intensityGPerKWh, 101.98998265548123, 'intensity') // 2.881319 ÷ 0.028251
      close(job.durationHours, 0.11833333333333333, 'duration') // 0:07:06
      assert.equal(job.startedAt, '2026-11-22T22:49:01Z')
      assert.equal(job.gpuCount, 1)
      assert.equal(job.gpuModel, 'NVIDIA GeForce RTX 3060')
      assert.equal(job.country, 'DK')
      assert.deepEqual(result.notices, [])
    })
  }
})
