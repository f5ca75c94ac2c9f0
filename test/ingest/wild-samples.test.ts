/**
 * Every real artifact in ../shared/samples/wild (provenance in its PROVENANCE.md) gives the energy
 * it gave when this test was written: readers added or changed later must not move a real file's
 * figures. Values were taken from the readers before the MLflow/W&B/Slurm/AMD/… readers were
 * added, and checked against PROVENANCE.md where it states a figure (dmon trapezoids, line 84).
 */
import assert from 'node:assert/strict'
import { relative } from 'node:path'
import { test } from 'node:test'
import { readArtifact } from '../../src/ingest/ingest.js'
import { close } from '../support/assertions.js'
import { fileInput } from '../support/memory-input.js'
import { SAMPLES_DIR, sampleFiles, skipWithoutSamples } from '../support/samples.js'

interface Pinned {
  readonly jobs: number
  readonly kWh: number
  /** `line` of the error (undefined: the file as a whole), when the file cannot be used. */
  readonly error?: { readonly line?: number; readonly text: string }
}

const PINNED: Readonly<Record<string, Pinned>> = {
  'codecarbon/ambroise012-v2.4.2-v100-padded/emissions.csv': { jobs: 46, kWh: 0.07900129771669556 },
  'codecarbon/ben11304-v2.8.3-mixed-gpus-EXCERPT380/emissions.csv': {
    jobs: 380,
    kWh: 0.5744424662451074,
  },
  'codecarbon/bigscience-v1.x-carbon-per-token/emissions.csv': {
    jobs: 8,
    kWh: 0.016378480215764987,
  },
  'codecarbon/bigscience-v2.0-corrupt-interleaved-EXCERPT500/emissions.csv': {
    jobs: 0,
    kWh: 0,
    error: { line: 84, text: 'timestamp "ne" does not parse' },
  },
  'codecarbon/crystalgazers-v2.0-2.1-macos-arm/emissions.csv': {
    jobs: 2,
    kWh: 0.012430027720530744,
  },
  'codecarbon/eo-college-v2.7-dup-flush/emissions.csv': { jobs: 6, kWh: 0.0035783536931753945 },
  'codecarbon/eronqorri-v3.2.3-m1-reordered/emissions.csv': {
    jobs: 7,
    kWh: 0.00004373739855356195,
  },
  'codecarbon/eronqorri-v3.2.3-rtx4070-win-EXCERPT350/emissions.csv': {
    jobs: 350,
    kWh: 9.54575337739504,
  },
  'codecarbon/fedhenet-v3.0.5-gpu/emissions.csv': { jobs: 14, kWh: 0.03210180719502758 },
  'codecarbon/fnndsc-v2.2.2-no-pue/emissions.csv': { jobs: 2, kWh: 1.7446822465032987 },
  'codecarbon/gaurav-van-v2.7-experiment-id/emissions.csv': { jobs: 2, kWh: 0.003022423132675343 },
  'codecarbon/idrissben-v2.2.3-2.6-flush-rows/emissions.csv': {
    jobs: 5,
    kWh: 0.0009788297342591442,
  },
  'eco2ai/fed-sophia-gcp-2gpu-no-model/emission.csv': { jobs: 3, kWh: 0.3273358713735981 },
  'eco2ai/hse-masters-rtx3080ti/emission.csv': { jobs: 32, kWh: 9.554287156256079 },
  'eco2ai/kowshikpeddireddy-eco2ai-dir/emission.csv': { jobs: 51, kWh: 3.7766331523186634e-7 },
  'eco2ai/kowshikpeddireddy-root/emission.csv': { jobs: 4, kWh: 4.4013585365408156e-7 },
  'eco2ai/raman-spectras-v100-training-mode/emission.csv': { jobs: 7, kWh: 2.3029173046522127 },
  'nvidia-smi/capture-linux-x86_64__nvidia-h200-mig__590.48.01/load_dmon.txt': {
    jobs: 1,
    kWh: 0.00032763888888888887,
  },
  'nvidia-smi/capture-linux-x86_64__nvidia-h200-mig__590.48.01/load_query-gpu.csv': {
    jobs: 1,
    kWh: 0,
  },
  'nvidia-smi/capture-windows-x86_64__nvidia-geforce-rtx-2080-super__591.86/load_dmon.txt': {
    jobs: 1,
    kWh: 0.00010777777777777778,
  },
  'nvidia-smi/capture-windows-x86_64__nvidia-geforce-rtx-2080-super__591.86/load_query-gpu.csv': {
    jobs: 1,
    kWh: 0,
  },
  'nvidia-smi/capture-windows-x86_64__nvidia-geforce-rtx-2080-super__610.62/load_dmon.txt': {
    jobs: 1,
    kWh: 0.00010805555555555556,
  },
  'nvidia-smi/capture-windows-x86_64__nvidia-geforce-rtx-2080-super__610.62/load_query-gpu.csv': {
    jobs: 1,
    kWh: 0,
  },
  'nvidia-smi/flame-fluidsgl/fluidsGL-smi.csv': { jobs: 1, kWh: 0.00027714553333333335 },
  'nvidia-smi/flame-ts-power-only/nvidia-smi.csv': { jobs: 1, kWh: 0.00002217231388888889 },
  'nvidia-smi/fletcher-gtx1650-uuid-no-index/gpu_power.csv': {
    jobs: 1,
    kWh: 0.000005047041666666667,
  },
  'nvidia-smi/plato-noheader/gpu_log.csv': {
    jobs: 0,
    kWh: 0,
    error: { text: 'matches no supported format' },
  },
  'nvidia-smi/vlm-rtx4090-EXCERPT2000/gpu_log.csv': { jobs: 1, kWh: 0.17314462351111123 },
  'zeus/zeus-tests-A40-bert-gpu0/A40+bert-base-uncased+gpu0.csv': {
    jobs: 1,
    kWh: 0.007340687222220004,
  },
  'zeus/zeus-tests-V100-resnet18-gpu0-1/V100+resnet18+gpu0,1.csv': {
    jobs: 1,
    kWh: 0.004418040277777781,
  },
  'zeus/zeus-tests-V100-resnet50-gpu0/V100+resnet50+gpu0.csv': {
    jobs: 1,
    kWh: 0.010405970277777782,
  },
}

const WILD = `${SAMPLES_DIR}/wild`
const files = (): string[] => sampleFiles('wild').filter((f) => !f.endsWith('PROVENANCE.md'))

async function readWild(path: string) {
  // dmon output has no timestamps: PROVENANCE.md states its figures at a 1 s poll interval.
  const options = path.endsWith('dmon.txt')
    ? { timezone: 'UTC', maxGapSeconds: 60, pollIntervalSeconds: 1 }
    : { timezone: 'UTC', maxGapSeconds: 60 }
  const outcome = await readArtifact(fileInput(path), options, true)
  assert.ok(outcome, `${path}: not read`)
  return outcome
}

test('every real file in samples/wild is pinned here', { skip: skipWithoutSamples('wild') }, () => {
  assert.deepEqual(
    files()
      .map((f) => relative(WILD, f))
      .sort(),
    Object.keys(PINNED).sort(),
  )
})

test(
  'every real file in samples/wild gives the energy it gave before the new readers',
  { skip: skipWithoutSamples('wild') },
  async () => {
    for (const path of files()) {
      const rel = relative(WILD, path)
      const want = PINNED[rel]!
      const outcome = await readWild(path)
      assert.equal(outcome.jobs.length, want.jobs, `${rel}: jobs`)
      const kWh = outcome.jobs.reduce((sum, job) => sum + job.itEnergyKWh, 0)
      if (want.kWh === 0) assert.equal(kWh, 0, rel)
      else close(kWh, want.kWh)
      if (want.error === undefined) {
        assert.equal(outcome.error, undefined, `${rel}: ${outcome.error?.line}`)
      } else {
        assert.ok(outcome.error, `${rel}: error expected`)
        assert.equal(outcome.error.lineNo, want.error.line, rel)
        assert.ok(outcome.error.message.includes(want.error.text), outcome.error.message)
      }
    }
  },
)

test(
  'the real mixed-GPU CodeCarbon file lists both models, each with its count',
  { skip: skipWithoutSamples('wild') },
  async () => {
    const outcome = await readWild(
      `${WILD}/codecarbon/ben11304-v2.8.3-mixed-gpus-EXCERPT380/emissions.csv`,
    )
    for (const job of outcome.jobs) {
      assert.equal(job.gpuModel, 'mixed: NVIDIA GeForce RTX 3080 Ti, NVIDIA GeForce RTX 4060')
      assert.deepEqual(job.gpuModels, [
        { model: 'NVIDIA GeForce RTX 4060', count: 1 },
        { model: 'NVIDIA GeForce RTX 3080 Ti', count: 1 },
      ])
      assert.equal(job.gpuCount, 2)
    }
  },
)
