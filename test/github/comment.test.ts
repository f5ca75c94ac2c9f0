import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, it } from 'node:test'
import { asCommentKey } from '../../src/core/comment-key.js'
import { upsertComment } from '../../src/github/comment.js'
import { type FakeGitHub, startGitHubServer } from '../support/github-server.js'
import { testClient } from '../support/github-server-fixtures.js'

const owner = 'octo'
const repo = 'demo'
const human = { login: 'alice', type: 'User' } as const
const marker = '<!-- carbon-gate:default -->'

describe('upsertComment', () => {
  let server: FakeGitHub
  let issue = 100
  before(async () => {
    server = await startGitHubServer()
  })
  after(async () => {
    await server.close()
  })
  beforeEach(() => {
    issue += 1
    server.requests.length = 0
  })
  const upsert = (body: string, key = 'default', client = testClient(server).client) =>
    upsertComment(client, {
      owner,
      repo,
      issueNumber: issue,
      key: asCommentKey(key),
      body: `<!-- carbon-gate:${key} -->\n${body}`,
    })
  // A GraphQL query (who the token is) is a POST, but no write.
  const writes = () =>
    server.requests.filter((r) => r.method !== 'GET' && r.route !== 'graphql').map((r) => r.route)

  it('creates the comment once, then edits it in place', async () => {
    const first = await upsert('run 1')
    assert.equal(first.created, true)
    assert.match(first.url, new RegExp(`/pull/${issue}#issuecomment-${first.id}$`))
    const second = await upsert('run 2')
    assert.deepEqual(second, { id: first.id, url: first.url, created: false })
    const comments = server.comments(owner, repo, issue)
    assert.equal(comments.length, 1)
    assert.equal(comments[0]!.body, `${marker}\nrun 2`)
    assert.deepEqual(writes(), ['issues.createComment', 'issues.updateComment'])
  })

  it('finds the marker on page 2 of more than 100 comments and edits it', async () => {
    for (let i = 0; i < 130; i += 1) server.addComment(owner, repo, issue, `chatter ${i}`, human)
    const id = server.addComment(owner, repo, issue, `${marker}\nold`)
    for (let i = 0; i < 5; i += 1) server.addComment(owner, repo, issue, `more ${i}`, human)
    const result = await upsert('new')
    assert.deepEqual([result.id, result.created], [id, false])
    assert.equal(server.comments(owner, repo, issue).length, 136)
    const pages = server.requests.filter((r) => r.route === 'issues.listComments')
    assert.deepEqual(
      pages.map((r) => new URLSearchParams(r.query).get('page') ?? '1'),
      ['1', '2'],
    )
    assert.ok(pages.every((r) => new URLSearchParams(r.query).get('per_page') === '100'))
    assert.deepEqual(writes(), ['issues.updateComment'])
  })

  it("leaves a human's comment that quotes the marker alone", async () => {
    const quoting = `> ${marker}\n> carbon went up\n\nwhy?`
    const pasted = `${marker}\nI copied the bot's comment`
    const a = server.addComment(owner, repo, issue, quoting, human)
    const b = server.addComment(owner, repo, issue, pasted, human)
    const result = await upsert('report')
    assert.equal(result.created, true)
    const byId = new Map(server.comments(owner, repo, issue).map((c) => [c.id, c.body]))
    assert.equal(byId.get(a), quoting)
    assert.equal(byId.get(b), pasted)
    assert.equal(byId.size, 3)
  })

  it('with a personal token, edits that user’s own marker comment', async () => {
    server.setIdentity('ghp_personal', { login: 'carol', type: 'User' })
    const mine = server.addComment(owner, repo, issue, `${marker}\nold`, {
      login: 'carol',
      type: 'User',
    })
    const other = server.addComment(owner, repo, issue, `${marker}\nalice's`, human)
    const { client } = testClient(server, { token: 'ghp_personal' })
    const result = await upsert('new', 'default', client)
    assert.deepEqual([result.id, result.created], [mine, false])
    assert.equal(
      server.comments(owner, repo, issue).find((c) => c.id === other)?.body,
      `${marker}\nalice's`,
    )
  })

  it('keeps the oldest of several copies and deletes the newer ones', async () => {
    const oldest = server.addComment(owner, repo, issue, `${marker}\na`)
    server.addComment(owner, repo, issue, 'unrelated bot text')
    server.addComment(owner, repo, issue, `${marker}\nb`)
    server.addComment(owner, repo, issue, `${marker}\nc`)
    const result = await upsert('d')
    assert.equal(result.id, oldest)
    const left = server.comments(owner, repo, issue)
    assert.deepEqual(
      left.map((c) => c.body),
      [`${marker}\nd`, 'unrelated bot text'],
    )
    assert.deepEqual(writes(), [
      'issues.updateComment',
      'issues.deleteComment',
      'issues.deleteComment',
    ])
  })

  it('keeps comments of other keys apart', async () => {
    await upsert('training', 'train')
    await upsert('inference', 'infer')
    await upsert('training 2', 'train')
    const bodies = server.comments(owner, repo, issue).map((c) => c.body)
    assert.deepEqual(bodies, [
      '<!-- carbon-gate:train -->\ntraining 2',
      '<!-- carbon-gate:infer -->\ninference',
    ])
  })

  it('recreates the comment, once, when it is deleted between listing and editing', async () => {
    const id = server.addComment(owner, repo, issue, `${marker}\nold`)
    server.before('issues.updateComment', () => {
      server.removeComment(owner, repo, id) // someone deletes it by hand just now
    })
    const result = await upsert('new')
    assert.equal(result.created, true)
    assert.notEqual(result.id, id)
    assert.deepEqual(
      server.comments(owner, repo, issue).map((c) => [c.id, c.body]),
      [[result.id, `${marker}\nnew`]],
    )
    assert.deepEqual(writes(), ['issues.updateComment', 'issues.createComment'])
  })

  it('gives up when the recreated comment cannot be written either', async () => {
    const id = server.addComment(owner, repo, issue, `${marker}\nold`)
    server.before('issues.updateComment', () => {
      server.removeComment(owner, repo, id)
    })
    server.fail('issues.createComment', { status: 404, message: 'Not Found' })
    await assert.rejects(upsert('new'), { name: 'GitHubError', status: 404 })
    assert.deepEqual(writes(), ['issues.updateComment', 'issues.createComment'])
  })

  it('settles a race: a copy created meanwhile by another run is merged into the oldest', async () => {
    let rival = 0
    server.before('issues.createComment', () => {
      rival = server.addComment(owner, repo, issue, `${marker}\nrival run`)
    })
    const result = await upsert('our run')
    assert.deepEqual([result.id, result.created], [rival, false])
    const left = server.comments(owner, repo, issue)
    assert.deepEqual(
      left.map((c) => [c.id, c.body]),
      [[rival, `${marker}\nour run`]],
    )
  })

  it('two runs upserting at once leave one comment', async () => {
    const results = await Promise.all([upsert('run A'), upsert('run B'), upsert('run C')])
    const left = server.comments(owner, repo, issue)
    assert.equal(left.length, 1)
    assert.match(left[0]!.body, /^<!-- carbon-gate:default -->\nrun [ABC]$/)
    assert.ok(results.some((r) => r.id === left[0]!.id))
  })

  it('does not write when the body is unchanged', async () => {
    await upsert('same')
    server.requests.length = 0
    const again = await upsert('same')
    assert.equal(again.created, false)
    assert.deepEqual(writes(), [])
  })

  it('refuses a body without its marker and keys that could break the marker', async () => {
    const { client } = testClient(server)
    const key = asCommentKey('default')
    await assert.rejects(
      upsertComment(client, { owner, repo, issueNumber: issue, key, body: 'no marker' }),
      /must start with <!-- carbon-gate:default -->/,
    )
    const forged = 'a -->' as typeof key
    await assert.rejects(
      upsertComment(client, { owner, repo, issueNumber: issue, key: forged, body: 'a -->' }),
      /not a comment key/,
    )
    assert.deepEqual(writes(), [])
  })

  it('keeps one comment for a key with : and /, apart from its neighbours', async () => {
    const first = await upsert('one', 'model/gpt2:small')
    const second = await upsert('two', 'model/gpt2:small')
    await upsert('other', 'model/gpt2')
    assert.equal(second.id, first.id)
    const bodies = server.comments(owner, repo, issue).map((c) => c.body)
    assert.deepEqual(bodies, [
      '<!-- carbon-gate:model/gpt2:small -->\ntwo',
      '<!-- carbon-gate:model/gpt2 -->\nother',
    ])
  })

  it('never edits or deletes a marker comment by another bot or user', async () => {
    const otherBot = { login: 'dependabot[bot]', type: 'Bot' } as const
    const theirs = server.addComment(owner, repo, issue, `${marker}\nnot ours`, otherBot)
    const alices = server.addComment(owner, repo, issue, `${marker}\nalice's copy`, human)
    const result = await upsert('ours')
    assert.equal(result.created, true)
    const byId = new Map(server.comments(owner, repo, issue).map((c) => [c.id, c.body]))
    assert.equal(byId.get(theirs), `${marker}\nnot ours`)
    assert.equal(byId.get(alices), `${marker}\nalice's copy`)
    assert.equal(byId.size, 3)
    assert.deepEqual(writes(), ['issues.createComment'])
    // And again: our own comment is edited, theirs still untouched.
    await upsert('ours 2')
    const after = new Map(server.comments(owner, repo, issue).map((c) => [c.id, c.body]))
    assert.equal(after.get(theirs), `${marker}\nnot ours`)
    assert.equal(after.size, 3)
  })

  it('with an app token, touches only the comments that app wrote', async () => {
    const app = { login: 'carbon-app[bot]', type: 'Bot' } as const
    server.setIdentity('ghs_app', app)
    const actions = server.addComment(owner, repo, issue, `${marker}\nby the Actions token`)
    const mine = server.addComment(owner, repo, issue, `${marker}\nold`, app)
    const { client } = testClient(server, { token: 'ghs_app' })
    const result = await upsert('new', 'default', client)
    assert.deepEqual([result.id, result.created], [mine, false])
    const byId = new Map(server.comments(owner, repo, issue).map((c) => [c.id, c.body]))
    assert.equal(byId.get(actions), `${marker}\nby the Actions token`)
    assert.equal(byId.get(mine), `${marker}\nnew`)
  })

  it('takes over its comment under a legacy key, rewritten with the new marker', async () => {
    const legacy = server.addComment(owner, repo, issue, '<!-- carbon-gate:train-gate -->\nold')
    const { client } = testClient(server)
    const result = await upsertComment(client, {
      owner,
      repo,
      issueNumber: issue,
      key: asCommentKey('default'),
      legacyKeys: [asCommentKey('train-gate')],
      identity: 'github-actions[bot]',
      body: `${marker}\nnew`,
    })
    assert.deepEqual([result.id, result.created], [legacy, false])
    assert.deepEqual(
      server.comments(owner, repo, issue).map((c) => c.body),
      [`${marker}\nnew`],
    )
    assert.ok(!server.requests.some((r) => r.route === 'graphql'), 'a known identity is not asked')
  })
})
