/**
 * What the benchmark generates, as one plain object: it names the data directory (a hash of it)
 * and is stored in the manifest, so inputs are regenerated exactly when it changes.
 */

/** Sizes of one format's two files: the small one (growth ratio) and the large one. */
export interface SizePair {
  readonly small: number
  readonly large: number
}

export interface BenchParams {
  readonly seed: number
  /** GPUs in the nvidia-smi and Zeus logs. */
  readonly gpus: number
  /** Bytes. */
  readonly nvidiaSmiBytes: SizePair
  readonly zeusBytes: SizePair
  readonly eco2aiBytes: SizePair
  /** Rows (cumulative flushes). */
  readonly codecarbonRows: SizePair
  readonly codecarbonRuns: number
  /** Eco2AI epochs per run id: fixed, so both files hold a few ids. */
  readonly eco2aiEpochsPerRun: number
  /** Small CodeCarbon files in the two many-files directories. */
  readonly manyFiles: SizePair
}

/** Bump when a generator's output changes, so old data directories are not reused. */
export const GENERATOR_VERSION = 1

const MB = 1_000_000
const GB = 1_000_000_000

export const FULL_PARAMS: BenchParams = {
  seed: 20260105,
  gpus: 8,
  nvidiaSmiBytes: { small: 256 * MB, large: GB },
  zeusBytes: { small: 100 * MB, large: GB },
  eco2aiBytes: { small: 100 * MB, large: GB },
  codecarbonRows: { small: 100_000, large: 1_000_000 },
  codecarbonRuns: 4,
  eco2aiEpochsPerRun: 1_000_000,
  manyFiles: { small: 1_000, large: 10_000 },
}

/** The full parameters with every byte size and row count multiplied by `scale`. */
export function scaleParams(scale: number, files?: SizePair): BenchParams {
  const f = FULL_PARAMS
  const sizes = (p: SizePair): SizePair => ({
    small: Math.max(1, Math.round(p.small * scale)),
    large: Math.max(1, Math.round(p.large * scale)),
  })
  return {
    ...f,
    nvidiaSmiBytes: sizes(f.nvidiaSmiBytes),
    zeusBytes: sizes(f.zeusBytes),
    eco2aiBytes: sizes(f.eco2aiBytes),
    codecarbonRows: sizes(f.codecarbonRows),
    eco2aiEpochsPerRun: Math.max(1, Math.round(f.eco2aiEpochsPerRun * scale)),
    manyFiles: files ?? f.manyFiles,
  }
}

/** `100m`, `1g`, `10k`: a short size for file names (decimal units). */
export function sizeLabel(n: number): string {
  const units: readonly [number, string][] = [
    [1e9, 'g'],
    [1e6, 'm'],
    [1e3, 'k'],
  ]
  for (const [size, suffix] of units) {
    if (n >= size) return `${Number((n / size).toFixed(2))}${suffix}`
  }
  return String(n)
}
