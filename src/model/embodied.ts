import type { GpuModelCount } from '../core/types.js'
import type { HardwareSettings } from './settings.js'

const HOURS_PER_YEAR = 8760

/** What a job's hardware was taken to be for the embodied estimate. */
export interface HardwareUse {
  readonly gpus: number
  readonly servers: number
  /** Set when the artifact did not say and a default was assumed. */
  readonly assumed?: string
}

/** kg CO2e per hour of one unit, amortised the BLOOM way: embodied / (lifetime × utilization). */
export function hourlyRate(embodiedKg: number, hardware: HardwareSettings): number {
  return embodiedKg / (hardware.lifetimeYears * HOURS_PER_YEAR * hardware.utilization)
}

/** The embodied kg of one GPU of this model: a per-model override, else the default. */
export function gpuEmbodiedKg(model: string | undefined, hardware: HardwareSettings): number {
  return findGpuOverride(model, hardware) ?? hardware.gpuEmbodiedKg
}

/** The per-model override (hardware.gpus) that matches this model, when one does. */
export function findGpuOverride(
  model: string | undefined,
  hardware: HardwareSettings,
): number | undefined {
  if (model === undefined) return undefined
  const lower = model.toLowerCase()
  for (const [key, value] of Object.entries(hardware.gpus)) {
    if (lower.includes(key.toLowerCase())) return value.embodiedKg
  }
  return undefined
}

/** Assumed CPU threads when an artifact names neither GPUs nor CPU threads. */
export const ASSUMED_CPU_THREADS = 8

/**
 * Units of hardware a job held: `gpuCount` GPUs and `gpuCount / gpusPerServer` servers, or for a
 * CPU-only job `min(1, cpuThreads / threadsPerServer)` of a server.
 */
export function hardwareUse(
  gpuCount: number | undefined,
  cpuThreads: number | undefined,
  hardware: HardwareSettings,
): HardwareUse {
  if (gpuCount !== undefined && gpuCount > 0) {
    return { gpus: gpuCount, servers: gpuCount / hardware.gpusPerServer }
  }
  if (cpuThreads !== undefined && cpuThreads > 0) {
    return { gpus: 0, servers: Math.min(1, cpuThreads / hardware.threadsPerServer) }
  }
  const servers = Math.min(1, ASSUMED_CPU_THREADS / hardware.threadsPerServer)
  return gpuCount === 0
    ? { gpus: 0, servers, assumed: `CPU threads not recorded: ${ASSUMED_CPU_THREADS} assumed` }
    : {
        gpus: 0,
        servers,
        assumed: `no GPU or CPU count recorded: CPU-only on ${ASSUMED_CPU_THREADS} threads assumed`,
      }
}

/**
 * kg per hour of the job's GPUs: each model of a mixed job (`gpuModels`, when its counts are the
 * job's GPUs) at its own rate (its per-model override), else every GPU as `gpuModel`.
 */
function gpusHourlyKg(
  use: HardwareUse,
  gpuModel: string | undefined,
  hardware: HardwareSettings,
  gpuModels: readonly GpuModelCount[] | undefined,
  gpuKgOf: (model: string | undefined) => number,
): number {
  if (gpuModels !== undefined && gpuModels.reduce((n, m) => n + m.count, 0) === use.gpus) {
    return gpuModels.reduce((kg, m) => kg + m.count * hourlyRate(gpuKgOf(m.model), hardware), 0)
  }
  return use.gpus * hourlyRate(gpuKgOf(gpuModel), hardware)
}

/**
 * Embodied kg for `hours` of the given hardware use; `gpuKgOf` gives one GPU's embodied kg by
 * model (default: the settings' figure; the ranges pass their low or high end).
 */
export function embodiedKg(
  hours: number,
  use: HardwareUse,
  gpuModel: string | undefined,
  hardware: HardwareSettings,
  gpuModels?: readonly GpuModelCount[],
  gpuKgOf: (model: string | undefined) => number = (m) => gpuEmbodiedKg(m, hardware),
): number {
  const perHour =
    gpusHourlyKg(use, gpuModel, hardware, gpuModels, gpuKgOf) +
    use.servers * hourlyRate(hardware.serverEmbodiedKg, hardware)
  return hours * perHour
}
