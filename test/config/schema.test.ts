import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import schema from '../../schema/carbon-gate.schema.json' with { type: 'json' }
import { findNearestKey } from '../../src/config/nearest-key.js'
import { measureEditDistance } from '../../src/core/edit-distance.js'
import { checkSchema, listAllKeys } from '../../src/config/schema-check.js'
import { INPUT_NAMES, SETTINGS } from '../../src/config/settings.js'

/** Every object in the schema that describes a key, with its dotted name. */
function collectProperties(node: unknown, prefix = ''): [string, Record<string, unknown>][] {
  if (node === null || typeof node !== 'object') return []
  const props = (node as { properties?: Record<string, Record<string, unknown>> }).properties ?? {}
  const extra = (node as { additionalProperties?: unknown }).additionalProperties
  return [
    ...Object.entries(props).flatMap(([k, v]): [string, Record<string, unknown>][] => [
      [`${prefix}${k}`, v],
      ...collectProperties(v, `${prefix}${k}.`),
    ]),
    ...(typeof extra === 'object' ? collectProperties(extra, `${prefix}*.`) : []),
  ]
}

describe('schema/carbon-gate.schema.json', () => {
  it('has an $id, a title and a description, and a description on every key', () => {
    assert.equal(typeof schema.$id, 'string')
    assert.equal(typeof schema.title, 'string')
    assert.equal(typeof schema.description, 'string')
    const properties = collectProperties(schema)
    assert.ok(properties.length > 25)
    for (const [key, node] of properties) {
      assert.equal(typeof node.description, 'string', `${key} has a description`)
      assert.ok(
        Array.isArray(node.examples) || 'default' in node || key.endsWith('gpus'),
        `${key} has examples`,
      )
    }
  })

  it('defines exactly the settings the resolver reads', () => {
    const parents = ['overhead', 'hardware', 'power-logs', 'deployment']
    const leaves = listAllKeys().filter((k) => !parents.includes(k))
    assert.deepEqual([...leaves].sort(), SETTINGS.map((s) => s.key).sort())
  })

  it('knows every input of contract §6 plus timezone, max-gap and poll-interval', () => {
    const expected = [
      'artifacts',
      'config',
      'budget',
      'max-increase',
      'monthly-budget',
      'on-exceed',
      'on-increase',
      'region',
      'intensity',
      'pue',
      'comment',
      'comment-key',
      'comment-layout',
      // issue 10: the ledger series, and the commit status of the fork-safe pair.
      'series',
      'commit-status',
      'ledger',
      'ledger-branch',
      'badge',
      'run-id',
      'artifact-name',
      'github-token',
      'timezone',
      'max-gap',
      'poll-interval',
      'on-uncertain',
      'intensity-series',
      'market-intensity',
      // issue 14: the PR's running total, the project's final runs, the model card
      'pr-budget',
      'tag',
      'final-jobs',
      'training-type',
    ]
    assert.deepEqual([...INPUT_NAMES].sort(), expected.sort())
  })

  it('accepts, in editors too, every quantity the parsers accept', () => {
    const masses = [
      '800g',
      '25kg',
      '25 kg',
      '1.2t',
      '0.5tCO2e',
      '12 kg co2eq',
      '3 tonnes',
      '25KG',
      '.5kg',
      '1e3g',
    ]
    for (const budget of masses) assert.deepEqual(checkSchema({ budget }), [], budget)
    for (const percent of ['10%', '10', ' 12.5 % ', '+5%', 10]) {
      assert.deepEqual(checkSchema({ 'max-increase': percent }), [], String(percent))
    }
    for (const gap of ['60s', '500ms', '2m', '2min', '1h', '1', '10MS', 1, 0.5]) {
      assert.deepEqual(checkSchema({ 'power-logs': { 'max-gap': gap } }), [], String(gap))
    }
    for (const flag of [true, false, 'yes', 'No', 'ON', 'off']) {
      assert.deepEqual(checkSchema({ comment: flag, badge: flag }), [], String(flag))
    }
    for (const region of ['FRA', 'FR', 'gcp:us-central1', 'aws:eu-west-3', 'US-CA']) {
      assert.deepEqual(checkSchema({ region }), [], region)
    }
    for (const runId of ['9876543210', 9876543210])
      assert.deepEqual(checkSchema({ 'run-id': runId }), [])
  })

  it('flags in editors what the parsers reject', () => {
    assert.equal(checkSchema({ budget: 25 }).length, 1)
    assert.equal(checkSchema({ budget: '25 kgs' }).length, 1)
    assert.equal(checkSchema({ pue: 0.5 }).length, 1)
    assert.equal(checkSchema({ overhead: { mode: 'both' } }).length, 1)
    assert.equal(checkSchema({ hardware: { utilization: 0 } }).length, 1)
  })
})

describe('nearest key', () => {
  it('measures edit distance', () => {
    assert.equal(measureEditDistance('kitten', 'sitting'), 3)
    assert.equal(measureEditDistance('', 'abc'), 3)
    assert.equal(measureEditDistance('budget', 'budget'), 0)
    assert.equal(measureEditDistance('budgett', 'budget'), 1)
    assert.equal(measureEditDistance('budegt', 'budget'), 1, 'a swap of neighbours is one edit')
  })

  it('suggests a close key, ignoring case and _ for -, and nothing when none is close', () => {
    const keys = ['budget', 'monthly-budget', 'pue', 'idle-ratio']
    assert.equal(findNearestKey('budgett', keys), 'budget')
    assert.equal(findNearestKey('IDLE_RATIO', keys), 'idle-ratio')
    assert.equal(findNearestKey('monthly_budgt', keys), 'monthly-budget')
    assert.equal(findNearestKey('cooling', keys), undefined)
  })
})
