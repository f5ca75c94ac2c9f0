/**
 * What an optimum-benchmark `BenchmarkConfig` (benchmark_config.json, or `config` in
 * benchmark.json) says about the energy of its report: the scenario (its energy is per call for
 * `inference`, the whole phase for `energy_star`, the whole run for `training`), the GPUs the
 * energy tracker was given (`backend.device_ids`) and their names (`environment.gpu`).
 */
import type { GpuModelCount } from '../../../core/types.js'
import { describeModels } from '../../shared/power-integrator.js'
import { type JsonObject, asJsonObject } from '../../shared/json-doc.js'

export type Scenario = 'inference' | 'energy_star' | 'training' | 'unknown'

export interface BenchmarkSetup {
  readonly name?: string
  readonly scenario: Scenario
  readonly gpuCount?: number
  readonly gpuModel?: string
  readonly gpuModels?: readonly GpuModelCount[]
  readonly cpuThreads?: number
}

function readScenario(scenario: JsonObject): Scenario {
  const name = typeof scenario.name === 'string' ? scenario.name.replace('-', '_') : ''
  return name === 'inference' || name === 'energy_star' || name === 'training' ? name : 'unknown'
}

/** `0`, `"0,1"`, `[0, 1]` → [0, 1]; undefined when absent or unreadable. */
function deviceIds(value: unknown): number[] | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return [value]
  if (typeof value === 'string' && /^\s*\d+(\s*,\s*\d+)*\s*$/.test(value)) {
    return value.split(',').map((s) => Number(s.trim()))
  }
  if (Array.isArray(value) && value.every((v) => Number.isInteger(v))) return value as number[]
  return undefined
}

function countModels(names: readonly string[]): GpuModelCount[] {
  const counts = new Map<string, number>()
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1)
  return [...counts].map(([model, count]) => ({ model, count }))
}

/** The setup a config describes; an empty config gives an unknown scenario and no hardware. */
export function readSetup(config: unknown): BenchmarkSetup {
  const c = asJsonObject(config)
  const backend = asJsonObject(c.backend)
  const environment = asJsonObject(c.environment)
  const onGpu = backend.device === 'cuda' || backend.device === 'gpu'
  const all = Array.isArray(environment.gpu)
    ? environment.gpu.filter((g): g is string => typeof g === 'string')
    : []
  const ids = onGpu ? deviceIds(backend.device_ids) : undefined
  const used = ids === undefined ? all : ids.flatMap((i) => (all[i] !== undefined ? [all[i]] : []))
  const gpuCount = !onGpu
    ? 0
    : (ids?.length ??
      (typeof environment.gpu_count === 'number' ? environment.gpu_count : undefined))
  const models = countModels(used)
  const cpus = environment.cpu_count
  return {
    ...(typeof c.name === 'string' && c.name !== '' ? { name: c.name } : {}),
    scenario: readScenario(asJsonObject(c.scenario)),
    ...(gpuCount !== undefined ? { gpuCount } : {}),
    ...(gpuCount !== 0 && models.length > 0 ? { gpuModel: describeModels(new Set(used))! } : {}),
    ...(gpuCount !== 0 && models.length > 1 ? { gpuModels: models } : {}),
    ...(typeof cpus === 'number' && cpus > 0 ? { cpuThreads: cpus } : {}),
  }
}
