/**
 * The file guard: a configuration (or baseline) file must be a regular file, within a size bound,
 * and — when a root is given — inside it after symbolic links; anything else is one line saying
 * what the file is, never its contents, and never a hang.
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { after, describe, it } from 'node:test'
import { readGuardedText } from '../../src/platform/guarded-file.js'
import { readTextFileIn } from '../../src/platform/text-files.js'
import { makeTempDir, removeTempDir } from '../support/temp.js'

const posix = process.platform !== 'win32'
const dirs: string[] = []
function dir(): string {
  const d = makeTempDir('cg-guard-')
  dirs.push(d)
  return d
}
after(() => {
  for (const d of dirs) removeTempDir(d)
})

const MAX = 1024 * 1024
const reader = (root: string, confineNamed = false) =>
  readTextFileIn(root, { maxBytes: MAX, dirLabel: 'the workspace', confineNamed })

describe('readGuardedText', () => {
  it('reads a regular file; a missing one is missing', () => {
    const d = dir()
    writeFileSync(join(d, 'a.yml'), 'budget: 25kg\n')
    assert.deepEqual(readGuardedText(join(d, 'a.yml'), { maxBytes: MAX, root: d }), {
      kind: 'text',
      text: 'budget: 25kg\n',
    })
    assert.deepEqual(readGuardedText(join(d, 'b.yml'), { maxBytes: MAX }), { kind: 'missing' })
  })

  it('refuses a directory with one line, not EISDIR', () => {
    const d = dir()
    mkdirSync(join(d, '.carbon-gate.yml'))
    assert.throws(() => reader(d)('.carbon-gate.yml'), {
      name: 'ConfigError',
      message: 'is a directory, not a file',
    })
  })

  it('refuses a FIFO at once instead of blocking', { skip: !posix }, () => {
    const d = dir()
    execFileSync('mkfifo', [join(d, '.carbon-gate.yml')])
    assert.throws(() => reader(d)('.carbon-gate.yml'), /named pipe \(FIFO\)/)
  })

  it('refuses a device', { skip: !posix }, () => {
    assert.deepEqual(readGuardedText('/dev/zero', { maxBytes: MAX }), {
      kind: 'refused',
      reason: 'is a device, not a regular file; not read',
    })
  })

  it(
    'refuses links that lead outside the root, and quotes nothing of the target',
    {
      skip: !posix,
    },
    () => {
      const d = dir()
      const outside = dir()
      writeFileSync(join(outside, 'secret'), 'GITHUB_TOKEN=ghs_secret\n')
      symlinkSync(join(outside, 'secret'), join(d, '.carbon-gate.yml'))
      symlinkSync('/proc/self/environ', join(d, 'environ.yml'))
      symlinkSync('/etc/passwd', join(d, 'passwd.yml'))
      for (const name of ['.carbon-gate.yml', 'environ.yml', 'passwd.yml']) {
        let message = ''
        try {
          reader(d)(name)
        } catch (e) {
          message = (e as Error).message
        }
        assert.equal(
          message,
          'lies outside the workspace (a symbolic link or path leading out of it): not read',
          name,
        )
      }
      // `..` out of the root, by default name or named in the action.
      const up = relative(d, join(outside, 'secret'))
      assert.throws(() => reader(d, true)(up, { named: true }), /lies outside the workspace/)
      assert.throws(() => reader(d)(up), /lies outside the workspace/)
    },
  )

  it('follows a link that stays inside the root', { skip: !posix }, () => {
    const d = dir()
    mkdirSync(join(d, 'conf'))
    writeFileSync(join(d, 'conf', 'gate.yml'), 'budget: 1kg\n')
    symlinkSync('conf/gate.yml', join(d, '.carbon-gate.yml'))
    assert.equal(reader(d)('.carbon-gate.yml'), 'budget: 1kg\n')
  })

  it('lets the CLI user name a file outside the working directory', () => {
    const d = dir()
    const other = dir()
    writeFileSync(join(other, 'shared.yml'), 'budget: 2kg\n')
    assert.equal(reader(d)(join(other, 'shared.yml'), { named: true }), 'budget: 2kg\n')
  })

  it('bounds the size, also for a file whose size reads 0', () => {
    const d = dir()
    writeFileSync(join(d, 'big.yml'), `# ${'x'.repeat(2 * MAX)}\n`)
    assert.throws(() => reader(d)('big.yml'), /is larger than 1 MB/)
    if (posix) {
      const read = readGuardedText('/proc/self/status', { maxBytes: 16 })
      assert.equal(read.kind, 'refused')
    }
  })

  it(
    'refuses an unreadable file with one line',
    { skip: !posix || process.getuid?.() === 0 },
    () => {
      const d = dir()
      writeFileSync(join(d, '.carbon-gate.yml'), 'budget: 1kg\n')
      chmodSync(join(d, '.carbon-gate.yml'), 0o000)
      assert.throws(() => reader(d)('.carbon-gate.yml'), {
        message: 'cannot be read (permission denied)',
      })
    },
  )
})
