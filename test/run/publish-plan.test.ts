import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Config } from '../../src/config/types.js'
import { DEFAULT_CONFIG } from '../../src/config/types.js'
import { asCommentKey } from '../../src/core/comment-key.js'
import type { Report } from '../../src/core/types.js'
import { needsGitHub, planForReport, planPublish } from '../../src/run/publish-plan.js'
import { needsPullRequestLookup, withPullRequest } from '../../src/run/run-context.js'
import {
  BASE_SHA,
  HEAD_SHA,
  PUSHED_SHA,
  pullRequestContext,
  pushContext,
  workflowRunContext,
} from './contexts.js'

const config = (over: Partial<Config> = {}): Config => ({ ...DEFAULT_CONFIG, ...over })

describe('planPublish over the contexts GitHub gives', () => {
  it('pull request: comment on it, compare with its base, read the ledger, write nothing', () => {
    const plan = planPublish(config(), pullRequestContext(12))
    assert.deepEqual(plan, {
      key: 'default',
      series: 'default',
      legacyKeys: ['train-gate'],
      workflow: 'train',
      job: 'gate',
      sha: HEAD_SHA,
      prNumber: 12,
      baseSha: BASE_SHA,
      comment: true,
      commentLayout: 'compact',
      ledgerRead: true,
      ledgerWrite: false,
      ledgerBranch: 'carbon-ledger',
      badge: false,
      commitStatus: false,
      warnings: [],
    })
  })

  it('push to the default branch: record the pushed commit (and the badge), no comment', () => {
    const plan = planPublish(config(), pushContext({ before: BASE_SHA }))
    assert.equal(plan.sha, PUSHED_SHA)
    assert.equal(plan.baseSha, BASE_SHA, 'a push compares with the commit it replaced')
    assert.equal(plan.comment, false)
    assert.equal(plan.ledgerWrite, true)
    assert.equal(plan.badge, true)
    assert.equal(planPublish(config({ badge: false }), pushContext()).badge, false)
    assert.equal(planPublish(config(), pushContext({ branch: 'dev' })).ledgerWrite, false)
    assert.equal(
      planPublish(config({ ledger: 'write' }), pushContext({ branch: 'dev' })).ledgerWrite,
      true,
    )
  })

  it('fork pull request: the same plan as any PR (the token decides what can be done)', () => {
    const plan = planPublish(config(), pullRequestContext(13, { headSha: 'e'.repeat(40) }))
    assert.equal(plan.comment, true)
    assert.equal(plan.sha, 'e'.repeat(40))
    assert.equal(plan.ledgerWrite, false)
    assert.equal(
      planPublish(config({ ledger: 'write' }), pullRequestContext(13)).ledgerWrite,
      false,
    )
  })

  it('workflow_run after a same-repo PR: its PR, its head and the PR base SHA', () => {
    const plan = planPublish(config(), workflowRunContext('pull_request'))
    assert.equal(plan.prNumber, 7)
    assert.equal(plan.sha, HEAD_SHA)
    assert.equal(plan.baseSha, BASE_SHA, 'the baseline is the PR base, not the latest record')
    assert.equal(plan.ledgerWrite, false)
  })

  it('workflow_run after a fork PR: the PR is looked up, then its number and base are used', () => {
    const context = workflowRunContext('fork_pull_request')
    assert.equal(needsPullRequestLookup(context), true)
    const before = planPublish(config(), context)
    assert.equal(before.comment, false)
    assert.deepEqual(before.warnings, [
      'No pull request number found in the event: no comment posted.',
    ])
    const found = withPullRequest(context, { number: 15, baseSha: BASE_SHA })
    assert.equal(needsPullRequestLookup(found), false)
    const plan = planPublish(config(), found)
    assert.equal(plan.prNumber, 15)
    assert.equal(plan.baseSha, BASE_SHA)
    assert.equal(plan.comment, true)
    assert.deepEqual(plan.warnings, [])
    assert.equal(needsPullRequestLookup(workflowRunContext('pull_request')), false)
    assert.equal(needsPullRequestLookup(pullRequestContext(1)), false)
  })

  it("workflow_run after a push: our default branch writes, a fork's branch named main never does", () => {
    assert.equal(planPublish(config(), workflowRunContext('push')).ledgerWrite, true)
    assert.equal(planPublish(config(), workflowRunContext('fork_push')).ledgerWrite, false)
    assert.equal(needsPullRequestLookup(workflowRunContext('push')), false)
  })

  it('matrix legs share the default key of their job; a key per leg keeps one comment each', () => {
    const legs = [1, 2].map(() => planPublish(config(), pullRequestContext(20, { job: 'train' })))
    assert.equal(legs[0]!.key, legs[1]!.key)
    const keyed = ['a100', 'h100'].map((gpu) =>
      planPublish(config({ commentKey: asCommentKey(`train/${gpu}`) }), pullRequestContext(20)),
    )
    assert.deepEqual(
      keyed.map((p) => p.key),
      ['train/a100', 'train/h100'],
    )
  })

  it('a configured key, or one made from a 120-character workflow and job, is always valid', () => {
    const long = pullRequestContext(21, { workflow: 'w'.repeat(60), job: 'j'.repeat(59) })
    const plan = planPublish(config(), long)
    assert.equal(plan.key, 'default')
    assert.equal(plan.legacyKeys[0]!.length, 80, 'the legacy key it adopts follows the rule')
    assert.equal(
      planPublish(config({ commentKey: asCommentKey('model/gpt2:small') }), long).key,
      'model/gpt2:small',
    )
  })

  it('series: default with no key; comment-key alone names it; series alone keeps the key', () => {
    const push = planPublish(config(), pushContext())
    const pr = planPublish(
      config(),
      pullRequestContext(5, { workflow: 'train (PR)', job: 'check' }),
    )
    assert.deepEqual(
      [push.series, pr.series, push.key, pr.key],
      ['default', 'default', 'default', 'default'],
    )
    const keyed = planPublish(config({ commentKey: asCommentKey('gpu') }), pullRequestContext(5))
    assert.deepEqual([keyed.series, keyed.key, keyed.legacyKeys], ['gpu', 'gpu', []])
    const named = planPublish(config({ series: asCommentKey('infer') }), pullRequestContext(5))
    assert.deepEqual([named.series, named.key], ['infer', 'infer'])
    const both = planPublish(
      config({ series: asCommentKey('infer'), commentKey: asCommentKey('infer-a100') }),
      pullRequestContext(5),
    )
    assert.deepEqual([both.series, both.key], ['infer', 'infer-a100'])
    const fileNamed = planPublish(
      config(),
      pushContext({ workflow: '.github/workflows/train.yml' }),
    )
    assert.equal(fileNamed.key, 'default', 'a workflow without name: still gets a key')
  })

  it('ledger modes: read reads and never writes, off does neither; comment false posts nothing', () => {
    const read = planPublish(config({ ledger: 'read' }), pushContext())
    assert.deepEqual([read.ledgerRead, read.ledgerWrite], [true, false])
    const off = planPublish(config({ ledger: 'off' }), pushContext())
    assert.deepEqual([off.ledgerRead, off.ledgerWrite], [false, false])
    const quiet = planPublish(config({ comment: false }), pullRequestContext(3))
    assert.equal(quiet.comment, false)
    assert.deepEqual(quiet.warnings, [])
  })

  it('a report with errors is never recorded', () => {
    const plan = planPublish(config(), pushContext())
    const failed = { errors: ['x: bad'] } as unknown as Report
    assert.deepEqual(
      [planForReport(plan, failed).ledgerWrite, planForReport(plan, failed).badge],
      [false, false],
    )
    const clean = { errors: [] } as unknown as Report
    assert.equal(planForReport(plan, clean), plan)
  })

  it('talks to GitHub only with a token and something to do', () => {
    assert.equal(needsGitHub(config(), ''), false)
    assert.equal(needsGitHub(config(), 'ghs_x'), true)
    assert.equal(needsGitHub(config({ comment: false, ledger: 'off' }), 'ghs_x'), false)
    assert.equal(needsGitHub(config({ comment: false, ledger: 'off', runId: '5' }), 'ghs_x'), true)
  })
})
