/**
 * Malformed settings and paths: `.carbon-gate.yml`, CLI flags, globs and paths that find nothing
 * or lead somewhere unexpected.
 */
import type { Case, FileSpec, Outcome } from './corpus-types.js'
import { binaryBytes, re, utf16le } from './corpus-types.js'

const CONFIG = '.carbon-gate.yml'
const at = (line: number): Outcome => ({ code: 2, where: `${re(CONFIG)}:${line}` })

function configCase(
  what: string,
  kind: string,
  text: string | (() => string | Uint8Array),
  expect: Outcome,
  note?: string,
): Case {
  return {
    id: `config-file/${what}`,
    subject: 'config-file',
    kind,
    files: [{ path: CONFIG, content: text }],
    args: [],
    expect,
    ...(note !== undefined ? { note } : {}),
  }
}

const laughs = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((k, i) => {
    const prev = 'abcdefghi'[i]!
    return `${k}: &${k} [${Array.from({ length: 9 }, () => `*${prev}`).join(',')}]`
  }),
  'budget: 25kg',
  '',
].join('\n')

const configFile: readonly Case[] = [
  configCase('binary', 'binary', () => binaryBytes(2048, 6), {
    code: 2,
    where: `${re(CONFIG)}(?::\\d+)?`,
  }),
  configCase('utf16', 'wrong encoding', () => utf16le('budget: 25kg\nregion: FRA\n'), {
    code: 2,
    where: `${re(CONFIG)}(?::\\d+)?`,
  }),
  configCase(
    'syntax',
    'truncated',
    'budget: 25kg\nhardware:\n  gpus: { H100: { embodied-kg: 164 }\n',
    { code: 2, where: `${re(CONFIG)}:\\d+` },
  ),
  configCase('billion-laughs', 'YAML aliases that expand', laughs, {
    code: 2,
    where: `${re(CONFIG)}:\\d+`,
  }),
  configCase(
    'deep-nesting',
    'deeply nested',
    () => `budget: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
    { code: 2, where: `${re(CONFIG)}(?::\\d+)?` },
  ),
  configCase('unknown-key', 'unknown keys', 'region: FRA\nbudgett: 25kg\n', at(2)),
  configCase('unknown-nested-key', 'unknown keys', 'hardware:\n  gpu-embodied: 150\n', at(2)),
  configCase('github-token', 'unknown keys', 'github-token: ghp_xxx\n', at(1)),
  configCase('pue-list', 'wrong types', 'pue: [1.2, 1.3]\n', at(1)),
  configCase('budget-number', 'wrong types', 'budget: 25\n', at(1)),
  configCase('top-level-list', 'wrong types', '- budget: 25kg\n', at(1)),
  configCase('budget-kgs', 'budget like 25 kgs', 'budget: 25 kgs\n', at(1)),
  configCase('budget-negative', 'budget like -1kg', 'budget: -1kg\n', at(1)),
  configCase('intensity-nan', 'NaN/Infinity', 'intensity: .nan\n', at(1)),
  configCase('intensity-inf', 'NaN/Infinity', 'intensity: .inf\n', at(1)),
  configCase('intensity-huge', 'absurd magnitude', 'intensity: 1e308\n', at(1)),
  configCase('budget-huge', 'absurd magnitude', 'budget: 1e308t\n', at(1)),
  configCase(
    'region-unknown',
    'unknown regions',
    'region: XYZ\n',
    at(1),
    'a region the dataset does not hold must not silently become the world average',
  ),
  configCase('timezone-unknown', 'unknown keys', 'timezone: Mars/Olympus_Mons\n', at(1)),
  configCase('pue-with-idle', 'wrong types', 'pue: 1.2\noverhead:\n  mode: idle\n', at(1)),
  configCase('duplicate-key', 'duplicate keys', 'budget: 25kg\nbudget: 30kg\n', at(2)),
  configCase(
    'over-1mb',
    'one 100 MB line',
    () => `# ${'x'.repeat(2 * 1024 * 1024)}\nbudget: 25kg\n`,
    { code: 2, where: `${re(CONFIG)}(?::\\d+)?` },
  ),
  configCase('js-function-tag', 'wrong types', 'budget: !!js/function "function(){}"\n', {
    code: 2,
    where: `${re(CONFIG)}:\\d+`,
  }),
]

function flagCase(
  what: string,
  kind: string,
  args: readonly string[],
  where: string,
  note?: string,
): Case {
  return {
    id: `flag/${what}`,
    subject: 'flag',
    kind,
    files: [],
    args,
    expect: { code: 2, where },
    ...(note !== undefined ? { note } : {}),
  }
}

const flags: readonly Case[] = [
  flagCase('budget-kgs', 'budget like 25 kgs', ['--budget', '25 kgs'], '--budget'),
  flagCase('budget-negative', 'budget like -1kg', ['--budget=-1kg'], '--budget'),
  flagCase(
    'budget-negative-spaced',
    'budget like -1kg',
    ['--budget', '-1kg'],
    '--budget',
    'parseArgs reads -1kg as options: the line must still name --budget',
  ),
  flagCase('budget-zero', 'budget like -1kg', ['--budget', '0kg'], '--budget'),
  flagCase('budget-bare-number', 'budget like 25 kgs', ['--budget', '25'], '--budget'),
  flagCase('budget-huge', 'absurd magnitude', ['--budget', '1e308t'], '--budget'),
  flagCase(
    'region-unknown',
    'unknown regions',
    ['--region', 'XYZ'],
    '--region',
    'a region the dataset does not hold must not silently become the world average',
  ),
  flagCase('region-unknown-cloud', 'unknown regions', ['--region', 'gcp:atlantis-1'], '--region'),
  flagCase('intensity-nan', 'NaN/Infinity', ['--intensity', 'NaN'], '--intensity'),
  flagCase('intensity-infinity', 'NaN/Infinity', ['--intensity', 'Infinity'], '--intensity'),
  flagCase('intensity-negative', 'negative', ['--intensity=-5'], '--intensity'),
  flagCase('pue-below-one', 'negative', ['--pue', '0.5'], '--pue'),
  flagCase('pue-text', 'non-numeric', ['--pue', 'high'], '--pue'),
  flagCase('format-unknown', 'unknown keys', ['--format', 'yaml'], '--format'),
  flagCase('unknown-flag', 'unknown keys', ['--frobnicate', '1'], '--frobnicate'),
  flagCase('max-increase-text', 'non-numeric', ['--max-increase', 'ten'], '--max-increase'),
  flagCase('on-exceed-unknown', 'unknown keys', ['--on-exceed', 'maybe'], '--on-exceed'),
  flagCase('timezone-unknown', 'unknown keys', ['--timezone', 'Mars/Base'], '--timezone'),
  flagCase('poll-interval-zero', 'negative', ['--poll-interval', '0s'], '--poll-interval'),
  flagCase('max-gap-text', 'non-numeric', ['--max-gap', 'forever'], '--max-gap'),
  flagCase(
    'baseline-missing',
    'a path that finds nothing',
    ['--baseline', 'nope.json'],
    '--baseline',
  ),
  flagCase('config-missing', 'a path that finds nothing', ['--config', 'nope.yml'], '--config'),
  {
    ...flagCase('baseline-not-report', 'wrong types', ['--baseline', 'base.json'], '--baseline'),
    files: [{ path: 'base.json', content: '{"schemaVersion": 1, "totals": {"totalKg": "12"}}\n' }],
  },
  {
    ...flagCase('baseline-binary', 'binary', ['--baseline', 'base.json'], '--baseline'),
    files: [{ path: 'base.json', content: () => binaryBytes(1024, 7) }],
  },
  {
    ...flagCase(
      'output-into-missing-dir',
      'a path that finds nothing',
      ['--output', 'no/such/dir/report.json'],
      '--output',
    ),
    note: 'the report cannot be written: a line naming --output, not an "unexpected" one',
  },
]

function pathCase(
  what: string,
  kind: string,
  files: readonly FileSpec[],
  args: readonly string[],
  expect: Outcome | readonly Outcome[],
  extra: Partial<Case> = {},
): Case {
  return { id: `paths/${what}`, subject: 'paths', kind, files, args, expect, ...extra }
}

const paths: readonly Case[] = [
  pathCase('glob-matches-nothing', 'a glob that matches nothing', [], ['runs/**/emissions*.csv'], {
    code: 2,
    where: re('runs/**/emissions*.csv'),
  }),
  pathCase('missing-file', 'a glob that matches nothing', [], ['runs/emissions.csv'], {
    code: 2,
    where: re('runs/emissions.csv'),
  }),
  pathCase(
    'not-an-artifact',
    'unknown keys',
    [{ path: 'notes/readme.txt', content: 'hello\n' }],
    ['notes/readme.txt'],
    { code: 2, where: re('notes/readme.txt') },
  ),
  pathCase(
    'empty-dir-alone',
    'empty',
    [{ path: 'empty', dir: true }],
    ['empty'],
    { code: 2, where: 'artifacts' },
    { alone: true },
  ),
  pathCase(
    'directory-loop',
    'a directory loop',
    [
      { path: 'loop/sub/up', symlink: '..' },
      { path: 'loop/sub/deeper/back', symlink: '../../..' },
    ],
    ['loop'],
    { code: 0 },
  ),
  pathCase(
    'symlink-loop-named',
    'a directory loop',
    [
      { path: 'bad/a.carbon.json', symlink: 'b.carbon.json' },
      { path: 'bad/b.carbon.json', symlink: 'a.carbon.json' },
    ],
    ['bad/a.carbon.json'],
    { code: 2, where: re('bad/a.carbon.json') },
  ),
  pathCase(
    'symlink-loop-searched',
    'a directory loop',
    [
      { path: 'bad/a.carbon.json', symlink: 'b.carbon.json' },
      { path: 'bad/b.carbon.json', symlink: 'a.carbon.json' },
    ],
    ['bad'],
    [
      { code: 0, warning: /bad\/a\.carbon\.json/ },
      { code: 2, where: 'bad/[ab]\\.carbon\\.json' },
    ],
  ),
  pathCase(
    'named-pipe',
    'no hang',
    [{ path: 'bad/emissions.csv', fifo: true }],
    ['bad/emissions.csv'],
    { code: 2, where: re('bad/emissions.csv') },
    { note: 'a FIFO must not be opened (it would block for ever)' },
  ),
  pathCase(
    'dev-zero',
    'no hang',
    [],
    ['/dev/zero'],
    { code: 2, where: re('/dev/zero') },
    { note: 'an endless device is not read' },
  ),
]

export const SETTINGS_CASES: readonly Case[] = [...configFile, ...flags, ...paths]
