/** The action's inputs (contract §6) read through a getInput function, as configuration sources. */

/** Inputs that become configuration, by their action.yml names. */
export const CONFIG_INPUTS = [
  'artifacts',
  'budget',
  'max-increase',
  'monthly-budget',
  'on-exceed',
  'on-increase',
  'region',
  'intensity',
  'pue',
  'comment',
  'comment-key',
  'ledger',
  'ledger-branch',
  'badge',
  'run-id',
  'artifact-name',
  'timezone',
  'poll-interval',
  'max-gap',
] as const

export function readConfigInputs(
  getInput: (name: string) => string,
): Record<string, string | undefined> {
  const inputs: Record<string, string | undefined> = {}
  for (const name of CONFIG_INPUTS) {
    const value = getInput(name).trim()
    if (value !== '') inputs[name] = value
  }
  return inputs
}

/** A comment key from the workflow and job names: `[A-Za-z0-9._-]` only. */
export function defaultCommentKey(workflow: string, job: string): string {
  const raw = `${workflow}-${job}`.toLowerCase().replace(/[^a-z0-9._-]+/g, '-')
  return raw.replace(/^-+|-+$/g, '').slice(0, 80) || 'default'
}
