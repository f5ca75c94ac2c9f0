/**
 * carbon-gate's own `*.carbon.json` (contract §3): `{ "carbonGate": 1, "jobs": [ … ] }`, for
 * anything no tracker reader covers. Energy is IT energy in kWh; only `name` and `energyKWh` are
 * required. Errors name the line where the job (or the bad key) starts.
 */
import { ArtifactError } from '../../../core/errors.js'
import type { JobRecord, Notice } from '../../../core/types.js'
import { isJsonObject as isObject, parseJsonDocument } from '../../shared/json-doc.js'
import { readText } from '../../shared/lines.js'
import { parseTimestamp, toIso } from '../../shared/time.js'
import type { ArtifactInput, ReadOptions, ReadResult, Reader } from '../../types.js'

const KNOWN = new Set([
  'name',
  'energyKWh',
  'idleEnergyKWh',
  'gpuCount',
  'gpuHours',
  'gpuModel',
  'cpuThreads',
  'region',
  'intensityGPerKWh',
  'pue',
  'startedAt',
  'durationHours',
])

const ROOT_KEYS = ['carbonGate', 'jobs', '$schema']

/** A key whose value counts (the document's, a job's known ones: depth 2 is `jobs[i]`). */
const mattersTwice = (key: string, depth: number): boolean =>
  (depth === 0 && ROOT_KEYS.includes(key)) || (depth === 2 && KNOWN.has(key))

type Check = (v: number) => boolean
const atLeast =
  (min: number): Check =>
  (v) =>
    v >= min
const positive: Check = (v) => v > 0
const wholeCount: Check = (v) => Number.isInteger(v) && v >= 0

const shown = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 40 ? `${text.slice(0, 37)}...` : text
}

/** Read and check one job object; errors name the line of the bad key, else of the job. */
function readJob(
  job: Record<string, unknown>,
  index: number,
  line: number,
  keyLines: ReadonlyMap<string, number> | undefined,
  path: string,
  timezone: string,
): JobRecord {
  const at = (key: string): number => keyLines?.get(key) ?? line
  const fail = (key: string, what: string): never => {
    throw new ArtifactError(path, at(key), `jobs[${index}].${key} ${what}`)
  }
  const present = (key: string): boolean => job[key] !== undefined && job[key] !== null
  const num = (key: string, check: Check, rule: string): number | undefined => {
    if (!present(key)) return undefined
    const v = job[key]
    if (typeof v !== 'number' || !Number.isFinite(v) || !check(v)) {
      return fail(key, `must be ${rule}, got ${shown(v)}`)
    }
    return v
  }
  const str = (key: string): string | undefined => {
    if (!present(key)) return undefined
    const v = job[key]
    if (typeof v !== 'string') return fail(key, `must be a string, got ${shown(v)}`)
    return v.trim() === '' ? undefined : v.trim()
  }
  const name = str('name')
  if (name === undefined) fail('name', 'is required: a non-empty string naming the job')
  if (!present('energyKWh')) fail('energyKWh', 'is required: the IT energy in kWh (a number ≥ 0)')
  const energy = num('energyKWh', atLeast(0), 'a number ≥ 0 (kWh)')!
  let startedAt: string | undefined
  const started = str('startedAt')
  if (started !== undefined) {
    const text = /^\d{4}-\d{2}-\d{2}$/.test(started) ? `${started}T00:00:00` : started
    const ms = parseTimestamp(text, timezone)
    if (ms === undefined) {
      fail('startedAt', `"${started}" is not an ISO 8601 time (e.g. 2022-03-11T00:00:00Z)`)
    }
    startedAt = toIso(ms!)
  }
  const record: JobRecord = {
    name: name!,
    source: { path, format: 'generic', line },
    itEnergyKWh: energy,
    idleEnergyKWh: num('idleEnergyKWh', atLeast(0), 'a number ≥ 0 (kWh)'),
    pue: num('pue', atLeast(1), 'a number ≥ 1'),
    intensityGPerKWh: num('intensityGPerKWh', atLeast(0), 'a number ≥ 0 (g CO2e/kWh)'),
    startedAt,
    durationHours: num('durationHours', atLeast(0), 'a number ≥ 0 (hours)'),
    gpuCount: num('gpuCount', wholeCount, 'a whole number ≥ 0'),
    gpuHours: num('gpuHours', atLeast(0), 'a number ≥ 0 (hours)'),
    gpuModel: str('gpuModel'),
    cpuThreads: num('cpuThreads', positive, 'a number > 0'),
    region: str('region'),
  }
  return Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== undefined),
  ) as unknown as JobRecord
}

async function readGeneric(input: ArtifactInput, options: ReadOptions): Promise<ReadResult> {
  const { path } = input
  const text = await readText(input.chunks())
  const { value: doc, lines } = parseJsonDocument(text, path, { uniqueKey: mattersTwice })
  if (!isObject(doc)) {
    const line = text.slice(0, text.length - text.trimStart().length).split('\n').length
    throw new ArtifactError(path, line, 'must be a JSON object with "carbonGate": 1 and "jobs"')
  }
  const rootLine = lines.starts.get(doc)
  const where = (key: string): number | undefined => lines.keys.get(doc)?.get(key) ?? rootLine
  if (doc.carbonGate !== 1) {
    const what =
      doc.carbonGate === undefined
        ? 'is missing'
        : `is ${shown(doc.carbonGate)}; this version reads 1`
    throw new ArtifactError(
      path,
      where('carbonGate'),
      `"carbonGate" ${what} (write "carbonGate": 1)`,
    )
  }
  const jobs = doc.jobs
  if (!Array.isArray(jobs)) {
    throw new ArtifactError(path, where('jobs'), '"jobs" must be an array of job objects')
  }
  if (jobs.length === 0) {
    throw new ArtifactError(path, where('jobs'), 'holds no job: "jobs" is empty')
  }
  const notices: Notice[] = []
  const extra = Object.keys(doc).filter((k) => !ROOT_KEYS.includes(k))
  if (extra.length > 0) {
    notices.push({ path, line: rootLine, message: `unknown keys ignored: ${extra.join(', ')}` })
  }
  const itemLines = lines.items.get(jobs) ?? []
  const records = jobs.map((job: unknown, i) => {
    const line = itemLines[i] ?? 1
    if (!isObject(job)) {
      throw new ArtifactError(path, line, `jobs[${i}] must be an object, got ${shown(job)}`)
    }
    const unknown = Object.keys(job).filter((k) => !KNOWN.has(k))
    if (unknown.length > 0) {
      notices.push({
        path,
        line,
        message: `jobs[${i}]: unknown keys ignored: ${unknown.join(', ')}`,
      })
    }
    return readJob(job, i, line, lines.keys.get(job), path, options.timezone)
  })
  return { jobs: records, notices }
}

export const genericReader: Reader = {
  format: 'generic',
  describes: '*.carbon.json with "carbonGate": 1',
  detect(name: string, head: string): boolean {
    if (name.toLowerCase().endsWith('.carbon.json')) return true
    return head.trimStart().startsWith('{') && head.includes('"carbonGate"')
  },
  read: readGeneric,
}
