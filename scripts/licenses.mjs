// dist/licenses.txt: every npm package that esbuild put into dist/, with its licence and the
// licence files it ships. What is bundled comes from esbuild's metafile (inputs with bytes in an
// output), so a package that is tree-shaken away is not listed and a new one cannot be missed.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/** `node_modules/a/node_modules/@s/b/lib/x.js` → `node_modules/a/node_modules/@s/b`. */
export function packageRootOf(input) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)
  return match ? match[1] : undefined
}

/** The package folders whose code is in the bundle, sorted. */
export function bundledPackageRoots(metafile) {
  const roots = new Set()
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const root = bytesInOutput > 0 ? packageRootOf(input) : undefined
      if (root !== undefined) roots.add(root)
    }
  }
  return [...roots].sort()
}

const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\b|[._-])/i

/** name, version, licence and licence texts of the package in `root` (relative to `cwd`). */
export function describePackage(root, cwd = process.cwd()) {
  const dir = join(cwd, root)
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  const licence =
    typeof pkg.license === 'string'
      ? pkg.license
      : (pkg.license?.type ?? pkg.licenses?.map((l) => l.type).join(' OR ') ?? 'UNKNOWN')
  const files = readdirSync(dir)
    .filter((name) => LICENCE_FILE.test(name) && existsSync(join(dir, name)))
    .sort()
  const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url
  return {
    name: pkg.name,
    version: pkg.version,
    licence,
    ...(repository ? { repository } : {}),
    texts: files.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8').trim() })),
  }
}

/** The text of dist/licenses.txt. */
export function renderLicenses(packages) {
  const seen = new Set()
  const unique = packages.filter((p) => {
    const key = `${p.name}@${p.version}`
    return seen.has(key) ? false : (seen.add(key), true)
  })
  const rule = '='.repeat(78)
  const lines = [
    'Third-party software bundled in dist/ by scripts/build.mjs (generated: do not edit).',
    'carbon-gate itself is MIT-licensed (LICENSE). The grid-intensity, cloud-region and PUE',
    'tables compiled into it come from public data sets: see docs/data-sources.md.',
    '',
    `${unique.length} packages:`,
    '',
    ...unique.map((p) => `  ${p.name} ${p.version} (${p.licence})`),
  ]
  for (const p of unique) {
    lines.push('', rule, `${p.name} ${p.version}`, `License: ${p.licence}`)
    if (p.repository) lines.push(`Repository: ${p.repository}`)
    if (p.texts.length === 0) lines.push('', '(the package ships no licence file)')
    for (const t of p.texts) lines.push('', `--- ${t.name}`, '', t.text)
  }
  return `${lines.join('\n')}\n`
}
