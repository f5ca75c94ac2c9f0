/**
 * The low and high end of every assumption, from the published figures bundled in data/ranges.ts
 * and data/intensity-vintages.ts. A figure the user set (or the artifact stated, or measured) is
 * taken as exact: its range is the point. The central value is always inside its range.
 *
 * The model is monotone in each input (emissions grow with intensity, PUE, idle ratio and embodied
 * kg, and shrink with lifetime and utilization), so each job's low end is every input at the end
 * that lowers emissions, and its high end the other: interval arithmetic, no sampling.
 */
import type { JobRecord, KgBounds } from '../core/types.js'
import { CLOUD_INTENSITY, CLOUD_SOURCES } from './data/cloud-intensity.js'
import { GRID_INTENSITY, GRID_SOURCE_TAG } from './data/grid-intensity.js'
import { CLOUD_ALTERNATES, COUNTRY_ALTERNATES } from './data/intensity-vintages.js'
import {
  GPU_EMBODIED_ANY,
  GPU_EMBODIED_BY_MODEL,
  IDLE_RATIO,
  INTENSITY_FIGURES,
  LIFETIME_YEARS,
  PUE_FIGURES,
  SERVER_EMBODIED,
  type SourcedFigure,
  UTILIZATION,
  WORLD_AVERAGE_FIGURES,
} from './data/ranges.js'
import { type HardwareUse, embodiedKg, findGpuOverride } from './embodied.js'
import { normalizeProvider } from './intensity-data.js'
import type { ResolvedIntensity } from './resolve-intensity.js'
import type { HardwareSettings, ModelSettings } from './settings.js'
import { DEFAULT_HARDWARE, DEFAULT_OVERHEAD } from './settings.js'

/** An assumption's range: low ≤ central ≤ high, and where the ends come from. */
export interface Spread {
  readonly low: number
  readonly central: number
  readonly high: number
  readonly source: string
}

/** A figure taken as exact. */
export function pointSpread(central: number, why: string): Spread {
  return { low: central, central, high: central, source: why }
}

function describeFigure(f: SourcedFigure): string {
  return f.year === undefined ? `${f.value} (${f.source})` : `${f.value} (${f.source}, ${f.year})`
}

/** The lowest and highest of the figures, widened to hold the central value. */
export function spreadOf(central: number, figures: readonly SourcedFigure[]): Spread {
  if (figures.length === 0) return pointSpread(central, 'one source only: no spread')
  let lowest = figures[0]!
  let highest = figures[0]!
  for (const f of figures) {
    if (f.value < lowest.value) lowest = f
    if (f.value > highest.value) highest = f
  }
  const low = Math.min(central, lowest.value)
  const high = Math.max(central, highest.value)
  if (low === high) return pointSpread(central, 'every source agrees: no spread')
  const lowText =
    low === central && lowest.value !== central ? 'the value used' : describeFigure(lowest)
  const highText =
    high === central && highest.value !== central ? 'the value used' : describeFigure(highest)
  return { low, central, high, source: `low ${lowText}; high ${highText}` }
}

const SET_BY_USER = 'set by the configuration: taken as exact'

// --- Grid intensity ------------------------------------------------------------------------------

/** Every bundled figure of a country (alpha-3) or cloud region key. */
export function intensityFigures(key: string): SourcedFigure[] {
  const out: SourcedFigure[] = []
  const grid = Object.hasOwn(GRID_INTENSITY, key) ? GRID_INTENSITY[key] : undefined
  if (grid !== undefined)
    out.push({ value: grid.gPerKWh, source: GRID_SOURCE_TAG, year: grid.year })
  const country = Object.hasOwn(COUNTRY_ALTERNATES, key) ? COUNTRY_ALTERNATES[key] : undefined
  if (country !== undefined) out.push({ value: country, source: 'Eco2AI carbon_index' })
  const cloud = Object.hasOwn(CLOUD_INTENSITY, key) ? CLOUD_INTENSITY[key] : undefined
  if (cloud !== undefined) {
    const s = CLOUD_SOURCES[cloud.source]
    out.push({ value: cloud.gPerKWh, source: s.tag.replace(/ \d{4}$/, ''), year: s.year })
  }
  const older = Object.hasOwn(CLOUD_ALTERNATES, key) ? CLOUD_ALTERNATES[key] : undefined
  if (older !== undefined) out.push({ value: older, source: 'CodeCarbon v2.0.0 (shipped 2022)' })
  const more = Object.hasOwn(INTENSITY_FIGURES, key) ? INTENSITY_FIGURES[key] : undefined
  if (more !== undefined) out.push(...more)
  return out
}

/** The range of a job's grid intensity, by where its central figure came from. */
export function intensitySpread(resolved: ResolvedIntensity, stated: boolean): Spread {
  const central = resolved.gPerKWh
  if (stated) return pointSpread(central, 'not used: the artifact states its emissions')
  switch (resolved.source) {
    case 'input':
      return pointSpread(central, 'set by the intensity setting: taken as exact')
    case 'series':
      return pointSpread(central, 'integrated from the intensity series: taken as exact')
    case 'default':
      return spreadOf(central, WORLD_AVERAGE_FIGURES)
    case 'region':
    case 'artifact':
    case 'dataset':
      if (resolved.key === undefined) return pointSpread(central, 'no other source for this place')
      return spreadOf(central, intensityFigures(resolved.key))
  }
}

// --- Facility overhead ---------------------------------------------------------------------------

/** How the overhead was counted, as ranges need it. */
export interface OverheadBasis {
  readonly mode: 'measured' | 'idle-ratio' | 'pue'
  /** The PUE or idle ratio used (0 for measured). */
  readonly value: number
  /** Where a PUE came from: the setting, the artifact, or the provider default. */
  readonly pueFrom?: 'setting' | 'artifact' | 'default'
}

/** The range of a job's PUE or idle ratio. */
export function overheadSpread(basis: OverheadBasis, cloudProvider?: string): Spread {
  switch (basis.mode) {
    case 'measured':
      return pointSpread(0, 'measured idle energy: taken as exact')
    case 'idle-ratio':
      return basis.value === DEFAULT_OVERHEAD.idleRatio
        ? spreadOf(basis.value, IDLE_RATIO)
        : pointSpread(basis.value, SET_BY_USER)
    case 'pue':
      if (basis.pueFrom === 'setting') return pointSpread(basis.value, SET_BY_USER)
      if (basis.pueFrom === 'artifact') return pointSpread(basis.value, 'stated by the artifact')
      return spreadOf(basis.value, pueFigures(cloudProvider))
  }
}

function pueFigures(provider: string | undefined): readonly SourcedFigure[] {
  const key = provider === undefined ? 'unknown' : normalizeProvider(provider)
  return (Object.hasOwn(PUE_FIGURES, key) ? PUE_FIGURES[key] : undefined) ?? PUE_FIGURES.unknown!
}

// --- Embodied ------------------------------------------------------------------------------------

/** The range of one GPU's embodied kg, by model. */
export function gpuEmbodiedSpread(model: string | undefined, hw: HardwareSettings): Spread {
  const override = findGpuOverride(model, hw)
  if (override !== undefined) return pointSpread(override, 'set by hardware.gpus: taken as exact')
  if (hw.gpuEmbodiedKg !== DEFAULT_HARDWARE.gpuEmbodiedKg) {
    return pointSpread(hw.gpuEmbodiedKg, SET_BY_USER)
  }
  const lower = model?.toLowerCase() ?? ''
  const specific = Object.entries(GPU_EMBODIED_BY_MODEL)
    .filter(([key]) => lower.includes(key))
    .flatMap(([, figures]) => figures)
  return spreadOf(hw.gpuEmbodiedKg, [...GPU_EMBODIED_ANY, ...specific])
}

/** The ranges of the server, lifetime and utilization figures. */
export interface HardwareSpreads {
  readonly server: Spread
  readonly lifetime: Spread
  readonly utilization: Spread
}

export function hardwareSpreads(hw: HardwareSettings): HardwareSpreads {
  const spread = (
    field: 'serverEmbodiedKg' | 'lifetimeYears' | 'utilization',
    figures: readonly SourcedFigure[],
  ): Spread =>
    hw[field] === DEFAULT_HARDWARE[field]
      ? spreadOf(hw[field], figures)
      : pointSpread(hw[field], SET_BY_USER)
  return {
    server: spread('serverEmbodiedKg', SERVER_EMBODIED),
    lifetime: spread('lifetimeYears', LIFETIME_YEARS),
    utilization: spread('utilization', UTILIZATION),
  }
}

// --- A job's bounds -------------------------------------------------------------------------------

export interface JobBoundsInput {
  readonly job: JobRecord
  readonly settings: ModelSettings
  readonly intensity: Spread
  readonly overhead: Spread
  readonly basis: OverheadBasis
  readonly hours: number | undefined
  readonly use: HardwareUse
}

export interface JobBounds {
  readonly low: KgBounds
  readonly high: KgBounds
}

/** The job's emissions with every assumption at its low end, and at its high end. */
export function boundJob(input: JobBoundsInput): JobBounds {
  return { low: boundAt(input, 'low'), high: boundAt(input, 'high') }
}

function boundAt(input: JobBoundsInput, end: 'low' | 'high'): KgBounds {
  const { job, settings, intensity, overhead, basis, hours, use } = input
  const other = end === 'low' ? 'high' : 'low'
  let operationalKg: number
  if (job.statedEmissionsKg !== undefined) operationalKg = job.statedEmissionsKg
  else {
    const it = job.itEnergyKWh
    const overheadKWh =
      basis.mode === 'measured'
        ? (job.idleEnergyKWh ?? 0)
        : basis.mode === 'idle-ratio'
          ? it * overhead[end]
          : it * (overhead[end] - 1)
    operationalKg = ((it + overheadKWh) * intensity[end]) / 1000
  }
  let embodied = 0
  if (hours !== undefined) {
    const hw = settings.hardware
    const spreads = hardwareSpreads(hw)
    const atEnd: HardwareSettings = {
      ...hw,
      serverEmbodiedKg: spreads.server[end],
      // A longer life and a higher use spread the same kg thinner.
      lifetimeYears: spreads.lifetime[other],
      utilization: spreads.utilization[other],
    }
    embodied = embodiedKg(
      hours,
      use,
      job.gpuModel,
      atEnd,
      job.gpuModels,
      (m) => gpuEmbodiedSpread(m, hw)[end],
    )
  }
  return { operationalKg, embodiedKg: embodied, totalKg: operationalKg + embodied }
}

/** Sum of bounds. */
export function addBounds(a: KgBounds, b: KgBounds): KgBounds {
  return {
    operationalKg: a.operationalKg + b.operationalKg,
    embodiedKg: a.embodiedKg + b.embodiedKg,
    totalKg: a.totalKg + b.totalKg,
  }
}

export const ZERO_BOUNDS: KgBounds = { operationalKg: 0, embodiedKg: 0, totalKg: 0 }
