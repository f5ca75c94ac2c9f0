/**
 * scripts/test.mjs keeps the temporary directory clean: it counts what a run leaves in the run's
 * own TMPDIR and fails when anything is left, naming it, and removes that directory either way.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { makeTempDir } from '../support/temp.js'

const ROOT = join(import.meta.dirname, '../..')

/** A project with the given test files, run by this repository's scripts/test.mjs. */
function runSuite(tests: Record<string, string>) {
  const project = makeTempDir('cg-runner-')
  const outerTmp = makeTempDir('cg-runner-tmp-')
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'))
  mkdirSync(join(project, 'test'))
  for (const [name, text] of Object.entries(tests)) writeFileSync(join(project, 'test', name), text)
  const ran = spawnSync(process.execPath, [join(ROOT, 'scripts/test.mjs')], {
    cwd: project,
    env: { ...process.env, TMPDIR: outerTmp, CARBON_GATE_TEST_CONCURRENCY: '2' },
    encoding: 'utf8',
  })
  const left = readdirSync(outerTmp).filter((n) => !n.startsWith('tsx'))
  return { ...ran, left }
}

const CLEAN = `import { test } from 'node:test'
import { makeTempDir } from ${JSON.stringify(join(ROOT, 'test/support/temp.ts'))}
test('makes a folder the helper removes', () => { makeTempDir('tidy-') })
`
const LEAKY = `import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
test('leaves a folder behind', () => { mkdtempSync(join(tmpdir(), 'leaked-')) })
`

describe('scripts/test.mjs and the temporary directory', () => {
  it('fails a run that leaves a folder behind, naming only that one, and removes its TMPDIR', () => {
    const ran = runSuite({ 'clean.test.ts': CLEAN, 'leaky.test.ts': LEAKY })
    assert.equal(ran.status, 1, ran.stdout + ran.stderr)
    assert.match(ran.stdout, /✔ makes a folder the helper removes/)
    assert.match(ran.stdout, /✔ leaves a folder behind/)
    assert.match(ran.stderr, /The tests left 1 entry in the temporary directory .*: leaked-\w+$/m)
    assert.deepEqual(ran.left, [], "the run's own TMPDIR is removed, leftovers and all")
  })
})
