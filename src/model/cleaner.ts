/**
 * Where and when a run would have been cleaner, for one line in the details (never the verdict):
 * the cleanest window of the run's length in the intensity series' last 7 days, and the cleanest
 * bundled region of the same cloud provider. Also the market-based figure at the supplier's factor.
 */
import type { Cleaner, JobEstimate, JobRecord, MarketBased, Totals } from '../core/types.js'
import { CLOUD_INTENSITY, CLOUD_SOURCES } from './data/cloud-intensity.js'
import { findCleanestWindow } from './intensity-series.js'
import { normalizeProvider } from './intensity-data.js'
import type { ModelSettings } from './settings.js'

/** The cleaner window and region, when there is either. */
export function findCleaner(
  records: readonly JobRecord[],
  jobs: readonly JobEstimate[],
  settings: ModelSettings,
): Cleaner | undefined {
  const window = findWindow(records, jobs, settings)
  const region = findRegion(records, jobs)
  if (window === undefined && region === undefined) return undefined
  return {
    ...(window !== undefined ? { window } : {}),
    ...(region !== undefined ? { region } : {}),
  }
}

function findWindow(
  records: readonly JobRecord[],
  jobs: readonly JobEstimate[],
  settings: ModelSettings,
): Cleaner['window'] {
  const series = settings.intensitySeries
  if (series === undefined) return undefined
  let first = Infinity
  let last = -Infinity
  let kWh = 0
  let grams = 0
  records.forEach((r, i) => {
    const job = jobs[i]
    const p = r.energyProfile
    if (job === undefined || p === undefined || job.intensitySource !== 'series') return
    first = Math.min(first, p.startMs)
    last = Math.max(last, p.startMs + p.kWh.length * p.stepMs)
    kWh += job.itEnergyKWh
    grams += job.itEnergyKWh * job.intensityGPerKWh
  })
  if (kWh <= 0 || !(last > first)) return undefined
  const actual = grams / kWh
  const best = findCleanestWindow(series, last - first)
  if (best === undefined || !(actual > 0) || !Number.isFinite(best.gPerKWh)) return undefined
  const savedFraction = 1 - best.gPerKWh / actual
  if (!Number.isFinite(savedFraction)) return undefined
  return {
    startedAt: new Date(best.startMs).toISOString().replace('.000Z', 'Z'),
    hours: (last - first) / 3_600_000,
    intensityGPerKWh: best.gPerKWh,
    actualGPerKWh: actual,
    savedFraction,
  }
}

/** The largest job on a known cloud region, against the cleanest region of its provider. */
function findRegion(
  records: readonly JobRecord[],
  jobs: readonly JobEstimate[],
): Cleaner['region'] {
  let chosen: { provider: string; job: JobEstimate; at?: string } | undefined
  records.forEach((r, i) => {
    const job = jobs[i]
    if (job === undefined || r.cloudProvider === undefined || job.intensityGPerKWh <= 0) return
    if (chosen === undefined || job.operationalKg > chosen.job.operationalKg) {
      const provider = normalizeProvider(r.cloudProvider)
      const at =
        r.cloudRegion !== undefined ? `${provider}:${r.cloudRegion.toLowerCase()}` : undefined
      chosen = { provider, job, ...(at !== undefined ? { at } : {}) }
    }
  })
  if (chosen === undefined) return undefined
  const prefix = `${chosen.provider}:`
  let best: [string, (typeof CLOUD_INTENSITY)[string]] | undefined
  for (const entry of Object.entries(CLOUD_INTENSITY)) {
    if (!entry[0].startsWith(prefix)) continue
    if (best === undefined || entry[1].gPerKWh < best[1].gPerKWh) best = entry
  }
  const from = chosen.at ?? chosen.job.region ?? chosen.provider
  if (best === undefined || best[0] === from) return undefined
  const savedFraction = 1 - best[1].gPerKWh / chosen.job.intensityGPerKWh
  if (!Number.isFinite(savedFraction) || savedFraction <= 0) return undefined
  return {
    region: best[0],
    intensityGPerKWh: best[1].gPerKWh,
    from,
    fromGPerKWh: chosen.job.intensityGPerKWh,
    savedFraction,
    source: CLOUD_SOURCES[best[1].source].tag,
  }
}

/** The run at the supplier's factor: facility energy × market intensity, plus embodied. */
export function computeMarketBased(
  totals: Totals,
  gPerKWh: number | undefined,
): MarketBased | undefined {
  if (gPerKWh === undefined) return undefined
  const operationalKg = (totals.facilityEnergyKWh * gPerKWh) / 1000
  return {
    intensityGPerKWh: gPerKWh,
    operationalKg,
    totalKg: operationalKg + totals.embodiedKg,
    source: 'market-intensity setting (the supplier’s emission factor)',
  }
}
