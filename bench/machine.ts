/**
 * What the results depend on besides the code: the machine, the runtimes, the commit, and the
 * size of the built dist/.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { availableParallelism, loadavg, totalmem, type as osType, release } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface Machine {
  readonly cpus: number
  readonly cpuModel: string
  readonly memoryBytes: number
  readonly os: string
  readonly node: string
  /** `Python 3.11.2, pandas 1.5.3, numpy 1.24.2`, or why it is absent. */
  readonly python: string
  /** 1-minute load average when the run started (other work on the machine skews results). */
  readonly loadAverage: number
}

export interface DistFile {
  readonly file: string
  readonly bytes: number
  readonly gzipBytes: number
}

export interface DistSize {
  readonly files: readonly DistFile[]
  readonly totalBytes: number
  readonly totalGzipBytes: number
}

function run(command: string, args: readonly string[], cwd?: string): string | undefined {
  const r = spawnSync(command, args, { encoding: 'utf8', cwd, timeout: 30_000 })
  return r.status === 0 ? r.stdout.trim() : undefined
}

/** Can `python` import `module` (polars, duckdb)? */
export function pythonHas(python: string | undefined, module: string): boolean {
  return python !== undefined && run(python, ['-c', `import ${module}`]) !== undefined
}

/** The first python that can import pandas: /usr/bin/python3 (Debian's python3-pandas), then python3. */
export function findPython(): string | undefined {
  for (const candidate of ['/usr/bin/python3', 'python3']) {
    if (run(candidate, ['-c', 'import pandas']) !== undefined) return candidate
  }
  return undefined
}

function cpuModel(): string {
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8')
    const m = /^model name\s*:\s*(.+)$/m.exec(info)
    return m?.[1]?.trim() ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

function osName(): string {
  try {
    const m = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))
    if (m?.[1]) return `${m[1]}, ${osType()} ${release()}`
  } catch {
    // not Linux: fall through
  }
  return `${osType()} ${release()}`
}

export function describeMachine(python: string | undefined): Machine {
  const versions =
    python === undefined
      ? undefined
      : run(python, [
          '-c',
          [
            'import sys, importlib, pandas, numpy',
            'extra = []',
            'for m in ("polars", "duckdb"):',
            '    try: extra.append(", %s %s" % (m, importlib.import_module(m).__version__))',
            '    except ImportError: pass',
            'print("Python %s, pandas %s, numpy %s%s" % (sys.version.split()[0], pandas.__version__, numpy.__version__, "".join(extra)))',
          ].join('\n'),
        ])
  return {
    cpus: availableParallelism(),
    cpuModel: cpuModel(),
    memoryBytes: totalmem(),
    os: osName(),
    node: process.version,
    python: versions ?? 'no python with pandas (pandas comparisons skipped)',
    loadAverage: loadavg()[0] ?? 0,
  }
}

/** `edcc042`, with ` (+ uncommitted changes)` when the tree differs from it. */
export function gitCommit(repo: string): string {
  const sha = run('git', ['rev-parse', '--short', 'HEAD'], repo) ?? 'unknown'
  const status = run('git', ['status', '--porcelain', '--untracked-files=no'], repo)
  return status !== undefined && status !== '' ? `${sha} (+ uncommitted changes)` : sha
}

/** Bytes of dist/index.js, dist/cli.js and dist/chunks/*. */
export function measureDist(dir: string): DistSize {
  const names = ['index.js', 'cli.js']
  try {
    for (const f of readdirSync(join(dir, 'chunks')).sort()) names.push(`chunks/${f}`)
  } catch {
    // no chunks directory
  }
  const files: DistFile[] = []
  for (const file of names) {
    const path = join(dir, file)
    try {
      if (!statSync(path).isFile()) continue
    } catch {
      continue
    }
    const bytes = readFileSync(path)
    files.push({ file, bytes: bytes.byteLength, gzipBytes: gzipSync(bytes).byteLength })
  }
  return {
    files,
    totalBytes: files.reduce((n, f) => n + f.bytes, 0),
    totalGzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0),
  }
}
