// One build command: bundles the action (dist/index.js) and the CLI (dist/cli.js) as ESM.
// Code shared by both, and code loaded lazily (the GitHub client), goes to dist/chunks/.
// The bundle owns its dependencies (package.json has none at run time): dist/licenses.txt lists
// every package esbuild put into it, with its licence, from esbuild's metafile.
import { build } from 'esbuild'
import { rm, writeFile } from 'node:fs/promises'
import { bundledPackageRoots, describePackage, renderLicenses } from './licenses.mjs'

await rm('dist', { recursive: true, force: true })
const { metafile } = await build({
  // piece-worker: the worker thread that reads a piece of a large file (src/platform/workers.ts).
  entryPoints: {
    index: 'src/bin/action.ts',
    cli: 'src/bin/cli.ts',
    'piece-worker': 'src/platform/piece-worker.ts',
  },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Licence notices go to dist/licenses.txt, whole, instead of comments scattered in the code.
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  // Some bundled CommonJS dependencies call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);",
  },
})
const packages = bundledPackageRoots(metafile).map((root) => describePackage(root))
await writeFile('dist/licenses.txt', renderLicenses(packages))
