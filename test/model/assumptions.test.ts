import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { JobEstimate } from '../../src/core/types.js'
import { listAssumptions } from '../../src/model/assumptions.js'
import {
  BLOOM_EMBODIED_SOURCE,
  DEFAULT_HARDWARE,
  DEFAULT_OVERHEAD,
} from '../../src/model/settings.js'

const job: JobEstimate = {
  id: 'j',
  name: 'train',
  source: { path: 'emissions.csv', format: 'codecarbon' },
  durationHours: 1,
  gpuCount: 1,
  intensityGPerKWh: 56.123,
  intensitySource: 'dataset',
  intensityNote: 'Ember 2023 (FRA)',
  region: 'FRA',
  pue: 1.12,
  overheadMode: 'pue',
  itEnergyKWh: 1,
  overheadKWh: 0.12,
  operationalKg: 0.06,
  embodiedKg: 0.01,
  totalKg: 0.07,
}
const settings = { overhead: DEFAULT_OVERHEAD, hardware: DEFAULT_HARDWARE }

function sourceOf(list: ReturnType<typeof listAssumptions>, name: string): string | undefined {
  return list.find((a) => a.name === name)?.source
}

describe('listAssumptions', () => {
  it('names BLOOM for the embodied defaults and the configuration for a figure the user set', () => {
    const defaults = listAssumptions([{ estimate: job, pueSource: 'Green Algorithms' }], settings)
    assert.equal(sourceOf(defaults, 'hardware lifetime'), BLOOM_EMBODIED_SOURCE)
    assert.equal(defaults.find((a) => a.name === 'grid intensity (FRA)')?.value, 56.12)
    const hardware = { ...DEFAULT_HARDWARE, lifetimeYears: 4 }
    const set = listAssumptions([{ estimate: job, pueSource: 'x' }], { ...settings, hardware })
    assert.equal(sourceOf(set, 'hardware lifetime'), 'configuration (hardware)')
    assert.equal(sourceOf(set, 'GPU embodied'), BLOOM_EMBODIED_SOURCE)
  })

  it('lists the idle ratio in idle mode and the time zone only when given', () => {
    const idle = { ...settings, overhead: { mode: 'idle' as const, idleRatio: 0.5 } }
    const list = listAssumptions([], idle, { zone: 'Europe/Paris', isDefault: false })
    assert.equal(sourceOf(list, 'idle ratio'), 'configuration (overhead.idle-ratio)')
    assert.equal(sourceOf(list, 'time zone of tracker timestamps'), 'configuration (timezone)')
    assert.equal(
      sourceOf(listAssumptions([], settings), 'time zone of tracker timestamps'),
      undefined,
    )
  })
})
