/**
 * CodeCarbon v2.7 – v3.0.7 `emissions.csv` (formats.md §1.3, §1.4) from a tracker that calls
 * `flush()` every `flushSeconds`: each row holds the cumulative totals of its run since `start()`,
 * runs follow one another in the file. Energies in kWh (pue 1.0), powers in W, numbers in full
 * precision as pandas writes them. The expected energy is the last `energy_consumed` of each run.
 */
import { createRandom, makeUuid } from './prng.js'
import { pad, type RowSource } from './row-source.js'

export interface CodeCarbonParams {
  readonly seed: number
  /** Data rows in the file (all runs together). */
  readonly rows: number
  /** Runs (run_ids) the rows are spread over, in order. */
  readonly runs: number
  /** Epoch ms of the first run's start (written as UTC wall time). */
  readonly startMs: number
  readonly flushSeconds?: number
  readonly gpus?: number
}

export const CODECARBON_HEADER =
  'timestamp,project_name,run_id,experiment_id,duration,emissions,emissions_rate,cpu_power,' +
  'gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,country_name,' +
  'country_iso_code,region,cloud_provider,cloud_region,os,python_version,codecarbon_version,' +
  'cpu_count,cpu_model,gpu_count,gpu_model,longitude,latitude,ram_total_size,tracking_mode,' +
  'on_cloud,pue\n'

/** kg CO2e per kWh for the `emissions` column (France-like). */
const INTENSITY_KG_PER_KWH = 0.056
const J_PER_KWH = 3_600_000

/** `2026-01-05T10:00:10`: CodeCarbon's local time, second precision. */
export function formatCodeCarbonTime(ms: number): string {
  const d = new Date(ms)
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  )
}

/** Rows of run `r` when `rows` are spread over `runs` as evenly as possible. */
export function rowsOfRun(rows: number, runs: number, r: number): number {
  return Math.floor(rows / runs) + (r < rows % runs ? 1 : 0)
}

export function codecarbonSource(params: CodeCarbonParams): RowSource {
  const random = createRandom(params.seed)
  const flush = params.flushSeconds ?? 10
  const gpus = params.gpus ?? 8
  const experimentId = makeUuid(random)
  const fixedTail =
    `France,FRA,île-de-france,,,Linux-5.15.0-1057-aws-x86_64-with-glibc2.31,3.11.9,2.8.3,` +
    `32,AMD EPYC 7R13 Processor,${gpus},${gpus} x NVIDIA H100 80GB HBM3,2.3,48.9,251.5,machine,N,1.0\n`
  let finished = 0
  let run = -1
  let inRun = 0
  let runRows = 0
  let runId = ''
  let runStartMs = params.startMs
  let duration = 0
  let cpuJ = 0
  let gpuJ = 0
  let ramJ = 0
  let lastEnergy = 0
  const startRun = (): void => {
    finished += lastEnergy
    lastEnergy = 0
    run++
    inRun = 0
    runRows = rowsOfRun(params.rows, params.runs, run)
    runId = makeUuid(random)
    runStartMs += Math.ceil(duration) * 1000 + 3_600_000
    duration = 0
    cpuJ = gpuJ = ramJ = 0
  }
  return {
    header: CODECARBON_HEADER,
    nextBlock() {
      while (inRun >= runRows) {
        if (run + 1 >= params.runs) return undefined
        startRun()
      }
      const dt = flush + random.next() * 0.05
      duration += dt
      cpuJ += (140 + random.next() * 20) * dt
      gpuJ += gpus * (560 + random.next() * 80) * dt
      ramJ += 94.5 * dt
      const cpu = cpuJ / J_PER_KWH
      const gpu = gpuJ / J_PER_KWH
      const ram = ramJ / J_PER_KWH
      const energy = cpu + gpu + ram
      const emissions = energy * INTENSITY_KG_PER_KWH
      const time = formatCodeCarbonTime(runStartMs + Math.floor(duration * 1000))
      lastEnergy = energy
      inRun++
      const text =
        `${time},bench,${runId},${experimentId},${duration},${emissions},${emissions / duration},` +
        `${cpuJ / duration},${gpuJ / duration},94.5,${cpu},${gpu},${ram},${energy},${fixedTail}`
      return { text, rows: 1 }
    },
    expectedKWh: () => finished + lastEnergy,
  }
}
