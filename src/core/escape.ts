/**
 * The one escaping rule for every string that leaves carbon-gate: text from an artifact, a file
 * name, an artifact name or a config file may hold control characters and line breaks, and none
 * of them may reach a terminal, the runner's log, an annotation, GITHUB_OUTPUT, the job summary or
 * the PR comment raw. Each becomes a visible escape (`\n`, `\r`, `\t`, `\x1b`, `\u2028`), so the
 * string stays on one line and shows what was there.
 *
 * Renderers escape each untrusted piece (their own layout may use newlines); the shells escape
 * each whole message they write (a message is one line by design), so nothing is missed.
 */

/**
 * C0 controls (NUL … US, ESC and the line breaks among them), DEL, C1 controls (NEL included),
 * the Unicode line and paragraph separators, and the bidirectional overrides and isolates (the
 * "Trojan Source" characters, which reorder what a reader sees).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
// eslint-disable-next-line no-control-regex
const UNSAFE_TEST = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/

const NAMED: Readonly<Record<string, string>> = {
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
}

function escapeChar(c: string): string {
  const named = NAMED[c]
  if (named !== undefined) return named
  const code = c.charCodeAt(0)
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`
}

/** Whether `text` holds a character that `escapeLine` would escape. */
export function hasUnsafeChar(text: string): boolean {
  return UNSAFE_TEST.test(text)
}

/**
 * `text` on one line with every control character, line break and bidi override shown as a
 * visible escape. Printable text, backslashes included (Windows paths), is left as it is.
 */
export function escapeLine(text: string): string {
  return hasUnsafeChar(text) ? text.replace(UNSAFE, escapeChar) : text
}

/**
 * A whole line for the runner's log (stdout of an action step): escaped as `escapeLine`, and a
 * line that would start with `::` (a workflow command: `::error::`, `::add-mask::`,
 * `::stop-commands::`) has its first colon escaped, so the runner never reads one from input.
 */
export function escapeLogLine(text: string): string {
  const line = escapeLine(text)
  return /^\s*::/.test(line) ? line.replace(':', '\\x3a') : line
}

/** Any value as one escaped line, at most `maxLength` code points (ending in `…`). */
export function escapeExcerpt(value: unknown, maxLength = 60): string {
  const line = escapeLine(typeof value === 'string' ? value : String(value))
  const points = Array.from(line)
  return points.length <= maxLength ? line : `${points.slice(0, maxLength - 1).join('')}…`
}
