// The published package as a user gets it: `npm pack`, then `npm install <tarball>` into an empty
// folder. The bundle owns its dependencies, so the install must add no package but carbon-gate
// itself, and the installed CLI must run (its version, and the gate over the bundled examples).
// Needs a built dist/ (npm run build).
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const work = mkdtempSync(join(tmpdir(), 'carbon-gate-pack-'))
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const quiet = ['--no-audit', '--no-fund', '--loglevel=error']

function fail(message) {
  console.error(`check-pack: ${message}`)
  process.exitCode = 1
}

try {
  if (pkg.dependencies && Object.keys(pkg.dependencies).length > 0) {
    fail(`package.json has runtime dependencies: ${Object.keys(pkg.dependencies).join(', ')}`)
  }
  const packed = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--pack-destination', work, ...quiet], {
      cwd: root,
      encoding: 'utf8',
    }),
  )[0]
  const files = new Set(packed.files.map((f) => f.path))
  for (const needed of ['dist/index.js', 'dist/cli.js', 'dist/licenses.txt', 'action.yml']) {
    if (!files.has(needed)) fail(`the tarball lacks ${needed}`)
  }
  const app = join(work, 'app')
  mkdirSync(app)
  execFileSync(npm, ['init', '-y', ...quiet], { cwd: app, stdio: 'ignore' })
  execFileSync(npm, ['install', join(work, packed.filename), ...quiet], { cwd: app })
  const modules = join(app, 'node_modules')
  const installed = readdirSync(modules).filter((n) => !n.startsWith('.'))
  if (installed.length !== 1 || installed[0] !== 'carbon-gate') {
    fail(`installing the tarball added ${installed.length} packages: ${installed.join(', ')}`)
  }
  const cli = join(modules, '.bin', 'carbon-gate')
  if (!existsSync(cli)) fail('the installed package has no carbon-gate command')
  const version = spawnSync(cli, ['--version'], { encoding: 'utf8' })
  if (version.status !== 0 || version.stdout.trim() !== pkg.version) {
    fail(`carbon-gate --version printed ${JSON.stringify(version.stdout)} (${version.stderr})`)
  }
  const check = spawnSync(cli, ['check', join(root, 'examples'), '--format', 'json'], {
    cwd: app,
    encoding: 'utf8',
  })
  const report = check.status === 0 ? JSON.parse(check.stdout) : undefined
  if (!report || report.schemaVersion !== 1 || report.jobs.length === 0) {
    fail(`the installed CLI did not check the examples (exit ${check.status}): ${check.stderr}`)
  }
  if (process.exitCode !== 1) {
    console.log(
      `check-pack: ${packed.filename} (${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} kB)` +
        ` installs with 0 dependencies; the installed CLI ${version.stdout.trim()} read` +
        ` ${report.jobs.length} jobs from examples/`,
    )
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
