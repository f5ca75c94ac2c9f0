import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** The shared real artifacts beside the checkout; absent in a user's clone. */
export const SAMPLES_DIR = resolve(import.meta.dirname, '../../../shared/samples')

/** Files of one tool's sample folder (recursively), or [] when absent. */
export function sampleFiles(tool: string): string[] {
  const dir = join(SAMPLES_DIR, tool)
  if (!existsSync(dir)) return []
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)],
    )
  return walk(dir).sort()
}

/** `skip` option for node:test: a message when the samples of `tool` are not there. */
export function skipWithoutSamples(tool: string): string | false {
  return existsSync(join(SAMPLES_DIR, tool))
    ? false
    : `../shared/samples/${tool} not present: sample cases skipped`
}
