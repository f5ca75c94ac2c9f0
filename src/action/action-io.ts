/**
 * The one port between the action and the runner: inputs, outputs, the log, the job summary, the
 * exit code, the workspace and the GitHub side. core-io.ts builds it on @actions/*; tests build it
 * in memory.
 */
import type { GitHubClient } from '../github/client.js'
import type { RunContext } from '../run/run-context.js'
import type { ExitCode } from '../run/verdict-line.js'

/** Where a warning points in the files view of a run. */
export interface Annotation {
  readonly file: string
  readonly line?: number
}

export interface ActionLog {
  info(message: string): void
  warning(message: string, at?: Annotation): void
  error(message: string): void
  debug(message: string): void
}

/** The run's context and a client of GitHub's API, for the token the step was given. */
export interface GitHubSession {
  readonly context: RunContext
  readonly client: GitHubClient
}

export interface ActionIo {
  readonly log: ActionLog
  /** The checked-out repository (GITHUB_WORKSPACE). */
  readonly workspace: string
  /** The runner's temporary directory (RUNNER_TEMP), outside the repository, when there is one. */
  readonly runnerTemp?: string
  /** An input as the runner passes it; '' when not set. */
  getInput(name: string): string
  /** Masks a value in every later log line. */
  setSecret(value: string): void
  setOutput(name: string, value: string): void
  /** Adds to the job summary; nothing when the runner has none. */
  writeSummary(markdown: string): Promise<void>
  /** Logs the failure and ends the step with exit code 1. */
  setFailed(message: string): void
  setExitCode(code: ExitCode): void
  now(): Date
  /** Opens the GitHub side (loaded only when the run talks to GitHub). */
  connectGitHub(token: string): Promise<GitHubSession>
}
