/**
 * Every setting once: its key in `.carbon-gate.yml`, its flag/input name when it has one, how its
 * value is read and where it lands in `Config`.
 */
import {
  parseBoolean,
  parseDurationSeconds,
  parseMass,
  parsePercent,
  parsePollInterval,
} from './quantities.js'
import type { DeploymentSettings } from '../model/deployment.js'
import { COMMENT_LAYOUTS } from '../core/comment-layout.js'
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

/** A setting the CLI also takes, as `--<input> VALUE`, with its line in `carbon-gate --help`. */
export interface Flag {
  /** What the value is, in the help: MASS, PCT, fail|warn. */
  readonly value: string
  readonly help: string
}

export interface Setting {
  /** The key in `.carbon-gate.yml`, dotted: 'budget', 'overhead.mode', 'power-logs.max-gap'. */
  readonly key: string
  /** The action input (and CLI flag) name, when the setting can be given as one. */
  readonly input?: string
  /** Set when the CLI takes the input as a flag. */
  readonly flag?: Flag
  /** Reads a raw value (input text or YAML value) into a change of the draft; throws Error. */
  readonly read: (raw: unknown) => (draft: Draft) => void
}

/** An action input that is also a CLI flag. */
function flagged(input: string, value: string, help: string): { input: string; flag: Flag } {
  return { input, flag: { value, help } }
}

function define<T>(
  key: string,
  input: string | { input: string; flag: Flag } | undefined,
  parse: (raw: unknown) => T,
  apply: (draft: Draft, value: T) => void,
): Setting {
  const read = (raw: unknown): ((draft: Draft) => void) => {
    const value = parse(raw)
    return (draft) => {
      apply(draft, value)
    }
  }
  if (input === undefined) return { key, read }
  return typeof input === 'string' ? { key, input, read } : { key, ...input, read }
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

type DeploymentField = keyof DeploymentSettings

/** A key of the `deployment:` block. */
function deployment(
  key: string,
  field: DeploymentField,
  parse: (raw: unknown) => unknown,
): Setting {
  return define(`deployment.${key}`, undefined, parse, (d, v) => {
    d.deployment = { ...d.deployment, [field]: v }
  })
}

const count = (max: number) => (r: unknown) => parseBounded(r, { min: 0, minExclusive: true, max })

const ACTIONS = ['fail', 'warn'] as const
const CHOICE = ACTIONS.join('|')

export const SETTINGS: readonly Setting[] = [
  define('artifacts', 'artifacts', parseArtifacts, (d, v) => {
    d.artifacts = v
  }),
  define(
    'budget',
    flagged('budget', 'MASS', 'per-run budget: 800g, 25kg, 1.2t'),
    parseMass,
    (d, v) => {
      d.budgetKg = v
    },
  ),
  define(
    'max-increase',
    flagged('max-increase', 'PCT', 'flag growth over the baseline beyond this, e.g. 10%'),
    parsePercent,
    (d, v) => {
      d.maxIncreasePercent = v
    },
  ),
  define('monthly-budget', 'monthly-budget', parseMass, (d, v) => {
    d.monthlyBudgetKg = v
  }),
  define('pr-budget', 'pr-budget', parseMass, (d, v) => {
    d.prBudgetKg = v
  }),
  define(
    'tag',
    flagged('tag', 'TAG', 'what this run is, recorded with it: final marks the final training'),
    parseText,
    (d, v) => {
      d.tag = v
    },
  ),
  define(
    'training-type',
    flagged('training-type', 'pre-training|fine-tuning', "the model card's training_type"),
    (r) => parseChoice(r, ['pre-training', 'fine-tuning'] as const),
    (d, v) => {
      d.trainingType = v
    },
  ),
  define(
    'final-jobs',
    flagged(
      'final-jobs',
      'PATTERN',
      'job names (* wildcard) that mark a recorded run as final training',
    ),
    parseArtifacts,
    (d, v) => {
      d.finalJobs = v
    },
  ),
  define(
    'on-exceed',
    flagged('on-exceed', CHOICE, 'what an exceeded budget does (default fail)'),
    (r) => parseChoice(r, ACTIONS),
    (d, v) => {
      d.onExceed = v
    },
  ),
  define(
    'on-increase',
    flagged('on-increase', CHOICE, 'what an exceeded --max-increase does (default warn)'),
    (r) => parseChoice(r, ACTIONS),
    (d, v) => {
      d.onIncrease = v
    },
  ),
  define(
    'region',
    flagged('region', 'CODE', 'FRA, FR or provider:region (gcp:us-central1)'),
    parseRegion,
    (d, v) => {
      d.region = v
    },
  ),
  define(
    'intensity',
    flagged('intensity', 'G', 'grid intensity in g CO2e/kWh, overrides every other source'),
    (r) => parseBounded(r, { min: 0, max: 2000, unit: 'g CO2e/kWh' }),
    (d, v) => {
      d.intensity = v
    },
  ),
  define(
    'pue',
    flagged('pue', 'N', 'facility PUE (not with overhead mode idle)'),
    (r) => parseBounded(r, { min: 1, max: 10 }),
    (d, v) => {
      d.pue = v
    },
  ),
  define(
    'on-uncertain',
    flagged(
      'on-uncertain',
      'warn|fail|pass',
      'what a budget within the range of the estimate does (default warn)',
    ),
    (r) => parseChoice(r, ['warn', 'fail', 'pass'] as const),
    (d, v) => {
      d.onUncertain = v
    },
  ),
  define(
    'intensity-series',
    flagged('intensity-series', 'FILE', 'CSV of timestamp, g CO2e/kWh: intensity over time'),
    parseText,
    (d, v) => {
      d.intensitySeriesPath = v
    },
  ),
  define(
    'market-intensity',
    flagged('market-intensity', 'G', "the supplier's g CO2e/kWh, for a market-based figure"),
    (r) => parseBounded(r, { min: 0, max: 2000, unit: 'g CO2e/kWh' }),
    (d, v) => {
      d.marketIntensity = v
    },
  ),
  define(
    'timezone',
    flagged('timezone', 'ZONE', "IANA zone of trackers' local timestamps (default UTC)"),
    parseTimeZone,
    (d, v) => {
      d.timezone = v
    },
  ),
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
  define(
    'power-logs.max-gap',
    flagged('max-gap', 'DURATION', 'power-log gaps longer than this are not bridged (default 60s)'),
    parseDurationSeconds,
    (d, v) => {
      d.maxGapSeconds = v
    },
  ),
  define(
    'power-logs.poll-interval',
    flagged(
      'poll-interval',
      'DURATION',
      'polling interval of logs without timestamps (dmon), with its unit: 1s, 500ms',
    ),
    parsePollInterval,
    (d, v) => {
      d.pollIntervalSeconds = v
    },
  ),
  deployment('inference', 'inference', parseText),
  deployment('measured-requests', 'measuredRequests', count(1e15)),
  deployment('measured-tokens', 'measuredTokens', count(1e18)),
  deployment('requests-per-day', 'requestsPerDay', count(1e15)),
  deployment('tokens-per-day', 'tokensPerDay', count(1e18)),
  deployment('gpus', 'gpus', (r) => parseBounded(r, { min: 0, minExclusive: true, max: 1e6 })),
  deployment('gpu-model', 'gpuModel', parseText),
  deployment('gpu-power-w', 'gpuPowerW', (r) => parseBounded(r, { min: 0, max: 1e4, unit: 'W' })),
  deployment('cpu-threads', 'cpuThreads', (r) =>
    parseBounded(r, { min: 0, minExclusive: true, max: 1e7 }),
  ),
  deployment('cpu-power-w', 'cpuPowerW', (r) => parseBounded(r, { min: 0, max: 1e7, unit: 'W' })),
  deployment('hours-per-day', 'hoursPerDay', (r) =>
    parseBounded(r, { min: 0, minExclusive: true, max: 24, unit: 'h' }),
  ),
  deployment('region', 'region', parseRegion),
  deployment('intensity', 'intensity', (r) =>
    parseBounded(r, { min: 0, max: 2000, unit: 'g CO2e/kWh' }),
  ),
  deployment('pue', 'pue', (r) => parseBounded(r, { min: 1, max: 10 })),
  deployment('embodied', 'embodied', parseBoolean),
  deployment('training', 'trainingKg', parseMass),
  define('comment', 'comment', parseBoolean, (d, v) => {
    d.comment = v
  }),
  define('comment-key', 'comment-key', parseCommentKey, (d, v) => {
    d.commentKey = v
  }),
  define('series', 'series', parseCommentKey, (d, v) => {
    d.series = v
  }),
  define('commit-status', 'commit-status', parseBoolean, (d, v) => {
    d.commitStatus = v
  }),
  define(
    'comment-layout',
    'comment-layout',
    (r) => parseChoice(r, COMMENT_LAYOUTS),
    (d, v) => {
      d.commentLayout = v
    },
  ),
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

/** Every action input (action.yml lists exactly these): the settings' inputs and the caller's. */
export const INPUT_NAMES: readonly string[] = [
  ...SETTINGS.flatMap((s) => (s.input === undefined ? [] : [s.input])),
  ...CALLER_INPUTS,
]

/** The settings the CLI takes as flags, in the order of its help. */
export const FLAG_SETTINGS: readonly (Setting & { readonly input: string; readonly flag: Flag })[] =
  SETTINGS.flatMap((s) =>
    s.input !== undefined && s.flag !== undefined ? [{ ...s, input: s.input, flag: s.flag }] : [],
  )

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
    finalJobs: [...DEFAULT_CONFIG.finalJobs],
    overhead: { ...DEFAULT_CONFIG.overhead },
    hardware: { ...DEFAULT_CONFIG.hardware, gpus: { ...DEFAULT_CONFIG.hardware.gpus } },
  }
}
