/**
 * Malformed documents: generic *.carbon.json files and carbontracker logs.
 */
import type { Case, Outcome } from './corpus-types.js'
import { at, badFile, binaryBytes, truncate, utf16le } from './corpus-types.js'
import { CARBONTRACKER_PREFIX, carbontrackerLogs, genericJson } from './valid-artifacts.js'

const GJ = 'bad/run.carbon.json'
const gjError = (line?: number): Outcome => ({ code: 2, where: at(GJ, line) })
/** A generic file whose only job is `job` (JSON text of the job object, on line 4). */
const gjob = (job: string): string => `{\n  "carbonGate": 1,\n  "jobs": [\n    ${job}\n  ]\n}\n`

const generic: readonly Case[] = [
  badFile('generic', 'empty', 'empty', GJ, '', gjError()),
  badFile('generic', 'whitespace', 'empty', GJ, ' \n\t\n', gjError()),
  badFile('generic', 'binary', 'binary', GJ, () => binaryBytes(4096, 3), gjError()),
  badFile('generic', 'truncated', 'truncated', GJ, truncate(genericJson(), 0.6), gjError()),
  badFile('generic', 'utf16', 'wrong encoding', GJ, () => utf16le(genericJson()), gjError()),
  badFile(
    'generic',
    'energy-as-text',
    'wrong types',
    GJ,
    gjob('{ "name": "a", "energyKWh": "12" }'),
    gjError(4),
  ),
  badFile(
    'generic',
    'negative-energy',
    'negative',
    GJ,
    gjob('{ "name": "a", "energyKWh": -12 }'),
    gjError(4),
  ),
  badFile(
    'generic',
    'nan-literal',
    'NaN/Infinity',
    GJ,
    gjob('{ "name": "a", "energyKWh": NaN }'),
    gjError(4),
  ),
  badFile(
    'generic',
    'infinity-literal',
    'NaN/Infinity',
    GJ,
    gjob('{ "name": "a", "energyKWh": Infinity }'),
    gjError(4),
  ),
  badFile(
    'generic',
    'overflow-to-infinity',
    'NaN/Infinity',
    GJ,
    gjob('{ "name": "a", "energyKWh": 1e999 }'),
    gjError(4),
  ),
  badFile(
    'generic',
    'huge-energy',
    'absurd magnitude',
    GJ,
    gjob('{ "name": "a", "energyKWh": 1e308 }'),
    gjError(4),
    {
      note: '1e308 kWh makes the total infinite (JSON null): it must not pass',
    },
  ),
  badFile(
    'generic',
    'huge-gpu-hours',
    'absurd magnitude',
    GJ,
    gjob('{ "name": "a", "energyKWh": 1, "gpuCount": 1, "gpuHours": 1e308 }'),
    gjError(4),
  ),
  badFile(
    'generic',
    'bad-started-at',
    'timestamp unparsable',
    GJ,
    gjob('{ "name": "a", "energyKWh": 1, "startedAt": "last tuesday" }'),
    gjError(4),
  ),
  badFile(
    'generic',
    'deep-arrays',
    'deeply nested JSON',
    GJ,
    () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    gjError(1),
  ),
  badFile(
    'generic',
    'deep-objects-in-job',
    'deeply nested JSON',
    GJ,
    () =>
      gjob(`{ "name": "a", "energyKWh": 1, "x": ${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)} }`),
    gjError(4),
  ),
  badFile(
    'generic',
    'jobs-not-array',
    'wrong types',
    GJ,
    '{ "carbonGate": 1, "jobs": { "name": "a" } }\n',
    gjError(1),
  ),
  badFile(
    'generic',
    'wrong-version',
    'wrong types',
    GJ,
    '{ "carbonGate": 2, "jobs": [] }\n',
    gjError(1),
  ),
  badFile('generic', 'missing-name', 'wrong types', GJ, gjob('{ "energyKWh": 1 }'), gjError(4)),
  badFile(
    'generic',
    'gpu-count-fraction',
    'wrong types',
    GJ,
    gjob('{ "name": "a", "energyKWh": 1, "gpuCount": 1.5 }'),
    gjError(4),
  ),
  badFile('generic', 'no-jobs', 'header only', GJ, '{ "carbonGate": 1, "jobs": [] }\n', gjError(1)),
  badFile(
    'generic',
    'top-level-array',
    'wrong types',
    GJ,
    '[{ "name": "a", "energyKWh": 1 }]\n',
    gjError(1),
  ),
  badFile('generic', 'trailing-garbage', 'truncated', GJ, `${genericJson()}}\n`, gjError()),
  badFile(
    'generic',
    'control-char-in-string',
    'binary',
    GJ,
    gjob('{ "name": "a\u0007\u0000b", "energyKWh": 1 }'),
    gjError(4),
  ),
  badFile(
    'generic',
    'unknown-keys',
    'unknown keys',
    GJ,
    gjob('{ "name": "a", "energyKWh": 1, "energyMWh": 3 }'),
    {
      code: 0,
      warning: /bad\/run\.carbon\.json:4: jobs\[0\]: unknown keys ignored: energyMWh/,
    },
  ),
  badFile(
    'generic',
    '10000-keys',
    '10,000 columns',
    GJ,
    () =>
      gjob(
        `{ "name": "a", "energyKWh": 1, ${Array.from({ length: 10_000 }, (_, i) => `"k${i}": ${i}`).join(', ')} }`,
      ),
    { code: 0, warning: /bad\/run\.carbon\.json:4: jobs\[0\]: unknown keys ignored/ },
  ),
  badFile(
    'generic',
    '10mb-name',
    'one 100 MB line',
    GJ,
    () => `{"carbonGate":1,"jobs":[{"name":"${'n'.repeat(10 * 1024 * 1024)}","energyKWh":1}]}`,
    [gjError(1), { code: 0, warning: /bad\/run\.carbon\.json:1/ }],
    {
      timeoutMs: 60_000,
      note: 'no job is named by 10 MB of text: an error, or a warning naming it (the 100 MB line is codecarbon/100mb-line)',
    },
  ),
]

const CT = `bad/${CARBONTRACKER_PREFIX}_carbontracker_output.log`
const CT_STD = `bad/${CARBONTRACKER_PREFIX}_carbontracker.log`
const ctError = (line?: number): Outcome => ({ code: 2, where: at(CT, line) })
const logs = carbontrackerLogs()
/** The output log with its `Energy:` line (line 6) replaced. */
const ctEnergy = (cell: string): string =>
  logs.output.replace(/\tEnergy:\t[^\n]*/, `\tEnergy:\t${cell}`)

const carbontracker: readonly Case[] = [
  badFile('carbontracker', 'empty', 'empty', CT, '', ctError()),
  badFile(
    'carbontracker',
    'no-block',
    'header only',
    CT,
    logs.output.split('\n').slice(0, 2).join('\n'),
    ctError(),
  ),
  badFile(
    'carbontracker',
    'truncated-block',
    'truncated',
    CT,
    logs.output.slice(0, logs.output.indexOf('\tEnergy:') + 12),
    ctError(),
  ),
  badFile('carbontracker', 'binary', 'binary', CT, () => binaryBytes(4096, 4), ctError()),
  badFile(
    'carbontracker',
    'non-numeric-energy',
    'non-numeric',
    CT,
    ctEnergy('lots kWh'),
    ctError(6),
  ),
  badFile(
    'carbontracker',
    'negative-energy',
    'negative',
    CT,
    ctEnergy('-0.094200 kWh'),
    ctError(6),
  ),
  badFile('carbontracker', 'nan-energy', 'NaN/Infinity', CT, ctEnergy('nan kWh'), ctError(6)),
  badFile('carbontracker', 'huge-energy', 'absurd magnitude', CT, ctEnergy('1e308 kWh'), ctError()),
  badFile(
    'carbontracker',
    'huge-time',
    'absurd magnitude',
    CT,
    logs.output.replace('\tTime:\t0:12:00', '\tTime:\t99999999999999999999:00:00'),
    ctError(),
  ),
  {
    id: 'carbontracker/zero-pue',
    subject: 'carbontracker',
    kind: 'non-numeric',
    files: [
      { path: CT, content: logs.output },
      { path: CT_STD, content: logs.standard.replace('coefficient of 1.58', 'coefficient of 0') },
    ],
    args: [CT],
    expect: [{ code: 2, where: at(CT_STD, 2) }, ctError(), { code: 0, warning: /PUE/ }],
    note: 'a PUE of 0 would divide the energy by zero',
    verify: (r) =>
      r.jobs.every((j) => Number.isFinite(j.itEnergyKWh))
        ? undefined
        : 'a job has a non-finite itEnergyKWh',
  },
]

export const DOCUMENT_CASES: readonly Case[] = [...generic, ...carbontracker]
