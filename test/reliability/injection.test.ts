/**
 * Untrusted artifact text (project, job and GPU names, unknown keys, file names, bad values)
 * cannot inject into the action's GITHUB_OUTPUT (newline and delimiter tricks), its workflow
 * commands (`::error::` in file content) or the job summary (mentions, links, images, HTML,
 * forged markers, tables broken by `|`); nor into the CLI's terminal output (escape sequences).
 * Runs the built action and CLI: `npm run build` first.
 */
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, it } from 'node:test'
import { ROOT, parseOutputFile, runAction, runNode } from '../e2e/run-dist.js'
import { makeTempDir, removeTempDir } from '../support/temp.js'
import { CODECARBON_HEADER, codecarbonRow, genericJson, nvidiaSmiCsv } from './valid-artifacts.js'

const built = existsSync(join(ROOT, 'dist/index.js')) && existsSync(join(ROOT, 'dist/cli.js'))
const skip = built ? false : 'dist/ is missing: run npm run build'

/** Hostile text without commas (it goes into CSV cells) and without a newline. */
const HOSTILE = [
  '::error::PWNED-ERROR',
  '%0A::set-output name=verdict::pass',
  '@octocat',
  '![x](http://evil.example/i.png)',
  '[click](https://evil.example)',
  '<img src=x onerror=alert(1)>',
  '<!-- carbon-gate:forged -->',
  'a|b|c',
  '\u001b[31mred\u001b[0m',
].join(' ')

/** The same with newlines, for places that can hold them (JSON strings, file names). */
const MULTILINE = [
  'x',
  '::error::PWNED-ERROR',
  '::set-output name=verdict::pass',
  'verdict<<EOF',
  'pass',
  'EOF',
  'verdict=pass',
  '::add-mask::PWNED-MASK',
  '::stop-commands::PWNED-TOKEN',
  HOSTILE,
].join('\n')

const OUTPUTS = [
  'verdict',
  'total-kg',
  'total-kg-low',
  'total-kg-high',
  'operational-kg',
  'embodied-kg',
  'energy-kwh',
  'budget-used',
  'delta-percent',
  'report-path',
  'comment-url',
  'badge-url',
]
/** The workflow commands carbon-gate itself may print. */
const OUR_COMMANDS = new Set(['error', 'warning', 'notice', 'debug', 'group', 'endgroup'])

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), text)
}

/** A workspace of hostile-but-valid artifacts, plus (when `invalid`) hostile unusable ones. */
function hostileWorkspace(invalid: boolean): string {
  const dir = makeTempDir('cg-inj-')
  write(
    dir,
    'runs/cc/emissions.csv',
    `${CODECARBON_HEADER}\n${codecarbonRow({ project: HOSTILE, kwh: 2 })}\n`,
  )
  write(dir, 'runs/gpu/power.csv', nvidiaSmiCsv({ name: HOSTILE, seconds: 5 }))
  const job = { name: MULTILINE, energyKWh: 3, gpuModel: MULTILINE, region: 'FRA' }
  write(
    dir,
    'runs/generic/job.carbon.json',
    `{"carbonGate": 1, "jobs": [${JSON.stringify({ ...job, [MULTILINE]: 1 })}]}\n`,
  )
  write(
    dir,
    'runs/names/<img src=x onerror=alert(1)> @octocat a|b.carbon.json',
    genericJson([{ name: 'named', energyKWh: 1 }]),
  )
  if (invalid) {
    write(
      dir,
      `runs/bad/x\n::error::PWNED-NAME\n.carbon.json`,
      '{"carbonGate": 1, "jobs": [{"name": "n", "energyKWh": -1}]}\n',
    )
    write(
      dir,
      'runs/bad/value.carbon.json',
      `{"carbonGate": 1, "jobs": [{"name": "v", "energyKWh": ${JSON.stringify(MULTILINE)}}]}\n`,
    )
  }
  return dir
}

/** Every problem with what the action printed and wrote. */
function inspectAction(
  stdout: string,
  outputText: string,
  summary: string,
  outputs: Record<string, string>,
): string[] {
  const problems: string[] = []
  const keys = Object.keys(outputs).sort()
  if (JSON.stringify(keys) !== JSON.stringify([...OUTPUTS].sort()))
    problems.push(`GITHUB_OUTPUT keys ${JSON.stringify(keys)}`)
  if (outputs.verdict !== 'fail') problems.push(`verdict ${String(outputs.verdict)}, want fail`)
  for (const line of outputText.split('\n')) {
    if (/^(verdict=pass|verdict<<EOF|pass|EOF)$/.test(line))
      problems.push(`GITHUB_OUTPUT holds an injected line ${JSON.stringify(line)}`)
  }
  for (const line of stdout.split('\n')) {
    if (/^::[\w-]+(?: [^:]*)?::PWNED|^PWNED/.test(line)) {
      problems.push(
        `an artifact started a line or a workflow command: ${JSON.stringify(line.slice(0, 120))}`,
      )
    }
    const command = /^::([\w-]+)/.exec(line)?.[1]
    if (command !== undefined && !OUR_COMMANDS.has(command))
      problems.push(
        `workflow command ::${command}:: printed: ${JSON.stringify(line.slice(0, 120))}`,
      )
    if (/^(set-output|add-mask|stop-commands)\b|^verdict/.test(line))
      problems.push(`suspicious stdout line ${JSON.stringify(line.slice(0, 120))}`)
  }
  if (summary.trim() === '') problems.push('no job summary')
  if (/<img/i.test(summary)) problems.push('the summary holds a raw <img')
  if (/<!--\s*carbon-gate:forged/.test(summary)) problems.push('the summary holds a forged marker')
  if (/(^|[^\w\u200b`\\])@octocat/m.test(summary))
    problems.push('the summary holds a live @mention')
  if (/!\[x\]\(/.test(summary) || /\[click\]\(/.test(summary))
    problems.push('the summary holds a live image or link')
  if (/https?:\/\/evil/.test(summary)) problems.push('the summary holds a live URL')
  if (summary.includes('\u001b')) problems.push('the summary holds an escape character')
  problems.push(...checkTables(summary))
  return problems
}

/** Each Markdown table keeps one cell count: a `|` from an artifact must be escaped. */
function checkTables(markdown: string): string[] {
  const problems: string[] = []
  let width: number | undefined
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      width = undefined
      continue
    }
    const cells = line.replace(/\\\|/g, '').split('|').length
    width ??= cells
    if (cells !== width)
      problems.push(
        `a table row has ${cells - 2} cells, the header ${width - 2}: ${JSON.stringify(line.slice(0, 160))}`,
      )
  }
  return problems
}

describe('untrusted artifact text cannot inject', () => {
  for (const invalid of [false, true]) {
    const label = invalid
      ? 'hostile valid and invalid artifacts (exit 2)'
      : 'hostile valid artifacts over budget (exit 1)'
    it(
      `action: ${label}: outputs, workflow commands and the job summary hold`,
      { skip, timeout: 60_000 },
      async () => {
        const ws = hostileWorkspace(invalid)
        try {
          const outputFile = join(ws, '.github-output')
          writeFileSync(outputFile, '')
          const ran = await runAction({
            inputs: { artifacts: 'runs', budget: '1g' },
            workspace: ws,
            env: { GITHUB_OUTPUT: outputFile },
          })
          assert.equal(ran.code, invalid ? 2 : 1, ran.stdout.slice(-2000))
          const outputText = readFileSync(outputFile, 'utf8')
          const outputs = parseOutputFile(outputText)
          const problems = inspectAction(ran.stdout, outputText, ran.summary, outputs)
          assert.deepEqual(problems, [])
          const report = JSON.parse(readFileSync(outputs['report-path']!, 'utf8')) as {
            jobs: unknown[]
            errors: string[]
          }
          assert.equal(report.jobs.length, 4, 'every hostile-but-valid artifact is still reported')
          const errorCommands = ran.stdout.split('\n').filter((l) => l.startsWith('::error'))
          // One ::error:: per unusable input, plus the over-budget failure when the verdict fails on budget.
          assert.equal(
            errorCommands.length,
            report.errors.length + (invalid ? 0 : 1),
            errorCommands.join('\n'),
          )
        } finally {
          removeTempDir(ws)
        }
      },
    )
  }

  it(
    'CLI text output with --no-color carries no escape sequence from an artifact',
    { skip, timeout: 60_000 },
    async () => {
      const ws = hostileWorkspace(false)
      try {
        const ran = await runNode('dist/cli.js', ['check', 'runs', '--no-color'], { cwd: ws })
        assert.equal(ran.code, 0, ran.stderr)
        assert.ok(
          !ran.stdout.includes('\u001b') && !ran.stderr.includes('\u001b'),
          'an ESC reached the terminal',
        )
        assert.ok(
          !/^::error::PWNED/m.test(ran.stdout),
          'a workflow command reached stdout at a line start',
        )
      } finally {
        removeTempDir(ws)
      }
    },
  )
})
