// Derives carbon-gate's bundled data tables (grid intensity by country, cloud regions, country
// codes, PUE defaults) from the reference data files in ../shared/data (beside the checkout).
// Only figures, codes and names carry over; every table names its source, year and licence.
//
// Usage: node scripts/derive-data.mjs [--data DIR] [--check]
//   --data DIR  where the reference files are (default: ../shared/data from the repo root)
//   --check     write nothing; exit 1 when a committed table differs from a fresh derivation
//
// The output is formatted the way prettier would format it, so `prettier --check` passes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const DEFAULT_DATA_DIR = resolve(REPO_ROOT, '../shared/data')

/** The reference files read, by role. */
export const INPUT_FILES = {
  energyMix: 'private_infra_global_energy_mix.json',
  perSource: 'private_infra_carbon_intensity_per_source.json',
  countries: 'eco2ai_data_carbon_index.csv',
  gcp: 'cloud_impact.csv',
  cloudV2: 'cloud_impact_v2.0.0_with_aws_azure.csv',
  pue: 'v3.0_defaults_PUE.csv',
}

export const OUTPUT_FILES = {
  grid: 'src/model/data/grid-intensity.ts',
  cloud: 'src/model/data/cloud-intensity.ts',
  countries: 'src/model/data/country-codes.ts',
  pue: 'src/model/data/pue-defaults.ts',
  vintages: 'src/model/data/intensity-vintages.ts',
}

// --- Figures that do not come from ../shared/data -------------------------------------------

/**
 * Cloud Carbon Footprint grid emission factors (t CO2e/kWh) as quoted in
 * ../shared/reference/methodology.md §8 (CCF app, commit b7a049c7d25c, 2024-03-25; Apache-2.0).
 * "us-west" (WECC) covers both us-west-1 and us-west-2 in CCF.
 */
const CCF_TONNES_PER_KWH = {
  'aws:us-east-1': 0.000379069,
  'aws:us-east-2': 0.000410608,
  'aws:us-west-1': 0.000322167,
  'aws:us-west-2': 0.000322167,
  'aws:eu-west-1': 0.0002786,
  'aws:eu-west-2': 0.000225,
  'aws:eu-west-3': 0.0000511,
  'aws:eu-central-1': 0.000311,
  'aws:eu-north-1': 0.0000088,
  'azure:francecentral': 0.00005128,
  'azure:swedencentral': 0.00000567,
  'azure:northeurope': 0.0002786,
  'azure:westeurope': 0.0003284,
}

/**
 * Every figure of cloud_impact.csv equals Google's region-carbon-info data/yearly/2023.csv
 * (checked region by region); the file itself carries no year.
 */
const GOOGLE_YEAR = 2023

/** Region names misspelt in the source file, corrected to the provider's real name. */
const REGION_CORRECTIONS = { 'me-cenrtal1': 'me-central1' }

/**
 * ISO 3166-1 alpha-2 codes the Eco2AI file lacks: Namibia's "NA" was read as a null there, and
 * five countries of the energy mix are not in it at all.
 */
const ALPHA2_SUPPLEMENT = { NAM: 'NA', BMU: 'BM', ESH: 'EH', GIB: 'GI', SHN: 'SH', TLS: 'TL' }

/** Where each provider's default PUE in the Green Algorithms file comes from, by URL host. */
const PUE_BASES = [
  ['uptimeinstitute.com', 'Uptime Institute Global Data Center Survey 2024'],
  ['nutanix.dev', 'Nutanix, 2023'],
]

// --- Parsing ------------------------------------------------------------------------------------

function stripBom(text) {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** Rows of a CSV text (RFC 4180 quoting, CRLF or LF), as arrays of cells. */
export function parseCsv(text) {
  const rows = []
  let row = []
  let cell = ''
  let quoted = false
  const src = stripBom(text)
  for (let i = 0; i < src.length; i++) {
    const c = src[i]
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += c
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  return rows.filter((r) => r.some((x) => x.trim() !== ''))
}

/** CSV rows as objects keyed by the header row (`headerRow` is 0-based). */
function csvRecords(text, file, headerRow = 0) {
  const rows = parseCsv(text)
  const header = rows[headerRow]?.map((h) => h.trim())
  if (!header) fail(`${file}: no header row`)
  return rows.slice(headerRow + 1).map((cells) => {
    const record = {}
    header.forEach((h, i) => (record[h] = (cells[i] ?? '').trim()))
    return record
  })
}

function column(record, name, file) {
  if (!(name in record)) fail(`${file}: no column "${name}"`)
  return record[name]
}

function positiveNumber(text, what) {
  const x = Number(text)
  if (text === '' || !Number.isFinite(x) || x <= 0)
    fail(`${what}: not a positive number: "${text}"`)
  return x
}

function round(x, digits) {
  const f = 10 ** digits
  return Math.round(x * f) / f
}

function fail(message) {
  throw new Error(message)
}

// --- Derivation ---------------------------------------------------------------------------------

/** alpha-3 → { gPerKWh, year, name }; entries without a positive intensity are left out. */
export function deriveGrid(energyMixText) {
  const mix = JSON.parse(energyMixText)
  const grid = {}
  const omitted = []
  for (const code of Object.keys(mix).sort()) {
    const e = mix[code]
    if (!/^[A-Z]{3}$/.test(code)) fail(`${INPUT_FILES.energyMix}: unexpected key "${code}"`)
    if (typeof e.carbon_intensity !== 'number' || !(e.carbon_intensity > 0)) {
      omitted.push(code)
      continue
    }
    if (!Number.isInteger(e.year)) fail(`${INPUT_FILES.energyMix}: ${code} has no year`)
    grid[code] = { gPerKWh: round(e.carbon_intensity, 2), year: e.year, name: e.country_name }
  }
  return { grid, omitted }
}

export function deriveWorldAverage(perSourceText) {
  const x = JSON.parse(perSourceText).world_average
  return positiveNumber(String(x), `${INPUT_FILES.perSource}: world_average`)
}

/** alpha-3 → { alpha2, name } from Eco2AI's whole-country rows, completed for the grid's codes. */
export function deriveCountries(countriesText, grid) {
  const file = INPUT_FILES.countries
  const countries = {}
  for (const r of csvRecords(countriesText, file)) {
    if (column(r, 'region', file) !== 'Whole country') continue
    const alpha3 = column(r, 'alpha_3_code', file)
    if (!/^[A-Z]{3}$/.test(alpha3)) continue // the "WORLD" row
    const alpha2 = column(r, 'alpha_2_code', file) || ALPHA2_SUPPLEMENT[alpha3]
    if (!/^[A-Z]{2}$/.test(alpha2 ?? '')) fail(`${file}: ${alpha3} has no alpha-2 code`)
    countries[alpha3] = { alpha2, name: column(r, 'country', file) }
  }
  for (const [alpha3, entry] of Object.entries(grid)) {
    if (countries[alpha3]) continue
    const alpha2 = ALPHA2_SUPPLEMENT[alpha3]
    if (!alpha2)
      fail(`no alpha-2 code known for ${alpha3} (${entry.name}): add it to ALPHA2_SUPPLEMENT`)
    countries[alpha3] = { alpha2, name: entry.name }
  }
  return Object.fromEntries(
    Object.keys(countries)
      .sort()
      .map((k) => [k, countries[k]]),
  )
}

/** `provider:region` → { gPerKWh, source } with source one of google, ccf, ml-co2-impact. */
export function deriveCloud(gcpText, v2Text) {
  const cloud = {}
  for (const r of csvRecords(gcpText, INPUT_FILES.gcp)) {
    if (column(r, 'provider', INPUT_FILES.gcp) !== 'gcp') continue
    const raw = column(r, 'region', INPUT_FILES.gcp).toLowerCase()
    const key = `gcp:${REGION_CORRECTIONS[raw] ?? raw}`
    const g = positiveNumber(column(r, 'impact', INPUT_FILES.gcp), `${INPUT_FILES.gcp}: ${key}`)
    cloud[key] = { gPerKWh: g, source: 'google' }
  }
  for (const [key, t] of Object.entries(CCF_TONNES_PER_KWH)) {
    cloud[key] = { gPerKWh: round(t * 1e6, 4), source: 'ccf' }
  }
  for (const r of csvRecords(v2Text, INPUT_FILES.cloudV2)) {
    const provider = column(r, 'provider', INPUT_FILES.cloudV2)
    if (provider !== 'aws' && provider !== 'azure') continue
    const key = `${provider}:${column(r, 'region', INPUT_FILES.cloudV2).toLowerCase()}`
    if (cloud[key]) continue // a newer figure is there already
    const g = positiveNumber(
      column(r, 'impact', INPUT_FILES.cloudV2),
      `${INPUT_FILES.cloudV2}: ${key}`,
    )
    cloud[key] = { gPerKWh: g, source: 'ml-co2-impact' }
  }
  return Object.fromEntries(
    Object.keys(cloud)
      .sort()
      .map((k) => [k, cloud[k]]),
  )
}

/** provider (lower-case) → { pue, basis }; the file has an extra first header row. */
export function derivePue(pueText) {
  const file = INPUT_FILES.pue
  const rows = parseCsv(pueText)
  const headerRow = rows.findIndex((r) => r[0]?.trim() === 'provider')
  if (headerRow < 0) fail(`${file}: no "provider" header row`)
  const pue = {}
  for (const r of csvRecords(pueText, file, headerRow)) {
    const provider = column(r, 'provider', file).toLowerCase()
    const value = positiveNumber(column(r, 'PUE', file), `${file}: ${provider}`)
    const url = column(r, 'source', file)
    const basis = PUE_BASES.find(([host]) => url.includes(host))?.[1]
    if (!basis) fail(`${file}: unknown source for ${provider}: add its host to PUE_BASES`)
    pue[provider] = { pue: value, basis }
  }
  if (!pue.unknown) fail(`${file}: no "Unknown" row`)
  return pue
}

/**
 * A second vintage of each intensity, for the ranges (src/model/ranges.ts): Eco2AI's whole-country
 * figure (alpha-3 → g/kWh) beside Ember/OWID, and the older figure of each cloud region (CodeCarbon
 * v2.0.0's impact.csv) where the current table holds another one.
 */
export function deriveVintages(countriesText, v2Text, grid, cloud) {
  const file = INPUT_FILES.countries
  const countries = {}
  for (const r of csvRecords(countriesText, file)) {
    if (column(r, 'region', file) !== 'Whole country') continue
    const alpha3 = column(r, 'alpha_3_code', file)
    if (!/^[A-Z]{3}$/.test(alpha3) || !grid[alpha3]) continue
    const text = column(r, 'Emission intensity, kg/MWh', file)
    const g = Number(text)
    if (text === '' || !Number.isFinite(g) || g <= 0) continue
    countries[alpha3] = round(g, 2)
  }
  const regions = {}
  for (const r of csvRecords(v2Text, INPUT_FILES.cloudV2)) {
    const provider = column(r, 'provider', INPUT_FILES.cloudV2)
    // Its GCP figures are of no stated basis (us-central1 105.4 against Google's own 394–479 for
    // 2019–2024): Google's yearly figures (data/ranges.ts) are the GCP vintages.
    if (provider === 'gcp') continue
    const key = `${provider}:${column(r, 'region', INPUT_FILES.cloudV2).toLowerCase()}`
    const current = cloud[key]
    if (!current || current.source === 'ml-co2-impact') continue
    const g = Number(column(r, 'impact', INPUT_FILES.cloudV2))
    if (!Number.isFinite(g) || g <= 0) continue
    regions[key] = g
  }
  const sorted = (o) =>
    Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, o[k]]),
    )
  return { countries: sorted(countries), regions: sorted(regions) }
}

// --- Rendering (prettier-compatible) ------------------------------------------------------------

function quote(s) {
  const useDouble = s.includes("'") && !s.includes('"')
  const q = useDouble ? '"' : "'"
  return q + s.replaceAll('\\', '\\\\').replaceAll(q, `\\${q}`) + q
}

function key(k) {
  return /^[A-Za-z_$][\w$]*$/.test(k) ? k : quote(k)
}

function constant(name, value) {
  const line = `export const ${name} = ${value}`
  return line.length <= 100 ? line : `export const ${name} =\n  ${value}`
}

function literal(obj) {
  const parts = Object.entries(obj).map(
    ([k, v]) => `${key(k)}: ${typeof v === 'string' ? quote(v) : String(v)}`,
  )
  return `{ ${parts.join(', ')} }`
}

function table(name, type, entries) {
  const lines = Object.entries(entries).map(([k, v]) => {
    const line = `  ${key(k)}: ${literal(v)},`
    if (line.length <= 100) return line
    const inner = Object.entries(v).map(([f, x]) => {
      const value = typeof x === 'string' ? quote(x) : String(x)
      const field = `    ${key(f)}: ${value},`
      return field.length <= 100 ? field : `    ${key(f)}:\n      ${value},`
    })
    return `  ${key(k)}: {\n${inner.join('\n')}\n  },`
  })
  return `export const ${name}: ${type} = {\n${lines.join('\n')}\n}\n`
}

function header(files, note) {
  return [
    `// generated by scripts/derive-data.mjs from ../shared/data/${files.join(', ')}; do not edit.`,
    ...note.map((l) => `// ${l}`),
    '',
  ].join('\n')
}

function renderGrid(grid, omitted, worldAverage) {
  return [
    header(
      [INPUT_FILES.energyMix, INPUT_FILES.perSource],
      [
        'Lifecycle carbon intensity of electricity generation by ISO 3166-1 alpha-3 country, in g CO2e/kWh,',
        'rounded to 0.01; `year` is the year of each figure. See docs/data-sources.md.',
        `Left out (no positive intensity in the source): ${omitted.join(', ') || 'none'}.`,
      ],
    ),
    'export interface GridIntensityEntry {',
    '  readonly gPerKWh: number',
    '  readonly year: number',
    '  readonly name: string',
    '}',
    '',
    constant(
      'GRID_SOURCE',
      quote('Ember/Our World in Data via CodeCarbon global_energy_mix.json (CC BY 4.0)'),
    ),
    constant('GRID_SOURCE_TAG', quote('Ember/OWID')),
    '',
    `export const WORLD_AVERAGE_G_PER_KWH = ${worldAverage}`,
    'export const WORLD_AVERAGE_YEAR = 2019',
    constant(
      'WORLD_AVERAGE_SOURCE',
      quote(
        'IEA Global Energy & CO2 Status Report 2019, as used by CodeCarbon and Green Algorithms',
      ),
    ),
    '',
    table('GRID_INTENSITY', 'Readonly<Record<string, GridIntensityEntry>>', grid),
  ].join('\n')
}

function renderCloud(cloud) {
  const sources = {
    google: {
      tag: `Google ${GOOGLE_YEAR}`,
      year: GOOGLE_YEAR,
      source: `Google Cloud region-carbon-info ${GOOGLE_YEAR} (Apache-2.0) via CodeCarbon data/cloud/impact.csv (MIT)`,
    },
    ccf: {
      tag: 'Cloud Carbon Footprint 2024',
      year: 2024,
      source: 'Cloud Carbon Footprint (Apache-2.0), 2024 snapshot',
    },
    'ml-co2-impact': {
      tag: 'ML CO2 Impact 2019',
      year: 2019,
      source:
        'ML CO2 Impact (Lacoste et al. 2019) via CodeCarbon v2.0.0 data/cloud/impact.csv (MIT)',
    },
  }
  return [
    header(
      [INPUT_FILES.gcp, INPUT_FILES.cloudV2],
      [
        'Grid carbon intensity of cloud regions, keyed `provider:region` (lower case), in g CO2e/kWh.',
        'gcp: Google; aws/azure: Cloud Carbon Footprint where methodology.md §8 quotes it (t/kWh × 10⁶),',
        'else the older ML CO2 Impact figures. See docs/data-sources.md.',
      ],
    ),
    "export type CloudSourceId = 'google' | 'ccf' | 'ml-co2-impact'",
    '',
    'export interface CloudSource {',
    '  /** Short form for labels: "Google 2023". */',
    '  readonly tag: string',
    '  readonly year: number',
    '  readonly source: string',
    '}',
    '',
    'export interface CloudIntensityEntry {',
    '  readonly gPerKWh: number',
    '  readonly source: CloudSourceId',
    '}',
    '',
    table('CLOUD_SOURCES', 'Readonly<Record<CloudSourceId, CloudSource>>', sources),
    table('CLOUD_INTENSITY', 'Readonly<Record<string, CloudIntensityEntry>>', cloud),
  ].join('\n')
}

function renderCountries(countries) {
  return [
    header(
      [INPUT_FILES.countries, INPUT_FILES.energyMix],
      [
        'ISO 3166-1 alpha-3 → alpha-2 code and English name (codes and names only).',
        `Completed by hand where the source lacks a code: ${Object.keys(ALPHA2_SUPPLEMENT).join(', ')}.`,
      ],
    ),
    'export interface CountryCode {',
    '  readonly alpha2: string',
    '  readonly name: string',
    '}',
    '',
    table('COUNTRY_CODES', 'Readonly<Record<string, CountryCode>>', countries),
  ].join('\n')
}

function renderPue(pue) {
  return [
    header(
      [INPUT_FILES.pue],
      [
        'Default power usage effectiveness by provider (lower case); `unknown` is the fallback.',
        '`basis` is where Green Algorithms took each figure from.',
      ],
    ),
    'export interface PueDefault {',
    '  readonly pue: number',
    '  readonly basis: string',
    '}',
    '',
    constant('PUE_SOURCE', quote('Green Algorithms v3.0 defaults_PUE.csv (CC BY 4.0)')),
    '',
    table('PUE_DEFAULTS', 'Readonly<Record<string, PueDefault>>', pue),
  ].join('\n')
}

function numberTable(name, entries) {
  const lines = Object.entries(entries).map(([k, v]) => `  ${key(k)}: ${v},`)
  return `export const ${name}: Readonly<Record<string, number>> = {\n${lines.join('\n')}\n}\n`
}

function renderVintages(vintages) {
  return [
    header(
      [INPUT_FILES.countries, INPUT_FILES.cloudV2],
      [
        'Second vintages of grid intensity (g CO2e/kWh), for the ranges (src/model/ranges.ts):',
        'by alpha-3 country, Eco2AI carbon_index.csv; by AWS and Azure region, the ML CO2 Impact figure',
        'CodeCarbon v2.0.0 shipped, where cloud-intensity.ts holds a newer one. See docs/data-sources.md.',
      ],
    ),
    constant(
      'ECO2AI_SOURCE',
      quote('Eco2AI data/carbon_index.csv, commit 366debb2 (Apache-2.0), vintage not stated'),
    ),
    constant(
      'CLOUD_V2_SOURCE',
      quote('CodeCarbon v2.0.0 data/cloud/impact.csv (MIT), as shipped in 2022'),
    ),
    '',
    numberTable('COUNTRY_ALTERNATES', vintages.countries),
    numberTable('CLOUD_ALTERNATES', vintages.regions),
  ].join('\n')
}

/** Every generated file, path (from the repo root) → text, from the reference files' texts. */
export function deriveTables(read) {
  const { grid, omitted } = deriveGrid(read(INPUT_FILES.energyMix))
  const worldAverage = deriveWorldAverage(read(INPUT_FILES.perSource))
  const countries = deriveCountries(read(INPUT_FILES.countries), grid)
  const cloud = deriveCloud(read(INPUT_FILES.gcp), read(INPUT_FILES.cloudV2))
  const pue = derivePue(read(INPUT_FILES.pue))
  const vintages = deriveVintages(
    read(INPUT_FILES.countries),
    read(INPUT_FILES.cloudV2),
    grid,
    cloud,
  )
  return {
    [OUTPUT_FILES.vintages]: renderVintages(vintages),
    [OUTPUT_FILES.grid]: renderGrid(grid, omitted, worldAverage),
    [OUTPUT_FILES.cloud]: renderCloud(cloud),
    [OUTPUT_FILES.countries]: renderCountries(countries),
    [OUTPUT_FILES.pue]: renderPue(pue),
  }
}

// --- Command line -------------------------------------------------------------------------------

function main(argv) {
  const dataIndex = argv.indexOf('--data')
  const dataDir = dataIndex >= 0 ? resolve(argv[dataIndex + 1] ?? '') : DEFAULT_DATA_DIR
  const check = argv.includes('--check')
  const missing = Object.values(INPUT_FILES).filter((f) => !existsSync(join(dataDir, f)))
  if (missing.length > 0) {
    console.error(
      `derive-data: reference data not found in ${dataDir} (missing ${missing.join(', ')}).\n` +
        'It lives beside the checkout in ../shared/data; pass --data DIR to point elsewhere.',
    )
    return 2
  }
  const outputs = deriveTables((name) => readFileSync(join(dataDir, name), 'utf8'))
  let stale = 0
  for (const [path, text] of Object.entries(outputs)) {
    const target = join(REPO_ROOT, path)
    const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined
    if (check) {
      if (current !== text) {
        console.error(`derive-data: ${path} differs from a fresh derivation`)
        stale++
      }
    } else if (current !== text) {
      writeFileSync(target, text)
      console.log(`derive-data: wrote ${relative(process.cwd(), target)}`)
    } else console.log(`derive-data: ${path} unchanged`)
  }
  if (check && stale > 0) return 1
  if (check) console.log('derive-data: all tables match ../shared/data')
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    process.exitCode = main(process.argv.slice(2))
  } catch (e) {
    console.error(`derive-data: error: ${e instanceof Error ? e.message : String(e)}`)
    process.exitCode = 2
  }
}
