import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import {
  bundledPackageRoots,
  describePackage,
  packageRootOf,
  renderLicenses,
} from '../../scripts/licenses.mjs'

const ROOT = join(import.meta.dirname, '../..')

describe('dist/licenses.txt generation', () => {
  it('finds the package folder of a bundled file, nested and scoped ones included', () => {
    assert.equal(packageRootOf('node_modules/yaml/dist/index.js'), 'node_modules/yaml')
    assert.equal(
      packageRootOf('node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js'),
      'node_modules/@actions/github/node_modules/@actions/http-client',
    )
    assert.equal(packageRootOf('src/cli.ts'), undefined)
  })

  it('lists only packages with bytes in an output (tree-shaken ones are not bundled)', () => {
    const metafile = {
      outputs: {
        'dist/cli.js': {
          inputs: {
            'src/cli.ts': { bytesInOutput: 900 },
            'node_modules/yaml/dist/a.js': { bytesInOutput: 10 },
            'node_modules/unused/index.js': { bytesInOutput: 0 },
          },
        },
        'dist/chunks/x.js': { inputs: { 'node_modules/@s/p/x.js': { bytesInOutput: 1 } } },
      },
    }
    assert.deepEqual(bundledPackageRoots(metafile), ['node_modules/@s/p', 'node_modules/yaml'])
  })

  it('carries each package licence and its licence file, whole', () => {
    const yaml = describePackage('node_modules/yaml', ROOT)
    assert.equal(yaml.name, 'yaml')
    assert.equal(yaml.licence, 'ISC')
    const licence = readFileSync(join(ROOT, 'node_modules/yaml/LICENSE'), 'utf8').trim()
    assert.deepEqual(yaml.texts, [{ name: 'LICENSE', text: licence }])
    const text = renderLicenses([yaml, yaml])
    assert.match(text, /^1 packages:$/m)
    assert.match(text, /^ {2}yaml \d+\.\d+\.\d+ \(ISC\)$/m)
    assert.ok(text.includes(licence))
  })
})
