import assert from 'node:assert/strict'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import type { Report } from '../../src/core/types.js'
import { makeTempDir } from '../support/temp.js'
import { ROOT, runAction } from './run-dist.js'

function workspaceWithBloom(): string {
  const ws = makeTempDir('cg-ws-')
  cpSync(
    join(ROOT, 'examples/generic/bloom-176b-training.carbon.json'),
    join(ws, 'bloom.carbon.json'),
  )
  return ws
}

const offline = { 'github-token': '', comment: 'false', ledger: 'off' }

test('dist/index.js: outputs, job summary and report file, verdict pass', async () => {
  const ws = workspaceWithBloom()
  // Above the range's high end (85.5 t): a budget inside the range would be "within the range" (warn).
  const ran = await runAction({ inputs: { ...offline, budget: '100t' }, workspace: ws })
  assert.equal(ran.code, 0, ran.stdout + ran.stderr)
  assert.equal(ran.outputs.verdict, 'pass')
  assert.ok(Number(ran.outputs['total-kg-low']) < 50532)
  assert.ok(Number(ran.outputs['total-kg-high']) > 50532)
  assert.ok(
    Math.abs(Number(ran.outputs['total-kg']) - 50532) / 50532 < 0.005,
    ran.outputs['total-kg'],
  )
  assert.ok(Math.abs(Number(ran.outputs['embodied-kg']) - 11211) < 10)
  assert.ok(
    Math.abs(Number(ran.outputs['budget-used']) - 0.505) < 0.001,
    ran.outputs['budget-used'],
  )
  assert.equal(ran.outputs['delta-percent'], '')
  const report = JSON.parse(readFileSync(ran.outputs['report-path']!, 'utf8')) as Report
  assert.equal(report.jobs.length, 1)
  assert.match(ran.summary, /bloom-176b-training/)
  assert.match(ran.summary, /embodied/i)
})

test('dist/index.js: over budget fails the step (exit 1) and still writes everything', async () => {
  const ws = workspaceWithBloom()
  const ran = await runAction({ inputs: { ...offline, budget: '25kg' }, workspace: ws })
  assert.equal(ran.code, 1)
  assert.equal(ran.outputs.verdict, 'fail')
  assert.match(ran.stdout, /::error::carbon-gate: over budget/)
  assert.ok(ran.summary.length > 0)
})

test('dist/index.js: a bad artifact exits 2, other artifacts reported, outputs and summary written', async () => {
  const ws = workspaceWithBloom()
  writeFileSync(
    join(ws, 'broken.carbon.json'),
    '{"carbonGate": 1, "jobs": [{"name": "x", "energyKWh": -3}]}',
  )
  const ran = await runAction({ inputs: offline, workspace: ws })
  assert.equal(ran.code, 2)
  assert.match(ran.stdout, /::error::broken\.carbon\.json:1: /)
  assert.doesNotMatch(ran.stdout + ran.stderr, /\n\s+at /)
  assert.equal(ran.outputs.verdict, 'fail')
  assert.ok(Number(ran.outputs['total-kg']) > 50000, 'BLOOM is still counted')
  assert.match(ran.summary, /broken\.carbon\.json/)
})

test('dist/index.js: a bad input exits 2 naming the input; outputs and summary still written', async () => {
  const ws = workspaceWithBloom()
  const ran = await runAction({ inputs: { ...offline, budget: '-1kg' }, workspace: ws })
  assert.equal(ran.code, 2)
  assert.match(ran.stdout, /::error::input 'budget': /)
  assert.equal(ran.outputs.verdict, 'fail')
  assert.match(ran.summary, /budget/)
})

test('dist/index.js: nothing found is an error, never a pass', async () => {
  const ws = makeTempDir('cg-empty-')
  const ran = await runAction({ inputs: offline, workspace: ws })
  assert.equal(ran.code, 2)
  assert.equal(ran.outputs.verdict, 'fail')
})
