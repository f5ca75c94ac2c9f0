/**
 * The project's own errors. Each renders as one line: `carbon-gate: error: <where>: <what>`.
 * Anything else that reaches an entry point is a bug and is reported as such.
 */

export abstract class GateError extends Error {
  abstract readonly where: string
  /** The one line shown to the user, without the `carbon-gate: error: ` prefix. */
  get line(): string {
    return `${this.where}: ${this.message}`
  }
}

/** An artifact that cannot be used: names the file and, where one applies, the line. */
export class ArtifactError extends GateError {
  override readonly name = 'ArtifactError'
  constructor(
    readonly path: string,
    readonly lineNo: number | undefined,
    message: string,
  ) {
    super(message)
  }
  get where(): string {
    return this.lineNo === undefined ? this.path : `${this.path}:${this.lineNo}`
  }
}

/** A configuration value that cannot be used: names the input, flag or key. */
export class ConfigError extends GateError {
  override readonly name = 'ConfigError'
  constructor(
    readonly key: string,
    message: string,
  ) {
    super(message)
  }
  get where(): string {
    return this.key
  }
}

export function isGateError(e: unknown): e is GateError {
  return e instanceof GateError
}

/** Anything thrown, as one line for a log: a GateError's own line, else the first line of its message. */
export function describeError(e: unknown): string {
  if (isGateError(e)) return e.line
  const message = e instanceof Error ? e.message : String(e)
  return message.split('\n')[0]!.slice(0, 300)
}
