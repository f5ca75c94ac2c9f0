/** Text files in a directory, for the configuration file and the report the shells write. */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { ReadTextFile } from '../run/load-config.js'

/** Reads files relative to `dir`; undefined when there is no such file (or it is a directory). */
export function readTextFileIn(dir: string): ReadTextFile {
  return (path) => {
    const abs = resolve(dir, path)
    try {
      return statSync(abs).isFile() ? readFileSync(abs, 'utf8') : undefined
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
      throw e
    }
  }
}

/** Writes `text` to `path`, creating its directory when `makeDirectory` is set. */
export function writeTextFile(path: string, text: string, makeDirectory = false): void {
  if (makeDirectory) mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text)
}
