/**
 * scripts/release.mjs on a throwaway repository with a bare "origin": the release commit, the
 * vX.Y.Z tag, the major tag vX moving from release to release, and the refusals.
 */
import assert from 'node:assert/strict'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { makeTempDir } from '../support/temp.js'

const SCRIPT = join(import.meta.dirname, '../../scripts/release.mjs')
const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Release Test',
  GIT_AUTHOR_EMAIL: 'release@example.invalid',
  GIT_COMMITTER_NAME: 'Release Test',
  GIT_COMMITTER_EMAIL: 'release@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  RELEASE_DATE: '2026-12-01',
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: ENV, encoding: 'utf8' }).trim()
}

function release(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [SCRIPT, ...args], { cwd, env: ENV, encoding: 'utf8' })
}

const CHANGELOG = `# Changelog

All notable changes to this project are documented in this file.

## [Unreleased]

### Added

- The first feature.
`

/** A repository shaped like this one: package.json, lock, src/version.ts, a build, a CHANGELOG. */
function throwawayRepo(): { repo: string; origin: string } {
  const root = makeTempDir('cg-release-')
  const origin = join(root, 'origin.git')
  const repo = join(root, 'work')
  git(root, 'init', '-q', '--bare', origin)
  git(root, 'init', '-q', '-b', 'main', repo)
  const pkg = {
    name: 'throwaway',
    version: '0.1.0',
    repository: { type: 'git', url: 'git+https://github.com/acme/throwaway.git' },
    scripts: {
      build:
        "node -e \"const fs=require('fs');fs.mkdirSync('dist',{recursive:true});fs.writeFileSync('dist/version.txt',require('./package.json').version)\"",
    },
  }
  writeFileSync(join(repo, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`)
  const lock = {
    name: 'throwaway',
    version: '0.1.0',
    lockfileVersion: 3,
    packages: { '': { name: 'throwaway', version: '0.1.0' } },
  }
  writeFileSync(join(repo, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`)
  mkdirSync(join(repo, 'src'))
  writeFileSync(join(repo, 'src/version.ts'), "export const VERSION = '0.1.0'\n")
  writeFileSync(join(repo, 'CHANGELOG.md'), CHANGELOG)
  git(repo, 'add', '.')
  git(repo, 'commit', '-q', '-m', 'Initial')
  git(repo, 'remote', 'add', 'origin', origin)
  git(repo, 'push', '-q', 'origin', 'main')
  return { repo, origin }
}

const tagCommit = (dir: string, tag: string): string => git(dir, 'rev-parse', `${tag}^{commit}`)

describe('scripts/release.mjs', () => {
  it('tags vX.Y.Z, moves vX, and pushes both with the release commit', () => {
    const { repo, origin } = throwawayRepo()
    const first = release(repo, '1.0.0', '--push')
    assert.equal(first.status, 0, first.stderr)
    const head = git(repo, 'rev-parse', 'HEAD')
    assert.equal(git(repo, 'log', '-1', '--format=%s'), 'Release v1.0.0')
    assert.equal(tagCommit(origin, 'v1.0.0'), head)
    assert.equal(tagCommit(origin, 'v1'), head)
    assert.equal(git(origin, 'rev-parse', 'main'), head)
    assert.equal(git(repo, 'cat-file', '-t', 'v1.0.0'), 'tag', 'an annotated tag')
    const read = (p: string): string => readFileSync(join(repo, p), 'utf8')
    assert.equal((JSON.parse(read('package.json')) as { version: string }).version, '1.0.0')
    const lock = JSON.parse(read('package-lock.json')) as {
      version: string
      packages: Record<string, { version: string }>
    }
    assert.equal(lock.version, '1.0.0')
    assert.equal(lock.packages['']!.version, '1.0.0')
    assert.equal(read('src/version.ts'), "export const VERSION = '1.0.0'\n")
    assert.equal(read('dist/version.txt'), '1.0.0', 'dist/ rebuilt with the new version')
    assert.equal(git(repo, 'status', '--porcelain'), '', 'everything committed')
    const changelog = read('CHANGELOG.md')
    assert.match(
      changelog,
      /## \[Unreleased\]\n\n## \[1\.0\.0\] - 2026-12-01\n\n### Added\n\n- The first feature\.\n/,
    )
    assert.match(
      changelog,
      /^\[Unreleased\]: https:\/\/github\.com\/acme\/throwaway\/compare\/v1\.0\.0\.\.\.HEAD$/m,
    )
    assert.match(
      changelog,
      /^\[1\.0\.0\]: https:\/\/github\.com\/acme\/throwaway\/releases\/tag\/v1\.0\.0$/m,
    )

    // A patch release moves v1 and leaves v1.0.0 where it was.
    writeFileSync(
      join(repo, 'CHANGELOG.md'),
      changelog.replace('## [Unreleased]\n', '## [Unreleased]\n\n### Fixed\n\n- A bug.\n'),
    )
    git(repo, 'commit', '-q', '-am', 'Fix a bug')
    const patch = release(repo, '1.0.1', '--push', '--no-build')
    assert.equal(patch.status, 0, patch.stderr)
    const patchHead = git(repo, 'rev-parse', 'HEAD')
    assert.equal(tagCommit(origin, 'v1'), patchHead)
    assert.equal(tagCommit(origin, 'v1.0.1'), patchHead)
    assert.equal(tagCommit(origin, 'v1.0.0'), head)
    assert.match(
      read('CHANGELOG.md'),
      /^\[1\.0\.1\]: https:\/\/github\.com\/acme\/throwaway\/compare\/v1\.0\.0\.\.\.v1\.0\.1$/m,
    )
    assert.equal((read('CHANGELOG.md').match(/^\[Unreleased\]: /gm) ?? []).length, 1)

    // A major release starts v2; v1 stays on the last 1.x.
    writeFileSync(
      join(repo, 'CHANGELOG.md'),
      read('CHANGELOG.md').replace(
        '## [Unreleased]\n',
        '## [Unreleased]\n\n### Changed\n\n- Breaking.\n',
      ),
    )
    git(repo, 'commit', '-q', '-am', 'Break')
    assert.equal(release(repo, '2.0.0', '--push', '--no-build').status, 0)
    const majorHead = git(repo, 'rev-parse', 'HEAD')
    assert.equal(tagCommit(origin, 'v2'), majorHead)
    assert.equal(tagCommit(origin, 'v1'), patchHead)

    // A fix for 1.x, from a branch off its last release, moves v1 and leaves v2 alone.
    git(repo, 'switch', '-q', '-c', 'release/1.x', 'v1.0.1')
    writeFileSync(
      join(repo, 'CHANGELOG.md'),
      read('CHANGELOG.md').replace(
        '## [Unreleased]\n',
        '## [Unreleased]\n\n### Fixed\n\n- An old bug.\n',
      ),
    )
    git(repo, 'commit', '-q', '-am', 'Fix an old bug')
    assert.match(release(repo, '1.0.1', '--no-build').stderr, /the tag v1\.0\.1 exists already/)
    const backport = release(repo, '1.0.2', '--push', '--no-build')
    assert.equal(backport.status, 0, backport.stderr)
    assert.equal(tagCommit(origin, 'v1'), git(repo, 'rev-parse', 'HEAD'))
    assert.equal(tagCommit(origin, 'v2'), majorHead)
    assert.match(read('CHANGELOG.md'), /^\[1\.0\.2\]: .*\/compare\/v1\.0\.1\.\.\.v1\.0\.2$/m)
  })

  it('refuses a dirty tree, an old or existing version, an empty [Unreleased], and pushes nothing', () => {
    const { repo, origin } = throwawayRepo()
    writeFileSync(join(repo, 'stray.txt'), 'x')
    assert.match(release(repo, '1.0.0').stderr, /^release: the work tree has changes/m)
    git(repo, 'add', 'stray.txt')
    git(repo, 'commit', '-q', '-m', 'Stray')
    assert.match(release(repo, '0.0.9').stderr, /0\.0\.9 is older than package\.json's 0\.1\.0/)
    assert.match(release(repo, 'one').stderr, /^release: usage: /m)
    assert.equal(release(repo, '1.0.0', '--no-build').status, 0)
    assert.match(release(repo, '1.0.0').stderr, /the tag v1\.0\.0 exists already/)
    assert.match(
      release(repo, '1.0.1').stderr,
      /the \[Unreleased\] section of CHANGELOG\.md is empty/,
    )
    assert.equal(git(repo, 'status', '--porcelain'), '', 'a refusal changes nothing')
    assert.equal(git(origin, 'tag', '--list'), '', 'nothing pushed without --push')
  })
})
