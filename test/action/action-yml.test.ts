/**
 * One source for every input: SETTINGS (src/config/settings.ts). action.yml must list exactly its
 * inputs (plus the two the shells use themselves), the action reads every one of them, and the
 * CLI's flags are derived from it.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { parse } from 'yaml'
import { readConfigInputs } from '../../src/action/inputs.js'
import { OUTPUT_NAMES } from '../../src/action/outputs.js'
import { FLAG_OPTIONS, OWN_FLAGS } from '../../src/cli/args.js'
import { USAGE } from '../../src/cli/usage.js'
import { CALLER_INPUTS, FLAG_SETTINGS, INPUT_NAMES, SETTINGS } from '../../src/config/settings.js'

const ROOT = join(import.meta.dirname, '../..')
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description?: string; default?: string }>
  outputs: Record<string, { description?: string }>
  runs: { using: string; main: string }
}
const sorted = (xs: Iterable<string>): string[] => [...xs].sort()

describe('action.yml and SETTINGS agree', () => {
  it("action.yml's inputs are exactly the settings' inputs and the shells' own", () => {
    const settingInputs = SETTINGS.flatMap((s) => (s.input === undefined ? [] : [s.input]))
    assert.deepEqual(
      sorted(Object.keys(action.inputs)),
      sorted([...settingInputs, ...CALLER_INPUTS]),
    )
    assert.deepEqual(sorted(INPUT_NAMES), sorted(Object.keys(action.inputs)))
    for (const [name, spec] of Object.entries(action.inputs)) {
      assert.ok((spec.description ?? '').length > 10, `${name} has a description`)
    }
  })

  it('the action reads every setting input, and nothing else, as configuration', () => {
    const asked: string[] = []
    readConfigInputs((name) => {
      asked.push(name)
      return ''
    })
    const settingInputs = SETTINGS.flatMap((s) => (s.input === undefined ? [] : [s.input]))
    assert.deepEqual(sorted(asked), sorted(settingInputs))
  })

  it("action.yml's outputs are exactly the ones the action sets", () => {
    assert.deepEqual(sorted(Object.keys(action.outputs)), sorted(OUTPUT_NAMES))
    assert.deepEqual([action.runs.using, action.runs.main], ['node24', 'dist/index.js'])
  })
})

describe('the CLI flags come from SETTINGS', () => {
  it('parseArgs knows the settings with a flag and the CLI’s own flags, no other', () => {
    const expected = [...FLAG_SETTINGS.map((s) => s.input), ...Object.keys(OWN_FLAGS)]
    assert.deepEqual(sorted(Object.keys(FLAG_OPTIONS)), sorted(expected))
    assert.ok(FLAG_SETTINGS.every((s) => INPUT_NAMES.includes(s.input)))
  })

  it('every flag of contract §4 is there, and each listed flag has a help line', () => {
    const contract = ['config', 'budget', 'baseline', 'max-increase', 'on-exceed', 'on-increase']
    for (const flag of [...contract, 'region', 'intensity', 'pue', 'format', 'output']) {
      assert.ok(flag in FLAG_OPTIONS, flag)
    }
    for (const s of FLAG_SETTINGS)
      assert.ok(USAGE.includes(`--${s.input} ${s.flag.value} `), s.input)
    for (const [name, flag] of Object.entries(OWN_FLAGS)) {
      if (flag.help !== undefined) assert.ok(USAGE.includes(`--${name}`), name)
    }
    assert.match(USAGE, /--on-exceed fail\|warn/)
  })
})
