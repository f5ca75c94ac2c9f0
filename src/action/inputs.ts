/** The action's inputs (contract §6) → the Config, with the input named in every error. */
import { SETTINGS_BY_INPUT } from '../config/settings.js'
import type { Config } from '../config/types.js'
import { describeError, isGateError } from '../core/errors.js'
import { readTextFileIn } from '../platform/text-files.js'
import { MAX_CONFIG_BYTES, fallbackConfig, loadConfig } from '../run/load-config.js'
import type { ActionIo } from './action-io.js'

export const inputLabel = (name: string): string => `input '${name}'`

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

/**
 * The Config from the inputs and the workspace's `.carbon-gate.yml`. Settings that cannot be used
 * are an error line, and the run goes on with the fallback (it reads and reports, publishes
 * nothing and exits 2).
 */
export async function loadActionConfig(
  io: ActionIo,
): Promise<{ config: Config; errors: readonly string[] }> {
  try {
    const config = await loadConfig(
      readTextFileIn(io.workspace, {
        maxBytes: MAX_CONFIG_BYTES,
        dirLabel: 'the workspace',
        confineNamed: true,
      }),
      {
        inputs: readConfigInputs((name) => io.getInput(name)),
        inputLabel,
        configPath: io.getInput('config'),
        lookedIn: 'the workspace',
      },
    )
    return { config, errors: [] }
  } catch (e) {
    // Whatever stops the settings (a bug included) still leaves a run that reads, reports and
    // writes its outputs and summary, then exits 2.
    const line = isGateError(e)
      ? e.line
      : `${inputLabel('config')}: unexpected: ${describeError(e)} (please report it)`
    return { config: fallbackConfig(io.getInput('artifacts')), errors: [line] }
  }
}
