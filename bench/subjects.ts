/**
 * The processes the benchmark compares: carbon-gate's CLI and action (run from a copy of dist/),
 * `wc -l`, the pandas script, and `node -e 0`.
 */
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Subject } from './measure.js'

export interface SubjectContext {
  /** The copy of dist/ that is measured. */
  readonly distDir: string
  /** The probe preloaded into node subjects. */
  readonly probePath: string
  /** The data directory (working directory of carbon-gate runs). */
  readonly dataDir: string
  /** Scratch files (action outputs). */
  readonly scratchDir: string
  /** A python that has pandas, or undefined. */
  readonly python?: string
  /** Why pandas is left out, when `python` is undefined. */
  readonly pandasSkipReason?: string
  readonly pandasScript: string
  /** The python with polars / DuckDB (the nvidia-smi comparison), when there is one. */
  readonly polarsPython?: string
  readonly duckdbPython?: string
}

/** `totals.itEnergyKWh` of a carbon-gate JSON report. */
export function reportEnergy(stdout: string): number | undefined {
  try {
    const report = JSON.parse(stdout) as { totals?: { itEnergyKWh?: unknown } }
    const kWh = report.totals?.itEnergyKWh
    return typeof kWh === 'number' && Number.isFinite(kWh) ? kWh : undefined
  } catch {
    return undefined
  }
}

/** `energyKWh` of the pandas script's JSON line. */
export function pandasEnergy(stdout: string): number | undefined {
  try {
    const kWh = (JSON.parse(stdout.trim()) as { energyKWh?: unknown }).energyKWh
    return typeof kWh === 'number' && Number.isFinite(kWh) ? kWh : undefined
  } catch {
    return undefined
  }
}

/** `node dist/cli.js check PATH --format json --intensity 100`, with the RSS probe. */
export function carbonGateCheck(
  ctx: SubjectContext,
  id: string,
  label: string,
  path: string,
  options: { inputBytes?: number; sampleFds?: boolean; env?: Record<string, string> } = {},
): Subject {
  return {
    id,
    label,
    command: process.execPath,
    args: [
      '--import',
      pathToFileURL(ctx.probePath).href,
      join(ctx.distDir, 'cli.js'),
      'check',
      path,
      '--format',
      'json',
      '--intensity',
      '100',
    ],
    cwd: ctx.dataDir,
    rss: true,
    energy: reportEnergy,
    ...(options.sampleFds ? { sampleFds: true } : {}),
    ...(options.env === undefined ? {} : { env: options.env }),
    ...(options.inputBytes === undefined ? {} : { inputBytes: options.inputBytes }),
  }
}

export function wcLines(id: string, path: string, inputBytes: number): Subject {
  return { id, label: 'wc -l', command: 'wc', args: ['-l', path], rss: false, inputBytes }
}

export function pandasIntegrate(
  ctx: SubjectContext,
  python: string,
  path: string,
  inputBytes: number,
): Subject {
  return {
    id: 'pandas',
    label: 'pandas read_csv + trapezoid',
    command: python,
    args: [ctx.pandasScript, path],
    rss: true,
    energy: pandasEnergy,
    inputBytes,
  }
}

/** bench/<tool>_integrate.py (polars, DuckDB): the same JSON line as the pandas script. */
export function pythonIntegrate(
  ctx: SubjectContext,
  tool: 'polars' | 'duckdb',
  python: string,
  path: string,
  inputBytes: number,
): Subject {
  return {
    id: tool,
    label: tool === 'polars' ? 'polars read_csv + trapezoid' : 'DuckDB read_csv + window SQL',
    command: python,
    args: [join(dirname(ctx.pandasScript), `${tool}_integrate.py`), path],
    rss: true,
    energy: pandasEnergy,
    inputBytes,
  }
}

export function nodeNothing(): Subject {
  return {
    id: 'node',
    label: 'node -e 0',
    command: process.execPath,
    args: ['-e', '0'],
    rss: false,
  }
}

/** The start-up subject: the CLI on one small file, without the probe (nothing preloaded). */
export function carbonGateStartup(ctx: SubjectContext, path: string): Subject {
  return {
    id: 'cli',
    label: 'node dist/cli.js check small.csv',
    command: process.execPath,
    args: [join(ctx.distDir, 'cli.js'), 'check', path, '--format', 'json', '--intensity', '100'],
    cwd: ctx.dataDir,
    rss: false,
    energy: reportEnergy,
  }
}

/** The action on one small artifact, no comment, no ledger, no reachable API. */
export function carbonGateAction(ctx: SubjectContext, artifact: string): Subject {
  const summary = join(ctx.scratchDir, 'step-summary.md')
  const output = join(ctx.scratchDir, 'github-output.txt')
  const report = join(ctx.scratchDir, 'carbon-gate', 'report.json')
  writeFileSync(summary, '')
  writeFileSync(output, '')
  return {
    id: 'action',
    label: 'node dist/index.js (action)',
    command: process.execPath,
    args: [join(ctx.distDir, 'index.js')],
    cwd: ctx.dataDir,
    rss: false,
    resetFiles: [summary, output, report],
    // the report the action writes under RUNNER_TEMP (its report-path output)
    energyFile: report,
    energy: reportEnergy,
    env: {
      INPUT_ARTIFACTS: artifact,
      INPUT_COMMENT: 'false',
      INPUT_LEDGER: 'off',
      'INPUT_GITHUB-TOKEN': '',
      INPUT_INTENSITY: '100',
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      GITHUB_WORKSPACE: ctx.dataDir,
      RUNNER_TEMP: ctx.scratchDir,
      GITHUB_API_URL: 'http://127.0.0.1:9',
      GITHUB_REPOSITORY: 'bench/bench',
      GITHUB_EVENT_NAME: 'push',
    },
  }
}
