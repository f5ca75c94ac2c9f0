/**
 * Small valid artifacts of every format, written from formats.md (not copied from samples), used as
 * the "good file beside the bad one" in the corpus, as seeds for mutations (property tests, fuzz)
 * and for the unit-consistency properties. Each builder takes the figures it writes so that tests
 * can compute the expected energy by hand.
 */
import type { FormatId } from '../../src/core/types.js'

/** `x` with `digits` decimals as the tool prints it, unless that would lose precision. */
function fixedOrExact(x: number, digits: number): string {
  const fixed = x.toFixed(digits)
  return Number(fixed) === x ? fixed : String(x)
}

export const CODECARBON_HEADER =
  'timestamp,project_name,run_id,duration,emissions,emissions_rate,cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,country_name,country_iso_code,region,cloud_provider,cloud_region,os,python_version,codecarbon_version,cpu_count,cpu_model,gpu_count,gpu_model,longitude,latitude,ram_total_size,tracking_mode,on_cloud,pue'

/** One CodeCarbon v2.4 row: `kwh` energy_consumed (PUE included), `kg` emissions. */
export function codecarbonRow(
  o: {
    ts?: string
    project?: string
    run?: string
    seconds?: number
    kwh?: number
    kg?: number
    pue?: number
  } = {},
): string {
  const kwh = o.kwh ?? 0.5
  const kg = o.kg ?? 0.05
  const seconds = o.seconds ?? 3600
  return [
    o.ts ?? '2024-05-14T10:00:00',
    o.project ?? 'demo',
    o.run ?? 'a1b2c3d4-0000-4000-8000-000000000001',
    seconds,
    kg,
    kg / seconds,
    20,
    250,
    6,
    kwh * 0.1,
    kwh * 0.8,
    kwh * 0.1,
    kwh,
    'France',
    'FRA',
    'île-de-france',
    '',
    '',
    'Linux',
    '3.11.4',
    '2.4.0',
    16,
    'AMD EPYC 7302',
    1,
    '1 x NVIDIA A100-SXM4-40GB',
    2.35,
    48.85,
    64,
    'machine',
    'N',
    o.pue ?? 1.0,
  ].join(',')
}

export function codecarbonCsv(o: Parameters<typeof codecarbonRow>[0] = {}): string {
  return `${CODECARBON_HEADER}\n${codecarbonRow(o)}\n`
}

/** A generic `*.carbon.json` with one job per entry. */
export function genericJson(
  jobs: readonly Readonly<Record<string, unknown>>[] = [
    { name: 'good-job', energyKWh: 12.5, gpuCount: 1, durationHours: 2 },
  ],
): string {
  return `${JSON.stringify({ carbonGate: 1, jobs }, null, 2)}\n`
}

export const CARBONTRACKER_PREFIX = '4242.777001_2025-03-04T101500Z'

/** carbontracker output log (energy kWh and CO2eq g, both with PUE) and its standard log. */
export function carbontrackerLogs(o: { kwh?: number; g?: number; pue?: number } = {}): {
  output: string
  standard: string
} {
  const kwh = o.kwh ?? 0.0942
  const g = o.g ?? 9.6
  const pue = o.pue ?? 1.58
  const output = [
    '2025-03-04 10:15:02 - CarbonTracker: The following components were found: GPU with device(s) NVIDIA GeForce RTX 4090. CPU with device(s) cpu:0.',
    '2025-03-04 10:27:02 - CarbonTracker: Average carbon intensity during training was 101.99 gCO2/kWh at detected location: Copenhagen, Capital Region, DK.',
    '2025-03-04 10:27:02 - CarbonTracker: ',
    'Actual consumption for 1 epoch(s):',
    '\tTime:\t0:12:00',
    `\tEnergy:\t${fixedOrExact(kwh, 6)} kWh`,
    `\tCO2eq:\t${fixedOrExact(g, 6)} g`,
    '2025-03-04 10:27:02 - CarbonTracker: Finished monitoring.',
    '',
  ].join('\n')
  const standard = [
    '2025-03-04 10:15:00 - carbontracker version 2.3.1',
    `2025-03-04 10:15:00 - Only predicted and actual consumptions are multiplied by a PUE coefficient of ${pue} (Daniel Bizo, 2023, Uptime Institute Global Data Center Survey).`,
    '2025-03-04 10:15:02 - The following components were found: GPU with device(s) NVIDIA GeForce RTX 4090. CPU with device(s) cpu:0.',
    '2025-03-04 10:15:02 - Monitoring thread started.',
    '2025-03-04 10:27:02 - Epoch 1:',
    '2025-03-04 10:27:02 - Duration: 0:12:00.00',
    '2025-03-04 10:27:02 - Average power usage (W) for gpu: [300.5]',
    '2025-03-04 10:27:02 - Average power usage (W) for cpu: [40.2]',
    '2025-03-04 10:27:02 - Monitoring thread ended.',
    '',
  ].join('\n')
  return { output, standard }
}

export const ECO2AI_HEADER =
  'id,project_name,experiment_description,epoch,start_time,duration(s),power_consumption(kWh),CO2_emissions(kg),CPU_name,GPU_name,OS,region/country,cost'

export function eco2aiCsv(o: { kwh?: number; kg?: number; project?: string } = {}): string {
  const row = [
    '2b7e9d04-5c1a-4f3e-a8b2-91d6c0e4f7a3',
    o.project ?? 'vit-small',
    'pretrain',
    'N/A',
    '2025-04-15 13:02:11',
    1284.5,
    o.kwh ?? 0.7321,
    o.kg ?? 0.2892,
    '"Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz/2 device(s), TDP:205.0"',
    'NVIDIA A100-SXM4-40GB 2 device(s)',
    'Linux',
    'DE/Bavaria',
    0,
  ].join(',')
  return `${ECO2AI_HEADER}\n${row}\n`
}

/** A Zeus window log: one window of `seconds`, each GPU `joules`. */
export function zeusCsv(o: { joules?: readonly number[]; seconds?: number } = {}): string {
  const joules = o.joules ?? [36000, 36000]
  const header = `start_time,window_name,elapsed_time,${joules.map((_, i) => `gpu${i}_energy`).join(',')}`
  return `${header}\n1747215000.25,train,${o.seconds ?? 120},${joules.join(',')}\n`
}

/** nvidia-smi --query-gpu CSV: one GPU at constant `watts`, polled every second for `seconds`. */
export function nvidiaSmiCsv(o: { watts?: number; seconds?: number; name?: string } = {}): string {
  const watts = o.watts ?? 300
  const seconds = o.seconds ?? 10
  const lines = ['timestamp, index, name, uuid, power.draw [W], power.limit [W]']
  const start = Date.UTC(2025, 4, 14, 9, 30, 0)
  for (let s = 0; s <= seconds; s++) {
    const t = new Date(start + s * 1000).toISOString()
    const stamp = `${t.slice(0, 10).replaceAll('-', '/')} ${t.slice(11, 23)}`
    lines.push(
      `${stamp}, 0, ${o.name ?? 'NVIDIA A100-SXM4-80GB'}, GPU-997ac1f4-d320-3a13-ddb3-c41387ae2e80, ${fixedOrExact(watts, 2)} W, 400.00 W`,
    )
  }
  return `${lines.join('\n')}\n`
}

/** dcgmi dmon -e 155,156 with a total-energy counter (mJ) that grows by `mjPerPoll`. */
export function dcgmDmon(o: { polls?: number; mjPerPoll?: number } = {}): string {
  const lines = [
    '#Entity   POWER           TOTEC           ',
    'ID        W               mJ              ',
  ]
  for (let i = 0; i < (o.polls ?? 6); i++) {
    lines.push(`GPU 0     300.000         ${1_000_000_000 + i * (o.mjPerPoll ?? 300_000)}`)
  }
  return `${lines.join('\n')}\n`
}

/** experiment-impact-tracker data.json (JSON lines), constant draws every 5 s. */
export function impactTrackerJsonl(
  o: { samples?: number; gpuW?: number; cpuW?: number } = {},
): string {
  const lines: string[] = []
  for (let i = 0; i < (o.samples ?? 5); i++) {
    lines.push(
      JSON.stringify({
        timestamp: 1700000000 + i * 5,
        rapl_power_draw_absolute: 45,
        rapl_estimated_attributable_power_draw: o.cpuW ?? 20,
        nvidia_draw_absolute: 250,
        nvidia_estimated_attributable_power_draw: o.gpuW ?? 180,
        per_gpu_power_draw: { '0': 125, '1': 125 },
        realtime_carbon_intensity: 100,
      }),
    )
  }
  return `${lines.join('\n')}\n`
}

/** MLflow file-store GPU power metric (`<ms> <W> <step>`), 10 s apart, and its run's meta.yaml. */
export function mlflowMetric(o: { watts?: number; samples?: number } = {}): string {
  const lines: string[] = []
  for (let k = 0; k < (o.samples ?? 7); k++)
    lines.push(`${1747215000000 + k * 10000} ${o.watts ?? 250} ${k}`)
  return `${lines.join('\n')}\n`
}

export const MLFLOW_META =
  'run_id: 0123456789abcdef0123456789abcdef\nrun_name: good-run\nstart_time: 1747214990000\nend_time: 1747215070000\nstatus: 3\n'

/** A W&B `run.history(stream="events")` export (pandas to_csv), one GPU every 15 s. */
export function wandbHistoryCsv(o: { watts?: number; samples?: number } = {}): string {
  const lines = [',_runtime,_timestamp,system.gpu.0.powerWatts,system.cpu']
  for (let k = 0; k < (o.samples ?? 5); k++)
    lines.push(`${k},${15 * (k + 1)},${1747215000 + 15 * k},${o.watts ?? 300},12.5`)
  return `${lines.join('\n')}\n`
}

/** sacct -P: one job (its total in J) and its batch step. */
export function sacctPsv(o: { joules?: number } = {}): string {
  const j = o.joules ?? 3_600_000
  return [
    'JobID|JobName|Start|End|Elapsed|AllocTRES|ConsumedEnergyRaw',
    `5001|train|2025-05-14T09:00:00|2025-05-14T10:00:00|01:00:00|billing=8,cpu=8,gres/gpu=1,mem=64G,node=1|${j}`,
    `5001.batch|batch|2025-05-14T09:00:00|2025-05-14T10:00:00|01:00:00|cpu=8,gres/gpu=1,mem=64G,node=1|${j}`,
    '',
  ].join('\n')
}

/** amd-smi metric --power --csv -w 1: one GPU, constant `watts`. */
export function amdSmiCsv(o: { watts?: number; seconds?: number } = {}): string {
  const lines = [
    'timestamp,gpu,socket_power,gfx_voltage,soc_voltage,mem_voltage,throttle_status,power_management',
  ]
  for (let s = 0; s <= (o.seconds ?? 10); s++)
    lines.push(`${1747215000 + s},0,${o.watts ?? 600},N/A,N/A,N/A,UNTHROTTLED,ENABLED`)
  return `${lines.join('\r\n')}\r\n`
}

/** A Megatron-LM --log-energy log: 8 GPUs, three logged intervals, the final total (MJ). */
export function megatronLog(o: { megajoules?: number } = {}): string {
  const line = (i: number, t: string) =>
    ` [2025-05-14 09:00:${t}.000000] iteration ${String(i).padStart(8)}/      20 | consumed samples: ${i * 64} | elapsed time per iteration (ms): 1000.0 | energy per GPU (J/iter/GPU): 500.0 | power per GPU (W/GPU): 500.0 | lm loss: 2.000000E+00 |`
  return [
    '  log_energy ...................................... True',
    '  world_size ...................................... 8',
    line(1, '01'),
    line(10, '10'),
    line(20, '20'),
    `Total training energy (GPU): ${o.megajoules ?? 0.08} MJ`,
    '',
  ].join('\n')
}

/** One CodeCarbon LoggerOutput line (cumulative EmissionsData as JSON). */
export function codecarbonJsonLine(o: { kwh?: number } = {}): string {
  const record = {
    timestamp: '2025-05-14T10:00:00',
    project_name: 'good',
    run_id: 'b1b2c3d4-0000-4000-8000-000000000002',
    experiment_id: '5b0fa12a-3dd7-45bb-9766-cc326314d9f1',
    duration: 600,
    emissions: 0.02,
    energy_consumed: o.kwh ?? 0.1,
    country_iso_code: 'FRA',
    cpu_count: 8,
    gpu_count: 1,
    gpu_model: '1 x NVIDIA L4',
    pue: 1,
    wue: 0,
  }
  return `2025-05-14 10:00:00,001 INFO codecarbon: ${JSON.stringify(record)}\n`
}

/** A BoAmps report as CodeCarbon writes it: one measure of `kwh`. */
export function boampsJson(o: { kwh?: number } = {}): string {
  return `${JSON.stringify(
    {
      header: {
        reportId: 'c1c2c3c4-0000-4000-8000-000000000003',
        reportDatetime: '2025-05-14 10:00:00',
      },
      task: { taskStage: 'inference', taskFamily: 'chatbot', nbRequest: 100 },
      measures: [
        {
          measurementMethod: 'codecarbon',
          powerConsumption: o.kwh ?? 0.2,
          measurementDuration: 1800,
          measurementDateTime: '2025-05-14 10:00:00',
        },
      ],
      infrastructure: {
        infraType: 'onPremise',
        components: [{ componentType: 'gpu', componentName: '1 x NVIDIA L4', nbComponent: 1 }],
      },
      environment: { country: 'France' },
    },
    null,
    2,
  )}\n`
}

/** An optimum-benchmark benchmark_report.json with one `forward` target of `kwh`. */
export function optimumReport(o: { kwh?: number } = {}): string {
  const kwh = o.kwh ?? 0.001
  return `${JSON.stringify(
    {
      forward: {
        memory: null,
        latency: {
          unit: 's',
          values: [0.01, 0.01],
          count: 2,
          total: 0.02,
          mean: 0.01,
          p50: 0.01,
          p90: 0.01,
          p95: 0.01,
          p99: 0.01,
          stdev: 0,
          stdev_: 0,
        },
        throughput: { unit: 'samples/s', value: 100 },
        energy: { unit: 'kWh', cpu: kwh * 0.2, ram: kwh * 0.1, gpu: kwh * 0.7, total: kwh },
        efficiency: { unit: 'samples/kWh', value: 1 / kwh },
      },
    },
    null,
    4,
  )}\n`
}

/** A model card with co2_eq_emissions (grams). */
export function modelCard(o: { grams?: number } = {}): string {
  return `---\nlicense: mit\nco2_eq_emissions:\n  emissions: ${o.grams ?? 1500}\n  source: CodeCarbon\n  training_type: fine-tuning\n  hardware_used: 1 x NVIDIA A10G\n---\n# good model\n`
}

export interface ValidArtifact {
  readonly format: FormatId
  /** Path relative to a workspace; siblings live in the same directory. */
  readonly path: string
  readonly text: string
  readonly siblings?: Readonly<Record<string, string>>
}

/** One small valid artifact per format (the seeds of mutations). */
export function validArtifacts(): readonly ValidArtifact[] {
  const ct = carbontrackerLogs()
  return [
    { format: 'generic', path: 'good/job.carbon.json', text: genericJson() },
    { format: 'codecarbon', path: 'good/emissions.csv', text: codecarbonCsv() },
    {
      format: 'carbontracker',
      path: `good/${CARBONTRACKER_PREFIX}_carbontracker_output.log`,
      text: ct.output,
      siblings: { [`${CARBONTRACKER_PREFIX}_carbontracker.log`]: ct.standard },
    },
    { format: 'eco2ai', path: 'good/emission.csv', text: eco2aiCsv() },
    { format: 'zeus', path: 'good/zeus-log.csv', text: zeusCsv() },
    { format: 'nvidia-smi', path: 'good/power.csv', text: nvidiaSmiCsv() },
    { format: 'dcgm', path: 'good/dcgmi-dmon.txt', text: dcgmDmon() },
    { format: 'impact-tracker', path: 'good/impacttracker/data.json', text: impactTrackerJsonl() },
    {
      format: 'mlflow',
      path: 'good/mlruns/0/0123456789abcdef0123456789abcdef/metrics/system/gpu_0_power_usage_watts',
      text: mlflowMetric(),
      siblings: {
        gpu_1_power_usage_watts: mlflowMetric({ watts: 200 }),
        '../../meta.yaml': MLFLOW_META,
      },
    },
    { format: 'wandb', path: 'good/wandb-history.csv', text: wandbHistoryCsv() },
    { format: 'slurm', path: 'good/sacct.psv', text: sacctPsv() },
    { format: 'amd-smi', path: 'good/amd-power.csv', text: amdSmiCsv() },
    { format: 'megatron', path: 'good/megatron-train.log', text: megatronLog() },
    { format: 'codecarbon-json', path: 'good/codecarbon.log', text: codecarbonJsonLine() },
    { format: 'boamps', path: 'good/boamps_report_c1c2c3c4.json', text: boampsJson() },
    {
      format: 'optimum-benchmark',
      path: 'good/bench/benchmark_report.json',
      text: optimumReport(),
    },
    { format: 'model-card', path: 'good/model/README.md', text: modelCard() },
  ]
}
