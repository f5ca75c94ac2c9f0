/**
 * Errors from the GitHub side, typed so the caller can tell a missing permission (fork PRs,
 * read-only tokens) from anything else. Each renders as one line naming the operation.
 */
import { GateError } from '../core/errors.js'

export class GitHubError extends GateError {
  override readonly name = 'GitHubError'
  constructor(
    /** What was being done, e.g. `POST /repos/o/r/issues/1/comments` or `ledger append`. */
    readonly operation: string,
    message: string,
    /** The HTTP status when the API answered; undefined for network errors and timeouts. */
    readonly status?: number,
    /** GitHub's `x-accepted-github-permissions` header when it sent one (e.g. `issues=write`). */
    readonly acceptedPermissions?: string,
  ) {
    super(message)
  }
  get where(): string {
    return `github: ${this.operation}`
  }
}

export { LedgerError } from '../run/ledger-record.js'

/** An artifact zip or listing that carbon-gate refuses to use. */
export class ArtifactDownloadError extends GateError {
  override readonly name = 'ArtifactDownloadError'
  constructor(
    readonly artifact: string,
    message: string,
  ) {
    super(message)
  }
  get where(): string {
    return `artifact ${this.artifact}`
  }
}

interface StatusLike {
  readonly status?: unknown
  readonly message?: unknown
  readonly response?: { readonly headers?: Readonly<Record<string, unknown>> }
}

function statusOf(e: unknown): number | undefined {
  if (typeof e !== 'object' || e === null) return undefined
  const status = (e as StatusLike).status
  return typeof status === 'number' ? status : undefined
}

function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message
  return String(e)
}

/** True for an HTTP status error (GitHubError or Octokit's RequestError) with that status. */
export function hasStatus(e: unknown, ...statuses: readonly number[]): boolean {
  const status = statusOf(e)
  return status !== undefined && statuses.includes(status)
}

/** A 403 that is not a rate limit: the token may not do this (fork PRs, missing `permissions:`). */
export function isPermissionError(e: unknown): boolean {
  return statusOf(e) === 403 && !/rate limit/i.test(messageOf(e))
}

/** Wrap anything thrown by Octokit into a one-line GitHubError (the token is never part of it). */
export function toGitHubError(e: unknown, operation: string): GitHubError {
  if (e instanceof GitHubError) return e
  const status = statusOf(e)
  const headers =
    typeof e === 'object' && e !== null ? (e as StatusLike).response?.headers : undefined
  const accepted = headers?.['x-accepted-github-permissions']
  const text = messageOf(e).replace(/\s+/g, ' ').trim() || 'unknown error'
  const message = status === undefined || status === 500 ? text : `${status} ${text}`
  return new GitHubError(
    operation,
    typeof accepted === 'string' && accepted !== '' ? `${message} (needs ${accepted})` : message,
    status,
    typeof accepted === 'string' ? accepted : undefined,
  )
}

/** Run one API call, turning its failure into a GitHubError naming the operation. */
export async function callGitHub<T>(operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (e) {
    throw toGitHubError(e, operation)
  }
}
