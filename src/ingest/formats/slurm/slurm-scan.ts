/**
 * The lines of sacct's parsable output grouped by job: its header (columns by name, `-p`'s trailing
 * delimiter), the job's own line and its steps' lines, each with its energy in J.
 */
import { ArtifactError } from '../../../core/errors.js'
import { indexHeader, splitCsvLine, textCell } from '../../shared/csv.js'
import { Tally } from '../../shared/power-integrator.js'
import { baseJobId, parseJoules, stepName } from './slurm-fields.js'

export interface Columns {
  readonly count: number
  /** `-p` output: every line ends with the delimiter. */
  readonly trailing: boolean
  readonly jobId: number
  readonly energy: number
  /** `ConsumedEnergyRaw` (J) rather than `ConsumedEnergy` (J with K/M/G suffixes). */
  readonly raw: boolean
  readonly jobName?: number
  readonly start?: number
  readonly end?: number
  readonly elapsed?: number
  readonly elapsedRaw?: number
  readonly allocTres?: number
}

/** A line of the file: the job itself or one of its steps. */
export interface Line {
  readonly no: number
  readonly cells: readonly string[]
  readonly joules?: number
  /** `batch`, `extern`, `0`: undefined for the job's own line. */
  readonly step?: string
}

export interface Job {
  readonly id: string
  own?: Line
  readonly steps: Line[]
}

/**
 * The cells of a line. `-p` ends every line with a `|` (so does its header); `-P` does not, and
 * there a line ending with `|` has an empty last field.
 */
function splitLine(text: string, trailing: boolean): string[] {
  const cells = splitCsvLine(text, '|')
  if (trailing && cells.length > 1 && cells[cells.length - 1] === '') cells.pop()
  return cells
}

function splitHeader(text: string): { cells: string[]; trailing: boolean } {
  const trailing = text.trimEnd().endsWith('|')
  return { cells: splitLine(text.trim(), trailing), trailing }
}

function indexColumns(cells: readonly string[], trailing: boolean): Columns | undefined {
  const index = indexHeader(cells.map((c) => c.toLowerCase()))
  const jobId = index.get('jobid')
  const raw = index.get('consumedenergyraw')
  const energy = raw ?? index.get('consumedenergy')
  if (jobId === undefined || energy === undefined) return undefined
  return {
    count: cells.length,
    trailing,
    jobId,
    energy,
    raw: raw !== undefined,
    jobName: index.get('jobname'),
    start: index.get('start'),
    end: index.get('end'),
    elapsed: index.get('elapsed'),
    elapsedRaw: index.get('elapsedraw'),
    allocTres: index.get('alloctres'),
  }
}

/** Is this the header of sacct's parsable output with an energy column? */
export function isSacctHeader(text: string): boolean {
  if (!text.includes('|')) return false
  const { cells, trailing } = splitHeader(text)
  return indexColumns(cells, trailing) !== undefined
}

/** Collects the jobs of a file, line by line. */
export class SacctScan {
  private columns: Columns | undefined
  private headerText = ''
  readonly jobs = new Map<string, Job>()
  readonly badWidth = new Tally()

  constructor(private readonly path: string) {}

  line(text: string, no: number): void {
    if (text.trim() === '') return
    if (this.columns === undefined) {
      this.header(text, no)
      return
    }
    if (text.trim() === this.headerText) return // outputs appended one after another
    const columns = this.columns
    const cells = splitLine(text, columns.trailing)
    const id = cells.length === columns.count ? textCell(cells[columns.jobId]) : undefined
    if (id === undefined) {
      this.badWidth.add(no)
      return
    }
    const joules = parseJoules(cells[columns.energy])
    if (joules !== undefined && Number.isNaN(joules)) {
      const column = columns.raw ? 'ConsumedEnergyRaw' : 'ConsumedEnergy'
      throw new ArtifactError(
        this.path,
        no,
        `${column} "${cells[columns.energy]!.trim()}" is not an energy in J`,
      )
    }
    const base = baseJobId(id)
    let job = this.jobs.get(base)
    if (job === undefined) {
      job = { id: base, steps: [] }
      this.jobs.set(base, job)
    }
    const step = stepName(id)
    const line: Line = {
      no,
      cells,
      ...(joules !== undefined ? { joules } : {}),
      ...(step !== undefined ? { step } : {}),
    }
    if (step === undefined) job.own = line
    else job.steps.push(line)
  }

  private header(text: string, no: number): void {
    const header = splitHeader(text)
    this.columns = indexColumns(header.cells, header.trailing)
    this.headerText = text.trim()
    if (this.columns === undefined) {
      throw new ArtifactError(
        this.path,
        no,
        'is not sacct -P output: its header lacks JobID and ConsumedEnergyRaw',
      )
    }
  }

  /** The columns and jobs; throws when the file holds none. */
  finish(): { columns: Columns; jobs: ReadonlyMap<string, Job> } {
    if (this.columns === undefined) {
      throw new ArtifactError(this.path, undefined, 'holds no job: the file is empty')
    }
    if (this.jobs.size === 0) {
      throw new ArtifactError(this.path, undefined, 'holds no job: a header but no rows')
    }
    return { columns: this.columns, jobs: this.jobs }
  }
}
