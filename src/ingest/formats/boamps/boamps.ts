/**
 * BoAmps reports (Boavizta's AI energy report format; CodeCarbon v3.2.6+ writes
 * `boamps_report_<run_id>.json`, codecarbon/output_methods/boamps): one job per entry of
 * `measures[]`, `powerConsumption` in kWh (the name says power, the schema says kWh) over
 * `measurementDuration` s. The schema's `measurementDateTime` is the start; CodeCarbon writes its
 * end-of-run timestamp there, so a `codecarbon` measure starts that long before. GPUs from
 * `infrastructure.components[]` (componentType `gpu`, its CodeCarbon `gpu_model` text split),
 * intensity from `environment.powerSourceCarbonIntensity` (g/kWh), requests from
 * `task.nbRequest`. BoAmps records no PUE: a CodeCarbon energy with its pue applied stays so.
 */
import { ArtifactError } from '../../../core/errors.js'
import type { JobRecord, Notice } from '../../../core/types.js'
import { countedRuns } from '../codecarbon/codecarbon.js'
import { splitGpuModels } from '../codecarbon/gpu-models.js'
import {
  type JsonObject,
  type Lines,
  asJsonObject,
  isJsonObject,
  parseJsonDocument,
} from '../../shared/json-doc.js'
import { readText } from '../../shared/lines.js'
import { jobNameFromFile } from '../../shared/power-integrator.js'
import { parseTimestamp, toIso } from '../../shared/time.js'
import type { ArtifactInput, ReadOptions, ReadResult, Reader } from '../../types.js'

const str = (o: JsonObject, key: string): string | undefined =>
  typeof o[key] === 'string' && o[key].trim() !== '' ? o[key].trim() : undefined
const num = (o: JsonObject, key: string): number | undefined =>
  typeof o[key] === 'number' && Number.isFinite(o[key]) ? o[key] : undefined

interface Hardware {
  readonly gpuCount?: number
  readonly gpuModel?: string
  readonly gpuModels?: JobRecord['gpuModels']
  readonly cpuThreads?: number
}

/** `cpuThreads`: CodeCarbon writes `nbComponent` = its threads ÷ 2; other tools' counts are not threads. */
function readHardware(infrastructure: JsonObject, byCodeCarbon: boolean): Hardware {
  const components = Array.isArray(infrastructure.components) ? infrastructure.components : []
  let gpuCount: number | undefined
  let gpuText: string | undefined
  let cpuCores: number | undefined
  for (const c of components.map(asJsonObject)) {
    const type = str(c, 'componentType')?.toLowerCase()
    const n = num(c, 'nbComponent')
    if (type === 'gpu') {
      gpuCount = (gpuCount ?? 0) + (n ?? 1)
      gpuText ??= str(c, 'componentName')
    } else if (type === 'cpu' && n !== undefined && n > 0) cpuCores = n
  }
  const models = gpuText === undefined ? undefined : splitGpuModels(gpuText, gpuCount)
  return {
    ...(gpuCount !== undefined ? { gpuCount } : {}),
    ...(models !== undefined ? { gpuModel: models.gpuModel } : {}),
    ...(models?.gpuModels !== undefined ? { gpuModels: models.gpuModels } : {}),
    ...(cpuCores !== undefined && byCodeCarbon ? { cpuThreads: cpuCores * 2 } : {}),
  }
}

function nameReport(report: JsonObject, input: ArtifactInput): string {
  const task = asJsonObject(report.task)
  const what = [str(task, 'taskStage'), str(task, 'taskFamily')].filter((s) => s !== undefined)
  const id = str(asJsonObject(report.header), 'reportId')
  if (what.length > 0) return `${what.join(' ')}${id !== undefined ? ` ${id.slice(0, 8)}` : ''}`
  return id !== undefined ? `boamps ${id.slice(0, 8)}` : jobNameFromFile(input.name)
}

interface Context {
  readonly path: string
  readonly lines: Lines
  readonly zone: string
}

function readMeasure(
  measure: unknown,
  index: number,
  base: Omit<JobRecord, 'itEnergyKWh' | 'source'>,
  ctx: Context,
): JobRecord {
  const line = isJsonObject(measure) ? ctx.lines.starts.get(measure) : undefined
  const m = asJsonObject(measure)
  const at = (key: string): number | undefined =>
    (isJsonObject(measure) ? ctx.lines.keys.get(measure)?.get(key) : undefined) ?? line
  const kWh = m.powerConsumption
  if (typeof kWh !== 'number' || !Number.isFinite(kWh) || kWh < 0) {
    throw new ArtifactError(
      ctx.path,
      at('powerConsumption'),
      `measures[${index}].powerConsumption must be the energy in kWh (a number ≥ 0), got ${JSON.stringify(kWh) ?? 'nothing'}`,
    )
  }
  const seconds = num(m, 'measurementDuration')
  if (seconds !== undefined && seconds < 0) {
    throw new ArtifactError(
      ctx.path,
      at('measurementDuration'),
      `measures[${index}].measurementDuration ${seconds} s is negative`,
    )
  }
  const method = str(m, 'measurementMethod')
  const stamp = str(m, 'measurementDateTime')
  let startMs = stamp === undefined ? undefined : parseTimestamp(stamp, ctx.zone)
  if (stamp !== undefined && startMs === undefined) {
    throw new ArtifactError(
      ctx.path,
      at('measurementDateTime'),
      `measures[${index}].measurementDateTime "${stamp}" is not YYYY-MM-DD HH:MM:SS`,
    )
  }
  if (startMs !== undefined && method === 'codecarbon' && seconds !== undefined)
    startMs -= seconds * 1000
  return {
    ...base,
    source: { path: ctx.path, format: 'boamps', ...(line !== undefined ? { line } : {}) },
    itEnergyKWh: kWh,
    ...(seconds !== undefined ? { durationHours: seconds / 3600 } : {}),
    ...(startMs !== undefined ? { startedAt: toIso(startMs) } : {}),
    notes: [...(base.notes ?? []), `measured by ${method ?? 'an unnamed method'}`],
  }
}

async function readBoamps(input: ArtifactInput, options: ReadOptions): Promise<ReadResult> {
  const { path } = input
  const { value, lines } = parseJsonDocument(await readText(input.chunks()), path, {
    pythonNonFinite: true,
  })
  if (!isJsonObject(value) || !Array.isArray(value.measures)) {
    throw new ArtifactError(path, 1, 'is not a BoAmps report: no "measures" array')
  }
  const measures: unknown[] = value.measures
  if (measures.length === 0)
    throw new ArtifactError(path, lines.starts.get(measures), 'holds no job: "measures" is empty')
  const notices: Notice[] = []
  const reportId = str(asJsonObject(value.header), 'reportId')
  if (
    reportId !== undefined &&
    (await countedRuns(input.sibling?.('emissions.csv'), new Set([reportId]))).size > 0
  ) {
    notices.push({
      path,
      message: `run ${reportId} is also in the emissions.csv beside this report: counted there, not here`,
    })
    return { jobs: [], notices }
  }
  const task = asJsonObject(value.task)
  const environment = asJsonObject(value.environment)
  const requests = num(task, 'nbRequest')
  const intensity = num(environment, 'powerSourceCarbonIntensity')
  const byCodeCarbon = measures.some(
    (m) => str(asJsonObject(m), 'measurementMethod') === 'codecarbon',
  )
  const hardware = readHardware(asJsonObject(value.infrastructure), byCodeCarbon)
  const provider = str(asJsonObject(value.infrastructure), 'cloudProvider')
  const country = str(environment, 'country')
  const base = {
    name: nameReport(value, input),
    ...hardware,
    ...(intensity !== undefined && intensity >= 0 ? { intensityGPerKWh: intensity } : {}),
    ...(provider !== undefined ? { cloudProvider: provider } : {}),
    ...(country !== undefined ? { country } : {}),
    ...(requests !== undefined && requests > 0 ? { notes: [`${requests} requests`] } : {}),
  }
  const ctx: Context = { path, lines, zone: options.timezone }
  const jobs = measures.map((m, i) => readMeasure(m, i, base, ctx))
  const methods = new Set(measures.map((m) => str(asJsonObject(m), 'measurementMethod') ?? ''))
  if (methods.size > 1) {
    notices.push({
      path,
      message: `${measures.length} measures by ${[...methods].join(', ')}: each is counted; if they measured the same work, keep one`,
    })
  }
  if (jobs.length > 1)
    jobs.forEach((j, i) => (jobs[i] = { ...j, name: `${j.name} measure ${i + 1}` }))
  return { jobs, notices }
}

export const boampsReader: Reader = {
  format: 'boamps',
  describes: 'BoAmps reports (boamps_report_<run>.json from CodeCarbon)',
  detect(name, head) {
    return (
      name.toLowerCase().endsWith('.json') &&
      head.includes('"measures"') &&
      head.includes('"powerConsumption"')
    )
  },
  read: readBoamps,
}
