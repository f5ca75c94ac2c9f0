import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);

// src/core/errors.ts
var GateError = class extends Error {
  /** The one line shown to the user, without the `carbon-gate: error: ` prefix. */
  get line() {
    return `${this.where}: ${this.message}`;
  }
};
var ArtifactError = class extends GateError {
  constructor(path, lineNo, message) {
    super(message);
    this.path = path;
    this.lineNo = lineNo;
  }
  path;
  lineNo;
  name = "ArtifactError";
  get where() {
    return this.lineNo === void 0 ? this.path : `${this.path}:${this.lineNo}`;
  }
};
var ConfigError = class extends GateError {
  constructor(key, message) {
    super(message);
    this.key = key;
  }
  key;
  name = "ConfigError";
  get where() {
    return this.key;
  }
};
function isGateError(e) {
  return e instanceof GateError;
}
function describeError(e) {
  if (isGateError(e)) return e.line;
  const message = e instanceof Error ? e.message : String(e);
  return message.split("\n")[0].slice(0, 300);
}

// src/ingest/shared/time.ts
var WITH_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/;
var ZERO = 48;
var POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];
var HOUR_MS = 36e5;
var offsetCache = /* @__PURE__ */ new Map();
var formatters = /* @__PURE__ */ new Map();
var lastZone = "";
var lastHour = NaN;
var lastOffset = 0;
function zoneOffsetMs(zone, utcMs) {
  if (zone === "UTC" || zone === "Etc/UTC") return 0;
  const hour = Math.floor(utcMs / HOUR_MS);
  if (hour === lastHour && zone === lastZone) return lastOffset;
  const hourKey = `${zone}@${hour}`;
  let offset = offsetCache.get(hourKey);
  if (offset === void 0) {
    offset = computeOffsetMs(zone, utcMs);
    if (offsetCache.size > 1e4) offsetCache.clear();
    offsetCache.set(hourKey, offset);
  }
  lastZone = zone;
  lastHour = hour;
  lastOffset = offset;
  return offset;
}
function computeOffsetMs(zone, utcMs) {
  let format = formatters.get(zone);
  if (format === void 0) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit"
    });
    if (formatters.size > 100) formatters.clear();
    formatters.set(zone, format);
  }
  const parts = format.formatToParts(new Date(utcMs));
  const get = (t) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second")
  );
  return asUtc - Math.floor(utcMs / 1e3) * 1e3;
}
function isValidTimeZone(zone) {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
function parseTimestamp(text, zone) {
  const t = text.trim();
  const local = parseLocalShape(t, zone);
  if (local !== NOT_LOCAL) return local;
  if (WITH_OFFSET.test(t)) {
    const ms = Date.parse(t);
    return Number.isFinite(ms) ? ms : void 0;
  }
  return void 0;
}
var NOT_LOCAL = -Infinity;
function digitsAt(text, from, count) {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const d = text.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}
function isDateSep(c) {
  return c === 47 || c === 45;
}
function parseLocalShape(t, zone) {
  const n = t.length;
  if (n < 19 || n === 20 || n > 29 || !isDateSep(t.charCodeAt(4)) || !isDateSep(t.charCodeAt(7)) || t.charCodeAt(10) !== 32 && t.charCodeAt(10) !== 84 || t.charCodeAt(13) !== 58 || t.charCodeAt(16) !== 58) {
    return NOT_LOCAL;
  }
  const year = digitsAt(t, 0, 4);
  const month = digitsAt(t, 5, 2);
  const day = digitsAt(t, 8, 2);
  const hour = digitsAt(t, 11, 2);
  const minute = digitsAt(t, 14, 2);
  const second = digitsAt(t, 17, 2);
  if ((year | month | day | hour | minute | second) < 0) return NOT_LOCAL;
  let frac = 0;
  if (n > 19) {
    const sep = t.charCodeAt(19);
    const f = digitsAt(t, 20, n - 20);
    if (sep !== 46 && sep !== 44 || f < 0) return NOT_LOCAL;
    frac = f / POWERS_OF_TEN[n - 20] * 1e3;
  }
  return localTimeMs(year, month, day, hour, minute, second, frac, zone);
}
function localTimeMs(year, month, day, hour, minute, second, frac, zone) {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    return void 0;
  }
  const wall = Date.UTC(year, month - 1, day, hour, minute, second) + frac;
  if (zone === "UTC" || zone === "Etc/UTC") return wall;
  const first = wall - zoneOffsetMs(zone, wall);
  const settled = wall - zoneOffsetMs(zone, first);
  return earlierSameWallTime(settled, zone) ?? settled;
}
var TRANSITION_SPAN_MS = 3 * HOUR_MS;
function sameWallTime(ms, zone, direction) {
  if (zone === "UTC" || zone === "Etc/UTC") return void 0;
  const own = zoneOffsetMs(zone, ms);
  const other = zoneOffsetMs(zone, ms + direction * TRANSITION_SPAN_MS);
  if (other === own) return void 0;
  const wall = ms + own;
  const candidate = wall - other;
  if ((candidate - ms) * direction <= 0) return void 0;
  return zoneOffsetMs(zone, candidate) === other ? candidate : void 0;
}
function earlierSameWallTime(ms, zone) {
  return sameWallTime(ms, zone, -1);
}
function laterSameWallTime(ms, zone) {
  return sameWallTime(ms, zone, 1);
}
function describeRepeatedHour(ms, zone) {
  const later = laterSameWallTime(ms, zone);
  if (later === void 0) return void 0;
  const offset = (at) => {
    const minutes = Math.round(zoneOffsetMs(zone, at) / 6e4);
    const sign = minutes < 0 ? "-" : "+";
    const abs = Math.abs(minutes);
    return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
  };
  const wall = new Date(ms + zoneOffsetMs(zone, ms)).toISOString();
  const hourStart = `${wall.slice(0, 10)} ${wall.slice(11, 13)}:00`;
  return `${wall.slice(0, 10)} ${wall.slice(11, 19)} is in the hour ${zone} shows twice when its clocks go back (from ${hourStart}, at ${offset(ms)} then at ${offset(later)}), and the order of the samples does not tell which; log in UTC (TZ=UTC nvidia-smi \u2026) or with an offset, or split the file at the change`;
}
function toIso(ms) {
  if (!Number.isFinite(ms) || Math.abs(ms) > 864e13) return "invalid date";
  return new Date(ms).toISOString().replace(".000Z", "Z");
}

export {
  GateError,
  ArtifactError,
  ConfigError,
  isGateError,
  describeError,
  isValidTimeZone,
  parseTimestamp,
  localTimeMs,
  laterSameWallTime,
  describeRepeatedHour,
  toIso
};
