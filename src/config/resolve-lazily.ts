/**
 * Config resolution for the CLI and the action: the YAML parser and the schema checker (most of
 * the code a run would otherwise load at start) are imported only when there is a
 * `.carbon-gate.yml` to read.
 */
import { type ConfigSources, resolveInputs } from './resolve-inputs.js'
import type { Config } from './types.js'

/** resolveConfig, loading the file's reader only when `sources.file` is given. */
export async function resolveConfigLazily(sources: ConfigSources): Promise<Config> {
  if (sources.file === undefined) return resolveInputs(sources)
  const { resolveConfig } = await import('./resolve-config.js')
  return resolveConfig(sources)
}
