/**
 * Reading and appending the ledger through the Git Data API: no checkout, no force-push.
 * Each append is one commit on the ledger branch that changes only the month file (and the
 * badge files it is given), in three writes: a tree with the contents inline, the commit, the ref.
 * A concurrent writer makes the ref update fail, and we re-read and retry.
 */
import type { GitHubClient } from './client.js'
import { sleep } from './client.js'
import { GitHubError, callGitHub, hasStatus } from './errors.js'
import {
  LEDGER_DIR,
  LedgerError,
  type LedgerRecord,
  monthOf,
  monthPath,
  parseLedgerFile,
  recordProblem,
  serializeLedgerFile,
  sortRecords,
} from '../run/ledger-record.js'

interface Repo {
  readonly owner: string
  readonly repo: string
}

export interface ReadLedgerParams extends Repo {
  readonly branch: string
  /** `YYYY-MM` months to read. */
  readonly months: readonly string[]
}

export interface AppendLedgerParams extends Repo {
  readonly branch: string
  readonly record: LedgerRecord
  /** What the run already read (its month file and head serve the first attempt). */
  readonly snapshot?: LedgerSnapshot
  /** Files written in the same commit, e.g. ledger/badge.svg and ledger/badge.json. */
  readonly extraFiles?: readonly { readonly path: string; readonly content: string }[]
  /** Attempts before giving up when other writers keep moving the branch (default 10). */
  readonly maxAttempts?: number
  /** Back-off unit between attempts, jittered and doubled each time (default 500 ms). */
  readonly retryDelayMs?: number
}

/**
 * The ledger branch as one read saw it: its head commit and tree, the records of the months read
 * (by month path), and, when asked in the same query, who the token is and the base commit's
 * ancestors. One snapshot serves the baseline, the comment's identity and the append.
 */
export interface LedgerSnapshot {
  readonly branch: string
  /** Undefined when the ledger branch does not exist yet. */
  readonly head?: { readonly commit: string; readonly tree: string }
  readonly months: ReadonlyMap<string, readonly LedgerRecord[]>
  /** The login the token acts as (GraphQL `viewer`), when the read asked. */
  readonly viewer?: string
  /** The base commit's ancestors, nearest first (itself excluded), when the read asked. */
  readonly ancestors?: readonly string[]
  /** True when the read listed the `ledger/` folder: `months` holds every month file read. */
  readonly listed?: boolean
  /** What the read left out (month files over the bounds), one line each. */
  readonly notices?: readonly string[]
}

export interface SnapshotParams extends ReadLedgerParams {
  /** One GraphQL query (also gives `viewer` and the base's ancestors) instead of REST reads. */
  readonly graphql?: boolean
  readonly baseSha?: string
  /**
   * Also read every other month file of `ledger/` (for the project to date), listed in the same
   * GraphQL query or by one `git/trees` read: the newest {@link MAX_MONTHS_LISTED} months and
   * {@link MAX_LISTED_BYTES} bytes at most (the `months` asked are always read).
   */
  readonly allMonths?: boolean
}

/** Month files read at most when listing the ledger (20 years). */
export const MAX_MONTHS_LISTED = 240
/** Bytes of month files read at most when listing the ledger (the months asked not counted). */
export const MAX_LISTED_BYTES = 64 * 1024 * 1024

const MONTH_FILE = /^(\d{4}-(0[1-9]|1[0-2]))\.json$/

/** How many of the base commit's ancestors are asked for (cheap: in the same query). */
export const ANCESTORS_ASKED = 20

/** The records of those months, oldest first; null when the ledger branch does not exist yet. */
export async function readLedger(
  client: GitHubClient,
  p: ReadLedgerParams,
): Promise<LedgerRecord[] | null> {
  const snapshot = await readLedgerSnapshot(client, p)
  return snapshot.head === undefined ? null : snapshotRecords(snapshot)
}

/** Every record of a snapshot, oldest first. */
export function snapshotRecords(snapshot: LedgerSnapshot): LedgerRecord[] {
  return sortRecords([...snapshot.months.values()].flat())
}

export async function readLedgerSnapshot(
  client: GitHubClient,
  p: SnapshotParams,
): Promise<LedgerSnapshot> {
  const paths = [...new Set(p.months)].map(monthPath)
  if (p.graphql === true) {
    try {
      return await readByGraphQL(client, p, paths)
    } catch (e) {
      // A bad month file is the ledger's problem, not the query's: REST would read it the same.
      if (e instanceof LedgerError) throw e
      // A server without this GraphQL schema (older GHES) or a refused query: the REST reads
      // give the same snapshot, without `viewer` (the comment asks for it then).
    }
  }
  const head = await headOf(client, p, p.branch)
  if (head === undefined) return { branch: p.branch, months: new Map() }
  if (p.allMonths === true) return readListedByRest(client, p, paths, head)
  const read = await Promise.all(
    paths.map(
      async (path) => [path, await readMonth(client, p, p.branch, head.commit, path)] as const,
    ),
  )
  return { branch: p.branch, head, months: new Map(read) }
}

/** A month file of the `ledger/` folder as a listing shows it. */
interface ListedMonth {
  readonly path: string
  readonly bytes: number
}

/**
 * Which listed month files are read: the months asked, then the newest others while the count
 * and the bytes stay within bounds; a notice names what is left out.
 */
export function chooseListedMonths(
  listed: readonly ListedMonth[],
  asked: readonly string[],
  branch: string,
): { read: Set<string>; notice?: string } {
  const read = new Set(asked.filter((path) => listed.some((m) => m.path === path)))
  const others = listed
    .filter((m) => !read.has(m.path))
    .sort((a, b) => b.path.localeCompare(a.path))
  let bytes = 0
  let left = 0
  for (const m of others) {
    if (read.size >= MAX_MONTHS_LISTED || bytes + m.bytes > MAX_LISTED_BYTES) {
      left += 1
      continue
    }
    bytes += m.bytes
    read.add(m.path)
  }
  if (left === 0) return { read }
  const oldest = [...read].sort()[0]?.slice(LEDGER_DIR.length + 1, -'.json'.length) ?? ''
  return {
    read,
    notice:
      `ledger ${branch}: ${left} older month file${left === 1 ? '' : 's'} not read (at most ` +
      `${MAX_MONTHS_LISTED} months and ${MAX_LISTED_BYTES / 1024 / 1024} MiB are read): ` +
      `the project to date counts from ${oldest}`,
  }
}

/** The month files of a listing, by path (`ledger/YYYY-MM.json`). */
function monthFilesOf(names: readonly { name: string; bytes: number }[]): ListedMonth[] {
  return names
    .filter((n) => MONTH_FILE.test(n.name))
    .map((n) => ({ path: `${LEDGER_DIR}/${n.name}`, bytes: n.bytes }))
}

/**
 * The chosen month files' records, and `[]` for a month asked that has no file. A bad month file
 * asked for fails the read as before; an older one is left out of the project with a notice.
 */
async function readChosen(
  read: ReadonlySet<string>,
  asked: readonly string[],
  readOne: (path: string) => Promise<readonly LedgerRecord[]>,
): Promise<{ months: Map<string, readonly LedgerRecord[]>; notices: string[] }> {
  const notices: string[] = []
  const pairs = await Promise.all(
    [...read].map(async (path): Promise<readonly [string, readonly LedgerRecord[]] | undefined> => {
      try {
        return [path, await readOne(path)]
      } catch (e) {
        if (asked.includes(path) || !(e instanceof LedgerError)) throw e
        notices.push(`${e.line} (left out of the project to date)`)
        return undefined
      }
    }),
  )
  const months = new Map(pairs.filter((x) => x !== undefined))
  for (const path of asked) if (!months.has(path)) months.set(path, [])
  return { months, notices: notices.sort() }
}

/** One `git/trees` read lists the branch's files; then the chosen month files are read. */
async function readListedByRest(
  client: GitHubClient,
  p: SnapshotParams,
  asked: readonly string[],
  head: { commit: string; tree: string },
): Promise<LedgerSnapshot> {
  const { data } = await callGitHub(`GET /repos/${p.owner}/${p.repo}/git/trees/${head.tree}`, () =>
    client.rest.git.getTree({
      owner: p.owner,
      repo: p.repo,
      tree_sha: head.tree,
      recursive: 'true',
    }),
  )
  const prefix = `${LEDGER_DIR}/`
  const listed = monthFilesOf(
    data.tree
      .filter(
        (e) =>
          e.type === 'blob' &&
          typeof e.path === 'string' &&
          e.path.startsWith(prefix) &&
          !e.path.slice(prefix.length).includes('/'),
      )
      .map((e) => ({ name: e.path.slice(prefix.length), bytes: e.size ?? 0 })),
  )
  const { read, notice } = chooseListedMonths(listed, asked, p.branch)
  const chosen = await readChosen(read, asked, (path) =>
    readMonth(client, p, p.branch, head.commit, path),
  )
  const notices = [
    ...(data.truncated
      ? [`ledger ${p.branch}: the tree listing was truncated: some month files may not be read`]
      : []),
    ...(notice !== undefined ? [notice] : []),
    ...chosen.notices,
  ]
  return {
    branch: p.branch,
    head,
    months: chosen.months,
    listed: true,
    ...(notices.length > 0 ? { notices } : {}),
  }
}

interface BlobAnswer {
  readonly text?: string | null
  readonly isTruncated?: boolean
  readonly byteSize?: number
}
interface FolderAnswer {
  readonly object?: {
    readonly entries?: readonly { readonly name?: string; readonly object?: BlobAnswer | null }[]
  } | null
}
interface SnapshotAnswer {
  readonly viewer?: { readonly login?: string }
  readonly repository?: {
    readonly ref?: {
      readonly target?: Readonly<Record<string, unknown>> & {
        readonly oid?: string
        readonly tree?: { readonly oid?: string }
        readonly folder?: FolderAnswer | null
      }
    } | null
    readonly base?: {
      readonly history?: { readonly nodes?: readonly { readonly oid?: string }[] }
    } | null
  }
}

/** The alias the `ledger/` folder's listing is asked under. */
const FOLDER_ALIAS = 'folder'

/**
 * The GraphQL text of the snapshot query: one alias per month file, or the `ledger/` folder's
 * listing with every file's text; the base's history if asked.
 */
export function snapshotQuery(monthCount: number, withBase: boolean, listFolder = false): string {
  const asked = listFolder ? 0 : monthCount
  const vars = Array.from({ length: asked }, (_, i) => `, $p${i}: String!`).join('')
  const files = listFolder
    ? `${FOLDER_ALIAS}: file(path: "${LEDGER_DIR}") { object { ... on Tree { entries { name object { ... on Blob { byteSize text isTruncated } } } } } }`
    : Array.from(
        { length: asked },
        (_, i) => `m${i}: file(path: $p${i}) { object { ... on Blob { text isTruncated } } }`,
      ).join(' ')
  const base = withBase
    ? ` base: object(oid: $base) { ... on Commit { history(first: ${ANCESTORS_ASKED + 1}) { nodes { oid } } } }`
    : ''
  return (
    `query carbonGateLedger($owner: String!, $repo: String!, $ref: String!${vars}${withBase ? ', $base: GitObjectID!' : ''}) {` +
    ' viewer { login }' +
    ' repository(owner: $owner, name: $repo) {' +
    ` ref(qualifiedName: $ref) { target { oid ... on Commit { tree { oid } ${files} } } }${base} } }`
  )
}

async function readByGraphQL(
  client: GitHubClient,
  p: SnapshotParams,
  paths: readonly string[],
): Promise<LedgerSnapshot> {
  const baseSha =
    p.baseSha !== undefined && /^[0-9a-f]{40}$/i.test(p.baseSha) ? p.baseSha : undefined
  const withBase = baseSha !== undefined
  const listFolder = p.allMonths === true
  const variables: Record<string, string> = {
    owner: p.owner,
    repo: p.repo,
    ref: `refs/heads/${p.branch}`,
    ...(listFolder ? {} : Object.fromEntries(paths.map((path, i) => [`p${i}`, path]))),
    ...(baseSha !== undefined ? { base: baseSha } : {}),
  }
  const answer = await callGitHub(`POST /graphql (ledger ${p.branch})`, () =>
    client.graphql<SnapshotAnswer>(snapshotQuery(paths.length, withBase, listFolder), variables),
  )
  const viewer = answer.viewer?.login
  const nodes = answer.repository?.base?.history?.nodes ?? []
  const ancestors = withBase
    ? nodes
        .map((n) => n.oid ?? '')
        .filter((oid) => oid !== '' && oid.toLowerCase() !== baseSha?.toLowerCase())
    : undefined
  const extra = {
    ...(viewer !== undefined && viewer !== '' ? { viewer } : {}),
    ...(ancestors !== undefined ? { ancestors } : {}),
  }
  const target = answer.repository?.ref?.target
  const commit = target?.oid
  const tree = target?.tree?.oid
  if (target === undefined || commit === undefined || tree === undefined) {
    return { branch: p.branch, months: new Map(), ...extra }
  }
  const head = { commit, tree }
  /** A blob's records; a month file too large for GraphQL's text is read raw. */
  const recordsOf = async (path: string, blob: BlobAnswer): Promise<readonly LedgerRecord[]> =>
    typeof blob.text === 'string' && blob.isTruncated !== true
      ? parseLedgerFile(blob.text, p.branch, path)
      : readMonth(client, p, p.branch, commit, path)
  if (listFolder) {
    const entries = target.folder?.object?.entries ?? []
    const blobs = new Map<string, BlobAnswer>()
    for (const e of entries) {
      if (typeof e.name === 'string' && e.object !== undefined && e.object !== null) {
        blobs.set(`${LEDGER_DIR}/${e.name}`, e.object)
      }
    }
    const listed = monthFilesOf(
      [...blobs].map(([path, b]) => ({
        name: path.slice(LEDGER_DIR.length + 1),
        bytes: b.byteSize ?? b.text?.length ?? 0,
      })),
    )
    const { read, notice } = chooseListedMonths(listed, paths, p.branch)
    const chosen = await readChosen(read, paths, (path) => recordsOf(path, blobs.get(path)!))
    const notices = [...(notice !== undefined ? [notice] : []), ...chosen.notices]
    return {
      branch: p.branch,
      head,
      months: chosen.months,
      listed: true,
      ...(notices.length > 0 ? { notices } : {}),
      ...extra,
    }
  }
  const months = await Promise.all(
    paths.map(async (path, i): Promise<readonly [string, readonly LedgerRecord[]]> => {
      const blob = (target[`m${i}`] as { object?: BlobAnswer } | null | undefined)?.object
      if (blob === undefined || blob === null) return [path, []]
      return [path, await recordsOf(path, blob)]
    }),
  )
  return { branch: p.branch, head, months: new Map(months), ...extra }
}

export async function appendLedgerRecord(
  client: GitHubClient,
  p: AppendLedgerParams,
): Promise<{ commitSha: string; attempts: number }> {
  const problem = recordProblem(p.record)
  if (problem !== undefined) throw new Error(`ledger record ${p.record.id}: ${problem}`)
  const path = monthPath(monthOf(p.record.date))
  const maxAttempts = Math.max(1, p.maxAttempts ?? 10)
  // The first attempt builds on what the run already read, when it read this month.
  let known = p.snapshot?.months.has(path) === true ? p.snapshot : undefined
  for (let attempt = 1; ; attempt += 1) {
    const seen =
      known ?? (await readLedgerSnapshot(client, { ...p, months: [monthOf(p.record.date)] }))
    known = undefined
    const head = seen.head
    const records = seen.months.get(path) ?? []
    if (head !== undefined && records.some((r) => r.id === p.record.id)) {
      return { commitSha: head.commit, attempts: attempt }
    }
    const files = [
      { path, content: serializeLedgerFile([...records, p.record]) },
      ...(p.extraFiles ?? []),
    ]
    // Contents inline in the tree: no blob is posted on its own.
    const tree = await callGitHub(`POST /repos/${p.owner}/${p.repo}/git/trees`, () =>
      client.rest.git.createTree({
        owner: p.owner,
        repo: p.repo,
        ...(head === undefined ? {} : { base_tree: head.tree }),
        tree: files.map((f) => ({
          path: f.path,
          mode: '100644' as const,
          type: 'blob' as const,
          content: f.content,
        })),
      }),
    )
    const r = p.record
    const commit = await callGitHub(`POST /repos/${p.owner}/${p.repo}/git/commits`, () =>
      client.rest.git.createCommit({
        owner: p.owner,
        repo: p.repo,
        message: `carbon-gate: record run ${r.runId} attempt ${r.runAttempt} (${r.sha.slice(0, 7)}) [skip ci]`,
        tree: tree.data.sha,
        parents: head === undefined ? [] : [head.commit],
      }),
    )
    const moved = await moveBranch(client, p, head?.commit, commit.data.sha)
    if (!moved) {
      if (attempt >= maxAttempts) {
        throw new GitHubError(
          `ledger ${p.branch}:${path}`,
          `the branch kept moving under concurrent writers; gave up after ${attempt} attempts`,
          409,
        )
      }
      const unit = p.retryDelayMs ?? 500
      await sleep(Math.random() * unit * 2 ** Math.min(5, attempt - 1)) // at most 32 units
      continue
    }
    return { commitSha: commit.data.sha, attempts: attempt }
  }
}

/** Point the branch at the new commit; false when another writer got there first. */
async function moveBranch(
  client: GitHubClient,
  p: Repo & { readonly branch: string },
  head: string | undefined,
  sha: string,
): Promise<boolean> {
  try {
    if (head === undefined) {
      await callGitHub(`POST /repos/${p.owner}/${p.repo}/git/refs`, () =>
        client.rest.git.createRef({
          owner: p.owner,
          repo: p.repo,
          ref: `refs/heads/${p.branch}`,
          sha,
        }),
      )
    } else {
      await callGitHub(`PATCH /repos/${p.owner}/${p.repo}/git/refs/heads/${p.branch}`, () =>
        client.rest.git.updateRef({
          owner: p.owner,
          repo: p.repo,
          ref: `heads/${p.branch}`,
          sha,
          force: false,
        }),
      )
    }
    return true
  } catch (e) {
    // 422: "Reference already exists" (created meanwhile) or "Update is not a fast forward".
    if (hasStatus(e, 409, 422)) return false
    throw e
  }
}

/** The branch's head commit and its tree; undefined when the branch does not exist. */
async function headOf(
  client: GitHubClient,
  p: Repo,
  branch: string,
): Promise<{ commit: string; tree: string } | undefined> {
  let commit: string
  try {
    const { data } = await callGitHub(
      `GET /repos/${p.owner}/${p.repo}/git/ref/heads/${branch}`,
      () => client.rest.git.getRef({ owner: p.owner, repo: p.repo, ref: `heads/${branch}` }),
    )
    commit = data.object.sha
  } catch (e) {
    if (hasStatus(e, 404)) return undefined
    throw e
  }
  const { data } = await callGitHub(`GET /repos/${p.owner}/${p.repo}/git/commits/${commit}`, () =>
    client.rest.git.getCommit({ owner: p.owner, repo: p.repo, commit_sha: commit }),
  )
  return { commit, tree: data.tree.sha }
}

/** The records of one month file at one commit; [] when the file does not exist. */
async function readMonth(
  client: GitHubClient,
  p: Repo,
  branch: string,
  commitSha: string,
  path: string,
): Promise<LedgerRecord[]> {
  let data: unknown
  try {
    const response = await callGitHub(`GET /repos/${p.owner}/${p.repo}/contents/${path}`, () =>
      client.rest.repos.getContent({
        owner: p.owner,
        repo: p.repo,
        path,
        ref: commitSha,
        mediaType: { format: 'raw' },
      }),
    )
    data = response.data
  } catch (e) {
    if (hasStatus(e, 404)) return []
    throw e
  }
  return parseLedgerFile(contentText(data), branch, path)
}

/** The raw media type gives the text; a server that ignores it sends the JSON with base64. */
function contentText(data: unknown): string {
  if (typeof data === 'string') return data
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8')
  if (typeof data === 'object' && data !== null && 'content' in data) {
    const content = (data as { content?: unknown }).content
    if (typeof content === 'string') return Buffer.from(content, 'base64').toString('utf8')
  }
  return ''
}
