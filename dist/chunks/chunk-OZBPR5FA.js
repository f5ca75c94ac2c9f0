import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  ArtifactError,
  describeRepeatedHour,
  laterSameWallTime,
  localTimeMs,
  parseTimestamp,
  toIso
} from "./chunk-4VU3SNOR.js";

// src/ingest/shared/csv-index.ts
var INDEX_WINDOW = 1024 * 1024;
var QUOTED = 1073741824;
var COUNT_MASK = QUOTED - 1;
var WINDOW_STRIDE = INDEX_WINDOW + 64;
var RECORDS_AT = 2 * WINDOW_STRIDE;
var RECORD_WORDS = 2 * (INDEX_WINDOW + 16) + 2;
var WASM_PAGE = 65536;
function leb(n, signed = false) {
  const out = [];
  for (; ; ) {
    const b = n & 127;
    n = signed ? n >> 7 : n >>> 7;
    const done = signed ? n === 0 && (b & 64) === 0 || n === -1 && (b & 64) !== 0 : n === 0;
    out.push(done ? b : b | 128);
    if (done) return out;
  }
}
function section(id, body) {
  return [id, ...leb(body.length), ...body];
}
function text(name) {
  return [...leb(name.length), ...Array.from(name, (c) => c.charCodeAt(0))];
}
var OP = {
  block: [2, 64],
  // with no result
  loop: [3, 64],
  if: [4, 64],
  else: [5],
  end: [11],
  br: (depth) => [12, depth],
  brIf: (depth) => [13, depth],
  get: (local) => [32, local],
  set: (local) => [33, local],
  i32: (k) => [65, ...leb(k, true)],
  eqz: [69],
  geU: [79],
  ctz: [104],
  add: [106],
  sub: [107],
  and: [113],
  or: [114],
  xor: [115],
  shrU: [118],
  store: [54, 2, 0],
  // i32.store, align 4, offset 0
  load16: [253, 0, 0, 0],
  // v128.load, align 1, offset 0
  splat: [253, 15],
  // i8x16.splat
  eq16: [253, 35],
  // i8x16.eq
  bitmask: [253, 100]
  // i8x16.bitmask
};
function assembleScanner(pages) {
  const [from, to, out, sep, quote, i, m, rec, w, q, low, lf, seps, v, vsep, vquote, vlf] = [
    0,
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    8,
    9,
    10,
    11,
    12,
    13,
    14,
    15,
    16
  ];
  const { get, set, i32 } = OP;
  const mask = (splatted) => [
    ...get(v),
    ...get(splatted),
    ...OP.eq16,
    ...OP.bitmask
  ];
  const position = [...get(i), ...get(m), ...OP.ctz, ...OP.add];
  const code = [
    ...[2, 8, 127, 4, 123],
    // locals: 8 × i32, 4 × v128
    ...get(sep),
    ...OP.splat,
    ...set(vsep),
    ...get(quote),
    ...OP.splat,
    ...set(vquote),
    ...i32(10),
    ...OP.splat,
    ...set(vlf),
    ...get(out),
    ...set(rec),
    ...get(out),
    ...i32(4),
    ...OP.add,
    ...set(w),
    ...get(from),
    ...set(i),
    ...OP.block,
    ...OP.loop,
    ...get(i),
    ...get(to),
    ...OP.geU,
    ...OP.brIf(1),
    ...get(i),
    ...OP.load16,
    ...set(v),
    ...mask(vlf),
    ...set(lf),
    ...mask(vsep),
    ...set(seps),
    ...mask(vquote),
    ...get(lf),
    ...OP.or,
    ...get(seps),
    ...OP.or,
    ...set(m),
    ...OP.block,
    ...OP.loop,
    ...get(m),
    ...OP.eqz,
    ...OP.brIf(1),
    ...i32(0),
    ...get(m),
    ...OP.sub,
    ...get(m),
    ...OP.and,
    ...set(low),
    ...get(low),
    ...get(lf),
    ...OP.and,
    ...OP.if,
    ...get(rec),
    ...get(w),
    ...get(rec),
    ...OP.sub,
    ...i32(2),
    ...OP.shrU,
    ...i32(1),
    ...OP.sub,
    ...get(q),
    ...OP.or,
    ...OP.store,
    ...get(w),
    ...position,
    ...OP.store,
    ...get(w),
    ...i32(4),
    ...OP.add,
    ...set(rec),
    ...get(w),
    ...i32(8),
    ...OP.add,
    ...set(w),
    ...i32(0),
    ...set(q),
    ...OP.else,
    ...get(low),
    ...get(seps),
    ...OP.and,
    ...OP.if,
    ...get(w),
    ...position,
    ...OP.store,
    ...get(w),
    ...i32(4),
    ...OP.add,
    ...set(w),
    ...OP.else,
    ...i32(QUOTED),
    ...set(q),
    ...OP.end,
    ...OP.end,
    ...get(m),
    ...get(low),
    ...OP.xor,
    ...set(m),
    ...OP.br(0),
    ...OP.end,
    ...OP.end,
    ...get(i),
    ...i32(16),
    ...OP.add,
    ...set(i),
    ...OP.br(0),
    ...OP.end,
    ...OP.end,
    ...get(rec),
    ...OP.end
  ];
  return new Uint8Array([
    ...[0, 97, 115, 109, 1, 0, 0, 0],
    ...section(1, [1, 96, 5, 127, 127, 127, 127, 127, 1, 127]),
    // (i32 ×5) → i32
    ...section(3, [1, 0]),
    ...section(5, [1, 0, ...leb(pages)]),
    ...section(7, [2, ...text("memory"), 2, 0, ...text("scan"), 0, 0]),
    ...section(10, [1, ...leb(code.length), ...code])
  ]);
}
function withWindows(kind, buffer, records, scanRange) {
  let claimed = false;
  return {
    kind,
    bytes: new Uint8Array(buffer, 0, INDEX_WINDOW + 16),
    view: new DataView(buffer, 0, INDEX_WINDOW + 16),
    records,
    memory: new Uint8Array(buffer, 0, RECORDS_AT),
    memoryView: new DataView(buffer, 0, RECORDS_AT),
    windows: [
      new Uint8Array(buffer, 0, INDEX_WINDOW),
      new Uint8Array(buffer, WINDOW_STRIDE, INDEX_WINDOW)
    ],
    scan: (length, sep, quote) => scanRange(0, length, sep, quote),
    scanRange,
    claim() {
      if (claimed) return false;
      claimed = true;
      return true;
    },
    release() {
      claimed = false;
    },
    get claimed() {
      return claimed;
    }
  };
}
function createWasmIndex() {
  const api = globalThis.WebAssembly;
  if (api === void 0) return void 0;
  const pages = Math.ceil((RECORDS_AT + 4 * RECORD_WORDS) / WASM_PAGE);
  const binary = assembleScanner(pages);
  try {
    if (!api.validate(binary)) return void 0;
    const { exports } = new api.Instance(new api.Module(binary));
    const memory = exports.memory.buffer;
    const scan = exports.scan;
    const all = new Uint8Array(memory, 0, RECORDS_AT);
    const records = new Int32Array(memory, RECORDS_AT, RECORD_WORDS);
    return withWindows("wasm", memory, records, (from, to, sepByte, quoteByte) => {
      all.fill(0, to, to + 16);
      return scan(from, to, RECORDS_AT, sepByte, quoteByte) - RECORDS_AT >> 2;
    });
  } catch {
    return void 0;
  }
}
function createJsSeparatorIndex() {
  const buffer = new ArrayBuffer(RECORDS_AT);
  const bytes = new Uint8Array(buffer);
  const records = new Int32Array(RECORD_WORDS);
  return withWindows("js", buffer, records, (from, to, sepByte, quoteByte) => {
    let rec = 0;
    let w = 1;
    let quoted = 0;
    for (let at = from; at < to; at++) {
      const c = bytes[at];
      if (c === 10) {
        records[rec] = w - rec - 1 | quoted;
        records[w] = at;
        rec = w + 1;
        w += 2;
        quoted = 0;
      } else if (c === sepByte) records[w++] = at;
      else if (c === quoteByte) quoted = QUOTED;
    }
    return rec;
  });
}
var shared;
var spare;
function separatorIndex() {
  shared ??= createWasmIndex() ?? createJsSeparatorIndex();
  return shared;
}
function spareSeparatorIndex() {
  spare ??= createWasmIndex() ?? createJsSeparatorIndex();
  return spare;
}

// src/ingest/shared/lines.ts
var LF = 10;
var CR = 13;
var SPAN = 64 * 1024;
var PROGRESS_STEP = 8 * 1024 * 1024;
var ProgressCounter = class {
  constructor(onProgress) {
    this.onProgress = onProgress;
  }
  onProgress;
  bytes = 0;
  lastReport = 0;
  add(n) {
    this.bytes += n;
    if (this.onProgress && this.bytes - this.lastReport >= PROGRESS_STEP) {
      this.lastReport = this.bytes;
      this.onProgress(this.bytes);
    }
  }
  end() {
    if (this.onProgress) this.onProgress(this.bytes);
  }
};
async function* readLines(chunks, onProgress) {
  for await (const lines of readLineBatches(chunks, onProgress))
    for (const line of lines) yield line;
}
async function* readLineBatches(chunks, onProgress) {
  const splitter = new TextSplitter();
  const progress = new ProgressCounter(onProgress);
  for await (const chunk of chunks) {
    progress.add(chunk.byteLength);
    const batch = [];
    splitter.push(chunk, (text2, no) => {
      batch.push({ text: text2, no });
    });
    if (batch.length > 0) yield batch;
  }
  progress.end();
  const last = [];
  splitter.end((text2, no) => {
    last.push({ text: text2, no });
  });
  if (last.length > 0) yield last;
}
var MAX_LINE_BYTES = 16 * 1024 * 1024;
var LineTooLongError = class extends Error {
  constructor(lineNo) {
    super(`a line longer than ${MAX_LINE_BYTES / 1048576} MiB: this is not a tracker artifact`);
    this.lineNo = lineNo;
  }
  lineNo;
  name = "LineTooLongError";
};
var Carry = class {
  /** `lineNo` tells which line is being carried, for the error. */
  constructor(lineNo) {
    this.lineNo = lineNo;
  }
  lineNo;
  bytes = new Uint8Array(1024);
  view = new DataView(this.bytes.buffer);
  length = 0;
  seps = new Int32Array(64);
  append(src, from, to) {
    const n = to - from;
    if (n <= 0) return;
    if (this.length + n > MAX_LINE_BYTES) throw new LineTooLongError(this.lineNo());
    if (this.length + n > this.bytes.byteLength) {
      let size = this.bytes.byteLength * 2;
      while (size < this.length + n) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
      this.view = new DataView(grown.buffer);
    }
    this.bytes.set(src.subarray(from, to), this.length);
    this.length += n;
  }
  /** The separators of the carried line into `seps`: their count, or -1 when it holds a quote. */
  listSeparators(sep, quote) {
    const bytes = this.bytes;
    let n = 0;
    for (let i = 0; i < this.length; i++) {
      const c = bytes[i];
      if (c === sep) {
        if (n === this.seps.length) {
          const grown = new Int32Array(n * 2);
          grown.set(this.seps);
          this.seps = grown;
        }
        this.seps[n++] = i;
      } else if (c === quote) return -1;
    }
    return n;
  }
};
var TextSplitter = class {
  decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  no = 0;
  carry = new Carry(() => this.no + 1);
  /** The start of the file has been decoded (and its BOMs dropped). */
  started = false;
  /** Set when the callback asked to stop. */
  stopped = false;
  push(chunk, onLine) {
    const n = chunk.byteLength;
    for (let from = 0; from < n; ) {
      const limit = Math.min(n, from + SPAN);
      let last = chunk.lastIndexOf(LF, limit - 1);
      if (last < from) last = limit === n ? -1 : chunk.indexOf(LF, limit);
      if (last === -1) {
        this.carry.append(chunk, from, n);
        return;
      }
      let text2;
      if (this.carry.length > 0) {
        this.carry.append(chunk, from, last + 1);
        text2 = this.decode(this.carry.bytes.subarray(0, this.carry.length));
        this.carry.length = 0;
      } else text2 = this.decode(chunk.subarray(from, last + 1));
      from = last + 1;
      if (!this.cut(text2, onLine)) {
        this.stopped = true;
        return;
      }
    }
  }
  /** The lines of `text`, which ends with `\n`; false when `onLine` asked to stop. */
  cut(text2, onLine) {
    let start = 0;
    for (let nl = text2.indexOf("\n"); nl !== -1; nl = text2.indexOf("\n", start)) {
      this.no++;
      const end = nl > start && text2.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
      if (onLine(text2.slice(start, end), this.no) === false) return false;
      start = nl + 1;
    }
    return true;
  }
  end(onLine) {
    if (this.carry.length === 0) return;
    const text2 = this.decode(this.carry.bytes.subarray(0, this.carry.length));
    this.carry.length = 0;
    if (text2.length > 0) {
      this.no++;
      onLine(text2.charCodeAt(text2.length - 1) === CR ? text2.slice(0, -1) : text2, this.no);
    }
  }
  /**
   * Decode; at the start of the file, drop up to two U+FEFF (readLines always dropped the BOM its
   * decoder drops, and one more).
   */
  decode(bytes) {
    const text2 = this.decoder.decode(bytes);
    if (this.started) return text2;
    this.started = true;
    let from = 0;
    if (text2.charCodeAt(0) === 65279) from = text2.charCodeAt(1) === 65279 ? 2 : 1;
    return from === 0 ? text2 : text2.slice(from);
  }
};
async function forEachLine(chunks, onLine, onProgress) {
  const splitter = new TextSplitter();
  const progress = new ProgressCounter(onProgress);
  for await (const chunk of chunks) {
    progress.add(chunk.byteLength);
    splitter.push(chunk, onLine);
    if (splitter.stopped) return;
  }
  progress.end();
  splitter.end(onLine);
}
async function forEachRow(chunks, sep, quote, onRow, onProgress, index = separatorIndex()) {
  let no = 0;
  const carry = new Carry(() => no + 1);
  const progress = new ProgressCounter(onProgress);
  const memory = index.memory;
  const after = new Uint8Array(16);
  let carried = false;
  const emit = (rowBytes, rowView, start, end, seps, sepAt, count) => {
    no++;
    if (no === 1) start = skipBoms(rowBytes, start, end);
    if (end > start && rowBytes[end - 1] === CR) end--;
    return onRow(rowBytes, rowView, start, end, seps, sepAt, count, no) !== false;
  };
  const emitCarry = () => {
    carried = false;
    const count = carry.listSeparators(sep, quote);
    const length = carry.length;
    carry.length = 0;
    return emit(carry.bytes, carry.view, 0, length, carry.seps, 0, count);
  };
  const walk = (ix, from, to) => {
    const bytes = ix.memory;
    after.set(bytes.subarray(to, to + 16));
    const words = ix.scanRange(from, to, sep, quote);
    bytes.set(after, to);
    const view = ix.memoryView;
    const recs = ix.records;
    let start = from;
    for (let k = 0; k < words; ) {
      const header = recs[k];
      const count = header & COUNT_MASK;
      const end = recs[k + 1 + count];
      if (carried) {
        carry.append(bytes, from, end);
        if (!emitCarry()) return false;
      } else if (!emit(bytes, view, start, end, recs, k + 1, header & QUOTED ? -1 : count)) {
        return false;
      }
      start = end + 1;
      k += count + 2;
    }
    if (start < to) {
      carry.append(bytes, start, to);
      carried = true;
    }
    return true;
  };
  for await (const chunk of chunks) {
    const n = chunk.byteLength;
    progress.add(n);
    if (chunk.buffer === memory.buffer && n <= INDEX_WINDOW && inWindow(index, chunk)) {
      if (!walk(index, chunk.byteOffset, chunk.byteOffset + n)) return;
      continue;
    }
    const ix = index.claimed ? spareSeparatorIndex() : index;
    for (let offset = 0; offset < n; offset += INDEX_WINDOW) {
      const length = Math.min(INDEX_WINDOW, n - offset);
      ix.memory.set(chunk.subarray(offset, offset + length));
      if (!walk(ix, 0, length)) return;
    }
  }
  progress.end();
  if (carried && (no > 0 || skipBoms(carry.bytes, 0, carry.length) < carry.length)) emitCarry();
}
function inWindow(index, chunk) {
  const at = chunk.byteOffset;
  const end = at + chunk.byteLength;
  for (const w of index.windows) {
    if (at >= w.byteOffset && end <= w.byteOffset + w.byteLength) return true;
  }
  return false;
}
function isBom(bytes, at, end) {
  return end - at >= 3 && bytes[at] === 239 && bytes[at + 1] === 187 && bytes[at + 2] === 191;
}
function skipBoms(bytes, start, end) {
  if (!isBom(bytes, start, end)) return start;
  return isBom(bytes, start + 3, end) ? start + 6 : start + 3;
}
var utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
function decodeLine(bytes, start, end) {
  return utf8.decode(bytes.subarray(start, end));
}
async function readText(chunks) {
  const decoder = new TextDecoder("utf-8");
  let out = "";
  for await (const chunk of chunks) out += decoder.decode(chunk, { stream: true });
  out += decoder.decode();
  return out.charCodeAt(0) === 65279 ? out.slice(1) : out;
}

// src/ingest/shared/csv.ts
function splitCsvLine(line, sep = ",") {
  if (!line.includes('"')) {
    const cells = line.split(sep);
    for (let i = 0; i < cells.length; i++) cells[i] = cells[i].trim();
    return cells;
  }
  return sep === "" || sep.includes('"') ? splitCharByChar(line, sep) : splitQuoted(line, sep);
}
function splitQuoted(line, sep) {
  const cells = [];
  let cell = "";
  let i = 0;
  for (; ; ) {
    const quote = line.indexOf('"', i);
    const next = line.indexOf(sep, i);
    if (next !== -1 && (quote === -1 || next < quote)) {
      cells.push((cell + line.slice(i, next)).trim());
      cell = "";
      i = next + sep.length;
      continue;
    }
    if (quote === -1) {
      cells.push((cell + line.slice(i)).trim());
      return cells;
    }
    cell += line.slice(i, quote);
    if (cell.trim() !== "") {
      cell += '"';
      i = quote + 1;
      continue;
    }
    cell = "";
    let j = quote + 1;
    for (; ; ) {
      const close = line.indexOf('"', j);
      if (close === -1) {
        cells.push((cell + line.slice(j)).trim());
        return cells;
      }
      cell += line.slice(j, close);
      if (line.charCodeAt(close + 1) !== 34) {
        i = close + 1;
        break;
      }
      cell += '"';
      j = close + 2;
    }
  }
}
function splitCharByChar(line, sep) {
  const cells = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"') {
        if (line[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (line.startsWith(sep, i)) {
      cells.push(cell.trim());
      cell = "";
      i += sep.length - 1;
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}
var NULLS = /* @__PURE__ */ new Set([
  "",
  "nan",
  "none",
  "null",
  "n/a",
  "[n/a]",
  "[not supported]",
  "[unknown error]",
  "[insufficient permissions]",
  "[requested functionality has been deprecated]",
  "-"
]);
function isNullText(t) {
  if (t.length === 0) return true;
  const c = t.charCodeAt(0);
  if (c !== 110 && c !== 78 && c !== 91 && c !== 45) return false;
  return NULLS.has(t.toLowerCase());
}
function isNullCell(cell) {
  return cell === void 0 || isNullText(cell.trim());
}
function textCell(cell) {
  if (cell === void 0) return void 0;
  const t = cell.trim();
  return isNullText(t) ? void 0 : t;
}
var NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
function numberCell(cell, unit) {
  let t = textCell(cell);
  if (t === void 0) return void 0;
  if (unit !== void 0 && t.endsWith(unit)) t = t.slice(0, -unit.length).trim();
  if (NUMBER.test(t)) return Number(t);
  const lower = t.toLowerCase();
  if (lower === "inf" || lower === "+inf" || lower === "infinity") return Infinity;
  if (lower === "-inf" || lower === "-infinity") return -Infinity;
  return NaN;
}
function indexHeader(cells) {
  const index = /* @__PURE__ */ new Map();
  cells.forEach((name, i) => {
    const key = name.trim();
    if (key !== "" && !index.has(key)) index.set(key, i);
  });
  return index;
}
function findDuplicateColumn(cells, wanted) {
  const uses = typeof wanted === "function" ? wanted : (name) => wanted.some((w) => w.endsWith("*") ? name.startsWith(w.slice(0, -1)) : name === w);
  const seen = /* @__PURE__ */ new Map();
  for (let i = 0; i < cells.length; i++) {
    const name = cells[i].trim();
    if (name === "" || !uses(name)) continue;
    const first = seen.get(name);
    if (first !== void 0) return { name, first: first + 1, second: i + 1 };
    seen.set(name, i);
  }
  return void 0;
}
function duplicateColumnMessage(d) {
  return `column "${d.name}" appears twice in the header (fields ${d.first} and ${d.second}): which one holds the value is ambiguous; remove or rename one`;
}
function findColumn(header, ...candidates) {
  for (const c of candidates) {
    if (c.endsWith("*")) {
      const prefix = c.slice(0, -1);
      for (const [name, i] of header) if (name.startsWith(prefix)) return i;
    } else {
      const i = header.get(c);
      if (i !== void 0) return i;
    }
  }
  return void 0;
}
function equalsAscii(bytes, start, end, text2) {
  if (end - start !== text2.length) return false;
  for (let i = 0; i < text2.length; i++) if (bytes[start + i] !== text2.charCodeAt(i)) return false;
  return true;
}
function asciiText(bytes, start, end) {
  let text2 = "";
  for (let at = start; at < end; at += 4096) {
    const part = bytes.subarray(at, Math.min(end, at + 4096));
    text2 += String.fromCharCode.apply(null, part);
  }
  return text2;
}
function skipSpaces(bytes, start, end) {
  while (start < end && bytes[start] <= 32) start++;
  return start;
}
function skipSpacesBack(bytes, start, end) {
  while (end > start && bytes[end - 1] <= 32) end--;
  return end;
}
var POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);
var MAX_DIGITS = 15;
function parseDecimal(bytes, start, end) {
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  let i = start;
  for (; i < end; i++) {
    const d = bytes[i] - 48;
    if (d >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      digits++;
      if (fraction >= 0) fraction++;
    } else if (d === -2 && fraction < 0 && i > start) {
      fraction = 0;
    } else return NaN;
  }
  if (digits === 0 || digits > MAX_DIGITS) return NaN;
  return fraction > 0 ? mantissa / POWERS_OF_TEN[fraction] : mantissa;
}

// src/ingest/shared/power-cells.ts
var ZERO = 48;
function parseLocalTimestamp(text2, zone) {
  return parseTimestamp(text2, zone);
}
var TimestampReader = class {
  constructor(zone) {
    this.zone = zone;
  }
  zone;
  lastText = "";
  lastMs;
  read(text2) {
    if (text2 === this.lastText) return this.lastMs;
    const ms = parseLocalTimestamp(text2, this.zone);
    this.lastText = text2;
    this.lastMs = ms;
    return ms;
  }
};
function parseWatts(cell) {
  let end = cell.length;
  if (end === 0) return void 0;
  const c0 = cell.charCodeAt(0);
  const numeric = c0 >= ZERO && c0 <= ZERO + 9 || c0 === 46 || c0 === 43 || c0 === 45;
  if (!numeric || end === 1 && c0 === 45) return isNullCell(cell) ? void 0 : NaN;
  if (cell.charCodeAt(end - 1) === 87) {
    end--;
    while (end > 0 && cell.charCodeAt(end - 1) === 32) end--;
  }
  const text2 = end === cell.length ? cell : cell.slice(0, end);
  const value = Number(text2);
  return text2.length === 0 ? NaN : value;
}
function sliceTrimmed(text2, start, end) {
  while (start < end && text2.charCodeAt(start) <= 32) start++;
  while (end > start && text2.charCodeAt(end - 1) <= 32) end--;
  return text2.slice(start, end);
}

// src/ingest/shared/parallel/pieces.ts
function nominalCuts(size, pieces) {
  const out = [];
  for (let k = 1; k < pieces; k++) out.push(Math.floor(size * k / pieces));
  return out;
}
async function* truncateChunks(chunks, end) {
  let at = 0;
  if (end <= 0) return;
  for await (const chunk of chunks) {
    const take = Math.min(chunk.byteLength, end - at);
    yield take === chunk.byteLength ? chunk : chunk.subarray(0, take);
    at += take;
    if (at >= end) return;
  }
}

// src/ingest/formats/nvidia-smi/nvidia-smi-query-header.ts
var QUERY_COMMAND = "nvidia-smi --query-gpu=timestamp,index,name,power.draw --format=csv -l 1 -f power.csv";
var POWER_COLUMNS = [
  ["power.draw.average", "gpu.power.draw.average"],
  ["power.draw"],
  ["power.draw.instant", "gpu.power.draw.instant"]
];
var KEY_COLUMNS = ["uuid", "gpu_uuid", "pci.bus_id", "gpu_bus_id", "index"];
var QUERY_FIELDS = /* @__PURE__ */ new Set(["timestamp", ...KEY_COLUMNS, "name", "gpu_name", "pci.bus"]);
var MASKED_UUID = "GPU-00000000-0000-0000-0000-000000000000";
function parseQueryHeader(text2) {
  return text2.split(",").map((cell) => {
    const t = cell.trim().toLowerCase();
    const bracket = t.indexOf(" [");
    return bracket === -1 ? t : t.slice(0, bracket).trimEnd();
  });
}
function isQueryHeader(text2) {
  if (!text2.includes(",")) return false;
  const names = parseQueryHeader(text2);
  const hasPower = POWER_COLUMNS.some((aliases) => aliases.some((a) => names.includes(a)));
  return hasPower && (text2.includes(" [W]") || names.some((n) => QUERY_FIELDS.has(n)));
}
function indexQueryColumns(text2) {
  const names = parseQueryHeader(text2);
  const col = (...aliases) => {
    for (const a of aliases) {
      const i = names.indexOf(a);
      if (i !== -1) return i;
    }
    return -1;
  };
  const tsCol = col("timestamp");
  const nameCol = col("name", "gpu_name");
  const keyCols = KEY_COLUMNS.map((k) => names.indexOf(k)).filter((i) => i !== -1);
  const powerCols = [];
  const powerNames = [];
  for (const aliases of POWER_COLUMNS) {
    const i = col(...aliases);
    if (i !== -1) {
      powerCols.push(i);
      powerNames.push(names[i]);
    }
  }
  const want = new Uint8Array(names.length);
  for (const i of [tsCol, nameCol, ...keyCols, ...powerCols]) if (i >= 0) want[i] = 1;
  return { width: names.length, tsCol, nameCol, keyCols, powerCols, powerNames, want };
}

// src/ingest/formats/nvidia-smi/nvidia-smi-bytes.ts
var ZERO2 = 48;
var OPEN_BRACKET = 91;
var W = 87;
var SPACE = 32;
var NO_VALUE = -1;
var POWERS_OF_TEN2 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];
function isDateSep(c) {
  return c === 47 || c === 45;
}
var ByteCell = class {
  bytes;
  view;
  /** -1 when empty (nothing to compare with). */
  length = -1;
  constructor(size) {
    this.bytes = new Uint8Array(size);
    this.view = new DataView(this.bytes.buffer);
  }
  /** Does it hold the bytes `[start, end)` of `view`? */
  equals(view, start, end) {
    return sameBytes(this, view, start, end);
  }
  set(bytes, start, end) {
    const n = end - start;
    if (n > this.bytes.byteLength) {
      this.bytes = new Uint8Array(n * 2);
      this.view = new DataView(this.bytes.buffer);
    }
    const own = this.bytes;
    for (let i = 0; i < n; i++) own[i] = bytes[start + i];
    this.length = n;
  }
  text() {
    return asciiText(this.bytes, 0, this.length);
  }
};
function sameBytes(cell, view, start, end) {
  const n = cell.length;
  if (end - start !== n) return false;
  const own = cell.view;
  if (n < 4) {
    for (let i = 0; i < n; i++) if (view.getUint8(start + i) !== own.getUint8(i)) return false;
    return true;
  }
  for (let i = n - 4; i > 0; i -= 4) {
    if (view.getInt32(start + i, true) !== own.getInt32(i, true)) return false;
  }
  return view.getInt32(start, true) === own.getInt32(0, true);
}
function isKeyCell(bytes, start, end) {
  return start < end && bytes[start] !== OPEN_BRACKET && !equalsAscii(bytes, start, end, "N/A") && !equalsAscii(bytes, start, end, MASKED_UUID);
}
function readWatts(bytes, start, end) {
  if (start === end) return NO_VALUE;
  if (bytes[start] === OPEN_BRACKET) return equalsAscii(bytes, start, end, "[N/A]") ? NO_VALUE : NaN;
  let numberEnd = end;
  if (bytes[end - 1] === W) {
    numberEnd--;
    while (numberEnd > start && bytes[numberEnd - 1] === SPACE) numberEnd--;
  }
  return parseDecimal(bytes, start, numberEnd);
}
function digitBytesAt(bytes, from, count) {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const d = bytes[i] - ZERO2;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}
function parseLocalTimestampBytes(bytes, start, end, zone) {
  const n = end - start;
  if (n < 19 || !isDateSep(bytes[start + 4]) || !isDateSep(bytes[start + 7]) || bytes[start + 10] !== 32 && bytes[start + 10] !== 84 || bytes[start + 13] !== 58 || bytes[start + 16] !== 58) {
    return NaN;
  }
  const second = digitBytesAt(bytes, start + 17, 2);
  let frac = 0;
  if (n > 19) {
    const sep = bytes[start + 19];
    const count = n - 20;
    if (sep !== 46 && sep !== 44 || count < 1 || count > 9) return NaN;
    const f = digitBytesAt(bytes, start + 20, count);
    if (f < 0) return NaN;
    frac = f / POWERS_OF_TEN2[count] * 1e3;
  }
  if (second < 0) return NaN;
  const utc = zone === "UTC" || zone === "Etc/UTC";
  if (utc && second <= 59 && lastMinute.matches(bytes, start)) {
    return lastMinute.ms + second * 1e3 + frac;
  }
  const year = digitBytesAt(bytes, start, 4);
  const month = digitBytesAt(bytes, start + 5, 2);
  const day = digitBytesAt(bytes, start + 8, 2);
  const hour = digitBytesAt(bytes, start + 11, 2);
  const minute = digitBytesAt(bytes, start + 14, 2);
  if ((year | month | day | hour | minute) < 0) return NaN;
  const ms = localTimeMs(year, month, day, hour, minute, second, frac, zone);
  if (ms === void 0) return NaN;
  if (utc && second <= 59)
    lastMinute.set(bytes, start, Date.UTC(year, month - 1, day, hour, minute));
  return ms;
}
var MinuteCache = class {
  prefix = new Uint8Array(16);
  valid = false;
  ms = 0;
  matches(bytes, start) {
    if (!this.valid) return false;
    const prefix = this.prefix;
    for (let i = 15; i >= 0; i--) if (bytes[start + i] !== prefix[i]) return false;
    return true;
  }
  set(bytes, start, ms) {
    for (let i = 0; i < 16; i++) this.prefix[i] = bytes[start + i];
    this.ms = ms;
    this.valid = true;
  }
};
var lastMinute = new MinuteCache();

// src/ingest/formats/nvidia-smi/nvidia-smi-query-fast.ts
var MAX_KEYS = 256;
var W2 = 87;
var SPACE2 = 32;
var MAX_DIGITS2 = 15;
var POWERS_OF_TEN3 = Array.from({ length: 16 }, (_, k) => 10 ** k);
var MS = 0;
var WATTS = 1;
var QueryFastPath = class {
  constructor(zone) {
    this.zone = zone;
  }
  zone;
  /**
   * The row read by the last successful `read`. Its time (epoch ms) and watts are in `values`
   * (MS, WATTS): numbers in a Float64Array are stored without allocating, unlike fields.
   */
  values = new Float64Array(2);
  sameTs = false;
  /** The GPU key from a key column; undefined when the row has none (keyed by position). */
  key;
  /** The key's entry, when the key is remembered. */
  keyEntry;
  /** The name cell, when it differs from the cursor's lastModel; else undefined. */
  model;
  /** Which power column gave the watts; -1 when none held a value. */
  powerIndex = -1;
  /** The cursor's last timestamp and model, trimmed, and their cells as they stood. */
  ts = new ByteCell(32);
  tsRaw = new ByteCell(32);
  modelCell = new ByteCell(64);
  modelRaw = new ByteCell(64);
  keys = [];
  /** The key entry seen at each position of the last poll: the likely one this time. */
  keyAt = new Int32Array(MAX_KEYS).fill(-1);
  /** Trimmed bounds of the last cell found by `cell`. */
  cellStart = 0;
  cellEnd = 0;
  /** The string path is about to read a row (and may change the cursor): drop the byte copies. */
  forget() {
    this.ts.length = -1;
    this.tsRaw.length = -1;
    this.modelCell.length = -1;
    this.modelRaw.length = -1;
  }
  /** The cursor's lastTsCell while the fast path holds it as bytes. */
  tsText() {
    return this.ts.text();
  }
  /**
   * Sets cellStart and cellEnd to the trimmed bounds of column `c` of the row `[start, end)` whose
   * separators are `seps[at..at + count)`.
   */
  cell(bytes, start, end, seps, at, count, c) {
    const cellEnd = c === count ? end : seps[at + c];
    const s = skipSpaces(bytes, c === 0 ? start : seps[at + c - 1] + 1, cellEnd);
    this.cellStart = s;
    this.cellEnd = skipSpacesBack(bytes, s, cellEnd);
  }
  /**
   * The common row, read with the least work: its GPU key and model cells are those of the GPU
   * at this position in the last poll and the model before (byte for byte, as they stand), its
   * timestamp is the last row's or starts a new poll, and its first power column holds a value.
   * Fills the same fields as `read`; false (nothing changed) when `read` must look at the row.
   */
  readCommon(view, bytes, start, end, seps, at, count, cols, cursor) {
    if (count < 0 || count + 1 !== cols.width || cols.keyCols.length === 0) return false;
    let position = cursor.positionInPoll + 1;
    const tsCol = cols.tsCol;
    const tsRawStart = tsCol === 0 ? start : seps[at + tsCol - 1] + 1;
    const tsRawEnd = tsCol === count ? end : seps[at + tsCol];
    let tsStart = 0;
    let tsEnd = 0;
    if (!sameBytes(this.tsRaw, view, tsRawStart, tsRawEnd)) {
      if (this.ts.length < 0) return false;
      this.cell(bytes, start, end, seps, at, count, tsCol);
      tsStart = this.cellStart;
      tsEnd = this.cellEnd;
      if (tsStart === tsEnd || this.ts.equals(view, tsStart, tsEnd)) return false;
      const ms = parseLocalTimestampBytes(bytes, tsStart, tsEnd, this.zone);
      if (Number.isNaN(ms)) return false;
      this.values[MS] = ms;
      position = 0;
    }
    if (position >= MAX_KEYS) return false;
    const guess = this.keyAt[position];
    if (guess < 0) return false;
    const entry = this.keys[guess];
    const keyCol = cols.keyCols[0];
    const keyStart = keyCol === 0 ? start : seps[at + keyCol - 1] + 1;
    if (!sameBytes(entry.raw, view, keyStart, keyCol === count ? end : seps[at + keyCol]))
      return false;
    const nameCol = cols.nameCol;
    if (nameCol >= 0) {
      const nameStart = nameCol === 0 ? start : seps[at + nameCol - 1] + 1;
      const nameEnd = nameCol === count ? end : seps[at + nameCol];
      if (!sameBytes(this.modelRaw, view, nameStart, nameEnd)) return false;
    }
    const powerCol = cols.powerCols[0];
    let i = powerCol === 0 ? start : seps[at + powerCol - 1] + 1;
    let cellEnd = powerCol === count ? end : seps[at + powerCol];
    while (i < cellEnd && bytes[i] <= SPACE2) i++;
    while (cellEnd > i && bytes[cellEnd - 1] <= SPACE2) cellEnd--;
    let mantissa = 0;
    let digits = 0;
    let fraction = -1;
    for (const first = i; i < cellEnd; i++) {
      const d = bytes[i] - 48;
      if (d >= 0 && d <= 9) {
        mantissa = mantissa * 10 + d;
        digits++;
        if (fraction >= 0) fraction++;
      } else if (d === -2 && fraction < 0 && i > first) fraction = 0;
      else break;
    }
    if (i < cellEnd) {
      while (i < cellEnd && bytes[i] === SPACE2) i++;
      if (i !== cellEnd - 1 || bytes[i] !== W2) return false;
    }
    if (digits === 0 || digits > MAX_DIGITS2) return false;
    this.values[WATTS] = fraction > 0 ? mantissa / POWERS_OF_TEN3[fraction] : mantissa;
    const same = tsEnd === tsStart;
    if (same) this.values[MS] = cursor.lastTsMs;
    else {
      this.ts.set(bytes, tsStart, tsEnd);
      this.tsRaw.set(bytes, tsRawStart, tsRawEnd);
    }
    this.sameTs = same;
    this.key = entry.key;
    this.keyEntry = entry;
    this.model = void 0;
    this.powerIndex = 0;
    return true;
  }
  /**
   * Read the row `bytes[start..end)`, whose separators are `seps[at..at + count)`, into this
   * object's fields; false (and nothing changed) when the string path must read it.
   */
  read(bytes, view, start, end, seps, at, count, cols, cursor) {
    if (count < 0 || count + 1 !== cols.width) return false;
    const tsCol = cols.tsCol;
    const tsRawStart = tsCol === 0 ? start : seps[at + tsCol - 1] + 1;
    const tsRawEnd = tsCol === count ? end : seps[at + tsCol];
    let same = this.tsRaw.equals(view, tsRawStart, tsRawEnd);
    let tsStart = 0;
    let tsEnd = 0;
    let ms = cursor.lastTsMs;
    if (!same) {
      this.cell(bytes, start, end, seps, at, count, tsCol);
      tsStart = this.cellStart;
      tsEnd = this.cellEnd;
      if (tsStart === tsEnd) return false;
      same = this.ts.length >= 0 ? this.ts.equals(view, tsStart, tsEnd) : equalsAscii(bytes, tsStart, tsEnd, cursor.lastTsCell);
      if (!same) ms = parseLocalTimestampBytes(bytes, tsStart, tsEnd, this.zone);
      if (Number.isNaN(ms)) return false;
    }
    const powerCols = cols.powerCols;
    let watts = NO_VALUE;
    let p = 0;
    for (; p < powerCols.length; p++) {
      this.cell(bytes, start, end, seps, at, count, powerCols[p]);
      const w = readWatts(bytes, this.cellStart, this.cellEnd);
      if (Number.isNaN(w)) return false;
      if (w !== NO_VALUE) {
        watts = w;
        break;
      }
    }
    if (tsEnd > tsStart) {
      if (!same || this.ts.length < 0) this.ts.set(bytes, tsStart, tsEnd);
      this.tsRaw.set(bytes, tsRawStart, tsRawEnd);
    }
    const position = same ? cursor.positionInPoll + 1 : 0;
    let entry;
    let key;
    const keyCols = cols.keyCols;
    for (let k = 0; k < keyCols.length; k++) {
      const c = keyCols[k];
      const rawStart = c === 0 ? start : seps[at + c - 1] + 1;
      const rawEnd = c === count ? end : seps[at + c];
      const guess = k === 0 && position < MAX_KEYS ? this.keyAt[position] : -1;
      if (guess >= 0 && this.keys[guess].raw.equals(view, rawStart, rawEnd)) {
        entry = this.keys[guess];
        key = entry.key;
        break;
      }
      this.cell(bytes, start, end, seps, at, count, c);
      entry = this.keyFor(bytes, view, this.cellStart, this.cellEnd, position);
      if (entry !== void 0) {
        entry.raw.set(bytes, rawStart, rawEnd);
        key = entry.key;
        break;
      }
      key = this.keyText(bytes, this.cellStart, this.cellEnd);
      if (key !== void 0) break;
    }
    let model;
    const nameCol = cols.nameCol;
    if (nameCol >= 0) {
      const rawStart = nameCol === 0 ? start : seps[at + nameCol - 1] + 1;
      const rawEnd = nameCol === count ? end : seps[at + nameCol];
      if (!this.modelRaw.equals(view, rawStart, rawEnd)) {
        this.cell(bytes, start, end, seps, at, count, nameCol);
        const s = this.cellStart;
        const e = this.cellEnd;
        const cached = this.modelCell.length >= 0;
        if (cached ? !this.modelCell.equals(view, s, e) : !equalsAscii(bytes, s, e, cursor.lastModel)) {
          model = decodeLine(bytes, s, e);
          this.modelCell.set(bytes, s, e);
        } else if (!cached) this.modelCell.set(bytes, s, e);
        this.modelRaw.set(bytes, rawStart, rawEnd);
      }
    }
    this.values[MS] = ms;
    this.sameTs = same;
    this.key = key;
    this.keyEntry = entry;
    this.model = model;
    this.values[WATTS] = watts;
    this.powerIndex = watts === NO_VALUE ? -1 : p;
    return true;
  }
  /** The entry of the GPU key `bytes[start..end)`; a new entry when there is room. */
  keyFor(bytes, view, start, end, position) {
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i].cell.equals(view, start, end)) {
        if (position < MAX_KEYS) this.keyAt[position] = i;
        return keys[i];
      }
    }
    if (keys.length >= MAX_KEYS) return void 0;
    const key = this.keyText(bytes, start, end);
    if (key === void 0) return void 0;
    const cell = new ByteCell(end - start);
    cell.set(bytes, start, end);
    if (position < MAX_KEYS) this.keyAt[position] = keys.length;
    const entry = { cell, raw: new ByteCell(end - start + 8), key, device: void 0 };
    keys.push(entry);
    return entry;
  }
  /**
   * The text of a key cell (decoded as readLines decodes, so the strings are the string path's),
   * or undefined when it names no GPU (empty, masked, a null spelling).
   */
  keyText(bytes, start, end) {
    return isKeyCell(bytes, start, end) ? decodeLine(bytes, start, end) : void 0;
  }
};

// src/ingest/shared/energy-profile.ts
var PROFILE_STEP_MS = 3e5;
var EPOCH_MIN_MS = 1e12;
var TWICE_MJ_PER_KWH = 2 * 36e8;
var EnergyProfileBuilder = class {
  buckets = /* @__PURE__ */ new Map();
  cursors = [];
  /** A cursor for a device whose first sample is at `tMs`. */
  open(tMs) {
    const c = { bucket: Math.floor(tMs / PROFILE_STEP_MS), twice: 0 };
    this.cursors.push(c);
    return c;
  }
  /**
   * A bridged interval from (t0, w0) to (t1, w1), whose trapezoid sum without the ½ is `twice`;
   * `c` is at t0's bucket.
   */
  add(c, t0, w0, t1, w1, twice) {
    const last = Math.floor(t1 / PROFILE_STEP_MS);
    if (last === c.bucket) {
      c.twice += twice;
      return;
    }
    let ta = t0;
    let wa = w0;
    while (c.bucket < last) {
      const edge = (c.bucket + 1) * PROFILE_STEP_MS;
      const we = w0 + (w1 - w0) * (edge - t0) / (t1 - t0);
      c.twice += (wa + we) * (edge - ta);
      ta = edge;
      wa = we;
      this.flush(c);
      c.bucket++;
    }
    c.twice += (wa + w1) * (t1 - ta);
  }
  /** The device's next sample is at `tMs` after a gap that is not bridged. */
  skipTo(c, tMs) {
    const bucket = Math.floor(tMs / PROFILE_STEP_MS);
    if (bucket === c.bucket) return;
    this.flush(c);
    c.bucket = bucket;
  }
  flush(c) {
    if (c.twice !== 0) this.buckets.set(c.bucket, (this.buckets.get(c.bucket) ?? 0) + c.twice);
    c.twice = 0;
  }
  /** The profile; undefined when nothing was counted or the times are not epoch times. */
  build() {
    for (const c of this.cursors) this.flush(c);
    if (this.buckets.size === 0) return void 0;
    let first = Infinity;
    let last = -Infinity;
    for (const b of this.buckets.keys()) {
      if (b < first) first = b;
      if (b > last) last = b;
    }
    if (first * PROFILE_STEP_MS < EPOCH_MIN_MS) return void 0;
    const kWh = new Array(last - first + 1).fill(0);
    for (const [b, twice] of this.buckets) kWh[b - first] = twice / TWICE_MJ_PER_KWH;
    return { startMs: first * PROFILE_STEP_MS, stepMs: PROFILE_STEP_MS, kWh };
  }
};
function profileField(profile) {
  return profile === void 0 ? {} : { energyProfile: profile };
}

// src/ingest/shared/power-integrator.ts
var TWICE_MJ_PER_KWH2 = 2 * 36e8;
var PowerIntegrator = class {
  /**
   * @param path the file, for errors and notices
   * @param maxGapSeconds gaps longer than this are not bridged
   * @param device what a key names in messages ("GPU")
   * @param zone the time zone local timestamps were read in: a sample in the hour the zone
   *   repeats when its clocks go back is moved to its second reading when time would otherwise
   *   go backwards (time.ts)
   */
  constructor(path, maxGapSeconds, device = "GPU", zone) {
    this.path = path;
    this.device = device;
    this.zone = zone;
    this.maxGapMs = maxGapSeconds * 1e3;
  }
  path;
  device;
  zone;
  states = /* @__PURE__ */ new Map();
  maxGapMs;
  gapCount = 0;
  longestGapMs = 0;
  firstGapLine;
  firstGapKey = "";
  shiftedCount = 0;
  profileBuilder = new EnergyProfileBuilder();
  /** One sample of `key`: `watts` at `tMs`, read from 1-based `line`. */
  add(key, tMs, watts, line) {
    const s = this.states.get(key);
    if (s === void 0) this.start(key, tMs, watts);
    else this.addTo(s, tMs, watts, line);
  }
  /**
   * The same as `add` for a reader that keeps the device: pass what the previous call returned for
   * this key (undefined the first time); returns the device to pass next time.
   */
  addKept(kept, key, tMs, watts, line) {
    const s = kept ?? this.states.get(key);
    if (s === void 0) return this.start(key, tMs, watts);
    this.addTo(s, tMs, watts, line);
    return s;
  }
  start(key, tMs, watts) {
    const s = {
      key,
      firstMs: tMs,
      lastMs: tMs,
      lastWatts: watts,
      twiceMilliJoules: 0,
      samples: 1,
      cursor: this.profileBuilder.open(tMs)
    };
    this.states.set(key, s);
    return s;
  }
  addTo(s, sampleMs, watts, line) {
    let tMs = sampleMs;
    let dt = tMs - s.lastMs;
    if (dt < 0 && this.zone !== void 0) {
      const later = laterSameWallTime(tMs, this.zone);
      if (later !== void 0 && later >= s.lastMs) {
        tMs = later;
        dt = tMs - s.lastMs;
        this.shiftedCount++;
      }
    }
    if (dt < 0) {
      const repeated = this.zone !== void 0 ? describeRepeatedHour(sampleMs, this.zone) : void 0;
      throw new ArtifactError(
        this.path,
        line,
        `time goes backwards for ${this.device} ${s.key} (${formatSeconds(-dt)} before its previous sample)` + (repeated !== void 0 ? `: ${repeated}` : "")
      );
    }
    if (dt > this.maxGapMs) {
      this.gapCount++;
      if (dt > this.longestGapMs) this.longestGapMs = dt;
      if (this.firstGapLine === void 0) {
        this.firstGapLine = line;
        this.firstGapKey = s.key;
      }
      this.profileBuilder.skipTo(s.cursor, tMs);
    } else {
      const twice = (s.lastWatts + watts) * dt;
      s.twiceMilliJoules += twice;
      this.profileBuilder.add(s.cursor, s.lastMs, s.lastWatts, tMs, watts, twice);
    }
    s.lastMs = tMs;
    s.lastWatts = watts;
    s.samples++;
  }
  /**
   * Samples read as the second reading of a repeated local hour (clocks going back): a reader that
   * keeps its own first/last times takes the devices' instead when there are any.
   */
  get shifted() {
    return this.shiftedCount;
  }
  /** Devices in the order they first appeared. */
  results() {
    const out = [];
    for (const s of this.states.values()) {
      out.push({
        key: s.key,
        kWh: s.twiceMilliJoules / TWICE_MJ_PER_KWH2,
        firstMs: s.firstMs,
        lastMs: s.lastMs,
        samples: s.samples
      });
    }
    return out;
  }
  /**
   * The devices' energy over time in 5-minute steps (ingest/shared/energy-profile.ts); undefined
   * when the sample times are not epoch times (a log without timestamps) or nothing was counted.
   */
  profile() {
    return this.profileBuilder.build();
  }
  get deviceCount() {
    return this.states.size;
  }
  /** How many gaps were not bridged. */
  get gaps() {
    return this.gapCount;
  }
  /** The one Notice that sums up the gaps not bridged, if there were any. */
  gapNotice() {
    if (this.gapCount === 0) return void 0;
    const maxGap = formatSeconds(this.maxGapMs);
    const what = this.gapCount === 1 ? "gap" : "gaps";
    const first = this.firstGapLine === void 0 ? "" : `, first ${this.device} ${this.firstGapKey}`;
    return {
      path: this.path,
      ...this.firstGapLine === void 0 ? {} : { line: this.firstGapLine },
      message: `${this.gapCount} ${what} longer than ${maxGap} between samples not bridged (longest ${formatSeconds(this.longestGapMs)}${first}): their energy is not counted`
    };
  }
};
var EnergyCounter = class {
  states = /* @__PURE__ */ new Map();
  resetCount = 0;
  firstResetLine;
  firstResetKey = "";
  /** One reading of `key`'s counter, read from 1-based `line`. */
  add(key, value, line) {
    const s = this.states.get(key);
    if (s === void 0) {
      this.states.set(key, { key, segmentStart: value, last: value, total: 0, samples: 1 });
      return;
    }
    if (value < s.last) {
      s.total += s.last - s.segmentStart;
      s.segmentStart = value;
      this.resetCount++;
      if (this.firstResetLine === void 0) {
        this.firstResetLine = line;
        this.firstResetKey = key;
      }
    }
    s.last = value;
    s.samples++;
  }
  has(key) {
    return this.states.has(key);
  }
  /** The counted increase of `key` (in the counter's unit), or undefined when it had no reading. */
  total(key) {
    const s = this.states.get(key);
    return s === void 0 ? void 0 : s.total + (s.last - s.segmentStart);
  }
  samples(key) {
    return this.states.get(key)?.samples ?? 0;
  }
  get resets() {
    return this.resetCount;
  }
  /** Where the first restart was seen: [line, key]. */
  get firstReset() {
    return this.firstResetLine === void 0 ? void 0 : [this.firstResetLine, this.firstResetKey];
  }
};
function formatSeconds(ms) {
  const s = ms / 1e3;
  if (s < 600) return `${Number(s.toFixed(3))} s`;
  if (s < 7200) return `${Number((s / 60).toFixed(1))} min`;
  return `${Number((s / 3600).toFixed(2))} h`;
}
function jobNameFromFile(fileName) {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}
function describeModels(models) {
  if (models.size === 0) return void 0;
  const list = [...models].sort();
  return list.length === 1 ? list[0] : `mixed: ${list.join(", ")}`;
}
function gapNote(gaps, maxGapSeconds) {
  return `${gaps} ${gaps === 1 ? "gap" : "gaps"} > ${formatSeconds(maxGapSeconds * 1e3)} not bridged`;
}
var Tally = class {
  count = 0;
  firstLine;
  add(line) {
    this.count++;
    this.firstLine ??= line;
  }
  /** The Notice, when anything was counted: `3 rows skipped: …` from ('row', 'rows', 'skipped: …'). */
  notice(path, one, many, rest) {
    if (this.count === 0) return void 0;
    const message = `${this.count} ${this.count === 1 ? one : many} ${rest}`;
    return this.firstLine === void 0 ? { path, message } : { path, line: this.firstLine, message };
  }
};
function singleSampleNotice(path, devices) {
  if (devices.length === 0 || devices.some((d) => d.samples > 1)) return void 0;
  return { path, message: "one sample per GPU: there is no interval to integrate, so energy is 0" };
}
function counterResetNotice(path, counter) {
  const first = counter.firstReset;
  if (first === void 0) return void 0;
  return {
    path,
    line: first[0],
    message: `the energy counter went down ${counter.resets === 1 ? "once" : `${counter.resets} times`} (driver reload?), first for GPU ${first[1]}: each increasing stretch is counted on its own, the energy between them is not`
  };
}
var MJ_PER_KWH = 36e8;
function sumGpuEnergy(keys, counter, integrator) {
  const integrated = new Map(integrator.results().map((d) => [d.key, d.kWh]));
  let kWh = 0;
  let fromCounter = 0;
  let fromPower = 0;
  let unmeasured;
  for (const key of keys) {
    const mJ = counter.total(key);
    if (mJ !== void 0) {
      kWh += mJ / MJ_PER_KWH;
      fromCounter++;
    } else if (integrated.has(key)) {
      kWh += integrated.get(key);
      fromPower++;
    } else unmeasured ??= key;
  }
  return { kWh, fromCounter, fromPower, ...unmeasured !== void 0 ? { unmeasured } : {} };
}
function pollIntervalMs(options) {
  const poll = options.pollIntervalSeconds;
  return poll !== void 0 && poll > 0 ? poll * 1e3 : void 0;
}

// src/ingest/shared/parallel/exact-sum.ts
var LIMBS = 68;
var NORMALIZE_AT = 1 << 20;
var SUM_ADDS = 0;
var SUM_LIMB0 = 1;
var SUM_WORDS = SUM_LIMB0 + LIMBS;
var TWO32 = 4294967296;
var POW2 = Array.from({ length: 32 }, (_, k) => 2 ** k);
var scratch = new Float64Array(1);
var halves = new Uint32Array(scratch.buffer);
var HI = new Uint8Array(new Float64Array([1]).buffer)[7] === 63 ? 1 : 0;
var LO = 1 - HI;
function addExact(store, base, x) {
  scratch[0] = x;
  const hi = halves[HI];
  const lo = halves[LO];
  const e = hi >>> 20 & 2047;
  const mantissaHi = hi & 1048575 | (e === 0 ? 0 : 1048576);
  const shift = e === 0 ? 0 : e - 1;
  const bit = shift & 31;
  const p0 = lo << bit >>> 0;
  const upper = mantissaHi * POW2[bit] + (bit === 0 ? 0 : lo >>> 32 - bit);
  const p2 = Math.floor(upper / TWO32);
  const at = base + SUM_LIMB0 + (shift >>> 5);
  store[at] = store[at] + p0;
  store[at + 1] = store[at + 1] + (upper - p2 * TWO32);
  store[at + 2] = store[at + 2] + p2;
  if (++store[base + SUM_ADDS] >= NORMALIZE_AT) normalizeSum(store, base);
}
function normalizeSum(store, base) {
  let carry = 0;
  const first = base + SUM_LIMB0;
  for (let i = first; i < first + LIMBS; i++) {
    const v = store[i] + carry;
    carry = Math.floor(v / TWO32);
    store[i] = v - carry * TWO32;
  }
  store[base + SUM_ADDS] = 0;
}
function addSum(store, base, from, fromBase) {
  normalizeSum(store, base);
  for (let i = base + SUM_LIMB0; i < base + SUM_LIMB0 + LIMBS; i++) {
    store[i] = store[i] + from[i - base + fromBase];
  }
  normalizeSum(store, base);
}
function sumWords(store, base) {
  normalizeSum(store, base);
  return Array.from(store.subarray(base, base + SUM_WORDS));
}
function sumValue(store, base) {
  let total = 0n;
  for (let i = LIMBS - 1; i >= 0; i--) {
    total = (total << 32n) + BigInt(store[base + SUM_LIMB0 + i]);
  }
  if (total === 0n) return 0;
  const bits = total.toString(2).length;
  const drop = bits > 64 ? bits - 64 : 0;
  let top = total >> BigInt(drop);
  if (drop > 0 && (total & (1n << BigInt(drop)) - 1n) !== 0n) top |= 1n;
  const exponent = drop - 1074;
  return Number(top) * 2 ** Math.max(exponent, -1022) * 2 ** Math.min(exponent + 1022, 0);
}

// src/ingest/formats/nvidia-smi/nvidia-smi-energy.ts
var DEV_LAST_MS = 0;
var DEV_LAST_WATTS = 1;
var DEV_SAMPLES = 2;
var DEV_SUM = 3;
var DEVICE_WORDS = DEV_SUM + SUM_WORDS;
var TWICE_MJ_PER_KWH3 = 2 * 36e8;
var SmiDevice = class {
  constructor(key, slot, words, base, firstMs, firstWatts, firstLine, cursor) {
    this.key = key;
    this.slot = slot;
    this.words = words;
    this.base = base;
    this.firstMs = firstMs;
    this.firstWatts = firstWatts;
    this.firstLine = firstLine;
    this.cursor = cursor;
  }
  key;
  slot;
  words;
  base;
  firstMs;
  firstWatts;
  firstLine;
  cursor;
};
var SmiIntegrator = class {
  /**
   * @param zone the time zone local timestamps were read in: a sample in the hour the zone
   *   repeats when its clocks go back is moved to its second reading when time would otherwise
   *   go backwards (time.ts), as PowerIntegrator does
   */
  constructor(path, maxGapSeconds, shared2 = { words: new Float64Array(0), slots: 0 }, zone, keepProfile = false) {
    this.path = path;
    this.shared = shared2;
    this.zone = zone;
    this.keepProfile = keepProfile;
    this.maxGapMs = maxGapSeconds * 1e3;
  }
  path;
  shared;
  zone;
  keepProfile;
  devices = /* @__PURE__ */ new Map();
  maxGapMs;
  nextSlot = 0;
  gapCount = 0;
  longestGapMs = 0;
  firstGapLine;
  firstGapKey = "";
  shiftedCount = 0;
  profileBuilder = new EnergyProfileBuilder();
  get maxGap() {
    return this.maxGapMs;
  }
  add(key, tMs, watts, line) {
    const d = this.devices.get(key);
    if (d === void 0) this.start(key, tMs, watts, line);
    else this.addTo(d, tMs, watts, line);
  }
  /** `add` for a reader that keeps the device (undefined the first time): returns it. */
  addKept(kept, key, tMs, watts, line) {
    const d = kept ?? this.devices.get(key);
    if (d === void 0) return this.start(key, tMs, watts, line);
    this.addTo(d, tMs, watts, line);
    return d;
  }
  /**
   * The common sample of a GPU seen before (`values`: its time, ms, and watts at 0 and 1; read
   * from a typed array so that no number is boxed per row): added when time does not go back and
   * the interval is bridged; false, and nothing changed, otherwise (the caller then calls
   * `addKept`, which reports it).
   */
  addCommon(d, values) {
    const w = d.words;
    const b = d.base;
    const tMs = values[0];
    const watts = values[1];
    const dt = tMs - w[b + DEV_LAST_MS];
    if (!(dt >= 0 && dt <= this.maxGapMs)) return false;
    this.bridge(d, tMs, watts, dt);
    this.advance(d, tMs, watts);
    return true;
  }
  /** The trapezoid from the device's last sample to this one, in its sum (and profile). */
  bridge(d, tMs, watts, dt) {
    const w = d.words;
    const b = d.base;
    const lastWatts = w[b + DEV_LAST_WATTS];
    const twice = (lastWatts + watts) * dt;
    addExact(w, b + DEV_SUM, twice);
    if (this.keepProfile)
      this.profileBuilder.add(d.cursor, w[b + DEV_LAST_MS], lastWatts, tMs, watts, twice);
  }
  /** This sample becomes the device's last. */
  advance(d, tMs, watts) {
    const w = d.words;
    const b = d.base;
    w[b + DEV_LAST_MS] = tMs;
    w[b + DEV_LAST_WATTS] = watts;
    w[b + DEV_SAMPLES] = w[b + DEV_SAMPLES] + 1;
  }
  start(key, tMs, watts, line) {
    let d;
    if (this.nextSlot < this.shared.slots) {
      const slot = this.nextSlot++;
      const base = slot * DEVICE_WORDS;
      this.shared.words.fill(0, base, base + DEVICE_WORDS);
      d = new SmiDevice(key, slot, this.shared.words, base, tMs, watts, line, this.cursorAt(tMs));
    } else {
      const words = new Float64Array(DEVICE_WORDS);
      d = new SmiDevice(key, -1, words, 0, tMs, watts, line, this.cursorAt(tMs));
    }
    const w = d.words;
    w[d.base + DEV_LAST_MS] = tMs;
    w[d.base + DEV_LAST_WATTS] = watts;
    w[d.base + DEV_SAMPLES] = 1;
    this.devices.set(key, d);
    return d;
  }
  cursorAt(tMs) {
    return this.profileBuilder.open(tMs);
  }
  /**
   * The GPUs' energy over time in 5-minute steps (ingest/shared/energy-profile.ts), for a log
   * read in one pass; undefined when the times are not epoch times.
   */
  profile() {
    return this.profileBuilder.build();
  }
  /** Samples read as the second reading of a repeated local hour (clocks going back). */
  get shifted() {
    return this.shiftedCount;
  }
  addTo(d, sampleMs, watts, line) {
    const w = d.words;
    const b = d.base;
    let tMs = sampleMs;
    let dt = tMs - w[b + DEV_LAST_MS];
    if (dt < 0 && this.zone !== void 0) {
      const later = laterSameWallTime(tMs, this.zone);
      if (later !== void 0 && later >= w[b + DEV_LAST_MS]) {
        tMs = later;
        dt = tMs - w[b + DEV_LAST_MS];
        this.shiftedCount++;
      }
    }
    if (dt < 0) {
      const repeated = this.zone !== void 0 ? describeRepeatedHour(sampleMs, this.zone) : void 0;
      throw new ArtifactError(
        this.path,
        line,
        `time goes backwards for GPU ${d.key} (${formatSeconds(-dt)} before its previous sample)` + (repeated !== void 0 ? `: ${repeated}` : "")
      );
    }
    if (dt > this.maxGapMs) {
      this.gap(dt, line, d.key);
      if (this.keepProfile) this.profileBuilder.skipTo(d.cursor, tMs);
    } else this.bridge(d, tMs, watts, dt);
    this.advance(d, tMs, watts);
  }
  gap(dt, line, key) {
    this.gapCount++;
    if (dt > this.longestGapMs) this.longestGapMs = dt;
    if (this.firstGapLine === void 0) {
      this.firstGapLine = line;
      this.firstGapKey = key;
    }
  }
  /** The GPUs in the order they first appeared. */
  summaries() {
    return [...this.devices.values()].map((d) => {
      const w = d.words;
      return {
        key: d.key,
        firstMs: d.firstMs,
        firstWatts: d.firstWatts,
        firstLine: d.firstLine,
        lastMs: w[d.base + DEV_LAST_MS],
        lastWatts: w[d.base + DEV_LAST_WATTS],
        samples: w[d.base + DEV_SAMPLES],
        sum: sumWords(w, d.base + DEV_SUM)
      };
    });
  }
  gaps() {
    return {
      count: this.gapCount,
      longestMs: this.longestGapMs,
      firstLine: this.firstGapLine,
      firstKey: this.firstGapKey
    };
  }
};
function deviceEnergy(d) {
  return {
    key: d.key,
    kWh: sumValue(d.sum, 0) / TWICE_MJ_PER_KWH3,
    firstMs: d.firstMs,
    lastMs: d.lastMs,
    samples: d.samples
  };
}
function gapNoticeOf(path, g, maxGapMs) {
  if (g.count === 0) return void 0;
  const what = g.count === 1 ? "gap" : "gaps";
  const first = g.firstLine === void 0 ? "" : `, first GPU ${g.firstKey}`;
  return {
    path,
    ...g.firstLine === void 0 ? {} : { line: g.firstLine },
    message: `${g.count} ${what} longer than ${formatSeconds(maxGapMs)} between samples not bridged (longest ${formatSeconds(g.longestMs)}${first}): their energy is not counted`
  };
}
function joinDevice(prev, next, maxGapMs, onGap) {
  const dt = next.firstMs - prev.lastMs;
  if (dt < 0) return void 0;
  const sum = Float64Array.from(prev.sum);
  if (dt > maxGapMs) onGap(dt);
  else addExact(sum, 0, (prev.lastWatts + next.firstWatts) * dt);
  addSum(sum, 0, next.sum, 0);
  normalizeSum(sum, 0);
  return {
    key: prev.key,
    firstMs: prev.firstMs,
    firstWatts: prev.firstWatts,
    firstLine: prev.firstLine,
    lastMs: next.lastMs,
    lastWatts: next.lastWatts,
    samples: prev.samples + next.samples,
    sum: Array.from(sum)
  };
}

// src/ingest/formats/nvidia-smi/nvidia-smi-query-summary.ts
function tallyNotice(path, t, one, many, rest) {
  if (t.count === 0) return void 0;
  const message = `${t.count} ${t.count === 1 ? one : many} ${rest}`;
  return t.firstLine === void 0 ? { path, message } : { path, line: t.firstLine, message };
}
function finishQuery(input, maxGapSeconds, s) {
  const path = input.path;
  if (s.width === 0) throw new ArtifactError(path, void 0, "is empty");
  const devices = s.devices.map(deviceEnergy);
  if (devices.length === 0) {
    throw new ArtifactError(
      path,
      void 0,
      s.missing.count > 0 ? `holds no power sample: all ${s.missing.count} were empty or [N/A]` : "holds no samples (header only)"
    );
  }
  const notes = [];
  if (s.gaps.count > 0) notes.push(gapNote(s.gaps.count, maxGapSeconds));
  const notices = [
    gapNoticeOf(path, s.gaps, maxGapSeconds * 1e3),
    tallyNotice(
      path,
      s.missing,
      "sample",
      "samples",
      "without a power value (empty or [N/A]) skipped"
    ),
    tallyNotice(
      path,
      s.badWidth,
      "row",
      "rows",
      `skipped: their field count differs from the header's (${s.width})`
    ),
    singleSampleNotice(path, devices)
  ].filter((n) => n !== void 0);
  const used = s.powerNames.filter((_, p) => s.powerUsed[p] > 0);
  notes.push(`power from ${used.join(", then ")}`);
  const keys = new Set(devices.map((d) => d.key));
  for (const k of s.devicesWithoutPower) keys.add(k);
  const job = {
    name: jobNameFromFile(input.name),
    source: { path, format: "nvidia-smi" },
    itEnergyKWh: devices.reduce((sum, d) => sum + d.kWh, 0),
    gpuCount: keys.size,
    gpuModel: describeModels(new Set(s.models)),
    startedAt: toIso(s.firstMs),
    durationHours: (s.lastMs - s.firstMs) / 36e5,
    notes,
    ...profileField(s.profile)
  };
  return { jobs: [job], notices };
}

// src/ingest/formats/nvidia-smi/nvidia-smi-query.ts
var TIMESTAMP_START = /^\d{4}[/-]\d{2}[/-]\d{2}[ T]\d{2}:\d{2}/;
var NO_COLUMNS = {
  width: 0,
  tsCol: -1,
  nameCol: -1,
  keyCols: [],
  powerCols: [],
  powerNames: [],
  want: new Uint8Array(0)
};
var QueryParser = class {
  constructor(input, options, parserOptions = {}) {
    this.input = input;
    this.maxGapSeconds = options.maxGapSeconds;
    this.keepProfile = options.energyProfile === true;
    this.integrator = new SmiIntegrator(
      input.path,
      options.maxGapSeconds,
      parserOptions.deviceWords,
      options.timezone,
      this.keepProfile
    );
    this.timestamps = new TimestampReader(options.timezone);
    this.fast = parserOptions.stringPathOnly ? void 0 : new QueryFastPath(options.timezone);
  }
  input;
  integrator;
  timestamps;
  cols = NO_COLUMNS;
  cells = [];
  powerUsed = [0, 0, 0];
  models = /* @__PURE__ */ new Set();
  devicesWithoutPower = /* @__PURE__ */ new Set();
  missing = new Tally();
  badWidth = new Tally();
  firstMs = Infinity;
  lastMs = -Infinity;
  cursor = {
    lastTsCell: "",
    lastTsMs: 0,
    positionInPoll: 0,
    lastModel: ""
  };
  positionKeys = [];
  /** The fast path, unless every row goes through the string path. */
  fast;
  /** The cursor's lastTsCell is held as bytes by the fast path (the text is made on demand). */
  tsInBytes = false;
  maxGapSeconds;
  /** Header lines read (the first one included). */
  headerLines = 0;
  keepProfile;
  /**
   * One line as bytes, with the offsets of its commas (lines.ts: RowHandler): the fast path when it
   * understands the row, else the string path.
   */
  row(bytes, view, start, end, seps, sepAt, count, no) {
    const fast = this.fast;
    if (fast !== void 0) {
      const cols = this.cols;
      if (fast.readCommon(view, bytes, start, end, seps, sepAt, count, cols, this.cursor)) {
        this.countCommon(fast, no);
        return;
      }
      if (cols.width > 0 && fast.read(bytes, view, start, end, seps, sepAt, count, cols, this.cursor)) {
        this.countFast(fast, no);
        return;
      }
      if (this.tsInBytes) {
        this.cursor.lastTsCell = fast.tsText();
        this.tsInBytes = false;
      }
      fast.forget();
    }
    this.line(decodeLine(bytes, start, end), no);
  }
  /**
   * The row readCommon has read (a GPU seen at this position, no new model, watts from the first
   * power column): countFast's steps, with the sample added in place when it is the common one.
   */
  countCommon(fast, no) {
    const values = fast.values;
    const ms = values[MS];
    const cursor = this.cursor;
    if (ms < this.firstMs) this.firstMs = ms;
    if (ms > this.lastMs) this.lastMs = ms;
    if (fast.sameTs) cursor.positionInPoll++;
    else {
      cursor.lastTsMs = ms;
      cursor.positionInPoll = 0;
      this.tsInBytes = true;
    }
    this.powerUsed[0]++;
    const entry = fast.keyEntry;
    const device = entry.device;
    if (device !== void 0 && this.integrator.addCommon(device, values)) return;
    entry.device = this.integrator.addKept(device, entry.key, ms, values[WATTS], no);
  }
  /** The row the fast path has read: the same steps as `line`'s. */
  countFast(fast, no) {
    const ms = fast.values[MS];
    const cursor = this.cursor;
    if (ms < this.firstMs) this.firstMs = ms;
    if (ms > this.lastMs) this.lastMs = ms;
    if (fast.sameTs) cursor.positionInPoll++;
    else {
      cursor.lastTsMs = ms;
      cursor.positionInPoll = 0;
      this.tsInBytes = true;
    }
    const key = fast.key ?? this.positionKey(cursor.positionInPoll);
    if (fast.model !== void 0) this.seeModel(fast.model);
    if (fast.powerIndex < 0) {
      this.missing.add(no);
      this.devicesWithoutPower.add(key);
      return;
    }
    this.powerUsed[fast.powerIndex]++;
    const entry = fast.keyEntry;
    const watts = fast.values[WATTS];
    if (entry === void 0) this.integrator.add(key, ms, watts, no);
    else {
      entry.device = this.integrator.addKept(
        entry.device,
        key,
        ms,
        watts,
        no
      );
    }
  }
  line(text2, no) {
    if (this.cols.width === 0) {
      this.setHeader(text2, no);
      return;
    }
    if (text2.length === 0 || sliceTrimmed(text2, 0, text2.length).length === 0) return;
    const count = this.split(text2);
    if (count !== this.cols.width) {
      if (isQueryHeader(text2)) {
        this.setHeader(text2, no);
        return;
      }
      this.badWidth.add(no);
      return;
    }
    const { tsCol, nameCol, powerCols } = this.cols;
    const tsCell = this.cells[tsCol];
    const ms = this.timestamps.read(tsCell);
    if (ms === void 0) {
      if (isQueryHeader(text2)) {
        this.setHeader(text2, no);
        return;
      }
      throw new ArtifactError(
        this.input.path,
        no,
        `timestamp "${tsCell}" does not parse (expected YYYY/MM/DD HH:MM:SS.mmm)`
      );
    }
    if (ms < this.firstMs) this.firstMs = ms;
    if (ms > this.lastMs) this.lastMs = ms;
    const cursor = this.cursor;
    if (tsCell === cursor.lastTsCell) cursor.positionInPoll++;
    else {
      cursor.lastTsCell = tsCell;
      cursor.lastTsMs = ms;
      cursor.positionInPoll = 0;
    }
    const key = this.deviceKey();
    if (nameCol >= 0) {
      const model = this.cells[nameCol];
      if (model !== cursor.lastModel) this.seeModel(model);
    }
    let watts;
    for (let p = 0; p < powerCols.length; p++) {
      watts = parseWatts(this.cells[powerCols[p]]);
      if (watts !== void 0) {
        this.powerUsed[p]++;
        break;
      }
    }
    if (watts === void 0) {
      this.missing.add(no);
      this.devicesWithoutPower.add(key);
      return;
    }
    if (!(watts >= 0) || watts === Infinity) {
      const cell = this.cells[powerCols.find((c) => parseWatts(this.cells[c]) !== void 0)];
      throw new ArtifactError(
        this.input.path,
        no,
        watts < 0 ? `negative power "${cell}"` : `power "${cell}" is not a number of watts`
      );
    }
    this.integrator.add(key, ms, watts, no);
  }
  seeModel(model) {
    this.cursor.lastModel = model;
    if (model !== "" && model[0] !== "[") this.models.add(model);
  }
  setHeader(text2, no) {
    if (!isQueryHeader(text2)) {
      const noheader = TIMESTAMP_START.test(text2.trim());
      throw new ArtifactError(
        this.input.path,
        no,
        noheader ? `has no header line (written with --format=csv,noheader?): keep the header so that columns can be found by name, e.g. ${QUERY_COMMAND}` : `is not an nvidia-smi --query-gpu CSV log with a power.draw column; log with ${QUERY_COMMAND}`
      );
    }
    const cols = indexQueryColumns(text2);
    if (cols.tsCol === -1) {
      throw new ArtifactError(
        this.input.path,
        no,
        `has no timestamp column, so power cannot be integrated over time; log with ${QUERY_COMMAND}`
      );
    }
    this.cols = cols;
    this.headerLines++;
  }
  /** Split on commas into `cells`, keeping only the wanted columns; returns the field count. */
  split(text2) {
    const want = this.cols.want;
    let start = 0;
    let i = 0;
    for (; ; ) {
      const comma = text2.indexOf(",", start);
      const end = comma === -1 ? text2.length : comma;
      if (i < want.length && want[i] === 1) this.cells[i] = sliceTrimmed(text2, start, end);
      i++;
      if (comma === -1) return i;
      start = comma + 1;
    }
  }
  deviceKey() {
    for (const c of this.cols.keyCols) {
      const v = this.cells[c];
      if (v !== "" && v !== MASKED_UUID && v[0] !== "[" && v !== "N/A") return v;
    }
    return this.positionKey(this.cursor.positionInPoll);
  }
  positionKey(n) {
    return this.positionKeys[n] ??= `#${n}`;
  }
  /** What the rows read so far add up to (`lines`: the lines read, for a piece of a log). */
  summary(lines = 0) {
    return {
      width: this.cols.width,
      powerNames: this.cols.powerNames,
      headerLines: this.headerLines,
      lines,
      devices: this.integrator.summaries(),
      gaps: this.integrator.gaps(),
      missing: { count: this.missing.count, firstLine: this.missing.firstLine },
      badWidth: { count: this.badWidth.count, firstLine: this.badWidth.firstLine },
      powerUsed: [...this.powerUsed],
      models: [...this.models],
      devicesWithoutPower: [...this.devicesWithoutPower],
      ...this.span(),
      ...this.keepProfile ? profileOf(this.integrator.profile()) : {}
    };
  }
  /**
   * First and last sample: across the autumn clock change (samples moved to the second reading
   * of the repeated hour) the integrator's per-GPU times are the ordered ones.
   */
  span() {
    if (this.integrator.shifted === 0) return { firstMs: this.firstMs, lastMs: this.lastMs };
    let firstMs = Infinity;
    let lastMs = -Infinity;
    for (const d of this.integrator.summaries()) {
      firstMs = Math.min(firstMs, d.firstMs);
      lastMs = Math.max(lastMs, d.lastMs);
    }
    return { firstMs, lastMs };
  }
  finish() {
    return finishQuery(this.input, this.maxGapSeconds, this.summary());
  }
};
function profileOf(profile) {
  return profile === void 0 ? {} : { profile };
}

// src/ingest/formats/nvidia-smi/nvidia-smi-pieces.ts
var COMMA = 44;
var LF2 = 10;
var CUT_WINDOW = 64 * 1024;
function queryHeaderOf(head) {
  let start = 0;
  for (; ; ) {
    let end = head.indexOf(LF2, start);
    if (end === -1) return void 0;
    let text2 = decodeLine(head, start, end);
    if (text2.endsWith("\r")) text2 = text2.slice(0, -1);
    if (start === 0) text2 = text2.replace(/^\uFEFF{1,2}/, "");
    if (text2.trim() !== "") return isQueryHeader(text2) ? text2 : void 0;
    start = end + 1;
    end = 0;
  }
}
function rowTimestamp(text2, width, tsCol) {
  let fields = 0;
  let ts;
  let start = 0;
  for (; ; ) {
    const comma = text2.indexOf(",", start);
    const end = comma === -1 ? text2.length : comma;
    if (fields === tsCol) ts = sliceTrimmed(text2, start, end);
    fields++;
    if (comma === -1) break;
    start = comma + 1;
  }
  if (fields !== width || ts === void 0) return void 0;
  const c = ts.charCodeAt(0);
  return c >= 48 && c <= 57 ? ts : void 0;
}
function findCut(window, header) {
  const cols = indexQueryColumns(header);
  let start = window.indexOf(LF2) + 1;
  if (start === 0) return -1;
  let previous;
  for (; ; ) {
    const end = window.indexOf(LF2, start);
    if (end === -1) return -1;
    let text2 = decodeLine(window, start, end);
    if (text2.endsWith("\r")) text2 = text2.slice(0, -1);
    const ts = rowTimestamp(text2, cols.width, cols.tsCol);
    if (ts !== void 0 && previous !== void 0 && ts !== previous) return start;
    previous = ts;
    start = end + 1;
  }
}
async function readQuerySummary(input, options, header, parserOptions = {}) {
  let parser;
  if (header !== void 0) {
    parser = new QueryParser(input, options, parserOptions);
    parser.line(header, 0);
  }
  let lines = 0;
  let other = false;
  await forEachRow(
    input.chunks(),
    COMMA,
    COMMA,
    (bytes, view, start, end, seps, sepAt, count, no) => {
      lines = no;
      if (parser !== void 0) {
        parser.row(bytes, view, start, end, seps, sepAt, count, no);
        return;
      }
      const text2 = decodeLine(bytes, start, end);
      if (text2.trim() === "") return;
      if (!isQueryHeader(text2)) {
        other = true;
        return false;
      }
      parser = new QueryParser(input, options, parserOptions);
      parser.line(text2, no);
    },
    header === void 0 ? options.onProgress : void 0
  );
  if (other || parser === void 0) return void 0;
  return parser.summary(lines);
}
function addTally(a, b, offset) {
  return {
    count: a.count + b.count,
    firstLine: a.firstLine ?? (b.firstLine === void 0 ? void 0 : b.firstLine + offset)
  };
}
function joinSummaries(pieces, maxGapSeconds) {
  const first = pieces[0];
  if (first === void 0) return void 0;
  const maxGapMs = maxGapSeconds * 1e3;
  const devices = /* @__PURE__ */ new Map();
  let gapCount = 0;
  let longestMs = 0;
  let gapLine;
  let gapKey = "";
  let missing = { count: 0, firstLine: void 0 };
  let badWidth = { count: 0, firstLine: void 0 };
  const powerUsed = first.powerUsed.map(() => 0);
  const models = /* @__PURE__ */ new Set();
  const withoutPower = /* @__PURE__ */ new Set();
  let firstMs = Infinity;
  let lastMs = -Infinity;
  let offset = 0;
  for (const piece of pieces) {
    if (piece.headerLines !== 1 || piece.width !== first.width) return void 0;
    let pieceGapLine = piece.gaps.firstLine === void 0 ? void 0 : piece.gaps.firstLine + offset;
    let pieceGapKey = piece.gaps.firstKey;
    for (const d of piece.devices) {
      const next = { ...d, firstLine: d.firstLine + offset };
      const prev = devices.get(d.key);
      if (prev === void 0) {
        devices.set(d.key, next);
        continue;
      }
      const joined = joinDevice(prev, next, maxGapMs, (dt) => {
        gapCount++;
        if (dt > longestMs) longestMs = dt;
        if (pieceGapLine === void 0 || next.firstLine < pieceGapLine) {
          pieceGapLine = next.firstLine;
          pieceGapKey = d.key;
        }
      });
      if (joined === void 0) return void 0;
      devices.set(d.key, joined);
    }
    gapCount += piece.gaps.count;
    if (piece.gaps.longestMs > longestMs) longestMs = piece.gaps.longestMs;
    if (gapLine === void 0 && pieceGapLine !== void 0) {
      gapLine = pieceGapLine;
      gapKey = pieceGapKey;
    }
    missing = addTally(missing, piece.missing, offset);
    badWidth = addTally(badWidth, piece.badWidth, offset);
    piece.powerUsed.forEach((n, p) => powerUsed[p] = (powerUsed[p] ?? 0) + n);
    for (const m of piece.models) models.add(m);
    for (const k of piece.devicesWithoutPower) withoutPower.add(k);
    if (piece.firstMs < firstMs) firstMs = piece.firstMs;
    if (piece.lastMs > lastMs) lastMs = piece.lastMs;
    offset += piece.lines;
  }
  return {
    width: first.width,
    powerNames: first.powerNames,
    headerLines: 1,
    lines: offset,
    devices: [...devices.values()],
    gaps: { count: gapCount, longestMs, firstLine: gapLine, firstKey: gapKey },
    missing,
    badWidth,
    powerUsed,
    models: [...models],
    devicesWithoutPower: [...withoutPower],
    firstMs,
    lastMs
  };
}
async function readQueryPiece(task, input) {
  const p = task.payload;
  try {
    const options = { timezone: p.timezone, maxGapSeconds: p.maxGapSeconds };
    return await readQuerySummary(input, options, p.header);
  } catch {
    return void 0;
  }
}
async function readInPieces(input, options, runner, parserOptions = {}) {
  const size = input.size;
  if (size === void 0 || size < runner.minBytes || runner.pieces < 2) return void 0;
  const header = queryHeaderOf(await runner.readAt(0, CUT_WINDOW));
  if (header === void 0) return void 0;
  const cuts = [];
  for (const nominal of runner.nominalCuts?.(size) ?? nominalCuts(size, runner.pieces)) {
    const found = findCut(await runner.readAt(nominal, CUT_WINDOW), header);
    const at = nominal + found;
    if (found >= 0 && at > (cuts.at(-1) ?? 0) && at < size) cuts.push(at);
  }
  if (cuts.length === 0) return void 0;
  const payload = {
    header,
    timezone: options.timezone,
    maxGapSeconds: options.maxGapSeconds
  };
  const others = runner.run(
    cuts.map((start, k) => ({
      task: "nvidia-smi-query",
      start,
      end: cuts[k + 1] ?? size,
      payload
    }))
  );
  let first;
  try {
    const head = { ...input, chunks: () => truncateChunks(input.chunks(), cuts[0]) };
    first = await readQuerySummary(head, options, void 0, parserOptions);
  } catch {
    first = void 0;
  }
  const rest = await others;
  if (first === void 0 || rest.some((r) => r === void 0)) return void 0;
  const joined = joinSummaries([first, ...rest], options.maxGapSeconds);
  if (joined === void 0) return void 0;
  options.onProgress?.(size);
  return finishQuery(input, options.maxGapSeconds, joined);
}

export {
  INDEX_WINDOW,
  separatorIndex,
  readLines,
  LineTooLongError,
  forEachLine,
  forEachRow,
  decodeLine,
  readText,
  splitCsvLine,
  textCell,
  numberCell,
  indexHeader,
  findDuplicateColumn,
  duplicateColumnMessage,
  findColumn,
  asciiText,
  profileField,
  PowerIntegrator,
  EnergyCounter,
  jobNameFromFile,
  describeModels,
  gapNote,
  Tally,
  singleSampleNotice,
  counterResetNotice,
  sumGpuEnergy,
  pollIntervalMs,
  parseLocalTimestamp,
  parseWatts,
  isQueryHeader,
  QueryParser,
  readQueryPiece,
  readInPieces
};
