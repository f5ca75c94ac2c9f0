/**
 * The part of config resolution that needs no configuration file: flags or action inputs over
 * DEFAULT_CONFIG, the cross-setting check, the frozen result. resolve-config.ts adds the file
 * (YAML and its schema, loaded only when there is a file: resolve-lazily.ts).
 */
import { ConfigError } from '../core/errors.js'
import { findNearestKey } from './nearest-key.js'
import type { Draft } from './settings.js'
import { CALLER_INPUTS, INPUT_NAMES, SETTINGS_BY_INPUT, createDraft } from './settings.js'
import type { Config } from './types.js'

export interface ConfigSources {
  /** Flags or action inputs by their contract names (e.g. 'budget', 'max-increase'); '' or undefined = not given. */
  readonly inputs: Readonly<Record<string, string | undefined>>
  /** How to name an input in an error: the CLI passes n => `--${n}`, the action n => `input '${n}'`. */
  readonly inputLabel: (name: string) => string
  readonly file?: { readonly path: string; readonly text: string }
}

/** Where a setting's value came from, for errors that involve two settings. */
export type Origin =
  | { readonly kind: 'input'; readonly label: string }
  | { readonly kind: 'file'; readonly path: string; readonly line: number }

/**
 * The Config from `draft` (the file's settings already applied, or the defaults) and the inputs.
 * `sources.file` is not read here.
 */
export function resolveInputs(
  sources: ConfigSources,
  draft: Draft = createDraft(),
  origins: Map<string, Origin> = new Map(),
): Config {
  applyInputs(sources, draft, origins)
  checkOverhead(draft, origins)
  return freeze(draft)
}

function applyInputs(sources: ConfigSources, draft: Draft, origins: Map<string, Origin>): void {
  for (const [name, raw] of Object.entries(sources.inputs)) {
    const label = sources.inputLabel(name)
    const setting = SETTINGS_BY_INPUT.get(name)
    if (setting === undefined) {
      if (CALLER_INPUTS.includes(name)) continue
      const near = findNearestKey(name, INPUT_NAMES)
      const hint = near === undefined ? '' : ` (did you mean ${sources.inputLabel(near)}?)`
      throw new ConfigError(label, `unknown option${hint}`)
    }
    if (raw === undefined || raw.trim() === '') continue
    try {
      setting.read(raw)(draft)
    } catch (e) {
      throw new ConfigError(label, (e as Error).message)
    }
    origins.set(setting.key, { kind: 'input', label })
  }
}

/** `pue` with `overhead.mode: idle` would count facility overhead twice. */
function checkOverhead(draft: Draft, origins: ReadonlyMap<string, Origin>): void {
  if (draft.pue === undefined || draft.overhead.mode !== 'idle') return
  const pue = origins.get('pue')
  const mode = origins.get('overhead.mode')
  const modeWhere = mode?.kind === 'file' ? ` (${mode.path}:${mode.line})` : ''
  const why = 'idle mode already counts facility overhead, so a PUE would count it twice'
  if (pue?.kind === 'input') {
    throw new ConfigError(
      pue.label,
      `pue ${draft.pue} cannot be used with overhead.mode: idle${modeWhere}: ${why}; remove ${pue.label} or set overhead.mode: pue`,
    )
  }
  const where = pue?.kind === 'file' ? `${pue.path}:${pue.line}` : 'pue'
  const modeLine = mode?.kind === 'file' ? ` (line ${mode.line})` : ''
  throw new ConfigError(
    where,
    `pue: cannot be used with overhead.mode: idle${modeLine}: ${why}; remove pue or set overhead.mode: pue`,
  )
}

/** A frozen copy: the Config cannot be changed by anything that receives it. */
function freeze(draft: Draft): Config {
  const config: Config = {
    ...draft,
    artifacts: Object.freeze([...draft.artifacts]),
    overhead: Object.freeze({ ...draft.overhead }),
    hardware: Object.freeze({
      ...draft.hardware,
      gpus: Object.freeze(
        Object.fromEntries(
          Object.entries(draft.hardware.gpus).map(([k, v]) => [k, Object.freeze({ ...v })]),
        ),
      ),
    }),
  }
  return Object.freeze(config)
}
