/**
 * Generates the benchmark's inputs into os.tmpdir()/carbon-gate-bench-<hash of the parameters>,
 * with a manifest (sizes, row counts, expected energies). Files already generated with the same
 * parameters are reused; an interrupted generation resumes with the files that are missing.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { codecarbonSource } from './gen-codecarbon.js'
import { eco2aiSource } from './gen-eco2ai.js'
import { genericSource } from './gen-generic.js'
import { nvidiaSmiSource } from './gen-nvidia-smi.js'
import { zeusSource } from './gen-zeus.js'
import { GENERATOR_VERSION, sizeLabel, type BenchParams } from './params.js'
import { seedFrom } from './prng.js'
import { renderSource, writeSource, type RowSource, type Written } from './row-source.js'

export type FormatId = 'nvidia-smi' | 'codecarbon' | 'zeus' | 'eco2ai'
export type SizeId = 'small' | 'large'
/** Large sweeps (issue 12): one run per row of CodeCarbon, or one job per line of generic JSON. */
export type SweepId = 'sweep-codecarbon' | 'sweep-generic'
export type DatasetKey =
  `${FormatId}:${SizeId}` | `many:${SizeId}` | `${SweepId}:${SizeId}` | 'startup'

export const FORMATS: readonly FormatId[] = ['nvidia-smi', 'codecarbon', 'zeus', 'eco2ai']

export interface DatasetEntry {
  /** Relative to the data directory. */
  readonly path: string
  readonly bytes: number
  readonly rows: number
  readonly expectedKWh: number
  /** For directories: how many files. */
  readonly files?: number
}

export interface Manifest {
  readonly version: number
  readonly params: BenchParams
  readonly entries: Partial<Record<DatasetKey, DatasetEntry>>
}

export interface Datasets {
  readonly dir: string
  readonly manifest: Manifest
  /** Absolute path of an entry. */
  path(key: DatasetKey): string
  entry(key: DatasetKey): DatasetEntry
}

const START_MS = Date.UTC(2026, 0, 5, 8, 0, 0)

export function paramsHash(params: BenchParams): string {
  const text = JSON.stringify({ version: GENERATOR_VERSION, params })
  return createHash('sha256').update(text).digest('hex').slice(0, 12)
}

export function dataDirFor(params: BenchParams, root = tmpdir()): string {
  return join(root, `carbon-gate-bench-${paramsHash(params)}`)
}

/** The source of one format's file: the same parameters and seed give the same bytes. */
export function formatSource(format: FormatId, size: SizeId, params: BenchParams): RowSource {
  const seed = seedFrom(`${params.seed}:${format}:${size}`)
  switch (format) {
    case 'nvidia-smi':
      return nvidiaSmiSource({ seed, gpus: params.gpus, startMs: START_MS })
    case 'codecarbon':
      return codecarbonSource({
        seed,
        rows: params.codecarbonRows[size],
        runs: params.codecarbonRuns,
        startMs: START_MS,
      })
    case 'zeus':
      return zeusSource({ seed, gpus: params.gpus, startSeconds: START_MS / 1000 })
    case 'eco2ai':
      return eco2aiSource({ seed, epochsPerRun: params.eco2aiEpochsPerRun, startMs: START_MS })
  }
}

function byteLimit(format: FormatId, size: SizeId, params: BenchParams): number {
  switch (format) {
    case 'nvidia-smi':
      return params.nvidiaSmiBytes[size]
    case 'zeus':
      return params.zeusBytes[size]
    case 'eco2ai':
      return params.eco2aiBytes[size]
    case 'codecarbon':
      return Infinity
  }
}

function relativePath(format: FormatId, size: SizeId, params: BenchParams): string {
  switch (format) {
    case 'nvidia-smi':
      return `nvidia-smi-${sizeLabel(params.nvidiaSmiBytes[size])}.csv`
    case 'zeus':
      return `zeus-${sizeLabel(params.zeusBytes[size])}.csv`
    case 'eco2ai':
      return `eco2ai-${sizeLabel(params.eco2aiBytes[size])}/emission.csv`
    case 'codecarbon':
      return `codecarbon-${sizeLabel(params.codecarbonRows[size])}-rows/emissions.csv`
  }
}

/** A directory of `count` small CodeCarbon files (one run, two flushes each). */
function writeManyFiles(dir: string, count: number, seed: number): Written {
  mkdirSync(dir, { recursive: true })
  let bytes = 0
  let expectedKWh = 0
  for (let i = 0; i < count; i++) {
    const source = codecarbonSource({
      seed: seedFrom(`${seed}:many:${i}`),
      rows: 2,
      runs: 1,
      startMs: START_MS + i * 60_000,
    })
    const text = renderSource(source)
    writeFileSync(join(dir, `emissions-${String(i).padStart(5, '0')}.csv`), text)
    bytes += Buffer.byteLength(text)
    expectedKWh += source.expectedKWh()
  }
  return { bytes, rows: 2 * count, expectedKWh }
}

function isIntact(dir: string, entry: DatasetEntry): boolean {
  const abs = join(dir, entry.path)
  try {
    if (entry.files !== undefined) return readdirSync(abs).length === entry.files
    return statSync(abs).size === entry.bytes
  } catch {
    return false
  }
}

function readManifest(dir: string, params: BenchParams): Manifest | undefined {
  const file = join(dir, 'manifest.json')
  if (!existsSync(file)) return undefined
  try {
    const m = JSON.parse(readFileSync(file, 'utf8')) as Manifest
    const same =
      m.version === GENERATOR_VERSION && JSON.stringify(m.params) === JSON.stringify(params)
    return same ? m : undefined
  } catch {
    return undefined
  }
}

/** Generate (or reuse) every input; `log` gets one line per file. */
export function prepareDatasets(
  params: BenchParams,
  log: (line: string) => void,
  root = tmpdir(),
): Datasets {
  const dir = dataDirFor(params, root)
  mkdirSync(dir, { recursive: true })
  const previous = readManifest(dir, params)
  const entries: Partial<Record<DatasetKey, DatasetEntry>> = {}
  const save = (): void => {
    const manifest: Manifest = { version: GENERATOR_VERSION, params, entries }
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n')
  }
  const make = (key: DatasetKey, path: string, build: (abs: string) => Written): void => {
    const old = previous?.entries[key]
    if (old !== undefined && old.path === path && isIntact(dir, old)) {
      entries[key] = old
      return
    }
    const abs = join(dir, path)
    mkdirSync(join(abs, '..'), { recursive: true })
    const started = performance.now()
    const written = build(abs)
    const isDir = key.startsWith('many:')
    entries[key] = {
      path,
      bytes: written.bytes,
      rows: written.rows,
      expectedKWh: written.expectedKWh,
      ...(isDir
        ? { files: key === 'many:small' ? params.manyFiles.small : params.manyFiles.large }
        : {}),
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    log(`generated ${path}: ${written.bytes} bytes, ${written.rows} rows (${seconds} s)`)
    save()
  }

  make('startup', 'startup/emissions.csv', (abs) =>
    writeSource(abs, codecarbonSource({ seed: params.seed, rows: 1, runs: 1, startMs: START_MS })),
  )
  for (const size of ['small', 'large'] as const) {
    const count = params.manyFiles[size]
    make(`many:${size}`, `many-${count}`, (abs) => writeManyFiles(abs, count, params.seed))
  }
  for (const size of ['small', 'large'] as const) {
    // As many runs (jobs) as the CodeCarbon comparison has rows: 100,000 and 1,000,000.
    const runs = params.codecarbonRows[size]
    const seed = seedFrom(`${params.seed}:sweep:${size}`)
    make(`sweep-codecarbon:${size}`, `sweep-${sizeLabel(runs)}-runs/emissions.csv`, (abs) =>
      writeSource(abs, codecarbonSource({ seed, rows: runs, runs, startMs: START_MS })),
    )
    make(`sweep-generic:${size}`, `sweep-${sizeLabel(runs)}-jobs.carbon.json`, (abs) =>
      writeSource(abs, genericSource({ seed, jobs: runs, startMs: START_MS })),
    )
  }
  for (const format of FORMATS) {
    for (const size of ['small', 'large'] as const) {
      make(`${format}:${size}`, relativePath(format, size, params), (abs) =>
        writeSource(abs, formatSource(format, size, params), byteLimit(format, size, params)),
      )
    }
  }
  save()
  const entry = (key: DatasetKey): DatasetEntry => {
    const e = entries[key]
    if (e === undefined) throw new Error(`no dataset ${key}`)
    return e
  }
  return {
    dir,
    manifest: { version: GENERATOR_VERSION, params, entries },
    path: (key) => join(dir, entry(key).path),
    entry,
  }
}
