// The test command: every test/**/*.test.ts under Node's own test runner, TypeScript through tsx.
// Usage: npm test [-- [--slowest] FILTER...]   (a filter keeps the files whose path contains it;
//        --slowest lists the ten slowest tests at the end)
//
// Test files run in parallel (CARBON_GATE_TEST_CONCURRENCY, default 2 × the cores: most files wait
// on child processes and loopback servers more than they compute). The run gets a temporary
// directory of its own (TMPDIR); whatever a test leaves in it fails the run, and it is removed.
import { spawnSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs'
import { availableParallelism, tmpdir, userInfo } from 'node:os'
import { join } from 'node:path'

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.test.ts') ? [path] : []
  })
}
const args = process.argv.slice(2)
const slowest = args.includes('--slowest')
const filters = args.filter((a) => a !== '--slowest')
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
      '--test-reporter-destination=stdout',
      ...(slowest
        ? ['--test-reporter=tap', `--test-reporter-destination=${join(runTmp, '.tap')}`]
        : []),
      ...files,
    ],
    {
      stdio: 'inherit',
      env: { ...process.env, NODE_NO_WARNINGS: '1', TMPDIR: runTmp, TMP: runTmp, TEMP: runTmp },
    },
  )
  status = result.status ?? 1
  if (slowest) printSlowest(readFileSync(join(runTmp, '.tap'), 'utf8'), 10)
  const left = readdirSync(runTmp).filter((name) => !isToolCache(name) && name !== '.tap')
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

/** The `count` slowest tests (not suites) of a TAP report, with their suites' names. */
function printSlowest(tap, count) {
  const lines = tap.split('\n')
  const path = []
  const tests = []
  lines.forEach((line, i) => {
    const header = /^( *)# Subtest: (.*)$/.exec(line)
    if (header) {
      path.length = header[1].length / 4
      path.push(header[2])
      return
    }
    const m = /^( *)(?:not )?ok \d+ - (.*)$/.exec(line)
    if (!m) return
    const depth = m[1].length / 4
    let duration = 0
    let suite = false
    for (let j = i + 1; j < lines.length && !/^ *\.\.\.$/.test(lines[j]); j++) {
      const d = /duration_ms: ([\d.]+)/.exec(lines[j])
      if (d) duration = Number(d[1])
      if (/type: 'suite'/.test(lines[j])) suite = true
    }
    if (!suite) tests.push({ name: [...path.slice(0, depth), m[2]].join(' › '), duration })
  })
  console.log(`\nThe ${count} slowest tests:`)
  for (const t of tests.sort((a, b) => b.duration - a.duration).slice(0, count)) {
    console.log(`${(t.duration / 1000).toFixed(2).padStart(7)} s  ${t.name}`)
  }
}
