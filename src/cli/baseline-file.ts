/** `--baseline FILE`: an earlier JSON report (contract §5), of which only the total is used. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { ConfigError } from '../core/errors.js'
import type { EarlierRun } from '../run/evaluate-gate.js'

export function readBaselineFile(cwd: string, path: string): EarlierRun {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(resolve(cwd, path), 'utf8'))
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'not valid JSON'
    throw new ConfigError('--baseline', `${path}: ${why}`)
  }
  const report = data as { schemaVersion?: unknown; totals?: { totalKg?: unknown } } | null
  const totalKg = report?.totals?.totalKg
  if (
    typeof report !== 'object' ||
    report === null ||
    report.schemaVersion !== 1 ||
    typeof totalKg !== 'number' ||
    !Number.isFinite(totalKg) ||
    totalKg < 0
  ) {
    throw new ConfigError(
      '--baseline',
      `${path}: not a carbon-gate JSON report (schemaVersion 1 with totals.totalKg)`,
    )
  }
  return { totalKg }
}
