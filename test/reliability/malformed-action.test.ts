/**
 * A subset of the corpus, and the cases only the action has (GITHUB_WORKSPACE is the allowed root:
 * paths and symbolic links leading out of it), against the built action (dist/index.js): exit 2,
 * one `::error::` line naming the file/line or input/key, the outputs `verdict` and `total-kg`
 * written, the job summary written, the JSON report file written, no hang, no stack trace.
 * Run `npm run build` first.
 */
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, it } from 'node:test'
import { ROOT, runAction } from '../e2e/run-dist.js'
import { CORPUS } from './corpus.js'
import type { Case, Outcome } from './corpus-types.js'
import { re } from './corpus-types.js'
import { judgeRun } from './judge.js'
import { layOut } from './workspace.js'

const built = existsSync(join(ROOT, 'dist/index.js'))

interface ActionCase {
  readonly case: Case
  readonly inputs: Readonly<Record<string, string>>
}

/** A corpus case as action inputs: its paths (and `good`) as `artifacts`, its flags as inputs. */
function fromCorpus(id: string, expect?: Outcome): ActionCase {
  const c = CORPUS.find((x) => x.id === id)
  if (!c) throw new Error(`no corpus case ${id}`)
  const inputs: Record<string, string> = {}
  const paths: string[] = []
  for (let i = 0; i < c.args.length; i++) {
    const arg = c.args[i]!
    const flag = /^--([\w-]+)(?:=(.*))?$/.exec(arg)
    if (!flag) paths.push(arg)
    else inputs[flag[1]!] = flag[2] ?? c.args[++i] ?? ''
  }
  if (!c.alone) paths.push('good')
  if (paths.length > 0) inputs.artifacts = paths.join('\n')
  return { case: expect ? { ...c, expect } : c, inputs }
}

const NO_SECRET = (r: { jobs: readonly { name: string }[] }): string | undefined =>
  r.jobs.some((j) => j.name === 'outside-secret')
    ? 'a file outside the workspace was read'
    : undefined

const SECRET_READ = (r: { jobs: readonly { name: string }[] }): string | undefined =>
  r.jobs.some((j) => j.name === 'outside-secret')
    ? undefined
    : 'the named file outside the workspace was not read'

function actionOnly(
  id: string,
  kind: string,
  c: Omit<Case, 'id' | 'subject' | 'kind' | 'args'>,
  inputs: Record<string, string>,
): ActionCase {
  return {
    case: { id: `action/${id}`, subject: 'paths', kind, args: [], verify: NO_SECRET, ...c },
    inputs,
  }
}

const CASES: readonly ActionCase[] = [
  fromCorpus('flag/budget-kgs', { code: 2, where: re("input 'budget'") }),
  fromCorpus('flag/pue-below-one', { code: 2, where: re("input 'pue'") }),
  fromCorpus('config-file/billion-laughs'),
  fromCorpus('config-file/unknown-key'),
  fromCorpus('codecarbon/negative-energy'),
  fromCorpus('generic/truncated'),
  fromCorpus('nvidia-smi/timestamp-backwards'),
  fromCorpus('carbontracker/binary'),
  fromCorpus('paths/glob-matches-nothing'),
  fromCorpus('paths/named-pipe'),
  // Issue 10: paths the workflow names are read wherever they are (a self-hosted runner's
  // /scratch); only what a directory search finds stays inside the workspace.
  actionOnly(
    'absolute-path-outside',
    'a named path outside the workspace: read',
    { files: [], expect: { code: 0 }, verify: SECRET_READ },
    { artifacts: '$OUT/secret.carbon.json\ngood' },
  ),
  actionOnly(
    'relative-path-outside',
    'a named path outside the workspace: read',
    { files: [], expect: { code: 0 }, verify: SECRET_READ },
    { artifacts: '$RELOUT/secret.carbon.json\ngood' },
  ),
  actionOnly(
    'symlink-file-out-named',
    'a named symlink pointing out of it: read',
    {
      files: [{ path: 'bad/link.carbon.json', symlink: '$OUT/secret.carbon.json' }],
      expect: { code: 0 },
      verify: SECRET_READ,
    },
    { artifacts: 'bad/link.carbon.json\ngood' },
  ),
  actionOnly(
    'symlink-file-out-searched',
    'a symlink a search finds pointing out of it: skipped with a warning',
    {
      files: [{ path: 'bad/link.carbon.json', symlink: '$OUT/secret.carbon.json' }],
      expect: { code: 0 },
      verify: (r) =>
        NO_SECRET(r) ??
        (r.warnings.some(
          (w) => w.includes('bad/link.carbon.json') && /outside the workspace/.test(w),
        )
          ? undefined
          : 'no warning names the link'),
    },
    { artifacts: 'bad\ngood' },
  ),
  actionOnly(
    'symlink-dir-out-named',
    'a named symlink to a directory out of it: searched',
    {
      files: [{ path: 'bad/linked', symlink: '$OUT' }],
      expect: { code: 0 },
      verify: SECRET_READ,
    },
    { artifacts: 'bad/linked\ngood' },
  ),
  actionOnly(
    'symlink-dir-out-searched',
    'a symlink pointing out of it',
    { files: [{ path: 'bad/linked', symlink: '$OUT' }], expect: { code: 0 } },
    { artifacts: '' },
  ),
  actionOnly(
    'directory-loop-searched',
    'a directory loop',
    {
      files: [
        { path: 'loop/sub/up', symlink: '..' },
        { path: 'loop/sub/back', symlink: '../..' },
      ],
      expect: { code: 0 },
    },
    { artifacts: '' },
  ),
]

async function runCase(ac: ActionCase): Promise<string[]> {
  const c = ac.case
  const ws = layOut(c)
  try {
    const inputs = Object.fromEntries(
      Object.entries(ac.inputs).map(([k, v]) => [
        k,
        v.replaceAll('$RELOUT', relative(ws.dir, ws.outside)).replaceAll('$OUT', ws.outside),
      ]),
    )
    let ran
    try {
      ran = await runAction({ inputs, workspace: ws.dir })
    } catch (e) {
      return [`no result: ${(e as Error).message} (a hang?)`]
    }
    const out = ran.stdout.split('\n')
    const errorLines = out
      .filter((l) => l.startsWith('::error'))
      .map((l) => l.replace(/^::error[^:]*::/, ''))
    const problems = judgeRun(
      c,
      {
        code: ran.code,
        stdout: ran.stdout,
        stderr: ran.stderr,
        errorLines,
        strayLines: [],
        reportPath: ran.outputs['report-path'] ?? '',
        reportRequired: true,
      },
      ws.goodPaths,
    )
    for (const name of ['verdict', 'total-kg', 'report-path']) {
      if (!(name in ran.outputs)) problems.push(`output ${name} was not set`)
    }
    if (ran.code === 2 && ran.outputs.verdict !== 'fail')
      problems.push(`verdict ${String(ran.outputs.verdict)} on exit 2`)
    const hasReport = (ran.outputs['report-path'] ?? '') !== ''
    if (hasReport && !/^\d+(\.\d+)?(e[+-]?\d+)?$/.test(ran.outputs['total-kg'] ?? '')) {
      problems.push(`total-kg is ${JSON.stringify(ran.outputs['total-kg'])}, not a number`)
    }
    if (!ran.summary.includes('carbon-gate')) problems.push('the job summary was not written')
    return problems
  } finally {
    ws.remove()
  }
}

describe(
  `malformed inputs against dist/index.js: ${CASES.length} cases`,
  { concurrency: 2 },
  () => {
    it(`covers at least 10 cases (it has ${CASES.length})`, () => {
      assert.ok(CASES.length >= 10)
      console.log(`reliability: action cases: ${CASES.length}`)
    })
    for (const ac of CASES) {
      const skip = !built
        ? 'dist/index.js is missing: run npm run build'
        : process.platform === 'win32'
          ? 'needs POSIX symlinks and FIFOs'
          : false
      it(`${ac.case.id} (${ac.case.kind})`, { skip, timeout: 60_000 }, async () => {
        const problems = await runCase(ac)
        assert.deepEqual(problems, [], `${ac.case.id}: ${problems.join('; ')}`)
      })
    }
  },
)
