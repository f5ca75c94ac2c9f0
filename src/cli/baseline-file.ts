/**
 * A baseline file as the CLI's `--baseline FILE` takes it, read as it is: either a JSON report
 * of an earlier run (schemaVersion 1, schema/report.schema.json) or a ledger month file from the
 * ledger branch (`ledger/YYYY-MM.json`, whose latest record is the baseline). The parsing is pure: text in.
 */
import { resolve } from 'node:path'
import { ConfigError } from '../core/errors.js'
import { parseJsonNullProto } from '../core/json.js'
import { recordProblem, sortRecords } from '../run/ledger-record.js'
import type { LedgerRecord } from '../run/ledger-record.js'
import type { EarlierRun } from '../run/evaluate-gate.js'
import { readGuardedText } from '../platform/guarded-file.js'

/** A report of 10⁶ jobs is a few hundred MB; a baseline larger than this is not one. */
const MAX_BASELINE_BYTES = 500 * 1024 * 1024

/** `--baseline FILE`, read from the working directory. */
export function readBaselineFile(cwd: string, path: string): EarlierRun {
  // Through the file guard: a FIFO, a device or a directory is one line, never a hang.
  const read = readGuardedText(resolve(cwd, path), { maxBytes: MAX_BASELINE_BYTES })
  switch (read.kind) {
    case 'missing':
      throw new ConfigError('--baseline', `${path}: no such file`)
    case 'refused':
      throw new ConfigError('--baseline', `${path}: ${read.reason}`)
    case 'text':
      return parseBaselineFile(read.text, path, '--baseline')
  }
}

const NOT_A_BASELINE =
  'not a carbon-gate JSON report (schemaVersion 1 with totals.totalKg) nor a ledger file (schemaVersion 1 with records)'

/** The baseline in `text` (the contents of `path`); a ConfigError naming `label` otherwise. */
export function parseBaselineFile(text: string, path: string, label: string): EarlierRun {
  let data: unknown
  try {
    data = parseJsonNullProto(text.replace(/^\uFEFF/, ''))
  } catch {
    throw new ConfigError(label, `${path}: not valid JSON`)
  }
  if (!isObject(data) || data.schemaVersion !== 1) {
    throw new ConfigError(label, `${path}: ${NOT_A_BASELINE}`)
  }
  if (Array.isArray(data.records)) return latestRecord(data.records, path, label)
  const totalKg = isObject(data.totals) ? data.totals.totalKg : undefined
  if (typeof totalKg !== 'number' || !Number.isFinite(totalKg) || totalKg < 0) {
    throw new ConfigError(label, `${path}: ${NOT_A_BASELINE}`)
  }
  return { totalKg, ...(typeof data.sha === 'string' ? { sha: data.sha } : {}) }
}

/** The ledger's latest record (by date, then run and attempt), every record checked first. */
function latestRecord(records: readonly unknown[], path: string, label: string): EarlierRun {
  records.forEach((r, i) => {
    const problem = recordProblem(r)
    if (problem !== undefined) throw new ConfigError(label, `${path}: record ${i + 1}: ${problem}`)
  })
  const latest = sortRecords(records as readonly LedgerRecord[]).at(-1)
  if (latest === undefined) throw new ConfigError(label, `${path}: the ledger file has no record`)
  return { totalKg: latest.totals.totalKg, sha: latest.sha }
}

function isObject(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
