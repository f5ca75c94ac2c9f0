/**
 * What the action writes before it talks to GitHub, so that nothing is lost when publishing
 * fails: the JSON report (its path is an output) and the job summary.
 */
import { join } from 'node:path'
import { describeError } from '../core/errors.js'
import type { Report } from '../core/types.js'
import { writeTextFile } from '../platform/text-files.js'
import { renderJson } from '../report/render-json.js'
import { renderMarkdown } from '../report/render-markdown.js'
import type { ActionIo } from './action-io.js'

/** The runner's temporary directory (outside the repository), else a folder in the workspace. */
export function tempRootOf(io: ActionIo): string {
  return io.runnerTemp ?? join(io.workspace, '.carbon-gate')
}

/** Writes the JSON report; returns its path (a warning when it cannot be written). */
export function writeReportFile(io: ActionIo, report: Report): string {
  const path = join(tempRootOf(io), 'carbon-gate', 'report.json')
  try {
    writeTextFile(path, renderJson(report), true)
  } catch (e) {
    io.log.warning(`Could not write the JSON report to ${path}: ${describeError(e)}`)
  }
  return path
}

export async function writeJobSummary(io: ActionIo, report: Report): Promise<void> {
  try {
    await io.writeSummary(renderMarkdown(report))
  } catch (e) {
    io.log.warning(`Could not write the job summary: ${describeError(e)}`)
  }
}
