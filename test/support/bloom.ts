import type { JobRecord } from '../../src/core/types.js'

/**
 * BLOOM's final training as the generic reader gives it (examples/generic/bloom-176b-training
 * .carbon.json; Luccioni et al. 2022): the lifecycle anchor of 50.5 t that several tests
 * compute from, one copy.
 */
export const BLOOM_TRAINING: JobRecord = {
  name: 'bloom-176b-training',
  source: { path: 'bloom.carbon.json', format: 'generic', line: 4 },
  itEnergyKWh: 433196,
  idleEnergyKWh: 256646,
  gpuCount: 384,
  gpuHours: 1082990,
  gpuModel: 'A100 80GB',
  region: 'FRA',
  intensityGPerKWh: 57,
  pue: 1,
  startedAt: '2022-03-11T00:00:00Z',
  durationHours: 2820.3,
}
