#!/usr/bin/env node
import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  VERSION,
  collectJobs,
  exitCodeFor,
  readGuardedText,
  readTextFileIn,
  renderJson,
  renderMarkdown,
  renderModelCard,
  writeTextFile
} from "./chunks/chunk-Q55AXEG6.js";
import "./chunks/chunk-4KXNSNIQ.js";
import "./chunks/chunk-N6NF2UAY.js";
import {
  LEDGER_DIR,
  parseLedgerFile,
  recordProblem,
  sortRecords
} from "./chunks/chunk-3YZ6UH22.js";
import {
  FINAL_TAG,
  MAX_CONFIG_BYTES,
  NO_HISTORY,
  computeProjectTotals,
  describeOverhead,
  describeOverheadModes,
  describeWater,
  escapeLine,
  escapeLogLine,
  escapeXml,
  explainVerdict,
  formatAmount,
  formatBudgetValue,
  formatEnergy,
  formatIntensity,
  formatMass,
  formatNumber,
  formatSignedMass,
  formatSignedPercent,
  formatTotalRange,
  formatWholePercent,
  loadConfig,
  maxOf,
  measureBudgetUse,
  nameBudget,
  normalizeVerdict,
  parseJsonNullProto,
  renderProjectText,
  runGate,
  sanitizeText,
  shortSha,
  sortJobsBySize,
  splitOperational,
  sumJobs,
  toJsonText
} from "./chunks/chunk-DOUKNNLT.js";
import {
  FLAG_SETTINGS
} from "./chunks/chunk-XYFSDKLS.js";
import {
  ConfigError,
  isGateError
} from "./chunks/chunk-BE6JZRP7.js";
import "./chunks/chunk-26LI6IR6.js";

// src/cli/run-cli.ts
import { resolve as resolve3 } from "node:path";

// src/platform/progress.ts
var LARGE = 50 * 1024 * 1024;
function createProgress(stderr, env) {
  const enabled = stderr.isTTY === true && env.CI === void 0 && env.TERM !== "dumb";
  let current;
  let drawn = false;
  const clear = () => {
    if (drawn) stderr.write("\r\x1B[2K");
    drawn = false;
  };
  return {
    file(path, size) {
      clear();
      current = enabled && size !== void 0 && size > LARGE ? { path, size } : void 0;
    },
    update(bytes) {
      if (!current) return;
      const fraction = Math.min(1, bytes / current.size);
      const width2 = 30;
      const filled = Math.round(fraction * width2);
      const bar = `${"\u2588".repeat(filled)}${"\u2591".repeat(width2 - filled)}`;
      const mb = (n) => (n / 1048576).toFixed(0);
      stderr.write(
        `\r\x1B[2K${bar} ${(fraction * 100).toFixed(0).padStart(3)} %  ${mb(bytes)}/${mb(current.size)} MB  ${escapeLine(current.path)}`
      );
      drawn = true;
    },
    done() {
      clear();
      current = void 0;
    }
  };
}

// src/report/render-text.ts
var MAX_JOB_ROWS = 50;
var MAX_NOTICES = 10;
var EQUIVALENTS_SHOWN = 3;
var ANSI = { bold: "1", dim: "2", red: "31", green: "32", yellow: "33" };
var VERDICT_COLOURS = {
  pass: ANSI.green,
  warn: ANSI.yellow,
  fail: ANSI.red
};
function makePaint(color) {
  return color ? (text, code2) => `\x1B[${code2}m${text}\x1B[0m` : (text) => text;
}
function width(text) {
  return Array.from(text).length;
}
function alignColumns(rows, align) {
  const widths = align.map((_, c) => maxOf(rows.map((r) => width(r[c] ?? ""))));
  return rows.map(
    (r) => r.map((cell, c) => {
      const pad = " ".repeat(Math.max(0, (widths[c] ?? 0) - width(cell)));
      return align[c] === "r" ? pad + cell : cell + pad;
    }).join("  ").trimEnd()
  );
}
function indent(lines) {
  return lines.map((l) => `  ${l}`);
}
function renderTotals(report, paint) {
  const t = report.totals;
  const { itKg, overheadKg } = splitOperational(report.totals, report.jobs);
  const modes = report.jobs.length > 0 ? ` (${describeOverheadModes(report.jobs)})` : "";
  const rows = alignColumns(
    [
      ["Operational: IT hardware", formatMass(itKg), formatEnergy(t.itEnergyKWh)],
      [
        `Operational: facility overhead${modes}`,
        formatMass(overheadKg),
        formatEnergy(t.overheadKWh)
      ],
      ["Embodied hardware (amortised)", formatMass(t.embodiedKg), ""],
      ["Total", formatTotalRange(t), formatEnergy(t.facilityEnergyKWh)]
    ],
    ["l", "r", "r"]
  );
  const last = rows.length - 1;
  const water = describeWater(report.jobs);
  return [
    paint("Lifecycle CO2e", ANSI.bold),
    ...indent(rows.map((r, i) => i === last ? paint(r, ANSI.bold) : r)),
    ...water !== void 0 ? indent([water]) : []
  ];
}
function jobRow(job) {
  return [
    sanitizeText(job.name, 40),
    sanitizeText(job.source.format, 16),
    formatEnergy(job.itEnergyKWh),
    `${formatIntensity(job.intensityGPerKWh)} (${sanitizeText(job.intensitySource, 16)})`,
    describeOverhead(job),
    formatMass(job.totalKg)
  ];
}
function renderJobs(report, paint) {
  const jobs = sortJobsBySize(report.jobs);
  if (jobs.length === 0) return [];
  const rows = [
    ["Job", "Format", "IT energy", "Intensity", "Overhead", "CO2e"],
    ...jobs.slice(0, MAX_JOB_ROWS).map(jobRow)
  ];
  const rest = jobs.slice(MAX_JOB_ROWS);
  if (rest.length > 0) {
    const sum = sumJobs(rest);
    rows.push([
      `\u2026 ${formatNumber(rest.length, 0)} more jobs`,
      "",
      formatEnergy(sum.itEnergyKWh),
      "",
      "",
      formatMass(sum.totalKg)
    ]);
  }
  const lines = alignColumns(rows, ["l", "l", "r", "l", "l", "r"]);
  return [
    paint(`Jobs (${jobs.length})`, ANSI.bold),
    ...indent([paint(lines[0], ANSI.dim), ...lines.slice(1)])
  ];
}
function budgetStatus(b, paint) {
  if (!b.exceeded) return "within";
  return b.action === "fail" ? paint("EXCEEDED (fails)", ANSI.red) : paint("exceeded (warning)", ANSI.yellow);
}
function renderBudgets(report, paint) {
  if (report.budgets.length === 0)
    return ["Budget: none set (--budget 25kg, or budget: in .carbon-gate.yml)"];
  const rows = report.budgets.map((b) => [
    nameBudget(b),
    `limit ${formatBudgetValue(b, b.limit)}`,
    `actual ${formatBudgetValue(b, b.actual)}`,
    `used ${formatWholePercent(measureBudgetUse(b))}`
  ]);
  const lines = alignColumns(rows, ["l", "r", "r", "r"]);
  return [
    paint("Budgets", ANSI.bold),
    ...indent(lines.map((l, i) => `${l}  ${budgetStatus(report.budgets[i], paint)}`))
  ];
}
function renderBaseline(report) {
  const b = report.baseline;
  if (b === null) return ["Baseline: none (pass --baseline FILE to compare with an earlier report)"];
  const sha = shortSha(b.sha);
  return [
    `Baseline: ${formatSignedMass(b.deltaKg)} (${formatSignedPercent(b.deltaPercent)}) from ${formatMass(b.totalKg)}${sha !== void 0 ? ` at ${sha}` : ""}`
  ];
}
function renderEquivalents(report, paint) {
  const shown = report.equivalents.slice(0, EQUIVALENTS_SHOWN);
  if (shown.length === 0) return [];
  return [
    paint("Roughly the same as", ANSI.bold),
    ...indent(
      shown.map(
        (e) => `${sanitizeText(e.label, 80)}: ${formatAmount(e.amount)} ${sanitizeText(e.unit, 20)}`
      )
    )
  ];
}
function renderNotices(title, items, paint, code2) {
  if (items.length === 0) return [];
  const listed = items.slice(0, MAX_NOTICES).map((w) => `- ${sanitizeText(w, 300)}`);
  if (items.length > MAX_NOTICES) listed.push(`- \u2026 and ${items.length - MAX_NOTICES} more`);
  return [paint(`${title} (${items.length})`, code2), ...indent(listed)];
}
function renderText(report, opts) {
  const paint = makePaint(opts.color);
  const verdict = normalizeVerdict(report.verdict);
  const head = `carbon-gate: ${paint(verdict.toUpperCase(), `${ANSI.bold};${VERDICT_COLOURS[verdict]}`)} \xB7 ${formatTotalRange(report.totals)} CO2e \xB7 ${explainVerdict(report)}`;
  const sections = [
    [head],
    renderNotices("Errors", report.errors, paint, ANSI.red),
    renderTotals(report, paint),
    renderJobs(report, paint),
    renderBudgets(report, paint),
    renderBaseline(report),
    renderEquivalents(report, paint),
    renderNotices("Warnings", report.warnings, paint, ANSI.yellow)
  ].filter((s) => s.length > 0);
  return `${sections.map((s) => s.join("\n")).join("\n\n")}
`;
}

// src/cli/args.ts
import { parseArgs } from "node:util";
var FORMATS = ["text", "markdown", "json", "junit", "code-quality", "model-card"];
var OWN_FLAGS = {
  config: {
    type: "string",
    value: "FILE",
    help: "configuration file (default: .carbon-gate.yml when present)"
  },
  baseline: {
    type: "string",
    value: "FILE",
    help: "an earlier run's JSON report, or a ledger month file, to compare with"
  },
  format: {
    type: "string",
    value: FORMATS.join("|"),
    help: "what goes to stdout (default text; junit: one test case per budget; code-quality: GitLab Code Quality JSON; model-card: the Hugging Face co2_eq_emissions block)"
  },
  output: { type: "string", value: "FILE", help: "also write the JSON report there" },
  "as-of": {
    type: "string",
    value: "DATE",
    help: "carbon-gate ledger: the day this month and year are taken at (default today, UTC)"
  },
  "no-color": { type: "boolean", help: "no colour (NO_COLOR is honoured too)" },
  color: { type: "boolean" },
  debug: { type: "boolean", help: "show stack traces of unexpected errors" },
  help: { type: "boolean", short: "h", help: "this help" },
  version: { type: "boolean", short: "v", help: "the version" }
};
var FLAG_OPTIONS = {
  ...Object.fromEntries(FLAG_SETTINGS.map((s) => [s.input, { type: "string" }])),
  ...Object.fromEntries(
    Object.entries(OWN_FLAGS).map(([name, f]) => [
      name,
      f.short === void 0 ? { type: f.type } : { type: f.type, short: f.short }
    ])
  )
};
function parseCliArgs(argv) {
  const { values, positionals } = parseFlags(argv);
  if (values.help === true) return { kind: "help" };
  if (values.version === true) return { kind: "version" };
  const [command, ...rest] = positionals;
  if (command === "help") return { kind: "help" };
  if (command === "ledger") return parseLedgerArgs(values, rest);
  const paths = command === void 0 || command === "check" ? rest : positionals;
  const format = values.format ?? "text";
  const known = FORMATS.find((f) => f === format);
  if (typeof format !== "string" || known === void 0) {
    throw new ConfigError(
      "--format",
      `must be one of ${FORMATS.join(", ")}, got "${String(format)}"`
    );
  }
  const inputs = {};
  for (const { input } of FLAG_SETTINGS) {
    const v = values[input];
    if (typeof v === "string") inputs[input] = v;
  }
  if (paths.length > 0) inputs.artifacts = paths.join("\n");
  const text = (name) => {
    const v = values[name];
    return typeof v === "string" ? v : void 0;
  };
  return {
    kind: "check",
    paths,
    inputs,
    configPath: text("config"),
    baseline: text("baseline"),
    format: known,
    output: text("output"),
    color: values["no-color"] === true ? false : values.color === true ? true : void 0
  };
}
function parseFlags(argv) {
  try {
    const parsed = parseArgs({
      args: [...argv],
      options: FLAG_OPTIONS,
      allowPositionals: true,
      strict: true
    });
    return {
      values: parsed.values,
      positionals: parsed.positionals
    };
  } catch (e) {
    throw describeArgError(e);
  }
}
function describeArgError(e) {
  const message = e instanceof Error ? e.message : String(e);
  const option = /'(--?[\w-]+)/.exec(message)?.[1] ?? "arguments";
  const code2 = e.code;
  if (code2 === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    return new ConfigError(option, "unknown option (carbon-gate --help lists them)");
  }
  if (code2 === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return new ConfigError(
      option,
      `needs a value; for a value that starts with '-', write ${option}=VALUE`
    );
  }
  return new ConfigError(option, message.split("\n")[0]);
}
function settingInputs(values) {
  const inputs = {};
  for (const { input } of FLAG_SETTINGS) {
    const v = values[input];
    if (typeof v === "string") inputs[input] = v;
  }
  return inputs;
}
function parseLedgerArgs(values, rest) {
  if (rest.length !== 1) {
    throw new ConfigError(
      "ledger",
      "needs one folder: carbon-gate ledger FOLDER (a ledger branch checkout or its ledger/ folder)"
    );
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") {
    throw new ConfigError(
      "--format",
      `carbon-gate ledger writes text or json, got "${String(format)}"`
    );
  }
  const text = (name) => {
    const v = values[name];
    return typeof v === "string" ? v : void 0;
  };
  const configPath = text("config");
  const asOf = text("as-of");
  return {
    kind: "ledger",
    folder: rest[0],
    inputs: settingInputs(values),
    format,
    ...configPath !== void 0 ? { configPath } : {},
    ...asOf !== void 0 ? { asOf } : {}
  };
}

// src/cli/baseline-file.ts
import { resolve } from "node:path";
var MAX_BASELINE_BYTES = 500 * 1024 * 1024;
function readBaselineFile(cwd, path) {
  const read = readGuardedText(resolve(cwd, path), { maxBytes: MAX_BASELINE_BYTES });
  switch (read.kind) {
    case "missing":
      throw new ConfigError("--baseline", `${path}: no such file`);
    case "refused":
      throw new ConfigError("--baseline", `${path}: ${read.reason}`);
    case "text":
      return parseBaselineFile(read.text, path, "--baseline");
  }
}
var NOT_A_BASELINE = "not a carbon-gate JSON report (schemaVersion 1 with totals.totalKg) nor a ledger file (schemaVersion 1 with records)";
function parseBaselineFile(text, path, label) {
  let data;
  try {
    data = parseJsonNullProto(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new ConfigError(label, `${path}: not valid JSON`);
  }
  if (!isObject(data) || data.schemaVersion !== 1) {
    throw new ConfigError(label, `${path}: ${NOT_A_BASELINE}`);
  }
  if (Array.isArray(data.records)) return latestRecord(data.records, path, label);
  const totalKg = isObject(data.totals) ? data.totals.totalKg : void 0;
  if (typeof totalKg !== "number" || !Number.isFinite(totalKg) || totalKg < 0) {
    throw new ConfigError(label, `${path}: ${NOT_A_BASELINE}`);
  }
  return { totalKg, ...typeof data.sha === "string" ? { sha: data.sha } : {} };
}
function latestRecord(records, path, label) {
  records.forEach((r, i) => {
    const problem = recordProblem(r);
    if (problem !== void 0) throw new ConfigError(label, `${path}: record ${i + 1}: ${problem}`);
  });
  const latest = sortRecords(records).at(-1);
  if (latest === void 0) throw new ConfigError(label, `${path}: the ledger file has no record`);
  return { totalKg: latest.totals.totalKg, sha: latest.sha };
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// src/cli/config-files.ts
function readCliConfigFiles(cwd) {
  return readTextFileIn(cwd, {
    maxBytes: MAX_CONFIG_BYTES,
    dirLabel: "the working directory",
    confineNamed: false
  });
}

// src/report/render-code-quality.ts
import { createHash } from "node:crypto";
function locate(message, fallback) {
  const withLine = /^(.+?):(\d+): /.exec(message);
  if (withLine) return { path: withLine[1], line: Number(withLine[2]) };
  const withPath = /^([^\s:-][^\s:]*[./][^\s:]*): /.exec(message);
  return withPath ? { path: withPath[1], line: 1 } : fallback;
}
function fingerprint(...parts) {
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 32);
}
function issue(checkName, description, severity, at, identity) {
  return {
    description: sanitizeText(description, 1e3),
    check_name: checkName,
    fingerprint: fingerprint(checkName, at.path, identity),
    severity,
    location: { path: escapeLine(at.path), lines: { begin: at.line } }
  };
}
function budgetIssue(b, at) {
  const use = formatWholePercent(measureBudgetUse(b));
  const what = `${formatBudgetValue(b, b.actual)} against a limit of ${formatBudgetValue(b, b.limit)} (${use} used)`;
  const effect = b.action === "fail" ? "fails the check" : "warning only";
  return issue(
    `carbon-gate/budget-${b.kind}`,
    `carbon-gate: ${nameBudget(b)} budget exceeded: ${what}; ${effect}`,
    b.action === "fail" ? "major" : "minor",
    at,
    b.kind
  );
}
function renderCodeQuality(report) {
  const largest = sortJobsBySize(report.jobs)[0];
  const fallback = largest ? { path: largest.source.path, line: largest.source.line ?? 1 } : { path: ".", line: 1 };
  const issues = [
    ...report.budgets.filter((b) => b.exceeded).map((b) => budgetIssue(b, fallback)),
    ...report.errors.map(
      (e) => issue("carbon-gate/unusable-input", `carbon-gate: ${e}`, "critical", locate(e, fallback), e)
    ),
    ...report.warnings.map(
      (w) => issue("carbon-gate/warning", `carbon-gate: ${w}`, "info", locate(w, fallback), w)
    )
  ];
  const seen = /* @__PURE__ */ new Set();
  const unique = issues.filter(
    (i) => seen.has(i.fingerprint) ? false : (seen.add(i.fingerprint), true)
  );
  return toJsonText(unique);
}

// src/report/render-junit.ts
var SUITE = "carbon-gate";
var MAX_LINE = 1e3;
function xmlText(untrusted, maxLength = MAX_LINE) {
  const wellFormed = sanitizeText(untrusted, maxLength).replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g,
    "\uFFFD"
  );
  return escapeXml(wellFormed);
}
function describeBudgetUse(b) {
  const limit = formatBudgetValue(b, b.limit);
  const actual = formatBudgetValue(b, b.actual);
  const use = formatWholePercent(measureBudgetUse(b));
  return `${actual} against a limit of ${limit} (${use} used)`;
}
function budgetCase(b) {
  const base = { name: `${nameBudget(b)} budget`, classname: `${SUITE}.budgets` };
  const use = describeBudgetUse(b);
  if (b.exceeded && b.action === "fail") {
    const message = `exceeded: ${use}`;
    return { ...base, outcome: { kind: "failure", message, text: `${message}; fails the check` } };
  }
  const note = b.exceeded ? `exceeded, warning only: ${use}` : `within budget: ${use}`;
  return { ...base, outcome: { kind: "pass", note } };
}
function inputsCase(errors) {
  const count = `${errors.length} input${errors.length === 1 ? "" : "s"} could not be used`;
  return {
    name: "inputs",
    classname: `${SUITE}.inputs`,
    outcome: { kind: "error", message: count, text: errors.map((e) => xmlText(e)).join("\n") }
  };
}
function renderCase(c) {
  const open = `    <testcase name="${xmlText(c.name)}" classname="${xmlText(c.classname)}">`;
  const { outcome } = c;
  const body = outcome.kind === "pass" ? `      <system-out>${xmlText(outcome.note)}</system-out>` : `      <${outcome.kind} message="${xmlText(outcome.message)}" type="${outcome.kind === "failure" ? "budget-exceeded" : "unusable-input"}">${outcome.text}</${outcome.kind}>`;
  return [open, body, "    </testcase>"];
}
function summaryLines(report) {
  const { totals } = report;
  return [
    `${normalizeVerdict(report.verdict)}: ${formatMass(totals.totalKg)} CO2e (${explainVerdict(report)})`,
    `operational ${formatMass(totals.operationalKg)}, embodied ${formatMass(totals.embodiedKg)}, facility energy ${formatEnergy(totals.facilityEnergyKWh)}, ${report.jobs.length} jobs`,
    ...report.jobs.map((j) => `job ${j.name} (${j.source.path}): ${formatMass(j.totalKg)} CO2e`),
    ...report.warnings.map((w) => `warning: ${w}`)
  ].map((line) => xmlText(line));
}
function renderJunit(report) {
  const cases = [
    ...report.budgets.map(budgetCase),
    ...report.errors.length > 0 ? [inputsCase(report.errors)] : []
  ];
  const failures = cases.filter((c) => c.outcome.kind === "failure").length;
  const errors = cases.filter((c) => c.outcome.kind === "error").length;
  const counts = `tests="${cases.length}" failures="${failures}" errors="${errors}"`;
  const { totals } = report;
  const properties = [
    ["verdict", normalizeVerdict(report.verdict)],
    ["total-kg", totals.totalKg],
    ["operational-kg", totals.operationalKg],
    ["embodied-kg", totals.embodiedKg],
    ["energy-kwh", totals.facilityEnergyKWh],
    ["jobs", report.jobs.length]
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${SUITE}" ${counts}>`,
    `  <testsuite name="${SUITE}" ${counts} skipped="0">`,
    "    <properties>",
    ...properties.map(([n, v]) => `      <property name="${n}" value="${xmlText(String(v))}"/>`),
    "    </properties>",
    ...cases.flatMap(renderCase),
    `    <system-out>${summaryLines(report).join("\n")}</system-out>`,
    "  </testsuite>",
    "</testsuites>",
    ""
  ].join("\n");
}

// src/cli/ledger-command.ts
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve as resolve2 } from "node:path";
var MONTH_FILE = /^\d{4}-(0[1-9]|1[0-2])\.json$/;
var MAX_MONTH_FILES = 1e3;
async function runLedgerCommand(io, args, now) {
  const config = await loadConfig(readCliConfigFiles(io.cwd), {
    inputs: args.inputs,
    inputLabel: (name) => `--${name}`,
    ...args.configPath !== void 0 ? { configPath: args.configPath } : {}
  });
  const asOf = parseAsOf(args.asOf, now);
  const { folder, files } = listMonthFiles(io.cwd, args.folder);
  const records = files.flatMap((file) => readMonthFile(io.cwd, folder, file));
  const totals = computeProjectTotals(records.map(toRecordedRun), {
    asOf,
    rule: { tag: FINAL_TAG, jobs: config.finalJobs },
    source: relative(io.cwd, folder) || "."
  });
  io.stdout.write(args.format === "json" ? toJsonText(totals) : renderProjectText(totals));
  return 0;
}
function parseAsOf(text, now) {
  if (text === void 0) return now;
  const ms = Date.parse(text);
  if (Number.isNaN(ms))
    throw new ConfigError("--as-of", `"${text}" is not a date (e.g. 2026-03-15)`);
  return new Date(ms);
}
function listMonthFiles(cwd, given) {
  let folder = resolve2(cwd, given);
  const isDir = (p) => {
    try {
      return statSync(p).isDirectory();
    } catch {
      return false;
    }
  };
  if (!isDir(folder)) throw new ConfigError("ledger", `${given}: no such folder`);
  if (isDir(join(folder, LEDGER_DIR))) folder = join(folder, LEDGER_DIR);
  const files = readdirSync(folder).filter((f) => MONTH_FILE.test(f)).sort();
  if (files.length === 0) {
    throw new ConfigError("ledger", `${given}: no ledger month files (YYYY-MM.json) found`);
  }
  if (files.length > MAX_MONTH_FILES) {
    throw new ConfigError("ledger", `${given}: more than ${MAX_MONTH_FILES} month files`);
  }
  return { folder, files };
}
function readMonthFile(cwd, folder, file) {
  const path = join(folder, file);
  const shown = relative(cwd, path) || file;
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new ConfigError(shown, `cannot be read (${e.code ?? "error"})`);
  }
  return parseLedgerFile(text, "local", shown);
}
function toRecordedRun(r) {
  return {
    date: r.date,
    totalKg: r.totals.totalKg,
    facilityEnergyKWh: r.totals.facilityEnergyKWh,
    jobNames: r.jobs.map((j) => j.name),
    ...r.tag !== void 0 ? { tag: r.tag } : {}
  };
}

// src/cli/usage.ts
var INTRO = `Usage: carbon-gate check [PATH|DIR|GLOB ...] [options]

Reads the energy your training jobs tracked (CodeCarbon, carbontracker, Eco2AI, Zeus,
nvidia-smi, DCGM, experiment-impact-tracker, *.carbon.json), estimates their lifecycle
emissions (operational + facility overhead + embodied hardware) and checks your budgets.
With no path, the working directory is searched.
`;
var OUTRO = "Exit status: 0 within budget (or warn), 1 over budget with fail, 2 unusable input.\n";
var COLUMN = 25;
function describeFlag(left, help) {
  const gap = left.length > COLUMN - 1 ? "   " : " ";
  return `  ${left.padEnd(COLUMN - 1)}${gap}${help}`;
}
function listFlags() {
  const own = (names) => names.flatMap((name) => {
    const flag = OWN_FLAGS[name];
    if (flag?.help === void 0) return [];
    const short = flag.short !== void 0 ? `-${flag.short}, ` : "";
    const value = flag.value !== void 0 ? ` ${flag.value}` : "";
    return [describeFlag(`${short}--${name}${value}`, flag.help)];
  });
  const settings = FLAG_SETTINGS.map(
    (s) => describeFlag(`--${s.input} ${s.flag.value}`, s.flag.help)
  );
  const rest = Object.keys(OWN_FLAGS).filter((name) => name !== "config");
  return [...own(["config"]), ...settings, ...own(rest)];
}
var USAGE = `${INTRO}
Options:
${listFlags().join("\n")}

${OUTRO}`;

// src/cli/run-cli.ts
function writeError(io, line) {
  io.stderr.write(`${escapeLogLine(`carbon-gate: error: ${line}`)}
`);
}
function fail(io, line) {
  writeError(io, line);
  return 2;
}
async function runCli(io) {
  try {
    return await runCommand(io);
  } catch (e) {
    if (isGateError(e)) return fail(io, e.line);
    const message = e instanceof Error ? e.message : String(e);
    if (io.argv.includes("--debug") && e instanceof Error && e.stack) {
      io.stderr.write(`${e.stack}
`);
    }
    return fail(io, `unexpected: ${message} (run with --debug for details and report it)`);
  }
}
async function runCommand(io) {
  const args = parseCliArgs(io.argv);
  switch (args.kind) {
    case "help":
      io.stdout.write(USAGE);
      return 0;
    case "version":
      io.stdout.write(`${VERSION}
`);
      return 0;
    case "check":
      return check(io, args);
    case "ledger":
      return runLedgerCommand(io, args, /* @__PURE__ */ new Date());
  }
}
async function check(io, args) {
  const config = await loadConfig(readCliConfigFiles(io.cwd), {
    inputs: args.inputs,
    inputLabel: (name) => `--${name}`,
    ...args.configPath !== void 0 ? { configPath: args.configPath } : {}
  });
  const { report } = await runGate(cliPorts(io, config, args), { config });
  if (args.output !== void 0) writeOutputFile(io, args.output, report);
  io.stdout.write(
    renderOutput(report, args.format, wantsColor(io, args.color), config.trainingType)
  );
  for (const error of report.errors) writeError(io, error);
  return exitCodeFor(report);
}
function cliPorts(io, config, args) {
  const baseline = args.baseline;
  return {
    readJobs: async (options) => {
      const progress = createProgress(io.stderr, io.env);
      const read = { ...options, onProgress: progress.update };
      const collected = await collectJobs(config.artifacts, {
        cwd: io.cwd,
        read,
        onFile: progress.file
      });
      progress.done();
      return collected;
    },
    readInference: (paths, options) => collectJobs(paths, { cwd: io.cwd, read: options, onFile: () => void 0 }),
    ...baseline !== void 0 ? {
      readHistory: () => Promise.resolve({ ...NO_HISTORY, baseline: readBaselineFile(io.cwd, baseline) })
    } : {}
  };
}
function writeOutputFile(io, path, report) {
  try {
    writeTextFile(resolve3(io.cwd, path), renderJson(report));
  } catch (e) {
    const code2 = e.code ?? "error";
    throw new ConfigError(
      "--output",
      `${path}: cannot be written (${code2}); does its directory exist?`
    );
  }
}
function renderOutput(report, format, color, trainingType) {
  switch (format) {
    case "json":
      return renderJson(report);
    case "markdown":
      return renderMarkdown(report);
    case "text":
      return renderText(report, { color });
    case "junit":
      return renderJunit(report);
    case "code-quality":
      return renderCodeQuality(report);
    case "model-card":
      return renderModelCard(report, {
        version: VERSION,
        ...trainingType !== void 0 ? { trainingType } : {}
      });
  }
}
function wantsColor(io, flag) {
  if (flag !== void 0) return flag;
  if (io.env.NO_COLOR !== void 0 && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== void 0 && io.env.FORCE_COLOR !== "0") return true;
  return io.stdoutIsTTY === true && io.env.TERM !== "dumb";
}

// src/bin/cli.ts
var code = await runCli({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  stdoutIsTTY: process.stdout.isTTY
});
process.exitCode = code;
