/**
 * The built CLI for other CI systems: `--format junit` read by a JUnit XML consumer (the XSD in
 * test/support), `--format code-quality` as GitLab takes it, and `--baseline` fed, as they are,
 * with the JSON report of an earlier run and with a ledger month file from the ledger branch.
 */
import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import type { Report } from '../../src/core/types.js'
import { serializeLedgerFile } from '../../src/run/ledger-record.js'
import { codeQualityProblems } from '../support/code-quality-schema.js'
import { ledgerRecord } from '../support/github-server-fixtures.js'
import { assertValidJunit } from '../support/junit-schema.js'
import { makeTempDir } from '../support/temp.js'
import { ROOT, runNode } from './run-dist.js'

const examples = join(ROOT, 'examples')

test('dist/cli.js --format junit: valid JUnit XML, one failing test case per exceeded budget', async () => {
  const ran = await runNode('dist/cli.js', [
    'check',
    examples,
    '--budget',
    '1kg',
    '--max-increase',
    '5%',
    '--format',
    'junit',
  ])
  assert.equal(ran.code, 1, ran.stderr)
  assertValidJunit(ran.stdout, 'junit')
  assert.match(
    ran.stdout,
    /<testcase name="Per run budget" classname="carbon-gate\.budgets">\n\s*<failure /,
  )
  const within = await runNode('dist/cli.js', [
    'check',
    examples,
    '--budget',
    '100t',
    '--format',
    'junit',
  ])
  assert.equal(within.code, 0, within.stderr)
  assertValidJunit(within.stdout, 'junit within budget')
  assert.match(within.stdout, /tests="1" failures="0" errors="0"/)
})

test('dist/cli.js --format junit: an unusable artifact is a test case in error, exit 2', async () => {
  const dir = makeTempDir('cg-junit-')
  writeFileSync(
    join(dir, 'bad.carbon.json'),
    '{"carbonGate": 1, "jobs": [{"name": "x", "energyKWh": -1}]}',
  )
  const ran = await runNode('dist/cli.js', ['check', dir, '--format', 'junit'])
  assert.equal(ran.code, 2)
  assertValidJunit(ran.stdout, 'junit with an error')
  assert.match(
    ran.stdout,
    /<error message="1 input could not be used" type="unusable-input">[^<]*bad\.carbon\.json:1: /,
  )
})

test('dist/cli.js --format code-quality: a GitLab Code Quality report', async () => {
  const ran = await runNode(
    'dist/cli.js',
    ['check', '.', '--budget', '1kg', '--format', 'code-quality'],
    { cwd: examples },
  )
  assert.equal(ran.code, 1, ran.stderr)
  const issues = JSON.parse(ran.stdout) as { check_name: string; location: { path: string } }[]
  assert.deepEqual(codeQualityProblems(issues), [])
  const budget = issues.find((i) => i.check_name === 'carbon-gate/budget-run')
  assert.equal(budget?.location.path, 'generic/bloom-176b-training.carbon.json')
})

test('dist/cli.js --baseline: an earlier run’s report, as --output wrote it', async () => {
  const dir = makeTempDir('cg-base-')
  const bloom = join(examples, 'generic/bloom-176b-training.carbon.json')
  const first = await runNode('dist/cli.js', ['check', bloom, '--output', join(dir, 'main.json')])
  assert.equal(first.code, 0, first.stderr)
  const ran = await runNode('dist/cli.js', [
    'check',
    bloom,
    '--baseline',
    join(dir, 'main.json'),
    '--format',
    'json',
  ])
  assert.equal(ran.code, 0, ran.stderr)
  const report = JSON.parse(ran.stdout) as Report
  assert.equal(report.baseline?.deltaKg, 0)
  assert.equal(report.baseline?.deltaPercent, 0)
})

test('dist/cli.js --baseline: a ledger month file, whose latest record is the baseline', async () => {
  const dir = makeTempDir('cg-ledger-')
  const ledger = join(dir, '2026-11.json')
  writeFileSync(
    ledger,
    serializeLedgerFile([
      ledgerRecord({ runId: 2, date: '2026-11-20T10:00:00Z', kg: 40_000, sha: 'b'.repeat(40) }),
      ledgerRecord({ runId: 1, date: '2026-11-02T10:00:00Z', kg: 10_000 }),
    ]),
  )
  const bloom = join(examples, 'generic/bloom-176b-training.carbon.json')
  const ran = await runNode('dist/cli.js', [
    'check',
    bloom,
    '--baseline',
    ledger,
    '--max-increase',
    '10%',
    '--format',
    'json',
  ])
  const report = JSON.parse(ran.stdout) as Report
  assert.equal(report.baseline?.totalKg, 40_000)
  assert.equal(report.baseline?.sha, 'b'.repeat(40))
  assert.equal(report.budgets[0]?.exceeded, true, '50.5 t is more than 10 % over 40 t')
  assert.equal(ran.code, 0, 'an increase only warns by default')
  writeFileSync(join(dir, 'empty.json'), serializeLedgerFile([]))
  const empty = await runNode('dist/cli.js', [
    'check',
    bloom,
    '--baseline',
    join(dir, 'empty.json'),
  ])
  assert.equal(empty.code, 2)
  assert.match(
    empty.stderr,
    /^carbon-gate: error: --baseline: .*empty\.json: the ledger file has no record$/m,
  )
})
