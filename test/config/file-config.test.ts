import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { DEFAULT_CONFIG } from '../../src/config/types.js'
import { DEFAULT_HARDWARE } from '../../src/model/settings.js'
import { assertConfigError, resolve } from './helpers.js'

describe('.carbon-gate.yml: the contract example', () => {
  it('reads every key of contract §7', () => {
    const text = [
      'budget: 25kg              # per run',
      'max-increase: 10%',
      'monthly-budget: 500kg',
      'on-exceed: fail           # fail | warn',
      'on-increase: warn',
      'region: FRA               # or FR, or gcp:us-central1',
      'intensity: 57             # g CO2e/kWh',
      'pue: 1.2',
      'timezone: UTC             # for trackers that write local times',
      'overhead:',
      '  mode: pue               # pue | idle',
      '  idle-ratio: 0.5924',
      'hardware:',
      '  gpu-embodied-kg: 150',
      '  server-embodied-kg: 2500',
      '  gpus-per-server: 8',
      '  threads-per-server: 128',
      '  lifetime-years: 6',
      '  utilization: 0.85',
      '  gpus:                   # per-model overrides',
      '    H100: { embodied-kg: 164 }',
      '',
    ].join('\n')
    assert.deepEqual(resolve({}, text), {
      ...DEFAULT_CONFIG,
      budgetKg: 25,
      maxIncreasePercent: 10,
      monthlyBudgetKg: 500,
      region: 'FRA',
      intensity: 57,
      pue: 1.2,
      hardware: { ...DEFAULT_HARDWARE, gpus: { H100: { embodiedKg: 164 } } },
    })
  })

  it('overrides hardware one key at a time, keeping the other defaults', () => {
    const config = resolve({}, 'hardware:\n  lifetime-years: 4\n  utilization: 1\n')
    assert.deepEqual(config.hardware, {
      gpuEmbodiedKg: 150,
      serverEmbodiedKg: 2500,
      gpusPerServer: 8,
      threadsPerServer: 128,
      lifetimeYears: 4,
      utilization: 1,
      gpus: {},
    })
    const gpus = resolve(
      {},
      'hardware:\n  gpus:\n    H100: { embodied-kg: 164 }\n    "A100 80GB":\n      embodied-kg: 150.5\n',
    )
    assert.deepEqual(gpus.hardware.gpus, {
      H100: { embodiedKg: 164 },
      'A100 80GB': { embodiedKg: 150.5 },
    })
  })

  it('reads power-logs, artifacts, run-id and quoted or typed YAML values', () => {
    const config = resolve(
      {},
      'power-logs:\n  max-gap: 5m\n  poll-interval: 1s\nartifacts:\n  - runs/**/emissions.csv\n  - gpu.csv\nrun-id: 123456\nmax-increase: 15\n',
    )
    assert.equal(config.maxGapSeconds, 300)
    assert.equal(config.pollIntervalSeconds, 1)
    assert.deepEqual(config.artifacts, ['runs/**/emissions.csv', 'gpu.csv'])
    assert.equal(config.runId, '123456')
    assert.equal(config.maxIncreasePercent, 15)
    assert.deepEqual(resolve({}, 'artifacts: |\n  a.csv\n  b.csv\n').artifacts, ['a.csv', 'b.csv'])
    assert.equal(resolve({ 'max-gap': '10s' }, 'power-logs:\n  max-gap: 5m\n').maxGapSeconds, 10)
  })
})

describe('.carbon-gate.yml: empty and odd files', () => {
  for (const text of [
    '',
    '\n',
    '# only a comment\n',
    '{}\n',
    '---\n',
    'budget:\nhardware:\n',
    '\ufeff',
  ]) {
    it(`gives the defaults for ${JSON.stringify(text)}`, () => {
      assert.deepEqual(resolve({}, text), DEFAULT_CONFIG)
    })
  }

  it('reads a file with a BOM and CRLF line ends', () => {
    const config = resolve({}, '\ufeffbudget: 2kg\r\noverhead:\r\n  mode: idle\r\n')
    assert.equal(config.budgetKg, 2)
    assert.equal(config.overhead.mode, 'idle')
  })

  it('rejects a top level that is not a mapping', () => {
    assertConfigError(
      () => resolve({}, '# settings\n- budget: 25kg\n'),
      '.carbon-gate.yml:2: the top level must be a mapping of keys like "budget: 25kg", got a list',
    )
    assertConfigError(
      () => resolve({}, 'budget 25kg\n'),
      /^\.carbon-gate\.yml:1: the top level must be a mapping.*got "budget 25kg"$/,
    )
  })

  it('rejects a file over 1 MB', () => {
    assertConfigError(
      () => resolve({}, `# ${'x'.repeat(1_000_001)}\n`),
      /^\.carbon-gate\.yml: is larger than 1 MB/,
    )
  })
})

describe('.carbon-gate.yml: unknown keys', () => {
  it('names the nearest key at the top level', () => {
    assertConfigError(
      () => resolve({}, 'on-exceed: warn\nbudgett: 25kg\n'),
      `.carbon-gate.yml:2: unknown key 'budgett' (did you mean 'budget'?)`,
    )
    assertConfigError(
      () => resolve({}, 'Max_Increase: 5%\n'),
      `.carbon-gate.yml:1: unknown key 'Max_Increase' (did you mean 'max-increase'?)`,
    )
  })

  it('names the nearest key when nested', () => {
    assertConfigError(
      () => resolve({}, 'budget: 25kg\noverhead:\n  mode: idle\n  idle_ratio: 0.5\n'),
      `.carbon-gate.yml:4: overhead: unknown key 'idle_ratio' (did you mean 'idle-ratio'?)`,
    )
    assertConfigError(
      () => resolve({}, 'hardware:\n  utilisation: 0.9\n'),
      `.carbon-gate.yml:2: hardware: unknown key 'utilisation' (did you mean 'utilization'?)`,
    )
    assertConfigError(
      () => resolve({}, 'hardware:\n  gpus:\n    H100:\n      embodied_kg: 164\n'),
      `.carbon-gate.yml:4: hardware.gpus.H100: unknown key 'embodied_kg' (did you mean 'embodied-kg'?)`,
    )
  })

  it('points to where a key belongs when it is at the wrong level', () => {
    assertConfigError(
      () => resolve({}, 'max-gap: 60s\n'),
      `.carbon-gate.yml:1: unknown key 'max-gap' (did you mean 'power-logs.max-gap'?)`,
    )
    assertConfigError(
      () => resolve({}, 'idle-ratio: 0.5\n'),
      `.carbon-gate.yml:1: unknown key 'idle-ratio' (did you mean 'overhead.idle-ratio'?)`,
    )
  })

  it('lists the valid keys when nothing is close', () => {
    assertConfigError(
      () => resolve({}, 'overhead:\n  cooling: 0.3\n'),
      `.carbon-gate.yml:2: overhead: unknown key 'cooling'; valid keys here: mode, idle-ratio`,
    )
  })

  it('refuses a token or a config path in the file', () => {
    assertConfigError(
      () => resolve({}, 'github-token: ghp_x\n'),
      /^\.carbon-gate\.yml:1: github-token does not belong in a file/,
    )
    assertConfigError(
      () => resolve({}, 'config: other.yml\n'),
      /^\.carbon-gate\.yml:1: config cannot be set in the config file/,
    )
  })
})

describe('.carbon-gate.yml: value errors name the line and the dotted key', () => {
  it('puts overhead.mode on its line', () => {
    const text =
      '# carbon budget\nbudget: 25kg\nmax-increase: 10%\n\non-exceed: fail\noverhead:\n  mode: both\n'
    assertConfigError(
      () => resolve({}, text),
      '.carbon-gate.yml:7: overhead.mode: must be "pue" or "idle", got "both"',
    )
  })

  it('reports the first problem in the file', () => {
    const text = 'pue: 0.5\nbudget: 25\nbudgett: 1kg\n'
    assertConfigError(
      () => resolve({}, text),
      '.carbon-gate.yml:1: pue: must be a number from 1 to 10, got 0.5',
    )
    assertConfigError(
      () => resolve({}, 'hardware:\n  utilization: 2\nbudgett: 1kg\n'),
      /^\.carbon-gate\.yml:2: hardware\.utilization: /,
    )
  })

  const cases: readonly (readonly [string, string])[] = [
    ['budget: 25\n', '.carbon-gate.yml:1: budget: 25 has no unit: add a unit, e.g. 25kg'],
    [
      'budget: 25 kgs\n',
      '.carbon-gate.yml:1: budget: "25 kgs" is not a mass; write it like 800g, 25kg or 1.2t',
    ],
    [
      'monthly-budget: 1e308kg\n',
      '.carbon-gate.yml:1: monthly-budget: "1e308kg" is more than any plausible budget (the limit is 1e9 t)',
    ],
    ['pue: "1.2"\n', '.carbon-gate.yml:1: pue: must be a number, got "1.2"'],
    ['intensity: .inf\n', '.carbon-gate.yml:1: intensity: Infinity is not a finite number'],
    ['intensity: .nan\n', '.carbon-gate.yml:1: intensity: NaN is not a finite number'],
    [
      'timezone: Mars/Olympus\n',
      '.carbon-gate.yml:1: timezone: "Mars/Olympus" is not an IANA time zone; write it like UTC, Europe/Paris or America/New_York',
    ],
    [
      'hardware:\n  gpus-per-server: 2.5\n',
      '.carbon-gate.yml:2: hardware.gpus-per-server: must be a whole number from 1 to 1024, got 2.5',
    ],
    [
      'hardware:\n  utilization: 0\n',
      '.carbon-gate.yml:2: hardware.utilization: must be a number more than 0 and at most 1, got 0',
    ],
    [
      'hardware:\n  gpus:\n    H100: {}\n',
      '.carbon-gate.yml:3: hardware.gpus.H100: must have embodied-kg',
    ],
    [
      'hardware:\n  gpus:\n    H100: 164\n',
      '.carbon-gate.yml:3: hardware.gpus.H100: must be a mapping, got 164',
    ],
    [
      'hardware:\n  gpus:\n    H100: { embodied-kg: -1 }\n',
      '.carbon-gate.yml:3: hardware.gpus.H100.embodied-kg: must be >= 0, got -1',
    ],
    [
      'hardware:\n  gpus:\n    H100: { embodied-kg: 164 }\n    h100: { embodied-kg: 170 }\n',
      '.carbon-gate.yml:2: hardware.gpus: "H100" and "h100" name the same GPU (models are matched ignoring case)',
    ],
    ['hardware: 8\n', '.carbon-gate.yml:1: hardware: must be a mapping, got 8'],
    ['artifacts:\n  - a.csv\n  - 3\n', '.carbon-gate.yml:3: artifacts.1: must be text, got 3'],
    [
      'comment-key: ""\n',
      '.carbon-gate.yml:1: comment-key: "" is not a comment key; use up to 80 letters, digits and . _ - : /, e.g. gpu-training',
    ],
    [
      'power-logs:\n  max-gap: -5s\n',
      '.carbon-gate.yml:2: power-logs.max-gap: "-5s" is negative: a duration must be > 0',
    ],
    [
      'budget: !!binary aGk=\n',
      '.carbon-gate.yml:1: budget: binary data is not a mass; write it like 800g, 25kg or 1.2t',
    ],
  ]
  for (const [text, line] of cases) {
    it(JSON.stringify(text), () => {
      assertConfigError(() => resolve({}, text), line)
    })
  }
})

describe('.carbon-gate.yml: YAML itself', () => {
  it('reports a syntax error on its line, in one line', () => {
    assertConfigError(
      () => resolve({}, 'budget: 1kg\npue: 1.2\nbudget: 2kg\n'),
      '.carbon-gate.yml:3: invalid YAML: Map keys must be unique',
    )
    assertConfigError(
      () => resolve({}, 'budget: 1kg\n\tpue: 1.2\n'),
      '.carbon-gate.yml:2: invalid YAML: Tabs are not allowed as indentation',
    )
    assertConfigError(
      () => resolve({}, 'budget: 1kg\n---\npue: 1.2\n'),
      /^\.carbon-gate\.yml:\d+: invalid YAML: Source contains multiple documents/,
    )
  })

  it('rejects a billion-laughs file at once', () => {
    const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
    for (let i = 1; i < 9; i++) {
      const name = String.fromCharCode(97 + i)
      const prev = `*${String.fromCharCode(96 + i)}`
      lines.push(`${name}: &${name} [${Array.from({ length: 9 }, () => prev).join(', ')}]`)
    }
    assertConfigError(
      () => resolve({}, `${lines.join('\n')}\n`),
      '.carbon-gate.yml:2: invalid YAML: Excessive alias count indicates a resource exhaustion attack',
    )
  })

  it('allows a few aliases, and names an alias with no anchor', () => {
    const config = resolve({}, 'budget: &b 25kg\nmonthly-budget: *b\n')
    assert.equal(config.monthlyBudgetKg, 25)
    assertConfigError(
      () => resolve({}, 'budget: 25kg\nmonthly-budget: *b\n'),
      /^\.carbon-gate\.yml:2: invalid YAML: Unresolved alias/,
    )
  })
})
