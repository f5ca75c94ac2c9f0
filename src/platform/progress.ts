/**
 * A progress bar on stderr for long inputs: only when stderr is a terminal and the input is
 * large (> 50 MB); otherwise silent. In the action, periodic log lines take its place.
 *
 * The line is redrawn in place (`\r`, erase line), so it must never be longer than the terminal:
 * a line that wraps leaves one stale copy per redraw. It is fitted to `columns - 1` (the bar
 * narrows, then the path is cut from its start), measured in display columns.
 */
import { displayWidth, truncateStartToWidth, truncateToWidth } from '../core/display-width.js'
import { escapeLine } from '../core/escape.js'

const LARGE = 50 * 1024 * 1024
/** The bar's cells when there is room, and the fewest it keeps. */
const BAR_CELLS = 30
const MIN_BAR_CELLS = 10
/** Used when the terminal does not say how wide it is. */
const DEFAULT_COLUMNS = 80

export interface Progress {
  readonly file: (shownPath: string, size: number | undefined) => void
  readonly update: (bytesRead: number) => void
  readonly done: () => void
}

export interface ProgressStream {
  write(text: string): unknown
  readonly isTTY?: boolean
  /** The terminal's width, read at every redraw (it may be resized). */
  readonly columns?: number
}

/**
 * One line of progress at most `columns - 1` wide:
 * `████████░░░░  40 %  120/300 MB  runs/big/nvidia-smi.csv`.
 */
export function formatProgressLine(
  path: string,
  bytes: number,
  size: number,
  columns: number,
): string {
  const max = Math.max(1, columns - 1)
  const fraction = size > 0 ? Math.min(1, Math.max(0, bytes / size)) : 1
  const mb = (n: number): string => (n / 1048576).toFixed(0)
  const figures = ` ${(fraction * 100).toFixed(0).padStart(3)} %  ${mb(bytes)}/${mb(size)} MB`
  const cells = Math.max(
    MIN_BAR_CELLS,
    Math.min(BAR_CELLS, max - displayWidth(figures) - 2 - displayWidth(path)),
  )
  const filled = Math.round(fraction * cells)
  const head = `${'█'.repeat(filled)}${'░'.repeat(cells - filled)}${figures}`
  const room = max - displayWidth(head) - 2
  const line = room >= 4 ? `${head}  ${truncateStartToWidth(path, room)}` : head
  return truncateToWidth(line, max)
}

export function createProgress(
  stderr: ProgressStream,
  env: Readonly<Record<string, string | undefined>>,
): Progress {
  const enabled = stderr.isTTY === true && env.CI === undefined && env.TERM !== 'dumb'
  let current: { path: string; size: number } | undefined
  let drawn = false
  const clear = (): void => {
    if (drawn) stderr.write('\r\x1b[2K')
    drawn = false
  }
  return {
    file(path, size) {
      clear()
      current = enabled && size !== undefined && size > LARGE ? { path, size } : undefined
    },
    update(bytes) {
      if (!current) return
      const columns =
        typeof stderr.columns === 'number' && stderr.columns > 0 ? stderr.columns : DEFAULT_COLUMNS
      stderr.write(
        `\r\x1b[2K${formatProgressLine(escapeLine(current.path), bytes, current.size, columns)}`,
      )
      drawn = true
    },
    done() {
      clear()
      current = undefined
    },
  }
}
