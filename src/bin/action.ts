import * as core from '@actions/core'
import { run } from '../main.js'

try {
  await run()
} catch (e) {
  // A bug, not bad input: one line, the stack only in debug logs.
  core.debug(e instanceof Error && e.stack ? e.stack : String(e))
  core.error(
    `carbon-gate: unexpected error: ${e instanceof Error ? e.message : String(e)} (please report it)`,
  )
  process.exitCode = 2
}
