/**
 * Zeus (≥ 0.7) `ZeusMonitor(log_file=…)` CSV (formats.md §4): one row per ended window,
 * `start_time` in Unix epoch seconds, `elapsed_time` in s, `gpuK_energy` in J. Windows nest as a
 * training loop makes them: `step` windows end (and are logged) first, then the `epoch_N` window
 * that encloses them; an `eval` window follows each epoch, outside it. A reader that counts the
 * outermost windows finds the epochs plus the evals: that is the expected energy.
 */
import { createRandom } from './prng.js'
import type { RowSource } from './row-source.js'

export interface ZeusParams {
  readonly seed: number
  readonly gpus: number
  /** Unix epoch seconds of the first window. */
  readonly startSeconds: number
  /** `step` windows per epoch. */
  readonly stepsPerEpoch?: number
}

export function zeusHeader(gpus: number): string {
  const energies = Array.from({ length: gpus }, (_, i) => `gpu${i}_energy`)
  return `start_time,window_name,elapsed_time,${energies.join(',')}\n`
}

const J_PER_KWH = 3_600_000
/** Margin (s) between an epoch window's edges and its first and last step. */
const EDGE = 0.002

export function zeusSource(params: ZeusParams): RowSource {
  const random = createRandom(params.seed)
  const steps = params.stepsPerEpoch ?? 100
  const idleW = 90
  let clock = params.startSeconds
  let counted = 0
  let epoch = 0
  const row = (start: number, name: string, elapsed: number, joules: readonly number[]): string =>
    `${start},${name},${elapsed},${joules.join(',')}\n`
  const windowJoules = (seconds: number, low: number, high: number): number[] =>
    Array.from({ length: params.gpus }, () => random.between(low, high) * seconds)
  return {
    header: zeusHeader(params.gpus),
    nextBlock() {
      epoch++
      const epochStart = clock
      const epochJ = new Array<number>(params.gpus).fill(0)
      let text = ''
      let t = epochStart + EDGE
      for (let s = 0; s < steps; s++) {
        const elapsed = 0.4 + random.next() * 0.2
        const joules = windowJoules(elapsed, 520, 680)
        text += row(t, 'step', elapsed, joules)
        for (let g = 0; g < params.gpus; g++) epochJ[g]! += joules[g]!
        const gap = 0.01 + random.next() * 0.01
        for (let g = 0; g < params.gpus; g++) epochJ[g]! += idleW * gap
        t += elapsed + gap
      }
      const epochElapsed = t + EDGE - epochStart
      text += row(epochStart, `epoch_${epoch}`, epochElapsed, epochJ)
      const evalStart = epochStart + epochElapsed + 0.5
      const evalElapsed = 5 + random.next()
      const evalJ = windowJoules(evalElapsed, 200, 300)
      text += row(evalStart, 'eval', evalElapsed, evalJ)
      for (const j of epochJ) counted += j
      for (const j of evalJ) counted += j
      clock = evalStart + evalElapsed + 0.5
      return { text, rows: steps + 2 }
    },
    expectedKWh: () => counted / J_PER_KWH,
  }
}
