/**
 * DCGM files. One job per file, named after the file.
 *
 * `dcgmi dmon -e 155,156[,157]` output: a `#Entity POWER TOTEC …` header and an `ID W mJ` unit
 * line, re-printed every 14 polls, then rows `GPU 0   123.456   987654321`, one per entity per
 * poll, with no timestamp; `N/A` is a blank value. Energy per GPU: the TOTEC counter (field 156,
 * mJ since the driver was loaded) when it has values — last − first, each increasing segment on
 * its own when the counter restarts — else POWER (155) or POWINST (157) integrated with the
 * trapezoid, the k-th row of a GPU at k × poll-interval (which must then be set). Only `GPU`
 * entities count: a GPU instance's energy is part of its GPU's.
 *
 * dcgm-exporter's Prometheus text (one or more scrapes): see dcgm-exporter.ts.
 */
import { ArtifactError } from '../../../core/errors.js'
import type { JobRecord, Notice } from '../../../core/types.js'
import { ExporterParser, isExporterText } from './dcgm-exporter.js'
import { forEachLine } from '../../shared/lines.js'
import { parseWatts, type LineParser } from '../../shared/power-cells.js'
import {
  EnergyCounter,
  PowerIntegrator,
  Tally,
  counterResetNotice,
  gapNote,
  jobNameFromFile,
  pollIntervalMs,
  sumGpuEnergy,
} from '../../shared/power-integrator.js'
import type { ArtifactInput, ReadOptions, ReadResult, Reader } from '../../types.js'
import { maxOf } from '../../../core/arrays.js'

const POWER_FIELDS = ['POWER', 'POWINST'] as const
const COUNTER_FIELD = 'TOTEC'
const POLL_HINT =
  'set poll-interval to the dmon -d interval (1 s by default), e.g. --poll-interval 1s'

function isDmonHeader(line: string): boolean {
  const t = line.trim()
  if (!t.startsWith('#Entity')) return false
  const names = t.slice('#Entity'.length).trim().split(/\s+/)
  return names.some((n) => n === COUNTER_FIELD || n === 'POWER' || n === 'POWINST')
}

export const dcgmReader: Reader = {
  format: 'dcgm',
  describes: 'dcgmi dmon -e 155,156 output or dcgm-exporter metrics text',
  detect(_name, head) {
    for (const line of head.split('\n', 40)) if (isDmonHeader(line)) return true
    return isExporterText(head)
  },
  async read(input, options) {
    let parser: LineParser | undefined
    await forEachLine(
      input.chunks(),
      (text, no) => {
        if (parser === undefined) {
          if (isDmonHeader(text)) parser = new DmonParser(input, options)
          else if (isExporterText(text)) parser = new ExporterParser(input, options)
          else return
        }
        parser.line(text, no)
      },
      options.onProgress,
    )
    if (parser === undefined) {
      throw new ArtifactError(input.path, undefined, 'has no #Entity header nor DCGM metrics')
    }
    return parser.finish()
  },
}

class DmonParser implements LineParser {
  private readonly counter = new EnergyCounter()
  private readonly integrator: PowerIntegrator
  private readonly intervalMs: number | undefined
  private readonly polls = new Map<string, number>()
  private readonly cells: string[] = []
  private width = 0
  private counterCol = -1
  private powerCols: number[] = []
  private offsets: number[] = []
  private readonly missing = new Tally()
  private readonly otherEntities = new Tally()
  private readonly otherLines = new Tally()

  constructor(
    private readonly input: ArtifactInput,
    private readonly options: ReadOptions,
  ) {
    this.integrator = new PowerIntegrator(input.path, options.maxGapSeconds)
    this.intervalMs = pollIntervalMs(options)
  }

  line(text: string, no: number): void {
    const n = this.split(text)
    if (n === 0) return
    const first = this.cells[0]!
    if (first === '#Entity') {
      this.setHeader(text, no)
      return
    }
    if (first === 'ID' || first.startsWith('#')) return // the unit line, comments
    const id = this.cells[1]
    if (n < 2 || id === undefined || !isEntityId(id)) {
      if (!text.includes('dmon was stopped')) this.otherLines.add(no)
      return
    }
    if (n !== this.width + 2 && !this.splitByOffsets(text)) {
      this.otherLines.add(no)
      return
    }
    if (first !== 'GPU') {
      this.otherEntities.add(no)
      return
    }
    const poll = this.polls.get(id) ?? 0
    this.polls.set(id, poll + 1)
    let any = false
    if (this.counterCol >= 0) {
      const mJ = this.value(this.counterCol, no)
      if (mJ !== undefined) {
        this.counter.add(id, mJ, no)
        any = true
      }
    }
    if (this.intervalMs !== undefined) {
      for (const c of this.powerCols) {
        const watts = this.value(c, no)
        if (watts !== undefined) {
          this.integrator.add(id, poll * this.intervalMs, watts, no)
          any = true
          break
        }
      }
    }
    if (!any) this.missing.add(no)
  }

  private value(col: number, no: number): number | undefined {
    const cell = this.cells[col + 2]!
    const v = parseWatts(cell)
    if (v !== undefined && !(v >= 0 && v !== Infinity)) {
      throw new ArtifactError(this.input.path, no, `value "${cell}" is not a number ≥ 0`)
    }
    return v
  }

  private setHeader(text: string, no: number): void {
    const names: string[] = []
    this.offsets = []
    const re = /\S+/g
    re.lastIndex = text.indexOf('#Entity') + '#Entity'.length
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      names.push(m[0])
      this.offsets.push(m.index)
    }
    this.width = names.length
    this.counterCol = names.indexOf(COUNTER_FIELD)
    this.powerCols = POWER_FIELDS.map((f) => names.indexOf(f)).filter((i) => i !== -1)
    if (this.counterCol === -1 && this.intervalMs === undefined) {
      throw new ArtifactError(
        this.input.path,
        no,
        `dcgmi dmon output has no timestamps and no energy counter (TOTEC, field 156): ${POLL_HINT}, or monitor with dcgmi dmon -e 155,156`,
      )
    }
  }

  /** Whitespace-split into `cells`; returns the count. */
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

  /** Values that hold spaces (text fields): cut at the header's column offsets instead. */
  private splitByOffsets(text: string): boolean {
    const o = this.offsets
    if (o.length === 0 || text.length <= o[0]!) return false
    for (let i = 0; i < o.length; i++) {
      this.cells[i + 2] = text.slice(o[i], i + 1 < o.length ? o[i + 1] : undefined).trim()
    }
    return true
  }

  finish(): ReadResult {
    const path = this.input.path
    const gpus = [...this.polls.keys()]
    if (gpus.length === 0) throw new ArtifactError(path, undefined, 'holds no GPU rows')
    const { kWh, fromCounter, fromPower, unmeasured } = sumGpuEnergy(
      gpus,
      this.counter,
      this.integrator,
    )
    if (unmeasured !== undefined && this.intervalMs === undefined && this.powerCols.length > 0) {
      throw new ArtifactError(
        path,
        undefined,
        `GPU ${unmeasured} has no TOTEC value: ${POLL_HINT} to integrate its power`,
      )
    }
    const maxPolls = maxOf(this.polls.values())
    const notes: string[] = []
    if (fromCounter > 0) notes.push(`${fromCounter} GPUs from the TOTEC energy counter`)
    if (fromPower > 0) notes.push(`${fromPower} GPUs from power × poll-interval`)
    if (this.integrator.gaps > 0)
      notes.push(gapNote(this.integrator.gaps, this.options.maxGapSeconds))
    const notices: Notice[] = [
      counterResetNotice(path, this.counter),
      this.integrator.gapNotice(),
      this.intervalMs === undefined
        ? { path, message: `no timestamps: the job's duration is unknown; ${POLL_HINT}` }
        : undefined,
      this.missing.notice(path, 'GPU row', 'GPU rows', 'without a value (N/A) skipped'),
      this.otherEntities.notice(
        path,
        'row',
        'rows',
        `of other entities (GPU instances, switches…) not added: a GPU's energy holds its instances'`,
      ),
      this.otherLines.notice(path, 'line', 'lines', 'that are not dcgmi dmon rows skipped'),
    ].filter((x) => x !== undefined)
    const job: JobRecord = {
      name: jobNameFromFile(this.input.name),
      source: { path, format: 'dcgm' },
      itEnergyKWh: kWh,
      gpuCount: gpus.length,
      ...(this.intervalMs === undefined
        ? {}
        : { durationHours: ((maxPolls - 1) * this.intervalMs) / 3_600_000 }),
      notes,
    }
    return { jobs: [job], notices }
  }
}

function isEntityId(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return text.length > 0
}
