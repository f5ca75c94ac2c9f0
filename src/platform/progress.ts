/**
 * A progress bar on stderr for long inputs: only when stderr is a terminal and the input is
 * large (> 50 MB); otherwise silent. In the action, periodic log lines take its place.
 */
import { escapeLine } from '../core/escape.js'

const LARGE = 50 * 1024 * 1024

export interface Progress {
  readonly file: (shownPath: string, size: number | undefined) => void
  readonly update: (bytesRead: number) => void
  readonly done: () => void
}

export function createProgress(
  stderr: { write(text: string): unknown; readonly isTTY?: boolean },
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
      const fraction = Math.min(1, bytes / current.size)
      const width = 30
      const filled = Math.round(fraction * width)
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`
      const mb = (n: number): string => (n / 1048576).toFixed(0)
      stderr.write(
        `\r\x1b[2K${bar} ${(fraction * 100).toFixed(0).padStart(3)} %  ${mb(bytes)}/${mb(current.size)} MB  ${escapeLine(current.path)}`,
      )
      drawn = true
    },
    done() {
      clear()
      current = undefined
    },
  }
}
