/**
 * The lines under the totals about the estimate's alternatives: where and when the run would have
 * been cleaner, and the market-based figure. Plain text; callers escape it (a region may come from
 * an artifact). Details only: the verdict never depends on them.
 */
import type { Report } from '../core/types.js'
import { formatDecimal, formatFraction, formatIntensity, formatMass } from './format-numbers.js'

/** "Cleaner: starting 2024-05-31 12:00 UTC, the cleanest 2 h …; gcp:europe-west9 …", or undefined. */
export function describeCleaner(report: Report): string | undefined {
  const c = report.cleaner
  if (c === undefined) return undefined
  const parts: string[] = []
  if (c.window !== undefined) {
    const w = c.window
    const when = w.startedAt.replace('T', ' ').replace(/:00Z$|Z$/, ' UTC')
    parts.push(
      `starting ${when} (the cleanest ${formatDecimal(w.hours, 1)} h of the intensity series' last 7 days, ` +
        `${formatIntensity(w.intensityGPerKWh)} against ${formatIntensity(w.actualGPerKWh)}) ` +
        `would have cut operational CO2e by ${formatFraction(w.savedFraction)}`,
    )
  }
  if (c.region !== undefined) {
    const r = c.region
    parts.push(
      `running in ${r.region} (${formatIntensity(r.intensityGPerKWh)}, ${r.source}) would have cut operational CO2e by ` +
        `${formatFraction(r.savedFraction)} against ${r.from} (${formatIntensity(r.fromGPerKWh)})`,
    )
  }
  return `Cleaner: ${parts.join('; ')}`
}

/** "Market-based (supplier 20 g/kWh): 1.20 kg CO2e, operational 0.80 kg", or undefined. */
export function describeMarketBased(report: Report): string | undefined {
  const m = report.marketBased
  if (m === undefined) return undefined
  return (
    `Market-based (supplier ${formatIntensity(m.intensityGPerKWh)}): ${formatMass(m.totalKg)} CO2e, ` +
    `operational ${formatMass(m.operationalKg)}; the location-based figure above decides the verdict`
  )
}
