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
