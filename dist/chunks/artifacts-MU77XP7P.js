import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  ArtifactDownloadError,
  GitHubError,
  callGitHub,
  hasStatus
} from "./chunk-HK7QX5XH.js";
import "./chunk-TP4C7UAS.js";
import "./chunk-26LI6IR6.js";

// src/github/artifacts.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";

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
async function findPullRequestNumber(client, p) {
  const pick = (pulls) => {
    const open2 = pulls.filter(
      (pr) => pr.state === "open" && pr.head.sha.toLowerCase() === p.headSha.toLowerCase()
    );
    const ranked = [...open2].sort(
      (a, b) => rank(a.head.ref === p.headBranch, b.head.ref === p.headBranch)
    );
    return ranked[0]?.number;
  };
  const assocPath = `GET /repos/${p.owner}/${p.repo}/commits/${p.headSha}/pulls`;
  let associated = [];
  try {
    associated = (await callGitHub(
      assocPath,
      () => client.rest.repos.listPullRequestsAssociatedWithCommit({
        owner: p.owner,
        repo: p.repo,
        commit_sha: p.headSha,
        per_page: 100
      })
    )).data;
  } catch (e) {
    if (!hasStatus(e, 404, 422)) throw e;
  }
  const direct = pick(associated);
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
  return pick(open);
}
async function resolvePullRequestNumber(client, p) {
  const claimed = p.claimed;
  if (claimed !== void 0 && Number.isSafeInteger(claimed) && claimed > 0) {
    try {
      const { data } = await callGitHub(
        `GET /repos/${p.owner}/${p.repo}/pulls/${claimed}`,
        () => client.rest.pulls.get({ owner: p.owner, repo: p.repo, pull_number: claimed })
      );
      if (data.state === "open" && data.head.sha.toLowerCase() === p.headSha.toLowerCase()) {
        return claimed;
      }
    } catch (e) {
      if (!hasStatus(e, 404)) throw e;
    }
  }
  return findPullRequestNumber(client, p);
}
function rank(a, b) {
  return Number(b) - Number(a);
}

// src/github/artifacts.ts
var DEFAULT_ARTIFACT_LIMITS = {
  maxZipBytes: 256 * 1024 * 1024,
  maxEntries: 1e4,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRatio: 200
};
var DOWNLOAD_TIMEOUT_MS = 5 * 6e4;
async function downloadRunArtifacts(client, p) {
  const limits = { ...DEFAULT_ARTIFACT_LIMITS, ...p.limits };
  const listPath = `GET /repos/${p.owner}/${p.repo}/actions/runs/${p.runId}/artifacts`;
  const all = await callGitHub(
    listPath,
    () => client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
      owner: p.owner,
      repo: p.repo,
      run_id: p.runId,
      per_page: 100
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
  const results = [];
  for (const artifact of [...byName.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    results.push(await downloadOne(client, p, artifact, limits));
  }
  return results;
}
async function downloadOne(client, p, artifact, limits) {
  const fail = (message) => new ArtifactDownloadError(artifact.name, message);
  if (!isSafeName(artifact.name)) throw fail("the artifact name is not a safe directory name");
  if (artifact.expired) throw fail(`expired: re-run workflow run ${p.runId} to upload it again`);
  if (artifact.size_in_bytes > limits.maxZipBytes) {
    throw fail(`${artifact.size_in_bytes} bytes, more than the ${limits.maxZipBytes} allowed`);
  }
  const zip = await fetchZip(client, p, artifact, limits.maxZipBytes);
  let entries;
  try {
    entries = listZipEntries(zip, limits);
  } catch (e) {
    throw e instanceof UnsafeZipError ? fail(`rejected: ${e.message}`) : e;
  }
  const root = resolve(p.destDir);
  const dir = join(root, artifact.name);
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
  return { name: artifact.name, dir, files: files.sort() };
}
async function fetchZip(client, p, artifact, maxBytes) {
  const path = `GET /repos/${p.owner}/${p.repo}/actions/artifacts/${artifact.id}/zip`;
  const response = await callGitHub(
    path,
    () => client.rest.actions.downloadArtifact({
      owner: p.owner,
      repo: p.repo,
      artifact_id: artifact.id,
      archive_format: "zip",
      request: { parseSuccessResponseBody: false, timeoutMs: DOWNLOAD_TIMEOUT_MS }
    })
  );
  try {
    return await readCapped(response.data, maxBytes, artifact.name);
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
export {
  DEFAULT_ARTIFACT_LIMITS,
  downloadRunArtifacts,
  findPullRequestNumber,
  globToRegExp,
  resolvePullRequestNumber
};
