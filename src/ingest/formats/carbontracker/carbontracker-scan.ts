/**
 * Line scanner for carbontracker's logs (formats.md §2.2). One pass over a file collects what
 * either log may state: the consumption blocks (output log), the PUE, version, components,
 * per-epoch records and intensity messages (standard log, some of them echoed in the output log).
 */
import { ArtifactError } from '../../../core/errors.js'
import { numberCell } from '../../shared/csv.js'
import { readLines } from '../../shared/lines.js'
import type { ArtifactInput } from '../../types.js'

export interface ConsumptionBlock {
  readonly kind: 'actual' | 'predicted'
  /** Epochs the block covers, when its header says so. */
  readonly epochs?: number
  /** 1-based line of the block header. */
  readonly line: number
  readonly seconds?: number
  /** kWh, PUE included. */
  readonly energyKWh: number
  /** g CO2eq, PUE included. */
  readonly co2g?: number
}

export interface LogFacts {
  /** Text of the first record's timestamp (local time). */
  readonly firstRecordAt?: string
  readonly version?: string
  readonly pue?: number
  /** Component (lower-case) → its device names, from "The following components were found". */
  readonly devices?: ReadonlyMap<string, readonly string[]>
  /** Most values seen in one "Average power usage (W) for gpu" record. */
  readonly gpuPowerValues?: number
  /** "Epoch N:" records. */
  readonly epochs: number
  /** Sum of the per-epoch "Duration:" records. */
  readonly epochSeconds: number
  readonly earlyStop: boolean
  readonly averageIntensity?: number
  readonly location?: string
  /** Alpha-2 code from the "Defaulted to average carbon intensity for XX" fallback message. */
  readonly fallbackCountry?: string
  readonly fallbackIntensity?: number
  readonly blocks: readonly ConsumptionBlock[]
}

/** `2026-11-22 22:49:01 - …`; the 2020 formatter adds `,mmm - Thread - LEVEL - `. */
const RECORD = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:[,.]\d+)?) - /
const BLOCK_HEADER = /\b(Actual|Predicted) consumption(?: for (\d+) epochs?(?:\(s\))?)?:\s*$/i
const TIME_LINE = /^\s*Time:\s*(.*?)\s*$/
const ENERGY_LINE = /^\s*Energy:\s*(.*?)\s*kWh\s*$/
const CO2_LINE = /^\s*CO2eq:\s*(.*?)\s*g\s*$/
const DURATION = /^(?:(\d+) days?, )?(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/
const VERSION = /carbontracker version (\S+)/i
const PUE = /multiplied by a PUE coefficient of ([^\s(]+)/i
const COMPONENTS = /The following components were found:(.*)$/
const COMPONENT = /\s*(\S+) with device\(s\) (.*?)\.(?=\s+\S+ with device\(s\) |\s*$)/gy
const EPOCH = /\bEpoch (\d+):\s*$/
const EPOCH_DURATION = /\bDuration: (\S.*?)\s*$/
const POWER = /Average power usage \(W\) for (\S+): (.*)$/
const EARLY_STOP = /Training was interrupted/i
const UNIT = 'gCO2(?:eq)?/kWh'
const AVERAGE_INTENSITY = new RegExp(
  `Average carbon intensity during training was (\\S+) ${UNIT}(?: at detected location: (.*?))?\\.?\\s*$`,
  'i',
)
const FALLBACK = new RegExp(
  `Defaulted to average carbon intensity for (\\S+) in \\d{4} of (\\S+) ${UNIT}`,
  'i',
)

/** Seconds in a `H:MM:SS[.ff]` or `N day(s), H:MM:SS` duration, or undefined. */
export function parseDuration(text: string): number | undefined {
  const m = DURATION.exec(text.trim())
  if (!m) return undefined
  return Number(m[1] ?? 0) * 86400 + Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4])
}

/** Values of a numpy repr: `[136.8 140.2]`, `136.8`, `[1.4e+02]`; None gives []. */
function countPowerValues(repr: string, path: string, line: number): number {
  const inner = repr.trim().replace(/^\[/, '').replace(/\]$/, '').trim()
  if (inner === '' || inner === 'None') return 0
  const values = inner.split(/\s+/)
  for (const v of values) {
    const n = numberCell(v)
    if (n === undefined || (Number.isNaN(n) && v.toLowerCase() !== 'nan')) {
      throw new ArtifactError(path, line, `average power "${v}" is not a number`)
    }
  }
  return values.length
}

function parseDevices(text: string): Map<string, string[]> {
  const devices = new Map<string, string[]>()
  COMPONENT.lastIndex = 0
  for (let m = COMPONENT.exec(text); m; m = COMPONENT.exec(text)) {
    const names = m[2]!.split(',').map((d) => d.trim())
    devices.set(
      m[1]!.toLowerCase(),
      names.filter((d) => d !== ''),
    )
  }
  return devices
}

type MutableFacts = { -readonly [K in keyof LogFacts]: LogFacts[K] }

interface OpenBlock {
  kind: 'actual' | 'predicted'
  epochs?: number
  line: number
  seconds?: number
  energyKWh?: number
  co2g?: number
}

function parseBlockNumber(text: string, what: string, path: string, line: number): number {
  const n = numberCell(text)
  if (n === undefined || !Number.isFinite(n) || n < 0) {
    throw new ArtifactError(path, line, `${what} "${text}" is not a usable number`)
  }
  return n
}

/** Scan one carbontracker log. Throws ArtifactError on malformed consumption blocks. */
export async function scanLog(
  input: ArtifactInput,
  onProgress?: (bytesRead: number) => void,
): Promise<LogFacts> {
  const path = input.path
  const blocks: ConsumptionBlock[] = []
  let open: OpenBlock | undefined
  let power: { comp: string; text: string; line: number } | undefined
  const facts: MutableFacts = { epochs: 0, epochSeconds: 0, earlyStop: false, blocks }

  const closeBlock = (): void => {
    if (!open) return
    if (open.energyKWh === undefined) {
      throw new ArtifactError(path, open.line, `${open.kind} consumption block has no Energy line`)
    }
    blocks.push({ ...open, energyKWh: open.energyKWh })
    open = undefined
  }
  const closePower = (): void => {
    if (!power) return
    if (power.comp.toLowerCase() === 'gpu') {
      const n = countPowerValues(power.text, path, power.line)
      facts.gpuPowerValues = Math.max(facts.gpuPowerValues ?? 0, n)
    }
    power = undefined
  }

  for await (const { text, no } of readLines(input.chunks(), onProgress)) {
    const record = RECORD.exec(text)
    if (record) {
      closeBlock()
      closePower()
      facts.firstRecordAt ??= record[1]!.replace(',', '.')
    } else if (power) {
      // numpy wraps long arrays onto continuation lines without a record prefix.
      power.text += ` ${text.trim()}`
      if (text.includes(']')) closePower()
      continue
    }
    const header = BLOCK_HEADER.exec(text)
    if (header) {
      closeBlock()
      open = {
        kind: header[1]!.toLowerCase() === 'actual' ? 'actual' : 'predicted',
        line: no,
        ...(header[2] === undefined ? {} : { epochs: Number(header[2]) }),
      }
      continue
    }
    if (open) {
      const time = TIME_LINE.exec(text)
      if (time) {
        const seconds = parseDuration(time[1]!)
        if (seconds === undefined) {
          throw new ArtifactError(path, no, `Time "${time[1]!}" is not a H:MM:SS duration`)
        }
        open.seconds = seconds
        continue
      }
      const energy = ENERGY_LINE.exec(text)
      if (energy) {
        open.energyKWh = parseBlockNumber(energy[1]!, 'Energy', path, no)
        continue
      }
      const co2 = CO2_LINE.exec(text)
      if (co2) {
        // carbontracker prints `nan g` when it had no intensity: the block's energy still counts.
        if (co2[1]!.toLowerCase() === 'nan') continue
        open.co2g = parseBlockNumber(co2[1]!, 'CO2eq', path, no)
        continue
      }
      continue
    }
    scanMessage(text, no, path, facts, (comp, repr) => {
      power = { comp, text: repr, line: no }
      if (!repr.trimStart().startsWith('[') || repr.includes(']')) closePower()
    })
  }
  closeBlock()
  closePower()
  return facts
}

function scanMessage(
  text: string,
  no: number,
  path: string,
  facts: MutableFacts,
  onPower: (comp: string, repr: string) => void,
): void {
  let m: RegExpExecArray | null
  if ((m = POWER.exec(text))) {
    onPower(m[1]!, m[2]!)
    return
  }
  if ((m = EPOCH.exec(text))) {
    facts.epochs++
    return
  }
  if ((m = EPOCH_DURATION.exec(text))) {
    const seconds = parseDuration(m[1]!)
    if (seconds === undefined) {
      throw new ArtifactError(path, no, `Duration "${m[1]!}" is not a H:MM:SS duration`)
    }
    facts.epochSeconds += seconds
    return
  }
  if ((m = PUE.exec(text))) {
    const pue = numberCell(m[1]!.replace(/[.,]$/, ''))
    if (pue === undefined || !Number.isFinite(pue) || pue < 1) {
      throw new ArtifactError(path, no, `PUE coefficient "${m[1]!}" is not a number ≥ 1`)
    }
    facts.pue ??= pue
    return
  }
  if ((m = VERSION.exec(text))) {
    facts.version ??= m[1]!
    return
  }
  if ((m = COMPONENTS.exec(text))) {
    facts.devices ??= parseDevices(m[1]!)
    return
  }
  if (EARLY_STOP.test(text)) {
    facts.earlyStop = true
    return
  }
  if ((m = AVERAGE_INTENSITY.exec(text))) {
    const g = numberCell(m[1])
    if (g !== undefined && Number.isFinite(g) && g >= 0) facts.averageIntensity = g
    if (m[2] !== undefined && m[2].trim() !== '') facts.location = m[2].trim()
    return
  }
  if ((m = FALLBACK.exec(text))) {
    if (/^[A-Z]{2}$/.test(m[1]!)) facts.fallbackCountry = m[1]!
    const g = numberCell(m[2])
    if (g !== undefined && Number.isFinite(g) && g >= 0) facts.fallbackIntensity = g
  }
}
