import type { IntensitySource, JobRecord } from '../core/types.js'
import {
  type IntensityFigure,
  WORLD_AVERAGE,
  lookupCloud,
  lookupCountry,
  lookupRegion,
} from './intensity-data.js'

export interface ResolvedIntensity {
  readonly gPerKWh: number
  readonly source: IntensitySource
  /** Where the figure comes from, for the report's assumptions. */
  readonly note: string
  /** The region the figure belongs to, when one does. */
  readonly region?: string
  /** The bundled table's key of the figure (FRA, gcp:us-central1), for its range. */
  readonly key?: string
}

export interface IntensitySettings {
  readonly intensity?: number
  readonly region?: string
}

/**
 * A tracker's own figure above this (no grid is above ~1,100 g/kWh) comes from rounding tiny
 * energies, not from the grid: the dataset is used instead.
 */
const MAX_TRACKER_INTENSITY = 5000

function usable(x: number | undefined): x is number {
  return x !== undefined && Number.isFinite(x) && x >= 0
}

/**
 * Intensity resolution (contract §2): input intensity → input region in the bundled dataset →
 * the tracker's own figure → the artifact's cloud region, then country, in the dataset → world average.
 */
export function resolveIntensity(job: JobRecord, settings: IntensitySettings): ResolvedIntensity {
  if (usable(settings.intensity)) {
    return { gPerKWh: settings.intensity, source: 'input', note: 'set by the intensity setting' }
  }
  if (settings.region !== undefined) {
    const figure = lookupRegion(settings.region)
    if (figure) {
      return {
        gPerKWh: figure.gPerKWh,
        source: 'region',
        note: figure.label,
        region: settings.region,
        ...keyOf(figure),
      }
    }
  }
  if (usable(job.intensityGPerKWh) && job.intensityGPerKWh <= MAX_TRACKER_INTENSITY) {
    return {
      gPerKWh: job.intensityGPerKWh,
      source: 'artifact',
      note: `the tracker's own figure (${job.source.format})`,
      ...(job.region !== undefined ? { region: job.region } : {}),
      ...keyOf(locateJob(job)),
    }
  }
  if (job.cloudProvider !== undefined && job.cloudRegion !== undefined) {
    const figure = lookupCloud(job.cloudProvider, job.cloudRegion)
    if (figure) {
      return {
        gPerKWh: figure.gPerKWh,
        source: 'dataset',
        note: figure.label,
        region: `${job.cloudProvider.toLowerCase()}:${job.cloudRegion}`,
        ...keyOf(figure),
      }
    }
  }
  if (job.region !== undefined) {
    const figure = lookupRegion(job.region)
    if (figure) {
      const { gPerKWh, label: note } = figure
      return { gPerKWh, source: 'dataset', note, region: job.region, ...keyOf(figure) }
    }
  }
  if (job.country !== undefined) {
    const figure = lookupCountry(job.country)
    if (figure) {
      const { gPerKWh, label: note } = figure
      return { gPerKWh, source: 'dataset', note, region: job.country, ...keyOf(figure) }
    }
  }
  return { gPerKWh: WORLD_AVERAGE.gPerKWh, source: 'default', note: WORLD_AVERAGE.label }
}

function keyOf(figure: IntensityFigure | undefined): { key?: string } {
  return figure?.key !== undefined ? { key: figure.key } : {}
}

/** The bundled figure of where the artifact says the job ran: cloud region, region, country. */
function locateJob(job: JobRecord): IntensityFigure | undefined {
  const cloud =
    job.cloudProvider !== undefined && job.cloudRegion !== undefined
      ? lookupCloud(job.cloudProvider, job.cloudRegion)
      : undefined
  return (
    cloud ??
    (job.region !== undefined ? lookupRegion(job.region) : undefined) ??
    (job.country !== undefined ? lookupCountry(job.country) : undefined)
  )
}
