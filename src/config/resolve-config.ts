/**
 * The user's settings → one readonly Config. Precedence: flag or action input → `.carbon-gate.yml`
 * → DEFAULT_CONFIG. Pure: the caller reads the file and passes its text in.
 *
 * This module loads the YAML parser and the schema checker; callers that may have no file use
 * resolve-lazily.ts, which loads it only when there is one.
 */
import { ConfigError } from '../core/errors.js'
import type { ParsedFile, PathSegment } from './file-config.js'
import { parseConfigFile } from './file-config.js'
import { type ConfigSources, type Origin, resolveInputs } from './resolve-inputs.js'
import { checkSchema, valueAt } from './schema-check.js'
import type { Draft, Setting } from './settings.js'
import { SETTINGS, createDraft } from './settings.js'
import type { Config } from './types.js'

export type { ConfigSources } from './resolve-inputs.js'

export function resolveConfig(sources: ConfigSources): Config {
  const draft = createDraft()
  const origins = new Map<string, Origin>()
  if (sources.file !== undefined) {
    const file = parseConfigFile(sources.file.path, sources.file.text)
    applyFile(file, draft, origins)
  }
  return resolveInputs(sources, draft, origins)
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
