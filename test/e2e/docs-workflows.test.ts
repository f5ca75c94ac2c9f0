/**
 * The docs' workflows as written (docs/workflows/*.yml), played against the loopback GitHub API
 * with the built action (dist/index.js): push → PR → second push → PR. What the runner would set
 * is derived from each file (the workflow's `name:`, or its path when it has none; the job id; the
 * event; the carbon-gate step's `with:` inputs), so docs and code cannot drift apart. Each PR
 * comment must show the delta against the record of its base commit, and name that commit.
 */
import assert from 'node:assert/strict'
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { parse } from 'yaml'
import { type FakeGitHub, startGitHubServer } from '../support/github-server.js'
import { makeZip } from '../support/github-server-fixtures.js'
import { makeTempDir } from '../support/temp.js'
import { type ActionRun, ROOT, runAction } from './run-dist.js'

const OWNER = 'octo'
const REPO = 'ml'
const DIR = join(ROOT, 'docs/workflows')
const ACTION = /^carbon-gate\/carbon-gate@/

interface Step {
  readonly uses?: string
  readonly with?: Record<string, unknown>
  readonly name?: string
}
interface Job {
  readonly if?: string
  readonly steps?: readonly Step[]
}
interface Workflow {
  readonly name?: string
  readonly on: unknown
  readonly jobs: Record<string, Job>
}

/** A job of a docs workflow that runs carbon-gate, as the runner would see it. */
interface GateJob {
  readonly file: string
  /** GITHUB_WORKFLOW: the `name:`, or the file's path in the repository when there is none. */
  readonly workflow: string
  readonly job: string
  readonly events: readonly string[]
  readonly inputs: Readonly<Record<string, string>>
  readonly workflowRunOf?: readonly string[]
  readonly upload?: { readonly name: string; readonly paths: readonly string[] }
}

function loadWorkflow(file: string): Workflow {
  return parse(readFileSync(join(DIR, file), 'utf8')) as Workflow
}

function eventsOf(on: unknown): string[] {
  if (typeof on === 'string') return [on]
  if (Array.isArray(on)) return on.map(String)
  return Object.keys(on as object)
}

/** The job runs on that event, by its `if:` (the docs use event_name and workflow_run.event). */
function jobRunsOn(job: Job, event: string): boolean {
  const cond = job.if ?? ''
  const named = /github\.event_name == '([a-z_]+)'/.exec(cond)?.[1]
  return named === undefined || named === event
}

export function gateJobs(file: string): GateJob[] {
  const wf = loadWorkflow(file)
  const on = wf.on as Record<string, { workflows?: string[] } | null>
  const events = eventsOf(wf.on)
  const out: GateJob[] = []
  for (const [id, job] of Object.entries(wf.jobs)) {
    const step = job.steps?.find((s) => ACTION.test(s.uses ?? ''))
    if (step === undefined) continue
    const inputs = Object.fromEntries(
      Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]),
    )
    const upload = job.steps?.find((s) => (s.uses ?? '').startsWith('actions/upload-artifact@'))
    out.push({
      file,
      workflow: wf.name ?? `.github/workflows/${file}`,
      job: id,
      events: events.filter((e) => jobRunsOn(job, e)),
      inputs,
      ...(events.includes('workflow_run')
        ? { workflowRunOf: on.workflow_run?.workflows ?? [] }
        : {}),
      ...(upload !== undefined
        ? {
            upload: {
              name: String(upload.with?.name),
              paths: String(upload.with?.path)
                .split('\n')
                .map((l) => l.trim())
                .filter((l) => l !== ''),
            },
          }
        : {}),
    })
  }
  return out
}

/** A CodeCarbon v2 file of one run with that energy (kWh): one hour, no GPU, in the Netherlands. */
function emissionsCsv(kwh: number, runId: string): string {
  const header =
    'timestamp,project_name,run_id,duration,emissions,emissions_rate,cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,country_name,country_iso_code,region,cloud_provider,cloud_region,os,python_version,codecarbon_version,cpu_count,cpu_model,gpu_count,gpu_model,longitude,latitude,ram_total_size,tracking_mode,on_cloud,pue'
  const row = `2024-05-14T09:42:18,train,${runId},3600,${kwh * 0.3},0.0001,40,0,6,${kwh},0,0,${kwh},Netherlands,NLD,,,,Linux,3.11.8,2.4.1,8,Xeon,0,,4.9,52.4,16.0,machine,N,1.0`
  return `${header}\n${row}\n`
}

/** The files an `artifacts:` input names: a file where it has an extension, else two legs in it. */
function writeArtifacts(ws: string, artifacts: string, kwh: number, runId: string): void {
  for (const line of artifacts
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')) {
    const paths = /\.[a-z]+$/.test(line)
      ? [line]
      : [join(line, 'carbon-small/emissions.csv'), join(line, 'carbon-large/emissions.csv')]
    for (const p of paths) {
      mkdirSync(dirname(join(ws, p)), { recursive: true })
      writeFileSync(join(ws, p), emissionsCsv(kwh / paths.length, `${runId}${p.length}`))
    }
  }
}

const sha = (c: string) => c.repeat(40)

let gh: FakeGitHub
let runId = 1000
before(async () => {
  gh = await startGitHubServer()
})
after(async () => {
  await gh.close()
})

function env(job: GateJob, event: string, extra: Record<string, string>): Record<string, string> {
  runId += 1
  return {
    GITHUB_API_URL: gh.url,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_WORKFLOW: job.workflow,
    GITHUB_JOB: job.job,
    GITHUB_EVENT_NAME: event,
    GITHUB_RUN_ID: String(runId),
    ...extra,
  }
}

const repository = { default_branch: 'main', name: REPO, owner: { login: OWNER } }

/** The inputs as the runner passes them; the expressions the docs use are evaluated. */
function inputsOf(job: GateJob, vars: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = { 'github-token': 'ghs_docs' }
  for (const [k, v] of Object.entries(job.inputs)) {
    out[k] = v.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
      const value = vars[expr]
      assert.ok(value !== undefined, `${job.file}: the test does not know \${{ ${expr} }}`)
      return value
    })
  }
  return out
}

async function push(job: GateJob, commit: string, kwh: number): Promise<ActionRun> {
  const ws = makeTempDir('cg-docs-')
  writeArtifacts(ws, job.inputs.artifacts ?? 'emissions.csv', kwh, commit.slice(0, 8))
  const ran = await runAction({
    inputs: inputsOf(job, {}),
    workspace: ws,
    eventName: 'push',
    event: { ref: 'refs/heads/main', before: '0'.repeat(40), after: commit, repository },
    env: env(job, 'push', { GITHUB_SHA: commit, GITHUB_REF: 'refs/heads/main' }),
  })
  assert.equal(ran.code, 0, `${job.file} ${job.job} push: ${ran.stdout}${ran.stderr}`)
  return ran
}

async function pullRequest(
  job: GateJob,
  pr: { number: number; base: string; head: string },
  kwh: number,
): Promise<ActionRun> {
  const ws = makeTempDir('cg-docs-')
  writeArtifacts(ws, job.inputs.artifacts ?? 'emissions.csv', kwh, pr.head.slice(0, 8))
  const event = {
    action: 'synchronize',
    number: pr.number,
    pull_request: {
      number: pr.number,
      base: { sha: pr.base, ref: 'main' },
      head: { sha: pr.head, ref: `feature-${pr.number}` },
    },
    repository,
  }
  const ran = await runAction({
    inputs: inputsOf(job, {}),
    workspace: ws,
    eventName: 'pull_request',
    event,
    env: env(job, 'pull_request', {
      GITHUB_SHA: sha('d'),
      GITHUB_REF: `refs/pull/${pr.number}/merge`,
    }),
  })
  assert.equal(ran.code, 0, `${job.file} ${job.job} PR: ${ran.stdout}${ran.stderr}`)
  return ran
}

/** The fork pair: the PR workflow's run uploads its artifact; the workflow_run job comments. */
async function forkPair(
  prJob: GateJob,
  commentJob: GateJob,
  pr: { number: number; base: string; head: string },
  kwh: number,
): Promise<ActionRun> {
  await pullRequest(prJob, pr, kwh)
  const prRunId = runId
  const upload = prJob.upload!
  const files: Record<string, string> = {}
  for (const p of upload.paths) {
    files[p] =
      p === 'pr.json'
        ? JSON.stringify({ number: pr.number, headSha: pr.head, baseSha: pr.base })
        : emissionsCsv(kwh, pr.head.slice(0, 8))
  }
  gh.addArtifact(OWNER, REPO, prRunId, upload.name, makeZip(files))
  gh.addPullRequest(OWNER, REPO, {
    number: pr.number,
    headSha: pr.head,
    headRef: `feature-${pr.number}`,
    baseSha: pr.base,
    fromFork: true,
  })
  const ws = makeTempDir('cg-docs-')
  const event = {
    action: 'completed',
    workflow_run: {
      id: prRunId,
      name: prJob.workflow,
      event: 'pull_request',
      conclusion: 'success',
      head_sha: pr.head,
      head_branch: `feature-${pr.number}`,
      head_repository: { full_name: `fork/${REPO}` },
      pull_requests: [], // GitHub leaves it empty for forks
    },
    repository,
  }
  const ran = await runAction({
    inputs: inputsOf(commentJob, { 'github.event.workflow_run.id': String(prRunId) }),
    workspace: ws,
    eventName: 'workflow_run',
    event,
    env: env(commentJob, 'workflow_run', { GITHUB_SHA: sha('e'), GITHUB_REF: 'refs/heads/main' }),
  })
  assert.equal(ran.code, 0, `${commentJob.file} workflow_run: ${ran.stdout}${ran.stderr}`)
  return ran
}

function commentOf(number: number, key = 'default'): string {
  const marker = `<!-- carbon-gate:${key} -->`
  const mine = gh.comments(OWNER, REPO, number).filter((c) => c.body.startsWith(marker))
  assert.equal(mine.length, 1, `one comment with ${marker} on #${number}`)
  return mine[0]!.body
}

function expectDelta(ran: ActionRun, baseKg: number, headKg: number): void {
  const want = ((headKg - baseKg) / baseKg) * 100
  const got = Number(ran.outputs['delta-percent'])
  assert.ok(Math.abs(got - want) < 0.01, `delta-percent ${got}, expected ${want.toFixed(4)}`)
}

/** Every documented workflow file is played by one setup below. */
const SETUPS: Record<string, readonly string[]> = {
  'same job + ledger': ['same-job.yml', 'ledger.yml'],
  'matrix alone': ['matrix.yml'],
  'fork-safe pair + ledger': ['fork-safe-pr.yml', 'fork-safe-comment.yml', 'ledger.yml'],
  'two gates': ['two-gates.yml'],
}

test('every file in docs/workflows is played by a setup, and says what it needs and its series', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.yml'))
  assert.deepEqual(new Set(files), new Set(Object.values(SETUPS).flat()))
  for (const f of files) {
    const text = readFileSync(join(DIR, f), 'utf8')
    assert.match(text, /^# Needs: .*permissions/m, `${f} says what it needs`)
    assert.match(text, /^# Series: \S/m, `${f} states its series`)
    assert.ok(gateJobs(f).length > 0, `${f} runs carbon-gate`)
  }
})

describe('the docs workflows, as written: push → PR → push → PR', () => {
  let pr = 100
  let commit = 0
  const nextCommit = () => (commit += 1).toString(16).padStart(40, 'c')

  /** Plays one setup for one series: returns the PR runs' outputs and comments. */
  async function play(
    pushJobs: readonly GateJob[],
    runPr: (p: { number: number; base: string; head: string }, kwh: number) => Promise<ActionRun>,
    key = 'default',
  ): Promise<void> {
    const c1 = nextCommit()
    const c2 = nextCommit()
    gh.addCodeCommits(OWNER, REPO, [c1, c2])
    const pushed1 = await Promise.all(pushJobs.map((j) => push(j, c1, 1.0)))
    const pr1 = { number: (pr += 1), base: c1, head: String(pr).padStart(40, 'a') }
    const ran1 = await runPr(pr1, 1.2)
    const body1 = commentOf(pr1.number, key)
    assert.match(
      body1,
      new RegExp(`Comparing base \`${c1.slice(0, 7)}\` → head \`${pr1.head.slice(0, 7)}\``),
    )
    expectDelta(ran1, Number(pushed1[0]!.outputs['total-kg']), Number(ran1.outputs['total-kg']))
    const pushed2 = await Promise.all(pushJobs.map((j) => push(j, c2, 1.1)))
    const pr2 = { number: (pr += 1), base: c2, head: String(pr).padStart(40, 'b') }
    const ran2 = await runPr(pr2, 1.5)
    const body2 = commentOf(pr2.number, key)
    assert.match(body2, new RegExp(`Comparing base \`${c2.slice(0, 7)}\``))
    expectDelta(ran2, Number(pushed2[0]!.outputs['total-kg']), Number(ran2.outputs['total-kg']))
  }

  test('same-job.yml + ledger.yml', async () => {
    const [prJob] = gateJobs('same-job.yml')
    const [pushJob] = gateJobs('ledger.yml')
    assert.notEqual(prJob!.workflow, pushJob!.workflow, 'two workflows, two names, one series')
    const before = gh.requests.length
    await play([pushJob!], (p, kwh) => pullRequest(prJob!, p, kwh))
    assert.ok(gh.requests.length > before)
  })

  test('matrix.yml alone: the PR job `gate` compares with the push job `ledger`', async () => {
    const jobs = gateJobs('matrix.yml')
    const gate = jobs.find((j) => j.events.includes('pull_request'))!
    const ledger = jobs.find((j) => j.events.includes('push'))!
    assert.deepEqual([gate.job, ledger.job], ['gate', 'ledger'])
    await play([ledger], (p, kwh) => pullRequest(gate, p, kwh))
  })

  test('the fork-safe pair: the workflow_run job compares with the base, comments, sets the status', async () => {
    const [prJob] = gateJobs('fork-safe-pr.yml')
    const [commentJob] = gateJobs('fork-safe-comment.yml')
    const [pushJob] = gateJobs('ledger.yml')
    assert.deepEqual(
      commentJob!.workflowRunOf,
      [prJob!.workflow],
      'it follows the PR workflow by name',
    )
    assert.ok(prJob!.upload?.paths.includes('pr.json'))
    await play([pushJob!], (p, kwh) => forkPair(prJob!, commentJob!, p, kwh))
    const statuses = gh.statuses(OWNER, REPO).filter((s) => s.context === 'carbon-gate')
    assert.ok(statuses.length >= 2, 'a commit status per PR run')
    assert.equal(statuses.at(-1)!.state, 'success')
  })

  test('two-gates.yml: each series compares with its own records, in its own comment', async () => {
    const jobs = gateJobs('two-gates.yml')
    assert.deepEqual(
      jobs.map((j) => j.inputs.series),
      ['training', 'inference'],
    )
    for (const job of jobs) {
      await play([job], (p, kwh) => pullRequest(job, p, kwh), job.inputs.series)
    }
  })
})

test('a workflow without name: (named by its path) still gets its comment', async () => {
  const [job] = gateJobs('same-job.yml')
  const unnamed: GateJob = { ...job!, workflow: '.github/workflows/same-job.yml' }
  const ran = await pullRequest(unnamed, { number: 900, base: sha('0'), head: sha('f') }, 1)
  assert.notEqual(ran.outputs['comment-url'], '')
  commentOf(900)
})

describe('requests per run (counted by the loopback API)', () => {
  test('a push run writes at most 3 times; a PR run makes at most 4 requests', async () => {
    const [prJob] = gateJobs('same-job.yml')
    const [pushJob] = gateJobs('ledger.yml')
    const c = sha('9')
    await push(pushJob!, sha('8'), 1) // the ledger branch exists, with this month's file
    let from = gh.requests.length
    await push(pushJob!, c, 1)
    const pushWrites = gh.requests
      .slice(from)
      .filter((r) => r.method !== 'GET' && r.route !== 'graphql')
    assert.deepEqual(
      pushWrites.map((r) => r.route),
      ['git.createTree', 'git.createCommit', 'git.updateRef'],
    )
    await pullRequest(prJob!, { number: 950, base: c, head: sha('7') }, 1.1)
    from = gh.requests.length
    const again = await pullRequest(prJob!, { number: 950, base: c, head: sha('7') }, 1.2)
    const prRequests = gh.requests.slice(from)
    assert.ok(prRequests.length <= 4, prRequests.map((r) => r.route).join(', '))
    assert.match(commentOf(950), /Comparing base `9999999`/)
    assert.notEqual(again.outputs['delta-percent'], '')
  })
})
