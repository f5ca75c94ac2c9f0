/**
 * The comparisons of the performance issue, each with its subjects and its targets:
 * start-up, many small files, and per format a 100 MB → 1 GB pair (nvidia-smi also against
 * `wc -l` and pandas).
 */
import { FORMATS, type DatasetEntry, type Datasets, type FormatId } from './generate.js'
import type { Subject } from './measure.js'
import type { CaseSpec, SubjectResult, Target } from './run-case.js'
import { formatBytes, formatCount, formatKiB, formatRatio } from './stats.js'
import {
  carbonGateAction,
  carbonGateCheck,
  carbonGateStartup,
  nodeNothing,
  pandasIntegrate,
  pythonIntegrate,
  wcLines,
  type SubjectContext,
} from './subjects.js'

export const CASE_IDS = ['startup', 'many-files', ...FORMATS, 'sweeps'] as const

/** 200 MB, in KiB as getrusage reports. */
const RSS_LIMIT_KIB = 200e6 / 1024

type Results = ReadonlyMap<string, SubjectResult>

/** A target on a value computed from results; not judged when the value is missing. */
function target(
  name: string,
  value: number | undefined,
  show: (v: number) => string,
  goal: string,
  pass: (v: number) => boolean,
): Target {
  if (value === undefined || !Number.isFinite(value)) {
    return { name, value: 'n/a', target: goal, ok: undefined }
  }
  return { name, value: show(value), target: goal, ok: pass(value) }
}

/** A figure shown for information, with no target. */
function information(name: string, value: number | undefined, show: (v: number) => string): Target {
  const shown = value === undefined || !Number.isFinite(value) ? 'n/a' : show(value)
  return { name, value: shown, target: '', ok: undefined, informational: true }
}

function quotient(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined || b === 0 ? undefined : a / b
}

function memoryTargets(r: Results, small: string, large: string, sizes: string): Target[] {
  const big = r.get('cg-large')?.maxRssKiB
  const little = r.get('cg-small')?.maxRssKiB
  return [
    target(`peak RSS, ${large}`, big, formatKiB, '≤ 200 MB', (v) => v <= RSS_LIMIT_KIB),
    target(`peak RSS, ${small}`, little, formatKiB, '≤ 200 MB', (v) => v <= RSS_LIMIT_KIB),
    target(
      `RSS growth ${sizes}`,
      quotient(big, little),
      (v) => `${v.toFixed(2)}×`,
      '< 1.5×',
      (v) => v < 1.5,
    ),
  ]
}

function formatCase(
  format: FormatId,
  data: Datasets,
  ctx: SubjectContext,
  rounds: number,
): CaseSpec {
  const small = data.entry(`${format}:small`)
  const large = data.entry(`${format}:large`)
  const smallPath = data.path(`${format}:small`)
  const largePath = data.path(`${format}:large`)
  const describe = (e: typeof small): string =>
    `${e.path}: ${formatBytes(e.bytes)}, ${formatCount(e.rows)} rows`
  const sizeOf = (e: typeof small): string =>
    format === 'codecarbon' ? `${formatCount(e.rows)} rows` : formatBytes(e.bytes)
  const isSmi = format === 'nvidia-smi'
  const skipped: string[] = []
  const subjects: Subject[] = isSmi
    ? smiSubjects(ctx, skipped, { large, largePath, small, smallPath }, sizeOf)
    : [
        wcLines('wc', largePath, large.bytes),
        carbonGateCheck(ctx, 'cg-large', `carbon-gate check (${sizeOf(large)})`, large.path, {
          inputBytes: large.bytes,
        }),
        carbonGateCheck(ctx, 'cg-small', `carbon-gate check (${sizeOf(small)})`, small.path, {
          inputBytes: small.bytes,
        }),
      ]
  const titles: Record<FormatId, string> = {
    'nvidia-smi': `nvidia-smi CSV (${data.manifest.params.gpus} GPUs, 1 Hz, with units)`,
    codecarbon: `CodeCarbon emissions.csv (cumulative flush rows, ${data.manifest.params.codecarbonRuns} runs)`,
    zeus: `Zeus ZeusMonitor log_file (${data.manifest.params.gpus} GPUs, nested windows)`,
    eco2ai: 'Eco2AI emission.csv (training mode, one row per epoch)',
  }
  return {
    id: format,
    title: titles[format],
    details: [describe(large), describe(small)],
    warm: [largePath, smallPath],
    subjects,
    rounds,
    expectedKWh: isSmi
      ? {
          'cg-large': large.expectedKWh,
          'cg-large-1': large.expectedKWh,
          'cg-small': small.expectedKWh,
          'cg-small-1': small.expectedKWh,
        }
      : { 'cg-large': large.expectedKWh, 'cg-small': small.expectedKWh },
    crossChecks: isSmi
      ? (['pandas', 'polars', 'duckdb'] as const)
          .filter((id) => subjects.some((s) => s.id === id))
          .map((id) => ['cg-large', id] as [string, string])
      : [],
    skipped,
    targets(r) {
      const cg = r.get('cg-large')?.seconds
      const wcRatio = quotient(r.get('wc')?.seconds, cg)
      const out: Target[] = isSmi
        ? smiTargets(r, ctx, sizeOf(large), sizeOf(small))
        : [target('throughput vs wc -l', wcRatio, formatRatio, '≥ 1/30', (v) => v >= 1 / 30)]
      return [
        ...out,
        ...memoryTargets(r, sizeOf(small), sizeOf(large), `${sizeOf(small)} → ${sizeOf(large)}`),
      ]
    },
  }
}

interface SmiFiles {
  readonly large: DatasetEntry
  readonly largePath: string
  readonly small: DatasetEntry
  readonly smallPath: string
}

/**
 * nvidia-smi: `wc -l` and carbon-gate on each file, carbon-gate with its workers (the default) and
 * in one thread (CARBON_GATE_WORKERS=1) side by side, and pandas, polars and DuckDB on the large
 * file where a python has them.
 */
function smiSubjects(
  ctx: SubjectContext,
  skipped: string[],
  f: SmiFiles,
  sizeOf: (e: DatasetEntry) => string,
): Subject[] {
  const one = { CARBON_GATE_WORKERS: '1' }
  const check = (id: string, e: DatasetEntry, threads: string, env?: Record<string, string>) =>
    carbonGateCheck(ctx, id, `carbon-gate check (${sizeOf(e)}, ${threads})`, e.path, {
      inputBytes: e.bytes,
      ...(env === undefined ? {} : { env }),
    })
  const subjects: Subject[] = [
    wcLines('wc', f.largePath, f.large.bytes),
    check('cg-large', f.large, 'workers'),
    check('cg-large-1', f.large, '1 thread', one),
  ]
  if (ctx.python === undefined) {
    skipped.push(`pandas comparison: ${ctx.pandasSkipReason ?? 'no python with pandas'}`)
  } else subjects.push(pandasIntegrate(ctx, ctx.python, f.largePath, f.large.bytes))
  for (const [tool, python] of [
    ['polars', ctx.polarsPython],
    ['duckdb', ctx.duckdbPython],
  ] as const) {
    if (python === undefined)
      skipped.push(`${tool} comparison: not importable (pip install ${tool})`)
    else subjects.push(pythonIntegrate(ctx, tool, python, f.largePath, f.large.bytes))
  }
  subjects.push(
    { ...wcLines('wc-small', f.smallPath, f.small.bytes), label: `wc -l (${sizeOf(f.small)})` },
    check('cg-small', f.small, 'workers'),
    check('cg-small-1', f.small, '1 thread', one),
  )
  return subjects
}

function smiTargets(r: Results, ctx: SubjectContext, large: string, small: string): Target[] {
  const seconds = (id: string): number | undefined => r.get(id)?.seconds
  const tenth = (name: string, wc: string, cg: string): Target =>
    target(name, quotient(seconds(wc), seconds(cg)), formatRatio, '≥ 1/10', (v) => v >= 0.1)
  const speedup = (v: number): string => `${v.toFixed(2)}×`
  const out: Target[] = [
    tenth(`throughput vs wc -l, ${large}`, 'wc', 'cg-large'),
    tenth(`throughput vs wc -l, ${small}`, 'wc-small', 'cg-small'),
    information(
      `1 thread vs wc -l, ${large}`,
      quotient(seconds('wc'), seconds('cg-large-1')),
      formatRatio,
    ),
    information(
      `1 thread vs wc -l, ${small}`,
      quotient(seconds('wc-small'), seconds('cg-small-1')),
      formatRatio,
    ),
    information(
      `workers speed-up, ${large}`,
      quotient(seconds('cg-large-1'), seconds('cg-large')),
      speedup,
    ),
    information(
      `workers speed-up, ${small}`,
      quotient(seconds('cg-small-1'), seconds('cg-small')),
      speedup,
    ),
  ]
  if (ctx.python === undefined) {
    for (const [name, goal] of [
      ['speed vs pandas', '≥ 3× faster'],
      ['peak RSS vs pandas', '≤ 1/4'],
    ] as const) {
      out.push({ name, value: 'skipped: no pandas', target: goal, ok: undefined })
    }
  } else {
    const pandas = r.get('pandas')
    out.push(
      target(
        'speed vs pandas',
        quotient(pandas?.seconds, seconds('cg-large')),
        formatRatio,
        '≥ 3× faster',
        (v) => v >= 3,
      ),
      target(
        'peak RSS vs pandas',
        quotient(r.get('cg-large')?.maxRssKiB, pandas?.maxRssKiB),
        formatRatio,
        '≤ 1/4',
        (v) => v <= 0.25,
      ),
    )
  }
  for (const tool of ['polars', 'duckdb'] as const) {
    const t = r.get(tool)
    if (t === undefined) continue
    out.push(
      information(`speed vs ${tool}`, quotient(t.seconds, seconds('cg-large')), formatRatio),
      information(
        `peak RSS vs ${tool}`,
        quotient(r.get('cg-large')?.maxRssKiB, t.maxRssKiB),
        formatRatio,
      ),
    )
  }
  return out
}

function startupCase(data: Datasets, ctx: SubjectContext, rounds: number): CaseSpec {
  const small = data.path('startup')
  return {
    id: 'startup',
    title: 'Start-up (one small CodeCarbon file)',
    details: [`${data.entry('startup').path}: ${formatBytes(data.entry('startup').bytes)}`],
    warm: [small, ctx.distDir],
    subjects: [
      nodeNothing(),
      carbonGateStartup(ctx, data.entry('startup').path),
      carbonGateAction(ctx, small),
    ],
    rounds,
    expectedKWh: {
      cli: data.entry('startup').expectedKWh,
      action: data.entry('startup').expectedKWh,
    },
    targets(r) {
      const node = r.get('node')?.seconds
      const show = (v: number): string => `${v.toFixed(2)}×`
      return [
        target(
          'cli check / node -e 0',
          quotient(r.get('cli')?.seconds, node),
          show,
          '≤ 2.5×',
          (v) => v <= 2.5,
        ),
        target(
          'action / node -e 0',
          quotient(r.get('action')?.seconds, node),
          show,
          '≤ 3×',
          (v) => v <= 3,
        ),
      ]
    },
  }
}

function manyFilesCase(data: Datasets, ctx: SubjectContext, rounds: number): CaseSpec {
  const small = data.entry('many:small')
  const large = data.entry('many:large')
  const files = (n: number | undefined): string => `${formatCount(n ?? 0)} files`
  const filesRatio = (large.files ?? 1) / (small.files ?? 1)
  return {
    id: 'many-files',
    title: 'Many small CodeCarbon files in one directory',
    details: [
      `${large.path}: ${files(large.files)}, ${formatBytes(large.bytes)}`,
      `${small.path}: ${files(small.files)}, ${formatBytes(small.bytes)}`,
    ],
    warm: [data.path('many:large'), data.path('many:small')],
    subjects: [
      carbonGateCheck(ctx, 'cg-small', `carbon-gate check (${files(small.files)})`, small.path, {
        inputBytes: small.bytes,
        sampleFds: true,
      }),
      carbonGateCheck(ctx, 'cg-large', `carbon-gate check (${files(large.files)})`, large.path, {
        inputBytes: large.bytes,
        sampleFds: true,
      }),
    ],
    rounds,
    expectedKWh: { 'cg-small': small.expectedKWh, 'cg-large': large.expectedKWh },
    targets(r) {
      const a = r.get('cg-small')
      const b = r.get('cg-large')
      const limit = filesRatio * 1.1
      return [
        target(
          `time ${files(large.files)} / ${files(small.files)}`,
          quotient(b?.seconds, a?.seconds),
          (v) => `${v.toFixed(1)}×`,
          `≤ ${limit.toFixed(0)}× (${filesRatio}× the files: linear, 10 % noise)`,
          (v) => v <= limit,
        ),
        target(
          `peak open fds, ${files(large.files)}`,
          b?.peakFds,
          String,
          a?.peakFds === undefined
            ? `bounded (no ${files(small.files)} figure to compare)`
            : `≤ ${a.peakFds + 4}: bounded (the ${files(small.files)} figure + 4)`,
          (v) => a?.peakFds !== undefined && v <= a.peakFds + 4,
        ),
      ]
    },
  }
}

/** Issue 12: a sweep of 10⁵ and 10⁶ runs (CodeCarbon) and jobs (generic JSON), text report. */
function sweepsCase(data: Datasets, ctx: SubjectContext, rounds: number): CaseSpec {
  const kinds = [
    ['sweep-codecarbon', 'runs', 'CodeCarbon'],
    ['sweep-generic', 'jobs', 'generic'],
  ] as const
  const subjects: Subject[] = []
  const details: string[] = []
  const warm: string[] = []
  for (const [kind, unit, name] of kinds) {
    for (const size of ['small', 'large'] as const) {
      const e = data.entry(`${kind}:${size}`)
      details.push(`${e.path}: ${formatBytes(e.bytes)}, ${formatCount(e.rows)} ${unit}`)
      warm.push(data.path(`${kind}:${size}`))
      subjects.push(
        carbonGateCheck(
          ctx,
          `${kind}-${size}`,
          `carbon-gate check (${name}, ${formatCount(e.rows)} ${unit})`,
          e.path,
          { inputBytes: e.bytes, format: 'text' },
        ),
      )
    }
  }
  return {
    id: 'sweeps',
    title: 'Large sweeps (one job per CodeCarbon run or generic job; --format text)',
    details,
    warm,
    subjects,
    rounds,
    skipped: ['energy check: a text report (the JSON report of 10⁶ jobs is ~1 GB)'],
    targets(r) {
      const out: Target[] = []
      for (const [kind, unit] of kinds) {
        const small = data.entry(`${kind}:small`).rows
        const large = data.entry(`${kind}:large`).rows
        const ratio = large / small
        out.push(
          target(
            `${kind}: peak RSS, ${formatCount(large)} ${unit}`,
            r.get(`${kind}-large`)?.maxRssKiB,
            formatKiB,
            '≤ 200 MB',
            (v) => v <= RSS_LIMIT_KIB,
          ),
          target(
            `${kind}: time ${formatCount(large)} / ${formatCount(small)} ${unit}`,
            quotient(r.get(`${kind}-large`)?.seconds, r.get(`${kind}-small`)?.seconds),
            (v) => `${v.toFixed(1)}×`,
            `≤ ${(ratio * 1.1).toFixed(0)}× (linear, 10 % noise)`,
            (v) => v <= ratio * 1.1,
          ),
        )
      }
      return out
    },
  }
}

export function buildCases(
  data: Datasets,
  ctx: SubjectContext,
  rounds: number,
  only: readonly string[],
): CaseSpec[] {
  const all: CaseSpec[] = [
    startupCase(data, ctx, rounds * 4),
    manyFilesCase(data, ctx, rounds),
    ...FORMATS.map((f) => formatCase(f, data, ctx, rounds)),
    sweepsCase(data, ctx, rounds),
  ]
  return only.length === 0 ? all : all.filter((c) => only.includes(c.id))
}
