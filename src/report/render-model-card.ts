/**
 * The Hugging Face model card's `co2_eq_emissions` block (huggingface.co/docs/hub/model-cards-co2),
 * written from the report: `emissions` in grams of CO2e (a number), `source`, `training_type`,
 * `geographical_location` and `hardware_used` (the Hub's five keys, nothing else inside the block),
 * then the energy (kWh), training time (hours) and the emissions' split as YAML comments, which
 * the card's prose ("Environmental Impact") asks for. Paste it into a README.md's front matter.
 *
 * Every string is one YAML double-quoted scalar (JSON string syntax, which YAML 1.2 reads the
 * same), so text from artifacts cannot start a new key or a document.
 */
import type { JobEstimate, Report } from '../core/types.js'
import { COUNTRY_CODES } from '../model/data/country-codes.js'

export interface ModelCardOptions {
  /** `pre-training` or `fine-tuning`; left out when not known. */
  readonly trainingType?: string
  /** The version of carbon-gate, for `source`. */
  readonly version: string
}

const G_PER_KG = 1000
const MAX_TEXT = 300

/** A YAML double-quoted scalar: JSON escapes, no control characters, bounded. */
function quote(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim()
  return JSON.stringify(clean.length > MAX_TEXT ? `${clean.slice(0, MAX_TEXT - 1)}…` : clean)
}

/** A plain number YAML reads as a number: finite, no exponent surprises, at most 6 decimals. */
function yamlNumber(x: number): string {
  if (!Number.isFinite(x) || x < 0) return '0'
  // toFixed never writes an exponent below 1e21; trailing zeros are dropped.
  const fixed = x.toFixed(x >= 1 ? 3 : 6)
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed
}

function countryName(code: string | undefined): string | undefined {
  if (code === undefined) return undefined
  const upper = code.toUpperCase()
  const byAlpha3 = COUNTRY_CODES[upper]?.name
  if (byAlpha3 !== undefined) return byAlpha3
  return Object.values(COUNTRY_CODES).find((c) => c.alpha2 === upper)?.name
}

/** "France", "gcp:us-central1", or the regions listed; undefined when nothing is known. */
function describeLocation(jobs: readonly JobEstimate[]): string | undefined {
  const places = [
    ...new Set(
      jobs.flatMap((j) => {
        if (j.region === undefined) return []
        return [countryName(j.region) ?? j.region]
      }),
    ),
  ]
  return places.length > 0 ? places.join(', ') : undefined
}

/** "384 x A100 80GB", summed per GPU model; CPU threads for CPU-only jobs. */
function describeHardware(jobs: readonly JobEstimate[]): string | undefined {
  const gpus = new Map<string, number>()
  let threads = 0
  for (const j of jobs) {
    if (j.gpuCount > 0) {
      const model = j.gpuModel ?? 'GPU'
      gpus.set(model, Math.max(gpus.get(model) ?? 0, j.gpuCount))
    } else if (j.cpuThreads !== undefined) {
      threads = Math.max(threads, j.cpuThreads)
    }
  }
  const parts = [...gpus].map(([model, n]) => `${yamlNumber(n)} x ${model}`)
  if (threads > 0) parts.push(`${yamlNumber(threads)} CPU threads`)
  return parts.length > 0 ? parts.join(', ') : undefined
}

function trainingHours(jobs: readonly JobEstimate[]): number {
  return jobs.reduce((h, j) => h + j.durationHours, 0)
}

/** The `co2_eq_emissions:` block, ending in a newline. */
export function renderModelCard(report: Report, opts: ModelCardOptions): string {
  const t = report.totals
  const formats = [...new Set(report.jobs.map((j) => j.source.format))].join(', ')
  const source =
    `carbon-gate ${opts.version} lifecycle estimate (operational + facility overhead + embodied hardware)` +
    (formats !== '' ? ` from ${formats} measurements` : '')
  const location = describeLocation(report.jobs)
  const hardware = describeHardware(report.jobs)
  const lines = [
    'co2_eq_emissions:',
    `  emissions: ${yamlNumber(t.totalKg * G_PER_KG)}`,
    `  source: ${quote(source)}`,
    ...(opts.trainingType !== undefined ? [`  training_type: ${quote(opts.trainingType)}`] : []),
    ...(location !== undefined ? [`  geographical_location: ${quote(location)}`] : []),
    ...(hardware !== undefined ? [`  hardware_used: ${quote(hardware)}`] : []),
    // The Hub reads only the five keys above: energy and time go in comments, as numbers.
    `  # energy: ${yamlNumber(t.facilityEnergyKWh)} kWh at the facility (${yamlNumber(t.itEnergyKWh)} kWh IT + ${yamlNumber(t.overheadKWh)} kWh overhead)`,
    `  # training time: ${yamlNumber(trainingHours(report.jobs))} h`,
    `  # emissions split: ${yamlNumber(t.operationalKg * G_PER_KG)} g operational + ${yamlNumber(t.embodiedKg * G_PER_KG)} g embodied hardware`,
  ]
  return `${lines.join('\n')}\n`
}
