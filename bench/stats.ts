/** Medians and the few number formats the benchmark prints. */

/** The median of the values (the mean of the middle two for an even count); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  if (finite.length === 0) return undefined
  const mid = finite.length >> 1
  return finite.length % 2 === 1 ? finite[mid]! : (finite[mid - 1]! + finite[mid]!) / 2
}

/** The largest value, undefined for none. */
export function maximum(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : Math.max(...values)
}

/** |a − b| / max(|a|, |b|), 0 when both are 0. */
export function relativeDifference(a: number, b: number): number {
  const scale = Math.max(Math.abs(a), Math.abs(b))
  return scale === 0 ? 0 : Math.abs(a - b) / scale
}

/** Three significant digits, without exponents: `0.123`, `12.3`, `1234`. */
export function significant(x: number): string {
  return Math.abs(x) >= 1000 ? x.toFixed(0) : x.toPrecision(3)
}

/** `0.123 s`, `12.3 s`, `4.5 ms`, `1234 s`. */
export function formatSeconds(s: number): string {
  if (s < 1) return `${significant(s * 1000)} ms`
  return `${significant(s)} s`
}

/** Decimal units: `1.00 GB`, `100 MB`, `512 B`. */
export function formatBytes(bytes: number): string {
  const units: readonly [number, string][] = [
    [1e9, 'GB'],
    [1e6, 'MB'],
    [1e3, 'kB'],
  ]
  for (const [size, unit] of units) if (bytes >= size) return `${significant(bytes / size)} ${unit}`
  return `${bytes} B`
}

/** KiB (as getrusage reports them) in decimal units, those of the targets: `85.2 MB`, `1.85 GB`. */
export function formatKiB(kib: number): string {
  return formatBytes(kib * 1024)
}

/** A speed ratio as people read it: 0.137 → `1/7.3`, 3.24 → `3.2×`. */
export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio) || ratio <= 0) return 'n/a'
  return ratio >= 1 ? `${ratio.toFixed(1)}×` : `1/${(1 / ratio).toFixed(1)}`
}

/** `1,234,567`. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US')
}
