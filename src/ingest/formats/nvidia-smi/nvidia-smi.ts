/**
 * nvidia-smi power logs: `--query-gpu=timestamp,…,power.draw --format=csv[,nounits]` CSV
 * (nvidia-smi-query.ts) and `nvidia-smi dmon` tables (nvidia-smi-dmon.ts). The first line that
 * is not blank says which one a file is. One job per file.
 *
 * Lines are handed over as bytes with the offsets of their commas: the --query-gpu reader reads
 * the rows it fully understands in place (nvidia-smi-query-fast.ts) and decodes the others; dmon
 * lines are decoded.
 */
import { ArtifactError } from '../../../core/errors.js'
import { decodeLine, forEachRow } from '../../shared/lines.js'
import { DmonParser, isDmonHeader } from './nvidia-smi-dmon.js'
import { QueryParser, isQueryHeader, type QueryParserOptions } from './nvidia-smi-query.js'
import type { ArtifactInput, ReadOptions, ReadResult, Reader } from '../../types.js'
import { readInPieces } from './nvidia-smi-pieces.js'

const COMMA = 0x2c

function firstLine(head: string): string {
  for (const line of head.split('\n', 20)) if (line.trim() !== '') return line.replace(/\r$/, '')
  return ''
}

/**
 * Read an nvidia-smi log: in pieces on several threads when the input offers it and the log allows
 * it (nvidia-smi-pieces.ts), else in one pass. `parserOptions` is for tests: `stringPathOnly` reads every --query-gpu
 * row through the string path, which the fast path must match exactly.
 */
export async function readNvidiaSmi(
  input: ArtifactInput,
  options: ReadOptions,
  parserOptions: QueryParserOptions = {},
): Promise<ReadResult> {
  if (input.pieces !== undefined && options.energyProfile !== true) {
    const result = await readInPieces(input, options, input.pieces, parserOptions)
    if (result !== undefined) return result
  }
  let query: QueryParser | undefined
  let dmon: DmonParser | undefined
  await forEachRow(
    input.chunks(),
    COMMA,
    COMMA,
    (bytes, view, start, end, seps, sepAt, count, no) => {
      if (query !== undefined) query.row(bytes, view, start, end, seps, sepAt, count, no)
      else if (dmon !== undefined) dmon.line(decodeLine(bytes, start, end), no)
      else {
        const text = decodeLine(bytes, start, end)
        if (text.trim() === '') return
        if (isDmonHeader(text)) {
          dmon = new DmonParser(input, options)
          dmon.line(text, no)
        } else {
          query = new QueryParser(input, options, parserOptions)
          query.line(text, no)
        }
      }
    },
    options.onProgress,
  )
  const parser = query ?? dmon
  if (parser === undefined) throw new ArtifactError(input.path, undefined, 'is empty')
  return parser.finish()
}

export const nvidiaSmiReader: Reader = {
  format: 'nvidia-smi',
  describes:
    'nvidia-smi --query-gpu=timestamp,index,name,power.draw --format=csv logs with their header line, or nvidia-smi dmon output',
  detect(_name, head) {
    const line = firstLine(head)
    return isQueryHeader(line) || isDmonHeader(line)
  },
  read: (input, options) => readNvidiaSmi(input, options),
}
