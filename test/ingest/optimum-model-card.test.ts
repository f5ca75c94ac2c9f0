import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { modelCardReader } from '../../src/ingest/formats/model-card/model-card.js'
import { optimumBenchmarkReader } from '../../src/ingest/formats/optimum-benchmark/optimum-benchmark.js'
import type { ReadOptions } from '../../src/ingest/types.js'
import { collectJobs } from '../../src/platform/collect-jobs.js'
import { close, rejectsAt } from '../support/assertions.js'
import { fileInput, memoryInput } from '../support/memory-input.js'

const FIXTURES = join(import.meta.dirname, '../fixtures')
const RUN = join(FIXTURES, 'optimum-benchmark/llama3-8b-a100')
const UTC: ReadOptions = { timezone: 'UTC', maxGapSeconds: 60 }
const text = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8')

describe('optimum-benchmark reports', () => {
  it('gives one job per target with energy, prefill and decode rather than generate', async () => {
    const r = await optimumBenchmarkReader.read(fileInput(join(RUN, 'benchmark_report.json')), UTC)
    assert.deepEqual(
      r.jobs.map((j) => [j.name, j.itEnergyKWh]),
      [
        ['llama3-8b-a100 load_model', 0.0012],
        ['llama3-8b-a100 first_generate', 0.00021],
        ['llama3-8b-a100 prefill', 0.00002],
        ['llama3-8b-a100 decode', 0.00016],
      ],
    )
    const decode = r.jobs[3]!
    // the GPU the tracker was given (device_ids "0") of the eight the machine has
    assert.equal(decode.gpuCount, 1)
    assert.equal(decode.gpuModel, 'NVIDIA A100-SXM4-80GB')
    assert.equal(decode.cpuThreads, 96)
    close(decode.durationHours, 6.32 / 3600)
    assert.deepEqual(decode.notes, [
      'energy for one call (the tracked loop ÷ its calls), as optimum-benchmark reports it',
      'efficiency 6.375e+6 tokens/kWh (1020 tokens in this energy)',
    ])
    assert.equal(decode.source.format, 'optimum-benchmark')
    assert.equal(typeof decode.source.line, 'number')
  })

  it('counts one report per benchmark folder: benchmark.json and task files are the same energy', async () => {
    const collected = await collectJobs([RUN], { cwd: RUN, read: UTC })
    assert.deepEqual(collected.errors, [])
    assert.equal(collected.jobs.length, 4)
    assert.deepEqual(
      [...new Set(collected.jobs.map((j) => j.source.path))],
      ['benchmark_report.json'],
    )
    const alone = await optimumBenchmarkReader.read(
      memoryInput('out/benchmark.json', text('optimum-benchmark/llama3-8b-a100/benchmark.json')),
      UTC,
    )
    assert.equal(alone.jobs.length, 4)
    assert.equal(alone.jobs[0]!.gpuCount, 1) // its own config
  })

  it('reads whole phases of energy_star; generate when decode came out negative', async () => {
    const phases = JSON.stringify({
      preprocess_dataset: {
        energy: { unit: 'kWh', cpu: 0, ram: 0, gpu: 0, total: 0.002 },
        latency: { unit: 's', total: 30, mean: 30 },
      },
      prefill: { energy: { unit: 'kWh', cpu: 0, ram: 0, gpu: 0, total: 0.05 } },
      generate: { energy: { unit: 'kWh', cpu: 0, ram: 0, gpu: 0, total: 0.049 } },
      decode: { energy: { unit: 'kWh', cpu: 0, ram: 0, gpu: 0, total: -0.001 } },
    })
    const r = await optimumBenchmarkReader.read(
      memoryInput('runs/star/benchmark_report.json', phases, {
        siblings: {
          'benchmark_config.json':
            '{"name": "star", "scenario": {"name": "energy_star"}, "backend": {"device": "cpu"}}',
        },
      }),
      UTC,
    )
    assert.deepEqual(
      r.jobs.map((j) => [j.name, j.itEnergyKWh, j.durationHours, j.gpuCount]),
      [
        ['star preprocess_dataset', 0.002, 30 / 3600, 0],
        ['star generate', 0.049, undefined, 0],
      ],
    )
    assert.match(r.notices[0]!.message, /^decode energy is negative/)
    assert.equal(r.jobs[0]!.notes![0], 'energy the whole phase')
  })

  it('names the line of what cannot be used', async () => {
    const read = (body: string) =>
      optimumBenchmarkReader.read(memoryInput('benchmark_report.json', body), UTC)
    await rejectsAt(
      read('{\n "forward": {\n  "energy": {"unit": "Wh", "total": 1}\n }\n}'),
      3,
      'forward.energy.unit is "Wh"',
    )
    await rejectsAt(
      read('{"forward": {"latency": {"unit": "s"}, "energy": null}}'),
      undefined,
      'scenario.energy=false',
    )
    await rejectsAt(read('{"forward": {"energy": {"unit": "kWh", "total": -1}}}'), 1, 'is negative')
  })

  it('detects reports by name and shape only', () => {
    assert.ok(
      optimumBenchmarkReader.detect(
        'benchmark_report.json',
        text('optimum-benchmark/llama3-8b-a100/benchmark_report.json'),
      ),
    )
    assert.ok(
      optimumBenchmarkReader.detect(
        'benchmark_report.json',
        '{"forward": {"latency": {"unit": "s", "values": [1], "p50": 1}}}',
      ),
    )
    assert.ok(
      !optimumBenchmarkReader.detect('benchmark_report.json', '{"suite": "api", "latency_ms": 12}'),
    )
    assert.ok(
      !optimumBenchmarkReader.detect(
        'report.json',
        text('optimum-benchmark/llama3-8b-a100/benchmark_report.json'),
      ),
    )
  })
})

describe('Hugging Face model cards', () => {
  it('reads the co2_eq_emissions mapping (grams) as stated emissions', async () => {
    const path = 'models/tinyllama-instruct-sg/README.md'
    const r = await modelCardReader.read(
      memoryInput(path, text('model-card/tinyllama-instruct-sg/README.md')),
      UTC,
    )
    const job = r.jobs[0]!
    assert.equal(job.name, 'tinyllama-instruct-sg')
    assert.equal(job.itEnergyKWh, 0)
    assert.equal(job.statedEmissionsKg, 1.71)
    assert.equal(job.gpuCount, 2)
    assert.equal(job.gpuModel, 'NVIDIA A100-SXM4-40GB')
    assert.deepEqual(job.source, { path, format: 'model-card', line: 14 })
    assert.deepEqual(job.notes, [
      'emissions stated by the model card: 1710 g CO2e',
      'training type: fine-tuning',
      'source: CodeCarbon',
      'geographical location: Singapore',
    ])
  })

  it("reads AutoTrain's bare number of grams, named by the card's folder", async () => {
    const r = await modelCardReader.read(
      memoryInput(
        'autotrain-news-classifier/README.md',
        text('model-card/autotrain-news-classifier/README.md'),
      ),
      UTC,
    )
    close(r.jobs[0]!.statedEmissionsKg, 0.004695596043893512)
    assert.equal(r.jobs[0]!.name, 'autotrain-news-classifier')
    assert.equal(r.jobs[0]!.source.line, 8)
  })

  it('names the line of what cannot be used', async () => {
    const read = (body: string) => modelCardReader.read(memoryInput('m/README.md', body), UTC)
    await rejectsAt(
      read('---\nco2_eq_emissions:\n  emissions: lots\n---\n'),
      2,
      'emissions in grams',
    )
    await rejectsAt(read('---\na: [\nco2_eq_emissions: 1\n---\n'), 3, 'not valid YAML')
    await rejectsAt(read('---\nco2_eq_emissions: -4\n---\n'), 2, 'a number ≥ 0')
  })

  it('detects README.md with co2_eq_emissions in its front matter only', () => {
    assert.ok(
      modelCardReader.detect('README.md', text('model-card/autotrain-news-classifier/README.md')),
    )
    assert.ok(!modelCardReader.detect('README.md', '# carbon-gate\n\nco2_eq_emissions: 3\n'))
    assert.ok(!modelCardReader.detect('README.md', '---\ntags: [a]\n---\n'))
    assert.ok(
      !modelCardReader.detect('notes.md', text('model-card/autotrain-news-classifier/README.md')),
    )
  })
})
