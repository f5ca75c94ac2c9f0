import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { DEFAULT_CONFIG } from '../../src/config/types.js'
import { actionLabel, assertConfigError, resolve } from './helpers.js'

describe('resolveConfig: precedence', () => {
  it('gives the defaults when nothing is set', () => {
    assert.deepEqual(resolve({}), DEFAULT_CONFIG)
    assert.deepEqual(resolve({ budget: '', pue: undefined, region: '  ' }), DEFAULT_CONFIG)
  })

  it('lets an input beat the file, and the file beat the default', () => {
    const file = 'budget: 25kg\npue: 1.3\non-exceed: warn\n'
    assert.equal(resolve({}, file).budgetKg, 25)
    assert.equal(resolve({ budget: '800g' }, file).budgetKg, 0.8)
    assert.equal(resolve({ budget: '' }, file).budgetKg, 25)
    assert.equal(resolve({ budget: undefined }, file).budgetKg, 25)
    const mixed = resolve({ budget: '1.2t', 'on-exceed': 'fail' }, file)
    assert.equal(mixed.budgetKg, 1200)
    assert.equal(mixed.pue, 1.3)
    assert.equal(mixed.onExceed, 'fail')
    assert.equal(resolve({}, file).onExceed, 'warn')
    assert.equal(resolve({}).onExceed, 'fail')
  })

  it('reads every input into its Config field', () => {
    const config = resolve({
      artifacts: 'runs/a/emissions.csv\n\n  logs/**/*.csv \r\nzeus.csv\n',
      budget: '25 kg',
      'max-increase': '10%',
      'monthly-budget': '0.5tCO2e',
      'on-exceed': 'warn',
      'on-increase': 'fail',
      region: 'gcp:us-central1',
      intensity: '57',
      pue: '1.2',
      timezone: 'Europe/Paris',
      'max-gap': '2m',
      'poll-interval': '500ms',
      comment: 'false',
      'comment-key': 'gpu-training',
      ledger: 'read',
      'ledger-branch': 'carbon/ledger',
      badge: 'no',
      'run-id': '9876543210',
      'artifact-name': 'carbon-artifacts',
      config: 'ignored.yml',
      'github-token': 'ignored',
    })
    assert.deepEqual(config, {
      ...DEFAULT_CONFIG,
      artifacts: ['runs/a/emissions.csv', 'logs/**/*.csv', 'zeus.csv'],
      budgetKg: 25,
      maxIncreasePercent: 10,
      monthlyBudgetKg: 500,
      onExceed: 'warn',
      onIncrease: 'fail',
      region: 'gcp:us-central1',
      intensity: 57,
      pue: 1.2,
      timezone: 'Europe/Paris',
      maxGapSeconds: 120,
      pollIntervalSeconds: 0.5,
      comment: false,
      commentKey: 'gpu-training',
      ledger: 'read',
      ledgerBranch: 'carbon/ledger',
      badge: false,
      runId: '9876543210',
      artifactName: 'carbon-artifacts',
    })
  })

  it('returns a frozen Config', () => {
    const config = resolve({}, 'hardware:\n  gpus:\n    H100: { embodied-kg: 164 }\n')
    assert.ok(Object.isFrozen(config))
    assert.ok(Object.isFrozen(config.hardware))
    assert.ok(Object.isFrozen(config.hardware.gpus))
    assert.ok(Object.isFrozen(config.artifacts))
    assert.ok(Object.isFrozen(config.overhead))
    assert.equal(DEFAULT_CONFIG.hardware.gpus.H100, undefined, 'the defaults are not changed')
  })
})

describe('resolveConfig: enums', () => {
  for (const key of ['on-exceed', 'on-increase'] as const) {
    it(`${key}: fail | warn`, () => {
      assert.equal(
        resolve({ [key]: 'fail' })[key === 'on-exceed' ? 'onExceed' : 'onIncrease'],
        'fail',
      )
      assert.equal(
        resolve({ [key]: 'warn' })[key === 'on-exceed' ? 'onExceed' : 'onIncrease'],
        'warn',
      )
      assertConfigError(
        () => resolve({ [key]: 'FAIL' }),
        `--${key}: must be "fail" or "warn", got "FAIL"`,
      )
      assertConfigError(
        () => resolve({}, `${key}: error\n`),
        `.carbon-gate.yml:1: ${key}: must be "fail" or "warn", got "error"`,
      )
    })
  }

  it('ledger: auto | read | write | off', () => {
    for (const mode of ['auto', 'read', 'write', 'off'] as const) {
      assert.equal(resolve({ ledger: mode }).ledger, mode)
      assert.equal(resolve({}, `ledger: ${mode}\n`).ledger, mode)
    }
    assertConfigError(
      () => resolve({ ledger: 'on' }),
      `--ledger: must be "auto", "read", "write" or "off", got "on"`,
    )
  })

  it('overhead.mode: pue | idle', () => {
    assert.deepEqual(resolve({}, 'overhead:\n  mode: idle\n').overhead, {
      mode: 'idle',
      idleRatio: 0.5924,
    })
    assert.deepEqual(resolve({}, 'overhead:\n  mode: pue\n  idle-ratio: 0.4\n').overhead, {
      mode: 'pue',
      idleRatio: 0.4,
    })
    assertConfigError(
      () => resolve({}, 'overhead:\n  mode: both\n'),
      '.carbon-gate.yml:2: overhead.mode: must be "pue" or "idle", got "both"',
    )
  })

  it('comment and badge: true/false/yes/no/on/off', () => {
    assert.equal(resolve({ comment: 'true' }).comment, true)
    assert.equal(resolve({ comment: 'False' }).comment, false)
    assert.equal(resolve({ badge: 'OFF' }).badge, false)
    assert.equal(resolve({}, 'comment: no\nbadge: false\n').comment, false)
    assert.equal(resolve({}, 'comment: no\nbadge: false\n').badge, false)
    assert.equal(resolve({ badge: 'on' }, 'badge: off\n').badge, true)
    assertConfigError(
      () => resolve({ comment: 'maybe' }),
      '--comment: must be true or false, got "maybe"',
    )
    assertConfigError(
      () => resolve({}, 'badge: 1\n'),
      '.carbon-gate.yml:1: badge: must be true or false, got 1',
    )
  })
})

describe('resolveConfig: input errors name the input', () => {
  const cases: readonly (readonly [string, string, string])[] = [
    ['budget', '25 kgs', '--budget: "25 kgs" is not a mass; write it like 800g, 25kg or 1.2t'],
    ['budget', '25', '--budget: "25" has no unit: add a unit, e.g. 25kg'],
    [
      'monthly-budget',
      '-1kg',
      '--monthly-budget: "-1kg" is negative: a budget must be more than 0',
    ],
    ['max-increase', 'lots', '--max-increase: "lots" is not a percentage; write it like 10%'],
    ['intensity', '-1', '--intensity: must be a number from 0 to 2000 g CO2e/kWh, got "-1"'],
    ['intensity', '5000', '--intensity: must be a number from 0 to 2000 g CO2e/kWh, got "5000"'],
    ['intensity', 'Infinity', '--intensity: "Infinity" is not a number'],
    ['intensity', '57 g/kWh', '--intensity: "57 g/kWh" is not a number'],
    ['pue', '0.9', '--pue: must be a number from 1 to 10, got "0.9"'],
    ['pue', '11', '--pue: must be a number from 1 to 10, got "11"'],
    [
      'timezone',
      'Europe/Pariss',
      '--timezone: "Europe/Pariss" is not an IANA time zone; write it like UTC, Europe/Paris or America/New_York',
    ],
    ['max-gap', '0s', '--max-gap: "0s" must be more than 0'],
    [
      'poll-interval',
      'fast',
      '--poll-interval: "fast" is not a duration; write it like 500ms, 60s or 2m',
    ],
    [
      'run-id',
      '12a',
      `--run-id: "12a" is not a run id; it is the number in the run's URL, e.g. 9876543210`,
    ],
    [
      'region',
      'F R',
      '--region: "F R" is not a region; write an ISO 3166 code (FRA or FR) or provider:region (gcp:us-central1)',
    ],
  ]
  for (const [name, value, line] of cases) {
    it(`${name}=${JSON.stringify(value)}`, () => {
      assertConfigError(() => resolve({ [name]: value }), line)
    })
  }

  it('uses the label the caller gives', () => {
    assertConfigError(
      () => resolve({ budget: '25 kgs' }, undefined, actionLabel),
      `input 'budget': "25 kgs" is not a mass; write it like 800g, 25kg or 1.2t`,
    )
  })

  it('rejects an unknown input name, suggesting the nearest', () => {
    assertConfigError(
      () => resolve({ bugdet: '1kg' }),
      '--bugdet: unknown option (did you mean --budget?)',
    )
    assertConfigError(() => resolve({ format: 'json' }), '--format: unknown option')
    assertConfigError(
      () => resolve({ max_increase: '5%' }, undefined, actionLabel),
      `input 'max_increase': unknown option (did you mean input 'max-increase'?)`,
    )
  })

  it('checks git branch names', () => {
    for (const ok of ['carbon-ledger', 'carbon/ledger', 'ledger_2024', 'v1.0']) {
      assert.equal(resolve({ 'ledger-branch': ok }).ledgerBranch, ok)
    }
    for (const bad of [
      'a b',
      '-x',
      'x.lock',
      'a..b',
      'a/.b',
      'x/',
      '/x',
      'a//b',
      'x.',
      'a~b',
      'a^b',
      'a:b',
      'a?b',
      'a*b',
      'a[b',
      'a\\b',
      'a@{b',
      '@',
      'HEAD',
    ]) {
      assertConfigError(
        () => resolve({ 'ledger-branch': bad }),
        `--ledger-branch: ${JSON.stringify(bad)} is not a valid git branch name, e.g. carbon-ledger`,
      )
    }
  })

  it('keeps comment keys to marker-safe characters', () => {
    assert.equal(resolve({ 'comment-key': 'model/gpt2:small' }).commentKey, 'model/gpt2:small')
    for (const bad of ['x -->', '<b>', '-x', 'a b', 'x'.repeat(81)]) {
      assertConfigError(
        () => resolve({ 'comment-key': bad }),
        /^--comment-key: .* is not a comment key/,
      )
    }
  })
})
