// The README's inputs and outputs tables, generated from action.yml between markers:
//   <!-- action-inputs:start --> … <!-- action-inputs:end -->
//   <!-- action-outputs:start --> … <!-- action-outputs:end -->
// Usage: node scripts/action-docs.mjs           rewrite README.md
//        node scripts/action-docs.mjs --check   fail (exit 1) when README.md differs (CI)
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'

const root = resolve(import.meta.dirname, '..')

/** A table cell: one line, pipes escaped. */
function cell(text) {
  return String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|')
}

function code(text) {
  return text === undefined || text === '' ? '–' : `\`${cell(text)}\``
}

export function renderInputs(action) {
  const rows = Object.entries(action.inputs ?? {}).map(
    ([name, spec]) => `| \`${name}\` | ${code(spec.default)} | ${cell(spec.description)} |`,
  )
  return ['| Input | Default | Description |', '|:--|:--|:--|', ...rows].join('\n')
}

export function renderOutputs(action) {
  const rows = Object.entries(action.outputs ?? {}).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`,
  )
  return ['| Output | Description |', '|:--|:--|', ...rows].join('\n')
}

/** README text with both tables replaced; throws when a marker is missing. */
export function updateReadme(readme, action) {
  let text = readme
  for (const [name, table] of [
    ['action-inputs', renderInputs(action)],
    ['action-outputs', renderOutputs(action)],
  ]) {
    const start = `<!-- ${name}:start -->`
    const end = `<!-- ${name}:end -->`
    const from = text.indexOf(start)
    const to = text.indexOf(end)
    if (from === -1 || to < from) throw new Error(`README.md has no ${start} … ${end} markers`)
    text = `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`
  }
  return text
}

const readmePath = join(root, 'README.md')
const readme = readFileSync(readmePath, 'utf8')
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'))
const updated = updateReadme(readme, action)
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error(
      "README.md's inputs/outputs tables differ from action.yml: run 'node scripts/action-docs.mjs'",
    )
    process.exit(1)
  }
  console.log("README.md's inputs/outputs tables match action.yml")
} else if (updated !== readme) {
  writeFileSync(readmePath, updated)
  console.log('README.md: inputs/outputs tables regenerated from action.yml')
}
