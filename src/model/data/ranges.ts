// Published figures for each assumption of the lifecycle model, beside the one the model uses by
// default: the ranges (src/model/ranges.ts) take the lowest and highest of them. Written by hand
// from ../shared/reference/methodology.md (its section named on each figure); `[D]` marks a
// figure derived there with the arithmetic shown. Grid intensities of the second vintage of every
// country and cloud region are in intensity-vintages.ts (generated). See docs/data-sources.md.

/** One published figure: its value, where it comes from and the year it describes. */
export interface SourcedFigure {
  readonly value: number
  readonly source: string
  /** The year the figure describes, when the source says. */
  readonly year?: number
  /** What the figure counts, for embodied figures: "die and card", "instance share". */
  readonly boundary?: string
}

/** GPU embodied kg per GPU for any model (methodology.md §5, §6). */
export const GPU_EMBODIED_ANY: readonly SourcedFigure[] = [
  {
    value: 43.24,
    source:
      'Green Algorithms v4.0_dev: card 26.97 kg + die 1.97 kg/cm² (Loubet 2023), 826 mm² die [D]',
    year: 2023,
    boundary: 'die and card',
  },
  {
    value: 150,
    source: 'BLOOM §4.1 (a lower bound); Cloud Carbon Footprint / Teads per card',
    year: 2022,
    boundary: 'card',
  },
  {
    value: 318,
    source: 'Chien et al., HotCarbon 2023 (A100 share of a whole instance), via Scope3',
    year: 2023,
    boundary: 'instance share',
  },
]

/** Further per-GPU figures for one model, matched case-insensitively in the GPU model's name. */
export const GPU_EMBODIED_BY_MODEL: Readonly<Record<string, readonly SourcedFigure[]>> = {
  a100: [
    {
      value: 127.6,
      source: 'Falk et al. 2025 (arXiv 2509.00093), A100 SXM 40GB',
      year: 2025,
      boundary: 'chip package',
    },
  ],
  h100: [
    {
      value: 43.01,
      source:
        'Green Algorithms v4.0_dev: card 26.97 kg + die 1.97 kg/cm² (Loubet 2023), 814 mm² die [D]',
      year: 2023,
      boundary: 'die and card',
    },
    {
      value: 164,
      source: 'NVIDIA HGX H100 product carbon footprint: 1,312 kg per 8-GPU baseboard',
      year: 2023,
      boundary: 'baseboard share',
    },
  ],
}

/** Server embodied kg (methodology.md §6). */
export const SERVER_EMBODIED: readonly SourcedFigure[] = [
  { value: 1000, source: 'Cloud Carbon Footprint base rack server (ccf-coefficients)', year: 2024 },
  { value: 2500, source: 'BLOOM §4.1: HPE ProLiant DL345 Gen10 Plus', year: 2022 },
  {
    value: 3476.79,
    source:
      'Cloud Carbon Footprint AWS p4d.24xlarge 4,676.79 kg less its 8 GPU cards at 150 kg [D]',
    year: 2024,
  },
]

/** Hardware lifetime in years (methodology.md §6). */
export const LIFETIME_YEARS: readonly SourcedFigure[] = [
  { value: 3, source: 'Green Algorithms v4.0_dev: cloud server', year: 2025 },
  { value: 4, source: 'Cloud Carbon Footprint / Teads; BoaviztAPI archetypes', year: 2024 },
  { value: 6, source: 'BLOOM §4.1, figures from IDRIS', year: 2022 },
]

/** Share of its life the hardware is in use (methodology.md §6). */
export const UTILIZATION: readonly SourcedFigure[] = [
  { value: 0.85, source: 'BLOOM §4.1, figures from IDRIS', year: 2022 },
  {
    value: 1,
    source: 'Cloud Carbon Footprint / Green Software Foundation SCI (no divisor)',
    year: 2024,
  },
]

/** Idle kWh per IT kWh, for `overhead.mode: idle` (methodology.md §1.4). */
export const IDLE_RATIO: readonly SourcedFigure[] = [
  {
    value: 0.3293,
    source: 'BLOOM §4.3: infrastructure 27 kW of 109 kW, 27 / (109 − 27) [D]',
    year: 2022,
  },
  { value: 0.5924, source: 'BLOOM §4.3: measured 256,646 / 433,196 kWh', year: 2022 },
  { value: 0.8519, source: "BLOOM §4.3: the paper's 46 % / 54 % split [D]", year: 2022 },
]

/** PUE by provider (lower case), `unknown` for any other (methodology.md §4, §5, §8). */
export const PUE_FIGURES: Readonly<Record<string, readonly SourcedFigure[]>> = {
  unknown: [
    { value: 1.56, source: 'Green Algorithms v3.0; Uptime Institute survey', year: 2024 },
    { value: 1.58, source: 'Uptime Institute, via Strubell et al. 2019', year: 2018 },
    { value: 1.59, source: 'US data-centre average, via Patterson et al. 2021', year: 2020 },
    { value: 1.67, source: 'Green Algorithms v1.0–v2.2; Uptime Institute survey', year: 2019 },
  ],
  aws: [
    { value: 1.135, source: 'Cloud Carbon Footprint', year: 2024 },
    { value: 1.2, source: 'Green Algorithms v3.0 (Nutanix)', year: 2023 },
  ],
  gcp: [
    { value: 1.1, source: 'Cloud Carbon Footprint', year: 2024 },
    { value: 1.11, source: 'Green Algorithms v1.0–v2.2', year: 2019 },
    { value: 1.12, source: 'Green Algorithms v3.0 (Nutanix)', year: 2023 },
  ],
  azure: [
    { value: 1.12, source: 'Green Algorithms v3.0 (Nutanix)', year: 2023 },
    {
      value: 1.125,
      source: 'Green Algorithms v1.0–v2.2; Cloud Carbon Footprint appendix',
      year: 2019,
    },
    { value: 1.185, source: 'Cloud Carbon Footprint methodology text', year: 2024 },
  ],
  ovhcloud: [{ value: 1.09, source: 'Green Algorithms v3.0 (Nutanix)', year: 2023 }],
  oracle: [{ value: 1.2, source: 'Green Algorithms v3.0 (Nutanix)', year: 2023 }],
}

/**
 * Further grid intensities (g CO2e/kWh) of a country (alpha-3) or cloud region
 * (`provider:region`), from sources other than the bundled tables (methodology.md §1, §2, §3, §8).
 */
export const INTENSITY_FIGURES: Readonly<Record<string, readonly SourcedFigure[]>> = {
  FRA: [
    { value: 57, source: 'BLOOM Table 1', year: 2022 },
    { value: 51.28, source: 'Green Algorithms v3.0 (AIB)', year: 2020 },
    { value: 59, source: 'Google region-carbon-info, europe-west9 (Paris)', year: 2021 },
    { value: 71, source: 'Google region-carbon-info, europe-west9 (Paris)', year: 2022 },
    { value: 34, source: 'Google region-carbon-info, europe-west9 (Paris)', year: 2023 },
    { value: 16.3, source: 'Google region-carbon-info, europe-west9 (Paris)', year: 2024 },
  ],
  USA: [
    { value: 423.94, source: 'Green Algorithms v3.0', year: 2020 },
    { value: 432.7, source: 'US EPA 0.954 lb/kWh, via Strubell et al. 2019', year: 2018 },
    { value: 385, source: 'US national average, via Touvron et al. 2023 (LLaMA)', year: 2023 },
  ],
  'gcp:us-central1': [
    { value: 479, source: 'Google region-carbon-info', year: 2019 },
    { value: 454, source: 'Google region-carbon-info', year: 2020 },
    { value: 394, source: 'Google region-carbon-info', year: 2021 },
    { value: 460, source: 'Google region-carbon-info', year: 2022 },
    { value: 412.72, source: 'Google region-carbon-info', year: 2024 },
    { value: 456, source: 'Cloud Carbon Footprint', year: 2024 },
  ],
  'gcp:europe-west9': [
    { value: 59, source: 'Google region-carbon-info', year: 2021 },
    { value: 71, source: 'Google region-carbon-info', year: 2022 },
    { value: 16.3, source: 'Google region-carbon-info', year: 2024 },
  ],
  'gcp:europe-west1': [{ value: 110, source: 'Cloud Carbon Footprint', year: 2024 }],
  'gcp:europe-west4': [{ value: 283, source: 'Cloud Carbon Footprint', year: 2024 }],
  'aws:us-east-1': [{ value: 415.755, source: 'ccf-coefficients (newer EPA eGRID)', year: 2026 }],
  'aws:us-east-2': [{ value: 440.187, source: 'ccf-coefficients (newer EPA eGRID)', year: 2026 }],
  'aws:us-west-1': [{ value: 350.861, source: 'ccf-coefficients (newer EPA eGRID)', year: 2026 }],
  'aws:us-west-2': [{ value: 350.861, source: 'ccf-coefficients (newer EPA eGRID)', year: 2026 }],
}

/** World averages, for a job whose location is unknown (methodology.md §8). */
export const WORLD_AVERAGE_FIGURES: readonly SourcedFigure[] = [
  { value: 458, source: 'Ember Global Electricity Review 2026', year: 2025 },
  { value: 475, source: 'IEA Global Energy & CO2 Status Report 2019', year: 2019 },
]
