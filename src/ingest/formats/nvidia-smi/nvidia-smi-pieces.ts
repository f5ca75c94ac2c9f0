/**
 * An nvidia-smi --query-gpu log read in pieces (parallel/pieces.ts): where to cut, a piece read on
 * its own, and the pieces' summaries stitched into the one-pass summary.
 *
 * A cut is put only between two rows of the header's width whose timestamps differ, so every
 * piece starts a poll: the position of a GPU in its poll (its key when the log has no key column)
 * is then the same as in one pass. At a cut each GPU's last sample before it and first after it
 * are joined as one pass joins them (bridged, or a gap); sums are exact (exact-sum.ts), so the
 * energies are the same to the last bit. A piece that meets an error or another header line, or
 * time going backwards across a cut, makes the reader read the whole log in one pass.
 */
import { decodeLine, forEachRow } from '../../shared/lines.js'
import { sliceTrimmed } from '../../shared/power-cells.js'
import type { ArtifactInput, ReadOptions, ReadResult } from '../../types.js'
import {
  nominalCuts,
  truncateChunks,
  type PieceRunner,
  type PieceTask,
} from '../../shared/parallel/pieces.js'
import { QueryParser, isQueryHeader, type QueryParserOptions } from './nvidia-smi-query.js'
import { indexQueryColumns } from './nvidia-smi-query-header.js'
import { joinDevice, type DeviceSummary } from './nvidia-smi-energy.js'
import { finishQuery, type QuerySummary, type TallySummary } from './nvidia-smi-query-summary.js'

const COMMA = 0x2c
const LF = 0x0a
/** Bytes read at a nominal cut to find a real one. */
export const CUT_WINDOW = 64 * 1024

/** What a worker needs besides its byte range. */
export interface QueryPiecePayload {
  readonly header: string
  readonly timezone: string
  readonly maxGapSeconds: number
}

/** The first line that is not blank, when it is a --query-gpu header (BOM and `\r` removed). */
export function queryHeaderOf(head: Uint8Array): string | undefined {
  let start = 0
  for (;;) {
    let end = head.indexOf(LF, start)
    if (end === -1) return undefined
    let text = decodeLine(head, start, end)
    if (text.endsWith('\r')) text = text.slice(0, -1)
    if (start === 0) text = text.replace(/^\uFEFF{1,2}/, '')
    if (text.trim() !== '') return isQueryHeader(text) ? text : undefined
    start = end + 1
    end = 0
  }
}

/** The trimmed timestamp cell of a row of `width` fields, or undefined for any other line. */
function rowTimestamp(text: string, width: number, tsCol: number): string | undefined {
  let fields = 0
  let ts: string | undefined
  let start = 0
  for (;;) {
    const comma = text.indexOf(',', start)
    const end = comma === -1 ? text.length : comma
    if (fields === tsCol) ts = sliceTrimmed(text, start, end)
    fields++
    if (comma === -1) break
    start = comma + 1
  }
  if (fields !== width || ts === undefined) return undefined
  const c = ts.charCodeAt(0)
  return c >= 0x30 && c <= 0x39 ? ts : undefined
}

/**
 * Where in `window` (bytes from a nominal cut on) a piece may start: the start of the first line
 * that follows a whole line, both rows of the header's width with different timestamps. -1 when
 * the window has none.
 */
export function findCut(window: Uint8Array, header: string): number {
  const cols = indexQueryColumns(header)
  let start = window.indexOf(LF) + 1
  if (start === 0) return -1
  let previous: string | undefined
  for (;;) {
    const end = window.indexOf(LF, start)
    if (end === -1) return -1
    let text = decodeLine(window, start, end)
    if (text.endsWith('\r')) text = text.slice(0, -1)
    const ts = rowTimestamp(text, cols.width, cols.tsCol)
    if (ts !== undefined && previous !== undefined && ts !== previous) return start
    previous = ts
    start = end + 1
  }
}

/**
 * A log's summary from its rows (`header`: the piece starts after the log's header, whose text
 * this is); undefined when the log is not a --query-gpu one. Errors are thrown as in one pass.
 */
export async function readQuerySummary(
  input: ArtifactInput,
  options: ReadOptions,
  header: string | undefined,
  parserOptions: QueryParserOptions = {},
): Promise<QuerySummary | undefined> {
  let parser: QueryParser | undefined
  if (header !== undefined) {
    parser = new QueryParser(input, options, parserOptions)
    parser.line(header, 0)
  }
  let lines = 0
  let other = false
  await forEachRow(
    input.chunks(),
    COMMA,
    COMMA,
    (bytes, view, start, end, seps, sepAt, count, no) => {
      lines = no
      if (parser !== undefined) {
        parser.row(bytes, view, start, end, seps, sepAt, count, no)
        return
      }
      const text = decodeLine(bytes, start, end)
      if (text.trim() === '') return
      if (!isQueryHeader(text)) {
        other = true
        return false
      }
      parser = new QueryParser(input, options, parserOptions)
      parser.line(text, no)
    },
    header === undefined ? options.onProgress : undefined,
  )
  if (other || parser === undefined) return undefined
  return parser.summary(lines)
}

function addTally(a: TallySummary, b: TallySummary, offset: number): TallySummary {
  return {
    count: a.count + b.count,
    firstLine: a.firstLine ?? (b.firstLine === undefined ? undefined : b.firstLine + offset),
  }
}

/**
 * The pieces' summaries (in file order) as one pass would have summed them up; undefined when one
 * pass must read the log (a piece re-read a header, or time goes backwards across a cut).
 */
export function joinSummaries(
  pieces: readonly QuerySummary[],
  maxGapSeconds: number,
): QuerySummary | undefined {
  const first = pieces[0]
  if (first === undefined) return undefined
  const maxGapMs = maxGapSeconds * 1000
  const devices = new Map<string, DeviceSummary>()
  let gapCount = 0
  let longestMs = 0
  let gapLine: number | undefined
  let gapKey = ''
  let missing: TallySummary = { count: 0, firstLine: undefined }
  let badWidth: TallySummary = { count: 0, firstLine: undefined }
  const powerUsed = first.powerUsed.map(() => 0)
  const models = new Set<string>()
  const withoutPower = new Set<string>()
  let firstMs = Infinity
  let lastMs = -Infinity
  let offset = 0
  for (const piece of pieces) {
    if (piece.headerLines !== 1 || piece.width !== first.width) return undefined
    // The first gap in file order: one across this cut, or the piece's own first.
    let pieceGapLine =
      piece.gaps.firstLine === undefined ? undefined : piece.gaps.firstLine + offset
    let pieceGapKey = piece.gaps.firstKey
    for (const d of piece.devices) {
      const next = { ...d, firstLine: d.firstLine + offset }
      const prev = devices.get(d.key)
      if (prev === undefined) {
        devices.set(d.key, next)
        continue
      }
      const joined = joinDevice(prev, next, maxGapMs, (dt) => {
        gapCount++
        if (dt > longestMs) longestMs = dt
        if (pieceGapLine === undefined || next.firstLine < pieceGapLine) {
          pieceGapLine = next.firstLine
          pieceGapKey = d.key
        }
      })
      if (joined === undefined) return undefined
      devices.set(d.key, joined)
    }
    gapCount += piece.gaps.count
    if (piece.gaps.longestMs > longestMs) longestMs = piece.gaps.longestMs
    if (gapLine === undefined && pieceGapLine !== undefined) {
      gapLine = pieceGapLine
      gapKey = pieceGapKey
    }
    missing = addTally(missing, piece.missing, offset)
    badWidth = addTally(badWidth, piece.badWidth, offset)
    piece.powerUsed.forEach((n, p) => (powerUsed[p] = (powerUsed[p] ?? 0) + n))
    for (const m of piece.models) models.add(m)
    for (const k of piece.devicesWithoutPower) withoutPower.add(k)
    if (piece.firstMs < firstMs) firstMs = piece.firstMs
    if (piece.lastMs > lastMs) lastMs = piece.lastMs
    offset += piece.lines
  }
  return {
    width: first.width,
    powerNames: first.powerNames,
    headerLines: 1,
    lines: offset,
    devices: [...devices.values()],
    gaps: { count: gapCount, longestMs, firstLine: gapLine, firstKey: gapKey },
    missing,
    badWidth,
    powerUsed,
    models: [...models],
    devicesWithoutPower: [...withoutPower],
    firstMs,
    lastMs,
  }
}

/** A worker's piece: its summary, or undefined when it met an error (one pass will report it). */
export async function readQueryPiece(
  task: PieceTask,
  input: ArtifactInput,
): Promise<QuerySummary | undefined> {
  const p = task.payload as QueryPiecePayload
  try {
    const options: ReadOptions = { timezone: p.timezone, maxGapSeconds: p.maxGapSeconds }
    return await readQuerySummary(input, options, p.header)
  } catch {
    return undefined
  }
}

/**
 * Read a --query-gpu log in pieces with `runner`: the first piece here, the others in workers.
 * undefined when the log is better read in one pass (small, not a --query-gpu log, no clean cut,
 * or anything a piece could not settle on its own).
 */
export async function readInPieces(
  input: ArtifactInput,
  options: ReadOptions,
  runner: PieceRunner,
  parserOptions: QueryParserOptions = {},
): Promise<ReadResult | undefined> {
  const size = input.size
  if (size === undefined || size < runner.minBytes || runner.pieces < 2) return undefined
  const header = queryHeaderOf(await runner.readAt(0, CUT_WINDOW))
  if (header === undefined) return undefined
  const cuts: number[] = []
  for (const nominal of runner.nominalCuts?.(size) ?? nominalCuts(size, runner.pieces)) {
    // No clean cut near this offset, or the one before it: one piece fewer.
    const found = findCut(await runner.readAt(nominal, CUT_WINDOW), header)
    const at = nominal + found
    if (found >= 0 && at > (cuts.at(-1) ?? 0) && at < size) cuts.push(at)
  }
  if (cuts.length === 0) return undefined
  const payload: QueryPiecePayload = {
    header,
    timezone: options.timezone,
    maxGapSeconds: options.maxGapSeconds,
  }
  const others = runner.run(
    cuts.map((start, k) => ({
      task: 'nvidia-smi-query',
      start,
      end: cuts[k + 1] ?? size,
      payload,
    })),
  )
  let first: QuerySummary | undefined
  try {
    const head: ArtifactInput = { ...input, chunks: () => truncateChunks(input.chunks(), cuts[0]!) }
    first = await readQuerySummary(head, options, undefined, parserOptions)
  } catch {
    first = undefined
  }
  const rest = await others
  if (first === undefined || rest.some((r) => r === undefined)) return undefined
  const joined = joinSummaries([first, ...(rest as QuerySummary[])], options.maxGapSeconds)
  if (joined === undefined) return undefined
  options.onProgress?.(size)
  return finishQuery(input, options.maxGapSeconds, joined)
}
