/**
 * One comparison: warm its inputs, then N rounds in which every subject runs once, in order
 * (A, B, C, A, B, C, …), so drifts of the machine hit all subjects alike. Results are medians.
 */
import { runOnce, warmPath, type RunSample, type Subject } from './measure.js'
import { maximum, median, relativeDifference } from './stats.js'

export interface SubjectResult {
  readonly id: string
  readonly label: string
  readonly runs: number
  readonly failedRuns: number
  /** The first failure, when any run failed. */
  readonly error?: string
  readonly seconds?: number
  readonly maxRssKiB?: number
  readonly peakFds?: number
  readonly energyKWh?: number
  readonly inputBytes?: number
  readonly samples: readonly RunSample[]
}

export interface Target {
  readonly name: string
  readonly value: string
  readonly target: string
  /** undefined: could not be judged (a subject failed or was skipped), or only informs. */
  readonly ok: boolean | undefined
  /** A figure shown for information, with no target. */
  readonly informational?: boolean
}

export interface EnergyCheck {
  readonly what: string
  readonly aKWh: number
  readonly bKWh: number
  readonly relative: number
  readonly ok: boolean
}

export interface CaseSpec {
  readonly id: string
  readonly title: string
  /** Lines under the title (input sizes, rows). */
  readonly details: readonly string[]
  readonly warm: readonly string[]
  readonly subjects: readonly Subject[]
  readonly rounds: number
  /** The generator's energy for subjects that report one, by subject id. */
  readonly expectedKWh?: Readonly<Record<string, number>>
  /** Pairs of subject ids whose energies must agree. */
  readonly crossChecks?: readonly (readonly [string, string])[]
  readonly targets: (results: ReadonlyMap<string, SubjectResult>) => Target[]
  /** Comparisons left out, with the reason. */
  readonly skipped?: readonly string[]
}

export interface CaseResult {
  readonly id: string
  readonly title: string
  readonly details: readonly string[]
  readonly rounds: number
  readonly subjects: readonly SubjectResult[]
  readonly targets: readonly Target[]
  readonly energyChecks: readonly EnergyCheck[]
  readonly skipped: readonly string[]
}

/** Energies must agree to this relative difference. */
export const ENERGY_TOLERANCE = 1e-6

export function summarise(subject: Subject, samples: readonly RunSample[]): SubjectResult {
  const ok = samples.filter((s) => s.ok)
  const failed = samples.find((s) => !s.ok)
  const seconds = median(ok.map((s) => s.seconds))
  const rss = median(ok.flatMap((s) => (s.maxRssKiB === undefined ? [] : [s.maxRssKiB])))
  const fds = maximum(ok.flatMap((s) => (s.peakFds === undefined ? [] : [s.peakFds])))
  const energy = ok.find((s) => s.energyKWh !== undefined)?.energyKWh
  return {
    id: subject.id,
    label: subject.label,
    runs: samples.length,
    failedRuns: samples.length - ok.length,
    ...(failed?.error === undefined ? {} : { error: failed.error }),
    ...(seconds === undefined ? {} : { seconds }),
    ...(rss === undefined ? {} : { maxRssKiB: rss }),
    ...(fds === undefined ? {} : { peakFds: fds }),
    ...(energy === undefined ? {} : { energyKWh: energy }),
    ...(subject.inputBytes === undefined ? {} : { inputBytes: subject.inputBytes }),
    samples,
  }
}

function checkEnergies(spec: CaseSpec, results: ReadonlyMap<string, SubjectResult>): EnergyCheck[] {
  const checks: EnergyCheck[] = []
  const add = (what: string, a: number | undefined, b: number | undefined): void => {
    if (a === undefined || b === undefined) return
    const relative = relativeDifference(a, b)
    checks.push({ what, aKWh: a, bKWh: b, relative, ok: relative <= ENERGY_TOLERANCE })
  }
  for (const [id, expected] of Object.entries(spec.expectedKWh ?? {})) {
    const r = results.get(id)
    add(`${r?.label ?? id} vs generated`, r?.energyKWh, expected)
  }
  for (const [a, b] of spec.crossChecks ?? []) {
    const ra = results.get(a)
    const rb = results.get(b)
    add(`${ra?.label ?? a} vs ${rb?.label ?? b}`, ra?.energyKWh, rb?.energyKWh)
  }
  return checks
}

/** Run a comparison; `log` gets a line per round. */
export async function runCase(
  spec: CaseSpec,
  scratch: string,
  log: (line: string) => void,
): Promise<CaseResult> {
  for (const path of spec.warm) warmPath(path)
  const samples = new Map<string, RunSample[]>(spec.subjects.map((s) => [s.id, []]))
  for (let round = 0; round < spec.rounds; round++) {
    const parts: string[] = []
    for (const subject of spec.subjects) {
      const sample = await runOnce(subject, scratch)
      samples.get(subject.id)!.push(sample)
      parts.push(`${subject.id} ${sample.ok ? sample.seconds.toFixed(3) + ' s' : 'FAILED'}`)
    }
    log(`  round ${round + 1}/${spec.rounds}: ${parts.join(', ')}`)
  }
  const results = new Map(spec.subjects.map((s) => [s.id, summarise(s, samples.get(s.id)!)]))
  return {
    id: spec.id,
    title: spec.title,
    details: spec.details,
    rounds: spec.rounds,
    subjects: [...results.values()],
    targets: spec.targets(results),
    energyChecks: checkEnergies(spec, results),
    skipped: spec.skipped ?? [],
  }
}
