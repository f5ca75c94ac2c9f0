/**
 * The malformed-input corpus: every case, from every reader, the config file, the flags and the
 * paths. `npm test -- test/reliability/malformed-cli` runs them all against dist/cli.js.
 */
import { DOCUMENT_CASES } from './corpus-documents.js'
import { HOSTILE_CASES } from './corpus-hostile.js'
import { SETTINGS_CASES } from './corpus-settings.js'
import { CSV_CASES } from './corpus-csv.js'
import { POWER_CASES } from './corpus-power.js'
import type { Case } from './corpus-types.js'

export const CORPUS: readonly Case[] = [
  ...CSV_CASES,
  ...POWER_CASES,
  ...DOCUMENT_CASES,
  ...SETTINGS_CASES,
  ...HOSTILE_CASES,
]

/** Case ids must be unique: a duplicate would hide a case. */
export function checkCorpus(cases: readonly Case[] = CORPUS): string[] {
  const seen = new Set<string>()
  const problems: string[] = []
  for (const c of cases) {
    if (seen.has(c.id)) problems.push(`duplicate case id ${c.id}`)
    seen.add(c.id)
  }
  return problems
}
