/**
 * The GraphQL endpoint as carbon-gate asks it (POST /graphql): `viewer { login }`, and the ledger
 * snapshot query (the ledger branch's head, tree and month files or the `ledger/` folder's
 * listing with its files' text, the base commit's history).
 * It answers from the query's variables and the fields it names, not from a GraphQL parser.
 * Code commits (a PR's base and its ancestors) come from `addCodeCommits`.
 */
import type { Identity, RepoState, Store } from './github-server-store.js'
import { type Reply, field, ok } from './github-server-http.js'

export function graphqlReply(store: Store, identity: Identity, body: unknown): Reply {
  const query = field(body, 'query')
  const vars = (field(body, 'variables') ?? {}) as Record<string, unknown>
  if (typeof query !== 'string') return ok({ errors: [{ message: 'query is missing' }] }, 400)
  const data: Record<string, unknown> = {}
  if (/\bviewer\s*\{/.test(query)) data.viewer = { login: identity.login }
  if (/\brepository\(/.test(query)) {
    const repo = store.repo(String(vars.owner), String(vars.repo))
    data.repository = repositoryAnswer(repo, query, vars)
  }
  return ok({ data })
}

function repositoryAnswer(
  repo: RepoState,
  query: string,
  vars: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const head = repo.git.refs.get(String(vars.ref))
  if (head === undefined) out.ref = null
  else {
    const commit = repo.git.commits.get(head)!
    const files = repo.git.files(head)
    const target: Record<string, unknown> = { oid: head, tree: { oid: commit.tree } }
    for (const m of query.matchAll(/\b(m\d+): file\(path: \$(p\d+)\)/g)) {
      const blob = files.get(String(vars[m[2]!]))
      target[m[1]!] =
        blob === undefined
          ? null
          : { object: { text: repo.git.blobs.get(blob)!.toString('utf8'), isTruncated: false } }
    }
    // A folder's listing: `ALIAS: file(path: "DIR") { object { ... on Tree { entries { … } } } }`.
    for (const m of query.matchAll(
      /\b(\w+): file\(path: "([^"]+)"\) \{ object \{ \.\.\. on Tree/g,
    )) {
      const prefix = `${m[2]!}/`
      const entries = [...files]
        .filter(([path]) => path.startsWith(prefix) && !path.slice(prefix.length).includes('/'))
        .map(([path, sha]) => {
          const bytes = repo.git.blobs.get(sha)!
          return {
            name: path.slice(prefix.length),
            object: { byteSize: bytes.length, text: bytes.toString('utf8'), isTruncated: false },
          }
        })
      target[m[1]!] = entries.length === 0 ? null : { object: { entries } }
    }
    out.ref = { target }
  }
  const history = /history\(first: (\d+)\)/.exec(query)
  if (/\bbase: object\(oid: \$base\)/.test(query) && history !== null) {
    const nodes: { oid: string }[] = []
    for (
      let sha: string | undefined = String(vars.base).toLowerCase();
      sha !== undefined && nodes.length < Number(history[1]) && repo.codeParents.has(sha);
      sha = repo.codeParents.get(sha)
    ) {
      nodes.push({ oid: sha })
    }
    out.base = nodes.length === 0 ? null : { history: { nodes } }
  }
  return out
}
