/** The action's inputs (contract §6), read through a getInput function as configuration sources. */
import { SETTINGS_BY_INPUT } from '../config/settings.js'

/** The inputs that become configuration: every setting that has an input name. */
export function readConfigInputs(
  getInput: (name: string) => string,
): Record<string, string | undefined> {
  const inputs: Record<string, string | undefined> = {}
  for (const name of SETTINGS_BY_INPUT.keys()) {
    const value = getInput(name).trim()
    if (value !== '') inputs[name] = value
  }
  return inputs
}
