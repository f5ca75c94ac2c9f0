// Cut a release: node scripts/release.mjs X.Y.Z [--push] [--remote NAME] [--no-build]
//
// In the repository of the current directory, on a clean work tree:
//  1. checks X.Y.Z is not tagged yet, not older than package.json's version, newer than every
//     release of its major version, and that the CHANGELOG's [Unreleased] section says something;
//  2. moves that section under `## [X.Y.Z] - YYYY-MM-DD` (RELEASE_DATE overrides today, UTC) and
//     updates the compare links;
//  3. writes the version to package.json, package-lock.json and src/version.ts, rebuilds dist/
//     (`npm run build`, so the bundle prints the new version), and commits "Release vX.Y.Z";
//  4. tags the commit vX.Y.Z (annotated) and moves the major tag vX to it, the tag workflows
//     pin (`uses: OWNER/carbon-gate@vX`);
//  5. with --push, pushes the branch, vX.Y.Z, and vX (forced: a major tag moves by design).
// docs/release.md describes the whole procedure.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/

function fail(message) {
  console.error(`release: ${message}`)
  process.exit(1)
}

function git(...args) {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
}

function parseArgs(argv) {
  const opts = { version: undefined, push: false, remote: 'origin', build: true }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--push') opts.push = true
    else if (arg === '--no-build') opts.build = false
    else if (arg === '--remote') opts.remote = argv[++i] ?? fail('--remote needs a name')
    else if (!arg.startsWith('-') && opts.version === undefined)
      opts.version = arg.replace(/^v/, '')
    else fail(`unknown argument ${arg}`)
  }
  if (opts.version === undefined || !SEMVER.test(opts.version)) {
    fail('usage: node scripts/release.mjs X.Y.Z [--push] [--remote NAME] [--no-build]')
  }
  return opts
}

/** -1, 0 or 1 as a is older than, the same as, or newer than b. */
function compareVersions(a, b) {
  const [x, y] = [SEMVER.exec(a).slice(1).map(Number), SEMVER.exec(b).slice(1).map(Number)]
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1
  return 0
}

function repositoryUrl(pkg) {
  const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url
  return url?.replace(/^git\+/, '').replace(/\.git$/, '')
}

/** The CHANGELOG with [Unreleased] moved under the new version, and its links updated. */
export function releaseChangelog(text, version, date, previous, repoUrl) {
  const heading = /^## \[Unreleased\][^\n]*\n/m.exec(text)
  if (!heading) fail('CHANGELOG.md has no "## [Unreleased]" section')
  const start = heading.index + heading[0].length
  const next = text.slice(start).search(/^## \[|^\[[^\]]+\]: /m)
  const end = next === -1 ? text.length : start + next
  const notes = text.slice(start, end).trim()
  if (notes === '') fail('the [Unreleased] section of CHANGELOG.md is empty: say what changed')
  let out = `${text.slice(0, start)}\n## [${version}] - ${date}\n\n${notes}\n\n${text.slice(end)}`
  if (repoUrl) {
    out = out.replace(/^\[Unreleased\]: .*\n?/m, '')
    const links = [
      `[Unreleased]: ${repoUrl}/compare/v${version}...HEAD`,
      previous
        ? `[${version}]: ${repoUrl}/compare/v${previous}...v${version}`
        : `[${version}]: ${repoUrl}/releases/tag/v${version}`,
    ]
    const firstLink = out.search(/^\[[^\]]+\]: /m)
    out =
      firstLink === -1
        ? `${out.trimEnd()}\n\n${links.join('\n')}\n`
        : `${out.slice(0, firstLink)}${links.join('\n')}\n${out.slice(firstLink)}`
  }
  return out.replace(/\n{3,}/g, '\n\n')
}

function main() {
  const opts = parseArgs(process.argv.slice(2))
  const { version } = opts
  const major = `v${SEMVER.exec(version)[1]}`
  const tag = `v${version}`
  try {
    git('rev-parse', '--show-toplevel')
  } catch {
    fail('not in a git repository')
  }
  if (git('status', '--porcelain') !== '') fail('the work tree has changes: commit or stash them')
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'))
  if (compareVersions(version, pkg.version) < 0) {
    fail(`${version} is older than package.json's ${pkg.version}`)
  }
  const tags = git('tag', '--list', 'v*.*.*')
    .split('\n')
    .map((t) => t.replace(/^v/, ''))
    .filter((t) => SEMVER.test(t))
    .sort(compareVersions)
  if (tags.includes(version)) fail(`the tag ${tag} exists already`)
  // vX only ever moves forward: the release must be newer than every release of its major version
  // (an older major version gets fixes from a branch of its own, see docs/release.md).
  const sameMajor = tags.filter((t) => t.split('.')[0] === version.split('.')[0])
  if (sameMajor.length > 0 && compareVersions(version, sameMajor.at(-1)) <= 0) {
    fail(`${version} is not newer than the latest ${major} release, v${sameMajor.at(-1)}`)
  }
  const previous = sameMajor.at(-1) ?? tags.filter((t) => compareVersions(t, version) < 0).at(-1)

  const date = process.env.RELEASE_DATE ?? new Date().toISOString().slice(0, 10)
  const changelog = releaseChangelog(
    readFileSync('CHANGELOG.md', 'utf8'),
    version,
    date,
    previous,
    repositoryUrl(pkg),
  )
  writeFileSync('CHANGELOG.md', changelog)
  writeFileSync('package.json', `${JSON.stringify({ ...pkg, version }, null, 2)}\n`)
  const changed = ['CHANGELOG.md', 'package.json']
  if (existsSync('package-lock.json')) {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'))
    lock.version = version
    if (lock.packages?.['']) lock.packages[''].version = version
    writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`)
    changed.push('package-lock.json')
  }
  if (existsSync('src/version.ts')) {
    const source = readFileSync('src/version.ts', 'utf8')
    const updated = source.replace(/VERSION = '[^']*'/, `VERSION = '${version}'`)
    if (updated === source && !source.includes(`VERSION = '${version}'`)) {
      fail("src/version.ts has no VERSION = '…' to update")
    }
    writeFileSync('src/version.ts', updated)
    changed.push('src/version.ts')
  }
  if (opts.build) {
    execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' })
    changed.push('dist')
  }
  git('add', '--', ...changed)
  git('commit', '-q', '-m', `Release ${tag}`)
  git('tag', '-a', tag, '-m', `carbon-gate ${tag}`)
  git('tag', '-f', '-a', major, '-m', `carbon-gate ${major}: the latest ${major}.x release, ${tag}`)
  const commit = git('rev-parse', '--short', 'HEAD')
  console.log(`release: ${tag} at ${commit}; ${major} moved to it`)
  if (opts.push) {
    const branch = git('rev-parse', '--abbrev-ref', 'HEAD')
    git('push', '-q', opts.remote, branch)
    git('push', '-q', opts.remote, `refs/tags/${tag}`)
    git('push', '-q', '--force', opts.remote, `refs/tags/${major}`)
    console.log(`release: pushed ${branch}, ${tag} and ${major} to ${opts.remote}`)
  } else {
    console.log(
      `release: nothing pushed; to publish: git push ${opts.remote} HEAD ${tag} && git push --force ${opts.remote} ${major}`,
    )
  }
}

main()
