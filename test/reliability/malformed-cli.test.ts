/**
 * The malformed-input corpus against the built CLI (dist/cli.js): each case exits as it states,
 * with one error line naming the file and line (or the flag or key), no stack trace, within a
 * bounded time, and the JSON report still lists every valid artifact beside the bad one.
 * Run `npm run build` first.
 */
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { ROOT, runNode } from '../e2e/run-dist.js'
import { CORPUS, checkCorpus } from './corpus.js'
import type { Case } from './corpus-types.js'
import { judgeRun } from './judge.js'
import { layOut } from './workspace.js'

const CLI = 'dist/cli.js'
const ERROR_PREFIX = 'carbon-gate: error: '
/** The one extra line a usage error may print after its error line. */
const HELP_HINT = /^Run 'carbon-gate --help' for usage\.$/

const built = existsSync(join(ROOT, CLI))
const posixOnly = (c: Case): boolean =>
  c.files.some((f) => f.fifo === true || f.symlink !== undefined) || c.args.includes('/dev/zero')

async function runCase(c: Case): Promise<string[]> {
  const ws = layOut(c)
  try {
    const reportPath = join(ws.dir, 'report.json')
    const args = [
      'check',
      '--format',
      'json',
      '--output',
      'report.json',
      ...c.args,
      ...(c.alone ? [] : ['good']),
    ]
    let ran
    try {
      ran = await runNode(CLI, args, { cwd: ws.dir, timeoutMs: c.timeoutMs ?? 20_000 })
    } catch (e) {
      return [`no result: ${(e as Error).message} (a hang?)`]
    }
    const stderrLines = ran.stderr.split('\n').filter((l) => l.trim() !== '')
    const errorLines = stderrLines
      .filter((l) => l.startsWith(ERROR_PREFIX))
      .map((l) => l.slice(ERROR_PREFIX.length))
    const strayLines = stderrLines.filter((l) => !l.startsWith(ERROR_PREFIX) && !HELP_HINT.test(l))
    return judgeRun(
      c,
      {
        code: ran.code,
        stdout: ran.stdout,
        stderr: ran.stderr,
        errorLines,
        strayLines,
        reportPath,
      },
      ws.goodPaths,
    )
  } finally {
    ws.remove()
  }
}

describe(
  `malformed-input corpus against ${CLI}: ${CORPUS.length} cases`,
  { concurrency: 2 },
  () => {
    it(`the corpus holds at least 80 uniquely named cases (it holds ${CORPUS.length})`, () => {
      assert.deepEqual(checkCorpus(), [])
      assert.ok(CORPUS.length >= 80, `${CORPUS.length} cases`)
      console.log(`reliability: malformed-input corpus: ${CORPUS.length} cases`)
    })
    for (const c of CORPUS) {
      const skip = !built
        ? `${CLI} is missing: run npm run build`
        : process.platform === 'win32' && posixOnly(c)
          ? 'needs POSIX symlinks, FIFOs or /dev/zero'
          : false
      it(`${c.id} (${c.kind})`, { skip, timeout: (c.timeoutMs ?? 20_000) + 30_000 }, async () => {
        const problems = await runCase(c)
        assert.deepEqual(
          problems,
          [],
          `${c.id}: ${problems.join('; ')}${c.note ? ` [why: ${c.note}]` : ''}`,
        )
      })
    }
  },
)
