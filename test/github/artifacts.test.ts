import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { after, afterEach, before, beforeEach, describe, it } from 'node:test'
import { downloadRunArtifacts, findPullRequest } from '../../src/github/artifacts.js'
import { type FakeGitHub, startGitHubServer } from '../support/github-server.js'
import { lieAboutSize, makeZip, testClient } from '../support/github-server-fixtures.js'
import { makeTempDir, removeTempDir } from '../support/temp.js'

/** Fails instead of waiting when `promise` does not settle within 30 s (the fault delays 60 s). */
async function settles<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`${what} hangs`))
    }, 30_000)
  })
  try {
    return await Promise.race([promise, hang])
  } finally {
    clearTimeout(timer)
  }
}

const owner = 'octo'
const repo = 'demo'
let runId = 5000

describe('downloadRunArtifacts', () => {
  let server: FakeGitHub
  let dest: string
  before(async () => {
    server = await startGitHubServer()
  })
  after(async () => {
    await server.close()
  })
  beforeEach(() => {
    runId += 1
    server.requests.length = 0
    dest = makeTempDir('carbon-gate-artifacts-')
  })
  afterEach(() => {
    removeTempDir(dest)
  })
  const download = (namePattern: string, limits = {}) =>
    downloadRunArtifacts(testClient(server).client, {
      owner,
      repo,
      runId,
      namePattern,
      destDir: join(dest, 'out'),
      limits,
    })
  const rejects = async (
    files: Record<string, string | Uint8Array>,
    pattern: RegExp,
    unix = {},
    limits = {},
  ) => {
    server.addArtifact(owner, repo, runId, 'carbon-bad', makeZip(files, unix))
    const got = await download('carbon-bad', limits)
    assert.deepEqual(got.artifacts, [])
    assert.equal(got.rejected.length, 1)
    const e = got.rejected[0]!
    assert.equal(e.name, 'ArtifactDownloadError')
    assert.match(e.line, /^artifact carbon-bad: rejected: /)
    assert.match(e.message, pattern)
  }
  /** The one artifact `name` is refused with a message matching `pattern`. */
  const refused = async (name: string, pattern: RegExp, limits = {}) => {
    const got = await download(name, limits)
    assert.deepEqual(got.artifacts, [])
    assert.equal(got.rejected.length, 1, 'one refusal')
    assert.match(got.rejected[0]!.line, pattern)
  }

  it('downloads every artifact matching a glob, following the redirect, into destDir/<name>/', async () => {
    server.addArtifact(
      owner,
      repo,
      runId,
      'carbon-gpu-0',
      makeZip({ 'emissions.csv': 'a,b\n1,2\n', 'logs/run.log': 'ok' }),
    )
    server.addArtifact(
      owner,
      repo,
      runId,
      'carbon-gpu-1',
      makeZip({ 'emissions.csv': 'a,b\n3,4\n' }),
    )
    server.addArtifact(owner, repo, runId, 'coverage', makeZip({ 'lcov.info': 'x' }))
    const { artifacts: got, rejected } = await download('carbon-*')
    assert.deepEqual(rejected, [])
    assert.deepEqual(
      got.map((a) => a.name),
      ['carbon-gpu-0', 'carbon-gpu-1'],
    )
    const out = join(dest, 'out')
    assert.equal(got[0]!.dir, join(out, 'carbon-gpu-0'))
    assert.deepEqual(
      got[0]!.files.map((f) => relative(out, f)),
      [join('carbon-gpu-0', 'emissions.csv'), join('carbon-gpu-0', 'logs', 'run.log')],
    )
    assert.equal(readFileSync(join(out, 'carbon-gpu-1', 'emissions.csv'), 'utf8'), 'a,b\n3,4\n')
    assert.equal(existsSync(join(out, 'coverage')), false)
    const routes = server.requests.map((r) => r.route)
    assert.equal(routes.filter((r) => r === 'actions.downloadArtifact').length, 2)
    assert.equal(routes.filter((r) => r === 'storage.artifactZip').length, 2)
  })

  it('lists every page of artifacts and takes an exact name', async () => {
    for (let i = 0; i < 104; i += 1)
      server.addArtifact(owner, repo, runId, `other-${i}`, makeZip({ 'x.txt': 'x' }))
    server.addArtifact(owner, repo, runId, 'carbon-report', makeZip({ 'pr.json': '{"number":7}' }))
    const got = (await download('carbon-report')).artifacts
    assert.deepEqual(
      got.map((a) => a.name),
      ['carbon-report'],
    )
    assert.equal(
      server.requests.filter((r) => r.route === 'actions.listWorkflowRunArtifacts').length,
      2,
    )
  })

  it('names the run and the pattern when nothing matches', async () => {
    server.addArtifact(owner, repo, runId, 'coverage', makeZip({ 'x.txt': 'x' }))
    await assert.rejects(
      download('carbon-*'),
      new RegExp(
        `no artifact matching 'carbon-\\*' in workflow run ${runId} \\(it has 'coverage'\\)`,
      ),
    )
  })

  it('refuses an expired artifact', async () => {
    server.addArtifact(owner, repo, runId, 'carbon', makeZip({ 'x.txt': 'x' }), { expired: true })
    await refused('carbon', /expired: re-run workflow run/)
  })

  it('rejects a path that climbs out with ..', async () => {
    await rejects(
      { 'ok.txt': 'fine', '../evil.txt': 'pwned' },
      /"\.\.\/evil\.txt" climbs out with '\.\.'/,
    )
    assert.equal(existsSync(join(dest, 'evil.txt')), false)
    assert.equal(
      existsSync(join(dest, 'out', 'carbon-bad', 'ok.txt')),
      false,
      'nothing is written when any entry is bad',
    )
  })

  it('rejects absolute paths and drive letters', async () => {
    await rejects({ '/etc/cron.d/evil': 'x' }, /is an absolute path/)
    await rejects({ 'C:/Windows/evil.txt': 'x' }, /starts with a drive letter/)
    await rejects({ 'a\\..\\..\\evil.txt': 'x' }, /climbs out/)
  })

  it('rejects a symbolic link entry', async () => {
    await rejects({ 'emissions.csv': '/etc/passwd' }, /"emissions\.csv" is a symbolic link/, {
      'emissions.csv': 0o120777,
    })
  })

  it('rejects more entries than allowed', async () => {
    const files = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`f${i}.txt`, 'x']))
    await rejects(files, /11 entries, more than the 10 allowed/, {}, { maxEntries: 10 })
  })

  it('rejects more bytes than allowed, before inflating', async () => {
    await rejects(
      { 'a.txt': 'x'.repeat(600), 'b.txt': 'y'.repeat(600) },
      /more than the 1000 bytes allowed/,
      {},
      { maxTotalBytes: 1000 },
    )
  })

  it('rejects a zip bomb by its ratio', async () => {
    await rejects(
      { 'zeros.csv': new Uint8Array(8 * 1024 * 1024) },
      /"zeros\.csv" expands \d+×, more than the 100× allowed/,
      {},
      { maxRatio: 100 },
    )
  })

  it('rejects an entry that inflates past the size it declares', async () => {
    const zip = lieAboutSize(makeZip({ 'big.csv': 'z'.repeat(50_000) }), 'big.csv', 100)
    server.addArtifact(owner, repo, runId, 'carbon-bad', zip)
    await refused('carbon-bad', /"big\.csv" inflates past the 100 bytes it declares/)
    assert.equal(existsSync(join(dest, 'out', 'carbon-bad')), false, 'nothing of it is kept')
  })

  it('rejects a download larger than maxZipBytes, listed or actual', async () => {
    const zip = makeZip({ 'a.txt': 'abc'.repeat(1000) })
    server.addArtifact(owner, repo, runId, 'listed-big', zip, { sizeInBytes: 10_000_000 })
    await refused('listed-big', /10000000 bytes, more than the 1000000 allowed/, {
      maxZipBytes: 1_000_000,
    })
    assert.equal(server.requests.filter((r) => r.route === 'storage.artifactZip').length, 0)
    server.addArtifact(owner, repo, runId, 'actually-big', zip, { sizeInBytes: 10 })
    await refused('actually-big', /larger than the 50 bytes allowed/, { maxZipBytes: 50 })
  })

  it('rejects what is not a zip, and a corrupted entry', async () => {
    server.addArtifact(
      owner,
      repo,
      runId,
      'garbage',
      new TextEncoder().encode('<html>not a zip</html>'),
    )
    await refused('garbage', /rejected: not a zip archive/)
    const zip = makeZip({ 'a.txt': 'hello world, hello world' })
    const broken = zip.slice()
    broken[40] = broken[40]! ^ 0xff // inside a.txt's deflate data
    server.addArtifact(owner, repo, runId, 'broken', broken)
    await refused('broken', /"a\.txt" (is corrupt|fails its CRC check|inflates)/)
  })

  it('keeps the good artifacts beside a refused one, and names it', async () => {
    server.addArtifact(owner, repo, runId, 'carbon-a', makeZip({ 'emissions.csv': 'a\n' }))
    server.addArtifact(
      owner,
      repo,
      runId,
      'carbon-b-evil',
      makeZip({ 'ok.csv': 'fine', '../../escape.csv': 'pwned' }),
    )
    server.addArtifact(owner, repo, runId, 'carbon-c', makeZip({ 'emissions.csv': 'c\n' }))
    const got = await download('carbon-*')
    assert.deepEqual(
      got.artifacts.map((a) => a.name),
      ['carbon-a', 'carbon-c'],
    )
    assert.equal(got.rejected.length, 1)
    assert.match(got.rejected[0]!.line, /^artifact carbon-b-evil: rejected: .*climbs out/)
    assert.equal(existsSync(join(dest, 'out', 'carbon-b-evil')), false)
    assert.equal(existsSync(join(dest, 'escape.csv')), false)
    assert.equal(readFileSync(join(dest, 'out', 'carbon-c', 'emissions.csv'), 'utf8'), 'c\n')
  })

  it('bounds the unpacked bytes of the whole run, not only of each artifact', async () => {
    for (const name of ['carbon-1', 'carbon-2', 'carbon-3']) {
      server.addArtifact(owner, repo, runId, name, makeZip({ 'a.csv': name.repeat(100) }))
    }
    // 800 bytes each: two fit in 2,000, the third does not.
    const got = await download('carbon-*', { maxRunBytes: 2000 })
    assert.deepEqual(
      got.artifacts.map((a) => a.name),
      ['carbon-1', 'carbon-2'],
    )
    assert.equal(got.rejected.length, 1)
    assert.match(
      got.rejected[0]!.line,
      /^artifact carbon-3: rejected: unpacks to 800 bytes, past the 2000 bytes allowed to all the run's artifacts \(1600 already unpacked\)/,
    )
    assert.equal(existsSync(join(dest, 'out', 'carbon-3')), false)
  })

  it('rejects an archive of many small entries that together expand past the ratio', async () => {
    // Each entry is under the 1 MiB per-entry floor; together 8 MiB from a few KB.
    const files = Object.fromEntries(
      Array.from({ length: 16 }, (_, i) => [`part-${i}.csv`, new Uint8Array(512 * 1024)]),
    )
    await rejects(
      files,
      /unpacks to 8388608 bytes, \d+× its \d+-byte archive, more than the 200× allowed/,
    )
  })

  it('times out one silent attempt and retries it', async () => {
    server.addArtifact(owner, repo, runId, 'carbon', makeZip({ 'x.csv': 'ok' }))
    server.fail('storage.artifactZip', { delayMs: 60_000 }, 1)
    const got = await settles(
      download('carbon', { attemptTimeoutMs: 300, deadlineMs: 20_000 }),
      'a download whose first attempt never answers',
    )
    assert.deepEqual(got.rejected, [])
    assert.equal(readFileSync(got.artifacts[0]!.files[0]!, 'utf8'), 'ok')
  })

  it('retries a failed redirect target like any request', async () => {
    server.addArtifact(owner, repo, runId, 'carbon', makeZip({ 'x.txt': 'x' }))
    server.fail('storage.artifactZip', { status: 503 })
    const got = (await download('carbon')).artifacts
    assert.equal(readFileSync(got[0]!.files[0]!, 'utf8'), 'x')
  })

  it('gives up on a storage URL that never answers, within the run deadline', async () => {
    server.addArtifact(owner, repo, runId, 'carbon-slow', makeZip({ 'x.csv': 'x' }))
    // Last in this block: faults left queued cannot reach another test.
    server.fail('storage.artifactZip', { delayMs: 60_000 }, 50)
    const got = await settles(
      download('carbon-slow', { attemptTimeoutMs: 600, deadlineMs: 1000 }),
      'a download from a storage that never answers',
    )
    assert.deepEqual(got.artifacts, [])
    assert.equal(got.rejected.length, 1)
    assert.match(
      got.rejected[0]!.line,
      /^artifact carbon-slow: not downloaded: the run's downloads took longer than the 1 s allowed/,
    )
  })
})

describe('findPullRequest', () => {
  let server: FakeGitHub
  before(async () => {
    server = await startGitHubServer()
    server.addPullRequest(owner, repo, {
      number: 3,
      headSha: 'c'.repeat(40),
      headRef: 'old',
      state: 'closed',
    })
    server.addPullRequest(owner, repo, { number: 12, headSha: 'a'.repeat(40), headRef: 'feature' })
    for (let i = 0; i < 120; i += 1) {
      server.addPullRequest(owner, repo, {
        number: 200 + i,
        headSha: i.toString(16).padStart(40, 'e'),
        headRef: `b${i}`,
      })
    }
    server.addPullRequest(owner, repo, {
      number: 42,
      headSha: 'b'.repeat(40),
      headRef: 'main',
      fromFork: true,
    })
  })
  after(async () => {
    await server.close()
  })
  const find = (headSha: string, headBranch?: string) =>
    findPullRequest(testClient(server).client, {
      owner,
      repo,
      headSha,
      ...(headBranch === undefined ? {} : { headBranch }),
    })

  it('finds a PR through the commit', async () => {
    server.requests.length = 0
    assert.deepEqual(await find('a'.repeat(40), 'feature'), { number: 12, baseSha: '0'.repeat(40) })
    assert.deepEqual(
      server.requests.map((r) => r.route),
      ['repos.listPullRequestsAssociatedWithCommit'],
    )
  })

  it("falls back to the open PRs for a fork's head commit", async () => {
    server.requests.length = 0
    assert.equal((await find('B'.repeat(40), 'main'))?.number, 42)
    assert.equal(server.requests.filter((r) => r.route === 'pulls.list').length, 2, 'every page')
  })

  it('finds nothing for a commit that is no open PR head', async () => {
    assert.equal(await find('d'.repeat(40)), undefined)
    assert.equal(await find('c'.repeat(40)), undefined, 'a closed PR is not commented on')
  })
})
