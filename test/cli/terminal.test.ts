/**
 * The CLI in a real terminal (tmux) of 60 and 80 columns: the progress bar, redrawn in place,
 * leaves one line (a line longer than the terminal would wrap and leave a stale copy per
 * redraw), and the text report's lines never wrap. Skipped, with a message, without tmux.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'

const ROOT = join(import.meta.dirname, '../..')
const HAS_TMUX = spawnSync('tmux', ['-V']).status === 0
const SOCKET = `cg-terminal-${process.pid}`

function tmux(...args: string[]): string {
  const ran = spawnSync('tmux', ['-L', SOCKET, '-f', '/dev/null', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  if (ran.status !== 0) throw new Error(`tmux ${args[0]}: ${ran.stderr}`)
  return ran.stdout
}

let sessions = 0

/** Runs `command` in a new detached pane of `columns` × 200; its screen once `marker` shows. */
async function runInPane(
  command: string,
  columns: number,
  marker: string,
): Promise<{ lines: string[]; joined: string[] }> {
  const name = `t${++sessions}`
  // The progress bar is off on CI and dumb terminals: this terminal is neither.
  const shell = `cd ${JSON.stringify(ROOT)} && env -u CI -u GITHUB_ACTIONS ${command}; sleep 60`
  tmux('new-session', '-d', '-s', name, '-x', String(columns), '-y', '200', shell)
  try {
    for (let tries = 0; tries < 600; tries++) {
      const screen = tmux('capture-pane', '-p', '-t', name)
      if (screen.includes(marker)) {
        const joined = tmux('capture-pane', '-p', '-J', '-t', name)
        const trim = (s: string): string[] => s.replace(/\n+$/, '').split('\n')
        return { lines: trim(screen), joined: trim(joined) }
      }
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error(`"${marker}" never showed:\n${tmux('capture-pane', '-p', '-t', name)}`)
  } finally {
    tmux('kill-session', '-t', name)
  }
}

describe('the CLI in a terminal of 60 and 80 columns (tmux)', () => {
  const skip = HAS_TMUX ? false : 'no tmux (apt-get install -y tmux)'
  // One idle session keeps this test's own tmux server up between panes; it is ended at the end.
  before(() => {
    if (HAS_TMUX) tmux('new-session', '-d', '-s', 'keep', 'sleep 600')
  })
  after(() => {
    if (HAS_TMUX) spawnSync('tmux', ['-L', SOCKET, 'kill-server'])
  })

  for (const columns of [60, 80]) {
    it(
      `${columns} columns: the progress bar leaves one line, never a stale copy`,
      { skip },
      async () => {
        const { lines, joined } = await runInPane(
          'node --import tsx test/cli/fixtures/progress-driver.ts',
          columns,
          'DRAWN',
        )
        const bars = lines.filter((l) => /[█░]/.test(l))
        assert.equal(bars.length, 1, lines.join('\n'))
        assert.match(bars[0]!, /100 %/)
        assert.deepEqual(joined, lines, 'a line wrapped')
      },
    )

    it(`${columns} columns: the text report's tables and lines never wrap`, { skip }, async () => {
      const { lines, joined } = await runInPane(
        'node --import tsx src/bin/cli.ts check examples/codecarbon examples/zeus examples/nvidia-smi --no-color; echo EXIT-$?',
        columns,
        'EXIT-',
      )
      assert.ok(
        lines.some((l) => l.startsWith('Jobs (')),
        lines.join('\n'),
      )
      assert.deepEqual(joined, lines, 'a line wrapped')
    })
  }
})
