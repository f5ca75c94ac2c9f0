import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import {
  COMMENT_KEY_RULE,
  MAX_COMMENT_KEY_LENGTH,
  asCommentKey,
  commentMarker,
  defaultCommentKey,
  isCommentKey,
} from '../../src/core/comment-key.js'
import { parseCommentKey } from '../../src/config/values.js'

const ROOT = join(import.meta.dirname, '../..')

describe('the comment key: one rule', () => {
  it('accepts letters, digits and . _ - : / up to 80, starting with a letter, digit, . or _', () => {
    const workflowFile = '.github/workflows/train.yml' // a workflow without name: is its file path
    for (const key of [
      'main',
      'model/gpt2:small',
      'gpu-train_2.x',
      'k'.repeat(80),
      '0',
      '.x',
      '_x',
      workflowFile,
    ]) {
      assert.ok(isCommentKey(key), key)
      assert.equal(parseCommentKey(` ${key} `), key)
      assert.equal(commentMarker(asCommentKey(key)), `<!-- carbon-gate:${key} -->`)
    }
    for (const key of ['', 'a -->', '-x', ':x', '/x', 'k'.repeat(81), 'a b', 'a>b', 'a!b', 'ä']) {
      assert.equal(isCommentKey(key), false, key)
      assert.throws(() => parseCommentKey(key), /is not a comment key; use up to 80 letters/)
      assert.throws(() => asCommentKey(key), /not a comment key/)
    }
  })

  it('is the rule the configuration schema states', () => {
    const schema = JSON.parse(
      readFileSync(join(ROOT, 'schema/carbon-gate.schema.json'), 'utf8'),
    ) as {
      properties: Record<string, { pattern: string }>
    }
    const pattern = new RegExp(schema.properties['comment-key']!.pattern)
    for (const key of ['main', 'model/gpt2:small', 'k'.repeat(80)])
      assert.ok(pattern.test(key), key)
    for (const key of ['a -->', '-x', 'k'.repeat(81)]) assert.equal(pattern.test(key), false, key)
    assert.equal(MAX_COMMENT_KEY_LENGTH, 80)
    assert.ok(COMMENT_KEY_RULE.endsWith('{0,79}'))
  })

  it('defaults from the workflow and job, unchanged for names that fit', () => {
    assert.equal(defaultCommentKey('Train', 'gate'), 'train-gate')
    assert.equal(defaultCommentKey('CI / GPU (A100)', 'carbon gate'), 'ci-gpu-a100--carbon-gate')
    assert.equal(defaultCommentKey('--', '--'), 'default')
    assert.equal(defaultCommentKey('_x', 'y'), 'x-y')
  })

  it('shortens a long default with a stable hash instead of rejecting it', () => {
    const workflow = `Nightly ${'w'.repeat(60)}`
    const a = defaultCommentKey(workflow, `evaluate ${'j'.repeat(50)} shard 1`)
    const b = defaultCommentKey(workflow, `evaluate ${'j'.repeat(50)} shard 2`)
    assert.equal(a.length, 80)
    assert.ok(isCommentKey(a) && isCommentKey(b))
    assert.notEqual(a, b, 'names that share their first 71 characters still differ')
    assert.equal(a, defaultCommentKey(workflow, `evaluate ${'j'.repeat(50)} shard 1`))
    assert.match(a, /^nightly-w{60}-ev-[0-9a-f]{8}$/)
  })
})
