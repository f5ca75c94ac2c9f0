import { spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { assertValidReportText } from '../support/report-schema.js'
import { makeTempDir } from '../support/temp.js'

export const ROOT = resolve(import.meta.dirname, '../..')

export interface Ran {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

interface RunOptions {
  env?: Record<string, string>
  cwd?: string
  timeoutMs?: number
}

/**
 * Run a built entry point (dist/cli.js or dist/index.js) as a child process. Every JSON report a
 * CLI run writes (stdout under `--format json`, the `--output` file) must follow
 * schema/report.schema.json, or the run throws.
 */
export async function runNode(
  script: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<Ran> {
  const ran = await spawnNode(script, args, options)
  if (script.endsWith('cli.js')) checkCliReports(args, options.cwd ?? ROOT, ran)
  return ran
}

/** The value of the last `--name VALUE` or `--name=VALUE` in args (parseArgs keeps the last). */
function optionValue(args: readonly string[], name: string): string | undefined {
  let value: string | undefined
  args.forEach((arg, i) => {
    if (arg === name) value = args[i + 1]
    else if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1)
  })
  return value
}

function checkCliReports(args: readonly string[], cwd: string, ran: Ran): void {
  const where = `carbon-gate ${args.join(' ')}`
  if (optionValue(args, '--format') === 'json' && ran.stdout.trim() !== '') {
    assertValidReportText(ran.stdout, `${where}: stdout`)
  }
  const output = optionValue(args, '--output')
  if (output !== undefined && existsSync(resolve(cwd, output))) {
    assertValidReportText(readFileSync(resolve(cwd, output), 'utf8'), `${where}: ${output}`)
  }
}

function spawnNode(script: string, args: readonly string[], options: RunOptions): Promise<Ran> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [resolve(ROOT, script), ...args], {
      cwd: options.cwd ?? ROOT,
      // TMPDIR too: a run's temporary files stay in the test run's own directory.
      env: {
        PATH: process.env.PATH ?? '',
        ...(process.env.TMPDIR !== undefined ? { TMPDIR: process.env.TMPDIR } : {}),
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`${script} did not finish within ${options.timeoutMs ?? 60000} ms`))
    }, options.timeoutMs ?? 60000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      done({ code, stdout, stderr })
    })
  })
}

export interface ActionRun extends Ran {
  readonly outputs: Record<string, string>
  readonly summary: string
}

/** Parse GITHUB_OUTPUT's `name<<DELIM\nvalue\nDELIM` and `name=value` lines. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delim] = heredoc
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]!)
      out[name!] = value.join('\n')
    } else if (line.includes('=')) {
      const at = line.indexOf('=')
      out[line.slice(0, at)] = line.slice(at + 1)
    }
  }
  return out
}

/**
 * Run dist/index.js the way the runner does: INPUT_* variables, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, an event payload, GITHUB_WORKSPACE and GITHUB_API_URL.
 */
export async function runAction(options: {
  inputs: Record<string, string>
  workspace: string
  event?: unknown
  eventName?: string
  env?: Record<string, string>
}): Promise<ActionRun> {
  const tmp = makeTempDir('cg-action-')
  const outputFile = join(tmp, 'output')
  const summaryFile = join(tmp, 'summary')
  const eventFile = join(tmp, 'event.json')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  writeFileSync(eventFile, JSON.stringify(options.event ?? {}))
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: options.eventName ?? 'workflow_dispatch',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: 'octo/ml',
    GITHUB_SHA: '1111111111111111111111111111111111111111',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'train',
    GITHUB_JOB: 'gate',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9', // nothing listens: tests that need the API pass their own
    RUNNER_TEMP: tmp,
    // The loopback API needs none of GitHub's write pacing (1 s a write, 3 s a comment).
    CARBON_GATE_PACE_WRITES: 'false',
    ...options.env,
  }
  // The runner passes action.yml's defaults for the inputs a workflow does not set.
  for (const [name, value] of Object.entries({ ...actionDefaults(), ...options.inputs })) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  const ran = await runNode('dist/index.js', [], { env, cwd: options.workspace })
  const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'))
  // The action's report file must follow schema/report.schema.json.
  const reportPath =
    outputs['report-path'] || join(env.RUNNER_TEMP ?? tmp, 'carbon-gate', 'report.json')
  if (existsSync(reportPath)) {
    assertValidReportText(readFileSync(reportPath, 'utf8'), `dist/index.js: ${reportPath}`)
  }
  return {
    ...ran,
    outputs,
    summary: readFileSync(summaryFile, 'utf8'),
  }
}

/** action.yml's defaults: the runner passes them for the inputs a workflow does not set. */
export function actionDefaults(): Record<string, string> {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const out: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs)) {
    if (spec.default !== undefined && !spec.default.includes('${{')) out[name] = spec.default
  }
  return out
}
