/**
 * Jobs past the listed ones (model/job-sink.ts), summed by group: one row per group and the line
 * saying how many more jobs the report holds than it lists. Shared by text, Markdown and comment.
 */
import type { JobGroup, Report } from '../core/types.js'
import { formatNumber } from './format-numbers.js'

/** Group rows shown; further groups are counted in the "more jobs" line only. */
export const MAX_GROUP_ROWS = 20

/** Every job of the report: listed and summed. */
export function countJobs(report: Report): number {
  let n = report.jobs.length
  for (const g of report.moreJobs ?? []) n += g.jobs
  return n
}

/** `…and 990,000 more jobs in 3 groups`, or undefined when every job is listed. */
export function describeMoreJobs(report: Report): string | undefined {
  const groups = report.moreJobs ?? []
  if (groups.length === 0) return undefined
  const jobs = countJobs(report) - report.jobs.length
  const s = (n: number, word: string): string =>
    `${formatNumber(n, 0)} ${word}${n === 1 ? '' : 's'}`
  return `…and ${s(jobs, 'more job')} in ${s(groups.length, 'group')} (summed, not listed)`
}

/** A group's row cells, raw (the renderer escapes them): what it holds and its sums. */
export function groupCells(g: JobGroup): { label: string; where: string; jobs: string } {
  const kind = [g.gpuModel, g.region].filter((x) => x !== undefined).join(', ')
  return {
    label: `${formatNumber(g.jobs, 0)} more job${g.jobs === 1 ? '' : 's'}${kind !== '' ? ` (${kind})` : ''}`,
    where: g.path,
    jobs: formatNumber(g.jobs, 0),
  }
}
