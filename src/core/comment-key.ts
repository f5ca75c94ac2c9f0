/**
 * The comment key names one sticky comment (its hidden marker `<!-- carbon-gate:KEY -->`) and the
 * ledger series of its runs. One rule for every place that makes, reads or checks a key: the
 * configuration, the default made from the workflow and job, the marker and the GitHub adapter.
 */

/**
 * Letters, digits and `. _ - : /`, at most 80, starting with a letter, a digit, `.` or `_`: a
 * workflow without `name:` is named by its file path (`.github/workflows/train.yml`), and a key
 * made from it must still be a key. None of these characters can end an HTML comment.
 */
export const COMMENT_KEY_RULE = '[A-Za-z0-9._][A-Za-z0-9_.:/-]{0,79}'
export const MAX_COMMENT_KEY_LENGTH = 80

const KEY = new RegExp(`^${COMMENT_KEY_RULE}$`)

/** A string that follows the rule: nothing in it can end the HTML comment or forge the marker. */
export type CommentKey = string & { readonly __rule: 'comment-key' }

export function isCommentKey(text: string): text is CommentKey {
  return KEY.test(text)
}

/** `text` as a key; throws when it breaks the rule. */
export function asCommentKey(text: string): CommentKey {
  if (!isCommentKey(text)) throw new Error(`${JSON.stringify(text)} is not a comment key`)
  return text
}

/** Hex of the 32-bit FNV-1a hash of `text`: short, stable across runs, versions and machines. */
function hashText(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

/** The key and series of a run that configures neither. */
export const DEFAULT_KEY = 'default' as CommentKey

/**
 * The key a workflow's job had by default before series (still looked for, to adopt its comment
 * and ledger records): `train-gate` for workflow `Train`, job
 * `gate`. Characters outside `a-z 0-9 . _ -` become `-`; a name too long for the rule keeps its
 * start and ends in a hash of the whole, so two long names that share a start still differ.
 */
export function defaultCommentKey(workflow: string, job: string): CommentKey {
  const name = `${workflow}-${job}`
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|-+$/g, '')
  if (name === '') return asCommentKey('default')
  if (name.length <= MAX_COMMENT_KEY_LENGTH) return asCommentKey(name)
  const hash = hashText(name)
  return asCommentKey(`${name.slice(0, MAX_COMMENT_KEY_LENGTH - hash.length - 1)}-${hash}`)
}

/** The hidden first line that finds the comment again. */
export function commentMarker(key: CommentKey): string {
  return `<!-- carbon-gate:${asCommentKey(key)} -->`
}
