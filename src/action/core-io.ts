/**
 * The ActionIo of a real runner: the only module that touches @actions/core and @actions/github.
 * @actions/github and the client are loaded only when the run talks to GitHub.
 */
import * as core from '@actions/core'
import { escapeLogLine } from '../core/escape.js'
import { runContextFrom } from '../github/context.js'
import type { ActionIo, ActionLog } from './action-io.js'
import { escapedLog, escapedOutput } from './log.js'

export function createActionIo(
  env: Readonly<Record<string, string | undefined>> = process.env,
): ActionIo {
  // Every message is escaped on one line before it reaches the runner (log.ts).
  const log: ActionLog = escapedLog({
    info: (m) => {
      core.info(m)
    },
    warning: (m, at) => {
      if (at === undefined) core.warning(m)
      else
        core.warning(m, {
          title: 'carbon-gate',
          file: at.file,
          ...(at.line !== undefined ? { startLine: at.line } : {}),
        })
    },
    error: (m) => {
      core.error(m)
    },
    debug: (m) => {
      core.debug(m)
    },
  })
  return {
    log,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    ...(env.RUNNER_TEMP !== undefined ? { runnerTemp: env.RUNNER_TEMP } : {}),
    getInput: (name) => core.getInput(name),
    setSecret: (value) => {
      core.setSecret(value)
    },
    setOutput: (name, value) => {
      core.setOutput(name, escapedOutput(value))
    },
    writeSummary: async (markdown) => {
      if (env.GITHUB_STEP_SUMMARY === undefined || env.GITHUB_STEP_SUMMARY === '') return
      await core.summary.addRaw(markdown, true).write()
    },
    setFailed: (message) => {
      core.setFailed(escapeLogLine(message))
    },
    setExitCode: (code) => {
      process.exitCode = code
    },
    now: () => new Date(),
    connectGitHub: async (token) => {
      const [{ context }, { createGitHubClient }] = await Promise.all([
        import('@actions/github'),
        import('../github/client.js'),
      ])
      const runContext = runContextFrom(context)
      // CARBON_GATE_PACE_WRITES=false is for loopback tests only: GitHub's write pacing is kept
      // in every real run.
      const paceWrites = process.env.CARBON_GATE_PACE_WRITES !== 'false'
      const client = createGitHubClient({ token, baseUrl: runContext.apiUrl, log, paceWrites })
      return { context: runContext, client }
    },
  }
}
