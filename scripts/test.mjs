// The test command: every test/**/*.test.ts under Node's own test runner, TypeScript through tsx.
// Usage: npm test [-- FILTER...]   (a filter keeps the files whose path contains it)
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.test.ts') ? [path] : []
  })
}
const filters = process.argv.slice(2)
const files = walk('test')
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort()
if (files.length === 0) {
  console.error('no test files matched')
  process.exit(1)
}
const reporter = 'spec'
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-reporter=${reporter}`, ...files],
  { stdio: 'inherit', env: { ...process.env, NODE_NO_WARNINGS: '1' } },
)
process.exit(result.status ?? 1)
