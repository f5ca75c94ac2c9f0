/**
 * The built CLI reading an nvidia-smi log with worker threads (dist/piece-worker.js) against the
 * same CLI in one thread: the same report, byte for byte, on a log with gaps, odd rows and
 * re-printed headers (where the reader gives up on pieces) and on a clean one.
 */
import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { makeTempDir } from '../support/temp.js'
import { generateLog } from '../perf/smi-log.js'
import { runNode } from './run-dist.js'

test('workers give the report one thread gives', async () => {
  const dir = makeTempDir('cg-workers-')
  const logs = {
    'clean.csv': generateLog({
      seed: 21,
      layout: 'units',
      gpus: 8,
      rows: 40_000,
      odd: 0,
      gaps: 0.01,
    }),
    'odd.csv': generateLog({ seed: 22, layout: 'units', gpus: 4, rows: 20_000, odd: 0.02 }),
  }
  for (const [name, text] of Object.entries(logs)) {
    writeFileSync(join(dir, name), text)
    const reports: string[] = []
    for (const threads of ['1', '3']) {
      const ran = await runNode(
        'dist/cli.js',
        ['check', name, '--format', 'json', '--intensity', '100'],
        {
          cwd: dir,
          env: { CARBON_GATE_WORKERS: threads, CARBON_GATE_WORKERS_MIN_BYTES: '0' },
        },
      )
      assert.equal(ran.code, 0, ran.stderr)
      reports.push(ran.stdout)
    }
    assert.equal(reports[1], reports[0], name)
  }
})
