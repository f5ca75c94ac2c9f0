#!/usr/bin/env node
import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  collectJobs,
  evaluateGate,
  exitCodeFor,
  renderMarkdown,
  resolveConfigLazily
} from "./chunks/chunk-GHSJU6O7.js";
import "./chunks/chunk-HWRLGNU7.js";
import {
  computeBudgetUse,
  describeOverhead,
  describeOverheadModes,
  explainVerdict,
  formatAmount,
  formatBudgetValue,
  formatEnergy,
  formatIntensity,
  formatMass,
  formatNumber,
  formatSignedMass,
  formatSignedPercent,
  formatWholePercent,
  nameBudget,
  normalizeVerdict,
  sanitizeText,
  shortSha,
  sortJobsBySize,
  splitOperational,
  sumJobs
} from "./chunks/chunk-VMZSSDXE.js";
import {
  ConfigError,
  isGateError
} from "./chunks/chunk-TP4C7UAS.js";
import "./chunks/chunk-26LI6IR6.js";

// src/cli.ts
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

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
        `\r\x1B[2K${bar} ${(fraction * 100).toFixed(0).padStart(3)} %  ${mb(bytes)}/${mb(current.size)} MB  ${current.path}`
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
  const widths = align.map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ""))));
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
  const { itKg, overheadKg } = splitOperational(report);
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
      ["Total", formatMass(t.totalKg), formatEnergy(t.facilityEnergyKWh)]
    ],
    ["l", "r", "r"]
  );
  const last = rows.length - 1;
  return [
    paint("Lifecycle CO2e", ANSI.bold),
    ...indent(rows.map((r, i) => i === last ? paint(r, ANSI.bold) : r))
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
    `used ${formatWholePercent(computeBudgetUse(b))}`
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
  const head = `carbon-gate: ${paint(verdict.toUpperCase(), `${ANSI.bold};${VERDICT_COLOURS[verdict]}`)} \xB7 ${formatMass(report.totals.totalKg)} CO2e \xB7 ${explainVerdict(report)}`;
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

// src/version.ts
var VERSION = "0.1.0";

// src/cli.ts
var USAGE = `Usage: carbon-gate check [PATH|DIR|GLOB ...] [options]

Reads the energy your training jobs tracked (CodeCarbon, carbontracker, Eco2AI, Zeus,
nvidia-smi, DCGM, experiment-impact-tracker, *.carbon.json), estimates their lifecycle
emissions (operational + facility overhead + embodied hardware) and checks your budgets.
With no path, the working directory is searched.

Options:
  --config FILE            configuration file (default: .carbon-gate.yml when present)
  --budget MASS            per-run budget: 800g, 25kg, 1.2t
  --baseline FILE          a JSON report of an earlier run to compare with
  --max-increase PCT       flag growth over the baseline beyond this, e.g. 10%
  --on-exceed fail|warn    what an exceeded budget does (default fail)
  --on-increase fail|warn  what an exceeded --max-increase does (default warn)
  --region CODE            FRA, FR or provider:region (gcp:us-central1)
  --intensity G            grid intensity in g CO2e/kWh, overrides every other source
  --pue N                  facility PUE (not with overhead mode idle)
  --timezone ZONE          IANA zone of trackers' local timestamps (default UTC)
  --poll-interval DURATION polling interval of logs without timestamps (dmon), e.g. 1s
  --max-gap DURATION       power-log gaps longer than this are not bridged (default 60s)
  --format text|markdown|json   what goes to stdout (default text)
  --output FILE            also write the JSON report there
  --no-color               no colour (NO_COLOR is honoured too)
  --debug                  show stack traces of unexpected errors
  -h, --help               this help
  -v, --version            the version

Exit status: 0 within budget (or warn), 1 over budget with fail, 2 unusable input.
`;
var FLAG_OPTIONS = {
  config: { type: "string" },
  budget: { type: "string" },
  baseline: { type: "string" },
  "max-increase": { type: "string" },
  "on-exceed": { type: "string" },
  "on-increase": { type: "string" },
  region: { type: "string" },
  intensity: { type: "string" },
  pue: { type: "string" },
  timezone: { type: "string" },
  "poll-interval": { type: "string" },
  "max-gap": { type: "string" },
  format: { type: "string" },
  output: { type: "string" },
  "no-color": { type: "boolean" },
  color: { type: "boolean" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
var CONFIG_FLAGS = [
  "budget",
  "max-increase",
  "on-exceed",
  "on-increase",
  "region",
  "intensity",
  "pue",
  "timezone",
  "poll-interval",
  "max-gap"
];
function fail(io, line) {
  io.stderr.write(`carbon-gate: error: ${line}
`);
  return 2;
}
async function runCli(io) {
  let debug = io.argv.includes("--debug");
  try {
    return await runChecked(io, (d) => debug = d);
  } catch (e) {
    if (isGateError(e)) return fail(io, e.line);
    const message = e instanceof Error ? e.message : String(e);
    if (debug && e instanceof Error && e.stack) io.stderr.write(`${e.stack}
`);
    return fail(io, `unexpected: ${message} (run with --debug for details and report it)`);
  }
}
async function runChecked(io, setDebug) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...io.argv],
      options: FLAG_OPTIONS,
      allowPositionals: true,
      strict: true
    });
  } catch (e) {
    return fail(io, describeArgError(e));
  }
  const { values, positionals } = parsed;
  setDebug(values.debug === true);
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${VERSION}
`);
    return 0;
  }
  const [command, ...rest] = positionals;
  let paths;
  if (command === void 0 || command === "check") paths = rest;
  else if (command === "help") {
    io.stdout.write(USAGE);
    return 0;
  } else paths = positionals;
  const format = values.format ?? "text";
  if (format !== "text" && format !== "markdown" && format !== "json") {
    throw new ConfigError("--format", `must be text, markdown or json, got "${format}"`);
  }
  const config = await loadConfig(io, values, paths);
  const baseline = values.baseline !== void 0 ? readBaseline(io.cwd, values.baseline) : null;
  const progress = createProgress(io.stderr, io.env);
  const collected = await collectJobs(config.artifacts, {
    cwd: io.cwd,
    read: {
      timezone: config.timezone,
      maxGapSeconds: config.maxGapSeconds,
      ...config.pollIntervalSeconds !== void 0 ? { pollIntervalSeconds: config.pollIntervalSeconds } : {},
      onProgress: progress.update
    },
    onFile: progress.file
  });
  progress.done();
  const { report } = evaluateGate({
    jobs: collected.jobs,
    notices: collected.notices,
    errors: collected.errors,
    config,
    baseline
  });
  if (values.output !== void 0) {
    try {
      writeFileSync(resolve(io.cwd, values.output), `${JSON.stringify(report, null, 2)}
`);
    } catch (e) {
      const code2 = e.code ?? "error";
      throw new ConfigError(
        "--output",
        `${values.output}: cannot be written (${code2}); does its directory exist?`
      );
    }
  }
  io.stdout.write(render(report, format, colorWanted(io, values)));
  for (const error of report.errors) io.stderr.write(`carbon-gate: error: ${error}
`);
  return exitCodeFor(report);
}
function render(report, format, color) {
  switch (format) {
    case "json":
      return `${JSON.stringify(report, null, 2)}
`;
    case "markdown":
      return renderMarkdown(report);
    case "text":
      return renderText(report, { color });
  }
}
function colorWanted(io, values) {
  if (values["no-color"]) return false;
  if (values.color) return true;
  if (io.env.NO_COLOR !== void 0 && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== void 0 && io.env.FORCE_COLOR !== "0") return true;
  return io.stdoutIsTTY === true && io.env.TERM !== "dumb";
}
async function loadConfig(io, values, paths) {
  const inputs = {};
  for (const name of CONFIG_FLAGS) {
    const v = values[name];
    if (typeof v === "string") inputs[name] = v;
  }
  if (paths.length > 0) inputs.artifacts = paths.join("\n");
  const explicit = typeof values.config === "string" ? values.config : void 0;
  let file;
  if (explicit !== void 0) {
    const abs = resolve(io.cwd, explicit);
    if (!existsSync(abs)) throw new ConfigError("--config", `${explicit}: no such file`);
    file = { path: explicit, text: readFileSync(abs, "utf8") };
  } else {
    for (const name of [".carbon-gate.yml", ".carbon-gate.yaml"]) {
      const abs = resolve(io.cwd, name);
      if (existsSync(abs)) {
        file = { path: name, text: readFileSync(abs, "utf8") };
        break;
      }
    }
  }
  return resolveConfigLazily({ inputs, inputLabel: (n) => `--${n}`, ...file ? { file } : {} });
}
function readBaseline(cwd, path) {
  const abs = resolve(cwd, path);
  let data;
  try {
    data = JSON.parse(readFileSync(abs, "utf8"));
  } catch (e) {
    const why = e.code === "ENOENT" ? "no such file" : "not valid JSON";
    throw new ConfigError("--baseline", `${path}: ${why}`);
  }
  const totals = data?.totals;
  const totalKg = totals?.totalKg;
  if (typeof data !== "object" || data === null || data.schemaVersion !== 1 || typeof totalKg !== "number" || !Number.isFinite(totalKg) || totalKg < 0) {
    throw new ConfigError(
      "--baseline",
      `${path}: not a carbon-gate JSON report (schemaVersion 1 with totals.totalKg)`
    );
  }
  const sha = data.sha;
  return { totalKg, ...typeof sha === "string" ? { sha } : {} };
}
function describeArgError(e) {
  const message = e instanceof Error ? e.message : String(e);
  const option = /'(--?[\w-]+)/.exec(message)?.[1] ?? "arguments";
  const code2 = e.code;
  if (code2 === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    return `${option}: unknown option (carbon-gate --help lists them)`;
  }
  if (code2 === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return `${option}: needs a value; for a value that starts with '-', write ${option}=VALUE`;
  }
  return `${option}: ${message.split("\n")[0]}`;
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
