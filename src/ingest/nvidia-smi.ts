/**
 * nvidia-smi power logs: `--query-gpu=timestamp,…,power.draw --format=csv[,nounits]` CSV
 * (nvidia-smi-query.ts) and `nvidia-smi dmon` tables (nvidia-smi-dmon.ts). The first line that
 * is not blank says which one a file is. One job per file.
 */
import { ArtifactError } from '../core/errors.js'
import { readLines } from './lines.js'
import { DmonParser, isDmonHeader } from './nvidia-smi-dmon.js'
import { QueryParser, isQueryHeader } from './nvidia-smi-query.js'
import type { LineParser } from './nvidia-smi-values.js'
import type { Reader } from './types.js'

function firstLine(head: string): string {
  for (const line of head.split('\n', 20)) if (line.trim() !== '') return line.replace(/\r$/, '')
  return ''
}

export const nvidiaSmiReader: Reader = {
  format: 'nvidia-smi',
  describes:
    'nvidia-smi --query-gpu=timestamp,index,name,power.draw --format=csv logs with their header line, or nvidia-smi dmon output',
  detect(_name, head) {
    const line = firstLine(head)
    return isQueryHeader(line) || isDmonHeader(line)
  },
  async read(input, options) {
    let parser: LineParser | undefined
    for await (const { text, no } of readLines(input.chunks(), options.onProgress)) {
      if (parser === undefined) {
        if (text.trim() === '') continue
        parser = isDmonHeader(text)
          ? new DmonParser(input, options)
          : new QueryParser(input, options)
      }
      parser.line(text, no)
    }
    if (parser === undefined) throw new ArtifactError(input.path, undefined, 'is empty')
    return parser.finish()
  },
}
