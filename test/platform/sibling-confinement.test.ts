/**
 * Companion files a reader asks for (an MLflow run's meta.yaml, up to three folders above the
 * metric) are confined: inside the allowed roots (the action's workspace), symbolic links
 * resolved; without roots, a link may not lead out of the folder it sits in.
 */
import assert from 'node:assert/strict'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { collectJobs } from '../../src/platform/collect-jobs.js'
import { makeTempDir, removeTempDir } from '../support/temp.js'

const READ = { timezone: 'UTC', maxGapSeconds: 60 }
const RUN = 'mlruns/0/abc'
const METRIC = `${RUN}/metrics/system/gpu_0_power_usage_watts`
const dirs: string[] = []
after(() => {
  for (const d of dirs) removeTempDir(d)
})

function workspace(meta: (ws: string, outside: string) => void): string {
  const ws = makeTempDir('cg-sib-')
  const outside = makeTempDir('cg-sib-out-')
  dirs.push(ws, outside)
  mkdirSync(join(ws, RUN, 'metrics/system'), { recursive: true })
  writeFileSync(join(ws, METRIC), '1717000000000 100 0\n1717000010000 300.0 1\n')
  meta(ws, outside)
  return ws
}

const posix = process.platform !== 'win32'

describe('companion files stay inside the workspace', { skip: !posix }, () => {
  it('reads a meta.yaml that is a plain file of the run', async () => {
    const ws = workspace((w) => {
      writeFileSync(join(w, RUN, 'meta.yaml'), 'run_name: bert\n')
    })
    for (const allowedRoots of [[ws], []]) {
      const got = await collectJobs([METRIC], { cwd: ws, allowedRoots, read: READ })
      assert.equal(got.jobs[0]?.name, 'bert')
    }
  })

  it('does not follow a meta.yaml linked outside the workspace', async () => {
    const ws = workspace((w, out) => {
      writeFileSync(join(out, 'secret.yaml'), 'run_name: SECRET-FROM-OUTSIDE\n')
      symlinkSync(join(out, 'secret.yaml'), join(w, RUN, 'meta.yaml'))
    })
    for (const allowedRoots of [[ws], []]) {
      const got = await collectJobs([METRIC], { cwd: ws, allowedRoots, read: READ })
      assert.equal(got.errors.length, 0, got.errors.join('\n'))
      assert.equal(got.jobs.length, 1)
      assert.notEqual(got.jobs[0]!.name, 'SECRET-FROM-OUTSIDE')
    }
  })

  it('does not follow a meta.yaml linked to /proc/self/environ', async () => {
    const ws = workspace((w) => {
      symlinkSync('/proc/self/environ', join(w, RUN, 'meta.yaml'))
    })
    const got = await collectJobs([METRIC], { cwd: ws, allowedRoots: [ws], read: READ })
    assert.equal(got.errors.length, 0, got.errors.join('\n'))
    assert.ok(!JSON.stringify(got).includes('PATH='))
  })
})
