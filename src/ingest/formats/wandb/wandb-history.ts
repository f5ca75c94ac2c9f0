/**
 * W&B system metrics as text: an old SDK's `wandb-events.jsonl` (one JSON object per sample:
 * `system.gpu.0.powerWatts`, `_timestamp` in epoch s, `_runtime`), and exports of
 * `run.history(stream="events")` — a pandas DataFrame written with `to_csv()` (its first column
 * the unnamed index, NaN as an empty cell) or `to_json(orient="records", lines=True)` (NaN as
 * null).
 */
import { ArtifactError } from '../../../core/errors.js'
import { numberCell, splitCsvLine } from '../../shared/csv.js'
import { parseJson } from '../../shared/json-doc.js'
import { forEachLine } from '../../shared/lines.js'
import type { PowerIntegrator } from '../../shared/power-integrator.js'
import type { ArtifactInput, ReadOptions } from '../../types.js'
import { gpuOfKey, parseStatValue } from './wandb-run.js'

export interface TextRead {
  readonly samples: number
}

/** One JSON object per line; Python's bare NaN / Infinity accepted. */
function parseObject(text: string): Record<string, unknown> | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    try {
      value = parseJson(text, { pythonNonFinite: true }).value
    } catch {
      return undefined
    }
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

/** `_timestamp` in epoch seconds → ms; throws naming the line when there is none. */
function timestampMs(value: unknown, path: string, no: number): number {
  const seconds = parseStatValue(value)
  if (seconds === undefined || seconds <= 0) {
    throw new ArtifactError(
      path,
      no,
      'has no _timestamp (epoch seconds): not a W&B system-metrics row',
    )
  }
  return seconds * 1000
}

function addPower(
  integrator: PowerIntegrator,
  key: string,
  value: number | undefined,
  tMs: number,
  where: { path: string; no: number },
): boolean {
  const gpu = gpuOfKey(key)
  if (gpu === undefined || value === undefined) return false
  if (value < 0)
    throw new ArtifactError(where.path, where.no, `${key} is ${value} W: a negative power`)
  integrator.add(gpu, tMs, value, where.no)
  return true
}

/** JSON lines: wandb-events.jsonl, or a history export written as JSON lines. */
export async function readJsonLines(
  input: ArtifactInput,
  options: ReadOptions,
  integrator: PowerIntegrator,
): Promise<TextRead> {
  const { path } = input
  let samples = 0
  await forEachLine(
    input.chunks(),
    (text, no) => {
      if (text.trim() === '') return
      const row = parseObject(text)
      if (row === undefined) throw new ArtifactError(path, no, 'is not a JSON object')
      const keys = Object.keys(row).filter((k) => gpuOfKey(k) !== undefined)
      if (keys.length === 0) return // a row of other metrics
      const tMs = timestampMs(row._timestamp, path, no)
      for (const key of keys) {
        if (addPower(integrator, key, parseStatValue(row[key]), tMs, { path, no })) samples++
      }
    },
    options.onProgress,
  )
  return { samples }
}

/** Is this the header of a CSV export of W&B system metrics? */
export function isHistoryCsvHeader(line: string): boolean {
  const cells = splitCsvLine(line)
  return cells.includes('_timestamp') && cells.some((c) => gpuOfKey(c) !== undefined)
}

/** A CSV export of `run.history(stream="events")` (`df.to_csv()`). */
export async function readHistoryCsv(
  input: ArtifactInput,
  options: ReadOptions,
  integrator: PowerIntegrator,
): Promise<TextRead> {
  const { path } = input
  let header: string[] | undefined
  let time = -1
  let power: { key: string; index: number }[] = []
  let samples = 0
  await forEachLine(
    input.chunks(),
    (text, no) => {
      if (text.trim() === '') return
      const cells = splitCsvLine(text)
      if (header === undefined) {
        header = cells
        time = cells.indexOf('_timestamp')
        power = cells.flatMap((key, index) => (gpuOfKey(key) === undefined ? [] : [{ key, index }]))
        if (time === -1 || power.length === 0) {
          throw new ArtifactError(
            path,
            no,
            'is not a W&B history export: no _timestamp and system.gpu.<i>.powerWatts columns',
          )
        }
        return
      }
      if (cells.length !== header.length) {
        throw new ArtifactError(
          path,
          no,
          `has ${cells.length} fields, the header has ${header.length}`,
        )
      }
      const values = power.map((p) => numberCell(cells[p.index]))
      if (values.every((v) => v === undefined)) return
      const tMs = timestampMs(numberCell(cells[time]), path, no)
      power.forEach((p, k) => {
        const v = values[k]
        if (v !== undefined && Number.isNaN(v)) {
          throw new ArtifactError(path, no, `${p.key} "${cells[p.index]!}" is not a number`)
        }
        if (addPower(integrator, p.key, v, tMs, { path, no })) samples++
      })
    },
    options.onProgress,
  )
  return { samples }
}
