/**
 * The lines Megatron-LM (and NeMo's Megatron-Bridge) print with `--log-energy`
 * (megatron/training/training.py, megatron/core/energy_monitor.py):
 *
 * - per logged iteration, on the last rank:
 *   ` [2026-02-06 20:55:02.918469] iteration      292/95367431 | … | elapsed time per iteration
 *   (ms): 3075.7 | … | energy per GPU (J/iter/GPU): 1992.5 | power per GPU (W/GPU): 647.8 | …`
 *   The energy is the NVML energy of all ranks since the previous log, ÷ iterations ÷ world size;
 * - at the end, on rank 0: `Total training energy (GPU): 12.345 MJ` (the sum over all GPUs; newer
 *   versions print the float unrounded);
 * - the world size, in the arguments dump (`  world_size ........ 8`) or `using world size: 8`.
 *
 * Lines may carry a launcher's prefix (`0: `, a logger's format): they are matched anywhere.
 */

const ITERATION = /\biteration\s+(\d+)\s*\/\s*\d+\s*\|/
const ELAPSED_MS = /elapsed time per iteration \(ms\):\s*([^\s|]+)/
const ENERGY = /energy per GPU \(J\/iter\/GPU\):\s*([^\s|]+)/
const STAMP = /\[(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?)\]\s*iteration\b/
const TOTAL = /Total training energy \(GPU\):\s*(\S+)\s*MJ\b/
const WORLD_SIZE = /(?:\bworld_size\s*\.{2,}\s*|using world size:\s*)(\d+)/

export type MegatronLine =
  | {
      readonly kind: 'iteration'
      readonly iteration: number
      readonly energyJ?: number
      readonly elapsedMs?: number
      readonly stamp?: string
    }
  | { readonly kind: 'total'; readonly megajoules: number; readonly text: string }
  | { readonly kind: 'world'; readonly size: number }

function number(text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  return Number(text)
}

/** What a line says for the energy, or undefined for any other line. */
export function parseMegatronLine(text: string): MegatronLine | undefined {
  if (text.includes('iteration')) {
    const iteration = ITERATION.exec(text)
    if (iteration) {
      const energy = ENERGY.exec(text)
      const elapsed = ELAPSED_MS.exec(text)
      const stamp = STAMP.exec(text)
      const energyJ = number(energy?.[1])
      const elapsedMs = number(elapsed?.[1])
      return {
        kind: 'iteration',
        iteration: Number(iteration[1]),
        ...(energyJ !== undefined ? { energyJ } : {}),
        ...(elapsedMs !== undefined ? { elapsedMs } : {}),
        ...(stamp ? { stamp: stamp[1]! } : {}),
      }
    }
  }
  if (text.includes('Total training energy')) {
    const total = TOTAL.exec(text)
    if (total) return { kind: 'total', megajoules: Number(total[1]), text: total[1]! }
  }
  if (text.includes('world')) {
    const world = WORLD_SIZE.exec(text)
    if (world) return { kind: 'world', size: Number(world[1]) }
  }
  return undefined
}

/** Does the start of a log show that Megatron's energy monitor was on? */
export function mentionsEnergyMonitor(head: string): boolean {
  return (
    head.includes('energy per GPU (J/iter/GPU)') ||
    head.includes('Total training energy (GPU)') ||
    /\blog_energy\s*(?:\.{2,}|:)\s*true\b/i.test(head)
  )
}
