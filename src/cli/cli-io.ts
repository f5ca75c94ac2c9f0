/** What the CLI is given: its arguments, environment and streams. Tests pass in-memory ones. */
export interface CliIo {
  readonly argv: readonly string[]
  readonly env: Readonly<Record<string, string | undefined>>
  readonly cwd: string
  readonly stdout: { write(text: string): unknown }
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean }
  /** Whether stdout is a terminal (colour). */
  readonly stdoutIsTTY?: boolean
}
