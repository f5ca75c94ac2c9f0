/**
 * Slurm accounting: `sacct --format=JobID,JobName,Start,End,Elapsed,AllocTRES,ConsumedEnergyRaw -P`
 * (or `-p`, whose lines end with a `|`), one line per job and per step (`123.batch`, `123.extern`,
 * `123.0`). Energy is in joules, measured by the cluster's AcctGatherEnergy plugin.
 *
 * A job's own line already holds its total: slurmctld adds each step's energy to the job when the
 * step completes (only the extern step's under `PrologFlags=Contain`, whose extern step spans the
 * allocation), so steps are never added to their job. A job without energy on its own line (still
 * running, or listed by its steps only) takes its extern step, else the sum of its steps, as
 * slurmctld would. Start and End are local times (read in the configured zone).
 */
import { ArtifactError } from '../../../core/errors.js'
import type { JobRecord, Notice } from '../../../core/types.js'
import { textCell } from '../../shared/csv.js'
import { forEachLine } from '../../shared/lines.js'
import { Tally } from '../../shared/power-integrator.js'
import { parseTimestamp, toIso } from '../../shared/time.js'
import type { ArtifactInput, ReadOptions, ReadResult, Reader } from '../../types.js'
import { parseAllocTres, parseElapsed } from './slurm-fields.js'
import { type Columns, type Job, type Line, SacctScan, isSacctHeader } from './slurm-scan.js'

const J_PER_KWH = 3_600_000

function at(line: Line, index: number | undefined): string | undefined {
  return index === undefined ? undefined : textCell(line.cells[index])
}

interface Energy {
  readonly joules: number
  readonly from: string
}

/** The job's energy: its own line, else its extern step, else the sum of its steps. */
function jobEnergy(job: Job): Energy | undefined {
  if (job.own?.joules !== undefined && job.own.joules > 0) {
    return { joules: job.own.joules, from: 'the job line' }
  }
  const extern = job.steps.find((s) => s.step === 'extern')
  const measured = job.steps.filter((s) => s.joules !== undefined && s.joules > 0)
  if (extern?.joules !== undefined && extern.joules > 0) {
    return { joules: extern.joules, from: 'its extern step (no total on the job line)' }
  }
  if (measured.length > 0) {
    const joules = measured.reduce((sum, s) => sum + s.joules!, 0)
    return { joules, from: `the sum of its ${measured.length} steps (no total on the job line)` }
  }
  if (job.own?.joules === 0) return { joules: 0, from: 'the job line' }
  return undefined
}

function readTime(
  line: Line,
  index: number | undefined,
  column: string,
  path: string,
  zone: string,
): number | undefined {
  const text = at(line, index)
  if (text === undefined || text === 'Unknown' || text === 'None') return undefined
  const ms = parseTimestamp(text, zone)
  if (ms === undefined) {
    throw new ArtifactError(
      path,
      line.no,
      `${column} "${text}" is not a time (sacct writes YYYY-MM-DDTHH:MM:SS)`,
    )
  }
  return ms
}

function readSeconds(line: Line, columns: Columns, path: string): number | undefined {
  if (columns.elapsedRaw !== undefined) {
    const raw = at(line, columns.elapsedRaw)
    if (raw !== undefined) {
      const s = Number(raw)
      if (Number.isFinite(s) && s >= 0) return s
      throw new ArtifactError(path, line.no, `ElapsedRaw "${raw}" is not a number of seconds`)
    }
  }
  const seconds = parseElapsed(at(line, columns.elapsed))
  if (Number.isNaN(seconds)) {
    throw new ArtifactError(
      path,
      line.no,
      `Elapsed "${at(line, columns.elapsed)}" is not [D-]HH:MM:SS`,
    )
  }
  return seconds
}

function buildJob(
  job: Job,
  energy: Energy,
  columns: Columns,
  path: string,
  zone: string,
): JobRecord {
  const main = job.own ?? job.steps[0]!
  const start = readTime(main, columns.start, 'Start', path, zone)
  const end = readTime(main, columns.end, 'End', path, zone)
  let seconds = readSeconds(main, columns, path)
  if (seconds === undefined && start !== undefined && end !== undefined)
    seconds = (end - start) / 1000
  const tres = parseAllocTres(at(main, columns.allocTres))
  const name = at(main, columns.jobName)
  return {
    name: name !== undefined ? `${name} (${job.id})` : `slurm job ${job.id}`,
    source: { path, format: 'slurm', line: main.no },
    itEnergyKWh: energy.joules / J_PER_KWH,
    ...(start !== undefined ? { startedAt: toIso(start) } : {}),
    ...(seconds !== undefined ? { durationHours: seconds / 3600 } : {}),
    ...(tres.gpus !== undefined ? { gpuCount: tres.gpus } : {}),
    ...(tres.gpuModel !== undefined ? { gpuModel: tres.gpuModel } : {}),
    ...(tres.cpus !== undefined ? { cpuThreads: tres.cpus } : {}),
    notes: [`energy from ${energy.from}`],
  }
}

async function readSacct(input: ArtifactInput, options: ReadOptions): Promise<ReadResult> {
  const { path } = input
  const scan = new SacctScan(path)
  await forEachLine(
    input.chunks(),
    (text, no) => {
      scan.line(text, no)
    },
    options.onProgress,
  )
  const { columns, jobs } = scan.finish()
  const records: JobRecord[] = []
  const unmeasured = new Tally()
  for (const job of jobs.values()) {
    const energy = jobEnergy(job)
    if (energy === undefined) {
      unmeasured.add((job.own ?? job.steps[0]!).no)
      continue
    }
    records.push(buildJob(job, energy, columns, path, options.timezone))
  }
  if (records.length === 0 || records.every((r) => r.itEnergyKWh === 0)) {
    throw new ArtifactError(
      path,
      undefined,
      `holds no energy: ConsumedEnergyRaw is empty or 0 for all ${jobs.size} jobs (is AcctGatherEnergyType set on the cluster?)`,
    )
  }
  const zero = records.filter((r) => r.itEnergyKWh === 0).length
  const notices: Notice[] = [
    scan.badWidth.notice(
      path,
      'line',
      'lines',
      'skipped: their field count differs from the header',
    ),
    unmeasured.notice(path, 'job', 'jobs', 'without any energy value skipped'),
    zero === 0
      ? undefined
      : {
          path,
          message: `${zero} ${zero === 1 ? 'job has' : 'jobs have'} 0 J recorded: counted as 0 kWh`,
        },
  ].filter((n) => n !== undefined)
  return { jobs: records, notices }
}

export const slurmReader: Reader = {
  format: 'slurm',
  describes: 'Slurm sacct -P output with JobID and ConsumedEnergyRaw',
  detect(_name, head) {
    const first = head.split('\n').find((l) => l.trim() !== '')
    return first !== undefined && isSacctHeader(first)
  },
  read: readSacct,
}
