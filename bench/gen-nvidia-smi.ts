/**
 * `nvidia-smi --query-gpu=timestamp,index,name,uuid,power.draw,power.draw.average,
 * power.draw.instant,power.limit,enforced.power.limit --format=csv -l 1` as an H100 node writes it
 * (formats.md §6.1): `, ` separators, units in the header and the cells (`631.95 W`), one row per
 * GPU per poll, all GPUs of a poll sharing its timestamp `YYYY/MM/DD HH:MM:SS.mmm`.
 *
 * Power follows a training pattern (busy near 600 W, an evaluation phase near 250 W every 15
 * minutes) with noise. Watts are kept as integer centiwatts, so the expected energy (trapezoid
 * over `power.draw.average`, the column readers prefer) is summed exactly.
 */
import { createRandom, makeUuid, type Random } from './prng.js'
import { pad, type RowSource } from './row-source.js'

export interface NvidiaSmiParams {
  readonly seed: number
  readonly gpus: number
  /** Epoch ms of the first poll (written as UTC wall time). */
  readonly startMs: number
  /** Mean poll interval, ms (nvidia-smi `-l 1`: 1000). */
  readonly intervalMs?: number
}

export const NVIDIA_SMI_HEADER =
  'timestamp, index, name, uuid, power.draw [W], power.draw.average [W], power.draw.instant [W], ' +
  'power.limit [W], enforced.power.limit [W]\n'

const GPU_NAME = 'NVIDIA H100 80GB HBM3'
const LIMIT = '700.00 W'
/** Twice the energy in centiwatt-milliseconds → kWh. */
const TWICE_CW_MS_PER_KWH = 2 * 100 * 3_600_000_000

/** `YYYY/MM/DD HH:MM:SS.mmm` of an epoch-ms time, UTC fields. */
export function formatSmiTime(ms: number): string {
  const d = new Date(ms)
  return (
    `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.` +
    pad(d.getUTCMilliseconds(), 3)
  )
}

/** Centiwatts as nvidia-smi prints watts: `63195` → `631.95 W`. */
export function formatCentiwatts(cw: number): string {
  return `${Math.floor(cw / 100)}.${pad(cw % 100)} W`
}

function drawCentiwatts(random: Random, poll: number, gpu: number): number {
  const evaluating = poll % 900 < 60
  const base = evaluating ? 25_000 : 60_000 + gpu * 150
  const noise = Math.round((random.next() - 0.5) * 6_000)
  return Math.min(70_000, Math.max(6_000, base + noise))
}

export function nvidiaSmiSource(params: NvidiaSmiParams): RowSource {
  const random = createRandom(params.seed)
  const interval = params.intervalMs ?? 1000
  const devices = Array.from({ length: params.gpus }, (_, index) => ({
    index,
    uuid: `GPU-${makeUuid(random)}`,
  }))
  const lastCw = new Array<number>(params.gpus).fill(0)
  let twiceCwMs = 0n
  let lastMs = 0
  let poll = 0
  return {
    header: NVIDIA_SMI_HEADER,
    nextBlock() {
      // A poll: jitter of a few ms around the interval, never backwards.
      const ms = params.startMs + poll * interval + random.int(Math.min(40, interval))
      const time = formatSmiTime(ms)
      const dt = ms - lastMs
      let pollSum = 0
      let text = ''
      for (const device of devices) {
        const cw = drawCentiwatts(random, poll, device.index)
        const instant = Math.max(0, cw + Math.round((random.next() - 0.5) * 3_000))
        if (poll > 0) pollSum += (lastCw[device.index]! + cw) * dt
        lastCw[device.index] = cw
        const watts = formatCentiwatts(cw)
        text +=
          `${time}, ${device.index}, ${GPU_NAME}, ${device.uuid}, ${watts}, ${watts}, ` +
          `${formatCentiwatts(instant)}, ${LIMIT}, ${LIMIT}\n`
      }
      twiceCwMs += BigInt(pollSum)
      lastMs = ms
      poll++
      return { text, rows: devices.length }
    },
    expectedKWh: () => Number(twiceCwMs) / TWICE_CW_MS_PER_KWH,
  }
}
