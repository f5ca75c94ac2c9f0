/**
 * Parsers for the configuration's non-quantity values: choices, bounded numbers, names. Like
 * quantities.ts they take a raw value (input text or a YAML value) and throw a plain Error.
 */
import { type CommentKey, MAX_COMMENT_KEY_LENGTH, isCommentKey } from '../core/comment-key.js'
import { isValidTimeZone } from '../ingest/shared/time.js'
import { isKnownRegion, suggestRegions } from '../model/intensity-data.js'
import { describeValue, parseNumber } from './quantities.js'

/** One of a few words, exactly as written (after trimming): `must be "pue" or "idle", got "both"`. */
export function parseChoice<T extends string>(raw: unknown, choices: readonly T[]): T {
  const t = typeof raw === 'string' ? raw.trim() : undefined
  const found = choices.find((c) => c === t)
  if (found === undefined) {
    throw new Error(`must be ${listWords(choices.map((c) => `"${c}"`))}, got ${describeValue(raw)}`)
  }
  return found
}

/** "a", "a or b", "a, b or c". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]!}`
}

export interface Bounds {
  readonly min: number
  /** When true, the value must be more than `min` rather than at least `min`. */
  readonly minExclusive?: boolean
  readonly max: number
  readonly integer?: boolean
  /** Shown after the bounds: 'g CO2e/kWh'. */
  readonly unit?: string
}

/** A number (YAML number or text) within bounds. */
export function parseBounded(raw: unknown, bounds: Bounds): number {
  const value = parseNumber(raw)
  const low = bounds.minExclusive === true ? value <= bounds.min : value < bounds.min
  const whole = bounds.integer !== true || Number.isInteger(value)
  if (low || value > bounds.max || !whole) {
    const kind = bounds.integer === true ? 'a whole number' : 'a number'
    const from =
      bounds.minExclusive === true ? `more than ${bounds.min} and at most` : `from ${bounds.min} to`
    const unit = bounds.unit === undefined ? '' : ` ${bounds.unit}`
    throw new Error(`must be ${kind} ${from} ${bounds.max}${unit}, got ${describeValue(raw)}`)
  }
  return value
}

/** Non-empty text on one line. */
export function parseText(raw: unknown): string {
  if (typeof raw !== 'string') throw new Error(`must be text, got ${describeValue(raw)}`)
  const t = raw.trim()
  if (t === '') throw new Error('must not be empty')
  if (/[\r\n]/.test(t)) throw new Error(`must be on one line, got ${describeValue(raw)}`)
  return t
}

/** ISO 3166 alpha-3 or alpha-2 code, or provider:region. The model looks it up; this checks form. */
export function parseRegion(raw: unknown): string {
  const t = typeof raw === 'string' ? raw.trim() : undefined
  if (t === undefined || !/^[A-Za-z0-9][\w.:/-]{0,63}$/.test(t)) {
    throw new Error(
      `${describeValue(raw)} is not a region; write an ISO 3166 code (FRA or FR) or provider:region (gcp:us-central1)`,
    )
  }
  if (!isKnownRegion(t)) {
    // An unknown region must not fall back silently to another intensity.
    const near = suggestRegions(t, 3)
    const hint = near.length > 0 ? ` (did you mean ${near.join(', ')}?)` : ''
    throw new Error(
      `"${t}" is not a region of the bundled dataset${hint}; use an ISO 3166 code (FRA, FR), provider:region (gcp:us-central1), or set intensity in g CO2e/kWh`,
    )
  }
  return t
}

export function parseTimeZone(raw: unknown): string {
  const t = typeof raw === 'string' ? raw.trim() : undefined
  if (t === undefined || t === '' || !isValidTimeZone(t)) {
    throw new Error(
      `${describeValue(raw)} is not an IANA time zone; write it like UTC, Europe/Paris or America/New_York`,
    )
  }
  return t
}

/** A comment key (the one rule is core/comment-key.ts): it names the sticky comment's marker. */
export function parseCommentKey(raw: unknown): CommentKey {
  const t = typeof raw === 'string' ? raw.trim() : undefined
  if (t === undefined || !isCommentKey(t)) {
    throw new Error(
      `${describeValue(raw)} is not a comment key; use up to ${MAX_COMMENT_KEY_LENGTH} letters, digits and . _ - : /, e.g. gpu-training`,
    )
  }
  return t
}

/** A GitHub Actions run id: digits (YAML may give it as a number). */
export function parseRunId(raw: unknown): string {
  if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw > 0) return String(raw)
  const t = typeof raw === 'string' ? raw.trim() : undefined
  if (t === undefined || !/^\d{1,20}$/.test(t) || /^0+$/.test(t)) {
    throw new Error(
      `${describeValue(raw)} is not a run id; it is the number in the run's URL, e.g. 9876543210`,
    )
  }
  return t
}

/**
 * A branch name `git check-ref-format --branch` accepts: no space, control character, `~ ^ : ? * [ \`,
 * `..`, `@{` or `//`; no component starting with `.` or ending in `.lock`; not starting with `-`
 * or `/`, not ending with `/` or `.`; not `@` or `HEAD`.
 */
export function parseBranchName(raw: unknown): string {
  const t = typeof raw === 'string' ? raw.trim() : undefined
  if (t === undefined || t === '' || !isValidBranchName(t)) {
    throw new Error(`${describeValue(raw)} is not a valid git branch name, e.g. carbon-ledger`)
  }
  return t
}

function isValidBranchName(name: string): boolean {
  if (name.length > 200 || name === '@' || name === 'HEAD') return false
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x20\x7f~^:?*[\\]|\.\.|@\{|\/\/|^[-/]|[/.]$/.test(name)) return false
  return name.split('/').every((part) => !part.startsWith('.') && !part.endsWith('.lock'))
}

/** Paths, directories or globs: text with one a line (blank lines ignored), or a YAML list. */
export function parseArtifacts(raw: unknown): readonly string[] {
  if (typeof raw === 'string') {
    return raw
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '')
  }
  if (Array.isArray(raw)) {
    return raw.map((item: unknown, i) => {
      if (typeof item !== 'string' || item.trim() === '') {
        throw new Error(`item ${i + 1} must be a path or glob, got ${describeValue(item)}`)
      }
      return item.trim()
    })
  }
  throw new Error(`must be paths or globs, one a line, or a list, got ${describeValue(raw)}`)
}

/** `hardware.gpus`: { <model substring>: { embodied-kg } }, keys unique ignoring case. */
export function parseGpuOverrides(
  raw: unknown,
): Readonly<Record<string, { readonly embodiedKg: number }>> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new Error(`must be a mapping like H100: { embodied-kg: 164 }, got ${describeValue(raw)}`)
  }
  // Null prototype: a GPU model named `__proto__` or `constructor` is an ordinary key.
  const out = Object.create(null) as Record<string, { readonly embodiedKg: number }>
  const seen = new Map<string, string>()
  for (const [model, entry] of Object.entries(raw)) {
    const name = model.trim()
    if (name === '')
      throw new Error('a GPU model name is empty; write part of the model, e.g. H100')
    const twin = seen.get(name.toLowerCase())
    if (twin !== undefined) {
      throw new Error(
        `"${twin}" and "${model}" name the same GPU (models are matched ignoring case)`,
      )
    }
    seen.set(name.toLowerCase(), model)
    const kg: unknown =
      entry !== null && typeof entry === 'object'
        ? (entry as Record<string, unknown>)['embodied-kg']
        : undefined
    if (kg === undefined) throw new Error(`${model}: write it like ${model}: { embodied-kg: 164 }`)
    try {
      out[name] = { embodiedKg: parseBounded(kg, { min: 0, max: 1e5, unit: 'kg' }) }
    } catch (e) {
      throw new Error(`${model}.embodied-kg: ${(e as Error).message}`, { cause: e })
    }
  }
  return out
}
