/**
 * Files a directory search found that no reader takes but that look like a tracker's output (an
 * nvidia-smi log written without its header line, a CSV with energy or power columns, a file
 * named like an artifact). Leaving one out without a word under-counts silently: such a file is
 * named in a warning instead.
 */

/** Words in a file name that tracker artifacts carry. */
const ARTIFACT_NAME =
  /emission|codecarbon|carbontracker|eco2ai|zeus|nvidia[-_]?smi|dcgm|rocm[-_]?smi|amd[-_]?smi|power|energy|carbon|watts?\b/i

/** Column names of tracker output: energy, power, emissions. */
const TRACKER_COLUMN =
  /power\.draw|energy_consumed|emissions(?:_rate)?|(?:cpu|gpu|ram)_(?:energy|power)|co2|kwh|consumedenergy|\bpower\b|\benergy\b|watts?\b|joules?\b/i

/** Delimited text, whose first line may name columns. */
const DELIMITED = /\.(?:csv|tsv|psv)$/i
/** carbon-gate's own JSON report (`--output`, `report-path`): never an artifact. */
const OWN_REPORT = /"schemaVersion"\s*:\s*1\b[\s\S]*"verdict"\s*:/

/** A timestamp as nvidia-smi writes it (2024/05/01 12:00:00.123) or ISO 8601. */
const TIMESTAMP = /^\d{4}[/-]\d{2}[/-]\d{2}[ T]\d{2}:\d{2}:\d{2}/
/** A power reading with its unit (312.45 W), as nvidia-smi writes it without `nounits`. */
const WATTS_CELL = /^\d+(?:\.\d+)?\s*W$/

function firstLine(head: string): string | undefined {
  for (const line of head.split('\n', 20)) {
    const text = line.replace(/\r$/, '').trim()
    if (text !== '') return text
  }
  return undefined
}

/** Mostly printable text: binary files (images, archives, model weights) are never near misses. */
function isText(head: string): boolean {
  const sample = head.slice(0, 4096)
  if (sample.includes('\0') || sample.includes('\ufffd')) return false
  return true
}

/**
 * Why this file (found by a search, matched by no reader) looks like a tracker artifact, as the
 * end of a sentence about it; undefined when it does not.
 */
export function describeNearMiss(name: string, head: string): string | undefined {
  if (!isText(head) || OWN_REPORT.test(head.slice(0, 4096))) return undefined
  const line = firstLine(head)
  if (line !== undefined) {
    const cells = line.split(',').map((c) => c.trim())
    if (cells.length >= 2 && TIMESTAMP.test(cells[0] ?? '')) {
      if (cells.some((c) => WATTS_CELL.test(c)) || /\bNVIDIA\b|GPU-[0-9a-f]/i.test(line)) {
        return 'looks like an nvidia-smi power log without its header line (--format=csv,noheader?) but is not read: log with --format=csv so the header names the columns'
      }
    }
    const columns = DELIMITED.test(name) ? line.split(/[,\t|;]/).map((c) => c.trim()) : []
    if (columns.length >= 2 && columns.some((c) => TRACKER_COLUMN.test(c))) {
      return 'has energy, power or emissions columns but matches no supported format: not read (name it in `artifacts:` to see why)'
    }
  }
  if (ARTIFACT_NAME.test(name)) {
    return 'is named like a tracker artifact but matches no supported format: not read (name it in `artifacts:` to see why)'
  }
  return undefined
}
