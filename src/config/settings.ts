/**
 * Every setting once: its key in `.carbon-gate.yml`, its flag/input name when it has one, how its
 * value is read and where it lands in `Config`.
 */
import { parseBoolean, parseDurationSeconds, parseMass, parsePercent } from './quantities.js'
import type { Config, HardwareConfig } from './types.js'
import { DEFAULT_CONFIG } from './types.js'
import {
  parseArtifacts,
  parseBounded,
  parseBranchName,
  parseChoice,
  parseCommentKey,
  parseGpuOverrides,
  parseRegion,
  parseRunId,
  parseText,
  parseTimeZone,
} from './values.js'

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** A Config being built: each setting replaces one field (nested objects are replaced, not edited). */
export type Draft = Mutable<Config>

export interface Setting {
  /** The key in `.carbon-gate.yml`, dotted: 'budget', 'overhead.mode', 'power-logs.max-gap'. */
  readonly key: string
  /** The flag or action input name, when the setting can be given as one. */
  readonly input?: string
  /** Reads a raw value (input text or YAML value) into a change of the draft; throws Error. */
  readonly read: (raw: unknown) => (draft: Draft) => void
}

function define<T>(
  key: string,
  input: string | undefined,
  parse: (raw: unknown) => T,
  apply: (draft: Draft, value: T) => void,
): Setting {
  const read = (raw: unknown): ((draft: Draft) => void) => {
    const value = parse(raw)
    return (draft) => {
      apply(draft, value)
    }
  }
  return input === undefined ? { key, read } : { key, input, read }
}

function hardware(
  key: string,
  field: Exclude<keyof HardwareConfig, 'gpus'>,
  parse: (raw: unknown) => number,
): Setting {
  return define(`hardware.${key}`, undefined, parse, (d, v) => {
    d.hardware = { ...d.hardware, [field]: v }
  })
}

const ACTIONS = ['fail', 'warn'] as const

export const SETTINGS: readonly Setting[] = [
  define('artifacts', 'artifacts', parseArtifacts, (d, v) => {
    d.artifacts = v
  }),
  define('budget', 'budget', parseMass, (d, v) => {
    d.budgetKg = v
  }),
  define('max-increase', 'max-increase', parsePercent, (d, v) => {
    d.maxIncreasePercent = v
  }),
  define('monthly-budget', 'monthly-budget', parseMass, (d, v) => {
    d.monthlyBudgetKg = v
  }),
  define(
    'on-exceed',
    'on-exceed',
    (r) => parseChoice(r, ACTIONS),
    (d, v) => {
      d.onExceed = v
    },
  ),
  define(
    'on-increase',
    'on-increase',
    (r) => parseChoice(r, ACTIONS),
    (d, v) => {
      d.onIncrease = v
    },
  ),
  define('region', 'region', parseRegion, (d, v) => {
    d.region = v
  }),
  define(
    'intensity',
    'intensity',
    (r) => parseBounded(r, { min: 0, max: 2000, unit: 'g CO2e/kWh' }),
    (d, v) => {
      d.intensity = v
    },
  ),
  define(
    'pue',
    'pue',
    (r) => parseBounded(r, { min: 1, max: 10 }),
    (d, v) => {
      d.pue = v
    },
  ),
  define('timezone', 'timezone', parseTimeZone, (d, v) => {
    d.timezone = v
  }),
  define(
    'overhead.mode',
    undefined,
    (r) => parseChoice(r, ['pue', 'idle'] as const),
    (d, v) => {
      d.overhead = { ...d.overhead, mode: v }
    },
  ),
  define(
    'overhead.idle-ratio',
    undefined,
    (r) => parseBounded(r, { min: 0, max: 10 }),
    (d, v) => {
      d.overhead = { ...d.overhead, idleRatio: v }
    },
  ),
  hardware('gpu-embodied-kg', 'gpuEmbodiedKg', (r) =>
    parseBounded(r, { min: 0, max: 1e5, unit: 'kg' }),
  ),
  hardware('server-embodied-kg', 'serverEmbodiedKg', (r) =>
    parseBounded(r, { min: 0, max: 1e6, unit: 'kg' }),
  ),
  hardware('gpus-per-server', 'gpusPerServer', (r) =>
    parseBounded(r, { min: 1, max: 1024, integer: true }),
  ),
  hardware('threads-per-server', 'threadsPerServer', (r) =>
    parseBounded(r, { min: 1, max: 1e5, integer: true }),
  ),
  hardware('lifetime-years', 'lifetimeYears', (r) =>
    parseBounded(r, { min: 0, minExclusive: true, max: 50, unit: 'years' }),
  ),
  hardware('utilization', 'utilization', (r) =>
    parseBounded(r, { min: 0, minExclusive: true, max: 1 }),
  ),
  define('hardware.gpus', undefined, parseGpuOverrides, (d, v) => {
    d.hardware = { ...d.hardware, gpus: v }
  }),
  define('power-logs.max-gap', 'max-gap', parseDurationSeconds, (d, v) => {
    d.maxGapSeconds = v
  }),
  define('power-logs.poll-interval', 'poll-interval', parseDurationSeconds, (d, v) => {
    d.pollIntervalSeconds = v
  }),
  define('comment', 'comment', parseBoolean, (d, v) => {
    d.comment = v
  }),
  define('comment-key', 'comment-key', parseCommentKey, (d, v) => {
    d.commentKey = v
  }),
  define(
    'ledger',
    'ledger',
    (r) => parseChoice(r, ['auto', 'read', 'write', 'off'] as const),
    (d, v) => {
      d.ledger = v
    },
  ),
  define('ledger-branch', 'ledger-branch', parseBranchName, (d, v) => {
    d.ledgerBranch = v
  }),
  define('badge', 'badge', parseBoolean, (d, v) => {
    d.badge = v
  }),
  define('run-id', 'run-id', parseRunId, (d, v) => {
    d.runId = v
  }),
  define('artifact-name', 'artifact-name', parseText, (d, v) => {
    d.artifactName = v
  }),
]

/** Inputs the action and CLI know that are not settings here: the caller uses them itself. */
export const CALLER_INPUTS: readonly string[] = ['config', 'github-token']

export const SETTINGS_BY_KEY: ReadonlyMap<string, Setting> = new Map(
  SETTINGS.map((s) => [s.key, s]),
)

export const SETTINGS_BY_INPUT: ReadonlyMap<string, Setting> = new Map(
  SETTINGS.flatMap((s) => (s.input === undefined ? [] : [[s.input, s] as const])),
)

/** A fresh, mutable copy of the defaults. */
export function createDraft(): Draft {
  return {
    ...DEFAULT_CONFIG,
    artifacts: [...DEFAULT_CONFIG.artifacts],
    overhead: { ...DEFAULT_CONFIG.overhead },
    hardware: { ...DEFAULT_CONFIG.hardware, gpus: { ...DEFAULT_CONFIG.hardware.gpus } },
  }
}
