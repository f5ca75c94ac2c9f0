/**
 * dcgm-exporter's Prometheus text, one scrape or several concatenated (`curl …/metrics >> file`):
 * `DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{gpu="0",UUID="GPU-…",modelName="…",Hostname="…"} 123456 [ms]`.
 *
 * A GPU is keyed by its UUID label (else Hostname and gpu). Energy per GPU: the increase of the
 * total-energy counter (mJ) from its first scrape to its last, each increasing segment on its own
 * across restarts; without that counter, `DCGM_FI_DEV_POWER_USAGE` (W) integrated over the
 * scrapes' timestamps, or over k × poll-interval when the lines carry none. Other metrics are
 * ignored.
 */
import { ArtifactError } from '../../../core/errors.js'
import type { JobRecord, Notice } from '../../../core/types.js'
import type { LineParser } from '../../shared/power-cells.js'
import {
  EnergyCounter,
  PowerIntegrator,
  Tally,
  counterResetNotice,
  describeModels,
  gapNote,
  jobNameFromFile,
  pollIntervalMs,
  sumGpuEnergy,
} from '../../shared/power-integrator.js'
import { toIso } from '../../shared/time.js'
import type { ArtifactInput, ReadOptions, ReadResult } from '../../types.js'
import { maxOf } from '../../../core/arrays.js'

const ENERGY = 'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION'
const POWER = 'DCGM_FI_DEV_POWER_USAGE'

/** Does the text hold a sample line of the energy or power metric? */
export function isExporterText(text: string): boolean {
  for (const name of [ENERGY, POWER]) {
    for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
      if (i > 0 && text[i - 1] !== '\n') continue
      const next = text[i + name.length]
      if (
        next === '{' ||
        (next === ' ' && /^ +[-+\d.]/.test(text.slice(i + name.length, i + name.length + 8)))
      ) {
        return true
      }
    }
  }
  return false
}

interface Sample {
  metric: 'energy' | 'power'
  key: string
  model: string
  value: number
  ms: number | undefined
}

export class ExporterParser implements LineParser {
  private readonly counter = new EnergyCounter()
  private readonly integrator: PowerIntegrator
  private readonly intervalMs: number | undefined
  private readonly powerPolls = new Map<string, number>()
  private readonly energyPolls = new Map<string, number>()
  private readonly models = new Set<string>()
  private readonly missing = new Tally()
  private untimedPower = 0
  private firstMs = Infinity
  private lastMs = -Infinity
  private readonly sample: Sample = {
    metric: 'energy',
    key: '',
    model: '',
    value: 0,
    ms: undefined,
  }

  constructor(
    private readonly input: ArtifactInput,
    private readonly options: ReadOptions,
  ) {
    this.integrator = new PowerIntegrator(input.path, options.maxGapSeconds)
    this.intervalMs = pollIntervalMs(options)
  }

  line(text: string, no: number): void {
    const s = this.sample
    if (!this.parse(text, no)) return
    if (s.model !== '') this.models.add(s.model)
    if (s.ms !== undefined) {
      if (s.ms < this.firstMs) this.firstMs = s.ms
      if (s.ms > this.lastMs) this.lastMs = s.ms
    }
    const polls = s.metric === 'energy' ? this.energyPolls : this.powerPolls
    const poll = polls.get(s.key) ?? 0
    polls.set(s.key, poll + 1)
    if (Number.isNaN(s.value)) {
      this.missing.add(no)
      return
    }
    if (!(s.value >= 0) || s.value === Infinity) {
      throw new ArtifactError(this.input.path, no, `value ${s.value} is not a number ≥ 0`)
    }
    if (s.metric === 'energy') {
      this.counter.add(s.key, s.value, no)
    } else {
      const ms = s.ms ?? (this.intervalMs === undefined ? undefined : poll * this.intervalMs)
      if (ms === undefined) this.untimedPower++
      else this.integrator.add(s.key, ms, s.value, no)
    }
  }

  /** Read one line into `this.sample`; false when it is not a sample of our two metrics. */
  private parse(text: string, no: number): boolean {
    let metric: Sample['metric']
    let at: number
    if (text.startsWith(ENERGY)) {
      metric = 'energy'
      at = ENERGY.length
    } else if (text.startsWith(POWER)) {
      metric = 'power'
      at = POWER.length
    } else return false
    const c = text[at]
    if (c !== '{' && c !== ' ') return false
    let gpu = ''
    let uuid = ''
    let host = ''
    let model = ''
    if (c === '{') {
      const labels = parseLabels(text, at + 1)
      if (labels === undefined) throw new ArtifactError(this.input.path, no, 'labels do not parse')
      at = labels.end
      gpu = labels.values.get('gpu') ?? ''
      uuid = labels.values.get('UUID') ?? ''
      host = labels.values.get('Hostname') ?? labels.values.get('hostname') ?? ''
      model = labels.values.get('modelName') ?? ''
    }
    const rest = text.slice(at).trim().split(/\s+/)
    const value = Number(rest[0])
    if (rest[0] === undefined || rest[0] === '' || (Number.isNaN(value) && rest[0] !== 'NaN')) {
      throw new ArtifactError(this.input.path, no, `value "${rest[0] ?? ''}" is not a number`)
    }
    const ms = rest[1] === undefined ? undefined : Number(rest[1])
    if (ms !== undefined && !Number.isFinite(ms)) {
      throw new ArtifactError(this.input.path, no, `timestamp "${rest[1]}" is not a number of ms`)
    }
    const s = this.sample
    s.metric = metric
    s.key = uuid !== '' ? uuid : host !== '' ? `${host}/${gpu}` : gpu
    s.model = model
    s.value = value
    s.ms = ms
    return true
  }

  finish(): ReadResult {
    const path = this.input.path
    const keys = new Set([...this.energyPolls.keys(), ...this.powerPolls.keys()])
    if (keys.size === 0)
      throw new ArtifactError(path, undefined, 'holds no DCGM energy or power sample')
    const { kWh, fromCounter, fromPower, unmeasured } = sumGpuEnergy(
      keys,
      this.counter,
      this.integrator,
    )
    if (unmeasured !== undefined && this.untimedPower > 0) {
      throw new ArtifactError(
        path,
        undefined,
        'power samples without timestamps and no energy counter: set poll-interval to the scrape interval, e.g. --poll-interval 15s',
      )
    }
    const timed = this.firstMs <= this.lastMs
    const scrapes = Math.max(maxOf(this.energyPolls.values()), maxOf(this.powerPolls.values()))
    const durationHours = timed
      ? (this.lastMs - this.firstMs) / 3_600_000
      : this.intervalMs === undefined
        ? undefined
        : ((scrapes - 1) * this.intervalMs) / 3_600_000
    const notes: string[] = []
    if (fromCounter > 0) notes.push(`${fromCounter} GPUs from the total-energy counter`)
    if (fromPower > 0) notes.push(`${fromPower} GPUs from integrated power`)
    if (this.integrator.gaps > 0)
      notes.push(gapNote(this.integrator.gaps, this.options.maxGapSeconds))
    const notices: Notice[] = [
      scrapes < 2
        ? {
            path,
            message: 'a single scrape: a counter needs two to measure energy, so energy is 0',
          }
        : undefined,
      counterResetNotice(path, this.counter),
      this.integrator.gapNotice(),
      durationHours === undefined
        ? {
            path,
            message:
              'no timestamps: the duration is unknown; set poll-interval to the scrape interval',
          }
        : undefined,
      this.missing.notice(path, 'NaN sample', 'NaN samples', 'skipped'),
    ].filter((x) => x !== undefined)
    const job: JobRecord = {
      name: jobNameFromFile(this.input.name),
      source: { path, format: 'dcgm' },
      itEnergyKWh: kWh,
      gpuCount: keys.size,
      gpuModel: describeModels(this.models),
      ...(durationHours === undefined ? {} : { durationHours }),
      ...(timed ? { startedAt: toIso(this.firstMs) } : {}),
      notes,
    }
    return { jobs: [job], notices }
  }
}

/** `a="x",b="y\"z"}` from `start` (after `{`): the label values and the index after `}`. */
function parseLabels(
  text: string,
  start: number,
): { values: Map<string, string>; end: number } | undefined {
  const values = new Map<string, string>()
  let i = start
  for (;;) {
    while (text[i] === ' ' || text[i] === ',') i++
    if (text[i] === '}') return { values, end: i + 1 }
    const eq = text.indexOf('=', i)
    if (eq === -1 || text[eq + 1] !== '"') return undefined
    const name = text.slice(i, eq).trim()
    let value = ''
    let j = eq + 2
    for (; j < text.length && text[j] !== '"'; j++) {
      const ch = text[j]!
      if (ch === '\\' && j + 1 < text.length) {
        j++
        value += text[j] === 'n' ? '\n' : text[j]!
      } else value += ch
    }
    if (j >= text.length) return undefined
    values.set(name, value)
    i = j + 1
  }
}
