/**
 * CodeCarbon's JSON outputs: `EmissionsData` as a JSON object whose keys are the CSV's columns
 * (codecarbon/output_methods/emissions_data.py), written
 * - by `LoggerOutput` (`json.dumps(asdict(total))`, one per log line, after whatever prefix the
 *   user's logging formatter adds) at every flush/stop and every `api_call_interval`
 *   measurements: cumulative totals, so the last record of each `run_id` counts, as in the CSV;
 * - by `HTTPOutput` (the same object plus `"user"`), when a collector saved the bodies;
 * - by optimum-benchmark as `<task>_codecarbon.json` (`json.dump(asdict(...), indent=4)`): one
 *   task's energy, already in the `benchmark_report.json` beside it, so not counted again there.
 * Units and rules are CodeCarbon's (codecarbon-job.ts): kWh with the pue divided out.
 */
import { ArtifactError } from '../../../core/errors.js'
import type { JobRecord, Notice } from '../../../core/types.js'
import { countedRuns } from '../codecarbon/codecarbon.js'
import { buildJob } from '../codecarbon/codecarbon-job.js'
import { type Row, checkForward } from '../codecarbon/codecarbon-row.js'
import { type JsonObject, isJsonObject, parseJson } from '../../shared/json-doc.js'
import { readText } from '../../shared/lines.js'
import { parseTimestamp } from '../../shared/time.js'
import type { ArtifactInput, ReadOptions, ReadResult, Reader } from '../../types.js'

const NAME = /\.(?:json|jsonl|ndjson|log|txt)$/i
/** Keys every EmissionsData has had since v2.0. */
const REQUIRED_KEYS = ['"energy_consumed"', '"duration"', '"emissions"', '"run_id"']
const OPTIMUM_TASK_FILE = /^(.+)_codecarbon\.json$/
const OPTIMUM_REPORTS = ['benchmark_report.json', 'benchmark.json']

/** A JSON value as JSON.parse gives it, or Python's bare NaN/Infinity read as numbers. */
function parseValue(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return parseJson(text, { pythonNonFinite: true }).value
  }
}

const str = (r: JsonObject, key: string): string | undefined => {
  const v = r[key]
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined
}

/** A quantity that must be a number ≥ 0; undefined when absent or null. */
function amount(
  r: JsonObject,
  key: string,
  unit: string,
  where: { path: string; line: number },
): number | undefined {
  const v = r[key]
  if (v === undefined || v === null) return undefined
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
    throw new ArtifactError(
      where.path,
      where.line,
      `${key} ${typeof v === 'number' ? String(v) : (JSON.stringify(v) ?? typeof v).slice(0, 40)} ${unit} is not a number ≥ 0`,
    )
  }
  return v
}

function count(r: JsonObject, key: string, min: number): number | undefined {
  const v = r[key]
  return typeof v === 'number' && Number.isInteger(v) && v >= min ? v : undefined
}

/** One EmissionsData object as the CSV reader's Row. */
function toRow(r: JsonObject, where: { path: string; line: number }, zone: string): Row {
  const energyKWh = amount(r, 'energy_consumed', 'kWh', where)
  if (energyKWh === undefined)
    throw new ArtifactError(where.path, where.line, 'has no energy_consumed')
  const timestamp = str(r, 'timestamp')
  const endMs = timestamp === undefined ? undefined : parseTimestamp(timestamp, zone)
  if (timestamp !== undefined && endMs === undefined) {
    throw new ArtifactError(where.path, where.line, `timestamp "${timestamp}" does not parse`)
  }
  const pue = r.pue
  const fields: Row = {
    line: where.line,
    energyKWh,
    durationS: amount(r, 'duration', 's', where),
    emissionsKg: amount(r, 'emissions', 'kg', where),
    timestamp,
    endMs,
    pue: typeof pue === 'number' ? pue : undefined,
    runId: str(r, 'run_id'),
    experimentId: str(r, 'experiment_id'),
    projectName: str(r, 'project_name'),
    country: str(r, 'country_iso_code') ?? str(r, 'country_name'),
    cloudProvider: str(r, 'cloud_provider'),
    cloudRegion: str(r, 'cloud_region'),
    cpuCount: count(r, 'cpu_count', 1),
    cpuModel: str(r, 'cpu_model'),
    gpuCount: count(r, 'gpu_count', 0),
    gpuModel: str(r, 'gpu_model'),
    waterL: amount(r, 'water_consumed', 'L', where),
    wue: amount(r, 'wue', 'L/kWh', where),
  }
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined),
  ) as unknown as Row
}

interface Found {
  readonly line: number
  readonly record: JsonObject
}

/** The EmissionsData objects of the file: one document (object or array), or one per line. */
async function findRecords(input: ArtifactInput): Promise<Found[]> {
  const text = await readText(input.chunks())
  const trimmed = text.trimStart()
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      const { value, lines } = parseJson(text, { pythonNonFinite: true })
      const items = Array.isArray(value) ? value : [value]
      const itemLines = Array.isArray(value) ? (lines.items.get(value) ?? []) : []
      return items.flatMap((item: unknown, i) =>
        isJsonObject(item) && 'energy_consumed' in item
          ? [{ line: lines.starts.get(item) ?? itemLines[i] ?? 1, record: item }]
          : [],
      )
    } catch {
      // not one document: JSON lines (a log) below
    }
  }
  const found: Found[] = []
  text.split('\n').forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    const brace = line.indexOf('{')
    if (brace === -1 || !line.includes('"energy_consumed"')) return
    let value: unknown
    try {
      value = parseValue(line.slice(brace))
    } catch {
      throw new ArtifactError(
        input.path,
        i + 1,
        'holds "energy_consumed" but is not a JSON object (a cut log line?)',
      )
    }
    if (isJsonObject(value)) found.push({ line: i + 1, record: value })
  })
  return found
}

/** optimum-benchmark's `<task>_codecarbon.json` beside its report: the report counts it. */
function countedByBenchmark(input: ArtifactInput): string | undefined {
  if (!OPTIMUM_TASK_FILE.test(input.name)) return undefined
  return OPTIMUM_REPORTS.find((name) => input.sibling?.(name) !== undefined)
}

async function readCodeCarbonJson(input: ArtifactInput, options: ReadOptions): Promise<ReadResult> {
  const { path } = input
  const notices: Notice[] = []
  const report = countedByBenchmark(input)
  if (report !== undefined) {
    notices.push({
      path,
      message: `optimum-benchmark task file: its energy is in the ${report} beside it, so it is not counted again`,
    })
    return { jobs: [], notices }
  }
  const found = await findRecords(input)
  if (found.length === 0)
    throw new ArtifactError(
      path,
      undefined,
      'holds no CodeCarbon record (a JSON object with energy_consumed)',
    )
  const runs = new Map<string, Row>()
  for (const { line, record } of found) {
    const row = toRow(record, { path, line }, options.timezone)
    const key = row.runId === undefined ? `#${line}` : `=${row.runId}`
    const prev = runs.get(key)
    if (prev) checkForward(prev, row, row.runId!, path)
    runs.set(key, row)
  }
  const ids = new Set([...runs.values()].flatMap((r) => (r.runId === undefined ? [] : [r.runId])))
  const counted = await countedRuns(input.sibling?.('emissions.csv'), ids)
  for (const id of counted) {
    notices.push({
      path,
      message: `run ${id} is also in the emissions.csv beside this file: counted there, not here`,
    })
  }
  const jobs: JobRecord[] = []
  for (const row of runs.values()) {
    if (row.runId !== undefined && counted.has(row.runId)) continue
    const job = buildJob(row, 'run', row.runId, path, notices)
    jobs.push({ ...job, source: { path, format: 'codecarbon-json', line: row.line } })
  }
  return { jobs, notices }
}

export const codecarbonJsonReader: Reader = {
  format: 'codecarbon-json',
  describes:
    "CodeCarbon's JSON records (LoggerOutput lines, HTTP bodies, optimum-benchmark's <task>_codecarbon.json)",
  detect(name, head) {
    return NAME.test(name) && head.includes('{') && REQUIRED_KEYS.every((k) => head.includes(k))
  },
  read: readCodeCarbonJson,
}
