/**
 * Structure of `.carbon-gate.yml` checked against schema/carbon-gate.schema.json (the same file
 * editors use), with ajv's findings turned into plain sentences: unknown keys with the nearest
 * valid key, wrong types, values out of an enum or range.
 */
import AjvModule from 'ajv'
import type { ErrorObject } from 'ajv'
import schema from '../../schema/carbon-gate.schema.json' with { type: 'json' }
import type { PathSegment } from './file-config.js'
import { findNearestKey } from './nearest-key.js'
import { describeValue } from './quantities.js'
import { listWords } from './values.js'

/** ajv is CommonJS: Node gives its module.exports as the default import, bundlers may give .default. */
const Ajv = AjvModule.default ?? AjvModule

export interface SchemaIssue {
  /** Where the problem is: the line is taken from this key or value. */
  readonly at: readonly PathSegment[]
  readonly part: 'key' | 'value'
  /** The dotted key the message starts with ([] for the top level). */
  readonly subject: readonly PathSegment[]
  readonly message: string
}

interface SchemaNode {
  readonly description?: string
  readonly properties?: Readonly<Record<string, SchemaNode>>
  readonly additionalProperties?: boolean | SchemaNode
}

const ROOT: SchemaNode = schema

let validator: ReturnType<InstanceType<typeof Ajv>['compile']> | undefined

function getValidator(): NonNullable<typeof validator> {
  validator ??= new Ajv({
    allErrors: true,
    strict: true,
    strictNumbers: true,
    allowUnionTypes: true,
  }).compile(schema)
  return validator
}

/** Every problem ajv finds, one per location, in no particular order. */
export function checkSchema(data: unknown): readonly SchemaIssue[] {
  const validate = getValidator()
  if (validate(data)) return []
  const issues: SchemaIssue[] = []
  const seen = new Set<string>()
  const errors = validate.errors ?? []
  // A misspelt key is why a required one looks missing: report the misspelling only.
  const misspelt = new Set(
    errors.filter((e) => e.keyword === 'additionalProperties').map((e) => e.instancePath),
  )
  for (const error of errors) {
    if (error.keyword === 'required' && misspelt.has(error.instancePath)) continue
    const issue = describeError(error, data)
    if (issue === undefined) continue
    const id = JSON.stringify(issue.at)
    if (seen.has(id)) continue
    seen.add(id)
    issues.push(issue)
  }
  return issues
}

/** The keys the schema allows at `path` (for suggestions). */
export function listKeysAt(path: readonly PathSegment[]): readonly string[] {
  const node = schemaAt(path)
  return Object.keys(node?.properties ?? {})
}

/** Every dotted key the schema defines, e.g. 'power-logs.max-gap'. */
export function listAllKeys(node: SchemaNode = ROOT, prefix = ''): readonly string[] {
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => [
    `${prefix}${key}`,
    ...listAllKeys(child, `${prefix}${key}.`),
  ])
}

function schemaAt(path: readonly PathSegment[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = ROOT
  for (const segment of path) {
    if (node === undefined) return undefined
    const extra: boolean | SchemaNode | undefined = node.additionalProperties
    node = node.properties?.[String(segment)] ?? (typeof extra === 'object' ? extra : undefined)
  }
  return node
}

function describeError(error: ErrorObject, data: unknown): SchemaIssue | undefined {
  const path = parsePointer(error.instancePath)
  const params: Readonly<Record<string, unknown>> = error.params
  const value = valueAt(data, path)
  const at = { at: path, part: 'value' as const, subject: path }
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty)
      return {
        at: [...path, key],
        part: 'key',
        subject: path,
        message: explainUnknownKey(path, key),
      }
    }
    case 'required':
      return { ...at, message: `must have ${String(params.missingProperty)}` }
    case 'type':
      return {
        ...at,
        message: `must be ${describeTypes(String(params.type))}, got ${describeValue(value)}`,
      }
    case 'enum': {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues : []
      return {
        ...at,
        message: `must be ${listWords(allowed.map(describeValue))}, got ${describeValue(value)}`,
      }
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        ...at,
        message: `must be ${String(params.comparison)} ${String(params.limit)}, got ${describeValue(value)}`,
      }
    case 'minLength':
      return { ...at, message: 'must not be empty' }
    case 'propertyNames':
      return { ...at, message: `has an invalid key ${describeValue(params.propertyName)}` }
    case 'pattern':
      return { ...at, message: `${describeValue(value)} is not in the expected form` }
    default:
      return { ...at, message: error.message ?? 'is not valid' }
  }
}

/** "unknown key 'x' (did you mean 'y'?)", looking at siblings first, then at keys elsewhere. */
function explainUnknownKey(parent: readonly PathSegment[], key: string): string {
  if (parent.length === 0 && key === 'github-token') {
    return "github-token does not belong in a file: a token in the repository leaks; pass it as the action's github-token input"
  }
  if (parent.length === 0 && key === 'config') {
    return 'config cannot be set in the config file; pass --config or the config input'
  }
  const sibling = findNearestKey(key, listKeysAt(parent))
  if (sibling !== undefined) return `unknown key '${key}' (did you mean '${sibling}'?)`
  const nested = listAllKeys().filter((k) => k.includes('.'))
  const leaf = (k: string): string => k.slice(k.lastIndexOf('.') + 1)
  const match = findNearestKey(key, nested.map(leaf))
  const full = match === undefined ? undefined : nested.find((k) => leaf(k) === match)
  if (full !== undefined) return `unknown key '${key}' (did you mean '${full}'?)`
  return `unknown key '${key}'; valid keys here: ${listKeysAt(parent).join(', ')}`
}

function describeTypes(types: string): string {
  const words: Readonly<Record<string, string>> = {
    string: 'text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    object: 'a mapping',
    array: 'a list',
    null: 'empty',
  }
  return listWords(types.split(',').map((t) => words[t] ?? t))
}

/** `/hardware/gpus/A~1B` → ['hardware', 'gpus', 'A/B']. */
function parsePointer(pointer: string): readonly PathSegment[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s))
}

export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let node = data
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[String(segment)]
  }
  return node
}
