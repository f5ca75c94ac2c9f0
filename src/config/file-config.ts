/**
 * `.carbon-gate.yml` text → plain data, with the line of every key and value kept for errors.
 * YAML problems (syntax, duplicate keys, alias bombs, a top level that is not a mapping) are
 * ConfigErrors located at `path:line`.
 */
import type { Document } from 'yaml'
import {
  LineCounter,
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit,
} from 'yaml'
import { ConfigError } from '../core/errors.js'
import { describeValue } from './quantities.js'

/** Aliases a config file may expand; a "billion laughs" file hits this at once. */
const MAX_ALIAS_COUNT = 50
/** A configuration file is a few hundred bytes; a megabyte is not one. */
const MAX_FILE_CHARS = 1_000_000

export type PathSegment = string | number

export interface ParsedFile {
  readonly path: string
  /** The top-level mapping, with null values (`key:` with nothing after it) removed at every level. */
  readonly data: Readonly<Record<string, unknown>>
  /** 1-based line of the key (or value) at `segments`; the nearest existing ancestor's line otherwise. */
  readonly lineOf: (segments: readonly PathSegment[], part: 'key' | 'value') => number
}

export function parseConfigFile(path: string, text: string): ParsedFile {
  if (text.length > MAX_FILE_CHARS) {
    throw new ConfigError(path, 'is larger than 1 MB; is it the right file?')
  }
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, lineCounter })
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line
  const first = doc.errors[0]
  if (first !== undefined) {
    throw new ConfigError(
      `${path}:${lineAt(first.pos[0])}`,
      `invalid YAML: ${oneLine(first.message)}`,
    )
  }
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (e) {
    // Excessive aliasing, or an alias whose anchor comes later.
    const line = lineAt(findAliasOffset(doc) ?? 0)
    throw new ConfigError(`${path}:${line}`, `invalid YAML: ${oneLine((e as Error).message)}`)
  }
  const lineOf = (segments: readonly PathSegment[], part: 'key' | 'value'): number =>
    lineAt(locate(doc, segments, part))
  if (value === null || value === undefined) {
    return { path, data: Object.create(null) as Record<string, unknown>, lineOf }
  }
  if (!isPlainObject(value)) {
    throw new ConfigError(
      `${path}:${lineOf([], 'value')}`,
      `the top level must be a mapping of keys like "budget: 25kg", got ${describeValue(value)}`,
    )
  }
  return { path, data: dropNulls(value), lineOf }
}

function oneLine(message: string): string {
  return message.split('\n')[0]!.trim()
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    !ArrayBuffer.isView(value)
  )
}

/**
 * `key:` with no value means "not set": drop it, in mappings at every level. Mappings become
 * null-prototype objects: `__proto__`, `constructor` and `prototype` are ordinary keys (unknown
 * keys to the schema, or GPU model names), never an object's prototype or inherited members.
 */
function dropNulls(value: Record<string, unknown>): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>
  for (const [k, v] of Object.entries(value)) {
    if (v === null || v === undefined) continue
    out[k] = isPlainObject(v) ? dropNulls(v) : v
  }
  return out
}

/** Offset of the first unresolvable alias, else of the first alias. */
function findAliasOffset(doc: Document): number | undefined {
  let firstAlias: number | undefined
  let unresolved: number | undefined
  visit(doc, {
    Alias(_, node) {
      const start = node.range?.[0]
      firstAlias ??= start
      if (node.resolve(doc) === undefined) {
        unresolved = start
        return visit.BREAK
      }
      return undefined
    },
  })
  return unresolved ?? firstAlias
}

/** Source offset of the key or value at `segments`, walking through aliases. */
function locate(doc: Document, segments: readonly PathSegment[], part: 'key' | 'value'): number {
  let node: unknown = doc.contents
  let offset = rangeStart(node) ?? 0
  for (const [i, segment] of segments.entries()) {
    if (isAlias(node)) node = node.resolve(doc)
    let keyNode: unknown
    let next: unknown
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(segment))
      keyNode = pair?.key
      next = pair?.value
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment]
      keyNode = next
    } else {
      return offset
    }
    if (keyNode === undefined) return offset
    const last = i === segments.length - 1
    // A block mapping or list starts on the line after its key: point at the key instead.
    const chosen =
      (last && part === 'key') || isMap(next) || isSeq(next) ? keyNode : (next ?? keyNode)
    offset = rangeStart(chosen) ?? offset
    node = next
  }
  return offset
}

function keyText(key: unknown): string | undefined {
  const value: unknown = isScalar(key) ? key.value : undefined
  if (typeof value === 'string') return value
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined
}

function rangeStart(node: unknown): number | undefined {
  return isNode(node) ? node.range?.[0] : undefined
}
