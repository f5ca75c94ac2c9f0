/**
 * The user's settings → one readonly Config. Precedence: flag or action input → `.carbon-gate.yml`
 * → DEFAULT_CONFIG. Pure: the caller reads the file and passes its text in.
 */
import { ConfigError } from '../core/errors.js'
import type { ParsedFile, PathSegment } from './file-config.js'
import { parseConfigFile } from './file-config.js'
import { findNearestKey } from './nearest-key.js'
import { checkSchema, valueAt } from './schema-check.js'
import type { Draft, Setting } from './settings.js'
import { CALLER_INPUTS, SETTINGS, SETTINGS_BY_INPUT, createDraft } from './settings.js'
import type { Config } from './types.js'

export interface ConfigSources {
  /** Flags or action inputs by their contract names (e.g. 'budget', 'max-increase'); '' or undefined = not given. */
  readonly inputs: Readonly<Record<string, string | undefined>>
  /** How to name an input in an error: the CLI passes n => `--${n}`, the action n => `input '${n}'`. */
  readonly inputLabel: (name: string) => string
  readonly file?: { readonly path: string; readonly text: string }
}

/** Where a setting's value came from, for errors that involve two settings. */
type Origin =
  | { readonly kind: 'input'; readonly label: string }
  | { readonly kind: 'file'; readonly path: string; readonly line: number }

/** Every input name resolveConfig knows: the settings' inputs and those the caller handles. */
export const INPUT_NAMES: readonly string[] = [...SETTINGS_BY_INPUT.keys(), ...CALLER_INPUTS]

export function resolveConfig(sources: ConfigSources): Config {
  const draft = createDraft()
  const origins = new Map<string, Origin>()
  if (sources.file !== undefined) {
    const file = parseConfigFile(sources.file.path, sources.file.text)
    applyFile(file, draft, origins)
  }
  applyInputs(sources, draft, origins)
  checkOverhead(draft, origins)
  return freeze(draft)
}

function applyFile(file: ParsedFile, draft: Draft, origins: Map<string, Origin>): void {
  const problems: { line: number; rank: number; error: ConfigError }[] = []
  const report = (
    line: number,
    subject: readonly PathSegment[],
    message: string,
    rank = 1,
  ): void => {
    const prefix = subject.length === 0 ? '' : `${subject.join('.')}: `
    const error = new ConfigError(`${file.path}:${line}`, `${prefix}${message}`)
    problems.push({ line, rank, error })
  }
  const changes: ((d: Draft) => void)[] = []
  const flagged: string[] = []
  for (const issue of checkSchema(file.data)) {
    const dotted = issue.at.join('.')
    flagged.push(dotted)
    const setting = SETTINGS.find((s) => s.key === dotted)
    // A setting's own parser explains a bad value best ("has no unit: add a unit, e.g. 25kg").
    const better =
      setting === undefined ? undefined : explain(setting, valueAt(file.data, issue.at))
    // On one line, a misspelt key goes first: it is why a required key looks missing.
    const rank = issue.part === 'key' ? 0 : 1
    report(file.lineOf(issue.at, issue.part), issue.subject, better ?? issue.message, rank)
  }
  for (const setting of SETTINGS) {
    const path = setting.key.split('.')
    const raw = valueAt(file.data, path)
    if (raw === undefined) continue
    if (flagged.some((f) => f === setting.key || f.startsWith(`${setting.key}.`))) continue
    try {
      changes.push(setting.read(raw))
      origins.set(setting.key, { kind: 'file', path: file.path, line: file.lineOf(path, 'value') })
    } catch (e) {
      report(file.lineOf(path, 'value'), path, (e as Error).message)
    }
  }
  // Report the problem that comes first in the file.
  const first = problems.sort((a, b) => a.line - b.line || a.rank - b.rank)[0]
  if (first !== undefined) throw first.error
  for (const change of changes) change(draft)
}

/** The setting parser's message for a value, or undefined when the parser accepts it. */
function explain(setting: Setting, raw: unknown): string | undefined {
  try {
    setting.read(raw)
    return undefined
  } catch (e) {
    return (e as Error).message
  }
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
