/**
 * Quantities users write in flags, action inputs and `.carbon-gate.yml`: masses ("25kg"),
 * percentages ("10%"), durations ("60s") and booleans. Each parser returns canonical units
 * (kg, percent, seconds) or throws a plain Error whose message says what to write instead; the
 * caller adds the input or key name (ConfigError).
 */

/** An unsigned decimal, optionally with an exponent: 25, 1.2, .5, 1e3. */
const NUMBER = String.raw`(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`

const MASS = new RegExp(String.raw`^(${NUMBER})\s*([a-z]+)(\s*co2(?:e|eq)?)?$`, 'i')
const PERCENT = new RegExp(String.raw`^(${NUMBER})\s*(%?)$`)
const DURATION = new RegExp(String.raw`^(${NUMBER})\s*([a-z]*)$`, 'i')

/** Unit → [multiply, divide] to get kg (dividing keeps 800g exactly 0.8). `t` is the metric tonne. */
const MASS_UNITS: Readonly<Record<string, readonly [number, number]>> = {
  g: [1, 1000],
  kg: [1, 1],
  t: [1000, 1],
  tonne: [1000, 1],
  tonnes: [1000, 1],
}

/** Unit → [multiply, divide] to get seconds. */
const DURATION_UNITS: Readonly<Record<string, readonly [number, number]>> = {
  ms: [1, 1000],
  s: [1, 1],
  m: [60, 1],
  min: [60, 1],
  h: [3600, 1],
}

/** The largest budget accepted: 1e12 kg is a billion tonnes, a fortieth of the world's yearly CO2. */
export const MAX_MASS_KG = 1e12

const MASS_HINT = 'write it like 800g, 25kg or 1.2t'

/** Text or a YAML scalar: quote the text, print the rest as it is. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(excerpt(value))
  if (value === null || value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (ArrayBuffer.isView(value)) return 'binary data'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value)
  }
  return typeof value
}

/** Longest piece of a value quoted in an error, in code points: a file is never echoed. */
const MAX_QUOTED = 60

function excerpt(text: string): string {
  const points = Array.from(text)
  return points.length <= MAX_QUOTED ? text : `${points.slice(0, MAX_QUOTED - 1).join('')}…`
}

/**
 * A mass in kg from `800g`, `25kg`, `25 kg`, `1.2t`, `1.2 tonnes`, `0.5tCO2e`, `25 kg CO2e`
 * (units case-insensitive). Rejects bare numbers, unknown units (`25 kgs`), `tons` (short or
 * metric?), zero, negative, non-finite and absurd (> 1e12 kg) values.
 */
export function parseMass(text: unknown): number {
  if (typeof text === 'number') {
    throw new Error(`${describeValue(text)} has no unit: add a unit, e.g. ${String(text)}kg`)
  }
  if (typeof text !== 'string')
    throw new Error(`${describeValue(text)} is not a mass; ${MASS_HINT}`)
  const t = text.trim()
  if (t.startsWith('-'))
    throw new Error(`${describeValue(text)} is negative: a budget must be more than 0`)
  if (new RegExp(`^${NUMBER}$`).test(t)) {
    throw new Error(`${describeValue(text)} has no unit: add a unit, e.g. ${t}kg`)
  }
  const m = MASS.exec(t)
  const unit = m?.[2]?.toLowerCase()
  if (unit === 'ton' || unit === 'tons') {
    throw new Error(
      `${describeValue(text)}: "${m?.[2] ?? unit}" is ambiguous (US short ton or metric tonne?); write t for metric tonnes, e.g. 1.2t`,
    )
  }
  const factor = unit === undefined ? undefined : MASS_UNITS[unit]
  if (m === null || factor === undefined) {
    throw new Error(`${describeValue(text)} is not a mass; ${MASS_HINT}`)
  }
  const kg = (Number(m[1]) * factor[0]) / factor[1]
  if (!Number.isFinite(kg) || kg > MAX_MASS_KG) {
    throw new Error(`${describeValue(text)} is more than any plausible budget (the limit is 1e9 t)`)
  }
  if (kg === 0) {
    throw new Error(
      `${describeValue(text)} is zero: a budget must be more than 0 (remove it to have no budget)`,
    )
  }
  return kg
}

/** A percentage from `10%`, `10 %`, `12.5` or the YAML number 10 → 10. Must be finite and ≥ 0. */
export function parsePercent(text: unknown): number {
  const value = parseFinite(text, PERCENT, 'a percentage; write it like 10%')
  if (value < 0) throw new Error(`${describeValue(text)} is negative: a percentage must be ≥ 0`)
  return value
}

/**
 * A duration in seconds from `500ms`, `60s`, `1.5s`, `2m`, `2min`, `1h` or a bare number of
 * seconds (`1`, or the YAML number 1). Must be finite and > 0.
 */
export function parseDurationSeconds(text: unknown): number {
  const hint = 'a duration; write it like 500ms, 60s or 2m'
  if (typeof text === 'number') return checkDuration(text, text)
  if (typeof text !== 'string') throw new Error(`${describeValue(text)} is not ${hint}`)
  const t = text.trim()
  if (t.startsWith('-'))
    throw new Error(`${describeValue(text)} is negative: a duration must be > 0`)
  const m = DURATION.exec(t)
  const unit = m?.[2] === undefined || m[2] === '' ? 's' : m[2].toLowerCase()
  const factor = DURATION_UNITS[unit]
  if (m === null || factor === undefined) throw new Error(`${describeValue(text)} is not ${hint}`)
  return checkDuration((Number(m[1]) * factor[0]) / factor[1], text)
}

/**
 * The polling interval of a log without timestamps: a duration that must carry its unit.
 * `dcgmi dmon -d` and `nvidia-smi dmon` users think in milliseconds, so a bare `1000` is an
 * error naming both readings instead of 1000 s.
 */
export function parsePollInterval(text: unknown): number {
  const bare =
    typeof text === 'number' ? text : typeof text === 'string' ? bareNumber(text) : undefined
  if (bare !== undefined) {
    const n = String(bare)
    throw new Error(
      `${n} has no unit: write ${n}ms or ${String(bare / 1000)}s (dmon -d counts milliseconds)`,
    )
  }
  return parseDurationSeconds(text)
}

function bareNumber(text: string): number | undefined {
  const t = text.trim()
  return /^[+]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t) ? Number(t) : undefined
}

function checkDuration(seconds: number, original: unknown): number {
  if (!Number.isFinite(seconds))
    throw new Error(`${describeValue(original)} is not a finite duration`)
  if (seconds <= 0) throw new Error(`${describeValue(original)} must be more than 0`)
  return seconds
}

/** The spellings YAML 1.1 and GitHub users write for booleans, in lower, Title and UPPER case. */
export const BOOLEAN_WORDS: readonly string[] = ['true', 'false', 'yes', 'no', 'on', 'off'].flatMap(
  (w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()],
)

/** true/false/yes/no/on/off (lower, Title or UPPER case), or a YAML boolean. */
export function parseBoolean(text: unknown): boolean {
  if (typeof text === 'boolean') return text
  const t = typeof text === 'string' ? text.trim() : undefined
  if (t === undefined || !BOOLEAN_WORDS.includes(t)) {
    throw new Error(`must be true or false, got ${describeValue(text)}`)
  }
  const lower = t.toLowerCase()
  return lower === 'true' || lower === 'yes' || lower === 'on'
}

/** A finite number from a YAML number or from text like `1.2` or `-3` (no unit). */
export function parseNumber(text: unknown): number {
  return parseFinite(text, new RegExp(`^(${NUMBER})$`), 'a number')
}

/** `pattern` matches the unsigned text and captures the number in group 1; a sign may precede. */
function parseFinite(text: unknown, pattern: RegExp, what: string): number {
  if (typeof text === 'number') {
    if (!Number.isFinite(text)) throw new Error(`${describeValue(text)} is not a finite number`)
    return text
  }
  if (typeof text !== 'string') throw new Error(`${describeValue(text)} is not ${what}`)
  const t = text.trim()
  const negative = t.startsWith('-')
  const m = pattern.exec(negative || t.startsWith('+') ? t.slice(1).trimStart() : t)
  if (m === null) throw new Error(`${describeValue(text)} is not ${what}`)
  const value = Number(m[1])
  if (!Number.isFinite(value)) throw new Error(`${describeValue(text)} is not a finite number`)
  return negative ? -value : value
}
