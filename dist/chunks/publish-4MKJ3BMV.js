import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  CO2E,
  escapeMarkdownText,
  escapeXml,
  fitToLimit,
  formatMass,
  measureChars,
  renderAssumptions,
  renderBaseline,
  renderBudgets,
  renderEnergy,
  renderEquivalents,
  renderErrors,
  renderHeadline,
  renderJobs,
  renderReferences,
  renderTotals,
  renderWarnings,
  sanitizeKey,
  shortSha,
  splitOperational
} from "./chunk-VMZSSDXE.js";
import {
  appendLedgerRecord,
  badgeUrl
} from "./chunk-XJJ5BGOS.js";
import {
  callGitHub,
  hasStatus,
  isPermissionError
} from "./chunk-HK7QX5XH.js";
import "./chunk-TP4C7UAS.js";
import "./chunk-7C6IEFZO.js";
import "./chunk-NIF3RVOA.js";
import "./chunk-3IK3HOMV.js";
import "./chunk-TPE2PYFM.js";
import "./chunk-26LI6IR6.js";

// src/github/comment.ts
var KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
function commentMarker(key) {
  if (!KEY.test(key)) {
    throw new Error(`comment key '${key}' must be 1-64 letters, digits, '.', '_' or '-'`);
  }
  return `<!-- carbon-gate:${key} -->`;
}
async function upsertComment(client, p) {
  const marker = commentMarker(p.key);
  if (!p.body.startsWith(marker)) throw new Error(`comment body must start with ${marker}`);
  const mine = await findOwnComments(client, p, marker);
  const [oldest, ...newer] = mine;
  if (oldest === void 0) return createAndSettle(client, p, marker);
  const updated = await updateComment(client, p, oldest);
  if (updated === void 0) return createAndSettle(client, p, marker);
  await deleteComments(client, p, newer);
  return { id: updated.id, url: updated.html_url, created: false };
}
async function createAndSettle(client, p, marker) {
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
  const mine = await findOwnComments(client, p, marker);
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
async function findOwnComments(client, p, marker) {
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
  const marked = all.filter((c) => (c.body ?? "").trimStart().startsWith(marker) && c.user !== null);
  const bots = marked.filter((c) => c.user?.type === "Bot");
  const others = marked.filter((c) => c.user?.type !== "Bot");
  const viewer = others.length === 0 ? void 0 : await viewerLogin(client);
  const mine = [...bots, ...others.filter((c) => viewer !== void 0 && c.user?.login === viewer)];
  return mine.sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
}
async function viewerLogin(client) {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch {
    return void 0;
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
function round1(x) {
  return String(Math.round(x * 10) / 10);
}
function renderSvg(label, message, color) {
  const labelText = measureText(label);
  const messageText = measureText(message);
  const labelWidth = Math.round(labelText + 2 * PADDING);
  const messageWidth = Math.round(messageText + 2 * PADDING);
  const total = labelWidth + messageWidth;
  const title = escapeXml(`${label}: ${message}`);
  const text = (x, body, length) => {
    const attrs = `x="${round1(x)}" textLength="${round1(length)}" lengthAdjust="spacingAndGlyphs"`;
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
  return {
    svg: renderSvg(BADGE_LABEL, message, color),
    endpoint: { schemaVersion: 1, label: BADGE_LABEL, message, color }
  };
}

// src/report/comment-charts.ts
var HISTORY_POINTS = 30;
function chooseScale(maxKg) {
  if (maxKg >= 1e3) return { factor: 1e3, unit: "t" };
  if (maxKg >= 1) return { factor: 1, unit: "kg" };
  return { factor: 1e-3, unit: "g" };
}
function chartNumber(kg, scale) {
  const value = Number((kg / scale.factor).toFixed(2));
  return String(Object.is(value, -0) ? 0 : value);
}
function renderLifecyclePie(report) {
  const { itKg, overheadKg } = splitOperational(report);
  const parts = [
    { label: "Operational: IT hardware", kg: itKg },
    { label: "Operational: facility overhead", kg: overheadKg },
    { label: "Embodied hardware", kg: report.totals.embodiedKg }
  ].filter((p) => Number.isFinite(p.kg) && p.kg > 0);
  if (parts.length === 0) return "";
  const scale = chooseScale(Math.max(...parts.map((p) => p.kg)));
  const slices = parts.map((p) => ({ ...p, value: chartNumber(p.kg, scale) })).filter((p) => Number(p.value) > 0);
  if (slices.length === 0) return "";
  return [
    "```mermaid",
    "pie showData",
    `    title ${CO2E} by lifecycle part (${scale.unit})`,
    ...slices.map((p) => `    "${p.label}" : ${p.value}`),
    "```"
  ].join("\n");
}
function labelPoint(point, index) {
  const sha = shortSha(point.sha);
  if (sha !== void 0) return sha;
  const date = typeof point.date === "string" ? /^\d{4}-\d{2}-\d{2}/.exec(point.date) : null;
  return date !== null ? date[0] : `#${index + 1}`;
}
function renderHistoryChart(history) {
  const points = (history ?? []).filter((p) => typeof p.totalKg === "number" && Number.isFinite(p.totalKg)).slice(-HISTORY_POINTS);
  if (points.length < 2) return "";
  const scale = chooseScale(Math.max(...points.map((p) => Math.abs(p.totalKg))));
  const labels = points.map((p, i) => `"${labelPoint(p, i)}"`).join(", ");
  const values = points.map((p) => chartNumber(p.totalKg, scale)).join(", ");
  return [
    "```mermaid",
    "xychart-beta",
    `    title "${CO2E} per run, last ${points.length} runs"`,
    `    x-axis [${labels}]`,
    `    y-axis "${scale.unit} ${CO2E}"`,
    `    line [${values}]`,
    "```"
  ].join("\n");
}

// src/report/render-comment.ts
var GITHUB_COMMENT_LIMIT = 65536;
function commentMarker2(key) {
  return `<!-- carbon-gate:${sanitizeKey(key)} -->`;
}
var FULL = {
  jobRows: 15,
  assumptions: true,
  charts: true,
  references: true,
  equivalents: true,
  notices: 20
};
var LEVELS = [
  FULL,
  { ...FULL, jobRows: 5 },
  { ...FULL, jobRows: 0 },
  { ...FULL, jobRows: 0, assumptions: false },
  { ...FULL, jobRows: 0, assumptions: false, charts: false },
  { ...FULL, jobRows: 0, assumptions: false, charts: false, references: false },
  {
    jobRows: 0,
    assumptions: false,
    charts: false,
    references: false,
    equivalents: false,
    notices: 5
  },
  {
    jobRows: 0,
    assumptions: false,
    charts: false,
    references: false,
    equivalents: false,
    notices: 0
  }
];
var SAFE_URL = /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~%/+=&?-]*)?$/;
function renderFooter(runUrl) {
  const run = runUrl === void 0 ? "" : SAFE_URL.test(runUrl) ? ` \xB7 [workflow run](${runUrl})` : ` \xB7 workflow run: ${escapeMarkdownText(runUrl)}`;
  return `<sub>carbon-gate \xB7 lifecycle estimate: operational (IT hardware + facility overhead) + embodied hardware${run}</sub>`;
}
function renderAt(report, opts, d) {
  const charts = d.charts ? [renderLifecyclePie(report), renderHistoryChart(opts.history)].filter((c) => c !== "") : [];
  const blocks = [
    renderHeadline(report),
    renderErrors(report, d.notices),
    renderTotals(report),
    renderEnergy(report),
    renderBudgets(report),
    renderBaseline(report, opts.baselineNote),
    renderJobs(report, { maxRows: d.jobRows, intensityNotes: false }),
    d.equivalents ? renderEquivalents(report, "footnotes") : "",
    d.references ? renderReferences(report, "footnotes") : "",
    ...charts,
    renderWarnings(report, d.notices),
    d.assumptions ? renderAssumptions(report, 100) : "",
    "---",
    renderFooter(opts.runUrl)
  ];
  const body = blocks.filter((b) => b !== "").join("\n\n");
  return `${commentMarker2(opts.key)}
${body}
`;
}
function renderComment(report, opts) {
  const limit = opts.maxChars ?? GITHUB_COMMENT_LIMIT;
  return fitToLimit(LEVELS, (d) => renderAt(report, opts, d), limit, measureChars);
}

// src/action/publish.ts
var FORK_HINT = 'This token may not comment (a pull request from a fork gets a read-only token). The verdict, job summary and outputs are unaffected. To comment on fork PRs, upload the tracker artifacts in the pull_request workflow and run carbon-gate from a workflow_run workflow with `run-id` and `artifact-name` (see docs/workflows.md, "fork-safe pair").';
async function publishComment(client, ctx, prNumber, report, opts) {
  const runUrl = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`;
  const body = renderComment(report, { key: opts.key, history: opts.history, runUrl });
  try {
    const result = await upsertComment(client, {
      owner: ctx.owner,
      repo: ctx.repo,
      issueNumber: prNumber,
      key: opts.key,
      body
    });
    opts.log.info(
      `${result.created ? "Created" : "Updated"} the pull-request comment: ${result.url}`
    );
    return result.url;
  } catch (e) {
    if (isPermissionError(e)) opts.log.warning(FORK_HINT);
    else
      opts.log.warning(
        `Could not post the pull-request comment: ${errorText(e)}. The job summary has the full report.`
      );
    return void 0;
  }
}
async function publishLedger(client, ctx, report, opts) {
  const record = {
    id: `${ctx.runId}-${ctx.runAttempt}-${opts.key}`,
    sha: opts.sha,
    ref: ctx.ref,
    date: (/* @__PURE__ */ new Date()).toISOString(),
    runId: ctx.runId,
    runAttempt: ctx.runAttempt,
    verdict: report.verdict,
    totals: report.totals,
    jobs: report.jobs.map((j) => ({
      name: j.name,
      totalKg: j.totalKg,
      itEnergyKWh: j.itEnergyKWh
    }))
  };
  const extraFiles = [];
  if (opts.config.badge) {
    const badge = renderBadge({
      totalKg: report.totals.totalKg,
      verdict: report.verdict,
      ...opts.budgetUsed !== void 0 ? { budgetUsed: opts.budgetUsed } : {}
    });
    extraFiles.push(
      { path: "ledger/badge.svg", content: badge.svg },
      { path: "ledger/badge.json", content: `${JSON.stringify(badge.endpoint, null, 2)}
` }
    );
  }
  try {
    const result = await appendLedgerRecord(client, {
      owner: ctx.owner,
      repo: ctx.repo,
      branch: opts.config.ledgerBranch,
      record,
      extraFiles
    });
    opts.log.info(
      `Recorded this run in the ledger (${opts.config.ledgerBranch} @ ${result.commitSha.slice(0, 7)})`
    );
    if (!opts.config.badge) return void 0;
    return badgeUrl({
      serverUrl: ctx.serverUrl,
      owner: ctx.owner,
      repo: ctx.repo,
      branch: opts.config.ledgerBranch,
      path: "ledger/badge.svg"
    });
  } catch (e) {
    if (isPermissionError(e)) {
      opts.log.warning(
        `Could not write the ledger: the token may not push to ${opts.config.ledgerBranch}. Give the workflow \`permissions: contents: write\` on pushes to the default branch.`
      );
    } else {
      opts.log.warning(`Could not write the ledger: ${errorText(e)}`);
    }
    return void 0;
  }
}
function errorText(e) {
  const message = e instanceof Error ? e.message : String(e);
  return message.split("\n")[0].slice(0, 300);
}
export {
  FORK_HINT,
  errorText,
  publishComment,
  publishLedger
};
