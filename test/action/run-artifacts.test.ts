/**
 * Fork-safe mode in the action shell: a refused artifact of the run is named, the good ones beside
 * it are still read and reported (outputs and report written), and the gate exits 2 for the bad input.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { runAction } from '../../src/action/run-action.js'
import type { Report } from '../../src/core/types.js'
import { type FakeGitHub, startGitHubServer } from '../support/github-server.js'
import { makeZip } from '../support/github-server-fixtures.js'
import { OWNER, REPO, pushContext } from '../run/contexts.js'
import { fakeActionIo } from './fake-io.js'

const CODECARBON =
  'timestamp,project_name,run_id,duration,emissions,energy_consumed,country_iso_code\n' +
  '2024-05-01T10:00:00,demo,run-1,3600,0.05,1.5,FRA\n'

describe('run-id in the action', () => {
  let gh: FakeGitHub
  const made: string[] = []
  before(async () => {
    gh = await startGitHubServer()
  })
  after(async () => {
    await gh.close()
    for (const dir of made) rmSync(dir, { recursive: true, force: true })
  })

  it('reads the good artifacts beside a zip-slip one, and names the bad one', async () => {
    const runId = 777
    gh.addArtifact(OWNER, REPO, runId, 'carbon-gpu-0', makeZip({ 'emissions.csv': CODECARBON }))
    gh.addArtifact(
      OWNER,
      REPO,
      runId,
      'carbon-gpu-1',
      makeZip({ 'emissions.csv': CODECARBON, '../../../../escape.csv': 'pwned' }),
    )
    gh.addArtifact(
      OWNER,
      REPO,
      runId,
      'carbon-gpu-2',
      makeZip({ 'emissions.csv': CODECARBON.replace('run-1', 'run-2') }),
    )
    const ws = mkdtempSync(join(tmpdir(), 'cg-runid-'))
    made.push(ws)
    const fake = fakeActionIo({
      workspace: ws,
      runnerTemp: join(ws, '.tmp'),
      now: () => new Date('2026-03-15T12:00:00Z'),
      inputs: {
        'github-token': 'ghs_test',
        'run-id': String(runId),
        'artifact-name': 'carbon-*',
        comment: 'false',
        ledger: 'off',
      },
      github: { context: pushContext({ sha: '3'.repeat(40), runId: 900 }), server: gh },
    })
    await runAction(fake.io)
    assert.equal(fake.exitCode, 2, fake.log.join('\n'))
    const errors = fake.log.filter((l) => l.startsWith('error: '))
    assert.ok(
      errors.some((l) => /artifact carbon-gpu-1: rejected: .*climbs out/.test(l)),
      fake.log.join('\n'),
    )
    const report = JSON.parse(readFileSync(fake.outputs['report-path']!, 'utf8')) as Report
    assert.equal(report.jobs.length, 2, 'the two good artifacts are reported')
    assert.notEqual(fake.outputs['total-kg'], '')
  })
})
