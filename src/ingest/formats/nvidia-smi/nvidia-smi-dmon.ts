/**
 * `nvidia-smi dmon [-s p…] [-o DT]` output: a `# gpu pwr …` header and a `# Idx W …` unit line
 * (re-printed now and then), then space-aligned rows, one per GPU per poll; `pwr` is integer W,
 * `-` is a missing value.
 *
 * Time comes from the `Date`/`Time` columns (`-o DT`: `20240104 13:54:35`, read in the configured
 * zone); with `Time` alone (`-o T`) times are relative (no start date, midnight rolls over); with
 * neither, the k-th row of a GPU is taken at k × poll-interval, which must then be set.
 */
import { ArtifactError } from '../../../core/errors.js'
import type { JobRecord } from '../../../core/types.js'
import { toIso } from '../../shared/time.js'
import type { ArtifactInput, ReadOptions, ReadResult } from '../../types.js'
import {
  PowerIntegrator,
  Tally,
  gapNote,
  jobNameFromFile,
  pollIntervalMs,
  singleSampleNotice,
} from '../../shared/power-integrator.js'
import { parseLocalTimestamp, parseWatts, type LineParser } from '../../shared/power-cells.js'

const DAY_MS = 86_400_000

/** Column names of a `#` line, lower-cased: `# gpu pwr` → [gpu, pwr]. */
function dmonNames(text: string): string[] {
  const t = text.trim().slice(1).trim()
  return t === '' ? [] : t.toLowerCase().split(/\s+/)
}

/** Is this line a dmon header that has a power column? */
export function isDmonHeader(text: string): boolean {
  if (!text.trimStart().startsWith('#')) return false
  const names = dmonNames(text)
  return names.includes('pwr') && names.includes('gpu')
}

type Clock = 'datetime' | 'time' | 'polls'

export class DmonParser implements LineParser {
  private readonly integrator: PowerIntegrator
  private readonly cells: string[] = []
  private width = 0
  private gpuCol = -1
  private pwrCol = -1
  private dateCol = -1
  private timeCol = -1
  private clock: Clock = 'polls'
  private readonly intervalMs: number | undefined
  private readonly polls = new Map<string, number>()
  private lastDate = ''
  private lastTime = ''
  private lastMs = 0
  private dayOffsetMs = 0
  private lastTimeOfDayMs = -1
  private firstMs = Infinity
  private endMs = -Infinity
  private readonly missing = new Tally()
  private readonly badWidth = new Tally()
  private readonly devices = new Set<string>()

  constructor(
    private readonly input: ArtifactInput,
    private readonly options: ReadOptions,
  ) {
    this.integrator = new PowerIntegrator(input.path, options.maxGapSeconds)
    this.intervalMs = pollIntervalMs(options)
  }

  line(text: string, no: number): void {
    const first = firstNonSpace(text)
    if (first === -1) return
    if (text.charCodeAt(first) === 0x23) {
      if (isDmonHeader(text)) this.setHeader(text, no)
      return
    }
    if (this.width === 0) {
      throw new ArtifactError(
        this.input.path,
        no,
        'nvidia-smi dmon row before its `# gpu pwr` header',
      )
    }
    if (this.split(text) !== this.width) {
      this.badWidth.add(no)
      return
    }
    const key = this.cells[this.gpuCol]!
    this.devices.add(key)
    const ms = this.timeOf(key, no)
    if (ms < this.firstMs) this.firstMs = ms
    if (ms > this.endMs) this.endMs = ms
    const cell = this.cells[this.pwrCol]!
    const watts = parseWatts(cell)
    if (watts === undefined) {
      this.missing.add(no)
      return
    }
    if (!(watts >= 0) || watts === Infinity) {
      throw new ArtifactError(
        this.input.path,
        no,
        watts < 0 ? `negative power "${cell}"` : `power "${cell}" is not a number of watts`,
      )
    }
    this.integrator.add(key, ms, watts, no)
  }

  private setHeader(text: string, no: number): void {
    const names = dmonNames(text)
    this.width = names.length
    this.gpuCol = names.indexOf('gpu')
    this.pwrCol = names.indexOf('pwr')
    this.dateCol = names.indexOf('date')
    this.timeCol = names.indexOf('time')
    this.lastDate = ''
    this.lastTime = ''
    this.clock = this.timeCol === -1 ? 'polls' : this.dateCol === -1 ? 'time' : 'datetime'
    if (this.clock === 'polls' && this.intervalMs === undefined) {
      throw new ArtifactError(
        this.input.path,
        no,
        'nvidia-smi dmon output has no timestamps: set poll-interval to the dmon interval ' +
          '(-d, 1 s by default), e.g. --poll-interval 1s, or log with `nvidia-smi dmon -s p -o DT`',
      )
    }
  }

  /** Split on runs of spaces into `cells`; returns the field count. */
  private split(text: string): number {
    const len = text.length
    let i = 0
    let n = 0
    for (;;) {
      while (i < len && text.charCodeAt(i) <= 0x20) i++
      if (i >= len) return n
      const start = i
      while (i < len && text.charCodeAt(i) > 0x20) i++
      this.cells[n++] = text.slice(start, i)
    }
  }

  private timeOf(key: string, no: number): number {
    switch (this.clock) {
      case 'polls': {
        const k = this.polls.get(key) ?? 0
        this.polls.set(key, k + 1)
        return k * this.intervalMs!
      }
      case 'time': {
        const time = this.cells[this.timeCol]!
        const tod = time === this.lastTime ? this.lastMs : parseTimeOfDay(time)
        if (tod === undefined) throw this.badTime(no, time)
        this.lastTime = time
        this.lastMs = tod
        if (tod < this.lastTimeOfDayMs - DAY_MS / 2) this.dayOffsetMs += DAY_MS
        this.lastTimeOfDayMs = tod
        return this.dayOffsetMs + tod
      }
      case 'datetime': {
        const date = this.cells[this.dateCol]!
        const time = this.cells[this.timeCol]!
        if (date === this.lastDate && time === this.lastTime) return this.lastMs
        const day =
          date.length === 8
            ? `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`
            : date.replaceAll('/', '-')
        const ms = parseLocalTimestamp(`${day} ${time}`, this.options.timezone)
        if (ms === undefined) throw this.badTime(no, `${date} ${time}`)
        this.lastDate = date
        this.lastTime = time
        this.lastMs = ms
        return ms
      }
    }
  }

  private badTime(no: number, text: string): ArtifactError {
    return new ArtifactError(this.input.path, no, `time "${text}" does not parse`)
  }

  finish(): ReadResult {
    const path = this.input.path
    if (this.width === 0) throw new ArtifactError(path, undefined, 'has no nvidia-smi dmon header')
    const results = this.integrator.results()
    if (results.length === 0) {
      throw new ArtifactError(
        path,
        undefined,
        this.missing.count > 0
          ? `holds no power sample: all ${this.missing.count} were "-"`
          : 'holds no samples (header only)',
      )
    }
    const notes: string[] = []
    if (this.integrator.gaps > 0) {
      notes.push(gapNote(this.integrator.gaps, this.options.maxGapSeconds))
    }
    if (this.clock === 'polls')
      notes.push(`polls ${this.intervalMs! / 1000} s apart (poll-interval)`)
    const notices = [
      this.integrator.gapNotice(),
      this.missing.notice(path, 'sample', 'samples', 'without a power value ("-") skipped'),
      this.badWidth.notice(
        path,
        'row',
        'rows',
        `skipped: their field count differs from the header's (${this.width})`,
      ),
      singleSampleNotice(path, results),
    ].filter((n) => n !== undefined)
    const job: JobRecord = {
      name: jobNameFromFile(this.input.name),
      source: { path, format: 'nvidia-smi' },
      itEnergyKWh: results.reduce((sum, d) => sum + d.kWh, 0),
      gpuCount: this.devices.size,
      durationHours: (this.endMs - this.firstMs) / 3_600_000,
      ...(this.clock === 'datetime' ? { startedAt: toIso(this.firstMs) } : {}),
      notes,
    }
    return { jobs: [job], notices }
  }
}

function firstNonSpace(text: string): number {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x20) return i
  return -1
}

/** `HH:MM:SS` → ms since midnight. */
function parseTimeOfDay(text: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2}):(\d{2})$/.exec(text)
  if (!m) return undefined
  const h = Number(m[1])
  const min = Number(m[2])
  const s = Number(m[3])
  if (h > 23 || min > 59 || s > 60) return undefined
  return ((h * 60 + min) * 60 + s) * 1000
}
