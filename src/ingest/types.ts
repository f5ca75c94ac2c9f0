import type { FormatId, JobRecord, Notice } from '../core/types.js'
import type { PieceRunner } from './shared/parallel/pieces.js'

/**
 * A file handed to a reader. The adapter (CLI, action, test) decides where bytes come from;
 * readers never touch the file system.
 */
export interface ArtifactInput {
  /** The path shown to users (relative to the working directory where possible). */
  readonly path: string
  /** The file's base name. */
  readonly name: string
  /** Size in bytes when known. */
  readonly size?: number
  /** Opens the file's bytes; may be called more than once. */
  chunks(): AsyncIterable<Uint8Array>
  /**
   * The file of that base name in the same directory, when there is one; `name` may also be a
   * path relative to that directory (`../../meta.yaml`, `files/wandb-metadata.json`).
   */
  sibling?(name: string): ArtifactInput | undefined
  /** Reads byte ranges of the file in worker threads, when the adapter offers it (parallel/). */
  readonly pieces?: PieceRunner
}

export interface ReadOptions {
  /** IANA time zone in which timestamps without an offset are read. */
  readonly timezone: string
  /** Power logs: gaps between samples longer than this are not bridged. */
  readonly maxGapSeconds: number
  /** Power logs without timestamps: seconds between polls. */
  readonly pollIntervalSeconds?: number
  /** Called now and then with the bytes read so far. */
  readonly onProgress?: (bytesRead: number) => void
  /**
   * Keep each job's energy over time (only an intensity series uses it). The nvidia-smi reader
   * then reads in one pass: pieces read on several threads do not stitch a profile.
   */
  readonly energyProfile?: boolean
}

export interface ReadResult {
  readonly jobs: readonly JobRecord[]
  readonly notices: readonly Notice[]
}

export interface Reader {
  readonly format: FormatId
  /** Human-readable description of the files this reader takes (used in error messages). */
  readonly describes: string
  /**
   * Does this file belong to this format? `name` is the base name; `head` is the start of the
   * file as text (up to 64 KiB, BOM removed). Never decided by position or directory alone.
   */
  detect(name: string, head: string): boolean
  /** Files that belong to another file of this format and are read through it (not alone). */
  isCompanion?(name: string): boolean
  /** Read the jobs. Throws ArtifactError (file and line) on input that cannot be used. */
  read(input: ArtifactInput, options: ReadOptions): Promise<ReadResult>
}
