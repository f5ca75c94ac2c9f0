/**
 * Reading and appending the ledger through the Git Data API: no checkout, no force-push.
 * Each append is one commit on the ledger branch that changes only the month file (and the
 * badge files it is given); a concurrent writer makes the ref update fail, and we re-read and retry.
 */
import type { GitHubClient } from './client.js'
import { sleep } from './client.js'
import { GitHubError, callGitHub, hasStatus } from './errors.js'
import {
  type LedgerRecord,
  monthOf,
  monthPath,
  parseLedgerFile,
  recordProblem,
  serializeLedgerFile,
  sortRecords,
} from './ledger-record.js'

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
  /** Files written in the same commit, e.g. ledger/badge.svg and ledger/badge.json. */
  readonly extraFiles?: readonly { readonly path: string; readonly content: string }[]
  /** Attempts before giving up when other writers keep moving the branch (default 10). */
  readonly maxAttempts?: number
  /** Back-off unit between attempts, jittered and doubled each time (default 500 ms). */
  readonly retryDelayMs?: number
}

/** The records of those months, oldest first; null when the ledger branch does not exist yet. */
export async function readLedger(
  client: GitHubClient,
  p: ReadLedgerParams,
): Promise<LedgerRecord[] | null> {
  const head = await headCommit(client, p, p.branch)
  if (head === undefined) return null
  const perMonth = await Promise.all(
    [...new Set(p.months)].map((month) => readMonth(client, p, p.branch, head, monthPath(month))),
  )
  return sortRecords(perMonth.flat())
}

export async function appendLedgerRecord(
  client: GitHubClient,
  p: AppendLedgerParams,
): Promise<{ commitSha: string; attempts: number }> {
  const problem = recordProblem(p.record)
  if (problem !== undefined) throw new Error(`ledger record ${p.record.id}: ${problem}`)
  const path = monthPath(monthOf(p.record.date))
  const maxAttempts = Math.max(1, p.maxAttempts ?? 10)
  const extra = await Promise.all(
    (p.extraFiles ?? []).map(async (f) => ({
      path: f.path,
      sha: await createBlob(client, p, f.content),
    })),
  )
  for (let attempt = 1; ; attempt += 1) {
    const head = await headCommit(client, p, p.branch)
    const records = head === undefined ? [] : await readMonth(client, p, p.branch, head, path)
    if (head !== undefined && records.some((r) => r.id === p.record.id)) {
      return { commitSha: head, attempts: attempt }
    }
    const blob = await createBlob(client, p, serializeLedgerFile([...records, p.record]))
    const baseTree = head === undefined ? undefined : await treeOf(client, p, head)
    const tree = await callGitHub(`POST /repos/${p.owner}/${p.repo}/git/trees`, () =>
      client.rest.git.createTree({
        owner: p.owner,
        repo: p.repo,
        ...(baseTree === undefined ? {} : { base_tree: baseTree }),
        tree: [{ path, sha: blob }, ...extra].map((f) => ({
          path: f.path,
          mode: '100644' as const,
          type: 'blob' as const,
          sha: f.sha,
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
        parents: head === undefined ? [] : [head],
      }),
    )
    const moved = await moveBranch(client, p, head, commit.data.sha)
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

async function headCommit(
  client: GitHubClient,
  p: Repo,
  branch: string,
): Promise<string | undefined> {
  try {
    const { data } = await callGitHub(
      `GET /repos/${p.owner}/${p.repo}/git/ref/heads/${branch}`,
      () => client.rest.git.getRef({ owner: p.owner, repo: p.repo, ref: `heads/${branch}` }),
    )
    return data.object.sha
  } catch (e) {
    if (hasStatus(e, 404)) return undefined
    throw e
  }
}

async function treeOf(client: GitHubClient, p: Repo, commitSha: string): Promise<string> {
  const { data } = await callGitHub(
    `GET /repos/${p.owner}/${p.repo}/git/commits/${commitSha}`,
    () => client.rest.git.getCommit({ owner: p.owner, repo: p.repo, commit_sha: commitSha }),
  )
  return data.tree.sha
}

async function createBlob(client: GitHubClient, p: Repo, content: string): Promise<string> {
  const { data } = await callGitHub(`POST /repos/${p.owner}/${p.repo}/git/blobs`, () =>
    client.rest.git.createBlob({
      owner: p.owner,
      repo: p.repo,
      content: Buffer.from(content, 'utf8').toString('base64'),
      encoding: 'base64',
    }),
  )
  return data.sha
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
