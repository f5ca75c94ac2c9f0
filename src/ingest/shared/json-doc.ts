/**
 * JSON documents with line numbers (for errors naming file:line): a small parser that keeps the
 * start line of every object and array, the line of every key and of every array item.
 */
import { ArtifactError } from '../../core/errors.js'

/** Where each object of a parsed document starts, its keys, and each array item. */
export interface Lines {
  readonly starts: WeakMap<object, number>
  readonly keys: WeakMap<object, Map<string, number>>
  readonly items: WeakMap<object, number[]>
}

export class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message)
  }
}

/** A key repeated where JSONOptions.uniqueKey forbids it (valid JSON, but ambiguous). */
export class DuplicateKeyError extends JsonSyntaxError {}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const MAX_DEPTH = 256

/** What Python's json module writes for non-finite floats (read only when asked for). */
const PYTHON_NON_FINITE = [
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['-Infinity', -Infinity],
] as const

export interface JsonOptions {
  /** Accept Python's bare `NaN`, `Infinity` and `-Infinity` (json.dump writes them). */
  readonly pythonNonFinite?: boolean
  /**
   * Keys that must not appear twice in one object (`depth` is the object's: 0 for the document):
   * JSON keeps the last value, so a repeated key silently drops the first one.
   */
  readonly uniqueKey?: (key: string, depth: number) => boolean
}

/**
 * A small JSON parser that keeps line numbers: the start line of every object and array, and the
 * line of every key. Throws JsonSyntaxError naming the line of the first error.
 */
export function parseJson(
  text: string,
  options: JsonOptions = {},
): { value: unknown; lines: Lines } {
  const words: readonly (readonly [string, unknown])[] = [
    ['true', true],
    ['false', false],
    ['null', null],
    ...(options.pythonNonFinite === true ? PYTHON_NON_FINITE : []),
  ]
  const lines: Lines = { starts: new WeakMap(), keys: new WeakMap(), items: new WeakMap() }
  let i = 0
  let line = 1
  const fail = (what: string): never => {
    throw new JsonSyntaxError(line, what)
  }
  const space = (): void => {
    for (; i < text.length; i++) {
      const ch = text[i]
      if (ch === '\n') line++
      else if (ch !== ' ' && ch !== '\t' && ch !== '\r') break
    }
  }
  const found = (): string => (i < text.length ? `'${text[i]!}'` : 'the end of the file')
  const string = (): string => {
    const start = i
    for (i++; i < text.length && text[i] !== '"'; i++) {
      if (text[i] === '\\') i++
      else if (text[i]! < ' ') fail('a string holds a raw control character (a line break?)')
    }
    if (i >= text.length) fail('a string is not closed')
    i++
    try {
      return JSON.parse(text.slice(start, i)) as string
    } catch {
      return fail('a string holds an invalid escape')
    }
  }
  const value = (depth: number): unknown => {
    if (depth > MAX_DEPTH) fail(`nesting deeper than ${MAX_DEPTH}`)
    space()
    const ch = text[i]
    if (ch === '{') {
      const object = Object.create(null) as Record<string, unknown>
      const keys = new Map<string, number>()
      lines.starts.set(object, line)
      lines.keys.set(object, keys)
      i++
      space()
      if (text[i] === '}') {
        i++
        return object
      }
      for (;;) {
        space()
        if (text[i] !== '"') fail(`expected a "key", found ${found()}`)
        const keyLine = line
        const key = string()
        const earlier = keys.get(key)
        if (earlier !== undefined && options.uniqueKey?.(key, depth) === true) {
          throw new DuplicateKeyError(
            keyLine,
            `key "${key}" appears twice in one object (lines ${earlier} and ${keyLine}): ` +
              'which value counts is ambiguous; remove one',
          )
        }
        keys.set(key, keyLine)
        space()
        if (text[i] !== ':') fail(`expected ':' after "${key}", found ${found()}`)
        i++
        object[key] = value(depth + 1)
        space()
        if (text[i] === '}') {
          i++
          return object
        }
        if (text[i] !== ',') fail(`expected ',' or '}', found ${found()}`)
        i++
      }
    }
    if (ch === '[') {
      const array: unknown[] = []
      const items: number[] = []
      lines.starts.set(array, line)
      lines.items.set(array, items)
      i++
      space()
      if (text[i] === ']') {
        i++
        return array
      }
      for (;;) {
        space()
        items.push(line)
        array.push(value(depth + 1))
        space()
        if (text[i] === ']') {
          i++
          return array
        }
        if (text[i] !== ',') fail(`expected ',' or ']', found ${found()}`)
        i++
      }
    }
    if (ch === '"') return string()
    for (const [word, result] of words) {
      if (text.startsWith(word, i)) {
        i += word.length
        return result
      }
    }
    NUMBER.lastIndex = i
    const m = NUMBER.exec(text)
    if (!m) return fail(`expected a value, found ${found()}`)
    i += m[0].length
    return Number(m[0])
  }
  const result = value(0)
  space()
  if (i < text.length) fail(`unexpected ${found()} after the end of the document`)
  return { value: result, lines }
}

/** Parse `text`, or throw ArtifactError naming the line of the first syntax error. */
export function parseJsonDocument(
  text: string,
  path: string,
  options: JsonOptions = {},
): { value: unknown; lines: Lines } {
  try {
    return parseJson(text, options)
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e
    if (e instanceof DuplicateKeyError) throw new ArtifactError(path, e.line, e.message)
    throw new ArtifactError(path, e.line, `is not valid JSON: ${e.message}`)
  }
}

/** A JSON object (not null, not an array). */
export type JsonObject = Readonly<Record<string, unknown>>

export function isJsonObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** `v` when it is a JSON object, else an empty one (for optional sections). */
export function asJsonObject(v: unknown): JsonObject {
  return isJsonObject(v) ? v : {}
}
