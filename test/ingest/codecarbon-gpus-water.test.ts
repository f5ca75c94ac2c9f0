/**
 * CodeCarbon's glued GPU models, split (gpu-models.ts), each with its embodied override; v3's
 * water carried into the report; a model card's stated emissions as a job's operational figure.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { DEFAULT_CONFIG } from '../../src/config/types.js'
import type { JobRecord } from '../../src/core/types.js'
import { codecarbonReader } from '../../src/ingest/formats/codecarbon/codecarbon.js'
import { splitGpuModels } from '../../src/ingest/formats/codecarbon/gpu-models.js'
import { estimateJob } from '../../src/model/estimate-job.js'
import { hourlyRate } from '../../src/model/embodied.js'
import { describeWater } from '../../src/report/comment-facts.js'
import { close } from '../support/assertions.js'
import { memoryInput } from '../support/memory-input.js'

const FIXTURES = join(import.meta.dirname, '../fixtures/codecarbon')
const UTC = { timezone: 'UTC', maxGapSeconds: 60 }

async function readFixture(dir: string) {
  const text = readFileSync(join(FIXTURES, dir, 'emissions.csv'), 'utf8')
  return codecarbonReader.read(memoryInput(`${dir}/emissions.csv`, text), UTC)
}

describe("CodeCarbon's gpu_model", () => {
  it('splits models glued with no separator, by gpu_count', () => {
    assert.deepEqual(
      splitGpuModels('1 x NVIDIA GeForce RTX 40601 x NVIDIA GeForce RTX 3080 Ti', 2),
      {
        gpuModel: 'mixed: NVIDIA GeForce RTX 3080 Ti, NVIDIA GeForce RTX 4060',
        gpuModels: [
          { model: 'NVIDIA GeForce RTX 4060', count: 1 },
          { model: 'NVIDIA GeForce RTX 3080 Ti', count: 1 },
        ],
      },
    )
    // "…40601": 4060 × 2 and one more GPU, or model "40" × 601: gpu_count 3 decides
    assert.deepEqual(splitGpuModels('2 x NVIDIA GeForce RTX 40601 x Tesla T4', 3).gpuModels, [
      { model: 'NVIDIA GeForce RTX 4060', count: 2 },
      { model: 'Tesla T4', count: 1 },
    ])
    // 12 GPUs of a model whose name ends in 0: "…A10012 x" is A100 × 4 and T4 × 12
    assert.deepEqual(splitGpuModels('4 x NVIDIA A10012 x NVIDIA T4', 16).gpuModels, [
      { model: 'NVIDIA A100', count: 4 },
      { model: 'NVIDIA T4', count: 12 },
    ])
    // three models, no gpu_count: the shortest counts
    assert.deepEqual(splitGpuModels('1 x A1001 x H1001 x L4').gpuModels, [
      { model: 'A100', count: 1 },
      { model: 'H100', count: 1 },
      { model: 'L4', count: 1 },
    ])
  })

  it('keeps one model without its count, and what it cannot read as written', () => {
    assert.deepEqual(splitGpuModels('1 x NVIDIA GeForce RTX 3060', 1), {
      gpuModel: 'NVIDIA GeForce RTX 3060',
    })
    assert.deepEqual(splitGpuModels('8x NVIDIA H100 80GB HBM3', 8), {
      gpuModel: 'NVIDIA H100 80GB HBM3',
    })
    assert.deepEqual(splitGpuModels('Apple M1'), { gpuModel: 'Apple M1' })
    // no split adds up to gpu_count 5: not what CodeCarbon writes
    assert.deepEqual(splitGpuModels('1 x A1001 x B', 5), { gpuModel: '1 x A1001 x B' })
    assert.deepEqual(splitGpuModels('1 x A, 2 x B, 1 x A', 4).gpuModels, [
      { model: 'A', count: 2 },
      { model: 'B', count: 2 },
    ])
  })

  it('gives each model of a mixed job its own embodied override', async () => {
    const { jobs } = await readFixture('v2.8-mixed-gpus')
    const job = jobs[0]!
    assert.equal(job.gpuCount, 3)
    assert.equal(job.gpuModel, 'mixed: NVIDIA GeForce RTX 3080 Ti, NVIDIA GeForce RTX 4060')
    const config = {
      ...DEFAULT_CONFIG,
      hardware: {
        ...DEFAULT_CONFIG.hardware,
        gpus: { '4060': { embodiedKg: 60 }, '3080': { embodiedKg: 90 } },
      },
    }
    const { estimate } = estimateJob(job, 'j', config)
    const hw = config.hardware
    // 2 h × (2 × rate(60) + 1 × rate(90) + 3/8 server × rate(2500))
    const perHour = 2 * hourlyRate(60, hw) + hourlyRate(90, hw) + (3 / 8) * hourlyRate(2500, hw)
    close(estimate.embodiedKg, 2 * perHour)
    // without per-model overrides every GPU takes the default
    const plain = estimateJob(job, 'j', DEFAULT_CONFIG).estimate
    close(plain.embodiedKg, 2 * (3 * hourlyRate(150, hw) + (3 / 8) * hourlyRate(2500, hw)))
  })
})

describe("CodeCarbon v3's water", () => {
  it('carries water_consumed and wue where the tracker measured water (wue > 0)', async () => {
    const { jobs } = await readFixture('v3.1-water')
    assert.equal(jobs[0]!.waterL, 1.08)
    assert.equal(jobs[0]!.wueLPerKWh, 1.8)
    close(jobs[0]!.itEnergyKWh, 0.5) // 0.6 kWh ÷ pue 1.2
    // wue 0 (the default): water_consumed is 0 because nothing was measured, not carried
    assert.equal(jobs[1]!.waterL, undefined)
    const estimates = jobs.map((j, i) => estimateJob(j, String(i), DEFAULT_CONFIG).estimate)
    assert.equal(estimates[0]!.waterL, 1.08)
    assert.equal(estimates[0]!.wueLPerKWh, 1.8)
    assert.equal(
      describeWater(estimates),
      'Water: 1.08 L (measured by the tracker for 1 of 2 jobs)',
    )
    assert.equal(describeWater(estimates.slice(1)), undefined)
  })
})

describe('stated emissions (model cards)', () => {
  it('are the operational emissions of a job with no energy; the intensity is not used', () => {
    const card: JobRecord = {
      name: 'aira',
      source: { path: 'README.md', format: 'model-card' },
      itEnergyKWh: 0,
      statedEmissionsKg: 1.71,
    }
    const { estimate, warnings } = estimateJob(card, 'c', { ...DEFAULT_CONFIG, intensity: 900 })
    assert.equal(estimate.operationalKg, 1.71)
    assert.equal(estimate.totalKg, 1.71)
    assert.equal(estimate.intensityNote, 'not used: the artifact states its emissions (model-card)')
    assert.equal(estimate.intensitySource, 'artifact')
    assert.equal(estimate.intensityGPerKWh, 0)
    assert.equal(estimate.pue, 1)
    assert.equal(estimate.overheadKWh, 0)
    assert.deepEqual(warnings, ['aira: no duration recorded, embodied emissions not counted'])
  })
})
