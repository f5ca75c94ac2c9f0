/**
 * A structural index of a window of bytes, for the fast paths of large CSV logs: where each line
 * ends and where its separators are, found 16 bytes at a time by a small WebAssembly SIMD module
 * (assembled below, ~300 bytes). Where WebAssembly is missing, a JavaScript loop writes the same
 * index.
 *
 * The index is a list of records, one per line that ends (`\n`) in the window, in order:
 *
 *   [header, sep₁, …, sepₙ, end]   header = n | QUOTED (when the line holds a quote byte)
 *
 * where sepᵢ are the offsets of the separators and `end` the offset of the `\n`. The line that
 * does not end in the window has no record (the caller carries it over).
 */

/** Bytes indexed at a time. */
export const INDEX_WINDOW = 1024 * 1024
/** Header bit: the line holds a quote. */
export const QUOTED = 0x40000000
/** The count of separators in a header. */
export const COUNT_MASK = QUOTED - 1
/** Where the second window starts (after the first and its zero padding). */
const WINDOW_STRIDE = INDEX_WINDOW + 64
/** Where the records go in the module's memory (after the two windows and their zero padding). */
const RECORDS_AT = 2 * WINDOW_STRIDE
/** At most two words per byte (a separator; or a `\n`, which ends a record and opens the next). */
const RECORD_WORDS = 2 * (INDEX_WINDOW + 16) + 2
const WASM_PAGE = 65536

export interface SeparatorIndex {
  readonly kind: 'wasm' | 'js'
  /** The window: callers copy bytes to its start, then call `scan`. */
  readonly bytes: Uint8Array
  readonly view: DataView
  /** The records written by the last `scan` or `scanRange`. */
  readonly records: Int32Array
  /**
   * Index `bytes[0..length)` (length ≤ INDEX_WINDOW) for `sep` and `quote` (non-zero ASCII bytes
   * other than `\n`; pass `sep` twice when quotes mean nothing); returns the number of words of
   * the records of the lines that end in the window.
   */
  scan(length: number, sep: number, quote: number): number
  /**
   * The memory of both windows (the first one starts at 0): a chunk read straight into a window
   * (file-input.ts) is indexed where it lies by `scanRange`, without a copy.
   */
  readonly memory: Uint8Array
  readonly memoryView: DataView
  /** Two windows of INDEX_WINDOW bytes in `memory`, for a reader to read chunks into in turn. */
  readonly windows: readonly [Uint8Array, Uint8Array]
  /**
   * Index `memory[from..to)` (to − from ≤ INDEX_WINDOW, inside one window); the offsets in the
   * records are offsets in `memory`. The 16 bytes after `to` are overwritten with zeros.
   */
  scanRange(from: number, to: number, sep: number, quote: number): number
  /**
   * The windows are lent to one file reader at a time: true when they were free (the caller
   * then owns them until `release`). While they are lent, nothing else is copied into them
   * (forEachRow takes the spare index for chunks that are not in them).
   */
  claim(): boolean
  release(): void
  readonly claimed: boolean
}

/** The little of the WebAssembly API used here (the DOM's types are not in this project's lib). */
interface WasmApi {
  validate(bytes: Uint8Array): boolean
  Module: new (bytes: Uint8Array) => object
  Instance: new (module: object) => { readonly exports: Record<string, unknown> }
}
interface WasmMemory {
  readonly buffer: ArrayBuffer
}

/** LEB128, unsigned (`signed` false) or signed. */
function leb(n: number, signed = false): number[] {
  const out: number[] = []
  for (;;) {
    const b = n & 0x7f
    n = signed ? n >> 7 : n >>> 7
    const done = signed ? (n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0) : n === 0
    out.push(done ? b : b | 0x80)
    if (done) return out
  }
}

function section(id: number, body: readonly number[]): number[] {
  return [id, ...leb(body.length), ...body]
}

function text(name: string): number[] {
  return [...leb(name.length), ...Array.from(name, (c) => c.charCodeAt(0))]
}

/** The instructions the module uses, as their bytes (WebAssembly core and SIMD opcodes). */
const OP = {
  block: [0x02, 0x40], // with no result
  loop: [0x03, 0x40],
  if: [0x04, 0x40],
  else: [0x05],
  end: [0x0b],
  br: (depth: number) => [0x0c, depth],
  brIf: (depth: number) => [0x0d, depth],
  get: (local: number) => [0x20, local],
  set: (local: number) => [0x21, local],
  i32: (k: number) => [0x41, ...leb(k, true)],
  eqz: [0x45],
  geU: [0x4f],
  ctz: [0x68],
  add: [0x6a],
  sub: [0x6b],
  and: [0x71],
  or: [0x72],
  xor: [0x73],
  shrU: [0x76],
  store: [0x36, 0x02, 0x00], // i32.store, align 4, offset 0
  load16: [0xfd, 0x00, 0x00, 0x00], // v128.load, align 1, offset 0
  splat: [0xfd, 0x0f], // i8x16.splat
  eq16: [0xfd, 0x23], // i8x16.eq
  bitmask: [0xfd, 0x64], // i8x16.bitmask
} as const

/**
 * The module: `scan(from, to, out, sep, quote) → end of the complete records` over
 * memory[from..to) (16 zero bytes after it), writing records from byte address `out`, with
 * offsets in memory. In the text format:
 *
 *   vsep, vquote, vlf = i8x16.splat(sep), i8x16.splat(quote), i8x16.splat('\n')
 *   rec = out; w = out + 4; q = 0
 *   for (i = from; i < to; i += 16):
 *     v = v128.load(i)
 *     lf = bitmask(v == vlf); sep = bitmask(v == vsep)
 *     m = lf | sep | bitmask(v == vquote)
 *     while (m != 0):
 *       low = m & -m; p = i + ctz(m)
 *       if (low & lf) { store(rec, ((w - rec) >> 2) - 1 | q); store(w, p); rec = w + 4; w += 8; q = 0 }
 *       else if (low & sep) { store(w, p); w += 4 }
 *       else q = QUOTED
 *       m ^= low
 *   return rec
 */
function assembleScanner(pages: number): Uint8Array {
  // Locals: params from, to, out, sep, quote; i32 i, m, rec, w, q, low, lf, seps; v128 v, vsep,
  // vquote, vlf.
  const [from, to, out, sep, quote, i, m, rec, w, q, low, lf, seps, v, vsep, vquote, vlf] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
  ] as const
  const { get, set, i32 } = OP
  const mask = (splatted: number): number[] => [
    ...get(v),
    ...get(splatted),
    ...OP.eq16,
    ...OP.bitmask,
  ]
  const position = [...get(i), ...get(m), ...OP.ctz, ...OP.add]
  // prettier-ignore
  const code = [
    ...[0x02, 0x08, 0x7f, 0x04, 0x7b], // locals: 8 × i32, 4 × v128
    ...get(sep), ...OP.splat, ...set(vsep),
    ...get(quote), ...OP.splat, ...set(vquote),
    ...i32(0x0a), ...OP.splat, ...set(vlf),
    ...get(out), ...set(rec),
    ...get(out), ...i32(4), ...OP.add, ...set(w),
    ...get(from), ...set(i),
    ...OP.block, ...OP.loop,
    ...get(i), ...get(to), ...OP.geU, ...OP.brIf(1),
    ...get(i), ...OP.load16, ...set(v),
    ...mask(vlf), ...set(lf),
    ...mask(vsep), ...set(seps),
    ...mask(vquote), ...get(lf), ...OP.or, ...get(seps), ...OP.or, ...set(m),
    ...OP.block, ...OP.loop,
    ...get(m), ...OP.eqz, ...OP.brIf(1),
    ...i32(0), ...get(m), ...OP.sub, ...get(m), ...OP.and, ...set(low),
    ...get(low), ...get(lf), ...OP.and, ...OP.if,
    ...get(rec), ...get(w), ...get(rec), ...OP.sub, ...i32(2), ...OP.shrU, ...i32(1), ...OP.sub,
    ...get(q), ...OP.or, ...OP.store,
    ...get(w), ...position, ...OP.store,
    ...get(w), ...i32(4), ...OP.add, ...set(rec),
    ...get(w), ...i32(8), ...OP.add, ...set(w),
    ...i32(0), ...set(q),
    ...OP.else,
    ...get(low), ...get(seps), ...OP.and, ...OP.if,
    ...get(w), ...position, ...OP.store,
    ...get(w), ...i32(4), ...OP.add, ...set(w),
    ...OP.else,
    ...i32(QUOTED), ...set(q),
    ...OP.end, ...OP.end,
    ...get(m), ...get(low), ...OP.xor, ...set(m),
    ...OP.br(0), ...OP.end, ...OP.end,
    ...get(i), ...i32(16), ...OP.add, ...set(i),
    ...OP.br(0), ...OP.end, ...OP.end,
    ...get(rec), ...OP.end,
  ]
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [1, 0x60, 5, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 1, 0x7f]), // (i32 ×5) → i32
    ...section(3, [1, 0]),
    ...section(5, [1, 0x00, ...leb(pages)]),
    ...section(7, [2, ...text('memory'), 0x02, 0, ...text('scan'), 0x00, 0]),
    ...section(10, [1, ...leb(code.length), ...code]),
  ])
}

type ScanFunction = (from: number, to: number, out: number, sep: number, quote: number) => number

/** The windows, their lending, and `scan` over the first one, given `scanRange`. */
function withWindows(
  kind: 'wasm' | 'js',
  buffer: ArrayBuffer,
  records: Int32Array,
  scanRange: (from: number, to: number, sep: number, quote: number) => number,
): SeparatorIndex {
  let claimed = false
  return {
    kind,
    bytes: new Uint8Array(buffer, 0, INDEX_WINDOW + 16),
    view: new DataView(buffer, 0, INDEX_WINDOW + 16),
    records,
    memory: new Uint8Array(buffer, 0, RECORDS_AT),
    memoryView: new DataView(buffer, 0, RECORDS_AT),
    windows: [
      new Uint8Array(buffer, 0, INDEX_WINDOW),
      new Uint8Array(buffer, WINDOW_STRIDE, INDEX_WINDOW),
    ],
    scan: (length, sep, quote) => scanRange(0, length, sep, quote),
    scanRange,
    claim() {
      if (claimed) return false
      claimed = true
      return true
    },
    release() {
      claimed = false
    },
    get claimed() {
      return claimed
    },
  }
}

/** The WebAssembly index, or undefined where WebAssembly (with SIMD) is not available. */
function createWasmIndex(): SeparatorIndex | undefined {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly
  if (api === undefined) return undefined
  const pages = Math.ceil((RECORDS_AT + 4 * RECORD_WORDS) / WASM_PAGE)
  const binary = assembleScanner(pages)
  try {
    if (!api.validate(binary)) return undefined
    const { exports } = new api.Instance(new api.Module(binary))
    const memory = (exports.memory as WasmMemory).buffer
    const scan = exports.scan as ScanFunction
    const all = new Uint8Array(memory, 0, RECORDS_AT)
    const records = new Int32Array(memory, RECORDS_AT, RECORD_WORDS)
    return withWindows('wasm', memory, records, (from, to, sepByte, quoteByte) => {
      all.fill(0, to, to + 16)
      return (scan(from, to, RECORDS_AT, sepByte, quoteByte) - RECORDS_AT) >> 2
    })
  } catch {
    return undefined
  }
}

/** The same index in JavaScript (where WebAssembly is not available; tests compare the two). */
export function createJsSeparatorIndex(): SeparatorIndex {
  const buffer = new ArrayBuffer(RECORDS_AT)
  const bytes = new Uint8Array(buffer)
  const records = new Int32Array(RECORD_WORDS)
  return withWindows('js', buffer, records, (from, to, sepByte, quoteByte) => {
    let rec = 0
    let w = 1
    let quoted = 0
    for (let at = from; at < to; at++) {
      const c = bytes[at]
      if (c === 0x0a) {
        records[rec] = (w - rec - 1) | quoted
        records[w] = at
        rec = w + 1
        w += 2
        quoted = 0
      } else if (c === sepByte) records[w++] = at
      else if (c === quoteByte) quoted = QUOTED
    }
    return rec
  })
}

let shared: SeparatorIndex | undefined

let spare: SeparatorIndex | undefined

/**
 * The index, one per process: files are read one at a time, and a reader uses the window only
 * between two awaits (its row handler is synchronous).
 */
export function separatorIndex(): SeparatorIndex {
  shared ??= createWasmIndex() ?? createJsSeparatorIndex()
  return shared
}

/**
 * A second index, for a reader whose chunks are not in the shared index's windows while a file
 * reader holds them (two files read at once): it copies into its own first window.
 */
export function spareSeparatorIndex(): SeparatorIndex {
  spare ??= createWasmIndex() ?? createJsSeparatorIndex()
  return spare
}
