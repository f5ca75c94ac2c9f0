import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { dataDirFor, prepareDatasets } from '../../bench/generate.js'
import { runOnce, writeRssProbe } from '../../bench/measure.js'
import type { BenchParams } from '../../bench/params.js'

const TINY: BenchParams = {
  seed: 11,
  gpus: 2,
  nvidiaSmiBytes: { small: 2_000, large: 6_000 },
  zeusBytes: { small: 3_000, large: 9_000 },
  eco2aiBytes: { small: 2_000, large: 5_000 },
  codecarbonRows: { small: 3, large: 9 },
  codecarbonRuns: 2,
  eco2aiEpochsPerRun: 4,
  manyFiles: { small: 3, large: 7 },
}

test('prepareDatasets writes every input and a manifest, then reuses them', () => {
  const root = mkdtempSync(join(tmpdir(), 'bench-gen-'))
  try {
    const logged: string[] = []
    const first = prepareDatasets(TINY, (l) => logged.push(l), root)
    assert.equal(first.dir, dataDirFor(TINY, root))
    assert.equal(
      logged.length,
      15,
      'startup, 2 directories, 2 sweeps × 2 sizes, 4 formats × 2 sizes',
    )
    // The sweeps: one run per CodeCarbon row, one job per generic line; energies as generated.
    const sweep = first.entry('sweep-generic:large')
    const doc = JSON.parse(readFileSync(first.path('sweep-generic:large'), 'utf8')) as {
      carbonGate: number
      jobs: { energyKWh: number }[]
    }
    assert.equal(doc.carbonGate, 1)
    assert.equal(doc.jobs.length, 9)
    assert.equal(sweep.rows, 9)
    const sum = doc.jobs.reduce((a, j) => a + j.energyKWh, 0)
    assert.ok(Math.abs(sum - sweep.expectedKWh) <= 1e-12 * sum)
    assert.equal(first.entry('sweep-codecarbon:small').rows, 3)
    assert.equal(readdirSync(first.path('many:large')).length, 7)
    const cc = first.entry('codecarbon:large')
    assert.equal(cc.rows, 9)
    assert.equal(statSync(first.path('codecarbon:large')).size, cc.bytes)
    const smi = first.entry('nvidia-smi:small')
    assert.ok(
      smi.bytes >= 2_000 && smi.bytes < 2_000 + 400,
      'stops after the poll that crosses the size',
    )
    assert.ok(smi.expectedKWh > 0)
    const manifest = JSON.parse(readFileSync(join(first.dir, 'manifest.json'), 'utf8')) as {
      params: BenchParams
    }
    assert.deepEqual(manifest.params, TINY)

    const bytesBefore = readFileSync(first.path('zeus:large'))
    const again: string[] = []
    const second = prepareDatasets(TINY, (l) => again.push(l), root)
    assert.deepEqual(again, [], 'nothing regenerated')
    assert.deepEqual(second.manifest.entries, first.manifest.entries)

    // A damaged file is generated again, with the same bytes.
    writeFileSync(first.path('zeus:large'), 'truncated')
    const third: string[] = []
    prepareDatasets(TINY, (l) => third.push(l), root)
    assert.equal(third.length, 1)
    assert.match(third[0]!, /zeus/)
    assert.deepEqual(readFileSync(first.path('zeus:large')), bytesBefore)
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
})

test('other parameters give another data directory', () => {
  assert.notEqual(dataDirFor(TINY, '/r'), dataDirFor({ ...TINY, seed: 12 }, '/r'))
})

test('runOnce: the probe reports peak RSS without touching stdout', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-probe-'))
  try {
    const probe = writeRssProbe(dir)
    const sample = await runOnce(
      {
        id: 'hello',
        label: 'hello',
        command: process.execPath,
        args: ['--import', probe, '-e', 'process.stdout.write(JSON.stringify({ energyKWh: 2.5 }))'],
        rss: true,
        energy: (out) => (JSON.parse(out) as { energyKWh: number }).energyKWh,
      },
      dir,
    )
    assert.equal(sample.ok, true)
    assert.equal(sample.exitCode, 0)
    assert.equal(sample.energyKWh, 2.5)
    assert.ok(sample.maxRssKiB !== undefined && sample.maxRssKiB > 1024, 'more than 1 MiB')

    const failed = await runOnce(
      {
        id: 'fail',
        label: 'fail',
        command: process.execPath,
        args: ['-e', 'console.error("carbon-gate: error: x.csv:3: bad"); process.exit(2)'],
        rss: false,
      },
      dir,
    )
    assert.equal(failed.ok, false)
    assert.equal(failed.error, 'exit 2: carbon-gate: error: x.csv:3: bad')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
