/**
 * JSON as carbon-gate writes it to files and stdout: two-space indent, one newline at the end.
 * JSON.stringify escapes C0 controls; DEL, C1 controls, U+2028/U+2029 and bidi overrides are
 * written as `\uXXXX` too (the same JSON value), so no output carries them raw.
 */
const RAW_IN_STRINGS = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

export function toJsonText(value: unknown): string {
  const text = JSON.stringify(value, null, 2)
  return `${text.replace(RAW_IN_STRINGS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`
}

/**
 * JSON text → a value whose objects have no prototype: `__proto__`, `constructor` and
 * `prototype` are ordinary keys, so a record read from a file can never reach Object.prototype's
 * members by a key lookup, and copying it (`Object.assign`, `out[k] = v`) cannot set a prototype.
 */
export function parseJsonNullProto(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.assign(Object.create(null) as Record<string, unknown>, value)
      : value,
  )
}
