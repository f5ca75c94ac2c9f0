/**
 * The runner's real port (core-io.ts): every log line, annotation, output and failure message is
 * escaped on one line, so a file or artifact name cannot forge a workflow command.
 */
import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { createActionIo } from '../../src/action/core-io.js'
import { makeTempDir, removeTempDir } from '../support/temp.js'

const NAME = 'big\n::error title=x::y\n::add-mask::kg\n\u001b[31m.csv'

function captureStdout(run: () => void): string {
  const original = process.stdout.write.bind(process.stdout)
  let out = ''
  process.stdout.write = (chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  }
  try {
    run()
  } finally {
    process.stdout.write = original
  }
  return out
}

describe('createActionIo escapes every message', () => {
  it('info, warning (with its file), error, debug and setFailed stay one line each', () => {
    const dir = makeTempDir('cg-log-')
    const exitCode = process.exitCode
    try {
      const io = createActionIo({ GITHUB_WORKSPACE: dir, RUNNER_DEBUG: '1' })
      const out = captureStdout(() => {
        io.log.info(`Reading ${NAME} (60 MB)…`)
        io.log.info(NAME.slice(4))
        io.log.warning(`${NAME}: skipped`, { file: NAME, line: 2 })
        io.log.error(NAME)
        io.log.debug(NAME)
        io.setFailed(NAME)
      })
      const lines = out.split('\n').filter((l) => l !== '')
      assert.equal(lines.length, 6, out)
      for (const line of lines) {
        // Only our own commands, and nothing raw.
        assert.match(line, /^(::(warning|error|debug)[ :]|Reading |\\x3a:)/, line)
        // eslint-disable-next-line no-control-regex
        assert.doesNotMatch(line, /[\u0000-\u001f]/, line)
      }
      assert.ok(!lines.some((l) => l.startsWith('::add-mask::')), out)
    } finally {
      process.exitCode = exitCode
      removeTempDir(dir)
    }
  })

  it('setOutput writes one line to GITHUB_OUTPUT', () => {
    const dir = makeTempDir('cg-out-')
    try {
      const file = join(dir, 'output')
      writeFileSync(file, '')
      const io = createActionIo({ GITHUB_WORKSPACE: dir, GITHUB_OUTPUT: file })
      const saved = process.env.GITHUB_OUTPUT
      process.env.GITHUB_OUTPUT = file
      try {
        io.setOutput('report-path', `/tmp/${NAME}/report.json`)
      } finally {
        if (saved === undefined) delete process.env.GITHUB_OUTPUT
        else process.env.GITHUB_OUTPUT = saved
      }
      const text = readFileSync(file, 'utf8')
      const value = text.split('\n')[1]
      assert.equal(
        value,
        '/tmp/big\\n::error title=x::y\\n::add-mask::kg\\n\\x1b[31m.csv/report.json',
      )
    } finally {
      removeTempDir(dir)
    }
  })
})
