// The test command: every test/**/*.test.ts under Node's own test runner, TypeScript through tsx.
// Usage: npm test [-- FILTER...]   (a filter keeps the files whose path contains it)
//
// Test files run in parallel (CARBON_GATE_TEST_CONCURRENCY, default 2 × the cores: most files wait
// on child processes and loopback servers more than they compute). The run gets a temporary
// directory of its own (TMPDIR); whatever a test leaves in it fails the run, and it is removed.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs'
import { availableParallelism, tmpdir, userInfo } from 'node:os'
import { join } from 'node:path'

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.test.ts') ? [path] : []
  })
}
const filters = process.argv.slice(2)
const files = walk('test')
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort()
if (files.length === 0) {
  console.error('no test files matched')
  process.exit(1)
}

const concurrency = Number(process.env.CARBON_GATE_TEST_CONCURRENCY) || 2 * availableParallelism()

// tsx keeps its compile cache in <tmpdir>/tsx-<uid>: the run's TMPDIR links to the usual one,
// so that the cache stays warm from run to run.
const outerTmp = tmpdir()
const runTmp = mkdtempSync(join(outerTmp, 'carbon-gate-test-'))
const tsxCache = `tsx-${userInfo().uid}`
try {
  mkdirSync(join(outerTmp, tsxCache), { recursive: true })
  symlinkSync(join(outerTmp, tsxCache), join(runTmp, tsxCache))
} catch {
  // No link: tsx compiles afresh into the run's directory, which is removed with it.
}
const isToolCache = (name) => name.startsWith('tsx')

let status
try {
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      `--test-concurrency=${concurrency}`,
      '--test-reporter=spec',
      ...files,
    ],
    {
      stdio: 'inherit',
      env: { ...process.env, NODE_NO_WARNINGS: '1', TMPDIR: runTmp, TMP: runTmp, TEMP: runTmp },
    },
  )
  status = result.status ?? 1
  const left = readdirSync(runTmp).filter((name) => !isToolCache(name))
  if (left.length > 0) {
    console.error(
      `\nThe tests left ${left.length} entr${left.length === 1 ? 'y' : 'ies'} in the temporary directory` +
        ` (make temporary folders with test/support/temp.ts): ${left.slice(0, 10).join(', ')}` +
        (left.length > 10 ? ', …' : ''),
    )
    status = status === 0 ? 1 : status
  }
} finally {
  rmSync(runTmp, { recursive: true, force: true })
}
process.exit(status)
