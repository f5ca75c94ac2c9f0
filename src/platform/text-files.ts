/** Text files in a directory, for the configuration file and the report the shells write. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { ConfigError } from '../core/errors.js'
import type { ReadTextFile } from '../run/load-config.js'
import { readGuardedText } from './guarded-file.js'

export interface TextFileOptions {
  /** Largest file accepted, in bytes. */
  readonly maxBytes: number
  /** How `dir` is named in a refusal: "the workspace", "the working directory". */
  readonly dirLabel: string
  /**
   * Whether a file the user named (`--config`) must also lie inside `dir`. A file found by its
   * default name always must: in a pull request's run, the pull request controls it.
   */
  readonly confineNamed: boolean
}

/**
 * Reads files relative to `dir` through the file guard (guarded-file.ts): undefined when there is
 * no such file; a ConfigError naming the file when it is not a regular file, is too large, cannot
 * be read or (found by default, or when `confineNamed`) leads outside `dir`.
 */
export function readTextFileIn(dir: string, options: TextFileOptions): ReadTextFile {
  return (path, how) => {
    const confined = how?.named !== true || options.confineNamed
    const read = readGuardedText(resolve(dir, path), {
      maxBytes: options.maxBytes,
      ...(confined ? { root: dir, rootLabel: options.dirLabel } : {}),
    })
    switch (read.kind) {
      case 'text':
        return read.text
      case 'missing':
        return undefined
      case 'refused':
        throw new ConfigError(path, read.reason)
    }
  }
}

/** Writes `text` to `path`, creating its directory when `makeDirectory` is set. */
export function writeTextFile(path: string, text: string, makeDirectory = false): void {
  if (makeDirectory) mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text)
}
