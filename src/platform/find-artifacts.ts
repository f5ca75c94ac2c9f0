import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs'
import type { Dirent } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { ArtifactError } from '../core/errors.js'
import type { Notice } from '../core/types.js'

export interface FoundFile {
  readonly absPath: string
  /** Path shown to users: relative to the working directory when inside it. */
  readonly shownPath: string
  /** Named by the user (a format must match), rather than found by searching. */
  readonly explicit: boolean
}

export interface FindResult {
  readonly files: readonly FoundFile[]
  readonly errors: readonly ArtifactError[]
  readonly notices: readonly Notice[]
}

export interface FindOptions {
  readonly cwd: string
  /** When set, artifacts must lie inside one of these directories (symlinks resolved). */
  readonly allowedRoots?: readonly string[]
  /** Upper bound on files considered by one search. */
  readonly maxFiles?: number
}

/** Directories a search never enters. */
const SKIP_DIRS = new Set([
  'node_modules',
  '.git',
  '__pycache__',
  '.venv',
  'venv',
  '.tox',
  'dist-newstyle',
])

/** Backups CodeCarbon leaves after a schema change: read only when named. */
function isBackup(name: string): boolean {
  return /\.bak$/i.test(name)
}

function shown(cwd: string, abs: string): string {
  const rel = relative(cwd, abs)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : abs
}

function inside(root: string, target: string): boolean {
  const rel = relative(root, target)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/**
 * Resolve the user's paths, directories and globs to files. Directories are searched recursively
 * without following symbolic links to directories (no loops); `*.bak` files are skipped by a
 * search and read when named. Nothing found at all is an error: a gate never passes on nothing.
 */
export async function findArtifacts(
  patterns: readonly string[],
  options: FindOptions,
): Promise<FindResult> {
  const { cwd } = options
  const maxFiles = options.maxFiles ?? 100_000
  const files: FoundFile[] = []
  const errors: ArtifactError[] = []
  const notices: Notice[] = []
  const seen = new Set<string>()
  const roots = (options.allowedRoots ?? []).map((r) => {
    try {
      return realpathSync(r)
    } catch {
      return resolve(r)
    }
  })

  const allowed = (abs: string, label: string): boolean => {
    if (roots.length === 0) return true
    let real: string
    try {
      real = realpathSync(abs)
    } catch {
      real = abs
    }
    if (roots.some((r) => inside(r, real))) return true
    errors.push(
      new ArtifactError(
        label,
        undefined,
        'lies outside the workspace (a symbolic link or path leading out of it): not read',
      ),
    )
    return false
  }

  const add = (abs: string, explicit: boolean): void => {
    if (seen.has(abs)) return
    if (files.length >= maxFiles) return
    seen.add(abs)
    files.push({ absPath: abs, shownPath: shown(cwd, abs), explicit })
  }

  const walk = (dir: string): void => {
    const stack = [dir]
    while (stack.length > 0) {
      const current = stack.pop()!
      let entries: Dirent[]
      try {
        entries = readdirSync(current, { withFileTypes: true })
      } catch (e) {
        notices.push({
          path: shown(cwd, current),
          message: `cannot be listed (${(e as NodeJS.ErrnoException).code ?? 'error'}): skipped`,
        })
        continue
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      const subdirs: string[] = []
      for (const entry of entries) {
        const abs = resolve(current, entry.name)
        if (entry.isDirectory()) {
          if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) subdirs.push(abs)
        } else if (entry.isFile()) {
          if (!isBackup(entry.name)) add(abs, false)
        } else if (entry.isSymbolicLink()) {
          // Linked files are read when they stay inside the allowed roots; linked directories are
          // not followed (a loop cannot start).
          try {
            if (statSync(abs).isFile() && !isBackup(entry.name) && allowed(abs, shown(cwd, abs)))
              add(abs, false)
          } catch {
            notices.push({ path: shown(cwd, abs), message: 'broken symbolic link: skipped' })
          }
        }
        if (files.length >= maxFiles) {
          notices.push({
            path: shown(cwd, dir),
            message: `search stopped after ${maxFiles} files: name the artifacts more precisely`,
          })
          return
        }
      }
      stack.push(...subdirs.reverse())
    }
  }

  const list = patterns.length > 0 ? patterns : ['.']
  let globber: typeof import('tinyglobby') | undefined
  for (const pattern of list) {
    const abs = resolve(cwd, pattern)
    let stat: ReturnType<typeof lstatSync> | undefined
    try {
      stat = statSync(abs)
    } catch {
      stat = undefined
    }
    if (stat?.isFile()) {
      if (allowed(abs, pattern)) add(abs, true)
    } else if (stat?.isDirectory()) {
      if (allowed(abs, pattern)) walk(abs)
    } else if ((globber ??= await import('tinyglobby')).isDynamicPattern(pattern)) {
      // The glob library is loaded only for patterns (most runs name files or directories).
      const matches = await globber.glob(pattern, {
        cwd,
        absolute: true,
        onlyFiles: true,
        followSymbolicLinks: false,
        dot: false,
        ignore: ['**/node_modules/**', '**/.git/**'],
      })
      if (matches.length === 0) {
        errors.push(new ArtifactError(pattern, undefined, 'the pattern matches no file'))
      }
      for (const m of matches.sort()) if (allowed(m, shown(cwd, m))) add(resolve(m), false)
    } else {
      errors.push(new ArtifactError(pattern, undefined, 'no such file or directory'))
    }
  }
  return { files, errors, notices }
}
