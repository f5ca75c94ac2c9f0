/**
 * Lays a corpus case out on disk: a fresh workspace with the valid artifacts in `good/` and the
 * case's files, plus a directory outside it (`$OUT`) holding a valid artifact for the
 * "outside the workspace" cases.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { makeTempDir, removeTempDir } from '../support/temp.js'
import type { Case, Content } from './corpus-types.js'
import { genericJson, validArtifacts } from './valid-artifacts.js'

export interface Workspace {
  /** The workspace (real path, so that symlink checks compare like with like). */
  readonly dir: string
  /** A directory outside the workspace with `secret.carbon.json` in it. */
  readonly outside: string
  /** Paths (relative, `/`) of the valid artifacts the report must still hold. */
  readonly goodPaths: readonly string[]
  /** Remove both directories. */
  readonly remove: () => void
}

function materializeContent(content: Content): string | Uint8Array {
  return typeof content === 'function' ? content() : content
}

function writeFile(root: string, path: string, content: Content): void {
  const abs = join(root, path)
  mkdirSync(dirname(abs), { recursive: true })
  writeFileSync(abs, materializeContent(content))
}

/** The case's files under a new workspace. */
export function layOut(c: Case): Workspace {
  const dir = makeTempDir('cg-rel-')
  const outside = makeTempDir('cg-out-')
  writeFile(outside, 'secret.carbon.json', genericJson([{ name: 'outside-secret', energyKWh: 99 }]))
  const goodPaths: string[] = []
  if (c.alone !== true) {
    for (const a of validArtifacts()) {
      writeFile(dir, a.path, a.text)
      for (const [name, text] of Object.entries(a.siblings ?? {})) {
        writeFile(dir, join(dirname(a.path), name), text)
      }
      goodPaths.push(a.path)
    }
  }
  for (const f of c.files) {
    const abs = join(dir, f.path)
    mkdirSync(dirname(abs), { recursive: true })
    if (f.symlink !== undefined) symlinkSync(f.symlink.replace('$OUT', outside), abs)
    else if (f.dir === true) mkdirSync(abs, { recursive: true })
    else if (f.fifo === true) {
      const made = spawnSync('mkfifo', [abs])
      if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr.toString()}`)
    } else writeFile(dir, f.path, f.content ?? '')
  }
  return {
    dir,
    outside,
    goodPaths,
    remove: () => {
      removeTempDir(dir)
      removeTempDir(outside)
    },
  }
}

/** Lines that look like a JavaScript stack frame. */
export const STACK_FRAME = /^\s+at .+(?:\(.*:\d+:\d+\)|:\d+:\d+)$/m
