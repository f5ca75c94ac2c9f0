import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  planForReport
} from "./chunk-7ZACKXSY.js";
import {
  BADGE_JSON_PATH,
  BADGE_SVG_PATH,
  LEDGER_DIR,
  LedgerError,
  ledgerRecordId,
  monthOf,
  monthPath,
  parseLedgerFile,
  projectInputOf,
  recordProblem,
  recordsOfSeries,
  serializeLedgerFile,
  seriesFound,
  sortRecords
} from "./chunk-GUHDWO36.js";
import {
  EMPTY_PR_RUNS,
  HISTORY_POINTS,
  NO_HISTORY,
  buildSections,
  decodePrRuns,
  encodePrRuns,
  escapeMarkdownText,
  escapeXml,
  fitToLimit,
  formatMass,
  listJobChanges,
  measureChars,
  prRunOf,
  toJsonText
} from "./chunk-ZBX4UEF5.js";
import {
  sleep
} from "./chunk-3UACMZJB.js";
import "./chunk-NIF3RVOA.js";
import "./chunk-U63EEMSM.js";
import "./chunk-TPE2PYFM.js";
import {
  DEFAULT_KEY,
  commentMarker
} from "./chunk-KZN6RESP.js";
import {
  GateError,
  describeError
} from "./chunk-4VU3SNOR.js";
import "./chunk-26LI6IR6.js";

// src/github/artifacts.ts
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";

// src/github/errors.ts
var GitHubError = class extends GateError {
  constructor(operation, message, status, acceptedPermissions) {
    super(message);
    this.operation = operation;
    this.status = status;
    this.acceptedPermissions = acceptedPermissions;
  }
  operation;
  status;
  acceptedPermissions;
  name = "GitHubError";
  get where() {
    return `github: ${this.operation}`;
  }
};
var ArtifactDownloadError = class extends GateError {
  constructor(artifact, message) {
    super(message);
    this.artifact = artifact;
  }
  artifact;
  name = "ArtifactDownloadError";
  get where() {
    return `artifact ${this.artifact}`;
  }
};
function statusOf(e) {
  if (typeof e !== "object" || e === null) return void 0;
  const status = e.status;
  return typeof status === "number" ? status : void 0;
}
function messageOf(e) {
  if (e instanceof Error) return e.message;
  return String(e);
}
function hasStatus(e, ...statuses) {
  const status = statusOf(e);
  return status !== void 0 && statuses.includes(status);
}
function isPermissionError(e) {
  return statusOf(e) === 403 && !/rate limit/i.test(messageOf(e));
}
function toGitHubError(e, operation) {
  if (e instanceof GitHubError) return e;
  const status = statusOf(e);
  const headers = typeof e === "object" && e !== null ? e.response?.headers : void 0;
  const accepted = headers?.["x-accepted-github-permissions"];
  const text = messageOf(e).replace(/\s+/g, " ").trim() || "unknown error";
  const message = status === void 0 || status === 500 ? text : `${status} ${text}`;
  return new GitHubError(
    operation,
    typeof accepted === "string" && accepted !== "" ? `${message} (needs ${accepted})` : message,
    status,
    typeof accepted === "string" ? accepted : void 0
  );
}
async function callGitHub(operation, call) {
  try {
    return await call();
  } catch (e) {
    throw toGitHubError(e, operation);
  }
}

// node_modules/fflate/esm/index.mjs
import { createRequire } from "module";
var require2 = createRequire("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b = new u16(31);
  for (var i2 = 0; i2 < 31; ++i2) {
    b[i2] = start += 1 << eb[i2 - 1];
  }
  var r = new i32(b[30]);
  for (var i2 = 1; i2 < 30; ++i2) {
    for (var j = b[i2]; j < b[i2 + 1]; ++j) {
      r[j] = j - b[i2] << 5 | i2;
    }
  }
  return { b, r };
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = (function(cd, mb, r) {
  var s = cd.length;
  var i2 = 0;
  var l = new u16(mb);
  for (; i2 < s; ++i2) {
    if (cd[i2])
      ++l[cd[i2] - 1];
  }
  var le = new u16(mb);
  for (i2 = 1; i2 < mb; ++i2) {
    le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        var sv = i2 << 4 | cd[i2];
        var r_1 = mb - cd[i2];
        var v = le[cd[i2] - 1]++ << r_1;
        for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = function(a) {
  var m = a[0];
  for (var i2 = 1; i2 < a.length; ++i2) {
    if (a[i2] > m)
      m = a[i2];
  }
  return m;
};
var bits = function(d, p, m) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
};
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var inflt = function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize = noBuf || st.i != 2;
  var noSt = st.i;
  if (noBuf)
    buf = new u8(sl * 3);
  var cbuf = function(l2) {
    var bl = buf.length;
    if (l2 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l2));
      nbuf.set(buf);
      buf = nbuf;
    }
  };
  var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type) {
        var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
        if (t > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + l);
        buf.set(dat.subarray(s, t), bt);
        st.b = bt += l, st.p = pos = t * 8, st.f = final;
        continue;
      } else if (type == 1)
        lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
      else if (type == 2) {
        var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
        var tl = hLit + bits(dat, pos + 5, 31) + 1;
        pos += 14;
        var ldt = new u8(tl);
        var clt = new u8(19);
        for (var i2 = 0; i2 < hcLen; ++i2) {
          clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
        }
        pos += hcLen * 3;
        var clb = max(clt), clbmsk = (1 << clb) - 1;
        var clm = hMap(clt, clb, 1);
        for (var i2 = 0; i2 < tl; ) {
          var r = clm[bits(dat, pos, clbmsk)];
          pos += r & 15;
          var s = r >> 4;
          if (s < 16) {
            ldt[i2++] = s;
          } else {
            var c = 0, n = 0;
            if (s == 16)
              n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
            else if (s == 17)
              n = 3 + bits(dat, pos, 7), pos += 3;
            else if (s == 18)
              n = 11 + bits(dat, pos, 127), pos += 7;
            while (n--)
              ldt[i2++] = c;
          }
        }
        var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
        lbt = max(lt);
        dbt = max(dt);
        lm = hMap(lt, lbt, 1);
        dm = hMap(dt, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize)
      cbuf(bt + 131072);
    var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
    var lpos = pos;
    for (; ; lpos = pos) {
      var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
      pos += c & 15;
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
      if (!c)
        err(2);
      if (sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add = sym - 254;
        if (sym > 264) {
          var i2 = sym - 257, b = fleb[i2];
          add = bits(dat, pos, (1 << b) - 1) + fl[i2];
          pos += b;
        }
        var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
        if (!d)
          err(3);
        pos += d & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + 131072);
        var end = bt + add;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          if (shift + bt < 0)
            err(3);
          for (; bt < dend; ++bt)
            buf[bt] = dict[shift + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final;
    if (lm)
      final = 1, st.m = lbt, st.d = dm, st.n = dbt;
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var et = /* @__PURE__ */ new u8(0);
var Inflate = /* @__PURE__ */ (function() {
  function Inflate2(opts, cb) {
    if (typeof opts == "function")
      cb = opts, opts = {};
    this.ondata = cb;
    var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
    this.s = { i: 0, b: dict ? dict.length : 0 };
    this.o = new u8(32768);
    this.p = new u8(0);
    if (dict)
      this.o.set(dict);
  }
  Inflate2.prototype.e = function(c) {
    if (!this.ondata)
      err(5);
    if (this.d)
      err(4);
    if (!this.p.length)
      this.p = c;
    else if (c.length) {
      var n = new u8(this.p.length + c.length);
      n.set(this.p), n.set(c, this.p.length), this.p = n;
    }
  };
  Inflate2.prototype.c = function(final) {
    this.s.i = +(this.d = final || false);
    var bts = this.s.b;
    var dt = inflt(this.p, this.s, this.o);
    this.ondata(slc(dt, bts, this.s.b), this.d);
    this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
    this.p = slc(this.p, this.s.p / 8 | 0), this.s.p &= 7;
  };
  Inflate2.prototype.push = function(chunk, final) {
    this.e(chunk), this.c(final);
  };
  return Inflate2;
})();
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}

// src/github/unzip.ts
var UnsafeZipError = class extends Error {
  name = "UnsafeZipError";
};
var EOCD = 101010256;
var CENTRAL = 33639248;
var LOCAL = 67324752;
var RATIO_FLOOR = 1 << 20;
var S_IFMT = 61440;
var S_IFREG = 32768;
var S_IFDIR = 16384;
var S_IFLNK = 40960;
function listZipEntries(zip, limits) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = findEndOfCentralDirectory(view);
  const count = view.getUint16(end + 10, true);
  const cdOffset = view.getUint32(end + 16, true);
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0) {
    throw new UnsafeZipError("multi-disk zip archives are not supported");
  }
  if (count === 65535 || cdOffset === 4294967295) {
    throw new UnsafeZipError("zip64 archives are not supported");
  }
  if (count > limits.maxEntries) {
    throw new UnsafeZipError(`${count} entries, more than the ${limits.maxEntries} allowed`);
  }
  const entries = [];
  let at = cdOffset;
  let total = 0;
  for (let i2 = 0; i2 < count; i2 += 1) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) {
      throw new UnsafeZipError("corrupt central directory");
    }
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > end) throw new UnsafeZipError("corrupt central directory");
    const entry = readEntry(view, zip, at, nameLength, cdOffset);
    total += entry.size;
    if (total > limits.maxTotalBytes) {
      throw new UnsafeZipError(`unpacks to more than the ${limits.maxTotalBytes} bytes allowed`);
    }
    if (entry.size > RATIO_FLOOR && entry.size > limits.maxRatio * entry.compressedSize) {
      throw new UnsafeZipError(
        `${JSON.stringify(entry.name)} expands ${Math.round(entry.size / Math.max(1, entry.compressedSize))}\xD7, more than the ${limits.maxRatio}\xD7 allowed (zip bomb?)`
      );
    }
    entries.push(entry);
    at = next;
  }
  if (total > RATIO_FLOOR && total > limits.maxRatio * zip.byteLength) {
    throw new UnsafeZipError(
      `unpacks to ${total} bytes, ${Math.round(total / zip.byteLength)}\xD7 its ${zip.byteLength}-byte archive, more than the ${limits.maxRatio}\xD7 allowed (zip bomb?)`
    );
  }
  checkDistinct(entries);
  return entries;
}
function readEntry(view, zip, at, nameLength, cdOffset) {
  const flags = view.getUint16(at + 8, true);
  const method = view.getUint16(at + 10, true);
  const crc = view.getUint32(at + 16, true);
  const compressedSize = view.getUint32(at + 20, true);
  const size = view.getUint32(at + 24, true);
  const host = view.getUint8(at + 5);
  const external = view.getUint32(at + 38, true);
  const local = view.getUint32(at + 42, true);
  const name = new TextDecoder("utf-8").decode(zip.subarray(at + 46, at + 46 + nameLength));
  const label = JSON.stringify(name);
  if (flags & 1) throw new UnsafeZipError(`${label} is encrypted`);
  if (compressedSize === 4294967295 || size === 4294967295 || local === 4294967295) {
    throw new UnsafeZipError(`${label} needs zip64, which is not supported`);
  }
  const mode = host === 3 || host === 19 ? external >>> 16 : 0;
  const type = mode & S_IFMT;
  if (type === S_IFLNK) throw new UnsafeZipError(`${label} is a symbolic link`);
  if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) {
    throw new UnsafeZipError(`${label} is not a regular file`);
  }
  const isDirectory = name.endsWith("/") || type === S_IFDIR || (external & 16) !== 0;
  const segments = safeSegments(name);
  if (method !== 0 && method !== 8) {
    throw new UnsafeZipError(`${label} uses compression method ${method} (only stored and deflate)`);
  }
  if (method === 0 && compressedSize !== size) throw new UnsafeZipError(`${label}: bad stored size`);
  if (local + 30 > cdOffset || view.getUint32(local, true) !== LOCAL) {
    throw new UnsafeZipError(`${label}: local header not found`);
  }
  const dataOffset = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (dataOffset + compressedSize > cdOffset) {
    throw new UnsafeZipError(`${label}: data runs past the end of the archive`);
  }
  return { segments, name, isDirectory, method, compressedSize, size, crc, dataOffset };
}
function safeSegments(name) {
  const label = JSON.stringify(name);
  if (name === "" || name.includes("\0")) throw new UnsafeZipError(`${label} is not a file name`);
  if (/^[\\/]/.test(name)) throw new UnsafeZipError(`${label} is an absolute path`);
  if (/^[A-Za-z]:/.test(name)) throw new UnsafeZipError(`${label} starts with a drive letter`);
  const segments = name.split(/[\\/]+/).filter((s) => s !== "" && s !== ".");
  if (segments.includes("..")) throw new UnsafeZipError(`${label} climbs out with '..'`);
  if (segments.length === 0) throw new UnsafeZipError(`${label} is not a file name`);
  return segments;
}
function checkDistinct(entries) {
  const seen = /* @__PURE__ */ new Set();
  for (const e of entries) {
    const key = e.segments.join("/");
    if (!e.isDirectory && seen.has(key)) throw new UnsafeZipError(`"${key}" appears twice`);
    seen.add(key);
  }
  const files = entries.filter((e) => e.compressedSize > 0).sort((a, b) => a.dataOffset - b.dataOffset);
  for (let i2 = 1; i2 < files.length; i2 += 1) {
    const before = files[i2 - 1];
    if (before.dataOffset + before.compressedSize > files[i2].dataOffset) {
      throw new UnsafeZipError(`"${files[i2].name}" overlaps "${before.name}" (zip bomb?)`);
    }
  }
}
function findEndOfCentralDirectory(view) {
  const stop = Math.max(0, view.byteLength - 22 - 65535);
  for (let at = view.byteLength - 22; at >= stop; at -= 1) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new UnsafeZipError("not a zip archive (no end of central directory)");
}
function inflateEntry(zip, entry) {
  const data = zip.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  const out = entry.method === 0 ? data.slice() : inflateBounded(data, entry);
  if (crc32(out) !== entry.crc) throw new UnsafeZipError(`"${entry.name}" fails its CRC check`);
  return out;
}
function inflateBounded(data, entry) {
  const out = new Uint8Array(entry.size);
  let length = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (overflow || length + chunk.length > out.length) {
      overflow = true;
      return;
    }
    out.set(chunk, length);
    length += chunk.length;
  });
  const step = 16384;
  try {
    for (let at = 0; at === 0 || at < data.length && !overflow; at += step) {
      inflater.push(data.subarray(at, at + step), at + step >= data.length);
    }
  } catch (e) {
    throw new UnsafeZipError(
      `"${entry.name}" is corrupt (${e instanceof Error ? e.message : String(e)})`
    );
  }
  if (overflow) {
    throw new UnsafeZipError(
      `"${entry.name}" inflates past the ${entry.size} bytes it declares (zip bomb?)`
    );
  }
  if (length !== entry.size) {
    throw new UnsafeZipError(
      `"${entry.name}" inflates to ${length} bytes, not the ${entry.size} it declares`
    );
  }
  return out;
}
var CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 4294967295;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 255] ^ c >>> 8;
  return (c ^ 4294967295) >>> 0;
}

// src/github/pulls.ts
async function findPullRequest(client, p) {
  const direct = pickPullRequest(await listAssociatedPulls(client, p), p);
  if (direct !== void 0) return direct;
  const open = await callGitHub(
    `GET /repos/${p.owner}/${p.repo}/pulls`,
    () => client.paginate(client.rest.pulls.list, {
      owner: p.owner,
      repo: p.repo,
      state: "open",
      per_page: 100
    })
  );
  return pickPullRequest(open, p);
}
async function listAssociatedPulls(client, p) {
  const path = `GET /repos/${p.owner}/${p.repo}/commits/${p.headSha}/pulls`;
  try {
    const { data } = await callGitHub(
      path,
      () => client.rest.repos.listPullRequestsAssociatedWithCommit({
        owner: p.owner,
        repo: p.repo,
        commit_sha: p.headSha,
        per_page: 100
      })
    );
    return data;
  } catch (e) {
    if (hasStatus(e, 404, 422)) return [];
    throw e;
  }
}
function pickPullRequest(pulls, p) {
  const head = p.headSha.toLowerCase();
  const open = pulls.filter((pr2) => pr2.state === "open" && pr2.head.sha.toLowerCase() === head);
  const pr = open.find((x2) => x2.head.ref === p.headBranch) ?? open[0];
  if (pr === void 0) return void 0;
  const baseSha = pr.base?.sha;
  return {
    number: pr.number,
    ...typeof baseSha === "string" && baseSha !== "" ? { baseSha } : {}
  };
}

// src/github/artifacts.ts
var DEFAULT_ARTIFACT_LIMITS = {
  maxZipBytes: 256 * 1024 * 1024,
  maxEntries: 1e4,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRatio: 200,
  maxRunBytes: 2 * 1024 * 1024 * 1024,
  attemptTimeoutMs: 12e4,
  deadlineMs: 3e5
};
async function downloadRunArtifacts(client, p) {
  const limits = { ...DEFAULT_ARTIFACT_LIMITS, ...p.limits };
  const budget = {
    limits,
    deadline: AbortSignal.timeout(limits.deadlineMs),
    unpackedBytes: 0
  };
  const listPath = `GET /repos/${p.owner}/${p.repo}/actions/runs/${p.runId}/artifacts`;
  const all = await callGitHub(
    listPath,
    () => client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
      owner: p.owner,
      repo: p.repo,
      run_id: p.runId,
      per_page: 100,
      request: { signal: budget.deadline }
    })
  );
  const pattern = globToRegExp(p.namePattern);
  const byName = /* @__PURE__ */ new Map();
  for (const a of all) {
    const seen = byName.get(a.name);
    if (pattern.test(a.name) && (seen === void 0 || seen.id < a.id)) byName.set(a.name, a);
  }
  if (byName.size === 0) {
    const names = all.map((a) => a.name);
    const found = names.length === 0 ? "it has none" : `it has ${listNames(names)}`;
    throw new ArtifactDownloadError(
      p.namePattern,
      `no artifact matching '${p.namePattern}' in workflow run ${p.runId} (${found})`
    );
  }
  const result = { artifacts: [], rejected: [] };
  for (const artifact of [...byName.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    try {
      result.artifacts.push(await downloadOne(client, p, artifact, budget));
    } catch (e) {
      result.rejected.push(asRejection(e, artifact.name, budget));
    }
  }
  return result;
}
function asRejection(e, name, budget) {
  if (budget.deadline.aborted) {
    return new ArtifactDownloadError(
      name,
      `not downloaded: the run's downloads took longer than the ${budget.limits.deadlineMs / 1e3} s allowed (the artifact storage answered too slowly or not at all)`
    );
  }
  if (e instanceof ArtifactDownloadError) return e;
  return new ArtifactDownloadError(name, `not downloaded: ${describeError(e)}`);
}
async function downloadOne(client, p, artifact, budget) {
  const { limits } = budget;
  const fail = (message) => new ArtifactDownloadError(artifact.name, message);
  if (!isSafeName(artifact.name)) throw fail("the artifact name is not a safe directory name");
  if (artifact.expired) throw fail(`expired: re-run workflow run ${p.runId} to upload it again`);
  if (artifact.size_in_bytes > limits.maxZipBytes) {
    throw fail(`${artifact.size_in_bytes} bytes, more than the ${limits.maxZipBytes} allowed`);
  }
  const zip = await fetchZip(client, p, artifact, budget);
  let entries;
  try {
    entries = listZipEntries(zip, limits);
  } catch (e) {
    throw e instanceof UnsafeZipError ? fail(`rejected: ${e.message}`) : e;
  }
  const unpacked = entries.reduce((sum, e) => sum + (e.isDirectory ? 0 : e.size), 0);
  if (budget.unpackedBytes + unpacked > limits.maxRunBytes) {
    throw fail(
      `rejected: unpacks to ${unpacked} bytes, past the ${limits.maxRunBytes} bytes allowed to all the run's artifacts (${budget.unpackedBytes} already unpacked)`
    );
  }
  const dir = join(resolve(p.destDir), artifact.name);
  try {
    const files = await unpack(zip, entries, dir, fail);
    budget.unpackedBytes += unpacked;
    return { name: artifact.name, dir, files };
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
}
async function unpack(zip, entries, dir, fail) {
  await mkdir(dir, { recursive: true });
  const files = [];
  for (const entry of entries) {
    const target = resolve(dir, ...entry.segments);
    if (!target.startsWith(dir + sep)) throw fail(`rejected: "${entry.name}" leaves ${dir}`);
    if (entry.isDirectory) {
      await mkdir(target, { recursive: true });
      continue;
    }
    let data;
    try {
      data = inflateEntry(zip, entry);
    } catch (e) {
      throw e instanceof UnsafeZipError ? fail(`rejected: ${e.message}`) : e;
    }
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, data);
    files.push(target);
  }
  return files.sort();
}
async function fetchZip(client, p, artifact, budget) {
  const path = `GET /repos/${p.owner}/${p.repo}/actions/artifacts/${artifact.id}/zip`;
  const response = await callGitHub(
    path,
    () => client.rest.actions.downloadArtifact({
      owner: p.owner,
      repo: p.repo,
      artifact_id: artifact.id,
      archive_format: "zip",
      request: {
        parseSuccessResponseBody: false,
        timeoutMs: budget.limits.attemptTimeoutMs,
        signal: budget.deadline
      }
    })
  );
  try {
    return await readCapped(response.data, budget.limits.maxZipBytes, artifact.name);
  } catch (e) {
    if (e instanceof ArtifactDownloadError) throw e;
    throw new GitHubError(
      path,
      `download interrupted: ${e instanceof Error ? e.message : String(e)}`
    );
  }
}
async function readCapped(body, maxBytes, name) {
  const tooBig = () => new ArtifactDownloadError(name, `the download is larger than the ${maxBytes} bytes allowed`);
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    const bytes = body instanceof ArrayBuffer ? new Uint8Array(body) : new Uint8Array(body.buffer);
    if (bytes.byteLength > maxBytes) throw tooBig();
    return bytes;
  }
  if (!(body instanceof ReadableStream)) throw new ArtifactDownloadError(name, "empty download");
  const reader = body.getReader();
  const chunks = [];
  let total = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooBig();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
function globToRegExp(glob) {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${body}$`, "s");
}
function isSafeName(name) {
  return name !== "" && name !== "." && name !== ".." && !/[\\/\0]/.test(name);
}
function listNames(names) {
  const shown = names.slice(0, 10).map((n) => `'${n}'`);
  return names.length > 10 ? `${shown.join(", ")} and ${names.length - 10} more` : shown.join(", ");
}

// src/run/run-context.ts
function needsPullRequestLookup(context) {
  return context.workflowRun !== void 0 && context.isPullRequest && context.prNumber === void 0;
}
function withPullRequest(context, pr) {
  const baseSha = context.baseSha ?? pr.baseSha;
  return { ...context, prNumber: pr.number, ...baseSha !== void 0 ? { baseSha } : {} };
}

// src/action/github-session.ts
async function openGitHubSession(io, token) {
  const session = await io.connectGitHub(token);
  const run = session.context.workflowRun;
  if (run === void 0 || !needsPullRequestLookup(session.context)) return session;
  try {
    const found = await findPullRequest(session.client, {
      owner: session.context.owner,
      repo: session.context.repo,
      headSha: run.headSha,
      ...run.headBranch !== void 0 ? { headBranch: run.headBranch } : {}
    });
    return found === void 0 ? session : { ...session, context: withPullRequest(session.context, found) };
  } catch (e) {
    io.log.warning(
      `Could not find the pull request of ${run.headSha.slice(0, 7)}: ${describeError(e)}`
    );
    return session;
  }
}

// src/github/ledger-store.ts
var MAX_MONTHS_LISTED = 240;
var MAX_LISTED_BYTES = 64 * 1024 * 1024;
var MONTH_FILE = /^(\d{4}-(0[1-9]|1[0-2]))\.json$/;
var ANCESTORS_ASKED = 20;
function snapshotRecords(snapshot) {
  return sortRecords([...snapshot.months.values()].flat());
}
async function readLedgerSnapshot(client, p) {
  const paths = [...new Set(p.months)].map(monthPath);
  if (p.graphql === true) {
    try {
      return await readByGraphQL(client, p, paths);
    } catch (e) {
      if (e instanceof LedgerError) throw e;
    }
  }
  const head = await headOf(client, p, p.branch);
  if (head === void 0) return { branch: p.branch, months: /* @__PURE__ */ new Map() };
  if (p.allMonths === true) return readListedByRest(client, p, paths, head);
  const read = await Promise.all(
    paths.map(
      async (path) => [path, await readMonth(client, p, p.branch, head.commit, path)]
    )
  );
  return { branch: p.branch, head, months: new Map(read) };
}
function chooseListedMonths(listed, asked, branch) {
  const read = new Set(asked.filter((path) => listed.some((m) => m.path === path)));
  const others = listed.filter((m) => !read.has(m.path)).sort((a, b) => b.path.localeCompare(a.path));
  let bytes = 0;
  let left = 0;
  for (const m of others) {
    if (read.size >= MAX_MONTHS_LISTED || bytes + m.bytes > MAX_LISTED_BYTES) {
      left += 1;
      continue;
    }
    bytes += m.bytes;
    read.add(m.path);
  }
  if (left === 0) return { read };
  const oldest = [...read].sort()[0]?.slice(LEDGER_DIR.length + 1, -".json".length) ?? "";
  return {
    read,
    notice: `ledger ${branch}: ${left} older month file${left === 1 ? "" : "s"} not read (at most ${MAX_MONTHS_LISTED} months and ${MAX_LISTED_BYTES / 1024 / 1024} MiB are read): the project to date counts from ${oldest}`
  };
}
function monthFilesOf(names) {
  return names.filter((n) => MONTH_FILE.test(n.name)).map((n) => ({ path: `${LEDGER_DIR}/${n.name}`, bytes: n.bytes }));
}
async function readChosen(read, asked, readOne) {
  const notices = [];
  const pairs = await Promise.all(
    [...read].map(async (path) => {
      try {
        return [path, await readOne(path)];
      } catch (e) {
        if (asked.includes(path) || !(e instanceof LedgerError)) throw e;
        notices.push(`${e.line} (left out of the project to date)`);
        return void 0;
      }
    })
  );
  const months = new Map(pairs.filter((x2) => x2 !== void 0));
  for (const path of asked) if (!months.has(path)) months.set(path, []);
  return { months, notices: notices.sort() };
}
async function readListedByRest(client, p, asked, head) {
  const { data } = await callGitHub(
    `GET /repos/${p.owner}/${p.repo}/git/trees/${head.tree}`,
    () => client.rest.git.getTree({
      owner: p.owner,
      repo: p.repo,
      tree_sha: head.tree,
      recursive: "true"
    })
  );
  const prefix = `${LEDGER_DIR}/`;
  const listed = monthFilesOf(
    data.tree.filter(
      (e) => e.type === "blob" && typeof e.path === "string" && e.path.startsWith(prefix) && !e.path.slice(prefix.length).includes("/")
    ).map((e) => ({ name: e.path.slice(prefix.length), bytes: e.size ?? 0 }))
  );
  const { read, notice } = chooseListedMonths(listed, asked, p.branch);
  const chosen = await readChosen(
    read,
    asked,
    (path) => readMonth(client, p, p.branch, head.commit, path)
  );
  const notices = [
    ...data.truncated ? [`ledger ${p.branch}: the tree listing was truncated: some month files may not be read`] : [],
    ...notice !== void 0 ? [notice] : [],
    ...chosen.notices
  ];
  return {
    branch: p.branch,
    head,
    months: chosen.months,
    listed: true,
    ...notices.length > 0 ? { notices } : {}
  };
}
var FOLDER_ALIAS = "folder";
function snapshotQuery(monthCount, withBase, listFolder = false) {
  const asked = listFolder ? 0 : monthCount;
  const vars = Array.from({ length: asked }, (_, i2) => `, $p${i2}: String!`).join("");
  const files = listFolder ? `${FOLDER_ALIAS}: file(path: "${LEDGER_DIR}") { object { ... on Tree { entries { name object { ... on Blob { byteSize text isTruncated } } } } } }` : Array.from(
    { length: asked },
    (_, i2) => `m${i2}: file(path: $p${i2}) { object { ... on Blob { text isTruncated } } }`
  ).join(" ");
  const base = withBase ? ` base: object(oid: $base) { ... on Commit { history(first: ${ANCESTORS_ASKED + 1}) { nodes { oid } } } }` : "";
  return `query carbonGateLedger($owner: String!, $repo: String!, $ref: String!${vars}${withBase ? ", $base: GitObjectID!" : ""}) { viewer { login } repository(owner: $owner, name: $repo) { ref(qualifiedName: $ref) { target { oid ... on Commit { tree { oid } ${files} } } }${base} } }`;
}
async function readByGraphQL(client, p, paths) {
  const baseSha = p.baseSha !== void 0 && /^[0-9a-f]{40}$/i.test(p.baseSha) ? p.baseSha : void 0;
  const withBase = baseSha !== void 0;
  const listFolder = p.allMonths === true;
  const variables = {
    owner: p.owner,
    repo: p.repo,
    ref: `refs/heads/${p.branch}`,
    ...listFolder ? {} : Object.fromEntries(paths.map((path, i2) => [`p${i2}`, path])),
    ...baseSha !== void 0 ? { base: baseSha } : {}
  };
  const answer = await callGitHub(
    `POST /graphql (ledger ${p.branch})`,
    () => client.graphql(snapshotQuery(paths.length, withBase, listFolder), variables)
  );
  const viewer = answer.viewer?.login;
  const nodes = answer.repository?.base?.history?.nodes ?? [];
  const ancestors = withBase ? nodes.map((n) => n.oid ?? "").filter((oid) => oid !== "" && oid.toLowerCase() !== baseSha?.toLowerCase()) : void 0;
  const extra = {
    ...viewer !== void 0 && viewer !== "" ? { viewer } : {},
    ...ancestors !== void 0 ? { ancestors } : {}
  };
  const target = answer.repository?.ref?.target;
  const commit = target?.oid;
  const tree = target?.tree?.oid;
  if (target === void 0 || commit === void 0 || tree === void 0) {
    return { branch: p.branch, months: /* @__PURE__ */ new Map(), ...extra };
  }
  const head = { commit, tree };
  const recordsOf = async (path, blob) => typeof blob.text === "string" && blob.isTruncated !== true ? parseLedgerFile(blob.text, p.branch, path) : readMonth(client, p, p.branch, commit, path);
  if (listFolder) {
    const entries = target.folder?.object?.entries ?? [];
    const blobs = /* @__PURE__ */ new Map();
    for (const e of entries) {
      if (typeof e.name === "string" && e.object !== void 0 && e.object !== null) {
        blobs.set(`${LEDGER_DIR}/${e.name}`, e.object);
      }
    }
    const listed = monthFilesOf(
      [...blobs].map(([path, b]) => ({
        name: path.slice(LEDGER_DIR.length + 1),
        bytes: b.byteSize ?? b.text?.length ?? 0
      }))
    );
    const { read, notice } = chooseListedMonths(listed, paths, p.branch);
    const chosen = await readChosen(read, paths, (path) => recordsOf(path, blobs.get(path)));
    const notices = [...notice !== void 0 ? [notice] : [], ...chosen.notices];
    return {
      branch: p.branch,
      head,
      months: chosen.months,
      listed: true,
      ...notices.length > 0 ? { notices } : {},
      ...extra
    };
  }
  const months = await Promise.all(
    paths.map(async (path, i2) => {
      const blob = target[`m${i2}`]?.object;
      if (blob === void 0 || blob === null) return [path, []];
      return [path, await recordsOf(path, blob)];
    })
  );
  return { branch: p.branch, head, months: new Map(months), ...extra };
}
async function appendLedgerRecord(client, p) {
  const problem = recordProblem(p.record);
  if (problem !== void 0) throw new Error(`ledger record ${p.record.id}: ${problem}`);
  const path = monthPath(monthOf(p.record.date));
  const maxAttempts = Math.max(1, p.maxAttempts ?? 10);
  let known = p.snapshot?.months.has(path) === true ? p.snapshot : void 0;
  for (let attempt = 1; ; attempt += 1) {
    const seen = known ?? await readLedgerSnapshot(client, { ...p, months: [monthOf(p.record.date)] });
    known = void 0;
    const head = seen.head;
    const records = seen.months.get(path) ?? [];
    if (head !== void 0 && records.some((r2) => r2.id === p.record.id)) {
      return { commitSha: head.commit, attempts: attempt };
    }
    const files = [
      { path, content: serializeLedgerFile([...records, p.record]) },
      ...p.extraFiles ?? []
    ];
    const tree = await callGitHub(
      `POST /repos/${p.owner}/${p.repo}/git/trees`,
      () => client.rest.git.createTree({
        owner: p.owner,
        repo: p.repo,
        ...head === void 0 ? {} : { base_tree: head.tree },
        tree: files.map((f) => ({
          path: f.path,
          mode: "100644",
          type: "blob",
          content: f.content
        }))
      })
    );
    const r = p.record;
    const commit = await callGitHub(
      `POST /repos/${p.owner}/${p.repo}/git/commits`,
      () => client.rest.git.createCommit({
        owner: p.owner,
        repo: p.repo,
        message: `carbon-gate: record run ${r.runId} attempt ${r.runAttempt} (${r.sha.slice(0, 7)}) [skip ci]`,
        tree: tree.data.sha,
        parents: head === void 0 ? [] : [head.commit]
      })
    );
    const moved = await moveBranch(client, p, head?.commit, commit.data.sha);
    if (!moved) {
      if (attempt >= maxAttempts) {
        throw new GitHubError(
          `ledger ${p.branch}:${path}`,
          `the branch kept moving under concurrent writers; gave up after ${attempt} attempts`,
          409
        );
      }
      const unit = p.retryDelayMs ?? 500;
      await sleep(Math.random() * unit * 2 ** Math.min(5, attempt - 1));
      continue;
    }
    return { commitSha: commit.data.sha, attempts: attempt };
  }
}
async function moveBranch(client, p, head, sha) {
  try {
    if (head === void 0) {
      await callGitHub(
        `POST /repos/${p.owner}/${p.repo}/git/refs`,
        () => client.rest.git.createRef({
          owner: p.owner,
          repo: p.repo,
          ref: `refs/heads/${p.branch}`,
          sha
        })
      );
    } else {
      await callGitHub(
        `PATCH /repos/${p.owner}/${p.repo}/git/refs/heads/${p.branch}`,
        () => client.rest.git.updateRef({
          owner: p.owner,
          repo: p.repo,
          ref: `heads/${p.branch}`,
          sha,
          force: false
        })
      );
    }
    return true;
  } catch (e) {
    if (hasStatus(e, 409, 422)) return false;
    throw e;
  }
}
async function headOf(client, p, branch) {
  let commit;
  try {
    const { data: data2 } = await callGitHub(
      `GET /repos/${p.owner}/${p.repo}/git/ref/heads/${branch}`,
      () => client.rest.git.getRef({ owner: p.owner, repo: p.repo, ref: `heads/${branch}` })
    );
    commit = data2.object.sha;
  } catch (e) {
    if (hasStatus(e, 404)) return void 0;
    throw e;
  }
  const { data } = await callGitHub(
    `GET /repos/${p.owner}/${p.repo}/git/commits/${commit}`,
    () => client.rest.git.getCommit({ owner: p.owner, repo: p.repo, commit_sha: commit })
  );
  return { commit, tree: data.tree.sha };
}
async function readMonth(client, p, branch, commitSha, path) {
  let data;
  try {
    const response = await callGitHub(
      `GET /repos/${p.owner}/${p.repo}/contents/${path}`,
      () => client.rest.repos.getContent({
        owner: p.owner,
        repo: p.repo,
        path,
        ref: commitSha,
        mediaType: { format: "raw" }
      })
    );
    data = response.data;
  } catch (e) {
    if (hasStatus(e, 404)) return [];
    throw e;
  }
  return parseLedgerFile(contentText(data), branch, path);
}
function contentText(data) {
  if (typeof data === "string") return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString("utf8");
  if (typeof data === "object" && data !== null && "content" in data) {
    const content = data.content;
    if (typeof content === "string") return Buffer.from(content, "base64").toString("utf8");
  }
  return "";
}

// src/run/ledger-query.ts
function findBaseline(records, p) {
  const sorted = sortRecords(records);
  const latestOf = (sha) => {
    const want = sha.toLowerCase();
    return sorted.filter((r) => r.sha.toLowerCase() === want).at(-1);
  };
  if (p.baseSha !== void 0) {
    const base = latestOf(p.baseSha);
    if (base !== void 0) return { record: base, match: "base" };
    for (const sha of p.ancestors ?? []) {
      const found = latestOf(sha);
      if (found !== void 0) return { record: found, match: "ancestor" };
    }
  }
  const limit = p.before === void 0 ? Number.POSITIVE_INFINITY : Date.parse(p.before);
  if (Number.isNaN(limit)) throw new Error(`'${String(p.before)}' is not an ISO date`);
  const latest = sorted.filter((r) => Date.parse(r.date) < limit).at(-1);
  return latest === void 0 ? void 0 : { record: latest, match: "latest" };
}
function monthToDate(records, month) {
  const seen = /* @__PURE__ */ new Set();
  let sum = 0;
  for (const r of records) {
    if (seen.has(r.id) || monthOf(r.date) !== month) continue;
    seen.add(r.id);
    sum += r.totals.totalKg;
  }
  return sum;
}
function historyPoints(records, n = HISTORY_POINTS) {
  const latest = /* @__PURE__ */ new Map();
  for (const r of sortRecords(records)) {
    latest.delete(r.sha);
    latest.set(r.sha, r);
  }
  const points = [...latest.values()].map((r) => ({
    sha: r.sha,
    date: r.date,
    totalKg: r.totals.totalKg,
    verdict: r.verdict
  }));
  return n <= 0 ? [] : points.slice(-n);
}
function badgeUrl(p) {
  const segments = (s) => s.split("/").map(encodeURIComponent).join("/");
  const rest = `${encodeURIComponent(p.owner)}/${encodeURIComponent(p.repo)}`;
  const server = p.serverUrl.replace(/\/+$/, "");
  if (new URL(server).hostname.toLowerCase() === "github.com") {
    return `https://raw.githubusercontent.com/${rest}/${segments(p.branch)}/${segments(p.path)}`;
  }
  return `${server}/${rest}/raw/${segments(p.branch)}/${segments(p.path)}`;
}

// src/run/job-identity.ts
var RUN_ID = /\b[0-9a-f]{8}(?:-[0-9a-f]{4}){0,3}(?:-[0-9a-f]{12})?\b/gi;
var LINE_SUFFIX = /\bline \d+\b/gi;
function jobIdentity(job) {
  const name = job.name.replace(RUN_ID, (m) => /\d/.test(m) ? " " : m).replace(LINE_SUFFIX, " ").toLowerCase().replace(/\s+/g, " ").trim();
  return `${job.source.format}:${name === "" ? "job" : name}`;
}

// src/action/ledger-history.ts
var MONTHS_READ = 3;
async function readLedgerHistory(session, plan, now) {
  const branch = plan.ledgerBranch;
  try {
    const months = listRecentMonths(now, MONTHS_READ);
    const { owner, repo } = session.context;
    const snapshot = await readLedgerSnapshot(session.client, {
      owner,
      repo,
      branch,
      months,
      // One GraphQL query lists and reads every month file (REST would read them one by one), and
      // tells who the token is, which a comment needs; REST is the fallback.
      graphql: true,
      allMonths: true,
      ...plan.baseSha !== void 0 ? { baseSha: plan.baseSha } : {}
    });
    if (snapshot.head === void 0) {
      const why = `no baseline yet: the ledger branch ${branch} does not exist (it is created by the first run on the default branch)`;
      return { history: { ...NO_HISTORY, warnings: [why] }, snapshot };
    }
    const records = snapshotRecords(snapshot);
    const history = historyOf(records, plan, now, months[0], snapshot);
    const { runId, runAttempt } = session.context;
    const project = projectInputOf(records, {
      source: branch,
      asOf: now,
      thisRunId: ledgerRecordId(runId, runAttempt, plan.series, plan.job)
    });
    return {
      history: {
        ...history,
        project,
        warnings: [...history.warnings, ...snapshot.notices ?? []]
      },
      snapshot
    };
  } catch (e) {
    return {
      history: {
        ...NO_HISTORY,
        warnings: [`ledger not read (${describeError(e)}): no baseline for this run`]
      }
    };
  }
}
function historyOf(records, plan, now, month, snapshot) {
  const own = recordsOfSeries(records, plan.series, plan.legacyKeys);
  const found = findBaseline(own, {
    ...plan.baseSha !== void 0 ? { baseSha: plan.baseSha } : {},
    ...snapshot.ancestors !== void 0 ? { ancestors: snapshot.ancestors } : {},
    before: now.toISOString()
  });
  const others = own.length === 0 ? seriesFound(records) : [];
  const note = others.length > 0 ? `The ledger holds ${records.length} record${records.length === 1 ? "" : "s"}, but none of series ${plan.series}; it found ${others.join(", ")}. Set the same series in the push and PR workflows to compare them.` : void 0;
  const base = found?.record;
  return {
    baseline: base !== void 0 ? { totalKg: base.totals.totalKg, sha: base.sha } : null,
    ...found !== void 0 ? { baselineMatch: found.match, baselineJobs: jobsOf(found.record) } : {},
    ...note !== void 0 ? { note } : {},
    monthBeforeKg: monthToDate(records, month),
    points: historyPoints(own),
    warnings: note !== void 0 ? [note] : []
  };
}
function jobsOf(record) {
  return record.jobs.map((j) => ({
    key: j.key ?? jobIdentity({ name: j.name, source: { format: "unknown" } }),
    name: j.name,
    totalKg: j.totalKg,
    itEnergyKWh: j.itEnergyKWh
  }));
}
function listRecentMonths(now, n) {
  const out = [];
  for (let i2 = 0; i2 < n; i2++) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i2, 1));
    out.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`);
  }
  return out;
}

// src/github/comment.ts
async function upsertComment(client, p) {
  const marker = commentMarker(p.key);
  if (!p.body.startsWith(marker)) throw new Error(`comment body must start with ${marker}`);
  const found = await findOwnComments(client, p);
  const q = found.identity === void 0 ? p : { ...p, identity: found.identity };
  const [oldest, ...newer] = found.mine;
  if (oldest === void 0) return createAndSettle(client, q);
  const updated = await updateComment(client, q, oldest);
  if (updated === void 0) return createAndSettle(client, q);
  await deleteComments(client, q, newer);
  return { id: updated.id, url: updated.html_url, created: false };
}
async function readCommentBody(client, p) {
  const { mine } = await findOwnComments(client, p);
  return mine[0]?.body ?? void 0;
}
async function createAndSettle(client, p) {
  const path = `POST /repos/${p.owner}/${p.repo}/issues/${p.issueNumber}/comments`;
  const { data } = await callGitHub(
    path,
    () => client.rest.issues.createComment({
      owner: p.owner,
      repo: p.repo,
      issue_number: p.issueNumber,
      body: p.body
    })
  );
  const { mine } = await findOwnComments(client, p);
  const [oldest] = mine;
  if (oldest === void 0 || oldest.id === data.id) {
    await deleteComments(
      client,
      p,
      mine.filter((c) => c.id !== data.id)
    );
    return { id: data.id, url: data.html_url, created: true };
  }
  const updated = await updateComment(client, p, oldest);
  await deleteComments(
    client,
    p,
    mine.filter((c) => c.id !== oldest.id)
  );
  return updated === void 0 ? { id: data.id, url: data.html_url, created: true } : { id: updated.id, url: updated.html_url, created: false };
}
async function findOwnComments(client, p) {
  const path = `GET /repos/${p.owner}/${p.repo}/issues/${p.issueNumber}/comments`;
  const all = await callGitHub(
    path,
    () => client.paginate(client.rest.issues.listComments, {
      owner: p.owner,
      repo: p.repo,
      issue_number: p.issueNumber,
      per_page: 100
    })
  );
  const markers = [p.key, ...p.legacyKeys ?? []].map(commentMarker);
  const marked = all.filter((c) => {
    const body = (c.body ?? "").trimStart();
    return c.user !== null && markers.some((m) => body.startsWith(m));
  });
  if (marked.length === 0) return { mine: [] };
  const identity = p.identity ?? await viewerLogin(client);
  const mine = marked.filter((c) => sameLogin(c.user?.login, identity));
  mine.sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
  return { mine, identity };
}
function sameLogin(a, b) {
  if (a === void 0) return false;
  const bare = (s) => s.toLowerCase().replace(/\[bot\]$/, "");
  return a.toLowerCase() === b.toLowerCase() || a.endsWith("[bot]") && bare(a) === bare(b);
}
var ACTIONS_LOGIN = "github-actions[bot]";
async function viewerLogin(client) {
  try {
    const data = await client.graphql("query { viewer { login } }");
    if (typeof data.viewer?.login === "string" && data.viewer.login !== "") return data.viewer.login;
  } catch {
  }
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch {
    return ACTIONS_LOGIN;
  }
}
async function updateComment(client, p, comment) {
  if (comment.body === p.body) return comment;
  const path = `PATCH /repos/${p.owner}/${p.repo}/issues/comments/${comment.id}`;
  try {
    const { data } = await callGitHub(
      path,
      () => client.rest.issues.updateComment({
        owner: p.owner,
        repo: p.repo,
        comment_id: comment.id,
        body: p.body
      })
    );
    return data;
  } catch (e) {
    if (hasStatus(e, 404)) return void 0;
    throw e;
  }
}
async function deleteComments(client, p, comments) {
  for (const c of comments) {
    const path = `DELETE /repos/${p.owner}/${p.repo}/issues/comments/${c.id}`;
    try {
      await callGitHub(
        path,
        () => client.rest.issues.deleteComment({ owner: p.owner, repo: p.repo, comment_id: c.id })
      );
    } catch (e) {
      if (!hasStatus(e, 404)) throw e;
    }
  }
}

// src/github/status.ts
function statusContext(series) {
  return series === DEFAULT_KEY ? "carbon-gate" : `carbon-gate/${series}`;
}
async function setCommitStatus(client, p) {
  await callGitHub(
    `POST /repos/${p.owner}/${p.repo}/statuses/${p.sha}`,
    () => client.rest.repos.createCommitStatus({
      owner: p.owner,
      repo: p.repo,
      sha: p.sha,
      state: p.state,
      context: p.context,
      description: p.description,
      ...p.targetUrl !== void 0 ? { target_url: p.targetUrl } : {}
    })
  );
}

// src/report/render-badge.ts
var BADGE_LABEL = "carbon";
var HEX = {
  brightgreen: "#4c1",
  green: "#97ca00",
  yellow: "#dfb317",
  red: "#e05d44",
  blue: "#007ec6"
};
function chooseBadgeColor(budgetUsed, verdict) {
  if (verdict === "fail") return "red";
  if (budgetUsed === void 0 || Number.isNaN(budgetUsed)) return "blue";
  if (budgetUsed <= 0.5) return "brightgreen";
  if (budgetUsed <= 0.8) return "green";
  if (budgetUsed <= 1) return "yellow";
  return "red";
}
var GROUPS = [
  ["0123456789", 7],
  [" ", 3.9],
  [".,", 4],
  [":;", 4.7],
  ["il", 3],
  ["j", 3.8],
  ["f", 3.9],
  ["t", 4.3],
  ["r", 4.7],
  ["sz", 5.7],
  ["c", 5.8],
  ["aeo", 6.6],
  ["kvxy", 6.5],
  ["bdgpq", 6.8],
  ["hnu", 7],
  ["w", 8.9],
  ["m", 10.7],
  ["I", 4.6],
  ["J", 5],
  ["L", 6.2],
  ["F", 6.3],
  ["P", 6.6],
  ["TY", 6.8],
  ["E", 7],
  ["AVXZ", 7.5],
  ["BKS", 7.6],
  ["CR", 7.7],
  ["U", 8.1],
  ["NH", 8.2],
  ["DG", 8.5],
  ["OQ", 8.7],
  ["M", 9.3],
  ["W", 11],
  ["-", 4.6],
  ["()", 5],
  ["/", 5.5],
  ["\u2082", 5],
  ["+", 9.2],
  ["%", 13.4]
];
var CHAR_WIDTHS = new Map(
  GROUPS.flatMap(([chars, w]) => Array.from(chars, (c) => [c, w]))
);
var DEFAULT_WIDTH = 7;
function measureText(text) {
  let sum = 0;
  for (const c of text) sum += CHAR_WIDTHS.get(c) ?? DEFAULT_WIDTH;
  return Math.round(sum * 10) / 10;
}
var PADDING = 6;
var HEIGHT = 20;
function round1(x2) {
  return String(Math.round(x2 * 10) / 10);
}
function renderSvg(label, message, color) {
  const labelText = measureText(label);
  const messageText = measureText(message);
  const labelWidth = Math.round(labelText + 2 * PADDING);
  const messageWidth = Math.round(messageText + 2 * PADDING);
  const total = labelWidth + messageWidth;
  const title = escapeXml(`${label}: ${message}`);
  const text = (x2, body, length) => {
    const attrs = `x="${round1(x2)}" textLength="${round1(length)}" lengthAdjust="spacingAndGlyphs"`;
    const safe = escapeXml(body);
    return `<text ${attrs} y="15" fill="#010101" fill-opacity=".3" aria-hidden="true">${safe}</text><text ${attrs} y="14">${safe}</text>`;
  };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${total}" height="${HEIGHT}" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    '<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>',
    `<clipPath id="r"><rect width="${total}" height="${HEIGHT}" rx="3" fill="#fff"/></clipPath>`,
    `<g clip-path="url(#r)"><rect width="${labelWidth}" height="${HEIGHT}" fill="#555"/><rect x="${labelWidth}" width="${messageWidth}" height="${HEIGHT}" fill="${HEX[color]}"/><rect width="${total}" height="${HEIGHT}" fill="url(#s)"/></g>`,
    '<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" text-rendering="geometricPrecision" font-size="11">',
    text(labelWidth / 2, label, labelText),
    text(labelWidth + messageWidth / 2, message, messageText),
    "</g>",
    "</svg>",
    ""
  ].join("\n");
}
function renderBadge(input) {
  const color = chooseBadgeColor(input.budgetUsed, input.verdict);
  const message = `${formatMass(input.totalKg)} CO\u2082e`;
  const endpoint = { schemaVersion: 1, label: BADGE_LABEL, message, color };
  return { svg: renderSvg(BADGE_LABEL, message, color), endpoint, json: toJsonText(endpoint) };
}

// src/report/render-comment.ts
var GITHUB_COMMENT_LIMIT = 65536;
var HIDDEN_DATA = /^<!-- (?:(?!--)[\x20-\x7e])* -->$/;
function hiddenLine(data) {
  return data !== void 0 && HIDDEN_DATA.test(data) ? `${data}
` : "";
}
var FULL = {
  jobRows: 15,
  assumptions: 100,
  charts: true,
  references: true,
  equivalents: true,
  notices: 20
};
var LEVELS = [
  FULL,
  { ...FULL, jobRows: 5 },
  { ...FULL, jobRows: 0 },
  { ...FULL, jobRows: 0, assumptions: 0 },
  { ...FULL, jobRows: 0, assumptions: 0, charts: false },
  { ...FULL, jobRows: 0, assumptions: 0, charts: false, references: false },
  {
    jobRows: 0,
    assumptions: 0,
    charts: false,
    references: false,
    equivalents: false,
    notices: 5
  },
  {
    jobRows: 0,
    assumptions: 0,
    charts: false,
    references: false,
    equivalents: false,
    notices: 0
  }
];
var SAFE_URL = /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~%/+=&?-]*)?$/;
function linkRun(runUrl) {
  if (runUrl === void 0) return "";
  return SAFE_URL.test(runUrl) ? ` \xB7 [workflow run](${runUrl})` : ` \xB7 workflow run: ${escapeMarkdownText(runUrl)}`;
}
function nameDetail(names) {
  return `Details: ${names.join(", ")}`;
}
function comparisonOf(opts) {
  if (opts.baseSha === void 0 && opts.headSha === void 0) return opts.comparison;
  const commits = {
    ...opts.baseSha !== void 0 ? { baseSha: opts.baseSha } : {},
    ...opts.headSha !== void 0 ? { headSha: opts.headSha } : {},
    ...opts.comparison?.commits
  };
  return { ...opts.comparison, commits };
}
function renderAt(report, opts, d) {
  const layout = opts.layout ?? "compact";
  const comparison = comparisonOf(opts);
  const { head, detail } = buildSections(
    report,
    {
      ...comparison !== void 0 ? { comparison } : {},
      ...opts.history !== void 0 ? { history: opts.history } : {},
      ...opts.baselineNote !== void 0 ? { baselineNote: opts.baselineNote } : {},
      runLink: linkRun(opts.runUrl),
      sources: "notes",
      intensityNotes: false,
      collapseNotes: layout === "full"
    },
    d,
    layout === "compact" ? "brief" : "full"
  );
  const rest = layout === "full" || detail.length === 0 ? detail.map((s) => s.body) : [
    `<details><summary>${nameDetail(detail.map((s) => s.name))}</summary>`,
    ...detail.map((s) => s.body),
    "</details>"
  ];
  const body = [...head, ...rest].join("\n\n");
  return `${commentMarker(opts.key)}
${hiddenLine(opts.hiddenData)}${body}
`;
}
function renderComment(report, opts) {
  const limit = opts.maxChars ?? GITHUB_COMMENT_LIMIT;
  return fitToLimit(LEVELS, (d) => renderAt(report, opts, d), limit, measureChars);
}

// src/action/publish.ts
var FORK_HINT = 'This token may not comment (a pull request from a fork gets a read-only token). The verdict, job summary and outputs are unaffected. To comment on fork PRs, upload the tracker artifacts in the pull_request workflow and run carbon-gate from a workflow_run workflow with `run-id` and `artifact-name` (see docs/workflows.md, "fork-safe pair").';
async function publishRun(io, session, plan, run, snapshot) {
  for (const warning of plan.warnings) io.log.warning(warning);
  const commentUrl = plan.comment ? await publishComment(io, session, plan, run, snapshot?.viewer) : void 0;
  const final = planForReport(plan, run.report);
  const badge = final.ledgerWrite ? await publishLedger(io, session, final, run, snapshot) : void 0;
  if (plan.commitStatus) await publishStatus(io, session, plan, run, commentUrl);
  return {
    ...commentUrl !== void 0 ? { commentUrl } : {},
    ...badge !== void 0 ? { badgeUrl: badge } : {}
  };
}
async function publishComment(io, session, plan, run, identity) {
  const { context: ctx, client } = session;
  const pr = run.report.pullRequest;
  const body = renderComment(run.report, {
    key: plan.key,
    layout: plan.commentLayout,
    history: run.history.points,
    runUrl: runUrlOf(session),
    comparison: compareWithBaseline(plan, run),
    ...baselineNoteOf(plan, run),
    ...pr !== void 0 ? { hiddenData: encodePrRuns(pr) } : {}
  });
  try {
    const result = await upsertComment(client, {
      owner: ctx.owner,
      repo: ctx.repo,
      issueNumber: plan.prNumber,
      key: plan.key,
      body,
      legacyKeys: plan.legacyKeys,
      ...identity !== void 0 ? { identity } : {}
    });
    io.log.info(`${result.created ? "Created" : "Updated"} the pull-request comment: ${result.url}`);
    return result.url;
  } catch (e) {
    io.log.warning(
      isPermissionError(e) ? FORK_HINT : `Could not post the pull-request comment: ${describeError(e)}. The job summary has the full report.`
    );
    return void 0;
  }
}
function compareWithBaseline(plan, run) {
  const baseSha = run.report.baseline?.sha;
  const commits = { headSha: plan.sha, ...baseSha !== void 0 ? { baseSha } : {} };
  const base = run.history.baselineJobs;
  if (run.report.baseline === null || base === void 0 || base.length === 0) return { commits };
  return {
    commits,
    jobs: listJobChanges(run.report.jobs, base, jobIdentity),
    baseItEnergyKWh: base.reduce((sum, j) => sum + j.itEnergyKWh, 0)
  };
}
function runUrlOf(session) {
  const { context: ctx } = session;
  return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`;
}
function baselineNoteOf(plan, run) {
  const h = run.history;
  if (h.note !== void 0) return { baselineNote: h.note };
  const base = plan.baseSha?.slice(0, 7);
  if (base === void 0 || run.report.baseline === null) return {};
  switch (h.baselineMatch) {
    case "ancestor":
      return {
        baselineNote: `The base commit ${base} has no record: its nearest recorded ancestor is the baseline.`
      };
    case "latest":
      return {
        baselineNote: `The base commit ${base} has no record: the latest record before this run is the baseline.`
      };
    case "base":
    case void 0:
      return {};
  }
}
function ledgerRecordOf(session, plan, report, now) {
  const { context: ctx } = session;
  return {
    id: ledgerRecordId(ctx.runId, ctx.runAttempt, plan.series, plan.job),
    series: plan.series,
    workflow: plan.workflow,
    job: plan.job,
    sha: plan.sha,
    ref: ctx.ref,
    date: now.toISOString(),
    runId: ctx.runId,
    runAttempt: ctx.runAttempt,
    verdict: report.verdict,
    totals: report.totals,
    jobs: report.jobs.map((j) => ({
      name: j.name,
      key: jobIdentity(j),
      totalKg: j.totalKg,
      itEnergyKWh: j.itEnergyKWh
    })),
    ...plan.tag !== void 0 ? { tag: plan.tag } : {}
  };
}
async function publishLedger(io, session, plan, run, snapshot) {
  const { context: ctx, client } = session;
  const branch = plan.ledgerBranch;
  const badge = plan.badge ? renderBadge({
    totalKg: run.report.totals.totalKg,
    verdict: run.report.verdict,
    ...run.budgetUsed !== void 0 ? { budgetUsed: run.budgetUsed } : {}
  }) : void 0;
  const extraFiles = badge === void 0 ? [] : [
    { path: BADGE_SVG_PATH, content: badge.svg },
    { path: BADGE_JSON_PATH, content: badge.json }
  ];
  try {
    const record = ledgerRecordOf(session, plan, run.report, io.now());
    const result = await appendLedgerRecord(client, {
      owner: ctx.owner,
      repo: ctx.repo,
      branch,
      record,
      extraFiles,
      ...snapshot !== void 0 && snapshot.branch === branch ? { snapshot } : {}
    });
    io.log.info(`Recorded this run in the ledger (${branch} @ ${result.commitSha.slice(0, 7)})`);
    if (badge === void 0) return void 0;
    return badgeUrl({
      serverUrl: ctx.serverUrl,
      owner: ctx.owner,
      repo: ctx.repo,
      branch,
      path: BADGE_SVG_PATH
    });
  } catch (e) {
    io.log.warning(
      isPermissionError(e) ? `Could not write the ledger: the token may not push to ${branch}. Give the workflow \`permissions: contents: write\` on pushes to the default branch.` : `Could not write the ledger: ${describeError(e)}`
    );
    return void 0;
  }
}
var STATUS_DESCRIPTION_MAX = 140;
async function publishStatus(io, session, plan, run, commentUrl) {
  const { context: ctx, client } = session;
  const report = run.report;
  const state = report.errors.length > 0 ? "error" : report.verdict === "fail" ? "failure" : "success";
  const kg = report.totals.totalKg;
  const delta = report.baseline !== null ? `, ${report.baseline.deltaPercent >= 0 ? "+" : ""}${report.baseline.deltaPercent.toFixed(1)} % vs. base` : "";
  const description = `${report.verdict}: ${kg.toPrecision(3)} kg CO2e${delta}`.slice(
    0,
    STATUS_DESCRIPTION_MAX
  );
  try {
    await setCommitStatus(client, {
      owner: ctx.owner,
      repo: ctx.repo,
      sha: plan.sha,
      state,
      context: statusContext(plan.series),
      description,
      targetUrl: commentUrl ?? runUrlOf(session)
    });
    io.log.info(
      `Set the commit status ${statusContext(plan.series)} on ${plan.sha.slice(0, 7)}: ${state}`
    );
  } catch (e) {
    io.log.warning(
      isPermissionError(e) ? "Could not set the commit status: give the workflow `permissions: statuses: write`." : `Could not set the commit status: ${describeError(e)}`
    );
  }
}

// src/action/read-pr-runs.ts
async function readPrRuns(session, plan, identity) {
  const { context: ctx, client } = session;
  const run = prRunOf({ ...ctx, sha: plan.sha });
  try {
    const body = await readCommentBody(client, {
      owner: ctx.owner,
      repo: ctx.repo,
      issueNumber: plan.prNumber,
      key: plan.key,
      legacyKeys: plan.legacyKeys,
      ...identity !== void 0 ? { identity } : {}
    });
    return { read: decodePrRuns(body), run };
  } catch (e) {
    const notice = `The pull request comment could not be read (${describeError(e)}): this PR's running total counts this run only.`;
    return { read: { list: EMPTY_PR_RUNS, notice }, run };
  }
}
export {
  downloadRunArtifacts,
  openGitHubSession,
  publishRun,
  readLedgerHistory,
  readPrRuns
};
