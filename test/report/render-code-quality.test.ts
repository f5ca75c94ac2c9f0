import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { renderCodeQuality } from '../../src/report/render-code-quality.js'
import type { CodeQualityIssue } from '../../src/report/render-code-quality.js'
import { codeQualityProblems } from '../support/code-quality-schema.js'
import { GOLDEN_SAMPLES, runSample } from './golden-samples.js'
import { BLOOM_REPORT, FIRST_RUN_REPORT, HOSTILE_REPORT, MIXED_REPORT } from './sample-reports.js'

const issues = (json: string): CodeQualityIssue[] => JSON.parse(json) as CodeQualityIssue[]

describe('renderCodeQuality', () => {
  it('is a valid GitLab Code Quality report for every sample, fingerprints unique', async () => {
    const golden = await Promise.all(GOLDEN_SAMPLES.map(async (s) => (await runSample(s)).report))
    for (const report of [
      ...golden,
      BLOOM_REPORT,
      MIXED_REPORT,
      FIRST_RUN_REPORT,
      HOSTILE_REPORT,
    ]) {
      const list = issues(renderCodeQuality(report))
      assert.deepEqual(codeQualityProblems(list), [])
      assert.equal(new Set(list.map((i) => i.fingerprint)).size, list.length)
    }
  })

  it('an exceeded budget is an issue at the largest job: major when it fails, minor when it warns', () => {
    const list = issues(renderCodeQuality(MIXED_REPORT))
    const run = list.find((i) => i.check_name === 'carbon-gate/budget-run')
    const increase = list.find((i) => i.check_name === 'carbon-gate/budget-increase')
    assert.equal(run?.severity, 'major')
    assert.equal(increase?.severity, 'minor')
    assert.deepEqual(run?.location, { path: 'logs/zeus/finetune.csv', lines: { begin: 1 } })
    assert.match(run.description, /Per run budget exceeded: 21\.0 kg against a limit of 15\.0 kg/)
  })

  it('warnings and errors sit at the file and line they name', () => {
    const list = issues(renderCodeQuality(MIXED_REPORT))
    const skipped = list.find((i) => i.description.includes('row has 12 fields'))
    assert.deepEqual(skipped?.location, { path: 'runs/resnet/emissions.csv', lines: { begin: 7 } })
    assert.equal(skipped?.severity, 'info')
    const gaps = list.find((i) => i.description.includes('gaps longer'))
    assert.deepEqual(gaps?.location, { path: 'logs/gpu-power.csv', lines: { begin: 1 } })
    const broken = {
      ...FIRST_RUN_REPORT,
      errors: ['bad.carbon.json:3: energyKWh is negative', '--budget: not a mass'],
    }
    const [atFile, atFlag] = issues(renderCodeQuality(broken))
    assert.deepEqual(atFile?.location, { path: 'bad.carbon.json', lines: { begin: 3 } })
    assert.equal(atFile?.severity, 'critical')
    assert.equal(atFlag?.location.path, FIRST_RUN_REPORT.jobs[0]!.source.path, 'a flag is no file')
  })

  it('fingerprints stay the same from run to run for the same problem', () => {
    const more = {
      ...MIXED_REPORT,
      budgets: MIXED_REPORT.budgets.map((b) => ({ ...b, actual: b.actual * 1.5 })),
    }
    const fp = (r: typeof MIXED_REPORT) => issues(renderCodeQuality(r)).map((i) => i.fingerprint)
    assert.deepEqual(fp(more), fp(MIXED_REPORT))
  })

  it('no issue for a run within budget and without warnings; artifact text stays one line', () => {
    assert.deepEqual(issues(renderCodeQuality(FIRST_RUN_REPORT)), [])
    for (const i of issues(renderCodeQuality(HOSTILE_REPORT))) {
      // eslint-disable-next-line no-control-regex
      assert.doesNotMatch(i.description, /[\u0000-\u001f\u2028\u2029]/)
    }
  })
})
