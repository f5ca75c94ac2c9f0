/**
 * Fork-safe mode: fetch the tracker artifacts another workflow run uploaded (the `pull_request`
 * half of the `workflow_run` pattern) and unpack them safely, and find the PR a run belongs to.
 * Everything here treats the artifacts as untrusted input.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join, resolve, sep } from 'node:path'
import { describeError } from '../core/errors.js'
import type { GitHubClient } from './client.js'
import { ArtifactDownloadError, GitHubError, callGitHub } from './errors.js'
import { UnsafeZipError, type ZipEntry, inflateEntry, listZipEntries } from './unzip.js'

export { findPullRequest } from './pulls.js'

export interface ArtifactLimits {
  /** Largest download of one artifact (its zip). */
  readonly maxZipBytes?: number
  /** Most entries in one artifact. */
  readonly maxEntries?: number
  /** Largest unpacked size of one artifact. */
  readonly maxTotalBytes?: number
  /** Largest unpacked / packed ratio, per entry and per archive (over 1 MiB). */
  readonly maxRatio?: number
  /** Largest unpacked size of all the run's artifacts together. */
  readonly maxRunBytes?: number
  /** Time allowed to one request (one attempt; a download's body included). */
  readonly attemptTimeoutMs?: number
  /** Time allowed to all the run's downloads, retries included. */
  readonly deadlineMs?: number
}

export const DEFAULT_ARTIFACT_LIMITS: Required<ArtifactLimits> = {
  maxZipBytes: 256 * 1024 * 1024,
  maxEntries: 10_000,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRatio: 200,
  maxRunBytes: 2 * 1024 * 1024 * 1024,
  attemptTimeoutMs: 120_000,
  deadlineMs: 300_000,
}

export interface DownloadedArtifact {
  readonly name: string
  /** destDir/<artifact name> */
  readonly dir: string
  /** Absolute paths of the files written, sorted. */
  readonly files: string[]
}

export interface RunArtifacts {
  /** The artifacts downloaded and unpacked, by name. */
  readonly artifacts: DownloadedArtifact[]
  /** The ones refused or not downloaded, each naming its artifact and why; nothing of them is kept. */
  readonly rejected: ArtifactDownloadError[]
}

interface Artifact {
  readonly id: number
  readonly name: string
  readonly size_in_bytes: number
  readonly expired: boolean
}

interface RunParams {
  readonly owner: string
  readonly repo: string
  readonly runId: number
  readonly destDir: string
}

/** What the run's downloads have used so far. */
interface Budget {
  readonly limits: Required<ArtifactLimits>
  /** Aborts every request when the run's deadline passes. */
  readonly deadline: AbortSignal
  unpackedBytes: number
}

/**
 * Download and unpack every artifact of the run whose name matches. Each artifact stands alone:
 * one that is refused (a zip-slip entry, a bomb, too large, too late) is named in `rejected` and
 * the others are kept. Limits hold per artifact and for the run (unpacked bytes, total time).
 */
export async function downloadRunArtifacts(
  client: GitHubClient,
  p: RunParams & {
    /** An exact name, or a glob with `*` and `?` (e.g. `carbon-*`). */
    readonly namePattern: string
    readonly limits?: ArtifactLimits
  },
): Promise<RunArtifacts> {
  const limits = { ...DEFAULT_ARTIFACT_LIMITS, ...p.limits }
  const budget: Budget = {
    limits,
    deadline: AbortSignal.timeout(limits.deadlineMs),
    unpackedBytes: 0,
  }
  const listPath = `GET /repos/${p.owner}/${p.repo}/actions/runs/${p.runId}/artifacts`
  const all: readonly Artifact[] = await callGitHub(listPath, () =>
    client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
      owner: p.owner,
      repo: p.repo,
      run_id: p.runId,
      per_page: 100,
      request: { signal: budget.deadline },
    }),
  )
  const pattern = globToRegExp(p.namePattern)
  const byName = new Map<string, Artifact>()
  for (const a of all) {
    const seen = byName.get(a.name)
    if (pattern.test(a.name) && (seen === undefined || seen.id < a.id)) byName.set(a.name, a)
  }
  if (byName.size === 0) {
    const names = all.map((a) => a.name)
    const found = names.length === 0 ? 'it has none' : `it has ${listNames(names)}`
    throw new ArtifactDownloadError(
      p.namePattern,
      `no artifact matching '${p.namePattern}' in workflow run ${p.runId} (${found})`,
    )
  }
  const result: RunArtifacts = { artifacts: [], rejected: [] }
  for (const artifact of [...byName.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    try {
      result.artifacts.push(await downloadOne(client, p, artifact, budget))
    } catch (e) {
      result.rejected.push(asRejection(e, artifact.name, budget))
    }
  }
  return result
}

function asRejection(e: unknown, name: string, budget: Budget): ArtifactDownloadError {
  if (budget.deadline.aborted) {
    return new ArtifactDownloadError(
      name,
      `not downloaded: the run's downloads took longer than the ${budget.limits.deadlineMs / 1000} s allowed (the artifact storage answered too slowly or not at all)`,
    )
  }
  if (e instanceof ArtifactDownloadError) return e
  return new ArtifactDownloadError(name, `not downloaded: ${describeError(e)}`)
}

async function downloadOne(
  client: GitHubClient,
  p: RunParams,
  artifact: Artifact,
  budget: Budget,
): Promise<DownloadedArtifact> {
  const { limits } = budget
  const fail = (message: string) => new ArtifactDownloadError(artifact.name, message)
  if (!isSafeName(artifact.name)) throw fail('the artifact name is not a safe directory name')
  if (artifact.expired) throw fail(`expired: re-run workflow run ${p.runId} to upload it again`)
  if (artifact.size_in_bytes > limits.maxZipBytes) {
    throw fail(`${artifact.size_in_bytes} bytes, more than the ${limits.maxZipBytes} allowed`)
  }
  const zip = await fetchZip(client, p, artifact, budget)
  let entries
  try {
    entries = listZipEntries(zip, limits)
  } catch (e) {
    throw e instanceof UnsafeZipError ? fail(`rejected: ${e.message}`) : e
  }
  const unpacked = entries.reduce((sum, e) => sum + (e.isDirectory ? 0 : e.size), 0)
  if (budget.unpackedBytes + unpacked > limits.maxRunBytes) {
    throw fail(
      `rejected: unpacks to ${unpacked} bytes, past the ${limits.maxRunBytes} bytes allowed to all the run's artifacts (${budget.unpackedBytes} already unpacked)`,
    )
  }
  const dir = join(resolve(p.destDir), artifact.name)
  try {
    const files = await unpack(zip, entries, dir, fail)
    budget.unpackedBytes += unpacked
    return { name: artifact.name, dir, files }
  } catch (e) {
    // Nothing of a refused artifact is kept.
    await rm(dir, { recursive: true, force: true })
    throw e
  }
}

async function unpack(
  zip: Uint8Array,
  entries: readonly ZipEntry[],
  dir: string,
  fail: (message: string) => ArtifactDownloadError,
): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const files: string[] = []
  for (const entry of entries) {
    const target = resolve(dir, ...entry.segments)
    if (!target.startsWith(dir + sep)) throw fail(`rejected: "${entry.name}" leaves ${dir}`)
    if (entry.isDirectory) {
      await mkdir(target, { recursive: true })
      continue
    }
    let data
    try {
      data = inflateEntry(zip, entry)
    } catch (e) {
      throw e instanceof UnsafeZipError ? fail(`rejected: ${e.message}`) : e
    }
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, data)
    files.push(target)
  }
  return files.sort()
}

/** GET .../artifacts/{id}/zip answers 302 to storage; fetch follows it (dropping the token cross-origin). */
async function fetchZip(
  client: GitHubClient,
  p: { readonly owner: string; readonly repo: string },
  artifact: Artifact,
  budget: Budget,
): Promise<Uint8Array> {
  const path = `GET /repos/${p.owner}/${p.repo}/actions/artifacts/${artifact.id}/zip`
  const response = await callGitHub(path, () =>
    client.rest.actions.downloadArtifact({
      owner: p.owner,
      repo: p.repo,
      artifact_id: artifact.id,
      archive_format: 'zip',
      request: {
        parseSuccessResponseBody: false,
        timeoutMs: budget.limits.attemptTimeoutMs,
        signal: budget.deadline,
      },
    }),
  )
  try {
    return await readCapped(response.data, budget.limits.maxZipBytes, artifact.name)
  } catch (e) {
    if (e instanceof ArtifactDownloadError) throw e
    throw new GitHubError(
      path,
      `download interrupted: ${e instanceof Error ? e.message : String(e)}`,
    )
  }
}

async function readCapped(body: unknown, maxBytes: number, name: string): Promise<Uint8Array> {
  const tooBig = () =>
    new ArtifactDownloadError(name, `the download is larger than the ${maxBytes} bytes allowed`)
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    const bytes = body instanceof ArrayBuffer ? new Uint8Array(body) : new Uint8Array(body.buffer)
    if (bytes.byteLength > maxBytes) throw tooBig()
    return bytes
  }
  if (!(body instanceof ReadableStream)) throw new ArtifactDownloadError(name, 'empty download')
  const reader = (body as ReadableStream<Uint8Array>).getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel()
      throw tooBig()
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/** `*` any run of characters, `?` one; everything else literal; anchored. */
export function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${body}$`, 's')
}

function isSafeName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[\\/\0]/.test(name)
}

function listNames(names: readonly string[]): string {
  const shown = names.slice(0, 10).map((n) => `'${n}'`)
  return names.length > 10 ? `${shown.join(', ')} and ${names.length - 10} more` : shown.join(', ')
}
