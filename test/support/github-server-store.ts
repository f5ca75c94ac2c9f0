/**
 * The fake GitHub's memory: comments, a git object store (flat trees), artifacts and pull requests,
 * per repository. Test code reads and seeds it through FakeGitHub (github-server.ts).
 */
import { createHash } from 'node:crypto'

export interface Identity {
  readonly login: string
  readonly type: 'Bot' | 'User'
}

export const ACTIONS_BOT: Identity = { login: 'github-actions[bot]', type: 'Bot' }

export interface StoredComment {
  readonly id: number
  readonly issue: number
  body: string
  readonly user: Identity
  readonly createdAt: string
  updatedAt: string
}

export interface StoredCommit {
  readonly sha: string
  readonly tree: string
  readonly parents: readonly string[]
  readonly message: string
}

export interface StoredArtifact {
  readonly id: number
  readonly runId: number
  readonly name: string
  readonly zip: Uint8Array
  readonly sizeInBytes: number
  readonly expired: boolean
}

export interface StoredPull {
  readonly number: number
  readonly state: 'open' | 'closed'
  readonly headSha: string
  readonly headRef: string
  readonly baseSha: string
  /** Commits GET /commits/{sha}/pulls knows this PR by (not the head when `fromFork`). */
  readonly commits: readonly string[]
}

export class GitStore {
  readonly blobs = new Map<string, Buffer>()
  readonly trees = new Map<string, ReadonlyMap<string, string>>()
  readonly commits = new Map<string, StoredCommit>()
  readonly refs = new Map<string, string>()
  private counter = 0

  putBlob(content: Buffer): string {
    const sha = sha1(`blob ${content.length}\0`, content)
    this.blobs.set(sha, content)
    return sha
  }

  putTree(entries: ReadonlyMap<string, string>): string {
    const sorted = [...entries].sort(([a], [b]) => a.localeCompare(b))
    const sha = sha1('tree', sorted.map(([p, s]) => `${p}\0${s}\n`).join(''))
    this.trees.set(sha, new Map(sorted))
    return sha
  }

  putCommit(tree: string, parents: readonly string[], message: string): string {
    this.counter += 1
    const sha = sha1('commit', JSON.stringify({ tree, parents, message, n: this.counter }))
    this.commits.set(sha, { sha, tree, parents, message })
    return sha
  }

  /** True when `ancestor` is `sha` or reachable from it through parents. */
  isAncestor(ancestor: string, sha: string): boolean {
    const queue = [sha]
    const seen = new Set<string>()
    for (let here = queue.pop(); here !== undefined; here = queue.pop()) {
      if (here === ancestor) return true
      if (seen.has(here)) continue
      seen.add(here)
      queue.push(...(this.commits.get(here)?.parents ?? []))
    }
    return false
  }

  /** A branch name, `refs/heads/x`, or a commit sha → commit sha. */
  resolve(ref: string): string | undefined {
    if (this.commits.has(ref)) return ref
    return this.refs.get(ref.startsWith('refs/') ? ref : `refs/heads/${ref}`)
  }

  files(commitSha: string): ReadonlyMap<string, string> {
    const commit = this.commits.get(commitSha)
    return commit === undefined ? new Map() : (this.trees.get(commit.tree) ?? new Map())
  }
}

export class RepoState {
  readonly comments: StoredComment[] = []
  readonly git = new GitStore()
  readonly artifacts: StoredArtifact[] = []
  readonly pulls: StoredPull[] = []
  /** The repository's code commits (not the ledger's): each one's first parent. */
  readonly codeParents = new Map<string, string | undefined>()
  /** Commit statuses as posted, oldest first. */
  readonly statuses: { sha: string; state: string; context: string; description: string }[] = []
  defaultBranch = 'main'
}

export class Store {
  private readonly repos = new Map<string, RepoState>()
  private nextId = 1000

  repo(owner: string, repo: string): RepoState {
    const key = `${owner}/${repo}`.toLowerCase()
    let state = this.repos.get(key)
    if (state === undefined) {
      state = new RepoState()
      this.repos.set(key, state)
    }
    return state
  }

  id(): number {
    this.nextId += 1
    return this.nextId
  }

  /** Strictly increasing timestamps, one second apart, so "oldest" is never ambiguous. */
  timestamp(id: number): string {
    return new Date(Date.UTC(2024, 0, 1) + id * 1000).toISOString()
  }
}

function sha1(...parts: readonly (string | Buffer)[]): string {
  const hash = createHash('sha1')
  for (const part of parts) hash.update(part)
  return hash.digest('hex')
}
