import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { computeEquivalents, EQUIVALENT_FACTORS } from '../../src/model/equivalents.js'
import { computeReferences, PUBLISHED_TOTALS } from '../../src/model/references.js'

function amountOf(totalKg: number, id: string): number {
  const e = computeEquivalents(totalKg).find((x) => x.id === id)
  assert.ok(e, `no equivalent ${id}`)
  return e.amount
}

function fractionOf(totalKg: number, id: string): number {
  const r = computeReferences(totalKg).find((x) => x.id === id)
  assert.ok(r, `no reference ${id}`)
  return r.fraction
}

describe('computeEquivalents', () => {
  it('lists the equivalents in order, with ids and units', () => {
    const list = computeEquivalents(1)
    assert.deepEqual(
      list.map((e) => [e.id, e.unit]),
      [
        ['car-km', 'km'],
        ['flight-lhr-jfk', 'flights'],
        ['smartphone-charges', 'charges'],
        ['tree-seedlings-10y', 'seedlings'],
      ],
    )
  })

  it('BLOOM (50,532 kg) is about 60.6 London–New York flights', () => {
    // 834 × 60 = 50,040; (50,532 − 50,040) / 834 = 0.59
    assert.ok(Math.abs(amountOf(50_532, 'flight-lhr-jfk') - 60.59) < 0.005)
  })

  it('100 kg is 254.45 miles = 409.5 km in an average car (393 g/mile)', () => {
    // 100 / 0.393 = 254.4529 miles × 1.609344 = 409.50 km
    assert.ok(Math.abs(amountOf(100, 'car-km') - 409.5) < 0.01)
  })

  it('1 kg is 80.6 smartphone charges (12.4 g each); 600 kg is 10 seedlings (60 kg each)', () => {
    assert.ok(Math.abs(amountOf(1, 'smartphone-charges') - 80.645) < 0.001)
    assert.equal(amountOf(600, 'tree-seedlings-10y'), 10)
  })

  it('names a source with a URL and a vintage for every factor', () => {
    for (const f of EQUIVALENT_FACTORS) {
      assert.match(f.source.url, /^https:\/\//)
      assert.match(f.source.vintage, /\d{4}/)
    }
    for (const e of computeEquivalents(1)) assert.match(e.source, /https:\/\/\S+/)
  })

  it('is zero for zero', () => {
    for (const e of computeEquivalents(0)) assert.equal(e.amount, 0)
  })
})

describe('computeReferences', () => {
  it('lists the published totals in kg', () => {
    assert.deepEqual(
      computeReferences(1).map((r) => [r.id, r.totalKg]),
      [
        ['bloom-176b-training', 50_500],
        ['gpt-3-training', 552_100],
        ['opt-175b-training', 75_000],
        ['llama-65b-training', 173_000],
        ['bloom-api-inference-day', 19],
      ],
    )
  })

  it('fraction = total / published total', () => {
    assert.equal(fractionOf(50_500, 'bloom-176b-training'), 1)
    assert.equal(fractionOf(552.1, 'gpt-3-training'), 0.001)
    assert.equal(fractionOf(7_500, 'opt-175b-training'), 0.1)
    assert.equal(fractionOf(17_300, 'llama-65b-training'), 0.1)
    assert.equal(fractionOf(38, 'bloom-api-inference-day'), 2)
    // BLOOM regression anchor: 50,532.447 / 50,500 = 1.000643
    assert.ok(Math.abs(fractionOf(50_532.447, 'bloom-176b-training') - 1.000643) < 1e-6)
  })

  it('names the paper and table for every figure', () => {
    for (const r of PUBLISHED_TOTALS) {
      assert.match(r.source.url, /^https:\/\/arxiv\.org\/abs\/\d{4}\.\d{5}$/)
      assert.match(r.source.name, /et al\.|Luccioni/)
    }
  })
})
