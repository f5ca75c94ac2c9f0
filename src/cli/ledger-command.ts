/**
 * `carbon-gate ledger FOLDER`: the project to date from a ledger branch checked out locally (its
 * `ledger/` folder) or any folder of ledger month files (`YYYY-MM.json`): this month, this year,
 * every record, and the R&D multiplier when final runs are recorded (`tag: final`, or the
 * `final-jobs` rule from the flags or `.carbon-gate.yml`). Every record is validated by the
 * ledger's own rules; a bad file is one line naming it, exit 2.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import type { ProjectTotals } from '../core/cost-types.js'
import { ConfigError } from '../core/errors.js'
import { toJsonText } from '../core/json.js'
import { LEDGER_DIR, type LedgerRecord, parseLedgerFile } from '../run/ledger-record.js'
import { FINAL_TAG, computeProjectTotals } from '../model/project-totals.js'
import { renderProjectText } from '../report/render-project.js'
import { loadConfig } from '../run/load-config.js'
import { recordedRunOf } from '../run/project-runs.js'
import type { LedgerArgs } from './args.js'
import type { CliIo } from './cli-io.js'
import { readCliConfigFiles } from './config-files.js'

const MONTH_FILE = /^\d{4}-(0[1-9]|1[0-2])\.json$/
/** More month files than this is not a ledger (83 years). */
const MAX_MONTH_FILES = 1000

export async function runLedgerCommand(io: CliIo, args: LedgerArgs, now: Date): Promise<number> {
  const config = await loadConfig(readCliConfigFiles(io.cwd), {
    inputs: args.inputs,
    inputLabel: (name) => `--${name}`,
    ...(args.configPath !== undefined ? { configPath: args.configPath } : {}),
  })
  const asOf = parseAsOf(args.asOf, now)
  const { folder, files } = listMonthFiles(io.cwd, args.folder)
  const records = files.flatMap((file) => readMonthFile(io.cwd, folder, file))
  const totals = computeProjectTotals(records.map(recordedRunOf), {
    asOf,
    rule: { tag: FINAL_TAG, jobs: config.finalJobs },
    source: relative(io.cwd, folder) || '.',
  })
  io.stdout.write(args.format === 'json' ? toJsonText(totals) : renderProjectText(totals))
  return 0
}

function parseAsOf(text: string | undefined, now: Date): Date {
  if (text === undefined) return now
  const ms = Date.parse(text)
  if (Number.isNaN(ms))
    throw new ConfigError('--as-of', `"${text}" is not a date (e.g. 2026-03-15)`)
  return new Date(ms)
}

/** The folder's month files, or those of its `ledger/` folder (a checkout of the ledger branch). */
function listMonthFiles(cwd: string, given: string): { folder: string; files: string[] } {
  let folder = resolve(cwd, given)
  const isDir = (p: string): boolean => {
    try {
      return statSync(p).isDirectory()
    } catch {
      return false
    }
  }
  if (!isDir(folder)) throw new ConfigError('ledger', `${given}: no such folder`)
  if (isDir(join(folder, LEDGER_DIR))) folder = join(folder, LEDGER_DIR)
  const files = readdirSync(folder)
    .filter((f) => MONTH_FILE.test(f))
    .sort()
  if (files.length === 0) {
    throw new ConfigError('ledger', `${given}: no ledger month files (YYYY-MM.json) found`)
  }
  if (files.length > MAX_MONTH_FILES) {
    throw new ConfigError('ledger', `${given}: more than ${MAX_MONTH_FILES} month files`)
  }
  return { folder, files }
}

function readMonthFile(cwd: string, folder: string, file: string): LedgerRecord[] {
  const path = join(folder, file)
  const shown = relative(cwd, path) || file
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (e) {
    throw new ConfigError(shown, `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  return parseLedgerFile(text, 'local', shown)
}

export type { ProjectTotals }
