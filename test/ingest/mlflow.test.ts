import assert from 'node:assert/strict'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { mlflowReader } from '../../src/ingest/formats/mlflow/mlflow.js'
import { locateMetric } from '../../src/ingest/formats/mlflow/mlflow-run.js'
import type { ReadOptions } from '../../src/ingest/types.js'
import { collectJobs } from '../../src/platform/collect-jobs.js'
import { close, rejectsAt } from '../support/assertions.js'
import { fileInput, memoryInput } from '../support/memory-input.js'

const FIXTURES = join(import.meta.dirname, '../fixtures/mlflow')
const RUN = join(FIXTURES, 'mlruns/1/4f3c2a1b9d8e4f6a8b7c6d5e4f3a2b1c')
const UTC: ReadOptions = { timezone: 'UTC', maxGapSeconds: 60 }

describe('MLflow system metrics (file store)', () => {
  it('reads every GPU of a run beside gpu_0, with the name, times and model of its meta and tags', async () => {
    const r = await mlflowReader.read(
      fileInput(join(RUN, 'metrics/system/gpu_0_power_usage_watts')),
      UTC,
    )
    assert.equal(r.jobs.length, 1)
    const job = r.jobs[0]!
    // GPU 0: 1750 + 2550 + 2575 + 2525 + 2450 + 1800 J; GPU 1 (nan at 20 s): 1650 + 4900 + 2475
    // + 2400 + 1725 J
    close(job.itEnergyKWh, (13_650 + 13_150) / 3.6e6)
    assert.equal(job.name, 'bert-finetune')
    assert.equal(job.gpuCount, 2)
    assert.equal(job.gpuModel, 'NVIDIA A100-SXM4-40GB')
    assert.equal(job.startedAt, '2025-05-01T10:00:00Z')
    assert.equal(job.durationHours, 75 / 3600)
    assert.equal(job.source.format, 'mlflow')
    assert.deepEqual(r.notices, [])
  })

  it('finds one job per run in a directory search (the other GPUs are companions)', async () => {
    const collected = await collectJobs([FIXTURES], { cwd: FIXTURES, read: UTC })
    assert.deepEqual(collected.errors, [])
    assert.deepEqual(
      collected.jobs.map((j) => [j.name, j.source.path]),
      [
        [
          'bert-finetune',
          'mlruns/1/4f3c2a1b9d8e4f6a8b7c6d5e4f3a2b1c/metrics/system/gpu_0_power_usage_watts',
        ],
      ],
    )
  })

  for (const chunkSize of [1, 7, 1 << 20]) {
    it(`reads a node's folder of a multi-node run, and a run without meta.yaml (chunk ${chunkSize})`, async () => {
      const path = 'mlruns/0/abc/metrics/system/node_1/gpu_0_power_usage_watts'
      const input = memoryInput(path, '1000 100 0\n11000 300.0 1\n', {
        chunkSize,
        siblings: {
          '../../../meta.yaml':
            'run_id: abcdef0123456789\nstart_time: 1000\nend_time: null\nstatus: 1\n',
          gpu_1_power_usage_watts: '1000 50 0\n\n11000 50 1\n',
        },
      })
      const r = await mlflowReader.read(input, UTC)
      close(r.jobs[0]!.itEnergyKWh, (2000 + 500) / 3.6e6)
      assert.equal(r.jobs[0]!.name, 'mlflow run abcdef01 (node_1)')
      // still running: no end time, the duration comes from the samples
      assert.equal(r.jobs[0]!.durationHours, 10 / 3600)
      const bare = await mlflowReader.read(
        memoryInput('gpu_0_power_usage_watts', '1 2 0\n10001 2 1\n', { chunkSize }),
        UTC,
      )
      assert.equal(bare.jobs[0]!.name, 'gpu_0_power_usage_watts')
      assert.match(bare.jobs[0]!.notes!.join(' '), /no meta.yaml read/)
    })
  }

  it('names the file and line of what cannot be read', async () => {
    const read = (text: string, siblings: Record<string, string> = {}) =>
      mlflowReader.read(
        memoryInput('metrics/system/gpu_0_power_usage_watts', text, { siblings }),
        UTC,
      )
    await rejectsAt(read('1000 100 0\n1000,100,1\n'), 2, 'is not an MLflow metric line')
    await rejectsAt(read('1000 -3 0\n'), 1, 'power "-3" W')
    await rejectsAt(read('2000 1 0\n1000 1 1\n'), 2, 'time goes backwards for GPU 0')
    await rejectsAt(read('1000 nan 0\n'), undefined, 'every value is nan')
    await assert.rejects(read('1000 1 0\n', { '../../meta.yaml': 'run_name: [\n' }), {
      message: 'is not valid YAML (MLflow run meta.yaml)',
      where: 'meta.yaml:1',
    })
  })

  it('detects power metric files by name and line shape', () => {
    assert.ok(mlflowReader.detect('gpu_0_power_usage_watts', '1746093610000 100.0 0\n'))
    assert.ok(mlflowReader.detect('gpu_3_power_usage_watts', '1746093610000 100.0\n'))
    assert.ok(!mlflowReader.detect('gpu_0_power_usage_percentage', '1746093610000 10.0 0\n'))
    assert.ok(!mlflowReader.detect('gpu_0_power_usage_watts', 'watts\n'))
    assert.ok(mlflowReader.isCompanion!('gpu_1_power_usage_watts'))
    assert.ok(!mlflowReader.isCompanion!('gpu_0_power_usage_watts'))
    assert.deepEqual(locateMetric('a/metrics/system/gpu_0_power_usage_watts'), { up: '../..' })
    assert.equal(locateMetric('gpu_0_power_usage_watts'), undefined)
  })
})
