/**
 * optimum-benchmark reports (huggingface/optimum-benchmark, the pipeline behind the AI Energy
 * Score): `benchmark_report.json` maps each target (`forward`, `prefill`, `decode`, `generate`,
 * `call`, energy_star's `preprocess_dataset`…, training's `overall`) to its measurements, of
 * which `energy {unit: "kWh", cpu, ram, gpu, total}` (CodeCarbon's, PUE 1) and
 * `efficiency {unit: "tokens/kWh"…, value}`; `benchmark.json` holds the same report beside its
 * config. One job per target with energy. In the `inference` scenario the energy is per call (the
 * tracked loop ÷ its calls, trackers/energy.py); energy_star and training report whole phases.
 * `decode` is `generate − prefill` (scenario.py): with both, `generate` is not counted again.
 */
import { ArtifactError } from '../../../core/errors.js'
import type { JobRecord, Notice } from '../../../core/types.js'
import {
  type JsonObject,
  type Lines,
  isJsonObject,
  parseJsonDocument,
} from '../../shared/json-doc.js'
import { readText } from '../../shared/lines.js'
import type { ArtifactInput, ReadOptions, ReadResult, Reader } from '../../types.js'
import { type BenchmarkSetup, readSetup } from './optimum-config.js'

const REPORT = 'benchmark_report.json'
const BENCHMARK = 'benchmark.json'
const CONFIG = 'benchmark_config.json'

interface Target {
  readonly name: string
  readonly measurements: JsonObject
  readonly energy: JsonObject
  readonly line?: number
}

function findTargets(report: JsonObject, lines: Lines): Target[] {
  return Object.entries(report).flatMap(([name, value]) => {
    if (!isJsonObject(value) || !isJsonObject(value.energy)) return []
    const line = lines.keys.get(report)?.get(name)
    return [
      { name, measurements: value, energy: value.energy, ...(line !== undefined ? { line } : {}) },
    ]
  })
}

function totalKWh(t: Target, path: string, lines: Lines): number {
  const { unit, total } = t.energy
  const line = lines.keys.get(t.energy)?.get('total') ?? t.line
  if (unit !== 'kWh') {
    throw new ArtifactError(
      path,
      line,
      `${t.name}.energy.unit is ${JSON.stringify(unit) ?? 'missing'}, not "kWh"`,
    )
  }
  if (typeof total !== 'number' || !Number.isFinite(total)) {
    throw new ArtifactError(path, line, `${t.name}.energy.total is not a number of kWh`)
  }
  return total
}

/** Which targets count: every one with energy, but generate only when decode cannot stand in. */
function countedTargets(
  targets: readonly Target[],
  totals: Map<string, number>,
  path: string,
  notices: Notice[],
): Target[] {
  const has = (name: string): boolean => totals.has(name)
  if (!has('generate') || !has('prefill') || !has('decode')) return [...targets]
  if (totals.get('decode')! < 0) {
    notices.push({
      path,
      message: `decode energy is negative (generate − prefill measured ${totals.get('decode')} kWh: prefill noise): generate counted instead of prefill + decode`,
    })
    return targets.filter((t) => t.name !== 'prefill' && t.name !== 'decode')
  }
  return targets.filter((t) => t.name !== 'generate')
}

function describeEfficiency(t: Target, kWh: number): string | undefined {
  const e = t.measurements.efficiency
  if (!isJsonObject(e) || typeof e.value !== 'number' || typeof e.unit !== 'string')
    return undefined
  const per = e.unit.split('/')[0]!
  const volume = e.value * kWh
  return `efficiency ${e.value.toPrecision(4)} ${e.unit} (${Number(volume.toPrecision(4))} ${per} in this energy)`
}

function durationHours(t: Target, setup: BenchmarkSetup): number | undefined {
  const latency = t.measurements.latency
  if (!isJsonObject(latency) || latency.unit !== 's') return undefined
  const seconds = setup.scenario === 'inference' ? latency.mean : latency.total
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0
    ? seconds / 3600
    : undefined
}

function describeScope(setup: BenchmarkSetup): string {
  if (setup.scenario === 'inference')
    return 'for one call (the tracked loop ÷ its calls), as optimum-benchmark reports it'
  if (setup.scenario === 'unknown')
    return 'as the report states it (no config beside it to say per call or per phase)'
  return `the whole ${setup.scenario === 'training' ? 'run' : 'phase'}`
}

function dirName(path: string): string | undefined {
  const parts = path.split(/[\\/]/).filter((p) => p !== '' && p !== '.')
  return parts.at(-2)
}

async function readConfig(input: ArtifactInput, doc: JsonObject): Promise<BenchmarkSetup> {
  if (isJsonObject(doc.config)) return readSetup(doc.config)
  const beside = input.sibling?.(CONFIG)
  if (beside === undefined) return readSetup(undefined)
  try {
    return readSetup(JSON.parse(await readText(beside.chunks())))
  } catch {
    return readSetup(undefined)
  }
}

async function readOptimum(input: ArtifactInput, _options: ReadOptions): Promise<ReadResult> {
  const { path } = input
  const notices: Notice[] = []
  if (input.name === BENCHMARK && input.sibling?.(REPORT) !== undefined) {
    notices.push({ path, message: `the same report as the ${REPORT} beside it: not counted twice` })
    return { jobs: [], notices }
  }
  const { value, lines } = parseJsonDocument(await readText(input.chunks()), path, {
    pythonNonFinite: true,
  })
  if (!isJsonObject(value))
    throw new ArtifactError(
      path,
      1,
      'is not an optimum-benchmark report (a JSON object of targets)',
    )
  const report = isJsonObject(value.report) ? value.report : value
  const targets = findTargets(report, lines)
  if (targets.length === 0) {
    throw new ArtifactError(
      path,
      undefined,
      'holds no energy: no target has "energy" (the benchmark ran with scenario.energy=false?)',
    )
  }
  const totals = new Map(targets.map((t) => [t.name, totalKWh(t, path, lines)]))
  const setup = await readConfig(input, value)
  const scope = describeScope(setup)
  const base = setup.name ?? dirName(path) ?? 'optimum-benchmark'
  const jobs: JobRecord[] = []
  for (const t of countedTargets(targets, totals, path, notices)) {
    const kWh = totals.get(t.name)!
    if (kWh < 0)
      throw new ArtifactError(path, t.line, `${t.name}.energy.total ${kWh} kWh is negative`)
    const hours = durationHours(t, setup)
    const efficiency = describeEfficiency(t, kWh)
    jobs.push({
      name: `${base} ${t.name}`,
      source: {
        path,
        format: 'optimum-benchmark',
        ...(t.line !== undefined ? { line: t.line } : {}),
      },
      itEnergyKWh: kWh,
      ...(hours !== undefined ? { durationHours: hours } : {}),
      ...(setup.gpuCount !== undefined ? { gpuCount: setup.gpuCount } : {}),
      ...(setup.gpuModel !== undefined ? { gpuModel: setup.gpuModel } : {}),
      ...(setup.gpuModels !== undefined ? { gpuModels: setup.gpuModels } : {}),
      ...(setup.cpuThreads !== undefined ? { cpuThreads: setup.cpuThreads } : {}),
      notes: [`energy ${scope}`, ...(efficiency !== undefined ? [efficiency] : [])],
    })
  }
  return { jobs, notices }
}

export const optimumBenchmarkReader: Reader = {
  format: 'optimum-benchmark',
  describes: 'optimum-benchmark benchmark_report.json / benchmark.json',
  detect(name, head) {
    if ((name !== REPORT && name !== BENCHMARK) || !head.trimStart().startsWith('{')) return false
    // Its energy in kWh, or (when long latency lists push that past the head) its Latency shape.
    const energy = /"energy"\s*:\s*\{/.test(head) && head.includes('"kWh"')
    return (
      energy || (head.includes('"latency"') && /"p50"\s*:/.test(head) && /"values"\s*:/.test(head))
    )
  },
  read: readOptimum,
}
