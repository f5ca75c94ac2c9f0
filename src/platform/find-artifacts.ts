import { readdirSync, realpathSync, statSync } from 'node:fs'
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

/** What one search has found so far. */
interface Search {
  readonly cwd: string
  readonly maxFiles: number
  /** Allowed roots, symbolic links resolved; empty: anywhere. */
  readonly roots: readonly string[]
  readonly files: FoundFile[]
  readonly errors: ArtifactError[]
  readonly notices: Notice[]
  readonly seen: Set<string>
}

function realRoot(root: string): string {
  try {
    return realpathSync(root)
  } catch {
    return resolve(root)
  }
}

/** Inside an allowed root (symbolic links resolved); an error naming `label` otherwise. */
function isAllowed(search: Search, abs: string, label: string): boolean {
  if (search.roots.length === 0) return true
  let real: string
  try {
    real = realpathSync(abs)
  } catch {
    real = abs
  }
  if (search.roots.some((r) => inside(r, real))) return true
  search.errors.push(
    new ArtifactError(
      label,
      undefined,
      'lies outside the workspace (a symbolic link or path leading out of it): not read',
    ),
  )
  return false
}

function addFile(search: Search, abs: string, explicit: boolean): void {
  if (search.seen.has(abs) || search.files.length >= search.maxFiles) return
  search.seen.add(abs)
  search.files.push({ absPath: abs, shownPath: shown(search.cwd, abs), explicit })
}

function listDirectory(search: Search, dir: string): Dirent[] | undefined {
  try {
    const entries = readdirSync(dir, { withFileTypes: true })
    return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error'
    search.notices.push({
      path: shown(search.cwd, dir),
      message: `cannot be listed (${code}): skipped`,
    })
    return undefined
  }
}

/** One entry of a directory: a file is added, a directory returned to be searched. */
function visitEntry(search: Search, dir: string, entry: Dirent): string | undefined {
  const abs = resolve(dir, entry.name)
  if (entry.isDirectory()) {
    return SKIP_DIRS.has(entry.name) || entry.name.startsWith('.') ? undefined : abs
  }
  if (entry.isFile()) {
    if (!isBackup(entry.name)) addFile(search, abs, false)
  } else if (entry.isSymbolicLink()) {
    // Linked files are read when they stay inside the allowed roots; linked directories are not
    // followed (a loop cannot start).
    try {
      const label = shown(search.cwd, abs)
      if (statSync(abs).isFile() && !isBackup(entry.name) && isAllowed(search, abs, label)) {
        addFile(search, abs, false)
      }
    } catch {
      search.notices.push({
        path: shown(search.cwd, abs),
        message: 'broken symbolic link: skipped',
      })
    }
  }
  return undefined
}

/** Depth first, in name order, without following linked directories. */
function walkDirectory(search: Search, root: string): void {
  const stack = [root]
  while (stack.length > 0) {
    const current = stack.pop()!
    const subdirs: string[] = []
    for (const entry of listDirectory(search, current) ?? []) {
      const dir = visitEntry(search, current, entry)
      if (dir !== undefined) subdirs.push(dir)
      if (search.files.length >= search.maxFiles) {
        search.notices.push({
          path: shown(search.cwd, root),
          message: `search stopped after ${search.maxFiles} files: name the artifacts more precisely`,
        })
        return
      }
    }
    stack.push(...subdirs.reverse())
  }
}

/** What a path that exists but is neither a file nor a directory is (`/dev/null`, a pipe). */
function describeNonRegular(stat: ReturnType<typeof statSync>): string {
  const kind = stat?.isCharacterDevice()
    ? 'a character device'
    : stat?.isBlockDevice()
      ? 'a block device'
      : stat?.isFIFO()
        ? 'a named pipe'
        : stat?.isSocket()
          ? 'a socket'
          : 'not a regular file'
  return `is ${kind}, not a tracker file: name a file or a directory of them`
}

/** One path, directory or glob the user gave; `glob` loads the glob library on first use. */
async function expandPattern(
  search: Search,
  pattern: string,
  glob: () => Promise<typeof import('tinyglobby')>,
): Promise<void> {
  const abs = resolve(search.cwd, pattern)
  let stat: ReturnType<typeof statSync> | undefined
  try {
    stat = statSync(abs)
  } catch {
    stat = undefined
  }
  if (stat?.isFile()) {
    if (isAllowed(search, abs, pattern)) addFile(search, abs, true)
    return
  }
  if (stat?.isDirectory()) {
    if (isAllowed(search, abs, pattern)) walkDirectory(search, abs)
    return
  }
  if (stat !== undefined) {
    search.errors.push(new ArtifactError(pattern, undefined, describeNonRegular(stat)))
    return
  }
  const globber = await glob()
  if (!globber.isDynamicPattern(pattern)) {
    search.errors.push(new ArtifactError(pattern, undefined, 'no such file or directory'))
    return
  }
  const matches = await globber.glob(pattern, {
    cwd: search.cwd,
    absolute: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    dot: false,
    ignore: ['**/node_modules/**', '**/.git/**'],
  })
  if (matches.length === 0) {
    search.errors.push(new ArtifactError(pattern, undefined, 'the pattern matches no file'))
  }
  for (const m of matches.sort()) {
    if (isAllowed(search, m, shown(search.cwd, m))) addFile(search, resolve(m), false)
  }
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
  const search: Search = {
    cwd: options.cwd,
    maxFiles: options.maxFiles ?? 100_000,
    roots: (options.allowedRoots ?? []).map(realRoot),
    files: [],
    errors: [],
    notices: [],
    seen: new Set(),
  }
  // The glob library is loaded only for patterns (most runs name files or directories).
  let globber: typeof import('tinyglobby') | undefined
  const glob = async (): Promise<typeof import('tinyglobby')> =>
    (globber ??= await import('tinyglobby'))
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    await expandPattern(search, pattern, glob)
  }
  return { files: search.files, errors: search.errors, notices: search.notices }
}
