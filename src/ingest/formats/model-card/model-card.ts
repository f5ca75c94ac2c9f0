/**
 * Hugging Face model cards: the `co2_eq_emissions` entry of a `README.md`'s YAML front matter
 * (huggingface.co/docs/hub/model-cards-co2), either a number of grams (AutoTrain writes
 * `co2_eq_emissions: 0.0121`) or a mapping with `emissions` (grams), `source`, `training_type`,
 * `geographical_location` and `hardware_used`. A card states emissions, not energy: the job has
 * no energy (0 kWh) and its stated emissions are its operational emissions (estimate-job.ts);
 * with no duration, no embodied share is added.
 */
import { LineCounter, parseDocument } from 'yaml'
import { ArtifactError } from '../../../core/errors.js'
import type { JobRecord } from '../../../core/types.js'
import { readText } from '../../shared/lines.js'
import type { ArtifactInput, ReadOptions, ReadResult, Reader } from '../../types.js'
import { type JsonObject, isJsonObject } from '../../shared/json-doc.js'

const NAME = /^(?:readme|model[_-]?card)\.md$/i
const FENCE = /^---\s*$/
const KEY = 'co2_eq_emissions'
const G_PER_KG = 1000

/** The front matter's text and the line it starts on, or undefined. */
function frontMatter(text: string): { yaml: string; firstLine: number } | undefined {
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l))
  if (lines.length === 0 || !FENCE.test(lines[0]!)) return undefined
  const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l))
  if (end === -1) return undefined
  return { yaml: lines.slice(1, end).join('\n'), firstLine: 2 }
}

function grams(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  if (typeof value === 'string' && /^\s*\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\s*$/.test(value))
    return Number(value)
  return undefined
}

function text(o: JsonObject, key: string): string | undefined {
  const v = o[key]
  return typeof v === 'string' && v.trim() !== ''
    ? v.trim()
    : typeof v === 'number'
      ? String(v)
      : undefined
}

/** The model's name: `model-index[0].name`, `model_name`, else the card's folder. */
function nameModel(meta: JsonObject, path: string): string {
  const index = meta['model-index']
  if (Array.isArray(index) && isJsonObject(index[0]) && typeof index[0].name === 'string')
    return index[0].name
  if (typeof meta.model_name === 'string') return meta.model_name
  const parts = path.split(/[\\/]/).filter((p) => p !== '' && p !== '.')
  return parts.at(-2) ?? 'model card'
}

const COUNTED_HARDWARE = /^(\d+)\s*(?:x|×)\s*(.+)$/i

async function readModelCard(input: ArtifactInput, _options: ReadOptions): Promise<ReadResult> {
  const { path } = input
  const matter = frontMatter(await readText(input.chunks()))
  if (matter === undefined) throw new ArtifactError(path, 1, 'has no YAML front matter (--- … ---)')
  const counter = new LineCounter()
  const doc = parseDocument(matter.yaml, { lineCounter: counter })
  const lineOf = (offset: number | undefined): number | undefined =>
    offset === undefined ? undefined : counter.linePos(offset).line + matter.firstLine - 1
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!
    throw new ArtifactError(
      path,
      lineOf(error.pos[0]),
      `front matter is not valid YAML: ${error.code}`,
    )
  }
  const meta: unknown = doc.toJS()
  if (!isJsonObject(meta) || !(KEY in meta))
    throw new ArtifactError(path, undefined, `has no ${KEY} in its front matter`)
  const at = new RegExp(`^${KEY}\\s*:`, 'm').exec(matter.yaml)?.index
  const line = at === undefined ? undefined : lineOf(at)
  const entry = meta[KEY]
  const details: JsonObject = isJsonObject(entry) ? entry : {}
  const g = grams(isJsonObject(entry) ? entry.emissions : entry)
  if (g === undefined || !Number.isFinite(g) || g < 0) {
    throw new ArtifactError(
      path,
      line,
      `${KEY}${isJsonObject(entry) ? '.emissions' : ''} must be the emissions in grams of CO2 (a number ≥ 0)`,
    )
  }
  const hardware = text(details, 'hardware_used')
  const counted = hardware === undefined ? null : COUNTED_HARDWARE.exec(hardware)
  const notes = [
    `emissions stated by the model card: ${g} g CO2e`,
    ...(['training_type', 'source', 'geographical_location'] as const).flatMap((k) => {
      const v = text(details, k)
      return v === undefined ? [] : [`${k.replace('_', ' ')}: ${v}`]
    }),
  ]
  const job: JobRecord = {
    name: nameModel(meta, path),
    source: { path, format: 'model-card', ...(line !== undefined ? { line } : {}) },
    itEnergyKWh: 0,
    statedEmissionsKg: g / G_PER_KG,
    ...(hardware !== undefined ? { gpuModel: counted ? counted[2]!.trim() : hardware } : {}),
    ...(counted ? { gpuCount: Number(counted[1]) } : {}),
    notes,
  }
  return { jobs: [job], notices: [] }
}

export const modelCardReader: Reader = {
  format: 'model-card',
  describes: 'Hugging Face model cards (README.md with co2_eq_emissions in the front matter)',
  detect(name, head) {
    if (!NAME.test(name)) return false
    const matter = frontMatter(head)
    return matter !== undefined && new RegExp(`^${KEY}\\s*:`, 'm').test(matter.yaml)
  },
  read: readModelCard,
}
