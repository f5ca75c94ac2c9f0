/**
 * Lines from a stream of bytes: UTF-8, BOM removed, `\n` or `\r\n`, 1-based numbers.
 * Streams: memory stays bounded by the longest line, not the file.
 */

export interface Line {
  readonly text: string
  /** 1-based line number in the file. */
  readonly no: number
}

const LF = 0x0a

export async function* readLines(
  chunks: AsyncIterable<Uint8Array>,
  onProgress?: (bytesRead: number) => void,
): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8')
  let carry = ''
  let no = 0
  let bytes = 0
  let first = true
  let lastReport = 0
  for await (const chunk of chunks) {
    bytes += chunk.byteLength
    if (onProgress && bytes - lastReport >= 8 * 1024 * 1024) {
      lastReport = bytes
      onProgress(bytes)
    }
    let text = decoder.decode(chunk, { stream: true })
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
      first = false
    }
    let start = 0
    let nl = text.indexOf('\n')
    if (nl === -1) {
      carry += text
      continue
    }
    let head = carry + text.slice(0, nl)
    carry = ''
    for (;;) {
      no++
      yield { text: head.endsWith('\r') ? head.slice(0, -1) : head, no }
      start = nl + 1
      nl = text.indexOf('\n', start)
      if (nl === -1) break
      head = text.slice(start, nl)
    }
    carry = text.slice(start)
  }
  carry += decoder.decode()
  if (first && carry.charCodeAt(0) === 0xfeff) carry = carry.slice(1)
  if (onProgress) onProgress(bytes)
  if (carry.length > 0) {
    no++
    yield { text: carry.endsWith('\r') ? carry.slice(0, -1) : carry, no }
  }
}

/** The whole text of a small file (JSON documents, logs). BOM removed. */
export async function readText(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder('utf-8')
  let out = ''
  for await (const chunk of chunks) out += decoder.decode(chunk, { stream: true })
  out += decoder.decode()
  return out.charCodeAt(0) === 0xfeff ? out.slice(1) : out
}

export { LF }
