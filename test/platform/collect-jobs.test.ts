/**
 * Directory search and file opening, on real folders: environments and links, name-first search
 * and its cap, near misses, explicit paths anywhere, special and oversized files.
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, it } from 'node:test'
import { collectJobs } from '../../src/platform/collect-jobs.js'
import { fileArtifact } from '../../src/platform/file-input.js'
import { makeTempDir } from '../support/temp.js'

const READ = { timezone: 'UTC', maxGapSeconds: 300 }

const CODECARBON =
  'timestamp,project_name,run_id,duration,emissions,energy_consumed,country_iso_code\n' +
  '2024-05-01T10:00:00,demo,run-1,3600,0.05,1.5,FRA\n'
const ZEUS = 'start_time,window_name,elapsed_time,gpu0_energy\n1000.0,train,10.0,36000.0\n'
/** nvidia-smi --query-gpu=timestamp,index,name,power.draw --format=csv,noheader */
const SMI_NOHEADER =
  '2024/05/01 10:00:00.000, 0, NVIDIA A100-SXM4-80GB, 312.45 W\n' +
  '2024/05/01 10:00:01.000, 0, NVIDIA A100-SXM4-80GB, 315.10 W\n'

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
}

/** The action's view: the workspace is the allowed root. */
function collectIn(workspace: string, patterns: string[] = [], maxFiles?: number) {
  return collectJobs(patterns, {
    cwd: workspace,
    allowedRoots: [workspace],
    read: READ,
    ...(maxFiles === undefined ? {} : { maxFiles }),
  })
}

function messages(notices: readonly { path: string; message: string }[]): string[] {
  return notices.map((n) => `${n.path}: ${n.message}`)
}

/** Fails instead of hanging when `promise` does not settle (a FIFO opened for reading blocks). */
async function settles<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`${what} hangs`))
    }, 10_000)
  })
  try {
    return await Promise.race([promise, hang])
  } finally {
    clearTimeout(timer)
  }
}

describe('directory search: environments and links', () => {
  it('passes a workspace holding `python3 -m venv env`, and says what it skipped', async () => {
    const ws = makeTempDir('cg-venv-')
    write(ws, {
      'emissions.csv': CODECARBON,
      'env/pyvenv.cfg': 'home = /usr/bin\n',
      'env/lib/python3.12/site-packages/pkg/data.csv': 'a,b\n1,2\n',
    })
    mkdirSync(join(ws, 'env/bin'), { recursive: true })
    symlinkSync('/usr/bin/python3', join(ws, 'env/bin/python'))
    symlinkSync('python', join(ws, 'env/bin/python3'))
    const got = await collectIn(ws)
    assert.deepEqual(got.errors, [])
    assert.equal(got.jobs.length, 1)
    const summary = messages(got.notices).filter((m) => m.includes('not searched'))
    assert.equal(summary.length, 1, 'one summary notice')
    assert.match(summary[0]!, /env\//)
  })

  it('skips an environment whatever its name (pyvenv.cfg, conda-meta), and caches', async () => {
    const ws = makeTempDir('cg-envs-')
    write(ws, {
      'runs/emissions.csv': CODECARBON,
      'my-env/pyvenv.cfg': 'home = /usr/bin\n',
      'my-env/emissions.csv': CODECARBON,
      'tools/conda-env/conda-meta/history': '',
      'tools/conda-env/emissions.csv': CODECARBON,
      '.cache/huggingface/emissions.csv': CODECARBON,
      'node_modules/x/emissions.csv': CODECARBON,
      '.venv/emissions.csv': CODECARBON,
    })
    const got = await collectIn(ws)
    assert.deepEqual(got.errors, [])
    assert.deepEqual(
      got.jobs.map((j) => j.source.path),
      ['runs/emissions.csv'],
    )
    const summary = messages(got.notices).find((m) => m.includes('not searched'))
    assert.ok(summary !== undefined)
    for (const name of ['my-env/', 'tools/conda-env/', '.cache/', 'node_modules/', '.venv/']) {
      assert.ok(summary.includes(name), `${name} in ${summary}`)
    }
  })

  it('searches wandb/ and mlruns/, which hold artifacts', async () => {
    const ws = makeTempDir('cg-wandb-')
    write(ws, {
      'wandb/run-20240501_100000-abc/files/emissions.csv': CODECARBON,
      'mlruns/0/abc/artifacts/emissions.csv': CODECARBON.replace('run-1', 'run-2'),
    })
    const got = await collectIn(ws)
    assert.deepEqual(got.errors, [])
    assert.equal(got.jobs.length, 2)
  })

  it('skips a found link leading outside the workspace with a notice, never an error', async () => {
    const outside = makeTempDir('cg-outside-')
    const ws = makeTempDir('cg-links-')
    write(outside, { 'emissions.csv': CODECARBON })
    write(ws, { 'real/emissions.csv': CODECARBON.replace('run-1', 'run-9') })
    symlinkSync(join(outside, 'emissions.csv'), join(ws, 'linked-emissions.csv'))
    symlinkSync(join(ws, 'real/emissions.csv'), join(ws, 'inside-link.csv'))
    symlinkSync('/etc/passwd', join(ws, 'passwd'))
    symlinkSync(join(ws, 'missing.csv'), join(ws, 'broken.csv'))
    const got = await collectIn(ws)
    assert.deepEqual(got.errors, [])
    const notes = messages(got.notices)
    const out = notes.find((m) => m.startsWith('linked-emissions.csv:'))
    assert.ok(out !== undefined, notes.join('\n'))
    assert.match(out, /outside the workspace/)
    assert.match(out, /name the file in `artifacts:`/)
    assert.ok(notes.some((m) => m.startsWith('broken.csv: broken symbolic link')))
    assert.ok(!notes.some((m) => m.startsWith('passwd')), 'a link no reader claims is ignored')
    // The link inside the workspace is read (the file it points to is read through it too).
    assert.ok(got.jobs.some((j) => j.source.path === 'inside-link.csv'))
  })
})

describe('directory search: name first', () => {
  it('counts only names a reader could claim toward its cap', async () => {
    const ws = makeTempDir('cg-names-')
    const files: Record<string, string> = {}
    for (let i = 0; i < 60; i += 1) files[`data/a/img-${String(i).padStart(3, '0')}.jpg`] = 'x'
    files['data/z/deep/emissions.csv'] = CODECARBON
    write(ws, files)
    const got = await collectIn(ws, [], 10)
    assert.deepEqual(got.errors, [])
    assert.equal(got.jobs.length, 1, messages(got.notices).join('\n'))
    assert.equal(got.filesRead, 1)
  })

  it('still stops at its cap of claimable files, and says so', async () => {
    const ws = makeTempDir('cg-cap-')
    const files: Record<string, string> = {}
    for (let i = 0; i < 12; i += 1) files[`logs/${String(i).padStart(2, '0')}.txt`] = 'hello\n'
    files['zz/emissions.csv'] = CODECARBON
    write(ws, files)
    const got = await collectIn(ws, [], 10)
    assert.ok(messages(got.notices).some((m) => /search stopped after 10 files/.test(m)))
  })

  it('names a power log no reader takes, found beside one it does', async () => {
    const ws = makeTempDir('cg-nearmiss-')
    write(ws, {
      'zeus.csv': ZEUS,
      'gpu-power.csv': SMI_NOHEADER,
      'metrics.csv': 'step,loss,accuracy\n1,0.5,0.9\n',
      'energy-notes.txt': 'hello\n',
      'README.md': '# readme\n',
    })
    const got = await collectIn(ws)
    assert.deepEqual(got.errors, [])
    assert.equal(got.jobs.length, 1)
    const notes = messages(got.notices)
    const smi = notes.find((m) => m.startsWith('gpu-power.csv:'))
    assert.ok(smi !== undefined, notes.join('\n'))
    assert.match(smi, /nvidia-smi power log without its header line/)
    assert.match(smi, /not read/)
    assert.ok(notes.some((m) => m.startsWith('energy-notes.txt:') && /named like/.test(m)))
    assert.ok(!notes.some((m) => m.startsWith('metrics.csv')), 'ordinary data is not named')
    assert.ok(!notes.some((m) => m.startsWith('README.md')))
  })

  it('names a CSV with energy columns that matches no format', async () => {
    const ws = makeTempDir('cg-nearmiss-cols-')
    write(ws, {
      'emissions.csv': CODECARBON,
      'run.csv': 'time,gpu_energy_kwh,power_w\n1,2,3\n',
    })
    const got = await collectIn(ws)
    const notes = messages(got.notices)
    assert.ok(
      notes.some((m) => m.startsWith('run.csv:') && /energy, power or emissions columns/.test(m)),
    )
  })
})

describe('explicit paths and the file-open guard', () => {
  it('reads an explicit path outside the workspace (a self-hosted runner’s /scratch)', async () => {
    const scratch = makeTempDir('cg-scratch-')
    const ws = makeTempDir('cg-ws-')
    write(scratch, { 'run-42/emissions.csv': CODECARBON, 'run-43/emissions.csv': CODECARBON })
    const file = join(scratch, 'run-42/emissions.csv')
    const got = await collectIn(ws, [file, join(scratch, 'run-43')])
    assert.deepEqual(got.errors, [])
    assert.equal(got.jobs.length, 2)
    assert.equal(got.jobs[0]!.source.path, file)
  })

  it('reads an explicit link to a file outside the workspace', async () => {
    const outside = makeTempDir('cg-outside2-')
    const ws = makeTempDir('cg-ws2-')
    write(outside, { 'emissions.csv': CODECARBON })
    symlinkSync(join(outside, 'emissions.csv'), join(ws, 'emissions.csv'))
    const got = await collectIn(ws, ['emissions.csv'])
    assert.deepEqual(got.errors, [])
    assert.equal(got.jobs.length, 1)
  })

  it('refuses a named FIFO on one line, without hanging', async () => {
    const ws = makeTempDir('cg-fifo-')
    execFileSync('mkfifo', [join(ws, 'emissions.csv')])
    const got = await settles(collectIn(ws, ['emissions.csv']), 'a named FIFO')
    assert.equal(got.errors.length, 1)
    assert.match(got.errors[0]!, /^emissions\.csv: is a FIFO \(named pipe\), not a regular file/)
    assert.ok(!got.errors[0]!.includes('\n'))
  })

  it('opens without blocking: a file turned into a FIFO is an error, not a hang', async () => {
    const ws = makeTempDir('cg-fifo2-')
    const path = join(ws, 'power.csv')
    execFileSync('mkfifo', [path])
    const read = async (): Promise<number> => {
      let bytes = 0
      for await (const chunk of fileArtifact(path, 'power.csv').chunks()) bytes += chunk.byteLength
      return bytes
    }
    await assert.rejects(settles(read(), 'reading a FIFO'), (e: Error & { line?: string }) => {
      assert.match(e.line ?? '', /^power\.csv: is a FIFO/)
      return true
    })
  })

  it('skips a FIFO a search finds, with a notice', async () => {
    const ws = makeTempDir('cg-fifo3-')
    write(ws, { 'emissions.csv': CODECARBON })
    execFileSync('mkfifo', [join(ws, 'power.log')])
    const got = await settles(collectIn(ws), 'a search over a FIFO')
    assert.deepEqual(got.errors, [])
    assert.equal(got.jobs.length, 1)
    assert.ok(messages(got.notices).some((m) => m.startsWith('power.log: is a FIFO')))
  })

  it('refuses a named device and an oversized file', async () => {
    const ws = makeTempDir('cg-big-')
    const big = join(ws, 'emissions.csv')
    writeFileSync(big, CODECARBON)
    truncateSync(big, 33 * 1024 ** 3) // sparse: no disk used
    const got = await collectIn(ws, ['emissions.csv', '/dev/null'])
    assert.equal(got.errors.length, 2, got.errors.join('\n'))
    assert.match(got.errors[0]!, /^\/dev\/null: is a character device, not a regular file/)
    assert.match(got.errors[1]!, /^emissions\.csv: is 35\.4 GB, more than the 32 GiB/)
  })
})
