/** What the CLI is given: its arguments, environment and streams. Tests pass in-memory ones. */
export interface CliIo {
  readonly argv: readonly string[]
  readonly env: Readonly<Record<string, string | undefined>>
  readonly cwd: string
  /** `columns`: the terminal's width when stdout is one (text tables fit it). */
  readonly stdout: { write(text: string): unknown; readonly columns?: number }
  /** `columns`: the terminal's width when stderr is one (the progress bar fits it). */
  readonly stderr: {
    write(text: string): unknown
    readonly isTTY?: boolean
    readonly columns?: number
  }
  /** Whether stdout is a terminal (colour). */
  readonly stdoutIsTTY?: boolean
}
