/**
 * Property-based unit consistency across readers (fast-check, fixed seed): the same energy
 * written as a generic job (kWh), a CodeCarbon row (kWh), an Eco2AI row (kWh), a Zeus window
 * (J), an nvidia-smi log (constant W over whole seconds), a DCGM counter (mJ) and
 * impact-tracker samples (W) gives the same itEnergyKWh; the same emissions written in kg
 * (CodeCarbon, Eco2AI) and in g (carbontracker) give the same intensity.
 */
import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import fc from 'fast-check'
import type { JobRecord } from '../../src/core/types.js'
import { readArtifact } from '../../src/ingest/ingest.js'
import { memoryInput } from '../support/memory-input.js'
import {
  CARBONTRACKER_PREFIX,
  carbontrackerLogs,
  codecarbonCsv,
  dcgmDmon,
  eco2aiCsv,
  genericJson,
  impactTrackerJsonl,
  nvidiaSmiCsv,
  zeusCsv,
} from './valid-artifacts.js'

const RUNS = 200
const SEED = 20_251_124
const params = { seed: SEED, numRuns: RUNS, endOnFailure: true } as const
let properties = 0
after(() => {
  console.log(
    `reliability: ${properties} unit properties × ${RUNS} runs = ${properties * RUNS} property runs (seed ${SEED})`,
  )
})

/** The one job of an artifact read in-process (detection included). */
async function readOne(
  path: string,
  text: string,
  siblings?: Record<string, string>,
): Promise<JobRecord> {
  const input = memoryInput(path, text, { chunkSize: 997, ...(siblings ? { siblings } : {}) })
  const out = await readArtifact(input, { timezone: 'UTC', maxGapSeconds: 60 }, true)
  assert.ok(out, `${path}: no format detected`)
  assert.equal(out.error, undefined, out.error?.line)
  assert.equal(out.jobs.length, 1, `${path}: ${out.jobs.length} jobs`)
  return out.jobs[0]!
}

const close = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b))
function assertClose(label: string, got: number, want: number): void {
  assert.ok(close(got, want), `${label}: ${got} kWh, want ${want}`)
}

/** Energies that print as plain decimals (no exponent), as trackers write them. */
const kwhArb = fc
  .double({ min: 0.001, max: 1000, noNaN: true })
  .map((x) => Number(x.toPrecision(12)))

describe(`(c) units agree across readers: ${RUNS} runs per property, seed ${SEED}`, () => {
  it('kWh (generic, CodeCarbon, Eco2AI) = J (Zeus) = mJ (DCGM counter) = W·s (nvidia-smi, impact-tracker)', async () => {
    properties++
    await fc.assert(
      fc.asyncProperty(kwhArb, fc.integer({ min: 10, max: 600 }), async (kwh, seconds) => {
        const joules = kwh * 3_600_000
        const generic = await readOne(
          'u/job.carbon.json',
          genericJson([{ name: 'u', energyKWh: kwh }]),
        )
        assertClose('generic', generic.itEnergyKWh, kwh)
        const cc = await readOne('u/emissions.csv', codecarbonCsv({ kwh, pue: 1 }))
        assertClose('codecarbon', cc.itEnergyKWh, kwh)
        const eco = await readOne('u/emission.csv', eco2aiCsv({ kwh }))
        assertClose('eco2ai', eco.itEnergyKWh, kwh)
        const zeus = await readOne(
          'u/zeus.csv',
          zeusCsv({ joules: [joules / 4, (joules * 3) / 4], seconds }),
        )
        assertClose('zeus (J)', zeus.itEnergyKWh, kwh)
        const nv = await readOne('u/power.csv', nvidiaSmiCsv({ watts: joules / seconds, seconds }))
        assertClose('nvidia-smi (W over s)', nv.itEnergyKWh, kwh)
        const polls = 5
        const dcgm = await readOne(
          'u/dmon.txt',
          dcgmDmon({ polls: polls + 1, mjPerPoll: (joules * 1000) / polls }),
        )
        assertClose('dcgm (mJ)', dcgm.itEnergyKWh, kwh)
        // impact-tracker: samples every 5 s, 4 intervals → 20 s at a constant total draw.
        const it = await readOne(
          'u/impacttracker/data.json',
          impactTrackerJsonl({ samples: 5, gpuW: joules / 20, cpuW: 0 }),
        )
        assertClose('impact-tracker (W over s)', it.itEnergyKWh, kwh)
      }),
      params,
    )
  })

  it('a PUE the tracker applied is divided out the same way (CodeCarbon pue column, carbontracker PUE line)', async () => {
    properties++
    await fc.assert(
      fc.asyncProperty(
        kwhArb,
        fc.double({ min: 1, max: 3, noNaN: true }).map((x) => Number(x.toFixed(2))),
        async (kwh, pue) => {
          const cc = await readOne('u/emissions.csv', codecarbonCsv({ kwh, pue }))
          const logs = carbontrackerLogs({ kwh, pue })
          const ct = await readOne(
            `u/${CARBONTRACKER_PREFIX}_carbontracker_output.log`,
            logs.output,
            {
              [`${CARBONTRACKER_PREFIX}_carbontracker.log`]: logs.standard,
            },
          )
          assertClose('codecarbon', cc.itEnergyKWh, kwh / pue)
          assertClose('carbontracker', ct.itEnergyKWh, kwh / pue)
        },
      ),
      params,
    )
  })

  it('kg (CodeCarbon, Eco2AI) and g (carbontracker) of the same emissions give the same intensity', async () => {
    properties++
    await fc.assert(
      fc.asyncProperty(
        kwhArb,
        fc.double({ min: 1, max: 1000, noNaN: true }).map((x) => Number(x.toPrecision(10))),
        async (kwh, gPerKWh) => {
          const grams = Number((kwh * gPerKWh).toPrecision(12))
          const want = grams / kwh
          const cc = await readOne(
            'u/emissions.csv',
            codecarbonCsv({ kwh, kg: grams / 1000, pue: 1 }),
          )
          const eco = await readOne('u/emission.csv', eco2aiCsv({ kwh, kg: grams / 1000 }))
          const logs = carbontrackerLogs({ kwh, g: grams })
          const ct = await readOne(
            `u/${CARBONTRACKER_PREFIX}_carbontracker_output.log`,
            logs.output,
            {
              [`${CARBONTRACKER_PREFIX}_carbontracker.log`]: logs.standard,
            },
          )
          for (const [label, job] of [
            ['codecarbon (kg)', cc],
            ['eco2ai (kg)', eco],
            ['carbontracker (g)', ct],
          ] as const) {
            assert.ok(
              job.intensityGPerKWh !== undefined && close(job.intensityGPerKWh, want),
              `${label}: ${String(job.intensityGPerKWh)} g/kWh, want ${want}`,
            )
          }
        },
      ),
      params,
    )
  })
})
