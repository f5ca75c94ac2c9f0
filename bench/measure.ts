/**
 * Runs one subject as a child process and measures it: wall time (process.hrtime), peak RSS (read
 * from the file the subject's probe writes on exit) and, on Linux, the peak number of open file
 * descriptors (sampled from /proc/<pid>/fd while it runs). stdout goes to a file, so a large
 * report costs no pipe traffic; the tail of stderr is kept for failure messages.
 */
import { spawn } from 'node:child_process'
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'

/** The environment variable naming the file a probe writes peak RSS to. */
export const RSS_FILE_ENV = 'CARBON_GATE_BENCH_RSS_FILE'

export interface Subject {
  readonly id: string
  readonly label: string
  readonly command: string
  readonly args: readonly string[]
  readonly cwd?: string
  /** Added to the bench's own environment. */
  readonly env?: Readonly<Record<string, string>>
  /** The subject writes its peak RSS through a probe (node --import, or the python script). */
  readonly rss: boolean
  readonly sampleFds?: boolean
  /** Emptied before each run when they exist (e.g. GITHUB_OUTPUT). */
  readonly resetFiles?: readonly string[]
  /** Where `energy` reads from instead of stdout (e.g. the action's report.json). */
  readonly energyFile?: string
  /** Bytes of input it reads, for throughput. */
  readonly inputBytes?: number
  /** How to find the energy in its stdout, kWh. */
  readonly energy?: (stdout: string) => number | undefined
}

export interface RunSample {
  readonly ok: boolean
  readonly seconds: number
  readonly exitCode: number | null
  readonly maxRssKiB?: number
  readonly peakFds?: number
  readonly energyKWh?: number
  /** Why the run failed: the exit status and the last line of stderr. */
  readonly error?: string
}

/** Peak RSS in KiB from a probe's output (`{"maxRssKiB": N}`), or undefined. */
export function parseRssProbe(text: string): number | undefined {
  for (const line of text.split('\n').reverse()) {
    const t = line.trim()
    if (t === '') continue
    try {
      const value = (JSON.parse(t) as { maxRssKiB?: unknown }).maxRssKiB
      return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined
    } catch {
      return undefined
    }
  }
  return undefined
}

/** The JS module preloaded into node subjects with `--import`. */
export const RSS_PROBE_SOURCE = `// carbon-gate bench: writes peak RSS (KiB) on exit, nothing to stdout or stderr.
import { writeFileSync } from 'node:fs'
const out = process.env.${RSS_FILE_ENV}
if (out) {
  process.on('exit', () => {
    const maxRssKiB = process.resourceUsage().maxRSS
    writeFileSync(out, JSON.stringify({ maxRssKiB, source: 'node' }) + '\\n')
  })
}
`

/** Writes the probe into `dir`; returns the path to pass to `node --import`. */
export function writeRssProbe(dir: string): string {
  const path = join(dir, 'rss-probe.mjs')
  writeFileSync(path, RSS_PROBE_SOURCE)
  return path
}

function countFds(pid: number): number | undefined {
  try {
    return readdirSync(`/proc/${pid}/fd`).length
  } catch {
    return undefined
  }
}

function readTextOr(path: string, fallback: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return fallback
  }
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n')
  return (lines[lines.length - 1] ?? '').trim().slice(0, 300)
}

/** Run `subject` once; `scratch` is a directory for its stdout and probe files. */
export function runOnce(subject: Subject, scratch: string): Promise<RunSample> {
  const stdoutPath = join(scratch, `${subject.id}.stdout`)
  const rssPath = join(scratch, `${subject.id}.rss`)
  rmSync(rssPath, { force: true })
  for (const f of subject.resetFiles ?? []) if (existsSync(f)) writeFileSync(f, '')
  const out = openSync(stdoutPath, 'w')
  return new Promise((resolve) => {
    let stderr = ''
    let peakFds: number | undefined
    let timer: NodeJS.Timeout | undefined
    const started = process.hrtime.bigint()
    const child = spawn(subject.command, subject.args, {
      cwd: subject.cwd,
      env: { ...process.env, ...subject.env, [RSS_FILE_ENV]: rssPath },
      stdio: ['ignore', out, 'pipe'],
    })
    closeSync(out)
    const sample = (): void => {
      if (child.pid === undefined) return
      const n = countFds(child.pid)
      if (n !== undefined && (peakFds === undefined || n > peakFds)) peakFds = n
    }
    if (subject.sampleFds) timer = setInterval(sample, 5)
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4096)
    })
    let done = false
    const finish = (exitCode: number | null, error?: string): void => {
      if (done) return
      done = true
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      if (timer) clearInterval(timer)
      const maxRssKiB = parseRssProbe(readTextOr(rssPath, ''))
      let energyKWh: number | undefined
      let failure = error
      if (failure === undefined && exitCode !== 0) {
        failure = `exit ${exitCode}: ${lastLine(stderr) || '(no stderr)'}`
      }
      if (failure === undefined && subject.energy) {
        const from = subject.energyFile ?? stdoutPath
        energyKWh = subject.energy(readTextOr(from, ''))
        if (energyKWh === undefined) {
          failure = `no energy in ${subject.energyFile ?? 'its output'}: ${lastLine(stderr)}`
        }
      }
      resolve({
        ok: failure === undefined,
        seconds,
        exitCode,
        ...(maxRssKiB === undefined ? {} : { maxRssKiB }),
        ...(peakFds === undefined ? {} : { peakFds }),
        ...(energyKWh === undefined ? {} : { energyKWh }),
        ...(failure === undefined ? {} : { error: failure }),
      })
    }
    child.once('error', (e) => {
      finish(null, e.message)
    })
    child.once('close', (code) => {
      finish(code)
    })
  })
}

/** Every byte of a file, or of each file in a directory, once: the page cache then holds it. */
export function warmPath(path: string): void {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path)) warmPath(join(path, name))
    return
  }
  const fd = openSync(path, 'r')
  const buffer = Buffer.allocUnsafe(4 * 1024 * 1024)
  try {
    while (readSync(fd, buffer) > 0) {
      // read on: the point is to pull the file through the cache
    }
  } finally {
    closeSync(fd)
  }
}
