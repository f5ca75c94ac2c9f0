import assert from 'node:assert/strict'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import type { Report } from '../../src/core/types.js'
import { makeTempDir } from '../support/temp.js'
import { ROOT, runNode } from './run-dist.js'

const bloom = join(ROOT, 'examples/generic/bloom-176b-training.carbon.json')

function workdir(): string {
  return makeTempDir('cg-cli-')
}

test('dist/cli.js: the BLOOM generic file as JSON is 50.5 t, split 24.7 / 14.6 / 11.2', async () => {
  const ran = await runNode('dist/cli.js', ['check', bloom, '--format', 'json'])
  assert.equal(ran.code, 0, ran.stderr)
  const report = JSON.parse(ran.stdout) as Report
  assert.equal(report.schemaVersion, 1)
  assert.equal(report.verdict, 'pass')
  assert.ok(Math.abs(report.totals.totalKg - 50532) / 50532 < 0.005, String(report.totals.totalKg))
  const job = report.jobs[0]!
  assert.equal(job.source.format, 'generic')
  assert.equal(Math.round((job.itEnergyKWh * job.intensityGPerKWh) / 1e5) / 10, 24.7)
  assert.equal(Math.round((job.overheadKWh * job.intensityGPerKWh) / 1e5) / 10, 14.6)
  assert.equal(Math.round(job.embodiedKg / 100) / 10, 11.2)
  for (const key of [
    'totals',
    'jobs',
    'budgets',
    'baseline',
    'equivalents',
    'references',
    'assumptions',
    'warnings',
  ]) {
    assert.ok(key in report, `report has ${key}`)
  }
})

test('dist/cli.js: a budget below the total exits 1, above it exits 0', async () => {
  const below = await runNode('dist/cli.js', ['check', bloom, '--budget', '50t'])
  assert.equal(below.code, 1, below.stderr)
  assert.match(below.stdout, /fail/i)
  const above = await runNode('dist/cli.js', ['check', bloom, '--budget', '51t'])
  assert.equal(above.code, 0, above.stderr)
  const warn = await runNode('dist/cli.js', [
    'check',
    bloom,
    '--budget',
    '50t',
    '--on-exceed',
    'warn',
  ])
  assert.equal(warn.code, 0)
})

test('dist/cli.js: cumulative CodeCarbon flush rows count the last row of each run', async () => {
  const dir = workdir()
  const header =
    'timestamp,project_name,run_id,duration,emissions,emissions_rate,cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,country_name,country_iso_code,region,cloud_provider,cloud_region,os,python_version,codecarbon_version,cpu_count,cpu_model,gpu_count,gpu_model,longitude,latitude,ram_total_size,tracking_mode,on_cloud,pue'
  const row = (ts: string, run: string, dur: number, kwh: number): string =>
    `${ts},demo,${run},${dur},${kwh * 0.1},0,10,0,3,${kwh},0,0,${kwh},France,FRA,,,,Linux,3.11,2.4.0,16,Xeon,,,,,32,machine,N,1.0`
  writeFileSync(
    join(dir, 'emissions.csv'),
    [
      header,
      row('2024-01-01T10:00:10', 'a', 10, 1),
      row('2024-01-01T10:00:20', 'a', 20, 2),
      row('2024-01-01T10:00:30', 'a', 30, 3),
      row('2024-01-01T11:00:10', 'b', 10, 5),
      '',
    ].join('\n'),
  )
  const ran = await runNode('dist/cli.js', ['check', dir, '--format', 'json', '--pue', '1'])
  assert.equal(ran.code, 0, ran.stderr)
  const report = JSON.parse(ran.stdout) as Report
  assert.equal(report.jobs.length, 2)
  assert.ok(
    Math.abs(report.totals.itEnergyKWh - 8) < 1e-9,
    `IT energy ${report.totals.itEnergyKWh} (3 + 5, not 1 + 2 + 3 + 5)`,
  )
})

test('dist/cli.js: a malformed artifact exits 2 with one error line naming file:line; others still reported', async () => {
  const dir = workdir()
  mkdirSync(join(dir, 'runs'))
  writeFileSync(
    join(dir, 'runs', 'good.carbon.json'),
    JSON.stringify({ carbonGate: 1, jobs: [{ name: 'ok', energyKWh: 10 }] }),
  )
  writeFileSync(
    join(dir, 'runs', 'emissions.csv'),
    'timestamp,project_name,run_id,duration,emissions,energy_consumed\n2024-01-01T10:00:00,p,r1,10,0.1,1\n2024-01-01T10:00:10,p,r2,-5,0.1,1\n',
  )
  const ran = await runNode(
    'dist/cli.js',
    ['check', 'runs', '--format', 'json', '--output', 'report.json'],
    { cwd: dir },
  )
  assert.equal(ran.code, 2)
  const lines = ran.stderr.trim().split('\n')
  assert.equal(lines.length, 1, ran.stderr)
  assert.match(lines[0]!, /^carbon-gate: error: runs\/emissions\.csv:3: /)
  assert.doesNotMatch(ran.stderr, /\n\s+at /)
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report
  assert.ok(
    report.jobs.some((j) => j.name === 'ok'),
    'the good artifact is still reported',
  )
  assert.equal(report.errors.length, 1)
})

test('dist/cli.js: usage errors exit 2 with one line', async () => {
  const badBudget = await runNode('dist/cli.js', ['check', bloom, '--budget', '25 kgs'])
  assert.equal(badBudget.code, 2)
  assert.match(badBudget.stderr, /^carbon-gate: error: --budget: /)
  assert.equal(badBudget.stderr.trim().split('\n').length, 1)
  const unknown = await runNode('dist/cli.js', ['check', '--frobnicate'])
  assert.equal(unknown.code, 2)
  const nothing = await runNode('dist/cli.js', ['check', join(workdir(), 'missing.csv')])
  assert.equal(nothing.code, 2)
  assert.match(nothing.stderr, /no such file/)
})

test('dist/cli.js: text output by default, markdown on request, NO_COLOR honoured', async () => {
  const text = await runNode('dist/cli.js', ['check', bloom], {
    env: { FORCE_COLOR: '1', NO_COLOR: '1' },
  })
  assert.equal(text.code, 0)
  assert.ok(!text.stdout.includes('\u001b['), 'no ANSI escape')
  assert.match(text.stdout, /bloom-176b-training/)
  const md = await runNode('dist/cli.js', ['check', bloom, '--format', 'markdown'])
  assert.match(md.stdout, /\|/)
})

test('dist/cli.js: --baseline compares with an earlier JSON report', async () => {
  const dir = workdir()
  writeFileSync(
    join(dir, 'base.json'),
    JSON.stringify({ schemaVersion: 1, totals: { totalKg: 40000 } }),
  )
  const ran = await runNode('dist/cli.js', [
    'check',
    bloom,
    '--baseline',
    join(dir, 'base.json'),
    '--max-increase',
    '10%',
    '--format',
    'json',
  ])
  const report = JSON.parse(ran.stdout) as Report
  assert.ok(report.baseline)
  assert.ok(
    Math.abs(report.baseline.deltaPercent - (report.totals.totalKg / 40000 - 1) * 100) < 1e-9,
  )
  assert.equal(report.verdict, 'warn')
  assert.equal(ran.code, 0)
})
