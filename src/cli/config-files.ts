import { readTextFileIn } from '../platform/text-files.js'
import { MAX_CONFIG_BYTES } from '../run/load-config.js'

/**
 * How the CLI reads `.carbon-gate.yml` (or `--config`): from the working directory, size-bounded,
 * a named file wherever it is.
 */
export function readCliConfigFiles(cwd: string): ReturnType<typeof readTextFileIn> {
  return readTextFileIn(cwd, {
    maxBytes: MAX_CONFIG_BYTES,
    dirLabel: 'the working directory',
    confineNamed: false,
  })
}
