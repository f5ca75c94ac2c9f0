/**
 * The deployment projection, with BLOOM's API as the regression (Luccioni et al. 2022 §4.4 and the
 * bigscience-workshop/carbon-footprint notebook `bloom_api_carbon.ipynb`, as summarised in the
 * team's reference methodology §1.7): 16 × A100-SXM4-40GB on GCP us-central1 (394 g/kWh),
 * CodeCarbon's final cumulative energy 864.25 kWh over 18 days (432 h) serving 230,768 requests,
 * no PUE (CodeCarbon's figure), operational only: 340.5 kg, 18.9 kg a day ("about 19 kg/day").
 * Against the 50.5 t training anchor that is day ~2,660 (50,532 / 19).
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { DEFAULT_CONFIG } from '../../src/config/types.js'
import type { JobRecord } from '../../src/core/types.js'
import { checkDeployment, projectDeployment } from '../../src/model/deployment.js'

const api: JobRecord = {
  name: 'bloom-api',
  source: { path: 'api/emissions.csv', format: 'codecarbon', line: 2 },
  itEnergyKWh: 864.25,
  durationHours: 432,
  gpuCount: 16,
  gpuModel: 'A100-SXM4-40GB',
  intensityGPerKWh: 394,
  cloudProvider: 'gcp',
  cloudRegion: 'us-central1',
}

const REQUESTS = 230768
const DAYS = 18
const BLOOM_TRAINING_KG = 50532

function near(actual: number, expected: number, tolerance: number): void {
  assert.ok(
    Math.abs(actual - expected) / expected <= tolerance,
    `${actual} is not within ${tolerance * 100} % of ${expected}`,
  )
}

describe('projectDeployment', () => {
  const bloom = {
    inference: 'api/emissions.csv',
    measuredRequests: REQUESTS,
    requestsPerDay: REQUESTS / DAYS,
    pue: 1,
  }

  it('BLOOM API as the paper counts it (operational only): 19 kg a day within 1 %, day ~2,660 against 50.5 t', () => {
    const d = projectDeployment({
      settings: { ...bloom, embodied: false },
      inferenceJobs: [api],
      model: { ...DEFAULT_CONFIG, intensity: 57 }, // the training's intensity does not leak in
      runTotalKg: BLOOM_TRAINING_KG,
    })
    near(d.totalKgPerDay, 19, 0.01)
    assert.equal(d.intensityGPerKWh, 394)
    assert.equal(d.intensitySource, 'artifact')
    near(d.itEnergyKWhPerDay, 864.25 / DAYS, 1e-9) // 48.01 kWh
    near(d.operationalKgPerDay, (864.25 * 0.394) / DAYS, 1e-9) // 18.917 kg
    near(d.totalKgPerYear, ((864.25 * 0.394) / DAYS) * 365, 1e-9)
    assert.ok(d.breakEvenDays !== null)
    near(d.breakEvenDays, 2660, 0.01)
    near(d.breakEvenDays, BLOOM_TRAINING_KG / ((864.25 * 0.394) / DAYS), 1e-9)
    near(d.kgPerRequest!, (864.25 * 0.394) / REQUESTS, 1e-9) // 1.48 g a request
  })

  it('BLOOM API with the serving hardware’s embodied share: 16 GPUs and 2 servers for 24 h a day', () => {
    const d = projectDeployment({
      settings: bloom,
      inferenceJobs: [api],
      model: DEFAULT_CONFIG,
      runTotalKg: BLOOM_TRAINING_KG,
    })
    const hours = 6 * 8760 * 0.85
    const embodied = 24 * (16 * (150 / hours) + 2 * (2500 / hours)) // 3.975 kg a day
    near(d.embodiedKgPerDay, embodied, 1e-9)
    near(d.totalKgPerDay, (864.25 * 0.394) / DAYS + embodied, 1e-9)
    near(d.breakEvenDays!, BLOOM_TRAINING_KG / d.totalKgPerDay, 1e-12)
  })

  it('hardware mode: GPUs × W + CPU W × hours a day, the block’s own intensity and PUE', () => {
    const d = projectDeployment({
      settings: {
        gpus: 4,
        gpuPowerW: 300,
        cpuPowerW: 200,
        hoursPerDay: 12,
        intensity: 100,
        pue: 1.5,
        embodied: false,
        trainingKg: 1000,
      },
      inferenceJobs: [],
      model: DEFAULT_CONFIG,
      runTotalKg: 5,
    })
    near(d.itEnergyKWhPerDay, ((4 * 300 + 200) * 12) / 1000, 1e-12) // 16.8 kWh
    near(d.facilityEnergyKWhPerDay, 16.8 * 1.5, 1e-12)
    near(d.totalKgPerDay, 16.8 * 1.5 * 0.1, 1e-12) // 2.52 kg
    near(d.breakEvenDays!, 1000 / 2.52, 1e-12)
    assert.equal(d.trainingBasis, 'deployment.training')
    assert.equal(d.mode, 'hardware')
  })

  it('checkDeployment names what is missing or contradictory', () => {
    assert.deepEqual(checkDeployment({}), [
      'deployment: needs either inference (a measured inference artifact) or serving hardware (gpus with gpu-power-w, or cpu-power-w)',
    ])
    assert.deepEqual(checkDeployment({ inference: 'x.csv', measuredRequests: 10 }), [
      'deployment.requests-per-day: needed with measured-requests',
    ])
    assert.deepEqual(checkDeployment({ gpuPowerW: 300 }), [
      'deployment.gpus: needed with gpu-power-w (how many GPUs serve)',
    ])
    assert.deepEqual(checkDeployment(bloom), [])
  })
})
