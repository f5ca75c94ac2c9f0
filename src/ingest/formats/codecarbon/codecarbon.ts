/**
 * CodeCarbon `emissions.csv` (every header from 0.0.9 to 3.x), its backups and its task files
 * (formats.md §1). Rows of one run are cumulative flushes: the last one counts. Streams: memory
 * grows with the number of runs, not rows.
 */
import { ArtifactError } from '../../../core/errors.js'
import type { JobRecord, Notice } from '../../../core/types.js'
import {
  type Columns,
  duplicateColumn,
  firstLine,
  indexColumns,
  isCodeCarbonHeader,
  missingColumns,
  splitHeader,
} from './codecarbon-columns.js'
import { FlushFastPath } from './codecarbon-fast.js'
import { buildJob } from './codecarbon-job.js'
import { checkForward, parseRow, type Row } from './codecarbon-row.js'
import { duplicateColumnMessage, splitCsvLine, textCell } from '../../shared/csv.js'
import { decodeLine, forEachLine, forEachRow } from '../../shared/lines.js'
import type { ArtifactInput, ReadOptions, ReadResult, Reader } from '../../types.js'

const COMMA = 0x2c
const QUOTE = 0x22

/** Row notices listed one by one; beyond this they are counted. */
const LISTED_SKIPS = 20

/** The header of a file: throws (naming the line) when it is not a CodeCarbon one. */
function readHeader(text: string, line: number, path: string): Columns {
  const cells = splitHeader(text)
  const columns = indexColumns(cells)
  const duplicate = duplicateColumn(cells)
  if (columns && duplicate) throw new ArtifactError(path, line, duplicateColumnMessage(duplicate))
  if (columns) return columns
  throw new ArtifactError(
    path,
    line,
    `is not a CodeCarbon emissions file: its header lacks ${missingColumns(cells).join(', ')}`,
  )
}

/** The key grouping flushes of one run, or undefined when the row is a run of its own. */
function runKey(row: Row, columns: Columns): string | undefined {
  if (columns.runId !== undefined) return row.runId
  if (columns.experimentId !== undefined) return row.experimentId
  return undefined
}

interface Scan {
  readonly columns: Columns
  /** Run key (or `#line` for rows that are their own run) → last row, in order of first sight. */
  readonly runs: Map<string, Row>
  readonly notices: Notice[]
}

/** `bytePath: false` reads every row through the string path (the reference the tests compare). */
export interface ScanChoice {
  readonly bytePath: boolean
}

async function scanFile(
  input: ArtifactInput,
  options: ReadOptions,
  choice: ScanChoice,
): Promise<Scan> {
  const { path } = input
  let columns: Columns | undefined
  const runs = new Map<string, Row>()
  const notices: Notice[] = []
  let dataRows = 0
  let skipped = 0
  let firstSkip: Notice | undefined
  const skip = (line: number, message: string): void => {
    skipped++
    firstSkip ??= { path, line, message }
    if (skipped <= LISTED_SKIPS) notices.push({ path, line, message })
  }
  /** The string path: returns the row when it became the last row of a keyed run. */
  const readRow = (text: string, no: number, counted = false): Row | undefined => {
    if (text.trim() === '') return
    if (columns === undefined) {
      columns = readHeader(text, no, path)
      if (choice.bytePath) fast = new FlushFastPath(columns, options.timezone)
      return
    }
    if (!counted) dataRows++
    const cells = splitCsvLine(text)
    if (cells.length !== columns.count) {
      const why =
        cells.length < columns.count
          ? "CodeCarbon's short-row append bug"
          : 'an unquoted separator inside a cell?'
      skip(no, `row has ${cells.length} fields, header has ${columns.count}: skipped (${why})`)
      return
    }
    const row = parseRow(cells, columns, { path, line: no }, options.timezone)
    if (typeof row === 'string') {
      skip(no, row)
      return
    }
    // Task rows are deltas, one job each; emissions.csv rows are flushes of their run.
    const key = columns.taskName !== undefined ? undefined : runKey(row, columns)
    if (key === undefined) {
      runs.set(`#${no}`, row)
      return
    }
    const prev = runs.get(`=${key}`)
    if (prev) checkForward(prev, row, key, path)
    runs.set(`=${key}`, row)
    return row
  }
  let fast: FlushFastPath | undefined
  /** The row the byte path kept (the last of its run so far) through the string path. */
  const flush = (): void => {
    const kept = fast?.flush()
    if (kept) readRow(decodeLine(kept.bytes, 0, kept.length), kept.no, true)
  }
  await forEachRow(
    input.chunks(),
    COMMA,
    QUOTE,
    (bytes, _view, start, end, seps, sepAt, sepCount, no) => {
      if (fast?.tryRow(bytes, start, end, seps, sepAt, sepCount, no) === true) {
        dataRows++
        return
      }
      flush()
      const row = readRow(decodeLine(bytes, start, end), no)
      fast?.establish(bytes, start, end, seps, sepAt, sepCount, row)
    },
    options.onProgress,
  )
  flush()
  if (columns === undefined) {
    throw new ArtifactError(path, undefined, 'holds no job: the file is empty')
  }
  if (dataRows === 0) {
    throw new ArtifactError(path, undefined, 'holds no job: it has a CodeCarbon header but no rows')
  }
  if (skipped > LISTED_SKIPS) {
    notices.push({ path, message: `${skipped - LISTED_SKIPS} more rows skipped (not listed)` })
  }
  if (runs.size === 0 && firstSkip) {
    throw new ArtifactError(
      path,
      firstSkip.line,
      `holds no job: all ${skipped} rows were skipped (first: ${firstSkip.message})`,
    )
  }
  return { columns, runs, notices }
}

/** Which of `runIds` the file `emissions.csv` beside a task file already counts. */
export async function countedRuns(
  sibling: ArtifactInput | undefined,
  runIds: ReadonlySet<string>,
): Promise<Set<string>> {
  const found = new Set<string>()
  if (!sibling || runIds.size === 0) return found
  let runColumn: number | undefined
  let header = true
  await forEachLine(sibling.chunks(), (text) => {
    if (text.trim() === '') return true
    if (header) {
      if (!isCodeCarbonHeader(text)) return false
      runColumn = splitHeader(text).indexOf('run_id')
      if (runColumn === -1) return false
      header = false
      return true
    }
    if (![...runIds].some((id) => !found.has(id) && text.includes(id))) return true
    const id = textCell(splitCsvLine(text)[runColumn!])
    if (id !== undefined && runIds.has(id)) found.add(id)
    return found.size < runIds.size
  })
  return found
}

/** The reader; `choice` is for tests (the string path alone, as a reference). */
export async function readCodeCarbon(
  input: ArtifactInput,
  options: ReadOptions,
  choice: ScanChoice = { bytePath: true },
): Promise<ReadResult> {
  const { columns, runs, notices } = await scanFile(input, options, choice)
  const jobs: JobRecord[] = []
  if (columns.taskName !== undefined) {
    const rows = [...runs.values()]
    const ids = new Set(rows.flatMap((r) => (r.runId === undefined ? [] : [r.runId])))
    const counted =
      input.name === 'emissions.csv'
        ? new Set<string>()
        : await countedRuns(input.sibling?.('emissions.csv'), ids)
    for (const id of counted) {
      notices.push({
        path: input.path,
        message: `task file of run ${id}: the run is already counted in emissions.csv beside it, so its tasks are not counted again`,
      })
    }
    for (const row of rows) {
      if (row.runId !== undefined && counted.has(row.runId)) continue
      jobs.push(buildJob(row, 'task', row.runId, input.path, notices))
    }
    return { jobs, notices }
  }
  for (const row of runs.values()) {
    jobs.push(buildJob(row, 'run', runKey(row, columns), input.path, notices))
  }
  return { jobs, notices }
}

export const codecarbonReader: Reader = {
  format: 'codecarbon',
  describes: 'CodeCarbon emissions*.csv and emissions_<experiment>_<run>.csv task files',
  detect(_name: string, head: string): boolean {
    const line = firstLine(head)
    return line !== undefined && isCodeCarbonHeader(line)
  },
  read: (input, options) => readCodeCarbon(input, options),
}
