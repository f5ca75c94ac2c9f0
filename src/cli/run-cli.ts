/**
 * The CLI shell: arguments, environment and streams in, an exit code out. It reads files and
 * draws progress; the run (run/) decides.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { findNearestKey } from '../config/nearest-key.js'
import type { Config } from '../config/types.js'
import { escapeLogLine } from '../core/escape.js'
import { ConfigError, isGateError } from '../core/errors.js'
import type { Report } from '../core/types.js'
import { collectJobs } from '../platform/collect-jobs.js'
import { createProgress } from '../platform/progress.js'
import { writeTextFile } from '../platform/text-files.js'
import { renderJson } from '../report/render-json.js'
import { renderMarkdown } from '../report/render-markdown.js'
import { renderText } from '../report/render-text.js'
import { loadConfig } from '../run/load-config.js'
import { type GatePorts, NO_HISTORY, runGate } from '../run/run-gate.js'
import { exitCodeFor } from '../run/verdict-line.js'
import { VERSION } from '../version.js'
import { COMMANDS, type CheckArgs, type Format, parseCliArgs } from './args.js'
import { readBaselineFile } from './baseline-file.js'
import { readCliConfigFiles } from './config-files.js'
import { renderCodeQuality } from '../report/render-code-quality.js'
import { renderJunit } from '../report/render-junit.js'
import { renderModelCard } from '../report/render-model-card.js'
import { runLedgerCommand } from './ledger-command.js'
import type { CliIo } from './cli-io.js'
import { USAGE } from './usage.js'

export type { CliIo } from './cli-io.js'

/** One error line on stderr, escaped on one line (core/escape.ts): input cannot split or colour it. */
function writeError(io: CliIo, line: string): void {
  io.stderr.write(`${escapeLogLine(`carbon-gate: error: ${line}`)}\n`)
}

function fail(io: CliIo, line: string): 2 {
  writeError(io, line)
  return 2
}

export async function runCli(io: CliIo): Promise<number> {
  try {
    return await runCommand(io)
  } catch (e) {
    if (isGateError(e)) return fail(io, e.line)
    const message = e instanceof Error ? e.message : String(e)
    if (io.argv.includes('--debug') && e instanceof Error && e.stack) {
      io.stderr.write(`${e.stack}\n`)
    }
    return fail(io, `unexpected: ${message} (run with --debug for details and report it)`)
  }
}

async function runCommand(io: CliIo): Promise<number> {
  const args = parseCliArgs(io.argv)
  switch (args.kind) {
    case 'help':
      io.stdout.write(USAGE)
      return 0
    case 'version':
      io.stdout.write(`${VERSION}\n`)
      return 0
    case 'check':
      return check(io, args)
    case 'ledger':
      return runLedgerCommand(io, args, new Date())
  }
}

/** `carbon-gate chekc`: a first word that is no file and close to a command is a typo. */
function checkCommandWord(io: CliIo, args: CheckArgs): void {
  const word = args.maybeCommand
  if (word === undefined || !/^[A-Za-z][\w-]*$/.test(word) || existsSync(resolve(io.cwd, word))) {
    return
  }
  const nearest = findNearestKey(word, COMMANDS)
  if (nearest !== undefined) {
    throw new ConfigError(word, `no such command or file; did you mean ${nearest}?`)
  }
}

async function check(io: CliIo, args: CheckArgs): Promise<number> {
  checkCommandWord(io, args)
  const config = await loadConfig(readCliConfigFiles(io.cwd), {
    inputs: args.inputs,
    inputLabel: (name) => `--${name}`,
    ...(args.configPath !== undefined ? { configPath: args.configPath } : {}),
  })
  const { report } = await runGate(cliPorts(io, config, args), { config })
  if (args.output !== undefined) writeOutputFile(io, args.output, report)
  // Nothing could be used: the errors say it all; a report of 0 kg would only mislead a reader.
  // Machine formats still get their document (JUnit and Code Quality list the error in it).
  const forPeople = args.format === 'text' || args.format === 'markdown'
  if (!forPeople || report.jobs.length > 0 || report.errors.length === 0) {
    io.stdout.write(
      renderOutput(report, args.format, wantsColor(io, args.color), {
        columns: io.stdout.columns,
        trainingType: config.trainingType,
      }),
    )
  }
  for (const error of report.errors) writeError(io, error)
  return exitCodeFor(report)
}

/** Files under the working directory, with a progress bar for large ones; --baseline's report. */
function cliPorts(io: CliIo, config: Config, args: CheckArgs): GatePorts {
  const baseline = args.baseline
  return {
    readJobs: async (options) => {
      const progress = createProgress(io.stderr, io.env)
      const read = { ...options, onProgress: progress.update }
      const collected = await collectJobs(config.artifacts, {
        cwd: io.cwd,
        read,
        onFile: progress.file,
      })
      progress.done()
      return collected
    },
    readInference: (paths, options) =>
      collectJobs(paths, { cwd: io.cwd, read: options, onFile: () => undefined }),
    ...(baseline !== undefined
      ? {
          readHistory: () =>
            Promise.resolve({ ...NO_HISTORY, baseline: readBaselineFile(io.cwd, baseline) }),
        }
      : {}),
  }
}

function writeOutputFile(io: CliIo, path: string, report: Report): void {
  try {
    writeTextFile(resolve(io.cwd, path), renderJson(report))
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error'
    throw new ConfigError(
      '--output',
      `${path}: cannot be written (${code}); does its directory exist?`,
    )
  }
}

function renderOutput(
  report: Report,
  format: Format,
  color: boolean,
  options: { columns: number | undefined; trainingType: string | undefined },
): string {
  switch (format) {
    case 'json':
      return renderJson(report)
    case 'markdown':
      return renderMarkdown(report)
    case 'text':
      return renderText(report, {
        color,
        ...(options.columns !== undefined ? { columns: options.columns } : {}),
      })
    case 'junit':
      return renderJunit(report)
    case 'code-quality':
      return renderCodeQuality(report)
    case 'model-card':
      return renderModelCard(report, {
        version: VERSION,
        ...(options.trainingType !== undefined ? { trainingType: options.trainingType } : {}),
      })
  }
}

/** --color / --no-color, else NO_COLOR, FORCE_COLOR, then whether stdout is a terminal. */
function wantsColor(io: CliIo, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true
  return io.stdoutIsTTY === true && io.env.TERM !== 'dumb'
}
