/**
 * The CLI's arguments: the settings' flags (every setting with a flag in config/settings.ts) and
 * the CLI's own. Errors are ConfigErrors naming the option, one line each.
 */
import { parseArgs } from 'node:util'
import { FLAG_SETTINGS } from '../config/settings.js'
import { ConfigError } from '../core/errors.js'

export const FORMATS = ['text', 'markdown', 'json', 'junit', 'code-quality', 'model-card'] as const

/** The CLI's commands (a first word that is none of these and no file is taken as a typo). */
export const COMMANDS = ['check', 'ledger', 'help'] as const
export type Format = (typeof FORMATS)[number]

interface OwnFlag {
  readonly type: 'string' | 'boolean'
  readonly short?: string
  /** The value in the help (string flags); a flag without `help` is not listed. */
  readonly value?: string
  readonly help?: string
}

/** The CLI's own flags: they steer the CLI rather than the gate. */
export const OWN_FLAGS: Readonly<Record<string, OwnFlag>> = {
  config: {
    type: 'string',
    value: 'FILE',
    help: 'configuration file (default: .carbon-gate.yml when present)',
  },
  baseline: {
    type: 'string',
    value: 'FILE',
    help: "an earlier run's JSON report, or a ledger month file, to compare with",
  },
  format: {
    type: 'string',
    value: FORMATS.join('|'),
    help: 'what goes to stdout (default text; junit: one test case per budget; code-quality: GitLab Code Quality JSON; model-card: the Hugging Face co2_eq_emissions block)',
  },
  output: { type: 'string', value: 'FILE', help: 'also write the JSON report there' },
  'as-of': {
    type: 'string',
    value: 'DATE',
    help: 'carbon-gate ledger: the day this month and year are taken at (default today, UTC)',
  },
  'no-color': { type: 'boolean', help: 'no colour (NO_COLOR is honoured too)' },
  color: { type: 'boolean' },
  debug: { type: 'boolean', help: 'show stack traces of unexpected errors' },
  help: { type: 'boolean', short: 'h', help: 'this help' },
  version: { type: 'boolean', short: 'v', help: 'the version' },
}

/** What parseArgs is given: the settings' flags, then the CLI's own. */
export const FLAG_OPTIONS: Readonly<
  Record<string, { type: 'string' | 'boolean'; short?: string }>
> = {
  ...Object.fromEntries(FLAG_SETTINGS.map((s) => [s.input, { type: 'string' as const }])),
  ...Object.fromEntries(
    Object.entries(OWN_FLAGS).map(([name, f]) => [
      name,
      f.short === undefined ? { type: f.type } : { type: f.type, short: f.short },
    ]),
  ),
}

export interface CheckArgs {
  readonly kind: 'check'
  readonly paths: readonly string[]
  /** The first path when no command was named (`carbon-gate runs/`): maybe a mistyped command. */
  readonly maybeCommand?: string
  /** The settings given as flags, by input name (the artifacts as `artifacts`). */
  readonly inputs: Readonly<Record<string, string>>
  readonly configPath?: string
  readonly baseline?: string
  readonly format: Format
  readonly output?: string
  /** `--color` (true) or `--no-color` (false); undefined leaves it to the terminal. */
  readonly color?: boolean
}

/** `carbon-gate ledger FOLDER`: the project to date from ledger month files. */
export interface LedgerArgs {
  readonly kind: 'ledger'
  readonly folder: string
  readonly inputs: Readonly<Record<string, string>>
  readonly configPath?: string
  readonly format: 'text' | 'json'
  readonly asOf?: string
}

export type CliArgs =
  { readonly kind: 'help' } | { readonly kind: 'version' } | CheckArgs | LedgerArgs

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const { values, positionals } = parseFlags(argv)
  if (values.help === true) return { kind: 'help' }
  if (values.version === true) return { kind: 'version' }
  const [command, ...rest] = positionals
  if (command === 'help') return { kind: 'help' }
  if (command === 'ledger') return parseLedgerArgs(values, rest)
  // `carbon-gate runs/` reads as `carbon-gate check runs/`.
  const paths = command === undefined || command === 'check' ? rest : positionals
  const format = values.format ?? 'text'
  const known = FORMATS.find((f) => f === format)
  if (typeof format !== 'string' || known === undefined) {
    throw new ConfigError(
      '--format',
      `must be one of ${FORMATS.join(', ')}, got "${String(format)}"`,
    )
  }
  const inputs: Record<string, string> = {}
  for (const { input } of FLAG_SETTINGS) {
    const v = values[input]
    if (typeof v === 'string') inputs[input] = v
  }
  if (paths.length > 0) inputs.artifacts = paths.join('\n')
  const text = (name: string): string | undefined => {
    const v = values[name]
    return typeof v === 'string' ? v : undefined
  }
  return {
    kind: 'check',
    paths,
    ...(command !== undefined && command !== 'check' ? { maybeCommand: command } : {}),
    inputs,
    configPath: text('config'),
    baseline: text('baseline'),
    format: known,
    output: text('output'),
    color: values['no-color'] === true ? false : values.color === true ? true : undefined,
  }
}

function parseFlags(argv: readonly string[]): {
  values: Readonly<Record<string, string | boolean | undefined>>
  positionals: readonly string[]
} {
  try {
    const parsed = parseArgs({
      args: [...argv],
      options: FLAG_OPTIONS,
      allowPositionals: true,
      strict: true,
    })
    return {
      values: parsed.values,
      positionals: parsed.positionals,
    }
  } catch (e) {
    throw describeArgError(e)
  }
}

/** node:util parseArgs errors as one line naming the option. */
function describeArgError(e: unknown): ConfigError {
  const message = e instanceof Error ? e.message : String(e)
  const option = /'(--?[\w-]+)/.exec(message)?.[1] ?? 'arguments'
  const code = (e as { code?: string }).code
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return new ConfigError(option, 'unknown option (carbon-gate --help lists them)')
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return new ConfigError(
      option,
      `needs a value; for a value that starts with '-', write ${option}=VALUE`,
    )
  }
  return new ConfigError(option, message.split('\n')[0]!)
}

function settingInputs(
  values: Readonly<Record<string, string | boolean | undefined>>,
): Record<string, string> {
  const inputs: Record<string, string> = {}
  for (const { input } of FLAG_SETTINGS) {
    const v = values[input]
    if (typeof v === 'string') inputs[input] = v
  }
  return inputs
}

function parseLedgerArgs(
  values: Readonly<Record<string, string | boolean | undefined>>,
  rest: readonly string[],
): LedgerArgs {
  if (rest.length !== 1) {
    throw new ConfigError(
      'ledger',
      'needs one folder: carbon-gate ledger FOLDER (a ledger branch checkout or its ledger/ folder)',
    )
  }
  const format = values.format ?? 'text'
  if (format !== 'text' && format !== 'json') {
    throw new ConfigError(
      '--format',
      `carbon-gate ledger writes text or json, got "${String(format)}"`,
    )
  }
  const text = (name: string): string | undefined => {
    const v = values[name]
    return typeof v === 'string' ? v : undefined
  }
  const configPath = text('config')
  const asOf = text('as-of')
  return {
    kind: 'ledger',
    folder: rest[0]!,
    inputs: settingInputs(values),
    format,
    ...(configPath !== undefined ? { configPath } : {}),
    ...(asOf !== undefined ? { asOf } : {}),
  }
}
