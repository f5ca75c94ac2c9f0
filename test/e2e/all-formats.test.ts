/**
 * `carbon-gate check examples` (a directory holding one artifact of each format) through the
 * built CLI: one job per run, the right format id, and the energy within 1 % of values computed
 * by hand from the example files (independently of the readers: last row per run for CodeCarbon,
 * trapezoids per GPU for power logs, outermost windows for Zeus, counter deltas for DCGM, the
 * stated totals of Megatron, Slurm job lines, BoAmps and optimum-benchmark targets).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Report } from '../../src/core/types.js'
import { runNode } from './run-dist.js'

const EXPECTED: Record<string, { jobs: number; itEnergyKWh: number }> = {
  // 3 runs, energy_consumed of each run's last row (v1.2: no pue column)
  'codecarbon/v1.2-cpu-sweep/emissions.csv': { jobs: 3, itEnergyKWh: 0.093504 },
  'codecarbon/v2.4-laptop/emissions.csv': { jobs: 3, itEnergyKWh: 0.00929034851531024 },
  // 6 cumulative flush rows of one run: the last, ÷ its pue
  'codecarbon/v3.2-gpu-finetune/emissions.csv': { jobs: 1, itEnergyKWh: 0.5235190038888888 },
  // predicted block (12 epochs, ran to completion) 1.627146 kWh ÷ PUE 1.58
  'carbontracker/logs/51234.40817_2025-04-14T093012Z_carbontracker_output.log': {
    jobs: 1,
    itEnergyKWh: 1.627146 / 1.58,
  },
  // two runs: 2.1927 + 0.0611 kWh (the second from per-epoch rows)
  'eco2ai/emission.csv': { jobs: 2, itEnergyKWh: 2.2538 },
  'generic/bloom-176b-training.carbon.json': { jobs: 1, itEnergyKWh: 433196 },
  // trapezoids over 8 GPUs, 120 polls at 1 Hz
  'nvidia-smi/a100x8-training-power.csv': { jobs: 1, itEnergyKWh: 0.07588072416598823 },
  // 7 windows, 1 outermost
  'zeus/zeus-monitor-log.csv': { jobs: 1, itEnergyKWh: 1.1947189858333334 },
  'impact-tracker/bert-base-finetune/impacttracker/data.json': {
    jobs: 1,
    itEnergyKWh: 0.012307432717513046,
  },
  // TOTEC counter: last − first per GPU, mJ
  'dcgm/dcgmi-dmon-4gpu.txt': { jobs: 1, itEnergyKWh: 0.01941638111111111 },
  // 4 GPUs × 61 values 10 s apart: trapezoids of 60 + 8·gpu + 1.5·(k mod 10) W
  'mlflow/mlruns/3/9a1f6c2e4b8d4e0f9c3b7a6d5e2f1c08/metrics/system/gpu_0_power_usage_watts': {
    jobs: 1,
    itEnergyKWh: 0.0525,
  },
  // 4 GPUs × 120 stats records 15 s apart: trapezoids of 150 + 5·(k mod 7) W
  'wandb/run-20250501_100000-7hq2m4zp/run-7hq2m4zp.wandb': { jobs: 1, itEnergyKWh: 0.32725 },
  // load_model 0.00009 + first_forward 0.000011 + forward (one call) 0.0000012 kWh
  'optimum-benchmark/distilbert-sst2-a10g/benchmark_report.json': {
    jobs: 3,
    itEnergyKWh: 0.0001022,
  },
  // the last of 4 cumulative logger records of one run
  'codecarbon-json/codecarbon-logger.log': { jobs: 1, itEnergyKWh: 0.03 },
  'boamps/boamps_report_3e2d1c0b-a998-4877-8665-5a4b3c2d1e0f.json': { jobs: 1, itEnergyKWh: 0.214 },
  // "Total training energy (GPU): 5.870 MJ" ÷ 3.6
  'megatron/pretrain-gpt-1.3b.log': { jobs: 1, itEnergyKWh: 5.87 / 3.6 },
  // the two job lines, 34 560 000 + 1 440 000 J (their steps not added again)
  'slurm/sacct-energy.psv': { jobs: 2, itEnergyKWh: 10 },
  // 2 GPUs × 61 polls 1 s apart: trapezoids of 620 + 15·gpu + 10·(k mod 5) W
  'amd-smi/mi300x-power.csv': { jobs: 1, itEnergyKWh: 0.021583333333333333 },
  // a model card states emissions (5.4 kg), not energy
  'model-card/llama-3-8b-ko-instruct/README.md': { jobs: 1, itEnergyKWh: 0 },
}

const FORMAT_OF: Record<string, string> = {
  codecarbon: 'codecarbon',
  carbontracker: 'carbontracker',
  eco2ai: 'eco2ai',
  generic: 'generic',
  'nvidia-smi': 'nvidia-smi',
  zeus: 'zeus',
  'impact-tracker': 'impact-tracker',
  dcgm: 'dcgm',
  mlflow: 'mlflow',
  wandb: 'wandb',
  'optimum-benchmark': 'optimum-benchmark',
  'codecarbon-json': 'codecarbon-json',
  boamps: 'boamps',
  megatron: 'megatron',
  slurm: 'slurm',
  'amd-smi': 'amd-smi',
  'model-card': 'model-card',
}

test('check examples/: one artifact of each format, one job per run, energies within 1 %', async () => {
  const ran = await runNode('dist/cli.js', ['check', '.', '--format', 'json'], { cwd: 'examples' })
  assert.equal(ran.code, 0, ran.stderr)
  const report = JSON.parse(ran.stdout) as Report
  const byFile = new Map<string, { jobs: number; kWh: number; formats: Set<string> }>()
  for (const job of report.jobs) {
    const entry = byFile.get(job.source.path) ?? { jobs: 0, kWh: 0, formats: new Set<string>() }
    entry.jobs++
    entry.kWh += job.itEnergyKWh
    entry.formats.add(job.source.format)
    byFile.set(job.source.path, entry)
  }
  assert.deepEqual([...byFile.keys()].sort(), Object.keys(EXPECTED).sort())
  for (const [path, want] of Object.entries(EXPECTED)) {
    const got = byFile.get(path)!
    assert.equal(got.jobs, want.jobs, `${path}: jobs`)
    assert.ok(
      want.itEnergyKWh === 0
        ? got.kWh === 0
        : Math.abs(got.kWh - want.itEnergyKWh) / want.itEnergyKWh < 0.01,
      `${path}: ${got.kWh} vs ${want.itEnergyKWh}`,
    )
    assert.deepEqual([...got.formats], [FORMAT_OF[path.split('/')[0]!]])
  }
  assert.equal(new Set(report.jobs.map((j) => j.source.format)).size, 17)
  // the model card's stated emissions are its job's operational emissions
  const card = report.jobs.find((j) => j.source.format === 'model-card')!
  assert.equal(card.operationalKg, 5.4)
})

test('a file of no known format, named explicitly, is an error naming the supported formats', async () => {
  const ran = await runNode('dist/cli.js', ['check', 'README.md'])
  assert.equal(ran.code, 2)
  assert.match(
    ran.stderr,
    /^carbon-gate: error: README\.md: matches no supported format; supported: .*codecarbon.*nvidia-smi/,
  )
})
