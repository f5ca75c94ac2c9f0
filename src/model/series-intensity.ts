/**
 * A job's intensity from the intensity series (settings.intensitySeries): its energy profile
 * integrated against the series, the annual figure for any energy the series does not cover. A job
 * without a profile (its artifact records no energy over time) keeps the annual figure, with a note.
 * An intensity the user set overrides the series, as it overrides every other source.
 */
import type { JobRecord } from '../core/types.js'
import { integrateProfile } from './intensity-series.js'
import type { ResolvedIntensity } from './resolve-intensity.js'
import type { ModelSettings } from './settings.js'

export interface SeriesResult {
  readonly intensity: ResolvedIntensity
  /** The per-job note when the series could not be used. */
  readonly warning?: string
}

function percent(x: number): string {
  return `${Math.round(x * 1000) / 10} %`
}

export function applySeries(
  job: JobRecord,
  annual: ResolvedIntensity,
  settings: ModelSettings,
): SeriesResult | undefined {
  const series = settings.intensitySeries
  if (series === undefined || annual.source === 'input') return undefined
  const fallback = (why: string): SeriesResult => ({
    intensity: { ...annual, note: `${annual.note}; the intensity series not used: ${why}` },
    warning: `${job.name}: ${why}: the annual figure (${Math.round(annual.gPerKWh * 100) / 100} g/kWh) is used instead of ${series.path}`,
  })
  const profile = job.energyProfile
  if (profile === undefined) {
    return fallback(`its artifact (${job.source.format}) records no energy over time`)
  }
  const { grams, coveredKWh, totalKWh } = integrateProfile(profile, series)
  if (totalKWh <= 0) return fallback('it recorded no energy over time')
  if (coveredKWh <= 0) return fallback('the series does not cover the time it ran')
  const share = coveredKWh / totalKWh
  const gPerKWh = (grams + (totalKWh - coveredKWh) * annual.gPerKWh) / totalKWh
  const rest = share < 1 ? `, the rest at the annual ${annual.note}` : ''
  return {
    intensity: {
      gPerKWh,
      source: 'series',
      note: `${series.path}, integrated over ${percent(share)} of the job's energy${rest}`,
      ...(annual.region !== undefined ? { region: annual.region } : {}),
    },
  }
}
