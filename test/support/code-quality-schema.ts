/** GitLab's Code Quality report format as the tests check it (what GitLab requires of each issue). */
import AjvModule from 'ajv'

const CODE_QUALITY_SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', minLength: 1 },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object',
        required: ['path', 'lines'],
        properties: {
          path: { type: 'string', minLength: 1 },
          lines: {
            type: 'object',
            required: ['begin'],
            properties: { begin: { type: 'integer', minimum: 1 } },
          },
        },
      },
    },
  },
} as const
const Ajv = AjvModule.default ?? AjvModule
const validate = new Ajv({ allErrors: true }).compile(CODE_QUALITY_SCHEMA)

/** The schema's complaints about a Code Quality report (empty when it is valid). */
export function codeQualityProblems(report: unknown): string[] {
  if (validate(report)) return []
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
}
