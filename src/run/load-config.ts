/**
 * Loading the configuration, the same for the action and the CLI: the inputs (or flags), then the
 * `.carbon-gate.yml` the user named or the one found in the working directory, over the defaults.
 * The shell passes in how to read a file.
 */
import { resolveConfigLazily } from '../config/resolve-lazily.js'
import type { Config } from '../config/types.js'
import { DEFAULT_CONFIG } from '../config/types.js'
import { parseArtifacts } from '../config/values.js'
import { ConfigError } from '../core/errors.js'
import type { ReadOptions } from '../ingest/types.js'
import { parseIntensitySeries } from '../model/intensity-series.js'

/** The files looked for when no configuration file is named, in this order. */
export const CONFIG_FILE_NAMES: readonly string[] = ['.carbon-gate.yml', '.carbon-gate.yaml']

/** The largest configuration file read, in bytes: a configuration is a few hundred. */
export const MAX_CONFIG_BYTES = 1024 * 1024

/**
 * Reads a text file relative to the working directory; undefined when there is no such file. A
 * file that cannot be used (not a regular file, too large, unreadable, leading outside) is a
 * ConfigError naming the path. `named`: the user named the file (`--config`, input `config`).
 */
export type ReadTextFile = (path: string, how?: { readonly named?: boolean }) => string | undefined

export interface ConfigRequest {
  /** Inputs or flags by their setting input names; '' or undefined: not given. */
  readonly inputs: Readonly<Record<string, string | undefined>>
  /** How an error names an input: `--budget` (CLI), `input 'budget'` (action). */
  readonly inputLabel: (name: string) => string
  /** The configuration file the user named (`--config`, the `config` input), if any. */
  readonly configPath?: string
  /** Where a named file that is missing was looked for, e.g. "the workspace". */
  readonly lookedIn?: string
}

export async function loadConfig(read: ReadTextFile, request: ConfigRequest): Promise<Config> {
  const file = findConfigFile(read, request)
  const config = await resolveConfigLazily({
    inputs: request.inputs,
    inputLabel: request.inputLabel,
    ...(file !== undefined ? { file } : {}),
  })
  return readIntensitySeries(read, request, config)
}

/** The intensity-series file, read and parsed into the config (errors name file:line). */
function readIntensitySeries(read: ReadTextFile, request: ConfigRequest, config: Config): Config {
  const path = config.intensitySeriesPath
  if (path === undefined) return config
  const text = read(path)
  if (text === undefined) {
    const where = request.lookedIn !== undefined ? ` in ${request.lookedIn}` : ''
    throw new ConfigError(request.inputLabel('intensity-series'), `${path}: no such file${where}`)
  }
  return { ...config, intensitySeries: parseIntensitySeries(text, path) }
}

function findConfigFile(
  read: ReadTextFile,
  request: ConfigRequest,
): { path: string; text: string } | undefined {
  const named = request.configPath?.trim() ?? ''
  if (named !== '') {
    const text = readNamed(read, named, request)
    if (text === undefined) {
      const where = request.lookedIn !== undefined ? ` in ${request.lookedIn}` : ''
      throw new ConfigError(request.inputLabel('config'), `${named}: no such file${where}`)
    }
    return { path: named, text }
  }
  for (const path of CONFIG_FILE_NAMES) {
    const text = read(path)
    if (text !== undefined) return { path, text }
  }
  return undefined
}

/** The named file; a refusal names the input (`--config: c.yml: is a directory, not a file`). */
function readNamed(read: ReadTextFile, named: string, request: ConfigRequest): string | undefined {
  try {
    return read(named, { named: true })
  } catch (e) {
    if (e instanceof ConfigError) {
      throw new ConfigError(request.inputLabel('config'), `${named}: ${e.message}`)
    }
    throw e
  }
}

/**
 * The configuration of a run whose settings cannot be used: the artifacts are still read and
 * reported with the defaults, nothing is published, and the run exits 2 on its errors.
 */
export function fallbackConfig(artifactsInput: string): Config {
  return {
    ...DEFAULT_CONFIG,
    artifacts: parseArtifacts(artifactsInput),
    comment: false,
    ledger: 'off',
    badge: false,
  }
}

/** How the readers read: the configuration's time zone and power-log settings. */
export function readOptionsFrom(config: Config): ReadOptions {
  return {
    timezone: config.timezone,
    maxGapSeconds: config.maxGapSeconds,
    ...(config.pollIntervalSeconds !== undefined
      ? { pollIntervalSeconds: config.pollIntervalSeconds }
      : {}),
    ...(config.intensitySeries !== undefined ? { energyProfile: true } : {}),
  }
}
