// The shape of the code, measured: the largest files, the longest functions and the import graph
// between the folders of src/ (with any cycle in it).
// Usage: node --import tsx scripts/code-shape.ts [--top N] [--json]
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import ts from 'typescript'

const ROOT = resolve(import.meta.dirname, '..')
const SRC = join(ROOT, 'src')

interface FunctionSize {
  readonly file: string
  readonly name: string
  readonly line: number
  readonly lines: number
}

function listSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return listSources(path)
    return path.endsWith('.ts') ? [path] : []
  })
}

function shown(path: string): string {
  return relative(ROOT, path).split(sep).join('/')
}

/**
 * The folder of src/ a file belongs to: `report` for src/report/x.ts, `(root)` for src/x.ts; for a
 * file outside src/, the top folder of the repository it lies in (`schema`).
 */
function folderOf(path: string): string {
  const inSrc = relative(SRC, path)
  if (inSrc.startsWith('..')) return relative(ROOT, path).split(sep)[0]!
  const parts = inSrc.split(sep)
  return parts.length === 1 ? '(root)' : parts[0]!
}

function nameOf(node: ts.Node): string {
  const named = node as ts.Node & { name?: ts.Node }
  if (named.name !== undefined && ts.isIdentifier(named.name)) return named.name.text
  if (ts.isConstructorDeclaration(node)) return 'constructor'
  const parent = node.parent
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text
  if (ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text
  return '(anonymous)'
}

function isFunctionLike(node: ts.Node): node is ts.SignatureDeclaration {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node)
  )
}

function measureFile(path: string): { functions: FunctionSize[]; imports: string[] } {
  const text = readFileSync(path, 'utf8')
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true)
  const functions: FunctionSize[] = []
  const imports: string[] = []
  const lineOf = (pos: number): number => file.getLineAndCharacterOfPosition(pos).line + 1
  const visit = (node: ts.Node): void => {
    if (isFunctionLike(node)) {
      const start = lineOf(node.getStart(file))
      functions.push({
        file: shown(path),
        name: nameOf(node),
        line: start,
        lines: lineOf(node.getEnd()) - start + 1,
      })
    }
    const spec =
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier)
        ? node.moduleSpecifier.text
        : ts.isCallExpression(node) &&
            node.expression.kind === ts.SyntaxKind.ImportKeyword &&
            node.arguments[0] !== undefined &&
            ts.isStringLiteral(node.arguments[0])
          ? node.arguments[0].text
          : undefined
    if (spec !== undefined) imports.push(spec)
    ts.forEachChild(node, visit)
  }
  visit(file)
  return { functions, imports }
}

/** Strongly connected components with more than one folder (Tarjan). */
function findCycles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let index = 0
  const indices = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const out: string[][] = []
  const connect = (v: string): void => {
    indices.set(v, index)
    low.set(v, index)
    index += 1
    stack.push(v)
    onStack.add(v)
    for (const w of edges.get(v) ?? []) {
      if (!indices.has(w)) {
        connect(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, indices.get(w)!))
      }
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        component.push(w)
      } while (w !== v)
      if (component.length > 1) out.push(component.sort())
    }
  }
  for (const v of edges.keys()) if (!indices.has(v)) connect(v)
  return out
}

function main(): void {
  const args = process.argv.slice(2)
  const topAt = args.indexOf('--top')
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 15
  const files = listSources(SRC)
  const sizes = files
    .map((f) => ({ file: shown(f), lines: readFileSync(f, 'utf8').split('\n').length - 1 }))
    .sort((a, b) => b.lines - a.lines)
  const functions: FunctionSize[] = []
  const edges = new Map<string, Map<string, number>>()
  for (const f of files) {
    const measured = measureFile(f)
    functions.push(...measured.functions)
    const from = folderOf(f)
    const targets = edges.get(from) ?? new Map<string, number>()
    edges.set(from, targets)
    for (const spec of measured.imports) {
      if (!spec.startsWith('.')) continue
      const to = folderOf(resolve(dirname(f), spec))
      if (to !== from) targets.set(to, (targets.get(to) ?? 0) + 1)
    }
  }
  functions.sort((a, b) => b.lines - a.lines)
  const graph = new Map([...edges].map(([k, v]) => [k, new Set(v.keys())]))
  const cycles = findCycles(graph)
  const result = {
    files: files.length,
    totalLines: sizes.reduce((s, x) => s + x.lines, 0),
    filesOver300: sizes.filter((s) => s.lines > 300).length,
    functionsOver60: functions.filter((f) => f.lines > 60).length,
    largestFiles: sizes.slice(0, top),
    longestFunctions: functions.slice(0, top),
    imports: Object.fromEntries(
      [...edges].sort().map(([k, v]) => [k, Object.fromEntries([...v].sort())]),
    ),
    cycles,
  }
  if (args.includes('--json')) {
    console.log(JSON.stringify(result, null, 2))
    return
  }
  console.log(
    `${result.files} files, ${result.totalLines} lines; ${result.filesOver300} files over 300 lines, ${result.functionsOver60} functions over 60 lines`,
  )
  console.log('\nLargest files')
  for (const s of result.largestFiles) console.log(`${String(s.lines).padStart(6)}  ${s.file}`)
  console.log('\nLongest functions')
  for (const f of result.longestFunctions) {
    console.log(`${String(f.lines).padStart(6)}  ${f.name} (${f.file}:${f.line})`)
  }
  console.log('\nFolder imports (folder → folders it imports, with the number of imports)')
  for (const [from, to] of Object.entries(result.imports)) {
    const list = Object.entries(to).map(([k, n]) => `${k} ${n}`)
    console.log(`  ${from.padEnd(9)} → ${list.length > 0 ? list.join(', ') : '–'}`)
  }
  console.log(
    cycles.length === 0
      ? '\nNo cycle between folders.'
      : `\nCycles: ${cycles.map((c) => c.join(' ⇄ ')).join('; ')}`,
  )
}

main()
