/**
 * Energy per GPU of an nvidia-smi --query-gpu log: the trapezoid integral of its power samples,
 * as PowerIntegrator (power-integrator.ts) computes it (same gaps, errors and notices), but with
 * each GPU's Σ (w₀ + w₁) × Δt summed exactly (exact-sum.ts). So a log read in pieces (worker
 * threads, parallel/) gives the same energies, to the last bit, as a log read in one pass.
 *
 * A GPU's numbers live in a Float64Array (`DeviceWords`): the WebAssembly kernel (when there is
 * one) adds to the same words as this class, so both paths count into one place.
 */
import { ArtifactError } from '../../../core/errors.js'
import type { EnergyProfile, Notice } from '../../../core/types.js'
import { EnergyProfileBuilder, type ProfileCursor } from '../../shared/energy-profile.js'
import {
  SUM_WORDS,
  addExact,
  addSum,
  normalizeSum,
  sumValue,
  sumWords,
} from '../../shared/parallel/exact-sum.js'
import { formatSeconds, type DeviceEnergy } from '../../shared/power-integrator.js'
import { describeRepeatedHour, laterSameWallTime } from '../../shared/time.js'

/** Offsets in a GPU's words: its last sample, its sample count, then the exact sum. */
export const DEV_LAST_MS = 0
export const DEV_LAST_WATTS = 1
export const DEV_SAMPLES = 2
export const DEV_SUM = 3
export const DEVICE_WORDS = DEV_SUM + SUM_WORDS

/** W·ms counted twice (trapezoid sums without the ½) → kWh. */
const TWICE_MJ_PER_KWH = 2 * 3_600_000_000

/** Where GPUs' words go: `slots` of DEVICE_WORDS in `words` (more GPUs get words of their own). */
export interface DeviceWords {
  readonly words: Float64Array
  readonly slots: number
}

export class SmiDevice {
  constructor(
    readonly key: string,
    /** The slot in the shared words, or -1. */
    readonly slot: number,
    readonly words: Float64Array,
    readonly base: number,
    readonly firstMs: number,
    readonly firstWatts: number,
    readonly firstLine: number,
    /** Its open bucket of the energy-over-time profile (energy-profile.ts). */
    readonly cursor: ProfileCursor,
  ) {}
}

/** What a piece of a log (or a whole log) adds up to per GPU: serialisable. */
export interface DeviceSummary {
  readonly key: string
  readonly firstMs: number
  readonly firstWatts: number
  readonly firstLine: number
  readonly lastMs: number
  readonly lastWatts: number
  readonly samples: number
  /** The exact sum's words (exact-sum.ts). */
  readonly sum: readonly number[]
}

export interface GapSummary {
  readonly count: number
  readonly longestMs: number
  readonly firstLine: number | undefined
  readonly firstKey: string
}

export class SmiIntegrator {
  private readonly devices = new Map<string, SmiDevice>()
  private readonly maxGapMs: number
  private nextSlot = 0
  gapCount = 0
  longestGapMs = 0
  firstGapLine: number | undefined
  firstGapKey = ''
  private shiftedCount = 0
  private readonly profileBuilder = new EnergyProfileBuilder()

  /**
   * @param zone the time zone local timestamps were read in: a sample in the hour the zone
   *   repeats when its clocks go back is moved to its second reading when time would otherwise
   *   go backwards (time.ts), as PowerIntegrator does
   */
  constructor(
    readonly path: string,
    maxGapSeconds: number,
    private readonly shared: DeviceWords = { words: new Float64Array(0), slots: 0 },
    private readonly zone?: string,
    /** Keep the energy-over-time profile (only an intensity series needs it). */
    private readonly keepProfile = false,
  ) {
    this.maxGapMs = maxGapSeconds * 1000
  }

  get maxGap(): number {
    return this.maxGapMs
  }

  add(key: string, tMs: number, watts: number, line: number): void {
    const d = this.devices.get(key)
    if (d === undefined) this.start(key, tMs, watts, line)
    else this.addTo(d, tMs, watts, line)
  }

  /** `add` for a reader that keeps the device (undefined the first time): returns it. */
  addKept(
    kept: SmiDevice | undefined,
    key: string,
    tMs: number,
    watts: number,
    line: number,
  ): SmiDevice {
    const d = kept ?? this.devices.get(key)
    if (d === undefined) return this.start(key, tMs, watts, line)
    this.addTo(d, tMs, watts, line)
    return d
  }

  /**
   * The common sample of a GPU seen before (`values`: its time, ms, and watts at 0 and 1; read
   * from a typed array so that no number is boxed per row): added when time does not go back and
   * the interval is bridged; false, and nothing changed, otherwise (the caller then calls
   * `addKept`, which reports it).
   */
  addCommon(d: SmiDevice, values: Float64Array): boolean {
    const w = d.words
    const b = d.base
    const tMs = values[0]!
    const watts = values[1]!
    const dt = tMs - w[b + DEV_LAST_MS]!
    if (!(dt >= 0 && dt <= this.maxGapMs)) return false
    this.bridge(d, tMs, watts, dt)
    this.advance(d, tMs, watts)
    return true
  }

  /** The trapezoid from the device's last sample to this one, in its sum (and profile). */
  private bridge(d: SmiDevice, tMs: number, watts: number, dt: number): void {
    const w = d.words
    const b = d.base
    const lastWatts = w[b + DEV_LAST_WATTS]!
    const twice = (lastWatts + watts) * dt
    addExact(w, b + DEV_SUM, twice)
    if (this.keepProfile)
      this.profileBuilder.add(d.cursor, w[b + DEV_LAST_MS]!, lastWatts, tMs, watts, twice)
  }

  /** This sample becomes the device's last. */
  private advance(d: SmiDevice, tMs: number, watts: number): void {
    const w = d.words
    const b = d.base
    w[b + DEV_LAST_MS] = tMs
    w[b + DEV_LAST_WATTS] = watts
    w[b + DEV_SAMPLES] = w[b + DEV_SAMPLES]! + 1
  }

  private start(key: string, tMs: number, watts: number, line: number): SmiDevice {
    let d: SmiDevice
    if (this.nextSlot < this.shared.slots) {
      const slot = this.nextSlot++
      const base = slot * DEVICE_WORDS
      this.shared.words.fill(0, base, base + DEVICE_WORDS)
      d = new SmiDevice(key, slot, this.shared.words, base, tMs, watts, line, this.cursorAt(tMs))
    } else {
      const words = new Float64Array(DEVICE_WORDS)
      d = new SmiDevice(key, -1, words, 0, tMs, watts, line, this.cursorAt(tMs))
    }
    const w = d.words
    w[d.base + DEV_LAST_MS] = tMs
    w[d.base + DEV_LAST_WATTS] = watts
    w[d.base + DEV_SAMPLES] = 1
    this.devices.set(key, d)
    return d
  }

  private cursorAt(tMs: number): ProfileCursor {
    return this.profileBuilder.open(tMs)
  }

  /**
   * The GPUs' energy over time in 5-minute steps (ingest/shared/energy-profile.ts), for a log
   * read in one pass; undefined when the times are not epoch times.
   */
  profile(): EnergyProfile | undefined {
    return this.profileBuilder.build()
  }

  /** Samples read as the second reading of a repeated local hour (clocks going back). */
  get shifted(): number {
    return this.shiftedCount
  }

  private addTo(d: SmiDevice, sampleMs: number, watts: number, line: number): void {
    const w = d.words
    const b = d.base
    let tMs = sampleMs
    let dt = tMs - w[b + DEV_LAST_MS]!
    if (dt < 0 && this.zone !== undefined) {
      // 02:59 → 02:00 local as the clocks go back: the second reading of the repeated hour.
      const later = laterSameWallTime(tMs, this.zone)
      if (later !== undefined && later >= w[b + DEV_LAST_MS]!) {
        tMs = later
        dt = tMs - w[b + DEV_LAST_MS]!
        this.shiftedCount++
      }
    }
    if (dt < 0) {
      const repeated =
        this.zone !== undefined ? describeRepeatedHour(sampleMs, this.zone) : undefined
      throw new ArtifactError(
        this.path,
        line,
        `time goes backwards for GPU ${d.key} (${formatSeconds(-dt)} before its previous sample)` +
          (repeated !== undefined ? `: ${repeated}` : ''),
      )
    }
    if (dt > this.maxGapMs) {
      this.gap(dt, line, d.key)
      if (this.keepProfile) this.profileBuilder.skipTo(d.cursor, tMs)
    } else this.bridge(d, tMs, watts, dt)
    this.advance(d, tMs, watts)
  }

  private gap(dt: number, line: number, key: string): void {
    this.gapCount++
    if (dt > this.longestGapMs) this.longestGapMs = dt
    if (this.firstGapLine === undefined) {
      this.firstGapLine = line
      this.firstGapKey = key
    }
  }

  /** The GPUs in the order they first appeared. */
  summaries(): DeviceSummary[] {
    return [...this.devices.values()].map((d) => {
      const w = d.words
      return {
        key: d.key,
        firstMs: d.firstMs,
        firstWatts: d.firstWatts,
        firstLine: d.firstLine,
        lastMs: w[d.base + DEV_LAST_MS]!,
        lastWatts: w[d.base + DEV_LAST_WATTS]!,
        samples: w[d.base + DEV_SAMPLES]!,
        sum: sumWords(w, d.base + DEV_SUM),
      }
    })
  }

  gaps(): GapSummary {
    return {
      count: this.gapCount,
      longestMs: this.longestGapMs,
      firstLine: this.firstGapLine,
      firstKey: this.firstGapKey,
    }
  }
}

/** A DeviceSummary's energy and span, as PowerIntegrator.results gives them. */
export function deviceEnergy(d: DeviceSummary): DeviceEnergy {
  return {
    key: d.key,
    kWh: sumValue(d.sum, 0) / TWICE_MJ_PER_KWH,
    firstMs: d.firstMs,
    lastMs: d.lastMs,
    samples: d.samples,
  }
}

/** The Notice that sums up the gaps (PowerIntegrator.gapNotice's words). */
export function gapNoticeOf(path: string, g: GapSummary, maxGapMs: number): Notice | undefined {
  if (g.count === 0) return undefined
  const what = g.count === 1 ? 'gap' : 'gaps'
  const first = g.firstLine === undefined ? '' : `, first GPU ${g.firstKey}`
  return {
    path,
    ...(g.firstLine === undefined ? {} : { line: g.firstLine }),
    message:
      `${g.count} ${what} longer than ${formatSeconds(maxGapMs)} between samples not bridged ` +
      `(longest ${formatSeconds(g.longestMs)}${first}): their energy is not counted`,
  }
}

/**
 * GPU `next` (a later piece of the log) after `prev` (the pieces before it): the interval between
 * them bridged or counted as a gap (`onGap`), the sums added. undefined when time goes backwards
 * across the cut (the caller then reads the log in one pass, which reports it).
 */
export function joinDevice(
  prev: DeviceSummary,
  next: DeviceSummary,
  maxGapMs: number,
  onGap: (dt: number) => void,
): DeviceSummary | undefined {
  const dt = next.firstMs - prev.lastMs
  if (dt < 0) return undefined
  const sum = Float64Array.from(prev.sum)
  if (dt > maxGapMs) onGap(dt)
  else addExact(sum, 0, (prev.lastWatts + next.firstWatts) * dt)
  addSum(sum, 0, next.sum, 0)
  normalizeSum(sum, 0)
  return {
    key: prev.key,
    firstMs: prev.firstMs,
    firstWatts: prev.firstWatts,
    firstLine: prev.firstLine,
    lastMs: next.lastMs,
    lastWatts: next.lastWatts,
    samples: prev.samples + next.samples,
    sum: Array.from(sum),
  }
}
