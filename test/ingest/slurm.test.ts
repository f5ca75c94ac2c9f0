import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { slurmReader } from '../../src/ingest/formats/slurm/slurm.js'
import {
  parseAllocTres,
  parseElapsed,
  parseJoules,
} from '../../src/ingest/formats/slurm/slurm-fields.js'
import type { ReadOptions } from '../../src/ingest/types.js'
import { close, rejectsAt } from '../support/assertions.js'
import { memoryInput } from '../support/memory-input.js'

const FIXTURES = join(import.meta.dirname, '../fixtures/slurm')
const UTC: ReadOptions = { timezone: 'UTC', maxGapSeconds: 60 }
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8')

function read(path: string, text: string, options: Partial<ReadOptions> = {}, chunkSize = 7) {
  return slurmReader.read(memoryInput(path, text, { chunkSize }), { ...UTC, ...options })
}

describe('sacct -P', () => {
  for (const chunkSize of [1, 7, 1 << 20]) {
    it(`takes each job's own total, never adding its steps (chunk ${chunkSize})`, async () => {
      const r = await read('sacct.psv', fixture('sacct-steps.psv'), {}, chunkSize)
      assert.deepEqual(
        r.jobs.map((j) => j.name),
        ['train-llm (4242)', 'eval (4243)', 'sweep (4244_1)', 'multi-node (4245)'],
      )
      const [train, evalJob, sweep, multi] = r.jobs
      // the job line: 20 100 000 J (= batch + extern as slurmctld added them), not 40 200 000
      close(train!.itEnergyKWh, 20_100_000 / 3.6e6)
      assert.equal(train!.gpuCount, 4)
      assert.equal(train!.gpuModel, 'a100')
      assert.equal(train!.cpuThreads, 32)
      assert.equal(train!.startedAt, '2025-03-04T10:00:00Z')
      assert.equal(train!.durationHours, 2.5)
      assert.deepEqual(train!.source, { path: 'sacct.psv', format: 'slurm', line: 2 })
      assert.deepEqual(train!.notes, ['energy from the job line'])
      // still running (End Unknown, 0 on the job line): its extern step spans the allocation
      close(evalJob!.itEnergyKWh, 1_800_000 / 3.6e6)
      assert.equal(evalJob!.durationHours, 20 / 60)
      assert.match(evalJob!.notes![0]!, /extern step/)
      // 0 J on the job line, NO_VAL64 on its step: 0 kWh, said in a notice
      assert.equal(sweep!.itEnergyKWh, 0)
      assert.equal(sweep!.gpuCount, undefined)
      // empty on the job line, no extern step: the sum of its steps
      close(multi!.itEnergyKWh, 216_000_000 / 3.6e6)
      assert.equal(multi!.durationHours, 25)
      assert.equal(multi!.gpuCount, 16)
      assert.deepEqual(
        r.notices.map((n) => n.message),
        ['1 job has 0 J recorded: counted as 0 kWh'],
      )
    })
  }

  it('reads -p output (a trailing |) with CRLF, in the configured time zone', async () => {
    const r = await read('sacct.txt', fixture('sacct-parsable-crlf.txt'), {
      timezone: 'Europe/Paris',
    })
    assert.equal(r.jobs.length, 1)
    close(r.jobs[0]!.itEnergyKWh, 0.15)
    assert.equal(r.jobs[0]!.startedAt, '2024-11-02T06:00:00Z')
    assert.equal(r.jobs[0]!.cpuThreads, 2)
  })

  it('is an error when no job has energy (energy accounting is off)', async () => {
    await rejectsAt(
      read('s.psv', fixture('sacct-no-energy.psv')),
      undefined,
      'AcctGatherEnergyType',
    )
  })

  it('names the line of a value that cannot be used', async () => {
    const head = 'JobID|Start|ConsumedEnergyRaw\n'
    await rejectsAt(read('s.psv', `${head}1|2025-01-01T00:00:00|12kJ\n`), 2, 'not an energy in J')
    await rejectsAt(read('s.psv', `${head}1|yesterday|12\n`), 2, 'Start "yesterday"')
    await rejectsAt(read('s.psv', 'JobID|JobName\n1|x\n'), 1, 'lacks JobID and ConsumedEnergyRaw')
    await rejectsAt(read('s.psv', head), undefined, 'a header but no rows')
  })

  it('reads ConsumedEnergy with its suffixes when Raw is not there, and skips odd lines', async () => {
    const text =
      'JobID|ConsumedEnergy\n9|1.50M\n9.batch|1.50M\nbroken line\nJobID|ConsumedEnergy\n10|250K\n'
    const r = await read('s.psv', text)
    close(r.jobs[0]!.itEnergyKWh, 1.5e6 / 3.6e6)
    close(r.jobs[1]!.itEnergyKWh, 250e3 / 3.6e6)
    assert.deepEqual(
      r.notices.map((n) => [n.line, n.message]),
      [[4, '1 line skipped: their field count differs from the header']],
    )
  })

  it('detects sacct output by its header, whatever the file name', () => {
    assert.ok(slurmReader.detect('energy.txt', fixture('sacct-steps.psv')))
    assert.ok(!slurmReader.detect('x.csv', 'JobID,ConsumedEnergyRaw\n1,2\n'))
    assert.ok(!slurmReader.detect('x.psv', 'JobID|JobName|Elapsed\n'))
  })
})

describe('sacct fields', () => {
  it('reads Elapsed, energies and AllocTRES as sacct prints them', () => {
    assert.equal(parseElapsed('1-02:03:04'), 93_784)
    assert.equal(parseElapsed('02:03:04'), 7384)
    assert.equal(parseElapsed('03:04'), 184)
    assert.equal(parseElapsed(''), undefined)
    assert.ok(Number.isNaN(parseElapsed('soon')))
    assert.equal(parseJoules('18446744073709551614'), undefined)
    assert.equal(parseJoules('2.5G'), 2.5e9)
    assert.deepEqual(parseAllocTres('billing=8,cpu=8,gres/gpu:h100=2,gres/gpu:l4=1,node=1'), {
      gpus: 3,
      gpuModel: 'h100, l4',
      cpus: 8,
    })
  })
})
