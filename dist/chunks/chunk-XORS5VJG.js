import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  toJsonText
} from "./chunk-OJ6K6UJO.js";
import {
  GateError
} from "./chunk-35M7DKNE.js";

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

// src/github/ledger-record.ts
var LEDGER_DIR = "ledger";
var BADGE_SVG_PATH = `${LEDGER_DIR}/badge.svg`;
var BADGE_JSON_PATH = `${LEDGER_DIR}/badge.json`;
function ledgerRecordId(runId, runAttempt, key) {
  return `${runId}-${runAttempt}-${key}`;
}
function recordKey(record) {
  return record.id.replace(/^\d+-\d+-/, "");
}
function recordsForKey(records, key) {
  return records.filter((r) => recordKey(r) === key);
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
  if (!Array.isArray(r.jobs)) return '"jobs" is not an array';
  const jobs = r.jobs;
  const bad = jobs.findIndex(
    (j) => !isObject(j) || typeof j.name !== "string" || !isQuantity(j.totalKg) || !isQuantity(j.itEnergyKWh)
  );
  return bad === -1 ? void 0 : `"jobs[${bad}]" needs a name, totalKg and itEnergyKWh`;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function isQuantity(v) {
  return typeof v === "number" && Number.isFinite(v) && v >= 0;
}

export {
  GitHubError,
  ArtifactDownloadError,
  hasStatus,
  isPermissionError,
  callGitHub,
  BADGE_SVG_PATH,
  BADGE_JSON_PATH,
  ledgerRecordId,
  recordsForKey,
  monthOf,
  monthPath,
  sortRecords,
  serializeLedgerFile,
  parseLedgerFile,
  recordProblem
};
