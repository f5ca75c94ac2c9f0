import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { actionLabel, assertConfigError, resolve } from './helpers.js'

const WHY = 'idle mode already counts facility overhead, so a PUE would count it twice'

describe('pue with overhead.mode: idle is an error in every combination of layers', () => {
  it('both in the file: names the pue line and the mode line', () => {
    assertConfigError(
      () => resolve({}, 'budget: 25kg\npue: 1.2\noverhead:\n  mode: idle\n'),
      `.carbon-gate.yml:2: pue: cannot be used with overhead.mode: idle (line 4): ${WHY}; remove pue or set overhead.mode: pue`,
    )
  })

  it('pue as a flag, idle in the file: names the flag', () => {
    assertConfigError(
      () => resolve({ pue: '1.3' }, 'overhead:\n  mode: idle\n'),
      `--pue: pue 1.3 cannot be used with overhead.mode: idle (.carbon-gate.yml:2): ${WHY}; remove --pue or set overhead.mode: pue`,
    )
  })

  it('pue as an action input, idle in the file: names the input', () => {
    assertConfigError(
      () => resolve({ pue: '1.1' }, 'overhead:\n  mode: idle\n', actionLabel),
      `input 'pue': pue 1.1 cannot be used with overhead.mode: idle (.carbon-gate.yml:2): ${WHY}; remove input 'pue' or set overhead.mode: pue`,
    )
  })

  it('pue in both the input and the file, idle in the file: names the input, which wins', () => {
    assertConfigError(
      () => resolve({ pue: '1.3' }, 'pue: 1.2\noverhead: { mode: idle }\n'),
      /^--pue: pue 1\.3 cannot be used with overhead\.mode: idle \(\.carbon-gate\.yml:2\)/,
    )
  })

  it('idle without pue is fine, in any layer', () => {
    assert.deepEqual(resolve({}, 'overhead:\n  mode: idle\n  idle-ratio: 0.5\n').overhead, {
      mode: 'idle',
      idleRatio: 0.5,
    })
    assert.equal(resolve({ pue: '' }, 'overhead:\n  mode: idle\n').pue, undefined)
  })

  it('pue with mode pue (or the default mode) is fine', () => {
    assert.equal(resolve({ pue: '1.2' }, 'overhead:\n  mode: pue\n').pue, 1.2)
    assert.equal(resolve({}, 'pue: 1.4\noverhead:\n  idle-ratio: 0.3\n').pue, 1.4)
    assert.equal(resolve({ pue: '1.2' }).pue, 1.2)
  })
})
