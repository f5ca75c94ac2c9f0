/** The benchmark's command line: `npm run bench -- [options]`. */

export interface BenchArgs {
  /** Multiplies every generated size (1 = 1 GB files; --quick = 0.1). */
  readonly scale: number
  readonly rounds: number
  /** Case ids to run (all when empty). */
  readonly only: readonly string[]
  readonly jsonPath?: string
  readonly writeMd: boolean
  readonly distDir: string
  /** Where the data directory is created (default os.tmpdir()). */
  readonly dataRoot?: string
  /** Render the results saved by --json instead of measuring. */
  readonly fromJson?: string
  /** Leave pandas out even when it is installed. */
  readonly noPandas: boolean
  readonly help: boolean
}

export const USAGE = `npm run bench -- [options]

  --quick          10 MB / 100 MB files instead of 100 MB / 1 GB (scale 0.1), 3 rounds
  --scale N        multiply every generated size by N (default 1)
  --rounds N       alternating rounds per comparison (default 5; 3 with --quick)
  --only IDS       run only these comparisons (comma-separated): startup, many-files, discovery,
                   nvidia-smi, codecarbon, zeus, eco2ai
  --json FILE      also write the results as JSON
  --write-md       (re)write the results section of BENCHMARKS.md
  --dist DIR       the built carbon-gate to measure (default dist; copied before the runs)
  --data-root DIR  where to generate inputs (default the system temp directory)
  --from-json FILE print (and with --write-md, write) results saved by --json, measuring nothing
  --no-pandas      leave the pandas comparison out (it is also skipped when pandas is absent)
`

export class UsageError extends Error {}

function positiveNumber(flag: string, text: string | undefined): number {
  const n = Number(text)
  if (text === undefined || !Number.isFinite(n) || n <= 0) {
    throw new UsageError(`${flag} needs a number > 0, got ${text ?? 'nothing'}`)
  }
  return n
}

export function parseArgs(argv: readonly string[]): BenchArgs {
  let scale: number | undefined
  let rounds: number | undefined
  let quick = false
  let only: string[] = []
  let jsonPath: string | undefined
  let writeMd = false
  let distDir = 'dist'
  let dataRoot: string | undefined
  let noPandas = false
  let fromJson: string | undefined
  let help = false
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!
    const value = (): string => {
      const v = argv[++i]
      if (v === undefined) throw new UsageError(`${flag} needs a value`)
      return v
    }
    switch (flag) {
      case '--quick':
        quick = true
        break
      case '--scale':
        scale = positiveNumber(flag, value())
        break
      case '--rounds':
        rounds = Math.round(positiveNumber(flag, value()))
        break
      case '--only':
        only = value()
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '')
        break
      case '--json':
        jsonPath = value()
        break
      case '--write-md':
        writeMd = true
        break
      case '--dist':
        distDir = value()
        break
      case '--data-root':
        dataRoot = value()
        break
      case '--from-json':
        fromJson = value()
        break
      case '--no-pandas':
        noPandas = true
        break
      case '--help':
      case '-h':
        help = true
        break
      default:
        throw new UsageError(`unknown option ${flag}`)
    }
  }
  return {
    scale: scale ?? (quick ? 0.1 : 1),
    rounds: rounds ?? (quick ? 3 : 5),
    only,
    ...(jsonPath === undefined ? {} : { jsonPath }),
    writeMd,
    distDir,
    ...(dataRoot === undefined ? {} : { dataRoot }),
    ...(fromJson === undefined ? {} : { fromJson }),
    noPandas,
    help,
  }
}
