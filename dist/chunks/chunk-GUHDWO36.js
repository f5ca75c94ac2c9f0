import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  toJsonText
} from "./chunk-ZBX4UEF5.js";
import {
  GateError
} from "./chunk-4VU3SNOR.js";

// src/run/ledger-record.ts
var LedgerError = class extends GateError {
  constructor(branch, path, message) {
    super(message);
    this.branch = branch;
    this.path = path;
  }
  branch;
  path;
  name = "LedgerError";
  get where() {
    return `ledger ${this.branch}:${this.path}`;
  }
};
var DEFAULT_SERIES = "default";
var LEDGER_DIR = "ledger";
var BADGE_SVG_PATH = `${LEDGER_DIR}/badge.svg`;
var BADGE_JSON_PATH = `${LEDGER_DIR}/badge.json`;
function ledgerRecordId(runId, runAttempt, key, job) {
  return `${runId}-${runAttempt}-${key}${job === void 0 ? "" : `/${job}`}`;
}
function recordKey(record) {
  return record.id.replace(/^\d+-\d+-/, "");
}
function recordSeries(record) {
  return record.series ?? recordKey(record);
}
function recordsOfSeries(records, series, legacyKeys = []) {
  const legacy = new Set(records.filter((r) => r.series === void 0).map(recordKey));
  const adopt = /* @__PURE__ */ new Set([series, ...legacyKeys]);
  if (series === DEFAULT_SERIES && legacy.size === 1) for (const k of legacy) adopt.add(k);
  return records.filter(
    (r) => r.series !== void 0 ? r.series === series : adopt.has(recordKey(r))
  );
}
function seriesFound(records) {
  const counts = /* @__PURE__ */ new Map();
  for (const r of records) counts.set(recordSeries(r), (counts.get(recordSeries(r)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([s]) => s);
}
function monthOf(date) {
  const ms = Date.parse(date);
  if (Number.isNaN(ms)) throw new Error(`'${date}' is not an ISO date`);
  return new Date(ms).toISOString().slice(0, 7);
}
function monthPath(month) {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new Error(`'${month}' is not a YYYY-MM month`);
  return `${LEDGER_DIR}/${month}.json`;
}
function sortRecords(records) {
  return [...records].sort(
    (a, b) => Date.parse(a.date) - Date.parse(b.date) || a.runId - b.runId || a.runAttempt - b.runAttempt || a.id.localeCompare(b.id)
  );
}
function serializeLedgerFile(records) {
  const file = { schemaVersion: 1, records: sortRecords(records) };
  return toJsonText(file);
}
function parseLedgerFile(text, branch, path) {
  const fail = (message) => {
    throw new LedgerError(branch, path, message);
  };
  let parsed;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return fail(`not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!isObject(parsed)) return fail("not a ledger file (expected a JSON object)");
  if (parsed.schemaVersion !== 1) {
    return fail(`schemaVersion ${JSON.stringify(parsed.schemaVersion)} is not 1`);
  }
  if (!Array.isArray(parsed.records)) return fail('"records" is not an array');
  const records = parsed.records;
  return records.map((r, i) => {
    const problem = recordProblem(r);
    return problem === void 0 ? r : fail(`record ${i + 1}: ${problem}`);
  });
}
var MAX_TAG = 100;
var VERDICTS = ["pass", "warn", "fail"];
var TOTAL_KEYS = [
  "itEnergyKWh",
  "overheadKWh",
  "facilityEnergyKWh",
  "operationalKg",
  "embodiedKg",
  "totalKg"
];
function recordProblem(r) {
  if (!isObject(r)) return "not an object";
  for (const key of ["id", "sha", "ref", "date"]) {
    if (typeof r[key] !== "string" || r[key] === "") return `"${key}" is not a non-empty string`;
  }
  if (Number.isNaN(Date.parse(r.date)))
    return `"date" ${JSON.stringify(r.date)} is not a date`;
  for (const key of ["series", "workflow", "job"]) {
    if (r[key] !== void 0 && (typeof r[key] !== "string" || r[key] === "")) {
      return `"${key}" is not a non-empty string`;
    }
  }
  for (const key of ["runId", "runAttempt"]) {
    if (!Number.isSafeInteger(r[key]) || r[key] < 0) return `"${key}" is not an integer`;
  }
  if (!VERDICTS.includes(r.verdict))
    return `"verdict" ${JSON.stringify(r.verdict)} is not pass, warn or fail`;
  const totals = r.totals;
  if (!isObject(totals)) return '"totals" is not an object';
  for (const key of TOTAL_KEYS) {
    if (!isQuantity(totals[key])) return `"totals.${key}" is not a non-negative number`;
  }
  if (r.tag !== void 0 && (typeof r.tag !== "string" || r.tag === "" || r.tag.length > MAX_TAG))
    return `"tag" is not a non-empty string of at most ${MAX_TAG} characters`;
  if (!Array.isArray(r.jobs)) return '"jobs" is not an array';
  const jobs = r.jobs;
  const bad = jobs.findIndex(
    (j) => !isObject(j) || typeof j.name !== "string" || j.key !== void 0 && typeof j.key !== "string" || !isQuantity(j.totalKg) || !isQuantity(j.itEnergyKWh)
  );
  return bad === -1 ? void 0 : `"jobs[${bad}]" needs a name, totalKg and itEnergyKWh`;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function isQuantity(v) {
  return typeof v === "number" && Number.isFinite(v) && v >= 0;
}

// src/run/project-runs.ts
function recordedRunOf(r) {
  return {
    date: r.date,
    totalKg: r.totals.totalKg,
    facilityEnergyKWh: r.totals.facilityEnergyKWh,
    jobNames: r.jobs.map((j) => j.name),
    ...r.tag !== void 0 ? { tag: r.tag } : {}
  };
}
function projectInputOf(records, options) {
  const seen = /* @__PURE__ */ new Set();
  const runs = [];
  for (const r of records) {
    if (seen.has(r.id) || r.id === options.thisRunId) continue;
    seen.add(r.id);
    runs.push(recordedRunOf(r));
  }
  return { runs, source: options.source, asOf: options.asOf, addThisRun: true };
}

export {
  LedgerError,
  LEDGER_DIR,
  BADGE_SVG_PATH,
  BADGE_JSON_PATH,
  ledgerRecordId,
  recordsOfSeries,
  seriesFound,
  monthOf,
  monthPath,
  sortRecords,
  serializeLedgerFile,
  parseLedgerFile,
  recordProblem,
  recordedRunOf,
  projectInputOf
};
