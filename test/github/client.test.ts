import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, it } from 'node:test'
import { retryAfterSeconds } from '../../src/github/client.js'
import { asCommentKey } from '../../src/core/comment-key.js'
import { GitHubError, isPermissionError, upsertComment } from '../../src/github/comment.js'
import { type FakeGitHub, startGitHubServer } from '../support/github-server.js'
import { TOKEN, testClient } from '../support/github-server-fixtures.js'

const list = 'issues.listComments'
const repo = { owner: 'octo', repo: 'demo' }

describe('GitHub client over real HTTP', () => {
  let server: FakeGitHub
  before(async () => {
    server = await startGitHubServer()
  })
  after(async () => {
    await server.close()
  })
  beforeEach(() => {
    server.requests.length = 0
    server.setReadOnly(false)
  })
  const calls = (route: string) => server.requests.filter((r) => r.route === route).length
  const listComments = (client: ReturnType<typeof testClient>['client']) =>
    client.rest.issues.listComments({ ...repo, issue_number: 1 })

  it('retries 500, 502 and 503, then succeeds', async () => {
    const { client } = testClient(server)
    server.fail(list, { status: 500 })
    server.fail(list, { status: 502 })
    server.fail(list, { status: 503 })
    const { status } = await listComments(client)
    assert.equal(status, 200)
    assert.equal(calls(list), 4)
  })

  it('gives up after `retries` retries with a typed one-line error', async () => {
    const { client } = testClient(server, { retries: 2 })
    server.fail('issues.createComment', { status: 502, message: 'Bad Gateway' }, 3)
    const body = '<!-- carbon-gate:x -->\nhi'
    const err = await upsertComment(client, {
      ...repo,
      issueNumber: 7,
      key: asCommentKey('x'),
      body,
    }).catch((e: unknown) => e)
    assert.ok(err instanceof GitHubError)
    assert.equal(err.status, 502)
    assert.match(
      err.line,
      /^github: POST \/repos\/octo\/demo\/issues\/7\/comments: 502 Bad Gateway/,
    )
    assert.ok(!err.line.includes('\n'))
    assert.equal(calls('issues.createComment'), 3)
    assert.equal(isPermissionError(err), false)
  })

  it('does not retry 400, 401, 404 or 422', async () => {
    const { client } = testClient(server)
    for (const status of [400, 401, 404, 422]) {
      server.requests.length = 0
      server.fail(list, { status })
      await assert.rejects(listComments(client), { status })
      assert.equal(calls(list), 1, `status ${status}`)
    }
  })

  it('honours a small retry-after on a plain 429', async () => {
    const { client, log } = testClient(server)
    server.fail(list, { status: 429, message: 'Too Many Requests', retryAfter: 1 })
    assert.equal((await listComments(client)).status, 200)
    assert.equal(calls(list), 2)
    assert.ok(log.lines.some((l) => /^warning: GitHub answered 429 .*retrying in 1 s/.test(l)))
  })

  it('fails a 429 at once when retry-after exceeds the bound', async () => {
    const { client } = testClient(server, { maxRetryAfterSeconds: 5 })
    server.fail(list, { status: 429, message: 'Too Many Requests', retryAfter: 3600 })
    await assert.rejects(listComments(client), { status: 429 })
    assert.equal(calls(list), 1)
  })

  it('waits out a secondary rate limit (403) and a primary one, then succeeds', async () => {
    const { client, log } = testClient(server)
    server.fail(list, { status: 403, secondaryRateLimit: true, retryAfter: 1 })
    assert.equal((await listComments(client)).status, 200)
    assert.equal(calls(list), 2)
    assert.ok(log.lines.some((l) => l.startsWith('warning: GitHub secondary rate limit')))
    server.requests.length = 0
    server.fail(list, { status: 429, message: 'API rate limit exceeded', rateLimitResetIn: 0 })
    assert.equal((await listComments(client)).status, 200)
    assert.equal(calls(list), 2)
  })

  it('does not wait out a secondary rate limit longer than the bound', async () => {
    const { client } = testClient(server, { maxRetryAfterSeconds: 1 })
    server.fail(list, { status: 403, secondaryRateLimit: true, retryAfter: 90 })
    const err: unknown = await listComments(client).catch((e: unknown) => e)
    assert.equal((err as { status?: number }).status, 403)
    assert.equal(isPermissionError(err), false, 'a rate limit is not a missing permission')
    assert.equal(calls(list), 1)
  })

  it('retries after a connection reset', async () => {
    const { client } = testClient(server)
    server.fail(list, { reset: true }, 2)
    assert.equal((await listComments(client)).status, 200)
    assert.equal(calls(list), 3)
  })

  it('bounds a hung server with the per-request timeout', async () => {
    const { client } = testClient(server, { requestTimeoutMs: 150, retries: 1 })
    server.fail(list, { delayMs: 5000 }, 2)
    await assert.rejects(listComments(client), (e: Error) => {
      assert.match(e.message, /no answer within 150 ms/)
      return true
    })
    assert.equal(calls(list), 2)
  })

  it('recovers when only the first attempt hangs', async () => {
    const { client } = testClient(server, { requestTimeoutMs: 150, retries: 1 })
    server.fail(list, { delayMs: 5000 })
    assert.equal((await listComments(client)).status, 200)
  })

  it('reports a read-only token as a permission error, without retrying', async () => {
    const { client } = testClient(server)
    server.setReadOnly(true)
    const body = '<!-- carbon-gate:default -->\nreport'
    const err = await upsertComment(client, {
      ...repo,
      issueNumber: 3,
      key: asCommentKey('default'),
      body,
    }).catch((e: unknown) => e)
    assert.equal(isPermissionError(err), true)
    assert.ok(err instanceof GitHubError)
    assert.equal(err.acceptedPermissions, 'issues=write; pull_requests=write')
    assert.match(err.message, /Resource not accessible by integration/)
    assert.equal(calls('issues.createComment'), 1)
  })

  it('sends the token to the API and never logs it', async () => {
    const { client, log } = testClient(server)
    server.fail(list, { status: 500 })
    await listComments(client)
    server.fail(list, { status: 404 })
    await listComments(client).catch(() => undefined)
    assert.ok(server.requests.every((r) => r.authorization === `token ${TOKEN}`))
    assert.ok(log.lines.length > 0)
    assert.ok(log.lines.every((l) => !l.includes(TOKEN) && !l.includes('SECRET')))
  })

  it('works under a GHES-style base URL (/api/v3) with a trailing slash', async () => {
    const { client } = testClient(server, { baseUrl: `${server.url}/api/v3/` })
    assert.equal((await listComments(client)).status, 200)
    assert.equal(server.requests.at(-1)?.path, '/repos/octo/demo/issues/1/comments')
  })
})

describe('retryAfterSeconds', () => {
  it('reads seconds and HTTP dates, and falls back to 60', () => {
    assert.equal(retryAfterSeconds('7'), 7)
    assert.equal(retryAfterSeconds('0.2'), 1)
    const now = Date.parse('2024-01-01T00:00:00Z')
    assert.equal(retryAfterSeconds('Mon, 01 Jan 2024 00:00:30 GMT', now), 30)
    assert.equal(retryAfterSeconds(undefined), 60)
    assert.equal(retryAfterSeconds('soon'), 60)
  })
})
