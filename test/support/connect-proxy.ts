/**
 * An HTTP proxy on loopback that speaks CONNECT (as corporate proxies in front of self-hosted
 * runners do), for tests: it records every tunnel asked for and maps the requested host to a
 * loopback port, so a host that does not resolve here is reachable only through the proxy.
 */
import { createServer, type IncomingMessage } from 'node:http'
import { type AddressInfo, connect, type Socket } from 'node:net'

export interface ConnectProxy {
  readonly url: string
  /** `host:port` of every CONNECT received, in order. */
  readonly tunnels: string[]
  /** Requests that were not CONNECT (plain forwarding is not offered). */
  readonly refused: string[]
  close(): Promise<void>
}

/** `routes` maps `host:port` as asked to the loopback port that serves it. */
export async function startConnectProxy(
  routes: Readonly<Record<string, number>>,
): Promise<ConnectProxy> {
  const tunnels: string[] = []
  const refused: string[] = []
  const sockets = new Set<Socket>()
  const server = createServer((req, res) => {
    refused.push(`${req.method ?? '?'} ${req.url ?? ''}`)
    res.writeHead(405, { 'content-type': 'text/plain' }).end('only CONNECT is offered')
  })
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const target = req.url ?? ''
    tunnels.push(target)
    sockets.add(client)
    client.on('close', () => sockets.delete(client))
    const port = routes[target]
    if (port === undefined) {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')
      return
    }
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    sockets.add(upstream)
    upstream.on('close', () => sockets.delete(upstream))
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels,
    refused,
    close: async () => {
      for (const s of sockets) s.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve()
        })
      })
    },
  }
}
