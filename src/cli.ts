/**
 * The CLI adapter: argv, environment and streams in, an exit code out. All platform access
 * (files, clock, terminal) happens here or in src/platform; the decisions are the core's.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Config } from './config/types.js'
import { resolveConfigLazily } from './config/load-config.js'
import { ConfigError, isGateError } from './core/errors.js'
import type { Report } from './core/types.js'
import { evaluateGate, exitCodeFor } from './gate.js'
import { collectJobs } from './platform/collect-jobs.js'
import { createProgress } from './platform/progress.js'
import { parseBaselineFile } from './report/read-baseline.js'
import type { BaselineFigure } from './report/read-baseline.js'
import { renderCodeQuality } from './report/render-code-quality.js'
import { renderJunit } from './report/render-junit.js'
import { renderMarkdown } from './report/render-markdown.js'
import { renderText } from './report/render-text.js'
import { VERSION } from './version.js'

export interface CliIo {
  readonly argv: readonly string[]
  readonly env: Readonly<Record<string, string | undefined>>
  readonly cwd: string
  readonly stdout: { write(text: string): unknown }
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean }
  /** Whether stdout is a terminal (colour). */
  readonly stdoutIsTTY?: boolean
}

const USAGE = `Usage: carbon-gate check [PATH|DIR|GLOB ...] [options]

Reads the energy your training jobs tracked (CodeCarbon, carbontracker, Eco2AI, Zeus,
nvidia-smi, DCGM, experiment-impact-tracker, *.carbon.json), estimates their lifecycle
emissions (operational + facility overhead + embodied hardware) and checks your budgets.
With no path, the working directory is searched.

Options:
  --config FILE            configuration file (default: .carbon-gate.yml when present)
  --budget MASS            per-run budget: 800g, 25kg, 1.2t
  --baseline FILE          an earlier run's JSON report, or a ledger month file, to compare with
  --max-increase PCT       flag growth over the baseline beyond this, e.g. 10%
  --on-exceed fail|warn    what an exceeded budget does (default fail)
  --on-increase fail|warn  what an exceeded --max-increase does (default warn)
  --region CODE            FRA, FR or provider:region (gcp:us-central1)
  --intensity G            grid intensity in g CO2e/kWh, overrides every other source
  --pue N                  facility PUE (not with overhead mode idle)
  --timezone ZONE          IANA zone of trackers' local timestamps (default UTC)
  --poll-interval DURATION polling interval of logs without timestamps (dmon), e.g. 1s
  --max-gap DURATION       power-log gaps longer than this are not bridged (default 60s)
  --format text|markdown|json|junit|code-quality
                           what goes to stdout (default text; junit: one test case
                           per budget; code-quality: GitLab Code Quality JSON)
  --output FILE            also write the JSON report there
  --no-color               no colour (NO_COLOR is honoured too)
  --debug                  show stack traces of unexpected errors
  -h, --help               this help
  -v, --version            the version

Exit status: 0 within budget (or warn), 1 over budget with fail, 2 unusable input.
`

const FLAG_OPTIONS = {
  config: { type: 'string' },
  budget: { type: 'string' },
  baseline: { type: 'string' },
  'max-increase': { type: 'string' },
  'on-exceed': { type: 'string' },
  'on-increase': { type: 'string' },
  region: { type: 'string' },
  intensity: { type: 'string' },
  pue: { type: 'string' },
  timezone: { type: 'string' },
  'poll-interval': { type: 'string' },
  'max-gap': { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string' },
  'no-color': { type: 'boolean' },
  color: { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const

/** Flags that become configuration (the rest steer the CLI itself). */
const CONFIG_FLAGS = [
  'budget',
  'max-increase',
  'on-exceed',
  'on-increase',
  'region',
  'intensity',
  'pue',
  'timezone',
  'poll-interval',
  'max-gap',
] as const

const FORMATS = ['text', 'markdown', 'json', 'junit', 'code-quality'] as const
type Format = (typeof FORMATS)[number]
const isFormat = (f: string): f is Format => (FORMATS as readonly string[]).includes(f)

function fail(io: CliIo, line: string): 2 {
  io.stderr.write(`carbon-gate: error: ${line}\n`)
  return 2
}

export async function runCli(io: CliIo): Promise<number> {
  let debug = io.argv.includes('--debug')
  try {
    return await runChecked(io, (d) => (debug = d))
  } catch (e) {
    if (isGateError(e)) return fail(io, e.line)
    const message = e instanceof Error ? e.message : String(e)
    if (debug && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`)
    return fail(io, `unexpected: ${message} (run with --debug for details and report it)`)
  }
}

async function runChecked(io: CliIo, setDebug: (d: boolean) => void): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...io.argv],
      options: FLAG_OPTIONS,
      allowPositionals: true,
      strict: true,
    })
  } catch (e) {
    return fail(io, describeArgError(e))
  }
  const { values, positionals } = parsed
  setDebug(values.debug === true)
  if (values.help) {
    io.stdout.write(USAGE)
    return 0
  }
  if (values.version) {
    io.stdout.write(`${VERSION}\n`)
    return 0
  }
  const [command, ...rest] = positionals
  let paths: string[]
  if (command === undefined || command === 'check') paths = rest
  else if (command === 'help') {
    io.stdout.write(USAGE)
    return 0
  } else paths = positionals // `carbon-gate runs/` reads as `carbon-gate check runs/`

  const format = values.format ?? 'text'
  if (!isFormat(format)) {
    throw new ConfigError('--format', `must be ${FORMATS.join(', ')}, got "${format}"`)
  }

  const config = await loadConfig(io, values, paths)
  const baseline = values.baseline !== undefined ? readBaseline(io.cwd, values.baseline) : null

  const progress = createProgress(io.stderr, io.env)
  const collected = await collectJobs(config.artifacts, {
    cwd: io.cwd,
    read: {
      timezone: config.timezone,
      maxGapSeconds: config.maxGapSeconds,
      ...(config.pollIntervalSeconds !== undefined
        ? { pollIntervalSeconds: config.pollIntervalSeconds }
        : {}),
      onProgress: progress.update,
    },
    onFile: progress.file,
  })
  progress.done()

  const { report } = evaluateGate({
    jobs: collected.jobs,
    notices: collected.notices,
    errors: collected.errors,
    config,
    baseline,
  })

  if (values.output !== undefined) {
    try {
      writeFileSync(resolve(io.cwd, values.output), `${JSON.stringify(report, null, 2)}\n`)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error'
      throw new ConfigError(
        '--output',
        `${values.output}: cannot be written (${code}); does its directory exist?`,
      )
    }
  }
  io.stdout.write(render(report, format, colorWanted(io, values)))
  for (const error of report.errors) io.stderr.write(`carbon-gate: error: ${error}\n`)
  return exitCodeFor(report)
}

function render(report: Report, format: Format, color: boolean): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`
    case 'markdown':
      return renderMarkdown(report)
    case 'text':
      return renderText(report, { color })
    case 'junit':
      return renderJunit(report)
    case 'code-quality':
      return renderCodeQuality(report)
  }
}

function colorWanted(io: CliIo, values: { 'no-color'?: boolean; color?: boolean }): boolean {
  if (values['no-color']) return false
  if (values.color) return true
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true
  return io.stdoutIsTTY === true && io.env.TERM !== 'dumb'
}

async function loadConfig(
  io: CliIo,
  values: Readonly<Record<string, string | boolean | undefined>>,
  paths: readonly string[],
): Promise<Config> {
  const inputs: Record<string, string | undefined> = {}
  for (const name of CONFIG_FLAGS) {
    const v = values[name]
    if (typeof v === 'string') inputs[name] = v
  }
  if (paths.length > 0) inputs.artifacts = paths.join('\n')
  const explicit = typeof values.config === 'string' ? values.config : undefined
  let file: { path: string; text: string } | undefined
  if (explicit !== undefined) {
    const abs = resolve(io.cwd, explicit)
    if (!existsSync(abs)) throw new ConfigError('--config', `${explicit}: no such file`)
    file = { path: explicit, text: readFileSync(abs, 'utf8') }
  } else {
    for (const name of ['.carbon-gate.yml', '.carbon-gate.yaml']) {
      const abs = resolve(io.cwd, name)
      if (existsSync(abs)) {
        file = { path: name, text: readFileSync(abs, 'utf8') }
        break
      }
    }
  }
  return resolveConfigLazily({ inputs, inputLabel: (n) => `--${n}`, ...(file ? { file } : {}) })
}

/** An earlier JSON report (contract §5) or a ledger month file: only its total (and sha) are used. */
export function readBaseline(cwd: string, path: string): BaselineFigure {
  let text: string
  try {
    text = readFileSync(resolve(cwd, path), 'utf8')
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read'
    throw new ConfigError('--baseline', `${path}: ${why}`)
  }
  return parseBaselineFile(text, path, '--baseline')
}

/** node:util parseArgs errors as one line naming the option. */
function describeArgError(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e)
  const option = /'(--?[\w-]+)/.exec(message)?.[1] ?? 'arguments'
  const code = (e as { code?: string }).code
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return `${option}: unknown option (carbon-gate --help lists them)`
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return `${option}: needs a value; for a value that starts with '-', write ${option}=VALUE`
  }
  return `${option}: ${message.split('\n')[0]!}`
}
