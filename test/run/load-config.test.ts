import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { DEFAULT_CONFIG } from '../../src/config/types.js'
import { ConfigError } from '../../src/core/errors.js'
import { fallbackConfig, loadConfig, readOptionsFrom } from '../../src/run/load-config.js'

const files = (map: Record<string, string>) => (path: string) => map[path]
const actionLabel = (n: string): string => `input '${n}'`

describe('loadConfig: the same for the action and the CLI', () => {
  it('inputs over the found .carbon-gate.yml over the defaults', async () => {
    const config = await loadConfig(files({ '.carbon-gate.yml': 'budget: 25kg\npue: 1.2\n' }), {
      inputs: { budget: '10kg' },
      inputLabel: actionLabel,
    })
    assert.equal(config.budgetKg, 10)
    assert.equal(config.pue, 1.2)
    const yaml = await loadConfig(files({ '.carbon-gate.yaml': 'pue: 1.3\n' }), {
      inputs: {},
      inputLabel: actionLabel,
    })
    assert.equal(yaml.pue, 1.3)
  })

  it('a named file is the only one read; a missing one names the input', async () => {
    const read = files({ '.carbon-gate.yml': 'pue: 1.2\n', 'ci/gate.yml': 'pue: 1.4\n' })
    const named = await loadConfig(read, {
      inputs: {},
      inputLabel: actionLabel,
      configPath: 'ci/gate.yml',
    })
    assert.equal(named.pue, 1.4)
    await assert.rejects(
      loadConfig(read, {
        inputs: {},
        inputLabel: actionLabel,
        configPath: 'nope.yml',
        lookedIn: 'the workspace',
      }),
      (e: unknown) =>
        e instanceof ConfigError &&
        e.line === "input 'config': nope.yml: no such file in the workspace",
    )
    await assert.rejects(
      loadConfig(read, { inputs: {}, inputLabel: (n) => `--${n}`, configPath: 'nope.yml' }),
      (e: unknown) => e instanceof ConfigError && e.line === '--config: nope.yml: no such file',
    )
  })

  it('settings that cannot be used fall back to the defaults, publishing nothing', () => {
    const config = fallbackConfig('runs/a\n\n  runs/b  \n')
    assert.deepEqual(config.artifacts, ['runs/a', 'runs/b'])
    assert.deepEqual([config.comment, config.ledger, config.badge], [false, 'off', false])
    assert.equal(config.onExceed, DEFAULT_CONFIG.onExceed)
  })

  it('read options come from the configuration', () => {
    assert.deepEqual(readOptionsFrom({ ...DEFAULT_CONFIG, pollIntervalSeconds: 2 }), {
      timezone: 'UTC',
      maxGapSeconds: 60,
      pollIntervalSeconds: 2,
    })
  })
})

describe('loadConfig: intensity-series and on-uncertain', () => {
  it('reads the series the file or input names; a missing file or a bad line is an error', async () => {
    const series = 'datetime,carbon_intensity\n2024-05-31T10:00Z,100\n2024-05-31T11:00Z,300\n'
    const config = await loadConfig(
      files({
        '.carbon-gate.yml': 'intensity-series: grid.csv\non-uncertain: fail\n',
        'grid.csv': series,
      }),
      { inputs: {}, inputLabel: actionLabel },
    )
    assert.deepEqual(config.intensitySeries?.gPerKWh, [100, 300])
    assert.equal(config.onUncertain, 'fail')
    await assert.rejects(
      loadConfig(files({}), {
        inputs: { 'intensity-series': 'nope.csv' },
        inputLabel: actionLabel,
      }),
      (e: unknown) =>
        e instanceof ConfigError && e.line === "input 'intensity-series': nope.csv: no such file",
    )
    await assert.rejects(
      loadConfig(files({ 'g.csv': 'datetime,carbon_intensity\n2024-05-31T10:00Z,abc\n' }), {
        inputs: { 'intensity-series': 'g.csv' },
        inputLabel: actionLabel,
      }),
      (e: unknown) => e instanceof ConfigError && e.line.startsWith('g.csv:2: not an intensity'),
    )
  })
})
