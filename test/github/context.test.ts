import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { type ActionsContextLike, runContextFrom } from '../../src/github/context.js'

const base = {
  repo: { owner: 'octo', repo: 'demo' },
  sha: 'f'.repeat(40),
  ref: 'refs/heads/main',
  runId: 900,
  runAttempt: 2,
  workflow: 'train',
  job: 'gate',
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
}
const repository = { default_branch: 'main', full_name: 'octo/demo' }
const ctx = (eventName: string, payload: object, over: Partial<ActionsContextLike> = {}) =>
  runContextFrom({ ...base, eventName, payload, ...over })

describe('runContextFrom', () => {
  it('pull_request: PR number, base and head, measuring the head (not the merge commit)', () => {
    const payload = {
      number: 17,
      repository,
      pull_request: {
        number: 17,
        head: { sha: 'a'.repeat(40), ref: 'feature' },
        base: { sha: 'b'.repeat(40), ref: 'main' },
      },
    }
    const run = ctx('pull_request', payload, { ref: 'refs/pull/17/merge' })
    assert.deepEqual(run, {
      ...base,
      eventName: 'pull_request',
      owner: 'octo',
      repo: 'demo',
      sha: 'a'.repeat(40),
      ref: 'refs/pull/17/merge',
      defaultBranch: 'main',
      prNumber: 17,
      baseSha: 'b'.repeat(40),
      headSha: 'a'.repeat(40),
      isPullRequest: true,
      isDefaultBranchPush: false,
    })
    assert.equal(ctx('pull_request_target', payload).prNumber, 17)
  })

  it('push to the default branch writes the ledger; other branches and deletions do not', () => {
    const push = { repository, before: 'b'.repeat(40), after: base.sha }
    const main = ctx('push', push)
    assert.equal(main.isDefaultBranchPush, true)
    assert.equal(main.baseSha, 'b'.repeat(40))
    assert.equal(main.headSha, base.sha)
    assert.equal(main.prNumber, undefined)
    assert.equal(ctx('push', push, { ref: 'refs/heads/dev' }).isDefaultBranchPush, false)
    assert.equal(ctx('push', push, { ref: 'refs/tags/main' }).isDefaultBranchPush, false)
    assert.equal(ctx('push', { ...push, deleted: true }).isDefaultBranchPush, false)
    const created = ctx('push', { ...push, before: '0'.repeat(40) }, { ref: 'refs/heads/new' })
    assert.equal(created.baseSha, undefined)
  })

  it('workflow_run after a same-repo PR run: the measured commit, PR and base come from the run', () => {
    const payload = {
      repository,
      workflow_run: {
        id: 4242,
        head_sha: 'a'.repeat(40),
        head_branch: 'feature',
        event: 'pull_request',
        head_repository: { full_name: 'octo/demo' },
        pull_requests: [
          { number: 17, base: { sha: 'b'.repeat(40) }, head: { sha: 'a'.repeat(40) } },
        ],
      },
    }
    const run = ctx('workflow_run', payload)
    assert.equal(run.sha, 'a'.repeat(40))
    assert.equal(run.headSha, 'a'.repeat(40))
    assert.equal(run.ref, 'refs/heads/feature')
    assert.equal(run.prNumber, 17)
    assert.equal(run.baseSha, 'b'.repeat(40))
    assert.equal(run.runId, 900, 'our own run')
    assert.equal(run.isDefaultBranchPush, false)
    assert.deepEqual(run.workflowRun, {
      id: 4242,
      headSha: 'a'.repeat(40),
      headBranch: 'feature',
      prNumbers: [17],
      event: 'pull_request',
    })
  })

  it("workflow_run after a fork PR: no PR number (GitHub leaves it empty), and the fork's main is not ours", () => {
    const payload = {
      repository,
      workflow_run: {
        id: 4243,
        head_sha: 'c'.repeat(40),
        head_branch: 'main',
        event: 'pull_request',
        head_repository: { full_name: 'mallory/demo' },
        pull_requests: [],
      },
    }
    const run = ctx('workflow_run', payload)
    assert.equal(run.prNumber, undefined)
    assert.equal(run.baseSha, undefined)
    assert.equal(run.isDefaultBranchPush, false)
    assert.deepEqual(run.workflowRun?.prNumbers, [])
  })

  it('workflow_run after a push to the default branch writes the ledger', () => {
    const workflowRun = {
      id: 77,
      head_sha: 'd'.repeat(40),
      head_branch: 'main',
      event: 'push',
      head_repository: { full_name: 'Octo/Demo' },
      pull_requests: [],
    }
    assert.equal(
      ctx('workflow_run', { repository, workflow_run: workflowRun }).isDefaultBranchPush,
      true,
    )
    const fork = { ...workflowRun, head_repository: { full_name: 'mallory/demo' } }
    assert.equal(ctx('workflow_run', { repository, workflow_run: fork }).isDefaultBranchPush, false)
  })

  it('workflow_dispatch and other events keep the commit and ref they ran on', () => {
    const run = ctx('workflow_dispatch', { repository, inputs: {} }, { ref: 'refs/heads/main' })
    assert.equal(run.sha, base.sha)
    assert.equal(run.defaultBranch, 'main')
    assert.equal(run.isDefaultBranchPush, false)
    assert.equal(run.prNumber, undefined)
    const schedule = ctx('schedule', {})
    assert.equal(schedule.defaultBranch, undefined)
    assert.equal(schedule.sha, base.sha)
  })

  it('ignores malformed payload fields', () => {
    const run = ctx('pull_request', { pull_request: { number: '17', head: null, base: 5 } })
    assert.equal(run.prNumber, undefined)
    assert.equal(run.headSha, undefined)
    assert.equal(run.sha, base.sha)
  })
})
