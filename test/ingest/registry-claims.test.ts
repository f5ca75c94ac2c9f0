/**
 * Name-first search opens only the names the registry says a reader could claim: every artifact
 * the project knows (fixtures, examples) must carry such a name, or a search would miss it.
 */
import assert from 'node:assert/strict'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { FORMAT_IDS } from '../../src/core/types.js'
import { CLAIMED_NAMES, detectReader, isClaimableName } from '../../src/ingest/registry.js'

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

describe('the names readers claim', () => {
  it('has a list for every format', () => {
    assert.deepEqual(Object.keys(CLAIMED_NAMES).sort(), [...FORMAT_IDS].sort())
  })

  it('claims every fixture and example a reader detects', () => {
    let detected = 0
    for (const path of [...walk('test/fixtures'), ...walk('examples')]) {
      const name = path.split('/').pop()!
      const head = readFileSync(path)
        .subarray(0, 65536)
        .toString('utf8')
        .replace(/^\uFEFF/, '')
      const reader = detectReader(name, head)
      if (reader === undefined) continue
      detected += 1
      assert.ok(
        CLAIMED_NAMES[reader.format].some((p) => p.test(name)),
        `${path}: ${reader.format} detects it, but its claimed names do not match`,
      )
    }
    assert.ok(detected > 50, `${detected} detected`)
  })

  it('claims no image, archive or source file', () => {
    for (const name of [
      'img.jpg',
      'a.png',
      'x.tar.gz',
      'model.pt',
      'train.py',
      'python',
      'x.parquet',
    ]) {
      assert.equal(isClaimableName(name), false, name)
    }
  })
})
