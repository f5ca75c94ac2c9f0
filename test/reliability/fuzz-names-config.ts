/**
 * The other two inputs scripts/fuzz.ts mutates, beside artifact contents:
 * - artifact names: the seed's bytes (mutated too) under a file name and folders holding line
 *   breaks, control characters, workflow commands, bidi overrides and Markdown; the read must end
 *   as for contents (jobs or an ArtifactError), and every line it would log — the error and each
 *   notice, through the shells' escaping (core/escape.ts) — stays one line with nothing raw;
 * - config files: `.carbon-gate.yml` texts, mutated and salted with prototype keys and hostile
 *   keys and values; resolving must give a Config or a ConfigError (one line after escaping),
 *   never another exception, a hang, or a prototype that changed.
 */
import { ConfigError } from '../../src/core/errors.js'
import { escapeLogLine, hasUnsafeChar } from '../../src/core/escape.js'
import { resolveConfig } from '../../src/config/resolve-config.js'
import { readArtifact } from '../../src/ingest/ingest.js'
import { memoryInput } from '../support/memory-input.js'
import { seededRandom } from './corpus-types.js'
import type { Outcome, Seed } from './fuzz-read.js'
import { applyMutations } from './mutate.js'
import type { Mutation } from './mutate.js'

const OPTIONS = { timezone: 'UTC', maxGapSeconds: 60 } as const

/** Pieces a hostile name is made of. */
export const HOSTILE_NAME_PARTS: readonly string[] = [
  '\n::error title=x::y\n',
  '\n::add-mask::kg\n',
  '::stop-commands::t',
  '\r',
  '\r\n',
  '\u001b[31m',
  '\u001b]8;;http://e\u0007',
  '\u0007',
  '\u0000',
  '\u0085',
  '\u2028',
  '\u202e',
  '%0A',
  '@octocat',
  '<!-- carbon-gate:main -->',
  '[x](http://e)',
  '|',
  '`',
  '$(id)',
  'é',
  '🚀',
  ' ',
]

/** A number from a mutation list: the name drawn for it is the same on every replay. */
function hashOf(ms: readonly Mutation[], salt: string): number {
  let h = 0x811c9dc5
  for (const ch of `${salt}${JSON.stringify(ms)}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193)
  return h >>> 0
}

/** `path` with hostile pieces in a folder and in the base name (its extension is kept). */
export function hostileName(path: string, ms: readonly Mutation[]): string {
  const next = seededRandom(hashOf(ms, path))
  const part = (): string => HOSTILE_NAME_PARTS[Math.floor(next() * HOSTILE_NAME_PARTS.length)]!
  const slash = path.lastIndexOf('/')
  const dir = slash >= 0 ? path.slice(0, slash + 1) : ''
  const base = path.slice(slash + 1)
  const dot = base.indexOf('.')
  const stem = dot > 0 ? base.slice(0, dot) : base
  const ext = dot > 0 ? base.slice(dot) : ''
  // Half the names keep the stem in front (so the reader is still detected), half do not.
  const named = next() < 0.5 ? `${stem}${part()}${part()}${ext}` : `${part()}${stem}${part()}${ext}`
  return `${dir}${part()}x${part()}/${named}`
}

function oneLine(line: string): boolean {
  const shown = escapeLogLine(line)
  return !hasUnsafeChar(shown) && !/^\s*::/.test(shown)
}

export async function fuzzName(
  seed: Seed,
  ms: readonly Mutation[],
): Promise<{ outcome: Outcome; detail?: string }> {
  const path = hostileName(seed.path, ms)
  const bytes = applyMutations(seed.bytes, ms.slice(0, 1))
  const siblings = Object.fromEntries(Object.entries(seed.siblings))
  const out = await readArtifact(
    memoryInput(path, bytes, { chunkSize: 4096, siblings }),
    OPTIONS,
    true,
  )
  const lines = [
    ...(out?.notices ?? []).map((n) => `${n.path}: ${n.message}`),
    ...(out?.error !== undefined ? [out.error.line] : []),
    ...(out?.jobs ?? []).map((j) => `${j.name} ${j.source.path} ${j.gpuModel ?? ''}`),
  ]
  const bad = lines.find((l) => !oneLine(l))
  if (bad !== undefined)
    return { outcome: 'crash', detail: `a line not escaped: ${JSON.stringify(bad.slice(0, 200))}` }
  if (out?.error?.message.startsWith('could not be read: ') === true) {
    return {
      outcome: 'crash',
      detail: `name ${JSON.stringify(path)}: ${out.error.message.slice(0, 200)}`,
    }
  }
  return { outcome: out?.error !== undefined ? 'error' : 'ok' }
}

/** Valid configuration files, the config fuzz seeds. */
export const CONFIG_SEEDS: readonly { readonly label: string; readonly text: string }[] = [
  {
    label: 'config/full.yml',
    text: [
      'budget: 25kg',
      'max-increase: 10%',
      'monthly-budget: 500kg',
      'on-exceed: fail',
      'on-increase: warn',
      'region: FRA',
      'pue: 1.2',
      'timezone: Europe/Paris',
      'overhead:',
      '  mode: pue',
      'hardware:',
      '  gpu-embodied-kg: 150',
      '  server-embodied-kg: 2500',
      '  gpus-per-server: 8',
      '  lifetime-years: 6',
      '  utilization: 0.85',
      '  gpus:',
      '    H100: { embodied-kg: 164 }',
      'power-logs:',
      '  max-gap: 60s',
      '  poll-interval: 1s',
      'artifacts:',
      '  - runs/**/emissions*.csv',
      'comment-key: train',
      '',
    ].join('\n'),
  },
  {
    label: 'config/idle.yml',
    text: 'overhead:\n  mode: idle\n  idle-ratio: 0.5924\nintensity: 57\nbudget: 60t\n',
  },
  {
    label: 'config/hostile.yml',
    text: [
      '__proto__:',
      '  budget: 1g',
      'constructor: { prototype: { budget: 1g } }',
      'hardware:',
      '  gpus:',
      '    __proto__: { embodied-kg: 1 }',
      '    "a\\n::error::x": { embodied-kg: 2 }',
      'comment-key: "\\u001b[31m\\n::add-mask::kg"',
      'region: "FR\\r\\n::error::y"',
      '',
    ].join('\n'),
  },
]

export function fuzzConfig(
  seed: Seed,
  ms: readonly Mutation[],
): { outcome: Outcome; detail?: string } {
  const text = new TextDecoder().decode(applyMutations(seed.bytes, ms))
  try {
    resolveConfig({
      inputs: {},
      inputLabel: (n) => `--${n}`,
      file: { path: '.carbon-gate.yml', text },
    })
    return prototypeIntact() ?? { outcome: 'ok' }
  } catch (e) {
    if (!(e instanceof ConfigError)) {
      return {
        outcome: 'crash',
        detail: `not a ConfigError: ${e instanceof Error ? e.message : String(e)}`,
      }
    }
    if (!oneLine(e.line))
      return { outcome: 'crash', detail: `a line not escaped: ${e.line.slice(0, 200)}` }
    return prototypeIntact() ?? { outcome: 'error' }
  }
}

function prototypeIntact(): { outcome: Outcome; detail: string } | undefined {
  const probe = {} as Record<string, unknown>
  for (const key of ['budget', 'embodied-kg', 'prototype']) {
    if (probe[key] !== undefined) {
      return { outcome: 'crash', detail: `Object.prototype.${key} was set by a config file` }
    }
  }
  return undefined
}
