/** What the action logs while it reads: warnings as annotations, progress on long inputs. */
import { escapeLine, escapeLogLine } from '../core/escape.js'
import type { Notice } from '../core/types.js'
import type { ActionLog, Annotation } from './action-io.js'

/**
 * The log with every message (and an annotation's file) escaped on one line (core/escape.ts): a
 * file, artifact or job name cannot split a log line, forge a workflow command (`::error::`,
 * `::add-mask::`) or send escape sequences to the log viewer. The runner's port is wrapped once.
 */
export function escapedLog(log: ActionLog): ActionLog {
  const at = (a: Annotation): Annotation => ({ ...a, file: escapeLine(a.file) })
  return {
    info: (m) => {
      log.info(escapeLogLine(m))
    },
    warning: (m, where) => {
      if (where === undefined) log.warning(escapeLogLine(m))
      else log.warning(escapeLogLine(m), at(where))
    },
    error: (m) => {
      log.error(escapeLogLine(m))
    },
    debug: (m) => {
      log.debug(escapeLogLine(m))
    },
  }
}

/** A step output's value on one line: GITHUB_OUTPUT never gets a line break from input. */
export function escapedOutput(value: string): string {
  return escapeLine(value)
}

const MAX_ANNOTATIONS = 20
const LARGE_FILE_BYTES = 50 * 1024 * 1024
const PROGRESS_EVERY_MS = 10_000

/** The first notices as annotations on their files; the rest counted. */
export function annotateNotices(log: ActionLog, notices: readonly Notice[]): void {
  for (const n of notices.slice(0, MAX_ANNOTATIONS)) {
    log.warning(n.message, { file: n.path, ...(n.line !== undefined ? { line: n.line } : {}) })
  }
  if (notices.length > MAX_ANNOTATIONS) {
    log.warning(
      `${notices.length - MAX_ANNOTATIONS} more warnings: see the job summary and the JSON report`,
    )
  }
}

function megabytes(bytes: number): string {
  return (bytes / 1048576).toFixed(0)
}

/** A line before each large file, and one every 10 s while it is read. */
export function logReading(
  log: ActionLog,
  now: () => Date,
): {
  onFile: (path: string, size: number | undefined) => void
  onProgress: (bytes: number) => void
} {
  let last = now().getTime()
  return {
    onFile: (path, size) => {
      if (size !== undefined && size > LARGE_FILE_BYTES)
        log.info(`Reading ${path} (${megabytes(size)} MB)…`)
    },
    onProgress: (bytes) => {
      const at = now().getTime()
      if (at - last < PROGRESS_EVERY_MS) return
      last = at
      log.info(`… ${megabytes(bytes)} MB read`)
    },
  }
}
