import assert from 'node:assert/strict'
import type { ConfigSources } from '../../src/config/resolve-config.js'
import { resolveConfig } from '../../src/config/resolve-config.js'
import type { Config } from '../../src/config/types.js'
import { ConfigError } from '../../src/core/errors.js'

export const FILE = '.carbon-gate.yml'
export const cliLabel = (name: string): string => `--${name}`
export const actionLabel = (name: string): string => `input '${name}'`

/** Resolve with CLI-style labels: inputs, then (optionally) the text of .carbon-gate.yml. */
export function resolve(
  inputs: Readonly<Record<string, string | undefined>>,
  text?: string,
  inputLabel: ConfigSources['inputLabel'] = cliLabel,
): Config {
  return resolveConfig({
    inputs,
    inputLabel,
    ...(text === undefined ? {} : { file: { path: FILE, text } }),
  })
}

/** Asserts `run` throws a ConfigError whose one line (`where: what`) is exactly `line`, or matches it. */
export function assertConfigError(run: () => unknown, line: string | RegExp): ConfigError {
  let caught: unknown
  try {
    run()
  } catch (e) {
    caught = e
  }
  assert.ok(caught instanceof ConfigError, `expected a ConfigError, got ${String(caught)}`)
  if (typeof line === 'string') assert.equal(caught.line, line)
  else assert.match(caught.line, line)
  assert.doesNotMatch(caught.line, /\n/, 'errors are one line')
  return caught
}
