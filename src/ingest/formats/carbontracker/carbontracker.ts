/**
 * carbontracker (lfwa/carbontracker): `*_carbontracker_output.log`, read together with its
 * standard log `*_carbontracker.log` (formats.md §2). Energy and CO2eq in the output log include
 * the PUE that the standard log states; it is divided out here.
 */
import { ArtifactError } from '../../../core/errors.js'
import type { JobRecord, Notice } from '../../../core/types.js'
import { scanLog } from './carbontracker-scan.js'
import type { ConsumptionBlock, LogFacts } from './carbontracker-scan.js'
import { parseTimestamp, toIso } from '../../shared/time.js'
import type { ArtifactInput, ReadOptions, ReadResult, Reader } from '../../types.js'

const OUTPUT_SUFFIX = '_carbontracker_output.log'
const COMPANION = /_carbontracker(?:_err)?\.log$/
/** carbontracker's PUE constants: `PUE_2023` (v2.x) and `PUE_2022` (v1.1.7 – v1.2.5). */
const PUE_V2 = 1.58
const PUE_V1 = 1.55

const DATE = String.raw`\d{4}-\d{2}-\d{2}T\d{2}[:-]?\d{2}(?:\d{2})?Z`
/** File-name schemes (formats.md §2.1), matched on the prefix before `_carbontracker`. */
const NAME_V2 = new RegExp(String.raw`(?:^|_)\d+\.\d+_${DATE}$`)
const NAME_V1 = new RegExp(String.raw`(?:^|_)\d+_${DATE}$`)

/** The file prefix: everything before `_carbontracker`. */
function extractPrefix(name: string): string {
  return name.slice(0, name.lastIndexOf('_carbontracker'))
}

/** The PUE carbontracker applied when its log does not state it, from the version or file name. */
function assumePue(prefix: string, version: string | undefined): { pue: number; why: string } {
  if (version !== undefined) {
    const [major = 0, minor = 0, patch = 0] = version.split('.').map((p) => parseInt(p, 10) || 0)
    if (major >= 2) return { pue: PUE_V2, why: `carbontracker ${version} applies ${PUE_V2}` }
    if (major === 1 && (minor > 1 || (minor === 1 && patch >= 7))) {
      return { pue: PUE_V1, why: `carbontracker ${version} applies ${PUE_V1}` }
    }
    return {
      pue: PUE_V2,
      why: `carbontracker ${version} predates 1.1.7, whose PUE varied by release; assumed ${PUE_V2}`,
    }
  }
  if (NAME_V2.test(prefix)) return { pue: PUE_V2, why: `the file name is carbontracker 2.x's` }
  if (NAME_V1.test(prefix))
    return { pue: PUE_V1, why: `the file name is carbontracker 1.1.7–1.2.5's` }
  return { pue: PUE_V2, why: `the carbontracker version is unknown; assumed 2.x's ${PUE_V2}` }
}

/**
 * Choose the block as carbontracker's own `aggregate_consumption` does (formats.md §2.3): the
 * actual block when training stopped early or when it covers as many epochs as the prediction,
 * else the prediction. Upstream's actual-block regex looks for "epochs" while the log says
 * "epoch(s)", so upstream always sees 1 actual epoch; here the count is read properly (from the
 * header, else from the standard log's "Epoch N:" records).
 */
function chooseBlock(
  facts: LogFacts,
  std: LogFacts | undefined,
): { block: ConsumptionBlock; measuredEpochs?: number } | undefined {
  const actual = facts.blocks.find((b) => b.kind === 'actual')
  const predicted = facts.blocks.find((b) => b.kind === 'predicted')
  const measuredEpochs = actual?.epochs ?? (std && std.epochs > 0 ? std.epochs : undefined)
  const early = facts.earlyStop || (std?.earlyStop ?? false)
  if (actual && predicted) {
    const same = measuredEpochs !== undefined && measuredEpochs === predicted.epochs
    return { block: early || same ? actual : predicted, measuredEpochs }
  }
  const block = actual ?? predicted
  return block ? { block, measuredEpochs } : undefined
}

function extractGpus(facts: readonly (LogFacts | undefined)[]): {
  gpuCount?: number
  gpuModel?: string
} {
  const devices = facts.find((f) => f?.devices !== undefined)?.devices
  if (devices) {
    const gpus = devices.get('gpu') ?? []
    const models = [...new Set(gpus)]
    return {
      gpuCount: gpus.length,
      ...(models.length > 0 ? { gpuModel: models.join(', ') } : {}),
    }
  }
  const values = facts.find((f) => f?.gpuPowerValues !== undefined)?.gpuPowerValues
  return values === undefined ? {} : { gpuCount: values }
}

/** Country from the fallback message, else the alpha-2 code that ends a geocoder address. */
function findCountry(facts: readonly (LogFacts | undefined)[]): string | undefined {
  for (const f of facts) if (f?.fallbackCountry) return f.fallbackCountry
  for (const f of facts) {
    const last = f?.location?.split(',').pop()?.trim()
    if (last !== undefined && /^[A-Z]{2}$/.test(last)) return last
  }
  return undefined
}

async function readCarbontracker(input: ArtifactInput, options: ReadOptions): Promise<ReadResult> {
  const notices: Notice[] = []
  const prefix = extractPrefix(input.name)
  const out = await scanLog(input, options.onProgress)
  const stdName = `${prefix}_carbontracker.log`
  const stdInput = input.sibling?.(stdName)
  const std = stdInput ? await scanLog(stdInput) : undefined
  if (!std) {
    notices.push({
      path: input.path,
      message: `no ${stdName} beside it: PUE, start time and hardware come from the output log alone`,
    })
  }
  const errInput = input.sibling?.(`${prefix}_carbontracker_err.log`)
  if (errInput && (errInput.size ?? 1) > 0) {
    notices.push({
      path: errInput.path,
      message: 'carbontracker logged errors during this run; its figures may be incomplete',
    })
  }

  const chosen = chooseBlock(out, std)
  if (!chosen) {
    throw new ArtifactError(input.path, undefined, 'holds no job (no consumption block)')
  }
  const { block, measuredEpochs } = chosen
  const both = [std, out] as const

  let pue = std?.pue ?? out.pue
  if (pue === undefined) {
    const assumed = assumePue(prefix, std?.version ?? out.version)
    pue = assumed.pue
    notices.push({
      path: input.path,
      message: `no PUE line in the standard log: assumed carbontracker's PUE ${pue} (${assumed.why})`,
    })
  }

  const notes: string[] = []
  if (block.kind === 'predicted') {
    const measured = measuredEpochs === undefined ? '' : ` from ${measuredEpochs} measured`
    notes.push(`carbontracker's prediction for ${block.epochs ?? '?'} epochs${measured}`)
  } else if (out.earlyStop || std?.earlyStop) {
    notes.push('training stopped early: the measured epochs only')
  }
  if (out.blocks.length > 2) {
    notices.push({
      path: input.path,
      message: `${out.blocks.length} consumption blocks: the first actual and predicted ones are used`,
    })
  }

  const intensity =
    block.co2g !== undefined && block.energyKWh > 0
      ? block.co2g / block.energyKWh
      : (std?.averageIntensity ?? out.averageIntensity ?? std?.fallbackIntensity)
  const seconds =
    block.seconds ??
    (block.kind === 'actual' && std && std.epochSeconds > 0 ? std.epochSeconds : undefined)
  const startText = std?.firstRecordAt ?? out.firstRecordAt
  const startMs = startText === undefined ? undefined : parseTimestamp(startText, options.timezone)
  const country = findCountry(both)

  const job: JobRecord = {
    name: prefix,
    source: { path: input.path, format: 'carbontracker', line: block.line },
    itEnergyKWh: block.energyKWh / pue,
    pue,
    ...(intensity === undefined ? {} : { intensityGPerKWh: intensity }),
    ...(startMs === undefined ? {} : { startedAt: toIso(startMs) }),
    ...(seconds === undefined ? {} : { durationHours: seconds / 3600 }),
    ...extractGpus(both),
    ...(country === undefined ? {} : { country }),
    ...(notes.length > 0 ? { notes } : {}),
  }
  return { jobs: [job], notices }
}

export const carbontrackerReader: Reader = {
  format: 'carbontracker',
  describes: '*_carbontracker_output.log with its *_carbontracker.log',
  detect(name, head) {
    if (!name.endsWith(OUTPUT_SUFFIX)) return false
    return (
      head.trim() === '' || head.includes('CarbonTracker:') || /carbontracker version/i.test(head)
    )
  },
  isCompanion(name) {
    return COMPANION.test(name)
  },
  read: readCarbontracker,
}
