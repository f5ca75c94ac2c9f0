/**
 * Megatron-LM / NeMo (Megatron-Bridge) training logs with `--log-energy` (megatron-lines.ts): one
 * job per `Total training energy (GPU)` line (a log can hold several runs appended), its energy
 * the total all GPUs measured. The per-iteration lines give the duration (iterations × elapsed
 * time per iteration), the start, and — with the total — the GPU count (total ÷ the per-GPU
 * energies) when the world size is not in the log. Iterations logged after the last total (a run
 * that did not finish) are estimated from their per-GPU energies × the world size, when known.
 * Megatron pauses its monitor during evaluation and checkpoint saves: that energy is not in its
 * figures, so not in these.
 */
import { ArtifactError } from '../../../core/errors.js'
import type { JobRecord, Notice } from '../../../core/types.js'
import { forEachLine } from '../../shared/lines.js'
import { jobNameFromFile } from '../../shared/power-integrator.js'
import { parseTimestamp, toIso } from '../../shared/time.js'
import type { ArtifactInput, ReadOptions, ReadResult, Reader } from '../../types.js'
import { mentionsEnergyMonitor, parseMegatronLine } from './megatron-lines.js'

const LOG_NAME = /\.(?:log|txt|out|err)$/i
const J_PER_KWH = 3_600_000
/** The world size implied by a total and the one the log states may differ this much. */
const WORLD_SIZE_TOLERANCE = 0.05

interface Pending {
  readonly iteration: number
  readonly energyJ: number
  readonly elapsedMs: number
}

/** The iterations logged since the previous total. */
class Segment {
  firstLine: number | undefined
  firstStamp: string | undefined
  lastStamp: string | undefined
  lines = 0
  /** Iteration lines of this segment whose energy could not be read. */
  skipped = 0
  /** Σ per-GPU J per iteration × iterations, and Σ seconds, over the logged intervals. */
  gpuJoules = 0
  seconds = 0
  private first: Pending | undefined
  private previous: number | undefined

  add(iteration: number, energyJ: number, elapsedMs: number, no: number, stamp?: string): void {
    this.firstLine ??= no
    if (stamp !== undefined) {
      this.firstStamp ??= stamp
      this.lastStamp = stamp
    }
    this.lines++
    if (this.previous === undefined) {
      // How many iterations the first line covers is known once the log interval is.
      this.first = { iteration, energyJ, elapsedMs }
    } else {
      if (this.first !== undefined) this.countFirst(iteration)
      this.count(iteration - this.previous, energyJ, elapsedMs)
    }
    this.previous = iteration
  }

  /**
   * How many iterations the first line covers, from the second line's iteration: Megatron logs
   * the first iteration of a run (fresh or resumed), then every log-interval iterations — the
   * second line at a multiple of (its distance from the first + 1) means the first covered one
   * iteration; else (older versions) the first covered a whole interval.
   */
  private countFirst(second: number | undefined): void {
    const first = this.first!
    const gap = second === undefined ? 0 : second - first.iteration
    const covered = gap <= 0 || second! % (gap + 1) === 0 ? 1 : Math.min(gap, first.iteration)
    this.count(covered, first.energyJ, first.elapsedMs)
    this.first = undefined
  }

  private count(iterations: number, energyJ: number, elapsedMs: number): void {
    if (iterations <= 0) return
    this.gpuJoules += energyJ * iterations
    this.seconds += (elapsedMs / 1000) * iterations
  }

  /** Closes the segment (a lone first line counts one iteration). */
  close(): void {
    if (this.first !== undefined) this.countFirst(undefined)
  }
}

interface Parsed {
  readonly jobs: JobRecord[]
  readonly notices: Notice[]
}

class MegatronParser {
  private segment = new Segment()
  private worldSize: number | undefined
  private runs = 0
  readonly jobs: JobRecord[] = []
  readonly notices: Notice[] = []
  private missing = 0
  private firstMissing: number | undefined

  constructor(
    private readonly input: ArtifactInput,
    private readonly options: ReadOptions,
  ) {}

  line(text: string, no: number): void {
    const line = parseMegatronLine(text)
    if (line === undefined) return
    if (line.kind === 'world') this.worldSize = line.size
    else if (line.kind === 'iteration') {
      const { energyJ, elapsedMs } = line
      if (energyJ === undefined) return // iteration lines of a run without --log-energy
      if (
        !Number.isFinite(energyJ) ||
        energyJ < 0 ||
        elapsedMs === undefined ||
        !(elapsedMs >= 0)
      ) {
        this.missing++
        this.firstMissing ??= no
        this.segment.skipped++
        return
      }
      this.segment.add(line.iteration, energyJ, elapsedMs, no, line.stamp)
    } else this.closeRun(line.megajoules, line.text, no)
  }

  private closeRun(megajoules: number, shown: string, no: number): void {
    const path = this.input.path
    if (!Number.isFinite(megajoules) || megajoules < 0) {
      throw new ArtifactError(
        path,
        no,
        `total training energy "${shown}" MJ is not a usable number`,
      )
    }
    if (megajoules === 0) {
      throw new ArtifactError(
        path,
        no,
        "Megatron's energy monitor read 0 J: pynvml was not importable in the training environment, so nothing was measured",
      )
    }
    const segment = this.segment
    segment.close()
    const joules = megajoules * 1e6
    const notes = [`energy: the total all GPUs measured (${shown} MJ)`]
    let gpus = this.worldSize
    if (segment.gpuJoules > 0 && (gpus !== undefined || segment.skipped === 0)) {
      const implied = joules / segment.gpuJoules
      if (gpus === undefined) {
        gpus = Math.max(1, Math.round(implied))
        notes.push(`GPU count from the total ÷ the per-GPU energies (${implied.toFixed(2)})`)
      } else if (Math.abs(implied - gpus) / gpus > WORLD_SIZE_TOLERANCE) {
        notes.push(
          `the per-GPU energies × world size ${gpus} give ${((segment.gpuJoules * gpus) / 1e6).toFixed(3)} MJ`,
        )
      }
    }
    this.push(joules, segment, gpus, no, notes)
  }

  private push(
    joules: number,
    segment: Segment,
    gpus: number | undefined,
    no: number,
    notes: string[],
  ): void {
    this.runs++
    const startMs =
      segment.firstStamp === undefined
        ? undefined
        : parseTimestamp(segment.firstStamp, this.options.timezone)
    let seconds = segment.seconds
    if (seconds === 0 && segment.lastStamp !== undefined && startMs !== undefined) {
      const endMs = parseTimestamp(segment.lastStamp, this.options.timezone)
      if (endMs !== undefined) seconds = (endMs - startMs) / 1000
    }
    this.jobs.push({
      name: jobNameFromFile(this.input.name),
      source: { path: this.input.path, format: 'megatron', line: segment.firstLine ?? no },
      itEnergyKWh: joules / J_PER_KWH,
      ...(gpus !== undefined ? { gpuCount: gpus } : {}),
      ...(startMs !== undefined ? { startedAt: toIso(startMs) } : {}),
      ...(segment.lines > 0 ? { durationHours: seconds / 3600 } : {}),
      notes,
    })
    this.segment = new Segment()
  }

  finish(): Parsed {
    const path = this.input.path
    const rest = this.segment
    rest.close()
    if (rest.lines > 0) {
      if (this.worldSize !== undefined) {
        this.push(rest.gpuJoules * this.worldSize, rest, this.worldSize, rest.firstLine!, [
          `no "Total training energy" line (the run did not finish?): estimated from ${rest.lines} logged intervals × world size ${this.worldSize}`,
        ])
      } else {
        this.notices.push({
          path,
          line: rest.firstLine!,
          message: `${rest.lines} iteration lines after the last total are not counted: without a "Total training energy" line or the world size their energy is unknown`,
        })
      }
    }
    if (this.missing > 0) {
      this.notices.push({
        path,
        line: this.firstMissing!,
        message: `${this.missing} iteration ${this.missing === 1 ? 'line' : 'lines'} without a usable energy or elapsed time skipped`,
      })
    }
    if (this.jobs.length === 0) {
      throw new ArtifactError(
        path,
        undefined,
        'holds no energy: no "Total training energy (GPU)" line and no "energy per GPU (J/iter/GPU)" iteration line with a known world size (train with --log-energy)',
      )
    }
    if (this.runs > 1) {
      this.jobs.forEach((job, i) => {
        this.jobs[i] = { ...job, name: `${job.name} run ${i + 1}` }
      })
    }
    return { jobs: this.jobs, notices: this.notices }
  }
}

async function readMegatron(input: ArtifactInput, options: ReadOptions): Promise<ReadResult> {
  const parser = new MegatronParser(input, options)
  await forEachLine(
    input.chunks(),
    (text, no) => {
      parser.line(text, no)
    },
    options.onProgress,
  )
  return parser.finish()
}

export const megatronReader: Reader = {
  format: 'megatron',
  describes: 'Megatron-LM / NeMo training logs (*.log, *.out, *.txt) written with --log-energy',
  detect(name, head) {
    return LOG_NAME.test(name) && mentionsEnergyMonitor(head)
  },
  read: readMegatron,
}
