/**
 * `--format model-card`: the Hugging Face `co2_eq_emissions` block parses as YAML and keeps the
 * Hub's field rules (huggingface.co/docs/hub/model-cards-co2: `emissions` a number of grams; the
 * other four keys text; nothing else inside the block); SCI (ISO/IEC 21031) against a hand
 * computation of BLOOM's training.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parse } from 'yaml'
import { DEFAULT_CONFIG } from '../../src/config/types.js'
import type { JobRecord } from '../../src/core/types.js'
import { renderModelCard } from '../../src/report/render-model-card.js'
import { evaluateGate } from '../../src/run/evaluate-gate.js'
import { BLOOM_TRAINING } from '../support/bloom.js'

const { startedAt: _startedAt, ...bloomWithoutStart } = BLOOM_TRAINING
const bloom: JobRecord = bloomWithoutStart

const HUB_KEYS = ['emissions', 'source', 'training_type', 'geographical_location', 'hardware_used']

function gate(jobs: readonly JobRecord[]) {
  return evaluateGate({ jobs, notices: [], errors: [], config: DEFAULT_CONFIG }).report
}

function checkHubRules(block: Record<string, unknown>): void {
  assert.deepEqual(
    Object.keys(block).filter((k) => !HUB_KEYS.includes(k)),
    [],
    'only the Hub’s keys',
  )
  assert.equal(typeof block.emissions, 'number')
  assert.ok(Number.isFinite(block.emissions) && (block.emissions as number) >= 0)
  for (const k of HUB_KEYS.slice(1)) {
    if (k in block) assert.equal(typeof block[k], 'string', k)
  }
}

describe('renderModelCard', () => {
  it('BLOOM: 50.5 t as grams, France, 384 x A100 80GB; parses as YAML', () => {
    const report = gate([bloom])
    const text = renderModelCard(report, { version: '9.9.9', trainingType: 'pre-training' })
    const doc = parse(text) as { co2_eq_emissions: Record<string, unknown> }
    const block = doc.co2_eq_emissions
    checkHubRules(block)
    assert.ok(Math.abs((block.emissions as number) - report.totals.totalKg * 1000) < 0.001)
    assert.ok(Math.abs((block.emissions as number) - 50_532_000) / 50_532_000 < 0.005)
    assert.equal(block.training_type, 'pre-training')
    assert.equal(block.geographical_location, 'France')
    assert.equal(block.hardware_used, '384 x A100 80GB')
    assert.match(
      String(block.source),
      /^carbon-gate 9\.9\.9 lifecycle estimate .* from generic measurements$/,
    )
    assert.match(
      text,
      /# energy: 689842 kWh at the facility \(433196 kWh IT \+ 256646 kWh overhead\)/,
    )
    assert.match(text, /# training time: 2820\.3 h/)
    // Inside a README's front matter, as the Hub (and carbon-gate's own model-card reader) reads it.
    const card = parse(`model_name: bloom\n${text}`) as Record<string, unknown>
    assert.equal(typeof (card.co2_eq_emissions as Record<string, unknown>).emissions, 'number')
  })

  it('text from artifacts cannot add keys, break the YAML or end the front matter', () => {
    const hostile: JobRecord = {
      ...bloom,
      gpuModel: 'A100"\nemissions: 0\n---\nx: "y',
      region: 'gcp:us-central1\n  training_type: hacked',
    }
    const text = renderModelCard(gate([hostile]), { version: '1' })
    assert.ok(!/^---/m.test(text))
    const block = (parse(text) as { co2_eq_emissions: Record<string, unknown> }).co2_eq_emissions
    checkHubRules(block)
    assert.ok((block.emissions as number) > 0)
    assert.equal(block.training_type, undefined)
    assert.equal(text.split('\n').filter((l) => /^\S/.test(l)).length, 1, 'one top-level key')
  })
})

describe('SCI (ISO/IEC 21031): (E × I + M) per R', () => {
  it('per training run matches a hand computation of BLOOM', () => {
    const report = gate([bloom])
    const [sci] = report.sci ?? []
    assert.ok(sci !== undefined)
    // E: IT 433,196 kWh + measured idle 256,646 kWh; I: 57 g/kWh; M: 2,820.3 h × (384 GPUs ×
    // 150 kg + 48 servers × 2,500 kg) ÷ (6 y × 8,760 h × 0.85); R: one run.
    const e = 433196 + 256646
    const m = (2820.3 * (384 * 150 + 48 * 2500) * 1000) / (6 * 8760 * 0.85)
    const expected = (e * 57 + m) / 1
    assert.equal(sci.functionalUnit, 'training run')
    assert.ok(Math.abs(sci.energyKWh - e) < 1e-6)
    assert.ok(Math.abs(sci.intensityGPerKWh - 57) < 1e-9)
    assert.ok(Math.abs(sci.embodiedG - m) / m < 1e-12)
    assert.ok(Math.abs(sci.scoreG - expected) / expected < 1e-12, `${sci.scoreG} vs ${expected}`)
    assert.deepEqual(
      sci.terms.map((t) => t.term),
      ['E', 'I', 'M', 'R'],
    )
    assert.ok(sci.terms.every((t) => t.source.length > 0))
  })

  it('per request and per million tokens for a deployment day', () => {
    const api: JobRecord = {
      name: 'api',
      source: { path: 'serve/api.carbon.json', format: 'generic' },
      itEnergyKWh: 10,
      durationHours: 24,
      cpuThreads: 128,
      intensityGPerKWh: 100,
    }
    const config = {
      ...DEFAULT_CONFIG,
      deployment: {
        inference: 'serve/api.carbon.json',
        measuredRequests: 1000,
        requestsPerDay: 2000,
        measuredTokens: 1e6,
        tokensPerDay: 2e6,
        pue: 1.2,
      },
    }
    const report = evaluateGate({
      jobs: [bloom],
      inferenceJobs: [api],
      notices: [],
      errors: [],
      config,
    }).report
    const [, perRequest, perTokens] = report.sci ?? []
    // A day: 20 kWh IT × 1.2 PUE × 100 g/kWh = 2,400 g; M: one server for 48 h.
    const m = (48 * 2500 * 1000) / (6 * 8760 * 0.85)
    assert.equal(perRequest?.functionalUnit, 'request')
    assert.ok(Math.abs(perRequest.scoreG - (2400 + m) / 2000) < 1e-9)
    assert.equal(perTokens?.functionalUnit, 'million tokens')
    assert.ok(Math.abs(perTokens.scoreG - (2400 + m) / 2) < 1e-9)
    assert.ok(Math.abs(report.deployment!.kgPerRequest! * 1000 - perRequest.scoreG) < 1e-9)
  })
})
