import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { isPermissionError } from '../../src/github/comment.js'
import {
  type LedgerRecord,
  appendLedgerRecord,
  parseLedgerFile,
  readLedger,
  readLedgerSnapshot,
  serializeLedgerFile,
  snapshotRecords,
} from '../../src/github/ledger.js'
import {
  MAX_LISTED_BYTES,
  MAX_MONTHS_LISTED,
  chooseListedMonths,
} from '../../src/github/ledger-store.js'
import { type FakeGitHub, startGitHubServer } from '../support/github-server.js'
import { ledgerRecord, testClient } from '../support/github-server-fixtures.js'

const owner = 'octo'
const branch = 'carbon-ledger'
let repoCount = 0
const freshRepo = () => `ledger-${++repoCount}`

function monthFile(server: FakeGitHub, repo: string, month: string): LedgerRecord[] {
  const text = server.branchFiles(owner, repo, branch)?.[`ledger/${month}.json`]
  assert.ok(text !== undefined, `ledger/${month}.json exists`)
  const parsed = JSON.parse(text) as { schemaVersion: number; records: LedgerRecord[] }
  assert.equal(parsed.schemaVersion, 1)
  return parsed.records
}

describe('ledger on its branch', () => {
  let server: FakeGitHub
  before(async () => {
    server = await startGitHubServer()
  })
  after(async () => {
    await server.close()
  })

  it('one GraphQL snapshot: head, tree, month files, who the token is, the base’s ancestors', async () => {
    const repo = freshRepo()
    const { client } = testClient(server)
    const old = ledgerRecord({ runId: 1, date: '2024-05-02T00:00:00.000Z' })
    await appendLedgerRecord(client, { owner, repo, branch, record: old })
    server.addCodeCommits(owner, repo, ['1'.repeat(40), '2'.repeat(40), '3'.repeat(40)])
    server.requests.length = 0
    const snap = await readLedgerSnapshot(client, {
      owner,
      repo,
      branch,
      months: ['2024-05', '2024-04'],
      graphql: true,
      baseSha: '3'.repeat(40),
    })
    assert.deepEqual(
      server.requests.map((r) => r.route),
      ['graphql'],
    )
    assert.equal(snap.viewer, 'github-actions[bot]')
    assert.deepEqual(snap.ancestors, ['2'.repeat(40), '1'.repeat(40)])
    assert.deepEqual(snap.months.get('ledger/2024-05.json'), [old])
    assert.deepEqual(snap.months.get('ledger/2024-04.json'), [])
    assert.ok(snap.head !== undefined)
    // The append builds on it: three writes, no read, no blob posted on its own.
    server.requests.length = 0
    const next = ledgerRecord({ runId: 2, date: '2024-05-03T00:00:00.000Z' })
    await appendLedgerRecord(client, {
      owner,
      repo,
      branch,
      record: next,
      snapshot: snap,
      extraFiles: [{ path: 'ledger/badge.svg', content: '<svg/>' }],
    })
    assert.deepEqual(
      server.requests.map((r) => r.route),
      ['git.createTree', 'git.createCommit', 'git.updateRef'],
    )
    assert.deepEqual(monthFile(server, repo, '2024-05'), [old, next])
    assert.equal(server.branchFiles(owner, repo, branch)?.['ledger/badge.svg'], '<svg/>')
  })

  it('a stale snapshot (the branch moved since) is re-read and nothing is lost', async () => {
    const repo = freshRepo()
    const { client } = testClient(server)
    const first = ledgerRecord({ runId: 1, date: '2024-05-02T00:00:00.000Z' })
    await appendLedgerRecord(client, { owner, repo, branch, record: first })
    const snap = await readLedgerSnapshot(client, { owner, repo, branch, months: ['2024-05'] })
    const other = ledgerRecord({ runId: 2, date: '2024-05-02T01:00:00.000Z' })
    await appendLedgerRecord(client, { owner, repo, branch, record: other })
    const mine = ledgerRecord({ runId: 3, date: '2024-05-02T02:00:00.000Z' })
    const result = await appendLedgerRecord(client, {
      owner,
      repo,
      branch,
      record: mine,
      snapshot: snap,
      retryDelayMs: 1,
    })
    assert.equal(result.attempts, 2)
    assert.deepEqual(monthFile(server, repo, '2024-05'), [first, other, mine])
  })

  it('reads null while the branch does not exist', async () => {
    const { client } = testClient(server)
    assert.equal(
      await readLedger(client, { owner, repo: freshRepo(), branch, months: ['2024-05'] }),
      null,
    )
  })

  it('creates the orphan branch with the month file and the badge files on first write', async () => {
    const repo = freshRepo()
    server.commitFiles(owner, repo, 'main', { 'README.md': '# demo' })
    const { client } = testClient(server)
    const record = ledgerRecord({ runId: 11 })
    const result = await appendLedgerRecord(client, {
      owner,
      repo,
      branch,
      record,
      extraFiles: [
        { path: 'ledger/badge.svg', content: '<svg>1 kg</svg>' },
        { path: 'ledger/badge.json', content: '{"schemaVersion":1}' },
      ],
    })
    assert.equal(result.attempts, 1)
    const commits = server.commits(owner, repo, branch)
    assert.equal(commits.length, 1)
    assert.deepEqual(commits[0]!.parents, [], 'an orphan commit')
    assert.equal(commits[0]!.sha, result.commitSha)
    assert.match(commits[0]!.message, /run 11 attempt 1 \(aaaaaaa\) \[skip ci\]/)
    const files = server.branchFiles(owner, repo, branch)!
    assert.deepEqual(Object.keys(files).sort(), [
      'ledger/2024-05.json',
      'ledger/badge.json',
      'ledger/badge.svg',
    ])
    assert.deepEqual(monthFile(server, repo, '2024-05'), [record])
    assert.deepEqual(server.branchFiles(owner, repo, 'main'), { 'README.md': '# demo' })
    const read = await readLedger(client, { owner, repo, branch, months: ['2024-05', '2024-04'] })
    assert.deepEqual(read, [record])
  })

  it('appends on top of the branch, leaving every other file alone, never forcing', async () => {
    const repo = freshRepo()
    const seeded = server.commitFiles(owner, repo, branch, {
      'README.md': 'ledger of carbon',
      'ledger/2024-05.json': JSON.stringify({
        schemaVersion: 1,
        records: [ledgerRecord({ runId: 5, date: '2024-05-20T00:00:00Z' })],
      }),
      'ledger/2024-04.json': '{"schemaVersion":1,"records":[]}',
    })
    const { client } = testClient(server)
    await appendLedgerRecord(client, {
      owner,
      repo,
      branch,
      record: ledgerRecord({ runId: 6, date: '2024-05-02T00:00:00Z' }),
    })
    const commits = server.commits(owner, repo, branch)
    assert.deepEqual(commits[0]!.parents, [seeded])
    const files = server.branchFiles(owner, repo, branch)!
    assert.equal(files['README.md'], 'ledger of carbon')
    assert.equal(files['ledger/2024-04.json'], '{"schemaVersion":1,"records":[]}')
    assert.deepEqual(
      monthFile(server, repo, '2024-05').map((r) => r.runId),
      [6, 5],
      'sorted by date',
    )
    const updates = server.requests.filter(
      (r) => r.route === 'git.updateRef' && r.path.includes(repo),
    )
    assert.ok(
      updates.length > 0 && updates.every((r) => (r.body as { force?: boolean }).force === false),
    )
  })

  it('puts each record in the month of its date (UTC)', async () => {
    const repo = freshRepo()
    const { client } = testClient(server)
    await appendLedgerRecord(client, {
      owner,
      repo,
      branch,
      record: ledgerRecord({ runId: 1, date: '2024-06-30T23:30:00-02:00' }),
    })
    assert.deepEqual(
      monthFile(server, repo, '2024-07').map((r) => r.runId),
      [1],
    )
  })

  it('does not add a record whose id is already there', async () => {
    const repo = freshRepo()
    const { client } = testClient(server)
    const record = ledgerRecord({ runId: 21 })
    const first = await appendLedgerRecord(client, { owner, repo, branch, record })
    const again = await appendLedgerRecord(client, { owner, repo, branch, record })
    assert.equal(again.commitSha, first.commitSha)
    assert.equal(server.commits(owner, repo, branch).length, 1)
    assert.equal(monthFile(server, repo, '2024-05').length, 1)
  })

  it('lands 20 concurrent appends exactly once each, through injected conflicts', async () => {
    const repo = freshRepo()
    const { client } = testClient(server)
    server.fail('git.updateRef', { status: 422, message: 'Update is not a fast forward' }, 5)
    server.fail('git.createRef', { status: 422, message: 'Reference already exists' }, 1)
    const records = Array.from({ length: 20 }, (_, i) =>
      ledgerRecord({ runId: 100 + i, date: `2024-05-${String(i + 1).padStart(2, '0')}T08:00:00Z` }),
    )
    const results = await Promise.all(
      records.map((record) =>
        appendLedgerRecord(client, {
          owner,
          repo,
          branch,
          record,
          maxAttempts: 60,
          retryDelayMs: 5,
        }),
      ),
    )
    const landed = monthFile(server, repo, '2024-05')
    assert.deepEqual(
      landed.map((r) => r.runId),
      records.map((r) => r.runId),
    )
    assert.equal(
      server.commits(owner, repo, branch).length,
      20,
      'one commit per record, linear history',
    )
    assert.ok(
      results.some((r) => r.attempts > 1),
      'some writers had to retry',
    )
    const again = await appendLedgerRecord(client, { owner, repo, branch, record: records[7]! })
    assert.equal(again.attempts, 1)
    assert.equal(monthFile(server, repo, '2024-05').length, 20)
  })

  it('gives up after maxAttempts when the branch keeps moving', async () => {
    const repo = freshRepo()
    server.commitFiles(owner, repo, branch, { 'x.txt': 'x' })
    const { client } = testClient(server)
    server.fail('git.updateRef', { status: 422, message: 'Update is not a fast forward' }, 3)
    await assert.rejects(
      appendLedgerRecord(client, {
        owner,
        repo,
        branch,
        record: ledgerRecord({ runId: 1 }),
        maxAttempts: 3,
        retryDelayMs: 1,
      }),
      /gave up after 3 attempts/,
    )
    assert.equal(server.commits(owner, repo, branch).length, 1)
  })

  it('allMonths: every month file, listed in the one GraphQL query or by one git/trees read', async () => {
    const repo = freshRepo()
    const months = ['2023-12', '2024-01', '2024-05']
    server.commitFiles(owner, repo, branch, {
      ...Object.fromEntries(
        months.map((m, i) => [
          `ledger/${m}.json`,
          serializeLedgerFile([ledgerRecord({ runId: i + 1, date: `${m}-02T00:00:00.000Z` })]),
        ]),
      ),
      'ledger/badge.svg': '<svg/>',
      'ledger/old/2022-01.json': '{}',
    })
    const { client } = testClient(server)
    const asked = { owner, repo, branch, months: ['2024-05', '2024-04'], allMonths: true }
    for (const graphql of [true, false]) {
      server.requests.length = 0
      const snap = await readLedgerSnapshot(client, { ...asked, graphql })
      assert.equal(snap.listed, true)
      assert.equal(snap.notices, undefined)
      assert.deepEqual([...snap.months.keys()].sort(), [
        'ledger/2023-12.json',
        'ledger/2024-01.json',
        'ledger/2024-04.json',
        'ledger/2024-05.json',
      ])
      assert.deepEqual(snap.months.get('ledger/2024-04.json'), [])
      assert.deepEqual(
        snapshotRecords(snap).map((r) => r.runId),
        [1, 2, 3],
      )
      const routes = server.requests.map((r) => r.route)
      // REST: the head, one listing, then only the files that exist (no 404 for 2024-04).
      assert.deepEqual(
        routes,
        graphql
          ? ['graphql']
          : [
              'git.getRef',
              'git.getCommit',
              'git.getTree',
              'repos.getContent',
              'repos.getContent',
              'repos.getContent',
            ],
      )
    }
  })

  it('allMonths: a bad older month file is left out with a notice; a bad month asked still fails', async () => {
    const repo = freshRepo()
    server.commitFiles(owner, repo, branch, {
      'ledger/2023-01.json': '{"schemaVersion":1,"records":[{"id":"x"}',
      'ledger/2024-05.json': serializeLedgerFile([
        ledgerRecord({ runId: 7, date: '2024-05-02T00:00:00.000Z' }),
      ]),
    })
    const { client } = testClient(server)
    for (const graphql of [true, false]) {
      const snap = await readLedgerSnapshot(client, {
        owner,
        repo,
        branch,
        months: ['2024-05'],
        allMonths: true,
        graphql,
      })
      assert.deepEqual(
        snapshotRecords(snap).map((r) => r.runId),
        [7],
      )
      assert.equal(snap.notices?.length, 1)
      assert.match(
        snap.notices[0]!,
        /^ledger carbon-ledger:ledger\/2023-01\.json: not valid JSON .*\(left out of the project to date\)$/,
      )
      await assert.rejects(
        readLedgerSnapshot(client, {
          owner,
          repo,
          branch,
          months: ['2023-01'],
          allMonths: true,
          graphql,
        }),
        (e: Error) => e.name === 'LedgerError',
      )
    }
  })

  it('chooseListedMonths: the months asked, then the newest others within the bounds', () => {
    const listed = Array.from({ length: MAX_MONTHS_LISTED + 10 }, (_, i) => {
      const d = new Date(Date.UTC(2000, i, 1)).toISOString().slice(0, 7)
      return { path: `ledger/${d}.json`, bytes: 100 }
    })
    const asked = ['ledger/2000-01.json', 'ledger/2099-01.json']
    const { read, notice } = chooseListedMonths(listed, asked, branch)
    assert.equal(read.size, MAX_MONTHS_LISTED)
    assert.ok(read.has('ledger/2000-01.json'), 'a month asked is read, however old')
    assert.ok(!read.has('ledger/2099-01.json'), 'a month not listed is not read')
    assert.ok(read.has(listed.at(-1)!.path), 'the newest month is read')
    assert.ok(!read.has('ledger/2000-02.json'))
    assert.match(
      notice ?? '',
      /^ledger carbon-ledger: 10 older month files not read \(at most 240 months/,
    )
    assert.match(notice ?? '', /counts from 2000-01$/)
    const big = [
      { path: 'ledger/2024-01.json', bytes: MAX_LISTED_BYTES },
      { path: 'ledger/2024-02.json', bytes: 1 },
      { path: 'ledger/2024-03.json', bytes: 5 },
    ]
    const capped = chooseListedMonths(big, ['ledger/2024-03.json'], branch)
    assert.deepEqual([...capped.read].sort(), ['ledger/2024-02.json', 'ledger/2024-03.json'])
    assert.match(capped.notice ?? '', /1 older month file not read .*counts from 2024-02$/)
    assert.equal(chooseListedMonths(big.slice(1), [], branch).notice, undefined)
  })

  it('reads the months asked for, and throws on a corrupt file naming branch and path', async () => {
    const repo = freshRepo()
    server.commitFiles(owner, repo, branch, {
      'ledger/2024-03.json': JSON.stringify({
        schemaVersion: 1,
        records: [ledgerRecord({ runId: 3, date: '2024-03-03T00:00:00Z' })],
      }),
      'ledger/2024-04.json': JSON.stringify({
        schemaVersion: 1,
        records: [ledgerRecord({ runId: 4, date: '2024-04-04T00:00:00Z' })],
      }),
      'ledger/2024-05.json': '{"schemaVersion":1,"records":[{"id":"x"}',
    })
    const { client } = testClient(server)
    const read = await readLedger(client, {
      owner,
      repo,
      branch,
      months: ['2024-04', '2024-03', '2024-02'],
    })
    assert.deepEqual(
      read?.map((r) => r.runId),
      [3, 4],
    )
    await assert.rejects(
      readLedger(client, { owner, repo, branch, months: ['2024-05'] }),
      (e: Error) => {
        assert.equal(e.name, 'LedgerError')
        assert.match(
          (e as Error & { line: string }).line,
          /^ledger carbon-ledger:ledger\/2024-05\.json: not valid JSON/,
        )
        return true
      },
    )
    await assert.rejects(
      appendLedgerRecord(client, { owner, repo, branch, record: ledgerRecord({ runId: 9 }) }),
      { name: 'LedgerError' },
      'never overwrites a file it cannot read',
    )
  })

  it('reports a read-only token as a permission error', async () => {
    const { client } = testClient(server)
    server.setReadOnly(true)
    try {
      const err = await appendLedgerRecord(client, {
        owner,
        repo: freshRepo(),
        branch,
        record: ledgerRecord({ runId: 1 }),
      }).catch((e: unknown) => e)
      assert.equal(isPermissionError(err), true)
      assert.match((err as Error).message, /contents=write/)
    } finally {
      server.setReadOnly(false)
    }
  })
})

describe('parseLedgerFile', () => {
  const parse = (text: string) => parseLedgerFile(text, 'carbon-ledger', 'ledger/2024-05.json')
  it('rejects what is not a valid ledger, naming the problem', () => {
    assert.throws(() => parse('[]'), /expected a JSON object/)
    assert.throws(() => parse('{"schemaVersion":2,"records":[]}'), /schemaVersion 2 is not 1/)
    assert.throws(() => parse('{"schemaVersion":1}'), /"records" is not an array/)
    const bad = {
      ...ledgerRecord({ runId: 1 }),
      totals: { ...ledgerRecord({ runId: 1 }).totals, totalKg: -1 },
    }
    assert.throws(
      () => parse(JSON.stringify({ schemaVersion: 1, records: [bad] })),
      /record 1: "totals.totalKg"/,
    )
    assert.throws(
      () =>
        parse(
          JSON.stringify({
            schemaVersion: 1,
            records: [{ ...ledgerRecord({ runId: 1 }), verdict: 'ok' }],
          }),
        ),
      /record 1: "verdict" "ok"/,
    )
  })
  it('accepts a BOM and returns the records', () => {
    const r = ledgerRecord({ runId: 1 })
    assert.deepEqual(parse(`\uFEFF${JSON.stringify({ schemaVersion: 1, records: [r] })}`), [r])
  })
})
