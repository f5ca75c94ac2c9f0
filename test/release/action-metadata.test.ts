/**
 * What the Marketplace and a team adopting the action check before anything runs: action.yml's
 * listing fields, the README's tables generated from it, and the Node.js versions stated in
 * package.json and the README being the ones .ci/run tests.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { parse } from 'yaml'

const ROOT = join(import.meta.dirname, '../..')
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8')

interface ActionYml {
  name: string
  description: string
  branding?: { icon?: string; color?: string }
  runs: { using: string; main: string }
}
const action = parse(read('action.yml')) as ActionYml

/** The colours GitHub's metadata syntax allows for `branding.color`. */
const COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']
/** Feather icons that GitHub's metadata syntax leaves out of `branding.icon`. */
const OMITTED_ICONS = [
  'coffee',
  'columns',
  'divide-circle',
  'divide-square',
  'divide',
  'frown',
  'hexagon',
  'key',
  'meh',
  'mouse-pointer',
  'smile',
  'tool',
  'x-octagon',
]
/** Weather and energy icons of the allowed set (Feather 4.28) that fit this action. */
const FITTING_ICONS = [
  'activity',
  'bar-chart-2',
  'cloud',
  'cloud-drizzle',
  'cloud-lightning',
  'cloud-off',
  'sun',
  'thermometer',
  'wind',
  'zap',
]

describe('action.yml for the Marketplace', () => {
  it('has a name and a one-line description of at most 125 characters', () => {
    assert.ok(action.name.length > 0 && action.name.length <= 100)
    assert.ok(action.description.length <= 125, `${action.description.length} characters`)
    assert.doesNotMatch(action.description, /\n/)
  })

  it('has branding from the allowed icons and colours', () => {
    const { icon, color } = action.branding ?? {}
    assert.ok(color !== undefined && COLORS.includes(color), `color ${color}`)
    assert.ok(icon !== undefined && !OMITTED_ICONS.includes(icon), `icon ${icon}`)
    assert.ok(FITTING_ICONS.includes(icon), `icon ${icon}`)
  })

  it('runs the bundle on node24', () => {
    assert.deepEqual(action.runs, { using: 'node24', main: 'dist/index.js' })
  })

  it("README's inputs and outputs tables are the ones generated from action.yml", () => {
    const ran = spawnSync(process.execPath, ['scripts/action-docs.mjs', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    assert.equal(ran.status, 0, ran.stderr)
  })
})

describe('Node.js versions', () => {
  const ci = read('.ci/run')
  const node24 = /^NODE24_VERSION=(24\.\d+\.\d+)$/m.exec(ci)?.[1]
  const pkg = JSON.parse(read('package.json')) as { engines: { node: string } }

  it('.ci/run installs a pinned Node.js 24 and runs the end-to-end tests on it', () => {
    assert.ok(node24 !== undefined, 'NODE24_VERSION=24.x.y in .ci/run')
    assert.match(ci, /install-node\.sh "\$NODE24_VERSION"/)
    assert.match(ci, /"\$node24" scripts\/test\.mjs test\/e2e\//)
  })

  it('engines and the README state the versions CI tests', () => {
    const [, minor] = /^24\.(\d+)/.exec(node24 ?? '') ?? []
    assert.equal(pkg.engines.node, `^20.20.0 || ^24.${minor}.0`)
    const readme = read('README.md')
    assert.ok(readme.includes(`24.${minor} or later 24.x`), 'README names the Node 24 minimum')
    assert.ok(readme.includes(String(node24)), 'README names the Node 24 version CI tests')
    assert.ok(readme.includes('20.20 or later 20.x'), 'README names the Node 20 minimum')
  })
})

describe('docs/gitlab.md', () => {
  it('its .gitlab-ci.yml publishes the files the CLI writes, in formats the CLI has', () => {
    const text = read('docs/gitlab.md')
    const block = /```yaml\n([\s\S]*?)```/.exec(text)?.[1] ?? ''
    const ci = parse(block) as Record<
      string,
      { script?: string[]; artifacts?: { reports?: Record<string, string> } }
    >
    const gate = ci['carbon-gate']!
    const target = (format: string): string | undefined =>
      gate
        .script!.map((line) => new RegExp(`--format ${format}\\b.*> (\\S+)`).exec(line)?.[1])
        .find((file) => file !== undefined)
    assert.equal(gate.artifacts?.reports?.junit, target('junit'))
    assert.equal(gate.artifacts?.reports?.codequality, target('code-quality'))
    const help = spawnSync(process.execPath, ['dist/cli.js', '--help'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    assert.match(help.stdout, /--format text\|markdown\|json\|junit\|code-quality/)
  })
})
