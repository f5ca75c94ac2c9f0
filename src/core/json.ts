/** JSON as carbon-gate writes it to files and stdout: two-space indent, one newline at the end. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
