/**
 * The fake GitHub's state, as tests seed and read it (see FakeGitHub in github-server.ts).
 */
import {
  ACTIONS_BOT,
  type Identity,
  type StoredComment,
  type StoredCommit,
  type Store,
} from './github-server-store.js'

export interface StateAccessors {
  addComment(owner: string, repo: string, issue: number, body: string, user?: Identity): number
  comments(owner: string, repo: string, issue: number): readonly StoredComment[]
  removeComment(owner: string, repo: string, id: number): void
  /** Commit those files on the branch (on top of its head when it exists); returns the commit sha. */
  commitFiles(owner: string, repo: string, branch: string, files: Record<string, string>): string
  branchFiles(owner: string, repo: string, branch: string): Record<string, string> | undefined
  /** The branch's commits, newest first along first parents. */
  commits(owner: string, repo: string, branch: string): readonly StoredCommit[]
  addArtifact(
    owner: string,
    repo: string,
    runId: number,
    name: string,
    zip: Uint8Array,
    opts?: { expired?: boolean; sizeInBytes?: number },
  ): number
  /** Code commits, oldest first, each the parent of the next (a PR's base and its ancestors). */
  addCodeCommits(owner: string, repo: string, shas: readonly string[]): void
  /** The commit statuses posted, oldest first. */
  statuses(
    owner: string,
    repo: string,
  ): readonly { sha: string; state: string; context: string; description: string }[]
  addPullRequest(
    owner: string,
    repo: string,
    pr: {
      number: number
      headSha: string
      headRef: string
      baseSha?: string
      state?: 'open' | 'closed'
      /** GET /commits/{sha}/pulls does not know the head of a PR from a fork. */
      fromFork?: boolean
    },
  ): void
}

export function stateAccessors(store: Store): StateAccessors {
  return {
    addComment: (owner, repo, issue, body, user = ACTIONS_BOT) => {
      const id = store.id()
      const at = store.timestamp(id)
      store.repo(owner, repo).comments.push({ id, issue, body, user, createdAt: at, updatedAt: at })
      return id
    },
    removeComment: (owner, repo, id) => {
      const comments = store.repo(owner, repo).comments
      const at = comments.findIndex((c) => c.id === id)
      if (at !== -1) comments.splice(at, 1)
    },
    comments: (owner, repo, issue) =>
      store
        .repo(owner, repo)
        .comments.filter((c) => c.issue === issue)
        .sort((a, b) => a.id - b.id),
    commitFiles: (owner, repo, branch, files) => {
      const git = store.repo(owner, repo).git
      const head = git.refs.get(`refs/heads/${branch}`)
      const tree = new Map(head === undefined ? [] : git.files(head))
      for (const [path, content] of Object.entries(files))
        tree.set(path, git.putBlob(Buffer.from(content)))
      const sha = git.putCommit(
        git.putTree(tree),
        head === undefined ? [] : [head],
        `seed ${branch}`,
      )
      git.refs.set(`refs/heads/${branch}`, sha)
      return sha
    },
    branchFiles: (owner, repo, branch) => {
      const git = store.repo(owner, repo).git
      const head = git.refs.get(`refs/heads/${branch}`)
      if (head === undefined) return undefined
      return Object.fromEntries(
        [...git.files(head)].map(([p, s]) => [p, git.blobs.get(s)!.toString('utf8')]),
      )
    },
    commits: (owner, repo, branch) => {
      const git = store.repo(owner, repo).git
      const out: StoredCommit[] = []
      for (
        let sha = git.refs.get(`refs/heads/${branch}`);
        sha !== undefined;
        sha = git.commits.get(sha)?.parents[0]
      ) {
        out.push(git.commits.get(sha)!)
      }
      return out
    },
    addArtifact: (owner, repo, runId, name, zip, opts = {}) => {
      const id = store.id()
      const sizeInBytes = opts.sizeInBytes ?? zip.byteLength
      store
        .repo(owner, repo)
        .artifacts.push({ id, runId, name, zip, sizeInBytes, expired: opts.expired ?? false })
      return id
    },
    addCodeCommits: (owner, repo, shas) => {
      const parents = store.repo(owner, repo).codeParents
      shas.forEach((sha, i) => {
        const parent = i === 0 ? parents.get(sha.toLowerCase()) : shas[i - 1]!.toLowerCase()
        parents.set(sha.toLowerCase(), parent)
      })
    },
    statuses: (owner, repo) => store.repo(owner, repo).statuses,
    addPullRequest: (owner, repo, pr) => {
      store.repo(owner, repo).pulls.push({
        number: pr.number,
        state: pr.state ?? 'open',
        headSha: pr.headSha.toLowerCase(),
        headRef: pr.headRef,
        baseSha: pr.baseSha ?? '0'.repeat(40),
        commits: pr.fromFork === true ? [] : [pr.headSha.toLowerCase()],
      })
    },
  }
}
