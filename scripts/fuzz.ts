/**
 * Fuzz the readers: N random mutations of every file in examples/, in ../shared/samples (when
 * present) and of the small valid artifacts in test/reliability/valid-artifacts.ts, each read
 * in-process (detection + read, through readArtifact) from memory. Every read must end with jobs
 * or an ArtifactError within --max-ms; anything else (another exception, a hang) is a crash.
 * Two more kinds of seed (test/reliability/fuzz-names-config.ts): `names/…`, the inline artifacts
 * under hostile file and folder names (every line they would log must stay one escaped line), and
 * `config/…`, mutated `.carbon-gate.yml` files (a Config or a one-line ConfigError, the prototype
 * untouched).
 * Prints a table, the seed and, for each crash, the file, the mutations and how to replay them.
 * Exits 1 on any crash.
 *
 *   node --import tsx scripts/fuzz.ts [--mutations N] [--seed S] [--max-ms MS] [--only SUBSTRING]
 *
 * Reads run in a child process so that a read that never yields (a catastrophic regex, an
 * endless loop) is still caught: the child is killed and a new one continues.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { fork } from 'node:child_process'
import { dirname, join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { fuzzOne, mutationLists } from '../test/reliability/fuzz-read.js'
import type { Outcome, Seed } from '../test/reliability/fuzz-read.js'
import type { Mutation } from '../test/reliability/mutate.js'
import { validArtifacts } from '../test/reliability/valid-artifacts.js'
import { CONFIG_SEEDS, fuzzConfig, fuzzName } from '../test/reliability/fuzz-names-config.js'

interface Job {
  readonly seed: Seed
  readonly mutations: number
  readonly rootSeed: number
  readonly from: number
}

/** Messages from the child. */
type Message =
  | { readonly type: 'start'; readonly i: number; readonly ms: readonly Mutation[] }
  | {
      readonly type: 'done'
      readonly i: number
      readonly outcome: Outcome
      readonly detail?: string
    }
  | { readonly type: 'finished' }

const ROOT = resolve(import.meta.dirname, '..')
const CHILD_FLAG = '--fuzz-child'

// ---------------------------------------------------------------- child side

async function runChild(job: Job): Promise<void> {
  const port = {
    postMessage: (m: Message) =>
      new Promise<void>((done) =>
        process.send!(m, undefined, {}, () => {
          done()
        }),
      ),
  }
  let i = 0
  for (const ms of mutationLists(job.rootSeed, job.seed.label, job.mutations)) {
    if (i >= job.from) {
      await port.postMessage({ type: 'start', i, ms })
      let result: { outcome: Outcome; detail?: string }
      try {
        result =
          job.seed.kind === 'name'
            ? await fuzzName(job.seed, ms)
            : job.seed.kind === 'config'
              ? fuzzConfig(job.seed, ms)
              : await fuzzOne(job.seed, ms)
      } catch (e) {
        result = {
          outcome: 'crash',
          detail: `readArtifact threw: ${e instanceof Error ? e.message : String(e)}`,
        }
      }
      await port.postMessage({ type: 'done', i, ...result })
    }
    i++
  }
  await port.postMessage({ type: 'finished' })
}

// ---------------------------------------------------------------- main side

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    return e.isDirectory() ? walk(path) : e.isFile() ? [path] : []
  })
}

/** Every file of a directory as a seed, with its directory's other files as siblings. */
function seedsIn(dir: string, prefix: string): Seed[] {
  if (!existsSync(dir)) return []
  return walk(dir)
    .filter((f) => !/README\.md$/i.test(f) && statSync(f).size <= 2 * 1024 * 1024)
    .sort()
    .map((f) => {
      const siblings: Record<string, Uint8Array> = {}
      for (const s of readdirSync(dirname(f))) {
        const p = join(dirname(f), s)
        if (p !== f && statSync(p).isFile()) siblings[s] = readFileSync(p)
      }
      const rel = relative(dir, f).split('\\').join('/')
      return {
        label: `${prefix}/${rel}`,
        path: `${prefix}/${rel}`,
        bytes: readFileSync(f),
        siblings,
      }
    })
}

function collectSeeds(only: string | undefined): Seed[] {
  const encoder = new TextEncoder()
  const inline = validArtifacts().map((a) => ({
    label: `inline/${a.path}`,
    path: a.path,
    bytes: encoder.encode(a.text),
    siblings: Object.fromEntries(
      Object.entries(a.siblings ?? {}).map(([k, v]) => [k, encoder.encode(v)]),
    ),
  }))
  const names = inline.map((s) => ({ ...s, label: `names/${s.path}`, kind: 'name' as const }))
  const configs = CONFIG_SEEDS.map((c) => ({
    label: c.label,
    path: '.carbon-gate.yml',
    bytes: encoder.encode(c.text),
    siblings: {},
    kind: 'config' as const,
  }))
  const all = [
    ...seedsIn(join(ROOT, 'examples'), 'examples'),
    ...seedsIn(resolve(ROOT, '../shared/samples'), 'samples'),
    ...inline,
    ...names,
    ...configs,
  ]
  return only === undefined ? all : all.filter((s) => s.label.includes(only))
}

interface Tally {
  ok: number
  error: number
  crash: number
}
interface Crash {
  readonly label: string
  readonly i: number
  readonly ms: readonly Mutation[]
  readonly detail: string
}

/** Fuzz one seed in a child process, restarting after a hang; resolves with its tally. */
function fuzzSeed(
  seed: Seed,
  mutations: number,
  rootSeed: number,
  maxMs: number,
  crashes: Crash[],
): Promise<Tally> {
  const tally: Tally = { ok: 0, error: 0, crash: 0 }
  return new Promise((done, fail) => {
    const start = (from: number): void => {
      const child = fork(import.meta.filename, [CHILD_FLAG], {
        execArgv: ['--import', 'tsx'],
        serialization: 'advanced',
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      })
      child.send({ seed, mutations, rootSeed, from } satisfies Job)
      let finished = false
      let current: { i: number; ms: readonly Mutation[] } | undefined
      let timer: NodeJS.Timeout | undefined
      const arm = (): void => {
        clearTimeout(timer)
        timer = setTimeout(() => {
          tally.crash++
          crashes.push({
            label: seed.label,
            i: current?.i ?? from,
            ms: current?.ms ?? [],
            detail: `no result within ${maxMs} ms (a hang)`,
          })
          finished = true
          child.kill('SIGKILL')
          start((current?.i ?? from) + 1)
        }, maxMs)
      }
      child.on('message', (m: Message) => {
        if (m.type === 'start') {
          current = { i: m.i, ms: m.ms }
          arm()
        } else if (m.type === 'done') {
          clearTimeout(timer)
          tally[m.outcome]++
          if (m.outcome === 'crash')
            crashes.push({
              label: seed.label,
              i: m.i,
              ms: current?.ms ?? [],
              detail: m.detail ?? '',
            })
        } else {
          clearTimeout(timer)
          finished = true
          child.disconnect()
          done(tally)
        }
      })
      child.on('exit', (code, signal) => {
        clearTimeout(timer)
        if (finished) return
        if (current === undefined) {
          // It never started a read: the source does not load (being edited?), not a reader crash.
          fail(
            new Error(
              `the fuzz child for ${seed.label} exited before its first read (${signal ?? `exit ${String(code)}`})`,
            ),
          )
          return
        }
        // The child died mid-read (out of memory, a native crash): a crash, then carry on.
        finished = true
        tally.crash++
        crashes.push({
          label: seed.label,
          i: current.i,
          ms: current.ms,
          detail: `the reading process died (${signal ?? `exit ${String(code)}`})`,
        })
        start(current.i + 1)
      })
      child.on('error', (e) => {
        clearTimeout(timer)
        fail(e)
      })
    }
    start(0)
  })
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      mutations: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '1' },
      'max-ms': { type: 'string', default: '5000' },
      only: { type: 'string' },
    },
  })
  const mutations = Number(values.mutations)
  const rootSeed = Number(values.seed)
  const maxMs = Number(values['max-ms'])
  if (
    !Number.isInteger(mutations) ||
    mutations < 1 ||
    !Number.isInteger(rootSeed) ||
    !(maxMs > 0)
  ) {
    console.error(
      'usage: node --import tsx scripts/fuzz.ts [--mutations N] [--seed S] [--max-ms MS] [--only SUBSTRING]',
    )
    return 2
  }
  const seeds = collectSeeds(values.only)
  if (!existsSync(resolve(ROOT, '../shared/samples')))
    console.log('(../shared/samples not present: examples/ and inline seeds only)')
  console.log(
    `fuzz: ${seeds.length} files × ${mutations} mutations, seed ${rootSeed}, limit ${maxMs} ms per read`,
  )
  const began = Date.now()
  const crashes: Crash[] = []
  const rows: [string, Tally][] = []
  const queue = [...seeds]
  const lanes = Array.from({ length: 4 }, async () => {
    for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
      rows.push([s.label, await fuzzSeed(s, mutations, rootSeed, maxMs, crashes)])
    }
  })
  await Promise.all(lanes)
  rows.sort((a, b) => (a[0] < b[0] ? -1 : 1))
  const total: Tally = { ok: 0, error: 0, crash: 0 }
  const width = Math.min(90, Math.max(...rows.map(([l]) => l.length)))
  console.log(
    `\n${'file'.padEnd(width)}  ${'mutations'.padStart(9)}  ${'ok'.padStart(7)}  ${'error'.padStart(7)}  ${'crash'.padStart(5)}`,
  )
  for (const [label, t] of rows) {
    for (const k of ['ok', 'error', 'crash'] as const) total[k] += t[k]
    const shown = label.length > width ? `…${label.slice(-(width - 1))}` : label
    console.log(
      `${shown.padEnd(width)}  ${String(t.ok + t.error + t.crash).padStart(9)}  ${String(t.ok).padStart(7)}  ${String(t.error).padStart(7)}  ${String(t.crash).padStart(5)}`,
    )
  }
  const all = total.ok + total.error + total.crash
  console.log(
    `${'TOTAL'.padEnd(width)}  ${String(all).padStart(9)}  ${String(total.ok).padStart(7)}  ${String(total.error).padStart(7)}  ${String(total.crash).padStart(5)}`,
  )
  console.log(
    `\nfuzz: ${all} mutated reads of ${seeds.length} files, ${total.crash} crashes, seed ${rootSeed}, ${((Date.now() - began) / 1000).toFixed(1)} s`,
  )
  for (const c of crashes.slice(0, 20)) {
    console.log(`\nCRASH ${c.label} #${c.i}: ${c.detail}\n  mutations: ${JSON.stringify(c.ms)}`)
    console.log(
      `  replay: node --import tsx scripts/fuzz.ts --seed ${rootSeed} --mutations ${c.i + 1} --only ${JSON.stringify(c.label)}`,
    )
  }
  return total.crash > 0 ? 1 : 0
}

if (process.argv.includes(CHILD_FLAG)) {
  process.once('message', (job: Job) => {
    void runChild(job).then(() => {
      process.disconnect()
    })
  })
} else {
  process.exitCode = await main()
}
