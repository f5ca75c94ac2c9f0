/**
 * schema/report.schema.json as a test assertion. Every JSON report a test makes the built CLI or
 * action write passes through here (test/e2e/run-dist.ts checks each run's stdout JSON, its
 * `--output` file and the action's report file), and so do the sample reports the renderers use.
 */
import AjvModule from 'ajv'
import schema from '../../schema/report.schema.json' with { type: 'json' }

/** ajv is CommonJS: Node gives its module.exports as the default import. */
const Ajv = AjvModule.default ?? AjvModule
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema)

/** The schema's complaints about `report`, one line each (empty when it is valid). */
export function reportSchemaErrors(report: unknown): string[] {
  if (validate(report)) return []
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'} ${JSON.stringify(e.params)}`,
  )
}

/** Throws naming `where` and every problem when `report` does not follow the schema. */
export function assertValidReport(report: unknown, where: string): void {
  const errors = reportSchemaErrors(report)
  if (errors.length > 0) {
    throw new Error(
      `${where}: not a valid report (schema/report.schema.json):\n${errors.join('\n')}`,
    )
  }
}

/** JSON.parse + assertValidReport. */
export function assertValidReportText(text: string, where: string): void {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (e) {
    throw new Error(
      `${where}: the report is not JSON (${e instanceof Error ? e.message : String(e)})`,
    )
  }
  assertValidReport(parsed, where)
}
