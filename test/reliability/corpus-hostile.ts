/**
 * Hostile inputs of issue 12 (escaping, special files, prototype keys, units, DST), written for
 * this corpus: configuration files that are links out of the workspace, FIFOs or directories;
 * prototype keys; a bare poll interval; a file name that tries to forge workflow commands; a
 * local-time power log across the autumn clock change.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Case, Outcome } from './corpus-types.js'
import { re } from './corpus-types.js'
import { genericJson } from './valid-artifacts.js'

const CONFIG = '.carbon-gate.yml'
const configError: Outcome = { code: 2, where: re(CONFIG) }
const at = (line: number): Outcome => ({ code: 2, where: `${re(CONFIG)}:${line}` })

function configCase(
  what: string,
  kind: string,
  spec: Partial<Case['files'][number]>,
  expect: Outcome,
  note: string,
): Case {
  return {
    id: `config-file/${what}`,
    subject: 'config-file',
    kind,
    files: [{ path: CONFIG, ...spec }],
    args: [],
    expect,
    note,
  }
}

const FORGING_NAME = 'big\n::error title=x::y\n::add-mask::kg\n.carbon.json'
const DST_LOG = join(import.meta.dirname, '../fixtures/nvidia-smi/dst-fall-back-paris.csv')

export const HOSTILE_CASES: readonly Case[] = [
  configCase(
    'link-to-etc-passwd',
    'a link out of the workspace',
    { symlink: '/etc/passwd' },
    configError,
    'refused before reading: no line of /etc/passwd reaches the log',
  ),
  configCase(
    'link-to-proc-environ',
    'a link out of the workspace',
    { symlink: '/proc/self/environ' },
    configError,
    'refused before reading: the environment (the token) is never echoed',
  ),
  configCase(
    'link-outside',
    'a link out of the workspace',
    { symlink: '$OUT/secret.carbon.json' },
    configError,
    'a configuration must be a file of the workspace',
  ),
  configCase(
    'fifo',
    'special files',
    { fifo: true },
    configError,
    'a named pipe is refused at once, never read (it would block)',
  ),
  configCase(
    'directory',
    'special files',
    { dir: true },
    configError,
    'one line naming it, not EISDIR',
  ),
  configCase(
    'proto-mapping',
    'prototype keys',
    { content: '__proto__:\n  budget: 1g\n' },
    at(1),
    'an unknown key, and its budget does not take effect',
  ),
  configCase(
    'constructor-key',
    'prototype keys',
    { content: 'constructor:\n  prototype: 1\n' },
    at(1),
    'an unknown key',
  ),
  configCase(
    'poll-interval-bare',
    'a bare number',
    { content: 'power-logs:\n  poll-interval: 1000\n' },
    at(2),
    'dmon -d users think in ms: write 1000ms or 1s',
  ),
  {
    id: 'flag/poll-interval-bare',
    subject: 'flag',
    kind: 'a bare number',
    files: [],
    args: ['--poll-interval', '1000'],
    expect: { code: 2, where: '--poll-interval' },
  },
  {
    id: 'flag/config-fifo',
    subject: 'flag',
    kind: 'special files',
    files: [{ path: 'pipe.yml', fifo: true }],
    args: ['--config', 'pipe.yml'],
    expect: { code: 2, where: '--config' },
  },
  {
    id: 'flag/config-directory',
    subject: 'flag',
    kind: 'special files',
    files: [{ path: 'conf.yml', dir: true }],
    args: ['--config', 'conf.yml'],
    expect: { code: 2, where: '--config' },
  },
  {
    id: 'flag/baseline-fifo',
    subject: 'flag',
    kind: 'special files',
    files: [{ path: 'base.json', fifo: true }],
    args: ['--baseline', 'base.json'],
    expect: { code: 2, where: '--baseline' },
  },
  {
    id: 'paths/name-forging-workflow-commands',
    subject: 'paths',
    kind: 'control characters in names',
    files: [
      { path: `named/${FORGING_NAME}`, content: genericJson([{ name: 'x', energyKWh: -1 }]) },
    ],
    // Found by a search: a newline in an argument separates patterns, as in the action's input.
    args: ['named'],
    expect: {
      code: 2,
      where: `${re('named/big\\n::error title=x::y\\n::add-mask::kg\\n.carbon.json')}(?::\\d+)?`,
    },
    note: 'the name is one line with visible \\n escapes: no standalone ::error or ::add-mask:: line',
  },
  {
    id: 'generic/prototype-keys',
    subject: 'generic',
    kind: 'prototype keys',
    files: [
      {
        path: 'proto.carbon.json',
        content:
          '{"carbonGate": 1, "jobs": [{"name": "p", "energyKWh": 1, "gpuModel": "__proto__", "gpuCount": 1, "__proto__": {"energyKWh": 500}, "constructor": {"energyKWh": 500}}]}\n',
      },
    ],
    args: ['proto.carbon.json'],
    expect: { code: 0 },
    verify: (r) => {
      const job = r.jobs.find((j) => j.name === 'p')
      return job?.itEnergyKWh === 1 ? undefined : `job p: ${JSON.stringify(job)}`
    },
  },
  {
    id: 'nvidia-smi/dst-fall-back',
    subject: 'nvidia-smi',
    kind: 'local time across a clock change',
    files: [{ path: 'gpu/power.csv', content: () => readFileSync(DST_LOG, 'utf8') }],
    args: ['gpu/power.csv', '--timezone', 'Europe/Paris'],
    expect: { code: 0 },
    verify: (r) => {
      const job = r.jobs.find((j) => j.source.path === 'gpu/power.csv')
      return job !== undefined && Math.abs(job.itEnergyKWh - 0.2) < 1e-9
        ? undefined
        : `the repeated hour is not counted once: ${JSON.stringify(job)}`
    },
    note: '02:00–02:59 twice (Europe/Paris, 2024-10-27), read in order: one hour at 200 W',
  },
]
