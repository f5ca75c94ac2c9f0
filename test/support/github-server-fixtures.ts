/**
 * What the GitHub tests share: a real client aimed at the fake server (fast back-off, no write
 * pacing), a log that keeps every line, ledger records, and zip archives built byte by byte.
 */
import { zipSync } from 'fflate'
import {
  type GitHubClient,
  type GitHubClientOptions,
  createGitHubClient,
} from '../../src/github/client.js'
import type { LedgerRecord } from '../../src/github/ledger.js'
import type { FakeGitHub } from './github-server.js'

export const TOKEN = 'ghs_SECRETtokenVALUE0123456789'

export interface CapturedLog {
  readonly lines: string[]
  info(m: string): void
  warning(m: string): void
  debug(m: string): void
}

export function captureLog(): CapturedLog {
  const lines: string[] = []
  return {
    lines,
    info: (m) => lines.push(`info: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    debug: (m) => lines.push(`debug: ${m}`),
  }
}

export function testClient(
  server: FakeGitHub,
  opts: Partial<GitHubClientOptions> = {},
): { client: GitHubClient; log: CapturedLog } {
  const log = captureLog()
  const client = createGitHubClient({
    token: TOKEN,
    baseUrl: server.url,
    log,
    retries: 3,
    requestTimeoutMs: 2000,
    maxRetryAfterSeconds: 2,
    retryBaseMs: 5,
    paceWrites: false,
    ...opts,
  })
  return { client, log }
}

export function ledgerRecord(
  over: Partial<LedgerRecord> & { readonly runId: number; readonly kg?: number },
): LedgerRecord {
  const { kg = 1, ...rest } = over
  const runAttempt = over.runAttempt ?? 1
  return {
    id: `${over.runId}-${runAttempt}-default`,
    sha: 'a'.repeat(40),
    ref: 'refs/heads/main',
    date: '2024-05-10T12:00:00.000Z',
    runAttempt,
    verdict: 'pass',
    totals: {
      itEnergyKWh: 2,
      overheadKWh: 0.4,
      facilityEnergyKWh: 2.4,
      operationalKg: kg * 0.75,
      embodiedKg: kg * 0.25,
      totalKg: kg,
    },
    jobs: [{ name: 'train', totalKg: kg, itEnergyKWh: 2 }],
    ...rest,
  }
}

/** A zip of text files; `unix` sets a Unix mode (e.g. 0o120777 for a symlink) on the named entries. */
export function makeZip(
  files: Record<string, string | Uint8Array>,
  unix: Record<string, number> = {},
): Uint8Array {
  const entries = Object.fromEntries(
    Object.entries(files).map(([name, content]) => {
      const data = typeof content === 'string' ? new TextEncoder().encode(content) : content
      const mode = unix[name]
      return [name, mode === undefined ? data : ([data, { os: 3, attrs: mode << 16 }] as const)]
    }),
  )
  return zipSync(entries as Parameters<typeof zipSync>[0], {
    level: 9,
    mtime: new Date('2024-01-01'),
  })
}

/** The same zip with every declared uncompressed size of `name` replaced (a lying zip bomb). */
export function lieAboutSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice()
  const view = new DataView(out.buffer)
  const nameBytes = new TextEncoder().encode(name)
  for (let at = 0; at + 46 < out.length; at += 1) {
    const sig = view.getUint32(at, true)
    const [nameAt, sizeAt] = sig === 0x04034b50 ? [30, 22] : sig === 0x02014b50 ? [46, 24] : [0, 0]
    if (nameAt === 0) continue
    const candidate = out.subarray(at + nameAt, at + nameAt + nameBytes.length)
    if (Buffer.from(candidate).equals(Buffer.from(nameBytes)))
      view.setUint32(at + sizeAt, size, true)
  }
  return out
}
