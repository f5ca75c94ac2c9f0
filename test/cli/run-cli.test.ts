/**
 * The CLI shell in-process: argv, environment and in-memory streams in, the exit code out, over
 * real files in a temporary directory. The dist/ end-to-end tests run the bundle as smoke tests.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { type CliIo, runCli } from '../../src/cli/run-cli.js'
import { USAGE } from '../../src/cli/usage.js'
import type { Report } from '../../src/core/types.js'
import { VERSION } from '../../src/version.js'

const ROOT = join(import.meta.dirname, '../..')
const BLOOM = join(ROOT, 'examples/generic/bloom-176b-training.carbon.json')
const dirs: string[] = []

after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cg-cli-'))
  dirs.push(dir)
  return dir
}

async function cli(
  argv: readonly string[],
  opts: { cwd?: string; env?: Record<string, string>; tty?: boolean } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    argv,
    env: opts.env ?? {},
    cwd: opts.cwd ?? ROOT,
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    ...(opts.tty !== undefined ? { stdoutIsTTY: opts.tty } : {}),
  }
  const code = await runCli(io)
  return { code, stdout, stderr }
}

describe('runCli', () => {
  it('BLOOM as JSON: 50,532 kg ± 0.5 %, exit 0', async () => {
    const ran = await cli(['check', BLOOM, '--format', 'json'])
    assert.equal(ran.code, 0, ran.stderr)
    const report = JSON.parse(ran.stdout) as Report
    assert.ok(Math.abs(report.totals.totalKg - 50532) / 50532 < 0.005)
    assert.equal(ran.stderr, '')
  })

  it('exit 1 over a failing budget, 0 when it only warns; text by default, colour on request', async () => {
    const over = await cli([BLOOM, '--budget', '50t'])
    assert.equal(over.code, 1)
    assert.match(
      over.stdout,
      /^carbon-gate: FAIL · 50\.5 t \(14\.7–85\.5\) CO2e · over the 50\.0 t run budget/,
    )
    assert.equal((await cli([BLOOM, '--budget', '50t', '--on-exceed', 'warn'])).code, 0)
    const color = await cli([BLOOM, '--color'])
    assert.ok(color.stdout.includes('\u001b['))
    const tty = await cli([BLOOM], { tty: true, env: { NO_COLOR: '1' } })
    assert.ok(!tty.stdout.includes('\u001b['))
    assert.ok((await cli([BLOOM], { tty: true })).stdout.includes('\u001b['))
    assert.ok(
      !(await cli([BLOOM, '--no-color', '--color'], { tty: true })).stdout.includes('\u001b['),
    )
  })

  it('reads the found .carbon-gate.yml, flags over it; --config names another', async () => {
    const dir = workdir()
    writeFileSync(join(dir, '.carbon-gate.yml'), 'budget: 1kg\n')
    writeFileSync(join(dir, 'other.yml'), 'budget: 100t\n')
    assert.equal((await cli([BLOOM], { cwd: dir })).code, 1)
    assert.equal((await cli([BLOOM, '--budget', '60t'], { cwd: dir })).code, 0)
    assert.equal((await cli([BLOOM, '--config', 'other.yml'], { cwd: dir })).code, 0)
    const missing = await cli([BLOOM, '--config', 'nope.yml'], { cwd: dir })
    assert.deepEqual(
      [missing.code, missing.stderr],
      [2, 'carbon-gate: error: --config: nope.yml: no such file\n'],
    )
  })

  it('--baseline compares with an earlier report; --output writes the JSON report', async () => {
    const dir = workdir()
    writeFileSync(
      join(dir, 'base.json'),
      JSON.stringify({ schemaVersion: 1, totals: { totalKg: 40000 } }),
    )
    const ran = await cli(
      [BLOOM, '--baseline', 'base.json', '--max-increase', '10%', '--output', 'out.json'],
      {
        cwd: dir,
      },
    )
    assert.equal(ran.code, 0)
    const report = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as Report
    assert.equal(report.verdict, 'warn')
    assert.equal(report.baseline?.totalKg, 40000)
    const bad = await cli([BLOOM, '--baseline', 'out.json.missing'], { cwd: dir })
    assert.equal(bad.stderr, 'carbon-gate: error: --baseline: out.json.missing: no such file\n')
    const unwritable = await cli([BLOOM, '--output', 'no/such/dir/x.json'], { cwd: dir })
    assert.equal(unwritable.code, 2)
    assert.match(
      unwritable.stderr,
      /^carbon-gate: error: --output: no\/such\/dir\/x\.json: cannot be written/,
    )
  })

  it('usage errors are one line naming the option, exit 2', async () => {
    const cases: [readonly string[], string][] = [
      [['--frobnicate'], '--frobnicate: unknown option (carbon-gate --help lists them)'],
      [
        [BLOOM, '--budget'],
        "--budget: needs a value; for a value that starts with '-', write --budget=VALUE",
      ],
      [
        [BLOOM, '--budget', '25 kgs'],
        '--budget: "25 kgs" is not a mass; write it like 800g, 25kg or 1.2t',
      ],
      [
        [BLOOM, '--format', 'xml'],
        '--format: must be one of text, markdown, json, junit, code-quality, model-card, got "xml"',
      ],
    ]
    for (const [argv, line] of cases) {
      const ran = await cli(argv)
      assert.deepEqual([ran.code, ran.stderr], [2, `carbon-gate: error: ${line}\n`], argv.join(' '))
    }
  })

  it('a bad artifact: one error line naming file and line, the other artifacts still reported', async () => {
    const dir = workdir()
    writeFileSync(
      join(dir, 'good.carbon.json'),
      JSON.stringify({ carbonGate: 1, jobs: [{ name: 'ok', energyKWh: 1 }] }),
    )
    writeFileSync(
      join(dir, 'bad.carbon.json'),
      '{"carbonGate": 1, "jobs": [{"name": "x", "energyKWh": -3}]}',
    )
    const ran = await cli(['check', '.', '--format', 'json'], { cwd: dir })
    assert.equal(ran.code, 2)
    assert.match(ran.stderr, /^carbon-gate: error: bad\.carbon\.json:1: [^\n]+\n$/)
    assert.ok((JSON.parse(ran.stdout) as Report).jobs.some((j) => j.name === 'ok'))
  })

  it('an input it could not use: only the error, never a report of 0 kg (text, markdown)', async () => {
    const dir = workdir()
    writeFileSync(
      join(dir, 'bad.carbon.json'),
      '{"carbonGate": 1, "jobs": [{"name": "x", "energyKWh": -3}]}',
    )
    for (const format of ['text', 'markdown']) {
      const ran = await cli(['check', 'bad.carbon.json', '--format', format], { cwd: dir })
      assert.equal(ran.code, 2)
      assert.equal(ran.stdout, '', format)
      assert.match(ran.stderr, /^carbon-gate: error: bad\.carbon\.json:1: [^\n]+\n$/)
    }
    const missing = await cli(['check', 'nope.csv'], { cwd: dir })
    assert.deepEqual(
      [missing.code, missing.stdout, missing.stderr],
      [2, '', 'carbon-gate: error: nope.csv: no such file or directory\n'],
    )
  })

  it('a mistyped command: "did you mean check?"; a file of that name is read', async () => {
    const dir = workdir()
    for (const word of ['chekc', 'chek', 'cehck', 'hlep']) {
      const ran = await cli([word, BLOOM], { cwd: dir })
      const nearest = word === 'hlep' ? 'help' : 'check'
      assert.deepEqual(
        [ran.code, ran.stdout, ran.stderr],
        [2, '', `carbon-gate: error: ${word}: no such command or file; did you mean ${nearest}?\n`],
        word,
      )
    }
    writeFileSync(join(dir, 'chek'), '{"carbonGate": 1, "jobs": [{"name": "ok", "energyKWh": 1}]}')
    const file = await cli(['chek', '--format', 'json'], { cwd: dir })
    assert.ok(!file.stderr.includes('did you mean'), file.stderr)
  })

  it('/dev/null and other paths that are no file say what they are', async () => {
    const ran = await cli(['check', '/dev/null'])
    assert.deepEqual(
      [ran.code, ran.stdout, ran.stderr],
      [
        2,
        '',
        'carbon-gate: error: /dev/null: is a character device, not a regular file: not read\n',
      ],
    )
  })

  it('text fits the terminal: no line longer than stdout.columns', async () => {
    for (const columns of [60, 80]) {
      let stdout = ''
      const code = await runCli({
        argv: ['check', 'examples/codecarbon', 'examples/zeus', 'examples/nvidia-smi'],
        env: {},
        cwd: ROOT,
        stdout: { write: (t: string) => (stdout += t), columns },
        stderr: { write: () => true },
      })
      assert.equal(code, 0)
      const widest = Math.max(...stdout.split('\n').map((l) => Array.from(l).length))
      assert.ok(widest <= columns, `${widest} > ${columns}:\n${stdout}`)
    }
  })

  it('help and version', async () => {
    assert.deepEqual(await cli(['--help']), { code: 0, stdout: USAGE, stderr: '' })
    assert.deepEqual(await cli(['help']), { code: 0, stdout: USAGE, stderr: '' })
    assert.deepEqual(await cli(['-v']), { code: 0, stdout: `${VERSION}\n`, stderr: '' })
  })
})
