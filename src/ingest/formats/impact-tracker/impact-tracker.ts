/**
 * experiment-impact-tracker (Breakend): `<logdir>/impacttracker/data.json`, JSON Lines with one
 * power sample per object (formats.md §5). Energy is the trapezoidal integral of the
 * attributable draws (W) over the epoch-second timestamps. The tracker multiplies by its PUE
 * (1.58) only when it derives totals; the samples carry none, so no PUE is divided out here.
 */
import { ArtifactError } from '../../../core/errors.js'
import type { JobRecord, Notice } from '../../../core/types.js'
import { readLines } from '../../shared/lines.js'
import { toIso } from '../../shared/time.js'
import type { ArtifactInput, ReadOptions, ReadResult, Reader } from '../../types.js'

const FILE_NAME = 'data.json'
/** Per component: the attributable draw, else the absolute one (W). */
const DRAWS = [
  ['rapl_estimated_attributable_power_draw', 'rapl_power_draw_absolute'],
  ['nvidia_estimated_attributable_power_draw', 'nvidia_draw_absolute'],
] as const
const DRAW_KEYS: readonly string[] = DRAWS.flat()
/** 2200-01-01 in Unix seconds: later timestamps are not a clock's. */
const MAX_EPOCH_S = 7_258_118_400

/** Python's json writes bare NaN / Infinity, which JSON.parse rejects. */
const BARE_NON_FINITE = /([:[,]\s*)-?(?:NaN|Infinity)(?=\s*[,\]}])/g

const MAX_GAP_NOTICES = 10

type Sample = Record<string, unknown>

function parseSample(text: string): Sample | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    try {
      value = JSON.parse(text.replace(BARE_NON_FINITE, '$1null'))
    } catch {
      return undefined
    }
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Sample)
    : undefined
}

/** Summed draw of a sample in W, or undefined when it has none. */
function sumDraws(sample: Sample, path: string, line: number): number | undefined {
  let total: number | undefined
  for (const [attributable, absolute] of DRAWS) {
    // The attributable draw when the sample has one (whatever its type: a wrong type is an
    // error, not a reason to fall back), else the absolute draw.
    const own = sample[attributable]
    const raw = own !== undefined && own !== null ? own : sample[absolute]
    if (raw === undefined || raw === null) continue
    if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0) {
      throw new ArtifactError(
        path,
        line,
        `power draw ${describeDraw(raw)} is not a usable number of W`,
      )
    }
    total = (total ?? 0) + raw
  }
  return total
}

function describeDraw(raw: unknown): string {
  if (Array.isArray(raw)) return 'a list'
  if (typeof raw === 'object') return 'an object'
  return JSON.stringify(raw).slice(0, 40)
}

/** The run's name: the directory that holds `impacttracker/`. */
function deriveRunName(path: string): string {
  const parts = path.split(/[\\/]/).filter((p) => p !== '' && p !== '.')
  parts.pop()
  const dir = parts.pop()
  if (dir === 'impacttracker') return parts.pop() ?? 'impact-tracker'
  return dir ?? 'impact-tracker'
}

function formatSeconds(s: number): string {
  return s >= 120 ? `${(s / 60).toFixed(1)} min` : `${s.toFixed(1)} s`
}

async function readImpactTracker(input: ArtifactInput, options: ReadOptions): Promise<ReadResult> {
  const path = input.path
  const notices: Notice[] = []
  let first: number | undefined
  let last: number | undefined
  let prev: { t: number; w: number } | undefined
  let joules = 0
  let samples = 0
  let gaps = 0
  /** First line where Python wrote NaN/Infinity: read as a missing value, and said so. */
  let nonFiniteLine: number | undefined
  let intensitySum = 0
  let intensityCount = 0
  let gpuCount: number | undefined
  for await (const { text, no } of readLines(input.chunks(), options.onProgress)) {
    if (text.trim() === '') continue
    const sample = parseSample(text)
    if (!sample) throw new ArtifactError(path, no, 'is not a JSON object')
    if (nonFiniteLine === undefined && BARE_NON_FINITE.test(text)) nonFiniteLine = no
    BARE_NON_FINITE.lastIndex = 0
    const t = sample['timestamp']
    if (typeof t !== 'number' || !Number.isFinite(t)) {
      throw new ArtifactError(path, no, 'has no numeric timestamp')
    }
    if (t < 0 || t > MAX_EPOCH_S) {
      throw new ArtifactError(path, no, `timestamp ${t} is not a plausible time (Unix seconds)`)
    }
    if (last !== undefined && t < last) {
      throw new ArtifactError(path, no, `timestamp ${t} goes back from ${last}`)
    }
    first ??= t
    last = t
    samples++
    const ci = sample['realtime_carbon_intensity']
    if (typeof ci === 'number' && Number.isFinite(ci) && ci >= 0) {
      intensitySum += ci
      intensityCount++
    }
    const perGpu = sample['per_gpu_power_draw']
    if (typeof perGpu === 'object' && perGpu !== null) {
      gpuCount = Math.max(gpuCount ?? 0, Object.keys(perGpu).length)
    }
    const w = sumDraws(sample, path, no)
    if (w === undefined) continue
    if (prev) {
      const dt = t - prev.t
      if (dt > options.maxGapSeconds) {
        gaps++
        if (gaps <= MAX_GAP_NOTICES) {
          notices.push({
            path,
            line: no,
            message: `gap of ${formatSeconds(dt)} since the previous sample not bridged (limit ${options.maxGapSeconds} s)`,
          })
        }
      } else joules += ((prev.w + w) / 2) * dt
    }
    prev = { t, w }
  }
  if (gaps > MAX_GAP_NOTICES) {
    notices.push({ path, message: `${gaps - MAX_GAP_NOTICES} more gaps not bridged` })
  }
  if (nonFiniteLine !== undefined) {
    notices.push({
      path,
      line: nonFiniteLine,
      message: 'NaN or Infinity values (as Python writes them) read as missing samples',
    })
  }
  if (first === undefined || last === undefined) {
    throw new ArtifactError(path, undefined, 'holds no job (no samples)')
  }
  if (prev === undefined) {
    throw new ArtifactError(path, undefined, `holds no power draw (${DRAW_KEYS.join(', ')})`)
  }
  const notes: string[] = []
  if (gaps > 0)
    notes.push(`${gaps} gap${gaps === 1 ? '' : 's'} > ${options.maxGapSeconds} s not bridged`)
  if (samples === 1) notes.push('one sample only: no energy can be integrated')
  const job: JobRecord = {
    name: deriveRunName(path),
    source: { path, format: 'impact-tracker' },
    itEnergyKWh: joules / 3_600_000,
    ...(intensityCount > 0 ? { intensityGPerKWh: intensitySum / intensityCount } : {}),
    startedAt: toIso(first * 1000),
    durationHours: (last - first) / 3600,
    ...(gpuCount === undefined ? {} : { gpuCount }),
    ...(notes.length > 0 ? { notes } : {}),
  }
  return { jobs: [job], notices }
}

export const impactTrackerReader: Reader = {
  format: 'impact-tracker',
  describes: 'experiment-impact-tracker impacttracker/data.json',
  detect(name, head) {
    if (name !== FILE_NAME) return false
    const line = head.split('\n').find((l) => l.trim() !== '')
    if (line === undefined) return false
    const sample = parseSample(line)
    return sample !== undefined && 'timestamp' in sample && DRAW_KEYS.some((k) => k in sample)
  },
  read: readImpactTracker,
}
