import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { zipSync } from 'fflate'
import { crc32, inflateEntry, listZipEntries, safeSegments } from '../../src/github/unzip.js'
import { makeZip } from '../support/github-server-fixtures.js'

const limits = { maxEntries: 100, maxTotalBytes: 1 << 20, maxRatio: 100 }

describe('unzip', () => {
  it('computes the standard CRC-32', () => {
    assert.equal(crc32(new TextEncoder().encode('123456789')), 0xcbf43926)
    assert.equal(crc32(new Uint8Array()), 0)
  })

  it('splits safe names and refuses the rest', () => {
    assert.deepEqual(safeSegments('a/./b//c.csv'), ['a', 'b', 'c.csv'])
    assert.deepEqual(safeSegments('dir\\file.csv'), ['dir', 'file.csv'])
    assert.deepEqual(safeSegments('..data/x..y'), ['..data', 'x..y'])
    for (const bad of ['', '/abs', '\\abs', 'C:x', 'a/../../b', '..', 'a\0b', './']) {
      assert.throws(() => safeSegments(bad), { name: 'UnsafeZipError' }, JSON.stringify(bad))
    }
  })

  it('reads stored and deflated entries, and directories', () => {
    const zip = zipSync({
      'dir/': new Uint8Array(),
      'dir/stored.txt': [new TextEncoder().encode('plain'), { level: 0 }],
      'deflated.csv': new TextEncoder().encode('x,y\n'.repeat(100)),
    })
    const entries = listZipEntries(zip, limits)
    assert.deepEqual(
      entries.map((e) => [e.name, e.isDirectory, e.method]),
      [
        ['dir/', true, 8], // fflate deflates even an empty directory entry
        ['dir/stored.txt', false, 0],
        ['deflated.csv', false, 8],
      ],
    )
    const text = (i: number) => new TextDecoder().decode(inflateEntry(zip, entries[i]!))
    assert.equal(text(1), 'plain')
    assert.equal(text(2), 'x,y\n'.repeat(100))
  })

  it('refuses a file that appears twice', () => {
    const one = makeZip({ 'a.txt': 'first' })
    // Rename b.txt to a.txt in both headers of a two-file archive.
    const two = makeZip({ 'a.txt': 'first', 'b.txt': 'second' })
    const bytes = Buffer.from(two)
    let at = bytes.indexOf('b.txt')
    while (at !== -1) {
      bytes.write('a.txt', at)
      at = bytes.indexOf('b.txt', at + 1)
    }
    assert.equal(listZipEntries(one, limits).length, 1)
    assert.throws(() => listZipEntries(new Uint8Array(bytes), limits), /"a\.txt" appears twice/)
  })
})
