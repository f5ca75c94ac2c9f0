/**
 * `carbon-gate check` with a `deployment:` block: the inference artifact is read apart from the
 * training artifacts (never counted as training), and the projection lands in the JSON report
 * and the Markdown summary. BLOOM's figures: see test/model/deployment.test.ts.
 */
import assert from 'node:assert/strict'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { type CliIo, runCli } from '../../src/cli/run-cli.js'
import type { Report } from '../../src/core/types.js'

const ROOT = join(import.meta.dirname, '../..')
const dirs: string[] = []
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

async function cli(
  argv: readonly string[],
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    argv,
    env: {},
    cwd,
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  }
  return { code: await runCli(io), stdout, stderr }
}

function project(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cg-deploy-'))
  dirs.push(dir)
  mkdirSync(join(dir, 'train'))
  mkdirSync(join(dir, 'serve'))
  cpSync(
    join(ROOT, 'examples/generic/bloom-176b-training.carbon.json'),
    join(dir, 'train/bloom.carbon.json'),
  )
  const api = {
    name: 'bloom-api',
    energyKWh: 864.25,
    durationHours: 432,
    gpuCount: 16,
    gpuModel: 'A100-SXM4-40GB',
    intensityGPerKWh: 394,
  }
  writeFileSync(join(dir, 'serve/api.carbon.json'), JSON.stringify({ carbonGate: 1, jobs: [api] }))
  writeFileSync(join(dir, '.carbon-gate.yml'), config)
  return dir
}

const BLOOM_API = `deployment:
  inference: serve/api.carbon.json
  measured-requests: 230768
  requests-per-day: 12820.444
  pue: 1
  embodied: false
`

describe('carbon-gate check with a deployment block', () => {
  it('BLOOM: the API is not training; 18.9 kg a day, day ~2,670 against this run’s 50.5 t', async () => {
    const dir = project(BLOOM_API)
    const ran = await cli(['check', '--format', 'json'], dir)
    assert.equal(ran.code, 0, ran.stderr)
    const report = JSON.parse(ran.stdout) as Report
    assert.deepEqual(
      report.jobs.map((j) => j.name),
      ['bloom-176b-training'],
    )
    const d = report.deployment!
    assert.ok(Math.abs(d.totalKgPerDay - 19) / 19 < 0.01)
    assert.ok(Math.abs(d.breakEvenDays! - 2660) / 2660 < 0.01)
    assert.equal(d.trainingBasis, 'this run')
    assert.equal(report.schemaRevision, 1)
    assert.deepEqual(
      report.sci?.map((s) => s.functionalUnit),
      ['training run', 'request'],
    )
    const md = await cli(['check', '--format', 'markdown'], dir)
    assert.match(
      md.stdout,
      /\*\*Deployment:\*\* 18\.9 kg CO₂e a day .* overtakes training \(50\.5 t, this run\) on day 2,672\./,
    )
  })

  it('a deployment block that cannot be used: one line naming the key, exit 2', async () => {
    const missing = await cli(
      ['check'],
      project('deployment:\n  inference: serve/none.carbon.json\n'),
    )
    assert.equal(missing.code, 2)
    assert.match(missing.stderr, /carbon-gate: error: /)
    const half = await cli(
      ['check'],
      project('deployment:\n  inference: serve/api.carbon.json\n  measured-requests: 10\n'),
    )
    assert.equal(half.code, 2)
    assert.match(
      half.stderr,
      /^carbon-gate: error: deployment\.requests-per-day: needed with measured-requests$/m,
    )
    const bad = await cli(['check'], project('deployment:\n  hours-per-day: 25\n'))
    assert.equal(bad.code, 2)
    assert.match(
      bad.stderr,
      /^carbon-gate: error: \.carbon-gate\.yml:2: deployment\.hours-per-day: /m,
    )
  })
})
