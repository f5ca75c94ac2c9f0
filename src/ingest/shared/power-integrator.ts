/**
 * Energy from what power logs record, per device (a GPU key chosen by the reader):
 *
 * - `PowerIntegrator`: power samples (time, W) → trapezoid integral. A gap longer than
 *   `maxGapSeconds` between two samples of one device is not bridged: the energy of that interval
 *   is not counted, and the gaps are summarised in one Notice per file. Equal times are fine
 *   (a zero-width step); a time before the device's previous sample is an ArtifactError.
 * - `EnergyCounter`: readings of a cumulative energy counter (DCGM's total energy, in any unit) →
 *   the sum of the increases. A reading below the previous one (the driver was reloaded and the
 *   counter restarted) starts a new segment; each increasing segment is counted on its own.
 *
 * Both keep a few numbers per device and nothing per sample.
 */
import { ArtifactError } from '../../core/errors.js'
import type { EnergyProfile, Notice } from '../../core/types.js'
import { EnergyProfileBuilder, type ProfileCursor } from './energy-profile.js'
import { describeRepeatedHour, laterSameWallTime } from './time.js'

/** What a device's samples add up to. */
export interface DeviceEnergy {
  readonly key: string
  readonly kWh: number
  /** Time of the first and last sample, epoch ms (or ms from the start of the log). */
  readonly firstMs: number
  readonly lastMs: number
  readonly samples: number
}

/** A device of a PowerIntegrator, kept by a reader (addKept) to skip the lookup by key. */
export type PowerDevice = object

interface PowerState {
  readonly key: string
  readonly firstMs: number
  lastMs: number
  lastWatts: number
  /** Σ (w₀ + w₁) × Δt over bridged intervals, in W·ms (twice the energy in mJ). */
  twiceMilliJoules: number
  samples: number
  /** Where this device's energy over time is being counted. */
  readonly cursor: ProfileCursor
}

/** W·ms counted twice (trapezoid sums without the ½) → kWh. */
const TWICE_MJ_PER_KWH = 2 * 3_600_000_000

export class PowerIntegrator {
  private readonly states = new Map<string, PowerState>()
  private readonly maxGapMs: number
  private gapCount = 0
  private longestGapMs = 0
  private firstGapLine: number | undefined
  private firstGapKey = ''
  private shiftedCount = 0
  private readonly profileBuilder = new EnergyProfileBuilder()

  /**
   * @param path the file, for errors and notices
   * @param maxGapSeconds gaps longer than this are not bridged
   * @param device what a key names in messages ("GPU")
   * @param zone the time zone local timestamps were read in: a sample in the hour the zone
   *   repeats when its clocks go back is moved to its second reading when time would otherwise
   *   go backwards (time.ts)
   */
  constructor(
    readonly path: string,
    maxGapSeconds: number,
    private readonly device = 'GPU',
    private readonly zone?: string,
  ) {
    this.maxGapMs = maxGapSeconds * 1000
  }

  /** One sample of `key`: `watts` at `tMs`, read from 1-based `line`. */
  add(key: string, tMs: number, watts: number, line: number): void {
    const s = this.states.get(key)
    if (s === undefined) this.start(key, tMs, watts)
    else this.addTo(s, tMs, watts, line)
  }

  /**
   * The same as `add` for a reader that keeps the device: pass what the previous call returned for
   * this key (undefined the first time); returns the device to pass next time.
   */
  addKept(
    kept: PowerDevice | undefined,
    key: string,
    tMs: number,
    watts: number,
    line: number,
  ): PowerDevice {
    const s = (kept as PowerState | undefined) ?? this.states.get(key)
    if (s === undefined) return this.start(key, tMs, watts)
    this.addTo(s, tMs, watts, line)
    return s
  }

  private start(key: string, tMs: number, watts: number): PowerState {
    const s: PowerState = {
      key,
      firstMs: tMs,
      lastMs: tMs,
      lastWatts: watts,
      twiceMilliJoules: 0,
      samples: 1,
      cursor: this.profileBuilder.open(tMs),
    }
    this.states.set(key, s)
    return s
  }

  private addTo(s: PowerState, sampleMs: number, watts: number, line: number): void {
    let tMs = sampleMs
    let dt = tMs - s.lastMs
    if (dt < 0 && this.zone !== undefined) {
      // 02:59 → 02:00 local as the clocks go back: the second reading of the repeated hour.
      const later = laterSameWallTime(tMs, this.zone)
      if (later !== undefined && later >= s.lastMs) {
        tMs = later
        dt = tMs - s.lastMs
        this.shiftedCount++
      }
    }
    if (dt < 0) {
      const repeated =
        this.zone !== undefined ? describeRepeatedHour(sampleMs, this.zone) : undefined
      throw new ArtifactError(
        this.path,
        line,
        `time goes backwards for ${this.device} ${s.key} (${formatSeconds(-dt)} before its previous sample)` +
          (repeated !== undefined ? `: ${repeated}` : ''),
      )
    }
    if (dt > this.maxGapMs) {
      this.gapCount++
      if (dt > this.longestGapMs) this.longestGapMs = dt
      if (this.firstGapLine === undefined) {
        this.firstGapLine = line
        this.firstGapKey = s.key
      }
      this.profileBuilder.skipTo(s.cursor, tMs)
    } else {
      const twice = (s.lastWatts + watts) * dt
      s.twiceMilliJoules += twice
      this.profileBuilder.add(s.cursor, s.lastMs, s.lastWatts, tMs, watts, twice)
    }
    s.lastMs = tMs
    s.lastWatts = watts
    s.samples++
  }

  /**
   * Samples read as the second reading of a repeated local hour (clocks going back): a reader that
   * keeps its own first/last times takes the devices' instead when there are any.
   */
  get shifted(): number {
    return this.shiftedCount
  }

  /** Devices in the order they first appeared. */
  results(): DeviceEnergy[] {
    const out: DeviceEnergy[] = []
    for (const s of this.states.values()) {
      out.push({
        key: s.key,
        kWh: s.twiceMilliJoules / TWICE_MJ_PER_KWH,
        firstMs: s.firstMs,
        lastMs: s.lastMs,
        samples: s.samples,
      })
    }
    return out
  }

  /**
   * The devices' energy over time in 5-minute steps (ingest/shared/energy-profile.ts); undefined
   * when the sample times are not epoch times (a log without timestamps) or nothing was counted.
   */
  profile(): EnergyProfile | undefined {
    return this.profileBuilder.build()
  }

  get deviceCount(): number {
    return this.states.size
  }

  /** How many gaps were not bridged. */
  get gaps(): number {
    return this.gapCount
  }

  /** The one Notice that sums up the gaps not bridged, if there were any. */
  gapNotice(): Notice | undefined {
    if (this.gapCount === 0) return undefined
    const maxGap = formatSeconds(this.maxGapMs)
    const what = this.gapCount === 1 ? 'gap' : 'gaps'
    const first =
      this.firstGapLine === undefined ? '' : `, first ${this.device} ${this.firstGapKey}`
    return {
      path: this.path,
      ...(this.firstGapLine === undefined ? {} : { line: this.firstGapLine }),
      message:
        `${this.gapCount} ${what} longer than ${maxGap} between samples not bridged ` +
        `(longest ${formatSeconds(this.longestGapMs)}${first}): their energy is not counted`,
    }
  }
}

interface CounterState {
  readonly key: string
  segmentStart: number
  last: number
  total: number
  samples: number
}

/** Sums the increases of a cumulative counter per device, across restarts. */
export class EnergyCounter {
  private readonly states = new Map<string, CounterState>()
  private resetCount = 0
  private firstResetLine: number | undefined
  private firstResetKey = ''

  /** One reading of `key`'s counter, read from 1-based `line`. */
  add(key: string, value: number, line: number): void {
    const s = this.states.get(key)
    if (s === undefined) {
      this.states.set(key, { key, segmentStart: value, last: value, total: 0, samples: 1 })
      return
    }
    if (value < s.last) {
      s.total += s.last - s.segmentStart
      s.segmentStart = value
      this.resetCount++
      if (this.firstResetLine === undefined) {
        this.firstResetLine = line
        this.firstResetKey = key
      }
    }
    s.last = value
    s.samples++
  }

  has(key: string): boolean {
    return this.states.has(key)
  }

  /** The counted increase of `key` (in the counter's unit), or undefined when it had no reading. */
  total(key: string): number | undefined {
    const s = this.states.get(key)
    return s === undefined ? undefined : s.total + (s.last - s.segmentStart)
  }

  samples(key: string): number {
    return this.states.get(key)?.samples ?? 0
  }

  get resets(): number {
    return this.resetCount
  }

  /** Where the first restart was seen: [line, key]. */
  get firstReset(): readonly [number, string] | undefined {
    return this.firstResetLine === undefined ? undefined : [this.firstResetLine, this.firstResetKey]
  }
}

/** 90 s, 1.5 s, 2 h 5 min: for messages. */
export function formatSeconds(ms: number): string {
  const s = ms / 1000
  if (s < 600) return `${Number(s.toFixed(3))} s`
  if (s < 7200) return `${Number((s / 60).toFixed(1))} min`
  return `${Number((s / 3600).toFixed(2))} h`
}

/** A job's name from its file's base name: `power.csv` → `power`. */
export function jobNameFromFile(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  return dot > 0 ? fileName.slice(0, dot) : fileName
}

/** One GPU model, `mixed: A, B` for several, undefined for none. */
export function describeModels(models: ReadonlySet<string>): string | undefined {
  if (models.size === 0) return undefined
  const list = [...models].sort()
  return list.length === 1 ? list[0] : `mixed: ${list.join(', ')}`
}

/** A job note for gaps not bridged: `2 gaps > 60 s not bridged`. */
export function gapNote(gaps: number, maxGapSeconds: number): string {
  return `${gaps} ${gaps === 1 ? 'gap' : 'gaps'} > ${formatSeconds(maxGapSeconds * 1000)} not bridged`
}

/** Counts rows of one kind (skipped, empty) and remembers the first line, for one Notice. */
export class Tally {
  count = 0
  firstLine: number | undefined

  add(line: number): void {
    this.count++
    this.firstLine ??= line
  }

  /** The Notice, when anything was counted: `3 rows skipped: …` from ('row', 'rows', 'skipped: …'). */
  notice(path: string, one: string, many: string, rest: string): Notice | undefined {
    if (this.count === 0) return undefined
    const message = `${this.count} ${this.count === 1 ? one : many} ${rest}`
    return this.firstLine === undefined
      ? { path, message }
      : { path, line: this.firstLine, message }
  }
}

/** When no device has two samples there is nothing to integrate: say so. */
export function singleSampleNotice(
  path: string,
  devices: readonly DeviceEnergy[],
): Notice | undefined {
  if (devices.length === 0 || devices.some((d) => d.samples > 1)) return undefined
  return { path, message: 'one sample per GPU: there is no interval to integrate, so energy is 0' }
}

/** One Notice for counter restarts (driver reloads), if any. */
export function counterResetNotice(path: string, counter: EnergyCounter): Notice | undefined {
  const first = counter.firstReset
  if (first === undefined) return undefined
  return {
    path,
    line: first[0],
    message:
      `the energy counter went down ${counter.resets === 1 ? 'once' : `${counter.resets} times`} (driver reload?), first for GPU ${first[1]}: ` +
      'each increasing stretch is counted on its own, the energy between them is not',
  }
}

/** mJ in one kWh (DCGM's total-energy counter is in mJ). */
export const MJ_PER_KWH = 3_600_000_000

export interface GpuEnergySum {
  readonly kWh: number
  readonly fromCounter: number
  readonly fromPower: number
  /** The first GPU that has neither a counter nor integrated power, when one has neither. */
  readonly unmeasured?: string
}

/** Each GPU's energy from its energy counter when it has one, else from its integrated power. */
export function sumGpuEnergy(
  keys: Iterable<string>,
  counter: EnergyCounter,
  integrator: PowerIntegrator,
): GpuEnergySum {
  const integrated = new Map(integrator.results().map((d) => [d.key, d.kWh]))
  let kWh = 0
  let fromCounter = 0
  let fromPower = 0
  let unmeasured: string | undefined
  for (const key of keys) {
    const mJ = counter.total(key)
    if (mJ !== undefined) {
      kWh += mJ / MJ_PER_KWH
      fromCounter++
    } else if (integrated.has(key)) {
      kWh += integrated.get(key)!
      fromPower++
    } else unmeasured ??= key
  }
  return { kWh, fromCounter, fromPower, ...(unmeasured !== undefined ? { unmeasured } : {}) }
}

/** The polling interval of a log without timestamps, in ms, when the user gave one. */
export function pollIntervalMs(options: {
  readonly pollIntervalSeconds?: number
}): number | undefined {
  const poll = options.pollIntervalSeconds
  return poll !== undefined && poll > 0 ? poll * 1000 : undefined
}
