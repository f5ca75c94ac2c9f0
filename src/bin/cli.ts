#!/usr/bin/env node
import { runCli } from '../cli/run-cli.js'

const code = await runCli({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  stdoutIsTTY: process.stdout.isTTY,
})
process.exitCode = code
