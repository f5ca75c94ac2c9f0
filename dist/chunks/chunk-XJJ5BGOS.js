import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  GitHubError,
  LedgerError,
  callGitHub,
  hasStatus
} from "./chunk-HK7QX5XH.js";
import {
  sleep
} from "./chunk-7C6IEFZO.js";

// src/github/ledger-record.ts
var DEFAULT_LEDGER_BRANCH = "carbon-ledger";
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
  return `${JSON.stringify(file, null, 2)}
`;
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

// src/github/ledger-store.ts
async function readLedger(client, p) {
  const head = await headCommit(client, p, p.branch);
  if (head === void 0) return null;
  const perMonth = await Promise.all(
    [...new Set(p.months)].map((month) => readMonth(client, p, p.branch, head, monthPath(month)))
  );
  return sortRecords(perMonth.flat());
}
async function appendLedgerRecord(client, p) {
  const problem = recordProblem(p.record);
  if (problem !== void 0) throw new Error(`ledger record ${p.record.id}: ${problem}`);
  const path = monthPath(monthOf(p.record.date));
  const maxAttempts = Math.max(1, p.maxAttempts ?? 10);
  const extra = await Promise.all(
    (p.extraFiles ?? []).map(async (f) => ({
      path: f.path,
      sha: await createBlob(client, p, f.content)
    }))
  );
  for (let attempt = 1; ; attempt += 1) {
    const head = await headCommit(client, p, p.branch);
    const records = head === void 0 ? [] : await readMonth(client, p, p.branch, head, path);
    if (head !== void 0 && records.some((r2) => r2.id === p.record.id)) {
      return { commitSha: head, attempts: attempt };
    }
    const blob = await createBlob(client, p, serializeLedgerFile([...records, p.record]));
    const baseTree = head === void 0 ? void 0 : await treeOf(client, p, head);
    const tree = await callGitHub(
      `POST /repos/${p.owner}/${p.repo}/git/trees`,
      () => client.rest.git.createTree({
        owner: p.owner,
        repo: p.repo,
        ...baseTree === void 0 ? {} : { base_tree: baseTree },
        tree: [{ path, sha: blob }, ...extra].map((f) => ({
          path: f.path,
          mode: "100644",
          type: "blob",
          sha: f.sha
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
        parents: head === void 0 ? [] : [head]
      })
    );
    const moved = await moveBranch(client, p, head, commit.data.sha);
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
async function headCommit(client, p, branch) {
  try {
    const { data } = await callGitHub(
      `GET /repos/${p.owner}/${p.repo}/git/ref/heads/${branch}`,
      () => client.rest.git.getRef({ owner: p.owner, repo: p.repo, ref: `heads/${branch}` })
    );
    return data.object.sha;
  } catch (e) {
    if (hasStatus(e, 404)) return void 0;
    throw e;
  }
}
async function treeOf(client, p, commitSha) {
  const { data } = await callGitHub(
    `GET /repos/${p.owner}/${p.repo}/git/commits/${commitSha}`,
    () => client.rest.git.getCommit({ owner: p.owner, repo: p.repo, commit_sha: commitSha })
  );
  return data.tree.sha;
}
async function createBlob(client, p, content) {
  const { data } = await callGitHub(
    `POST /repos/${p.owner}/${p.repo}/git/blobs`,
    () => client.rest.git.createBlob({
      owner: p.owner,
      repo: p.repo,
      content: Buffer.from(content, "utf8").toString("base64"),
      encoding: "base64"
    })
  );
  return data.sha;
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

// src/github/ledger-query.ts
function selectBaseline(records, p) {
  const sorted = sortRecords(records);
  if (p.baseSha !== void 0) {
    const base = p.baseSha.toLowerCase();
    const ofBase = sorted.filter((r) => r.sha.toLowerCase() === base);
    if (ofBase.length > 0) return ofBase[ofBase.length - 1];
  }
  const limit = p.before === void 0 ? Number.POSITIVE_INFINITY : Date.parse(p.before);
  if (Number.isNaN(limit)) throw new Error(`'${String(p.before)}' is not an ISO date`);
  return sorted.filter((r) => Date.parse(r.date) < limit).at(-1);
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
function historyPoints(records, n = 30) {
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

export {
  DEFAULT_LEDGER_BRANCH,
  LEDGER_DIR,
  BADGE_SVG_PATH,
  BADGE_JSON_PATH,
  ledgerRecordId,
  recordKey,
  recordsForKey,
  monthOf,
  monthPath,
  sortRecords,
  serializeLedgerFile,
  parseLedgerFile,
  readLedger,
  appendLedgerRecord,
  selectBaseline,
  monthToDate,
  historyPoints,
  badgeUrl
};
