import { readdirSync, realpathSync, statSync } from 'node:fs'
import type { Dirent, Stats } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { ArtifactError } from '../core/errors.js'
import type { Notice } from '../core/types.js'
import { isClaimableName } from '../ingest/registry.js'
import { describeFileType } from './file-input.js'
import { ENVIRONMENT_MARKERS, classifyFolder } from './skip-folders.js'

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
  /**
   * When set, a symbolic link a directory search finds is read only when it resolves inside one
   * of these directories or inside the searched directory (explicit paths are read anywhere).
   */
  readonly allowedRoots?: readonly string[]
  /** Upper bound on the files one search considers (names a reader could claim). */
  readonly maxFiles?: number
}

/** The default cap on the files a search considers. */
export const MAX_SEARCHED_FILES = 100_000
/** Skipped folders named in the summary notice before "and N more". */
const SKIPPED_SHOWN = 5

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

function realRoot(root: string): string {
  try {
    return realpathSync(root)
  } catch {
    return resolve(root)
  }
}

/** What one call has found so far. */
interface Search {
  readonly cwd: string
  readonly maxFiles: number
  /** Allowed roots, symbolic links resolved; empty: links are followed anywhere. */
  readonly roots: readonly string[]
  readonly files: FoundFile[]
  readonly errors: ArtifactError[]
  readonly notices: Notice[]
  readonly seen: Set<string>
  /** Environment and cache folders not searched, as shown paths. */
  readonly skipped: string[]
}

function addFile(search: Search, abs: string, explicit: boolean): void {
  if (search.seen.has(abs) || search.files.length >= search.maxFiles) return
  search.seen.add(abs)
  search.files.push({ absPath: abs, shownPath: shown(search.cwd, abs), explicit })
}

function listDirectory(search: Search, dir: string): Dirent[] | undefined {
  try {
    return readdirSync(dir, { withFileTypes: true })
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error'
    search.notices.push({
      path: shown(search.cwd, dir),
      message: `cannot be listed (${code}): skipped`,
    })
    return undefined
  }
}

const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)

/**
 * A symbolic link a search found, with a name a reader could claim: read when it resolves to a
 * regular file inside the roots; otherwise skipped with a notice saying why (never an error).
 */
function visitLink(search: Search, roots: readonly string[], abs: string): void {
  const label = shown(search.cwd, abs)
  let stat: Stats
  let real: string
  try {
    stat = statSync(abs)
    real = realpathSync(abs)
  } catch {
    search.notices.push({ path: label, message: 'broken symbolic link: skipped' })
    return
  }
  if (!stat.isFile()) return // a linked directory is not followed (no loops); not an artifact
  if (roots.length > 0 && !roots.some((r) => inside(r, real))) {
    search.notices.push({
      path: label,
      message:
        'is a symbolic link leading outside the workspace: a search does not follow it (name the file in `artifacts:` to read it)',
    })
    return
  }
  addFile(search, abs, false)
}

/** One entry of a directory: a claimable file is added, a directory to search returned. */
function visitEntry(
  search: Search,
  roots: readonly string[],
  dir: string,
  entry: Dirent,
): string | undefined {
  const name = entry.name
  if (entry.isDirectory()) {
    const verdict = classifyFolder(name)
    if (verdict === 'environment') search.skipped.push(shown(search.cwd, resolve(dir, name)) + '/')
    return verdict === 'search' ? resolve(dir, name) : undefined
  }
  // Name first: a file no reader could claim is never opened, stat-ed or counted.
  if (isBackup(name) || !isClaimableName(name)) return undefined
  const abs = resolve(dir, name)
  if (entry.isFile()) addFile(search, abs, false)
  else if (entry.isSymbolicLink()) visitLink(search, roots, abs)
  else {
    let kind = 'not a regular file'
    try {
      kind = describeFileType(statSync(abs))
    } catch {
      // described generically
    }
    search.notices.push({ path: shown(search.cwd, abs), message: `is ${kind}: skipped` })
  }
  return undefined
}

/** Is this folder (not the one searched) a Python or conda environment, whatever its name? */
function isEnvironment(entries: readonly Dirent[]): boolean {
  return entries.some((e) => ENVIRONMENT_MARKERS.has(e.name))
}

/** Depth first, in name order, without following linked directories. */
function walkDirectory(search: Search, root: string): void {
  // Links found here may lead anywhere inside the roots or the folder the user named.
  const roots = search.roots.length > 0 ? [...search.roots, realRoot(root)] : []
  const stack = [root]
  while (stack.length > 0) {
    const current = stack.pop()!
    const entries = listDirectory(search, current)
    if (entries === undefined) continue
    if (current !== root && isEnvironment(entries)) {
      search.skipped.push(shown(search.cwd, current) + '/')
      continue
    }
    entries.sort(byName)
    const subdirs: string[] = []
    for (const entry of entries) {
      const dir = visitEntry(search, roots, current, entry)
      if (dir !== undefined) subdirs.push(dir)
      if (search.files.length >= search.maxFiles) {
        search.notices.push({
          path: shown(search.cwd, root),
          message: `search stopped after ${search.maxFiles} files a reader could claim: name the artifacts more precisely`,
        })
        return
      }
    }
    for (let i = subdirs.length - 1; i >= 0; i -= 1) stack.push(subdirs[i]!)
  }
}

/** One path, directory or glob the user gave; `glob` loads the glob library on first use. */
async function expandPattern(
  search: Search,
  pattern: string,
  glob: () => Promise<typeof import('tinyglobby')>,
): Promise<void> {
  const abs = resolve(search.cwd, pattern)
  let stat: Stats | undefined
  try {
    stat = statSync(abs)
  } catch {
    stat = undefined
  }
  // Paths the user named are read wherever they are (a self-hosted runner's /scratch/…).
  if (stat?.isFile()) {
    addFile(search, abs, true)
    return
  }
  if (stat?.isDirectory()) {
    walkDirectory(search, abs)
    return
  }
  if (stat !== undefined) {
    search.errors.push(
      new ArtifactError(
        pattern,
        undefined,
        `is ${describeFileType(stat)}, not a regular file: not read`,
      ),
    )
    return
  }
  const globber = await glob()
  if (!globber.isDynamicPattern(pattern)) {
    search.errors.push(new ArtifactError(pattern, undefined, 'no such file or directory'))
    return
  }
  // Links are not matched (followSymbolicLinks: false), so a glob cannot lead out either.
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
  for (const m of matches.sort()) addFile(search, resolve(m), false)
}

function skippedNotice(search: Search): Notice | undefined {
  const n = search.skipped.length
  if (n === 0) return undefined
  const listed = search.skipped.slice(0, SKIPPED_SHOWN).join(', ')
  const more = n > SKIPPED_SHOWN ? ` and ${n - SKIPPED_SHOWN} more` : ''
  return {
    path: search.skipped[0]!,
    message: `not searched: ${n} environment, cache or dependency folder${n === 1 ? '' : 's'} (${listed}${more}); name a path inside one in \`artifacts:\` to read it`,
  }
}

/**
 * Resolve the user's paths, directories and globs to files. Directories are searched recursively,
 * name first (only names a reader could claim), without entering environment, cache and
 * dependency folders or following links to directories; `*.bak` files are skipped by a search
 * and read when named. Nothing found at all is an error: a gate never passes on nothing.
 */
export async function findArtifacts(
  patterns: readonly string[],
  options: FindOptions,
): Promise<FindResult> {
  const search: Search = {
    cwd: options.cwd,
    maxFiles: options.maxFiles ?? MAX_SEARCHED_FILES,
    roots: (options.allowedRoots ?? []).map(realRoot),
    files: [],
    errors: [],
    notices: [],
    seen: new Set(),
    skipped: [],
  }
  // The glob library is loaded only for patterns (most runs name files or directories).
  let globber: typeof import('tinyglobby') | undefined
  const glob = async (): Promise<typeof import('tinyglobby')> =>
    (globber ??= await import('tinyglobby'))
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    await expandPattern(search, pattern, glob)
  }
  const summary = skippedNotice(search)
  const notices = summary === undefined ? search.notices : [summary, ...search.notices]
  return { files: search.files, errors: search.errors, notices }
}
