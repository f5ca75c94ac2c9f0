/**
 * The one way tests make temporary folders: each is removed when the test file's process exits
 * (every test file runs in a process of its own), whether its tests passed or failed. A test
 * that wants its folder gone sooner calls `removeTempDir`.
 *
 * `npm test` also points TMPDIR at a folder of its own and fails when anything is left in it
 * (scripts/test.mjs), so a folder made some other way is caught.
 */
import { mkdtempSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const made = new Set<string>()

process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

/** A new empty folder `<tmpdir>/<prefix>XXXXXX` (its real path), removed at exit. */
export function makeTempDir(prefix: string): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)))
  made.add(dir)
  return dir
}

/** Remove a folder made by makeTempDir now. */
export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
  made.delete(dir)
}
