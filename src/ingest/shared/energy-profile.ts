/**
 * A job's energy over time, from a power log's samples: the trapezoid integral of each bridged
 * interval, split exactly at fixed 5-minute boundaries (power taken as linear between two
 * samples), summed over devices. The model integrates a grid-intensity series against it
 * (model/intensity-series.ts). PowerIntegrator keeps one cursor per device; most intervals fall
 * inside the cursor's bucket and cost one addition.
 */
import type { EnergyProfile } from '../../core/types.js'

/** The profile's resolution: 5 minutes divides every hourly, half-hourly and 15-minute series. */
export const PROFILE_STEP_MS = 300_000

/** Times before this (2001-09-09) are not epoch ms but times from the start of a log. */
const EPOCH_MIN_MS = 1e12

/** W·ms counted twice (trapezoid sums without the ½) → kWh. */
const TWICE_MJ_PER_KWH = 2 * 3_600_000_000

/** One device's open bucket. */
export interface ProfileCursor {
  bucket: number
  /** Twice the energy counted in the open bucket, W·ms. */
  twice: number
}

export class EnergyProfileBuilder {
  private readonly buckets = new Map<number, number>()
  private readonly cursors: ProfileCursor[] = []

  /** A cursor for a device whose first sample is at `tMs`. */
  open(tMs: number): ProfileCursor {
    const c: ProfileCursor = { bucket: Math.floor(tMs / PROFILE_STEP_MS), twice: 0 }
    this.cursors.push(c)
    return c
  }

  /**
   * A bridged interval from (t0, w0) to (t1, w1), whose trapezoid sum without the ½ is `twice`;
   * `c` is at t0's bucket.
   */
  add(c: ProfileCursor, t0: number, w0: number, t1: number, w1: number, twice: number): void {
    const last = Math.floor(t1 / PROFILE_STEP_MS)
    if (last === c.bucket) {
      c.twice += twice
      return
    }
    let ta = t0
    let wa = w0
    while (c.bucket < last) {
      const edge = (c.bucket + 1) * PROFILE_STEP_MS
      const we = w0 + ((w1 - w0) * (edge - t0)) / (t1 - t0)
      c.twice += (wa + we) * (edge - ta)
      ta = edge
      wa = we
      this.flush(c)
      c.bucket++
    }
    c.twice += (wa + w1) * (t1 - ta)
  }

  /** The device's next sample is at `tMs` after a gap that is not bridged. */
  skipTo(c: ProfileCursor, tMs: number): void {
    const bucket = Math.floor(tMs / PROFILE_STEP_MS)
    if (bucket === c.bucket) return
    this.flush(c)
    c.bucket = bucket
  }

  private flush(c: ProfileCursor): void {
    if (c.twice !== 0) this.buckets.set(c.bucket, (this.buckets.get(c.bucket) ?? 0) + c.twice)
    c.twice = 0
  }

  /** The profile; undefined when nothing was counted or the times are not epoch times. */
  build(): EnergyProfile | undefined {
    for (const c of this.cursors) this.flush(c)
    if (this.buckets.size === 0) return undefined
    let first = Infinity
    let last = -Infinity
    for (const b of this.buckets.keys()) {
      if (b < first) first = b
      if (b > last) last = b
    }
    if (first * PROFILE_STEP_MS < EPOCH_MIN_MS) return undefined
    const kWh = new Array<number>(last - first + 1).fill(0)
    for (const [b, twice] of this.buckets) kWh[b - first] = twice / TWICE_MJ_PER_KWH
    return { startMs: first * PROFILE_STEP_MS, stepMs: PROFILE_STEP_MS, kWh }
  }
}

/** `{ energyProfile }` for a job, or nothing. */
export function profileField(profile: EnergyProfile | undefined): {
  energyProfile?: EnergyProfile
} {
  return profile === undefined ? {} : { energyProfile: profile }
}
