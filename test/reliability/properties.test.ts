/**
 * Property-based tests (fast-check, fixed seed, RUNS runs per property):
 * (a) every reader, on arbitrary bytes and on arbitrary mutations of a valid artifact of its
 *     format, resolves or rejects with ArtifactError, within a bounded time;
 * (b) the model (evaluateGate) is additive over jobs and monotonic in energy, intensity and PUE;
 * (c) readers agree on units: kWh ↔ J ↔ W·s, kg ↔ g.
 */
import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import fc from 'fast-check'
import { DEFAULT_CONFIG } from '../../src/config/types.js'
import type { Config } from '../../src/config/types.js'
import { ArtifactError } from '../../src/core/errors.js'
import type { JobRecord } from '../../src/core/types.js'
import { evaluateGate } from '../../src/run/evaluate-gate.js'
import { READERS } from '../../src/ingest/registry.js'
import type { ReadOptions, Reader } from '../../src/ingest/types.js'
import { memoryInput } from '../support/memory-input.js'
import { HEADER_NAMES, NUMBER_REPLACEMENTS, applyMutations } from './mutate.js'
import type { Mutation } from './mutate.js'
import { validArtifacts } from './valid-artifacts.js'

/** Runs per property; the README's figure is properties × RUNS. */
const RUNS = 500
const SEED = 20_251_123
const READ_LIMIT_MS = 5_000
const OPTIONS: ReadOptions = { timezone: 'UTC', maxGapSeconds: 60 }
const params = { seed: SEED, numRuns: RUNS, endOnFailure: true } as const

let properties = 0
after(() => {
  console.log(
    `reliability: ${properties} properties × ${RUNS} runs = ${properties * RUNS} property runs (seed ${SEED})`,
  )
})

/** Run one property with the fixed seed; counts it for the figure logged at the end. */
async function check<Ts extends unknown[]>(p: fc.IAsyncPropertyWithHooks<Ts>): Promise<void> {
  properties++
  await fc.assert(p, params)
}
function checkSync<Ts extends unknown[]>(p: fc.IPropertyWithHooks<Ts>): void {
  properties++
  fc.assert(p, params)
}

/** Read with a time limit; returns what went wrong (undefined when it resolved or gave an ArtifactError). */
async function readSafely(
  reader: Reader,
  path: string,
  bytes: Uint8Array,
  chunkSize: number,
  siblings?: Readonly<Record<string, string>>,
  limitMs = READ_LIMIT_MS,
): Promise<string | undefined> {
  const input = memoryInput(path, bytes, {
    chunkSize,
    ...(siblings ? { siblings: { ...siblings } } : {}),
  })
  let timer: NodeJS.Timeout | undefined
  const limit = new Promise<'hang'>(
    (done) =>
      (timer = setTimeout(() => {
        done('hang')
      }, limitMs)),
  )
  try {
    const outcome = await Promise.race([
      reader.read(input, OPTIONS).then(() => 'ok' as const),
      limit,
    ])
    return outcome === 'hang' ? `read did not finish within ${limitMs} ms` : undefined
  } catch (e) {
    if (e instanceof ArtifactError) {
      return e.line.includes('\n')
        ? `ArtifactError spans lines: ${JSON.stringify(e.line.slice(0, 200))}`
        : undefined
    }
    return `threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`
  } finally {
    clearTimeout(timer)
  }
}

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat(7) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), byte: fc.nat(255) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.nat(63) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat(), times: fc.nat(4) }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({
    kind: fc.constant('number' as const),
    index: fc.nat(),
    value: fc.constantFrom(...NUMBER_REPLACEMENTS),
  }),
  fc.record({
    kind: fc.constant('header' as const),
    cell: fc.nat(),
    name: fc.constantFrom(...HEADER_NAMES),
  }),
)

describe('the property harness can fail', () => {
  const fake = (read: Reader['read']): Reader => ({
    format: 'generic',
    describes: 'fake',
    detect: () => true,
    read,
  })
  it('reports a TypeError, a hang and a multi-line error; accepts an ArtifactError', async () => {
    const bytes = new Uint8Array(0)
    const typeError = fake(() => Promise.reject(new TypeError('x is undefined')))
    assert.match((await readSafely(typeError, 'a.carbon.json', bytes, 1)) ?? '', /threw TypeError/)
    const hang = fake(() => new Promise(() => undefined))
    assert.match(
      (await readSafely(hang, 'a.carbon.json', bytes, 1, undefined, 20)) ?? '',
      /did not finish/,
    )
    const twoLines = fake(() => Promise.reject(new ArtifactError('a', 1, 'one\ntwo')))
    assert.match((await readSafely(twoLines, 'a.carbon.json', bytes, 1)) ?? '', /spans lines/)
    const fine = fake(() => Promise.reject(new ArtifactError('a', 1, 'bad value')))
    assert.equal(await readSafely(fine, 'a.carbon.json', bytes, 1), undefined)
  })
})

describe(`(a) readers on arbitrary input: ${RUNS} runs per property, seed ${SEED}`, () => {
  const seeds = new Map(validArtifacts().map((a) => [a.format, a]))
  for (const reader of READERS) {
    const seed = seeds.get(reader.format)!
    it(`${reader.format}: arbitrary bytes → jobs or an ArtifactError`, async () => {
      await check(
        fc.asyncProperty(
          fc.uint8Array({ maxLength: 4096 }),
          fc.integer({ min: 1, max: 512 }),
          async (bytes, chunk) => {
            const problem = await readSafely(reader, seed.path, bytes, chunk, seed.siblings)
            assert.equal(problem, undefined)
          },
        ),
      )
    })
    it(`${reader.format}: arbitrary mutations of a valid file → jobs or an ArtifactError`, async () => {
      const valid = new TextEncoder().encode(seed.text)
      await check(
        fc.asyncProperty(
          fc.array(mutationArb, { minLength: 1, maxLength: 6 }),
          fc.integer({ min: 1, max: 512 }),
          async (ms, chunk) => {
            const problem = await readSafely(
              reader,
              seed.path,
              applyMutations(valid, ms),
              chunk,
              seed.siblings,
            )
            assert.equal(problem, undefined, JSON.stringify(ms))
          },
        ),
      )
    })
    it(`${reader.format}: one number of a valid file replaced by an extreme value → jobs or an ArtifactError`, async () => {
      const valid = new TextEncoder().encode(seed.text)
      await check(
        fc.asyncProperty(
          fc.nat(),
          fc.constantFrom(...NUMBER_REPLACEMENTS, '1e300', '-1e300', '9007199254740993', '1e-300'),
          async (index, value) => {
            const m: Mutation = { kind: 'number', index, value }
            const problem = await readSafely(
              reader,
              seed.path,
              applyMutations(valid, [m]),
              4096,
              seed.siblings,
            )
            assert.equal(problem, undefined, JSON.stringify(m))
          },
        ),
      )
    })
  }
})

const REGIONS = [undefined, 'FRA', 'DE', 'USA', 'gcp:us-central1', 'XYZ'] as const
const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arb, { nil: undefined })
const finite = (min: number, max: number): fc.Arbitrary<number> =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true })

const jobArb: fc.Arbitrary<JobRecord> = fc
  .record({
    name: fc.string({ minLength: 1, maxLength: 12 }),
    itEnergyKWh: finite(0, 1e6),
    idleEnergyKWh: opt(finite(0, 1e6)),
    pue: opt(finite(1, 3)),
    intensityGPerKWh: opt(finite(0, 2000)),
    durationHours: opt(finite(0, 1e4)),
    gpuCount: opt(fc.integer({ min: 0, max: 1024 })),
    gpuHours: opt(finite(0, 1e7)),
    gpuModel: opt(fc.constantFrom('A100 80GB', 'H100', 'RTX 4090')),
    cpuThreads: opt(fc.integer({ min: 1, max: 512 })),
    region: fc.constantFrom(...REGIONS),
    cloudProvider: opt(fc.constantFrom('aws', 'gcp', 'azure')),
  })
  .map((r) => {
    const entries = Object.entries(r).filter(([, v]) => v !== undefined)
    return {
      ...Object.fromEntries(entries),
      source: { path: `runs/${r.name}.carbon.json`, format: 'generic' },
    } as JobRecord
  })

function totalsOf(
  jobs: readonly JobRecord[],
  config: Config = DEFAULT_CONFIG,
): Readonly<Record<string, number>> {
  // Every number of the totals, the low and high ends (issue 15) as `low.totalKg` … included.
  const totals = evaluateGate({ jobs, notices: [], errors: [], config }).report.totals
  const out: Record<string, number> = {}
  const { low, high, ...figures } = totals
  Object.assign(out, figures)
  for (const [end, bounds] of [
    ['low', low],
    ['high', high],
  ] as const) {
    if (bounds === undefined) continue
    out[`${end}.operationalKg`] = bounds.operationalKg
    out[`${end}.embodiedKg`] = bounds.embodiedKg
    out[`${end}.totalKg`] = bounds.totalKg
  }
  return out
}

const close = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
/** b ≥ a, allowing for rounding. */
const notBelow = (a: number, b: number): boolean => b >= a - 1e-9 * Math.max(1, Math.abs(a))

describe(`(b) the model: ${RUNS} runs per property, seed ${SEED}`, () => {
  const jobs = fc.array(jobArb, { maxLength: 6 })
  it('is additive over jobs: total(A ∪ B) = total(A) + total(B) for every total', () => {
    checkSync(
      fc.property(
        fc.array(jobArb, { minLength: 1, maxLength: 6 }),
        fc.array(jobArb, { minLength: 1, maxLength: 6 }),
        (a, b) => {
          const [ta, tb, tab] = [totalsOf(a), totalsOf(b), totalsOf([...a, ...b])]
          for (const k of Object.keys(tab))
            assert.ok(close(tab[k]!, ta[k]! + tb[k]!), `${k}: ${tab[k]} ≠ ${ta[k]} + ${tb[k]}`)
        },
      ),
    )
  })
  it('is monotonic non-decreasing in a job’s itEnergyKWh', () => {
    checkSync(
      fc.property(jobs, jobArb, finite(0, 1e6), (others, job, more) => {
        const before = totalsOf([...others, job]).totalKg!
        const after = totalsOf([
          ...others,
          { ...job, itEnergyKWh: job.itEnergyKWh + more },
        ]).totalKg!
        assert.ok(notBelow(before, after), `${before} → ${after}`)
      }),
    )
  })
  it('is monotonic non-decreasing in the intensity setting', () => {
    checkSync(
      fc.property(jobs, finite(0, 2000), finite(0, 2000), (js, x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x]
        const a = totalsOf(js, { ...DEFAULT_CONFIG, intensity: lo }).totalKg!
        const b = totalsOf(js, { ...DEFAULT_CONFIG, intensity: hi }).totalKg!
        assert.ok(notBelow(a, b), `intensity ${lo} → ${hi}: ${a} → ${b}`)
      }),
    )
  })
  it('is monotonic non-decreasing in the PUE setting', () => {
    checkSync(
      fc.property(jobs, finite(1, 10), finite(1, 10), (js, x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x]
        const a = totalsOf(js, { ...DEFAULT_CONFIG, pue: lo }).totalKg!
        const b = totalsOf(js, { ...DEFAULT_CONFIG, pue: hi }).totalKg!
        assert.ok(notBelow(a, b), `pue ${lo} → ${hi}: ${a} → ${b}`)
      }),
    )
  })
})
