/**
 * carbon-gate's own `*.carbon.json` (contract §3) for a hyper-parameter sweep: one job per
 * configuration, `{ "carbonGate": 1, "jobs": [ … ] }`, one job object per line (as a sweep
 * script writing its jobs one by one does). The
 * expected energy is the sum of every job's `energyKWh`.
 */
import { createRandom } from './prng.js'
import type { RowSource } from './row-source.js'

export interface GenericParams {
  readonly seed: number
  readonly jobs: number
  /** Epoch ms of the first job's start. */
  readonly startMs: number
}

/** Jobs per block handed to the writer. */
const BLOCK = 1000

export function genericSource(params: GenericParams): RowSource {
  const random = createRandom(params.seed)
  let written = 0
  let total = 0
  return {
    header: '{\n  "carbonGate": 1,\n  "jobs": [\n',
    nextBlock() {
      if (written >= params.jobs) return undefined
      const lines: string[] = []
      const first = written
      const end = Math.min(params.jobs, written + BLOCK)
      for (; written < end; written++) {
        const hours = 0.5 + random.next() * 3
        const kWh = 8 * 0.6 * hours * (0.8 + random.next() * 0.4)
        total += kWh
        const started = new Date(params.startMs + written * 60_000).toISOString()
        const comma = written === params.jobs - 1 ? '' : ','
        lines.push(
          `    {"name": "sweep lr=${(1e-4 * (1 + (written % 97))).toPrecision(3)} seed=${written}", ` +
            `"energyKWh": ${kWh}, "gpuCount": 8, "gpuModel": "H100", "durationHours": ${hours}, ` +
            `"startedAt": "${started}"}${comma}\n`,
        )
      }
      if (written >= params.jobs) lines.push('  ]\n}\n')
      return { text: lines.join(''), rows: end - first }
    },
    expectedKWh: () => total,
  }
}
