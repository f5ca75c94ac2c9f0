/** Assertions shared by the reader tests. */
import assert from 'node:assert/strict'
import { ArtifactError } from '../../src/core/errors.js'

/** Equal within 1e-12 relative: exact arithmetic, written by hand in the test. */
export function close(actual: number | undefined, expected: number): void {
  assert.ok(
    actual !== undefined && Math.abs(actual - expected) <= 1e-12 * Math.abs(expected),
    `${actual} ≉ ${expected}`,
  )
}

/** Rejects with the project's ArtifactError naming that line and saying that text. */
export async function rejectsAt(promise: Promise<unknown>, line: number | undefined, text: string) {
  await assert.rejects(promise, (e: unknown) => {
    assert.ok(e instanceof ArtifactError, String(e))
    assert.equal(e.lineNo, line)
    assert.ok(e.message.includes(text), e.message)
    return true
  })
}
