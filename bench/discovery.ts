/**
 * Directory search in a big workspace (issue 12): 100,000 ordinary files (an image dataset) with
 * one CodeCarbon artifact deep inside, found by the default search (`carbon-gate check` with no
 * path, as the action runs without `artifacts:`), side by side with `find . -type f | wc -l`.
 * The tree is generated once into the data directory and reused.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Subject } from './measure.js'
import type { CaseSpec, SubjectResult, Target } from './run-case.js'
import { formatCount } from './stats.js'
import { reportEnergy, type SubjectContext } from './subjects.js'

export const DISCOVERY_CASE_ID = 'discovery'

const CLASSES = 100
const FILES_PER_CLASS = 1000
const TARGET_SECONDS = 2
const ARTIFACT_KWH = 1.5
/** The artifact sits in the last class the search visits, four folders down. */
const ARTIFACT = `datasets/imagenet-mini/train/n${String(CLASSES - 1).padStart(8, '0')}/runs/2024-05-01/logs/emissions.csv`
const CODECARBON =
  'timestamp,project_name,run_id,duration,emissions,energy_consumed,country_iso_code\n' +
  `2024-05-01T10:00:00,bench,run-1,3600,0.05,${ARTIFACT_KWH},FRA\n`
/** A few bytes that start like a JPEG: ordinary files no reader claims by name. */
const IMAGE = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1])

/** The tree, made when missing (a marker says it is complete). */
function prepareTree(dataDir: string, log: (line: string) => void): string {
  const root = join(dataDir, 'discovery-100k')
  const marker = join(root, '.complete')
  if (existsSync(marker)) return root
  log(`discovery: writing ${formatCount(CLASSES * FILES_PER_CLASS)} files into ${root}…`)
  rmSync(root, { recursive: true, force: true })
  for (let c = 0; c < CLASSES; c += 1) {
    const dir = join(root, 'datasets/imagenet-mini/train', `n${String(c).padStart(8, '0')}`)
    mkdirSync(dir, { recursive: true })
    for (let i = 0; i < FILES_PER_CLASS; i += 1) {
      writeFileSync(join(dir, `img_${String(i).padStart(5, '0')}.jpg`), IMAGE)
    }
  }
  mkdirSync(join(root, ARTIFACT, '..'), { recursive: true })
  writeFileSync(join(root, ARTIFACT), CODECARBON)
  writeFileSync(marker, '')
  return root
}

function findFiles(cwd: string): Subject {
  return {
    id: 'find',
    label: 'find . -type f | wc -l',
    command: 'sh',
    args: ['-c', 'find . -type f | wc -l'],
    cwd,
    rss: false,
  }
}

function defaultSearch(ctx: SubjectContext, cwd: string): Subject {
  return {
    id: 'cg-search',
    label: 'carbon-gate check (default search of the working directory)',
    command: process.execPath,
    args: [
      '--import',
      pathToFileURL(ctx.probePath).href,
      join(ctx.distDir, 'cli.js'),
      'check',
      '--format',
      'json',
      '--intensity',
      '100',
    ],
    cwd,
    rss: true,
    energy: reportEnergy,
  }
}

const progress = (line: string): void => {
  process.stderr.write(line + '\n')
}

export function discoveryCase(
  ctx: SubjectContext,
  rounds: number,
  log: (line: string) => void = progress,
): CaseSpec {
  const root = prepareTree(ctx.dataDir, log)
  return {
    id: DISCOVERY_CASE_ID,
    title: `Directory search: ${formatCount(CLASSES * FILES_PER_CLASS)} ordinary files, one artifact deep inside`,
    details: [
      `${root}: ${formatCount(CLASSES * FILES_PER_CLASS)} .jpg files in ${CLASSES} folders; the artifact is ${ARTIFACT}`,
    ],
    // Reading the tree once pulls it into the page cache, as for every other comparison.
    warm: [root],
    subjects: [findFiles(root), defaultSearch(ctx, root)],
    rounds,
    // The energy check is what proves the artifact was found.
    expectedKWh: { 'cg-search': ARTIFACT_KWH },
    targets(r: ReadonlyMap<string, SubjectResult>): Target[] {
      const cg = r.get('cg-search')?.seconds
      const find = r.get('find')?.seconds
      const ok = cg !== undefined && Number.isFinite(cg)
      return [
        {
          name: 'default search, artifact found',
          value: ok ? `${cg.toFixed(2)} s` : 'n/a',
          target: `≤ ${TARGET_SECONDS} s`,
          ok: ok ? cg <= TARGET_SECONDS : undefined,
        },
        {
          name: 'time vs find | wc -l',
          value: ok && find !== undefined && find > 0 ? `${(cg / find).toFixed(1)}×` : 'n/a',
          target: 'none',
          ok: undefined,
          informational: true,
        },
      ]
    },
  }
}
