/**
 * A tracked job's identity across runs: what stays the same when the same training or inference
 * job is measured again (its format and its name without the run ids trackers put in it), so the
 * jobs of a PR run can be matched with the base commit's ("the jobs that changed most").
 */

/** The parts of a job its identity is made from. */
export interface JobLike {
  readonly name: string
  readonly source: { readonly format: string }
}

/** Hex run ids and uuids (`4f3c2a1b`, `58a2b8de-9580-…`), and "line N" suffixes, vary per run. */
const RUN_ID = /\b[0-9a-f]{8}(?:-[0-9a-f]{4}){0,3}(?:-[0-9a-f]{12})?\b/gi
const LINE_SUFFIX = /\bline \d+\b/gi

/** `codecarbon:resnet-training` for the CodeCarbon job `resnet-training 4f3c2a1b`. */
export function jobIdentity(job: JobLike): string {
  const name = job.name
    .replace(RUN_ID, (m) => (/\d/.test(m) ? ' ' : m))
    .replace(LINE_SUFFIX, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
  return `${job.source.format}:${name === '' ? 'job' : name}`
}

export interface JobTotal {
  readonly totalKg: number
  readonly itEnergyKWh: number
}

/** kg and kWh per job identity: jobs that share one are summed. */
export function totalsByJob(
  jobs: readonly { readonly key: string; readonly totalKg: number; readonly itEnergyKWh: number }[],
): ReadonlyMap<string, JobTotal> {
  const out = new Map<string, JobTotal>()
  for (const j of jobs) {
    const had = out.get(j.key)
    out.set(j.key, {
      totalKg: (had?.totalKg ?? 0) + j.totalKg,
      itEnergyKWh: (had?.itEnergyKWh ?? 0) + j.itEnergyKWh,
    })
  }
  return out
}
