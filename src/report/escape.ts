/**
 * Text that comes from artifacts (job names, GPU models, file paths, warnings) is untrusted: in a
 * PR comment it must not mention people, reference issues, add links, images or HTML, break a
 * table, or forge the comment's hidden marker. In a terminal it must not carry escape sequences.
 */

/** Zero-width space: breaks `@mention`, `#123`, `http://` and `www.` auto-linking invisibly. */
const ZWSP = '\u200B'

import { escapeLogLine } from '../core/escape.js'

/** Longest untrusted string shown, in code points, before escaping. */
export const MAX_TEXT_LENGTH = 200

/**
 * One line of plain text: controls, newlines and bidi overrides become visible escapes (`\n`,
 * `\x1b`: core/escape.ts, the one rule for every channel), a leading `::` has its first colon
 * escaped (`\x3a:`), runs of white space collapse, and the
 * result is capped at `maxLength` code points (ending in `…`).
 */
export function sanitizeText(untrusted: unknown, maxLength = MAX_TEXT_LENGTH): string {
  const text = asText(untrusted)
  // escapeLogLine: a piece that starts a line of the CLI's text output (a job name in the table)
  // cannot begin with `::` either, which the runner would read as a workflow command.
  const line = escapeLogLine(text.trim()).replace(/\s+/g, ' ').trim()
  const points = Array.from(line)
  if (points.length <= maxLength) return line
  return `${points
    .slice(0, Math.max(0, maxLength - 1))
    .join('')
    .trimEnd()}…`
}

/** Any value as a string: a report read back from JSON may hold anything where text belongs. */
export function asText(value: unknown): string {
  return typeof value === 'string' ? value : String(value)
}

/** Characters that CommonMark/GFM give a meaning, shown literally after a backslash. */
const BACKSLASHED = new Set([
  '\\',
  '`',
  '*',
  '_',
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  '#',
  '!',
  '|',
  '~',
  '$',
  '^',
])
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
}

/**
 * Untrusted text for GitHub Markdown, safe inside a paragraph, list item or table cell:
 * - `@name` gets a zero-width space after `@` (no mention, no e-mail autolink);
 * - `#123` and `GH-123` get one too (no issue cross-reference);
 * - `scheme://` and `www.` are broken the same way (no autolink);
 * - `[ ] ( ) !` and the other Markdown punctuation are backslash-escaped (no link, no image);
 * - `< > & "` become entities (no HTML, no `<!-- carbon-gate:… -->` marker);
 * - `|` is escaped (tables hold), newlines collapse, length is capped.
 */
export function escapeMarkdownText(untrusted: unknown, maxLength = MAX_TEXT_LENGTH): string {
  const text = sanitizeText(untrusted, maxLength)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/(www)\./gi, `$1${ZWSP}.`)
    .replace(/\b(GH)-(?=\d)/gi, `$1${ZWSP}-`)
  let out = ''
  const chars = Array.from(text)
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!
    const entity = ENTITIES[c]
    if (entity !== undefined) out += entity
    else if (c === '@') out += `@${ZWSP}`
    else if (c === '#' && /\d/.test(chars[i + 1] ?? '')) out += `\\#${ZWSP}`
    else if (BACKSLASHED.has(c)) out += `\\${c}`
    else out += c
  }
  // A leading `-`, `+`, `=` or `1.` / `1)` would start a list or an underline in some places.
  return out.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2')
}

/** Text for XML (SVG) content and attribute values. */
const XML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c)
}
