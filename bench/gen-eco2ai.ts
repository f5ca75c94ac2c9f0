/**
 * Eco2AI (0.2.8 – 0.3.12) `emission.csv` in training mode (formats.md §3): one row per epoch,
 * every epoch of a run under the run's `id`, each row the energy of that epoch alone (a delta).
 * The `epoch` and `CPU_name` cells hold commas, so pandas quotes them. Runs follow one another;
 * the expected energy is the sum of every row.
 */
import { createRandom, makeUuid } from './prng.js'
import { pad, type RowSource } from './row-source.js'

export interface Eco2aiParams {
  readonly seed: number
  /** Epoch rows per run (`id`) before the next run starts. */
  readonly epochsPerRun: number
  /** Epoch ms of the first epoch (written as UTC wall time). */
  readonly startMs: number
  readonly gpus?: number
}

export const ECO2AI_HEADER =
  'id,project_name,experiment_description,epoch,start_time,duration(s),power_consumption(kWh),' +
  'CO2_emissions(kg),CPU_name,GPU_name,OS,region/country,cost\n'

const KG_PER_KWH = 0.056

/** `2026-01-05 10:00:00`: Eco2AI's local time. */
export function formatEco2aiTime(ms: number): string {
  const d = new Date(ms)
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  )
}

export function eco2aiSource(params: Eco2aiParams): RowSource {
  const random = createRandom(params.seed)
  const gpus = params.gpus ?? 8
  const tail =
    `"AMD EPYC 7R13 Processor/2 device(s), TDP:280.0",NVIDIA H100 80GB HBM3 ${gpus} device(s),` +
    'Linux,FR/Île-de-France,0\n'
  let total = 0
  let id = ''
  let epoch = params.epochsPerRun
  let clockMs = params.startMs
  return {
    header: ECO2AI_HEADER,
    nextBlock() {
      if (epoch >= params.epochsPerRun) {
        id = makeUuid(random)
        epoch = 0
        clockMs += 600_000
      }
      epoch++
      const seconds = 600 + random.next() * 30
      const watts = gpus * (540 + random.next() * 100) + 180
      const kWh = (watts * seconds) / 3_600_000
      const loss = (2 / Math.sqrt(epoch) + random.next() * 0.05).toFixed(4)
      const accuracy = (1 - 0.9 / Math.sqrt(epoch)).toFixed(4)
      total += kWh
      const text =
        `${id},bench,resnet-50 on imagenet,"epoch: ${epoch}, loss: ${loss}, accuracy: ${accuracy}, ",` +
        `${formatEco2aiTime(clockMs)},${seconds},${kWh},${kWh * KG_PER_KWH},${tail}`
      clockMs += Math.round(seconds * 1000)
      return { text, rows: 1 }
    },
    expectedKWh: () => total,
  }
}
