/**
 * `npm run bench [-- options]`: generates the inputs (deterministic, reused), measures carbon-gate
 * against `wc -l`, pandas and `node -e 0` in alternating rounds, and prints medians and ratios
 * against the targets of the performance issue. Progress goes to stderr, results to stdout.
 * Exit status 1 when a run failed or an energy did not match; missed targets are only reported.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { USAGE, UsageError, parseArgs, type BenchArgs } from './args.js'
import { CASE_IDS, buildCases } from './cases.js'
import { prepareDatasets } from './generate.js'
import { describeMachine, findPython, gitCommit, measureDist, pythonHas } from './machine.js'
import {
  renderDist,
  renderResultsSection,
  writeResultsSection,
  type BenchResults,
} from './markdown.js'
import { writeRssProbe } from './measure.js'
import { scaleParams } from './params.js'
import { problemsOf, renderCase, renderSummary } from './report.js'
import { runCase, type CaseResult } from './run-case.js'

const log = (line: string): void => {
  process.stderr.write(line + '\n')
}
const print = (lines: readonly string[]): void => {
  process.stdout.write(lines.join('\n') + '\n')
}

function utcStamp(date: Date): string {
  return date.toISOString().slice(0, 16).replace('T', ' ') + ' UTC'
}

async function measure(args: BenchArgs, argv: readonly string[], scratch: string): Promise<number> {
  const repo = process.cwd()
  // The commit and time when dist/ is copied: what the results describe.
  const commit = gitCommit(repo)
  const started = new Date()
  const distCopy = join(scratch, 'dist')
  // A copy, so a rebuild during a long run cannot change what is measured.
  cpSync(resolve(args.distDir), distCopy, { recursive: true })
  const params = scaleParams(args.scale)
  log(`inputs (scale ${args.scale}): generating or reusing…`)
  const data = prepareDatasets(params, log, args.dataRoot)
  log(`inputs in ${data.dir}`)
  const found = findPython()
  const python = args.noPandas ? undefined : found
  const pandasSkipReason = args.noPandas
    ? '--no-pandas given'
    : 'no python with pandas found (tried /usr/bin/python3, python3)'
  log(python === undefined ? `pandas comparison skipped: ${pandasSkipReason}` : `pandas: ${python}`)
  // polars and DuckDB: in the python that has pandas (`pip install polars duckdb`).
  const polarsPython = !args.noPandas && pythonHas(found, 'polars') ? found : undefined
  const duckdbPython = !args.noPandas && pythonHas(found, 'duckdb') ? found : undefined
  for (const [tool, py] of [
    ['polars', polarsPython],
    ['duckdb', duckdbPython],
  ] as const) {
    log(
      py === undefined
        ? `${tool} comparison skipped: not importable (pip install ${tool})`
        : `${tool}: ${py}`,
    )
  }
  const machine = describeMachine(found)
  const cases = buildCases(
    data,
    {
      distDir: distCopy,
      probePath: writeRssProbe(scratch),
      dataDir: data.dir,
      scratchDir: scratch,
      pandasScript: resolve(import.meta.dirname, 'pandas_integrate.py'),
      ...(python === undefined ? { pandasSkipReason } : { python }),
      ...(polarsPython === undefined ? {} : { polarsPython }),
      ...(duckdbPython === undefined ? {} : { duckdbPython }),
    },
    args.rounds,
    args.only,
  )
  const results: CaseResult[] = []
  for (const spec of cases) {
    log(`${spec.id}: ${spec.subjects.map((s) => s.id).join(', ')}`)
    const result = await runCase(spec, scratch, log)
    results.push(result)
    print(renderCase(result, 'text'))
  }
  const dist = measureDist(distCopy)
  const bench: BenchResults = {
    date: utcStamp(started),
    commit,
    command: `npm run bench${argv.length > 0 ? ` -- ${argv.join(' ')}` : ''}`,
    machine,
    params,
    scale: args.scale,
    dataDir: data.dir,
    cases: results,
    dist,
    problems: results.flatMap(problemsOf),
  }
  return present(bench, args, false)
}

/** Print the summary (and the cases, when not printed as they ran), write JSON and markdown. */
function present(bench: BenchResults, args: BenchArgs, withCases: boolean): number {
  if (withCases) for (const c of bench.cases) print(renderCase(c, 'text'))
  print(['== Summary ==', '', ...renderSummary(bench.cases, 'text'), ''])
  print(['== Size of dist/ ==', '', ...renderDist(bench.dist, 'text'), ''])
  if (bench.problems.length > 0) {
    print(['!!!!!!!!!! PROBLEMS !!!!!!!!!!', ...bench.problems.map((p) => `!!! ${p}`), ''])
  }
  if (args.jsonPath !== undefined) {
    writeFileSync(args.jsonPath, JSON.stringify(bench, null, 2) + '\n')
    log(`results written to ${args.jsonPath}`)
  }
  if (args.writeMd) {
    writeResultsSection(join(process.cwd(), 'BENCHMARKS.md'), renderResultsSection(bench))
    log('BENCHMARKS.md results section rewritten')
  }
  return bench.problems.length > 0 ? 1 : 0
}

async function main(argv: readonly string[]): Promise<number> {
  let args: BenchArgs
  try {
    args = parseArgs(argv)
  } catch (e) {
    if (!(e instanceof UsageError)) throw e
    process.stderr.write(`bench: ${e.message}\n\n${USAGE}`)
    return 2
  }
  if (args.help) {
    process.stdout.write(USAGE)
    return 0
  }
  const unknown = args.only.filter((id) => !(CASE_IDS as readonly string[]).includes(id))
  if (unknown.length > 0) {
    process.stderr.write(
      `bench: --only: unknown ${unknown.join(', ')}; known: ${CASE_IDS.join(', ')}\n`,
    )
    return 2
  }
  if (args.fromJson !== undefined) {
    // Render earlier results again (after a change of format), without measuring.
    const bench = JSON.parse(readFileSync(args.fromJson, 'utf8')) as BenchResults
    return present(bench, args, true)
  }
  const dist = resolve(args.distDir)
  if (!existsSync(join(dist, 'cli.js')) || !existsSync(join(dist, 'index.js'))) {
    process.stderr.write(`bench: ${dist} has no cli.js and index.js: run npm run build first\n`)
    return 2
  }
  const scratch = mkdtempSync(join(tmpdir(), 'carbon-gate-bench-run-'))
  try {
    return await measure(args, argv, scratch)
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

process.exitCode = await main(process.argv.slice(2))
