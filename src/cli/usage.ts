/** `carbon-gate --help`: the settings' flags from config/settings.ts, then the CLI's own. */
import { FLAG_SETTINGS } from '../config/settings.js'
import { OWN_FLAGS } from './args.js'

const INTRO = `Usage: carbon-gate check [PATH|DIR|GLOB ...] [options]
       carbon-gate ledger FOLDER [--format text|json] [--as-of DATE] [--final-jobs PATTERN]

Reads the energy your training jobs tracked (CodeCarbon, carbontracker, Eco2AI, Zeus,
nvidia-smi, DCGM, experiment-impact-tracker, *.carbon.json), estimates their lifecycle
emissions (operational + facility overhead + embodied hardware) and checks your budgets.
With no path, the working directory is searched. \`ledger\` prints the project to date
(month, year, all time, R&D multiplier) from a ledger branch checkout or folder of month files.
`

const OUTRO = 'Exit status: 0 within budget (or warn), 1 over budget with fail, 2 unusable input.\n'

/** Help text starts in this column. */
const COLUMN = 25

function describeFlag(left: string, help: string): string {
  const gap = left.length > COLUMN - 1 ? '   ' : ' '
  return `  ${left.padEnd(COLUMN - 1)}${gap}${help}`
}

function listFlags(): string[] {
  const own = (names: readonly string[]): string[] =>
    names.flatMap((name) => {
      const flag = OWN_FLAGS[name]
      if (flag?.help === undefined) return []
      const short = flag.short !== undefined ? `-${flag.short}, ` : ''
      const value = flag.value !== undefined ? ` ${flag.value}` : ''
      return [describeFlag(`${short}--${name}${value}`, flag.help)]
    })
  const settings = FLAG_SETTINGS.map((s) =>
    describeFlag(`--${s.input} ${s.flag.value}`, s.flag.help),
  )
  const rest = Object.keys(OWN_FLAGS).filter((name) => name !== 'config')
  return [...own(['config']), ...settings, ...own(rest)]
}

export const USAGE = `${INTRO}\nOptions:\n${listFlags().join('\n')}\n\n${OUTRO}`
