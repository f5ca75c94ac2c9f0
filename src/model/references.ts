import type { Reference } from '../core/types.js'
import type { FactorSource } from './equivalents.js'

/** A published total to compare a run with: `fraction = totalKg / reference.totalKg`. */
export interface PublishedTotal {
  readonly id: string
  readonly label: string
  readonly totalKg: number
  /** What the figure covers and how it was computed. */
  readonly basis: string
  readonly source: FactorSource
}

/**
 * Published emissions of known models. The papers disagree with one another (OPT: 70, 75, 82 or
 * 137 t; GPT-3: 502 or 552 t), so each entry names its basis.
 */
export const PUBLISHED_TOTALS: readonly PublishedTotal[] = [
  {
    id: 'bloom-176b-training',
    label: 'BLOOM 176B training (lifecycle)',
    totalKg: 50_500,
    basis:
      'embodied 11.2 t + dynamic 24.69 t + idle 14.6 t, 57 g/kWh (France), no PUE on top of idle',
    source: {
      name: 'Luccioni, Viguier & Ligozat, "Estimating the Carbon Footprint of BLOOM", arXiv 2211.02001, Table 3',
      url: 'https://arxiv.org/abs/2211.02001',
      vintage: '2022',
    },
  },
  {
    id: 'gpt-3-training',
    label: 'GPT-3 175B training',
    totalKg: 552_100,
    basis: '1,287 MWh including PUE 1.10, at 429 g/kWh; operational only',
    source: {
      name: 'Patterson et al., "Carbon Emissions and Large Neural Network Training", arXiv 2104.10350, Table 4',
      url: 'https://arxiv.org/abs/2104.10350',
      vintage: '2021',
    },
  },
  {
    id: 'opt-175b-training',
    label: 'OPT-175B training',
    totalKg: 75_000,
    basis: 'about 324 MWh at 231 g/kWh; operational only (the BLOOM paper gives 70 t)',
    source: {
      name: 'Zhang et al., "OPT: Open Pre-trained Transformer Language Models", arXiv 2205.01068',
      url: 'https://arxiv.org/abs/2205.01068',
      vintage: '2022',
    },
  },
  {
    id: 'llama-65b-training',
    label: 'LLaMA 65B training',
    totalKg: 173_000,
    basis: '1,022,362 A100 GPU-hours at 400 W, PUE 1.1, US average 385 g/kWh; operational only',
    source: {
      name: 'Touvron et al., "LLaMA: Open and Efficient Foundation Language Models", arXiv 2302.13971, Table 15',
      url: 'https://arxiv.org/abs/2302.13971',
      vintage: '2023',
    },
  },
  {
    id: 'bloom-api-inference-day',
    label: 'One day of the BLOOM inference API',
    totalKg: 19,
    basis:
      '340 kg over 18 days on 16 A100 40GB (GCP us-central1, 394 g/kWh), measured with CodeCarbon',
    source: {
      name: 'Luccioni, Viguier & Ligozat, "Estimating the Carbon Footprint of BLOOM", arXiv 2211.02001, §4.4',
      url: 'https://arxiv.org/abs/2211.02001',
      vintage: '2022',
    },
  },
]

/** A published total's source as one line. */
export function describeReferenceSource(ref: PublishedTotal): string {
  return `${ref.source.name} (${ref.source.vintage}): ${ref.basis}. ${ref.source.url}`
}

/** What fraction of each published total `totalKg` kg CO2e is. */
export function computeReferences(totalKg: number): Reference[] {
  return PUBLISHED_TOTALS.map((r) => ({
    id: r.id,
    label: r.label,
    totalKg: r.totalKg,
    fraction: totalKg / r.totalKg,
    source: describeReferenceSource(r),
  }))
}

/** The published total behind a reference id, when it is one of ours. */
export function findPublishedTotal(id: string): PublishedTotal | undefined {
  return PUBLISHED_TOTALS.find((r) => r.id === id)
}
