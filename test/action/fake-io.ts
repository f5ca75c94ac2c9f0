/**
 * An ActionIo in memory: inputs given as a record, outputs, log lines, the job summary and the
 * exit code kept for the test to read; the GitHub side a real client aimed at the loopback API.
 */
import type { ActionIo, GitHubSession } from '../../src/action/action-io.js'
import type { RunContext } from '../../src/run/run-context.js'
import { actionDefaults } from '../e2e/run-dist.js'
import type { FakeGitHub } from '../support/github-server.js'
import { testClient } from '../support/github-server-fixtures.js'

export interface FakeRun {
  readonly io: ActionIo
  readonly outputs: Record<string, string>
  /** `info: …`, `warning: …` (with `@file:line` for annotations), `error: …`, `failed: …`. */
  readonly log: string[]
  readonly summary: string[]
  readonly secrets: string[]
  readonly tokens: string[]
  exitCode: number | undefined
}

export interface FakeOptions {
  readonly inputs?: Record<string, string>
  readonly workspace: string
  readonly runnerTemp?: string
  /** The run's context (as src/github/context.ts reads an event) and the API it talks to. */
  readonly github?: { readonly context: RunContext; readonly server: FakeGitHub }
  readonly now?: () => Date
  /** No job summary, as when GITHUB_STEP_SUMMARY is unset. */
  readonly noSummary?: boolean
}

export function fakeActionIo(options: FakeOptions): FakeRun {
  const inputs = { ...actionDefaults(), ...options.inputs }
  const run: FakeRun = {
    outputs: {},
    log: [],
    summary: [],
    secrets: [],
    tokens: [],
    exitCode: undefined,
    io: undefined as unknown as ActionIo,
  }
  const io: ActionIo = {
    log: {
      info: (m) => run.log.push(`info: ${m}`),
      warning: (m, at) =>
        run.log.push(
          `warning: ${m}${at ? ` @${at.file}${at.line !== undefined ? `:${at.line}` : ''}` : ''}`,
        ),
      error: (m) => run.log.push(`error: ${m}`),
      debug: (m) => run.log.push(`debug: ${m}`),
    },
    workspace: options.workspace,
    ...(options.runnerTemp !== undefined ? { runnerTemp: options.runnerTemp } : {}),
    getInput: (name) => (inputs[name] ?? '').trim(),
    setSecret: (value) => run.secrets.push(value),
    setOutput: (name, value) => {
      run.outputs[name] = value
    },
    writeSummary: (markdown) => {
      if (options.noSummary !== true) run.summary.push(markdown)
      return Promise.resolve()
    },
    setFailed: (message) => {
      run.log.push(`failed: ${message}`)
      run.exitCode = 1
    },
    setExitCode: (code) => {
      run.exitCode = code
    },
    now: options.now ?? (() => new Date()),
    connectGitHub: (token): Promise<GitHubSession> => {
      run.tokens.push(token)
      if (options.github === undefined) return Promise.reject(new Error('no GitHub in this test'))
      const { client } = testClient(options.github.server)
      return Promise.resolve({ context: options.github.context, client })
    },
  }
  ;(run as { io: ActionIo }).io = io
  return run
}
