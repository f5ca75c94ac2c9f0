/**
 * TLS in front of a loopback HTTP server, with a self-signed certificate for a test host name
 * (made by the machine's openssl), so that a child process trusting it (NODE_EXTRA_CA_CERTS)
 * talks HTTPS to `https://<host>` as it would to GitHub.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { type AddressInfo, connect, type Socket } from 'node:net'
import { join } from 'node:path'
import { createServer } from 'node:tls'

export interface TlsFront {
  readonly port: number
  /** The PEM file of the certificate, for NODE_EXTRA_CA_CERTS. */
  readonly caFile: string
  close(): Promise<void>
}

/** Is openssl here to make a certificate? (Tests that need one skip with a message otherwise.) */
export function hasOpenSsl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

export async function startTlsFront(
  host: string,
  targetPort: number,
  dir: string,
): Promise<TlsFront> {
  const keyFile = join(dir, 'key.pem')
  const caFile = join(dir, 'cert.pem')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      caFile,
      '-days',
      '1',
      '-subj',
      `/CN=${host}`,
      '-addext',
      `subjectAltName=DNS:${host}`,
    ],
    { stdio: 'ignore' },
  )
  const sockets = new Set<Socket>()
  const server = createServer(
    { key: readFileSync(keyFile), cert: readFileSync(caFile) },
    (secure) => {
      const upstream = connect(targetPort, '127.0.0.1')
      for (const s of [secure, upstream]) {
        sockets.add(s)
        s.on('close', () => sockets.delete(s))
      }
      secure.pipe(upstream)
      upstream.pipe(secure)
      upstream.on('error', () => secure.destroy())
      secure.on('error', () => upstream.destroy())
    },
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    caFile,
    close: async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve()
        })
      })
    },
  }
}
