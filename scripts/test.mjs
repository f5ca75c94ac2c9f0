// The test command: every test/**/*.test.ts under Node's own test runner, TypeScript through tsx.
// Usage: npm test [-- [--slowest] FILTER...]   (a filter keeps the files whose path contains it;
//        --slowest lists the ten slowest tests at the end)
//
// Speed, on a 2-core machine:
// - Test processes run in parallel (CARBON_GATE_TEST_CONCURRENCY, default 2 × the cores: many
//   wait on child processes and loopback servers more than they compute).
// - Most test files share processes: they are imported by a few bundle files (3 × the cores, so
//   that the runner's queue balances them), and the TypeScript loader and the modules under test
//   start a few times instead of once per file. The files in ALONE (they run the built CLI or
//   action, start many processes, or wait on timers) each get a process of their own.
// - The longest processes start first.
// Clean-up: the run gets a temporary directory of its own (TMPDIR); whatever a test leaves in it
// fails the run, and it is removed.
import { spawnSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { availableParallelism, tmpdir, userInfo } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

/** Test files (path prefixes) that get a process of their own: they run the built CLI or action,
 * start many processes, wait on timers, or measure the whole process. */
const ALONE = [
  'test/e2e/',
  'test/reliability/malformed-',
  'test/reliability/injection',
  'test/github/client',
  'test/github/ledger.test',
  'test/release/release-script',
  'test/release/test-runner',
  // Counts the process's open files: another file's tests closing theirs would change the count.
  'test/perf/streaming-readers',
]
/** Files that run longest, started first (the rest keep their order). */
const LONG_FIRST = [
  'test/e2e/docs-workflows',
  'test/reliability/malformed-cli',
  'test/e2e/action-github',
  'test/github/ledger',
]

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

const cores = availableParallelism()
const concurrency = Number(process.env.CARBON_GATE_TEST_CONCURRENCY) || 2 * cores

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
const isRunFile = (name) => name.startsWith('tsx') || name.startsWith('.run-')

/** Test files spread over `count` bundle files (largest first, each to the lightest). */
function bundleTests(shared, count) {
  const bundles = Array.from({ length: Math.min(count, shared.length) }, () => ({
    size: 0,
    files: [],
  }))
  const sized = shared.map((f) => ({ f, size: statSync(f).size })).sort((a, b) => b.size - a.size)
  for (const { f, size } of sized) {
    const lightest = bundles.reduce((a, b) => (b.size < a.size ? b : a))
    lightest.size += size
    lightest.files.push(f)
  }
  return bundles.map((b, i) => {
    const path = join(runTmp, `.run-bundle-${i + 1}.test.mjs`)
    const imports = b.files
      .sort()
      .map((f) => `import ${JSON.stringify(pathToFileURL(resolve(f)).href)}`)
    writeFileSync(path, `${imports.join('\n')}\n`)
    return path
  })
}

const posix = (f) => f.replaceAll('\\', '/')
const isAlone = (f) => ALONE.some((prefix) => posix(f).startsWith(prefix))
const rank = (f) => {
  const i = LONG_FIRST.findIndex((prefix) => posix(f).startsWith(prefix))
  return i === -1 ? LONG_FIRST.length : i
}
const alone = files.filter(isAlone).sort((a, b) => rank(a) - rank(b))
const bundles = bundleTests(
  files.filter((f) => !isAlone(f)),
  3 * cores,
)
const entries = [
  ...alone.slice(0, LONG_FIRST.length),
  ...bundles,
  ...alone.slice(LONG_FIRST.length),
]

let status
try {
  const tap = join(runTmp, '.run-report.tap')
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      `--test-concurrency=${concurrency}`,
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      ...(slowest ? ['--test-reporter=tap', `--test-reporter-destination=${tap}`] : []),
      ...entries,
    ],
    {
      stdio: 'inherit',
      env: { ...testEnv(), NODE_NO_WARNINGS: '1', TMPDIR: runTmp, TMP: runTmp, TEMP: runTmp },
    },
  )
  status = result.status ?? 1
  if (slowest) printSlowest(readFileSync(tap, 'utf8'), 10)
  const left = readdirSync(runTmp).filter((name) => !isRunFile(name))
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

/** This environment, less the marker by which a test runner tells its own child processes. */
function testEnv() {
  const { NODE_TEST_CONTEXT: _child, ...env } = process.env
  return env
}

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
