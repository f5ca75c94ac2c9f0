import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { ArtifactError } from '../../src/core/errors.js'
import {
  EnergyCounter,
  PowerIntegrator,
  describeModels,
  jobNameFromFile,
} from '../../src/ingest/shared/power-integrator.js'
import { parseLocalTimestamp, parseWatts } from '../../src/ingest/shared/power-cells.js'
import { parseTimestamp } from '../../src/ingest/shared/time.js'

describe('PowerIntegrator', () => {
  it('integrates constant power exactly: 300 W for 3600 s is 0.3 kWh', () => {
    const p = new PowerIntegrator('p.csv', 60)
    for (let s = 0; s <= 3600; s++) p.add('0', s * 1000, 300, s + 2)
    const [d] = p.results()
    assert.equal(d!.kWh, 0.3)
    assert.equal(d!.samples, 3601)
    assert.equal(d!.firstMs, 0)
    assert.equal(d!.lastMs, 3_600_000)
    assert.equal(p.gapNotice(), undefined)
  })

  it('is exact for a linear ramp sampled unevenly (100 W → 3700 W over 3600 s = 1.9 kWh)', () => {
    // ∫ (100 + t) dt from 0 to 3600 = 360 000 + 6 480 000 = 6 840 000 J = 1.9 kWh
    const p = new PowerIntegrator('p.csv', 60)
    let t = 0
    let step = 0
    while (t < 3600) {
      p.add('g', t * 1000, 100 + t, step + 2)
      t = Math.min(3600, t + (step % 2 === 0 ? 0.5 : 1.5))
      step++
    }
    p.add('g', 3_600_000, 3700, step + 2)
    assert.equal(p.results()[0]!.kWh, 1.9)
  })

  it('keeps devices apart and in first-seen order', () => {
    const p = new PowerIntegrator('p.csv', 60)
    p.add('b', 0, 100, 2)
    p.add('a', 0, 50, 3)
    p.add('b', 2000, 200, 4) // (100 + 200) / 2 × 2 s = 300 J
    p.add('a', 4000, 50, 5) // 50 W × 4 s = 200 J
    const r = p.results()
    assert.deepEqual(
      r.map((d) => [d.key, d.kWh]),
      [
        ['b', 300 / 3.6e6],
        ['a', 200 / 3.6e6],
      ],
    )
    assert.equal(p.deviceCount, 2)
  })

  it('does not bridge gaps longer than maxGapSeconds and sums them up in one notice', () => {
    const p = new PowerIntegrator('logs/p.csv', 60)
    p.add('0', 0, 100, 2) //
    p.add('0', 10_000, 100, 3) // 1000 J
    p.add('0', 70_000, 100, 4) // 60 s: bridged (not longer than 60 s), 6000 J
    p.add('0', 200_000, 100, 5) // 130 s: not bridged
    p.add('0', 201_000, 100, 6) // 100 J
    p.add('1', 0, 10, 7)
    p.add('1', 500_000, 10, 8) // 500 s: not bridged
    assert.equal(p.results()[0]!.kWh, 7100 / 3.6e6)
    assert.equal(p.results()[1]!.kWh, 0)
    assert.equal(p.gaps, 2)
    assert.deepEqual(p.gapNotice(), {
      path: 'logs/p.csv',
      line: 5,
      message:
        '2 gaps longer than 60 s between samples not bridged (longest 500 s, first GPU 0): their energy is not counted',
    })
  })

  it('takes equal timestamps as a zero-width step', () => {
    const p = new PowerIntegrator('p.csv', 60)
    p.add('0', 1000, 100, 2)
    p.add('0', 1000, 300, 3)
    p.add('0', 2000, 300, 4) // 300 J
    assert.equal(p.results()[0]!.kWh, 300 / 3.6e6)
    assert.equal(p.results()[0]!.samples, 3)
  })

  it('rejects time going backwards for a device, naming file and line', () => {
    const p = new PowerIntegrator('p.csv', 60)
    p.add('0', 5000, 100, 2)
    p.add('1', 1000, 100, 3) // another device: fine
    assert.throws(
      () => {
        p.add('0', 3000, 100, 4)
      },
      (e: unknown) =>
        e instanceof ArtifactError &&
        e.line === 'p.csv:4: time goes backwards for GPU 0 (2 s before its previous sample)',
    )
  })
})

describe('EnergyCounter', () => {
  it('sums increases and counts each increasing segment after a restart', () => {
    const c = new EnergyCounter()
    for (const [v, line] of [
      [1000, 2],
      [1500, 3],
      [2500, 4],
      [40, 5], // restart: 1500 counted so far
      [100, 6],
      [400, 7], // +360
    ] as const) {
      c.add('0', v, line)
    }
    c.add('1', 7, 8)
    assert.equal(c.total('0'), 1860)
    assert.equal(c.total('1'), 0)
    assert.equal(c.total('2'), undefined)
    assert.equal(c.resets, 1)
    assert.deepEqual(c.firstReset, [5, '0'])
    assert.equal(c.samples('0'), 6)
  })
})

describe('helpers', () => {
  it('names jobs after their file and describes GPU models', () => {
    assert.equal(jobNameFromFile('power.csv'), 'power')
    assert.equal(jobNameFromFile('run.2.log'), 'run.2')
    assert.equal(jobNameFromFile('.hidden'), '.hidden')
    assert.equal(describeModels(new Set()), undefined)
    assert.equal(describeModels(new Set(['A100'])), 'A100')
    assert.equal(describeModels(new Set(['V100', 'A100'])), 'mixed: A100, V100')
  })

  it('reads power cells with and without units, and the null spellings', () => {
    assert.equal(parseWatts('631.95 W'), 631.95)
    assert.equal(parseWatts('631.95'), 631.95)
    assert.equal(parseWatts('36'), 36)
    assert.equal(parseWatts('-5.00 W'), -5)
    for (const empty of ['', '[N/A]', 'N/A', '[Not Supported]', '-', '[Unknown Error]']) {
      assert.equal(parseWatts(empty), undefined, empty)
    }
    assert.ok(Number.isNaN(parseWatts('abc')))
    assert.ok(Number.isNaN(parseWatts('12.5 kW')))
  })

  it('reads nvidia-smi timestamps as parseTimestamp does (examples)', () => {
    assert.equal(parseLocalTimestamp('2025/03/01 10:00:00.000', 'UTC'), Date.UTC(2025, 2, 1, 10))
    assert.equal(
      parseLocalTimestamp('2025/03/01 10:00:00.250', 'Europe/Paris'),
      Date.UTC(2025, 2, 1, 9, 0, 0, 250),
    )
    assert.equal(
      parseLocalTimestamp('2022-07-13 02:07:36.708783111', 'UTC'),
      Date.UTC(2022, 6, 13, 2, 7, 36) + 708.783111,
    )
    assert.equal(parseLocalTimestamp('2025/13/01 10:00:00.000', 'UTC'), undefined)
    assert.equal(parseLocalTimestamp('yesterday', 'UTC'), undefined)
  })

  it('reads nvidia-smi timestamps as parseTimestamp does (any date, zone and precision)', () => {
    const zones = [
      'UTC',
      'Europe/Paris',
      'America/New_York',
      'Asia/Kolkata',
      'Asia/Kathmandu',
      'Australia/Lord_Howe',
    ]
    const pad = (n: number, w: number): string => String(n).padStart(w, '0')
    fc.assert(
      fc.property(
        fc.record({
          year: fc.integer({ min: 1990, max: 2040 }),
          month: fc.integer({ min: 0, max: 13 }),
          day: fc.integer({ min: 0, max: 32 }),
          hour: fc.integer({ min: 0, max: 24 }),
          minute: fc.integer({ min: 0, max: 60 }),
          second: fc.integer({ min: 0, max: 61 }),
          digits: fc.integer({ min: 0, max: 10 }),
          frac: fc.integer({ min: 0, max: 999_999_999 }),
          sep: fc.constantFrom('/', '-'),
          t: fc.constantFrom(' ', 'T'),
          zone: fc.constantFrom(...zones),
        }),
        (r) => {
          const f = r.digits === 0 ? '' : `.${pad(r.frac, 10).slice(0, r.digits)}`
          const text =
            `${pad(r.year, 4)}${r.sep}${pad(r.month, 2)}${r.sep}${pad(r.day, 2)}${r.t}` +
            `${pad(r.hour, 2)}:${pad(r.minute, 2)}:${pad(r.second, 2)}${f}`
          assert.equal(parseLocalTimestamp(text, r.zone), parseTimestamp(text, r.zone), text)
        },
      ),
      { numRuns: 2000 },
    )
  })
})
