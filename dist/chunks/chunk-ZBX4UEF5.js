import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  BLOOM_EMBODIED_SOURCE,
  BLOOM_IDLE_RATIO_SOURCE,
  CLOUD_INTENSITY,
  CLOUD_SOURCES,
  DEFAULT_CONFIG,
  DEFAULT_HARDWARE,
  DEFAULT_OVERHEAD,
  GRID_INTENSITY,
  GRID_SOURCE_TAG,
  THREADS_PER_SERVER_SOURCE,
  WORLD_AVERAGE,
  defaultPue,
  lookupCloud,
  lookupCountry,
  lookupRegion,
  normalizeProvider,
  parseArtifacts,
  resolveInputs
} from "./chunk-KZN6RESP.js";
import {
  ConfigError
} from "./chunk-4VU3SNOR.js";

// src/core/escape.ts
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var UNSAFE_TEST = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
var NAMED = {
  "\n": "\\n",
  "\r": "\\r",
  "	": "\\t"
};
function escapeChar(c) {
  const named = NAMED[c];
  if (named !== void 0) return named;
  const code = c.charCodeAt(0);
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
function hasUnsafeChar(text) {
  return UNSAFE_TEST.test(text);
}
function escapeLine(text) {
  return hasUnsafeChar(text) ? text.replace(UNSAFE, escapeChar) : text;
}
function escapeLogLine(text) {
  const line = escapeLine(text);
  return /^\s*::/.test(line) ? line.replace(":", "\\x3a") : line;
}

// src/run/pr-runs.ts
var PR_RUNS_VERSION = 1;
var MAX_PR_RUNS = 100;
var MAX_PR_RUNS_CHARS = 2e4;
var MAX_RUN_KG = 1e12;
var OPEN = "<!-- carbon-gate-runs ";
var CLOSE = " -->";
var LINES_SEARCHED = 3;
var EMPTY_PR_RUNS = { list: [], earlier: { runs: 0, totalKg: 0 } };
function prRunOf(context) {
  return {
    sha: context.sha.toLowerCase(),
    runId: context.workflowRun?.id ?? context.runId,
    runAttempt: context.runAttempt
  };
}
function compactKg(kg) {
  return Number(kg.toPrecision(12));
}
function encodePrRuns(total) {
  const data = {
    v: PR_RUNS_VERSION,
    runs: total.list.map((r) => [r.sha, r.runId, r.runAttempt, compactKg(r.totalKg)]),
    earlier: [total.earlier.runs, compactKg(total.earlier.totalKg)]
  };
  return `${OPEN}${JSON.stringify(data)}${CLOSE}`;
}
var AFRESH = "the running total starts afresh with this run";
function unreadable(why) {
  return {
    list: EMPTY_PR_RUNS,
    notice: `This pull request's run list in the comment could not be used (${why}): ${AFRESH}.`
  };
}
function decodePrRuns(body) {
  if (body === void 0) return { list: EMPTY_PR_RUNS };
  const lines = body.split("\n", LINES_SEARCHED + 1).slice(1);
  const line = lines.map((l) => l.trim()).find((l) => l.startsWith(OPEN));
  if (line === void 0)
    return unreadable("the comment has none: it was written by an older version or edited");
  if (line.length > MAX_PR_RUNS_CHARS) return unreadable("it is too long");
  if (!line.endsWith(CLOSE)) return unreadable("it is cut short");
  let data;
  try {
    data = JSON.parse(line.slice(OPEN.length, -CLOSE.length));
  } catch {
    return unreadable("it is not valid JSON");
  }
  const problem = findProblem(data);
  if (problem !== void 0) return unreadable(problem);
  const d = data;
  return {
    list: {
      list: d.runs.map(([sha, runId, runAttempt, totalKg]) => ({
        sha,
        runId,
        runAttempt,
        totalKg
      })),
      earlier: { runs: d.earlier[0], totalKg: d.earlier[1] }
    }
  };
}
function isCount(v, max) {
  return Number.isSafeInteger(v) && v >= 0 && v <= max;
}
function isKg(v) {
  return typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= MAX_RUN_KG;
}
var SHA = /^[0-9a-f]{7,40}$/;
function findProblem(data) {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return "not an object";
  const d = data;
  if (d.v !== PR_RUNS_VERSION) return `version is not ${PR_RUNS_VERSION}`;
  if (!Array.isArray(d.runs)) return "no run array";
  if (d.runs.length > MAX_PR_RUNS) return `more than ${MAX_PR_RUNS} runs`;
  const seen = /* @__PURE__ */ new Set();
  for (const [i, r] of d.runs.entries()) {
    const ok = Array.isArray(r) && r.length === 4 && typeof r[0] === "string" && SHA.test(r[0]) && isCount(r[1], Number.MAX_SAFE_INTEGER) && isCount(r[2], 1e6) && isKg(r[3]);
    if (!ok) return `run ${i + 1} is not [commit, run id, attempt, kg]`;
    const id = `${String(r[0])}/${String(r[1])}`;
    if (seen.has(id)) return `run ${i + 1} repeats an earlier one`;
    seen.add(id);
  }
  const e = d.earlier;
  if (!Array.isArray(e) || e.length !== 2 || !isCount(e[0], Number.MAX_SAFE_INTEGER) || !isKg(e[1]))
    return "the folded earlier runs are not [count, kg]";
  return void 0;
}
function addPrRun(before, run, counted = true) {
  const at = before.list.findIndex((r) => r.sha === run.sha && r.runId === run.runId);
  const repeated = at !== -1;
  let runs2 = [...before.list];
  if (counted) {
    const entry = {
      sha: run.sha,
      runId: run.runId,
      runAttempt: run.runAttempt,
      totalKg: run.totalKg
    };
    if (!repeated) runs2.push(entry);
    else if (run.runAttempt >= runs2[at].runAttempt) runs2[at] = entry;
  }
  let earlier = before.earlier;
  if (runs2.length > MAX_PR_RUNS) {
    const folded = runs2.slice(0, runs2.length - MAX_PR_RUNS);
    runs2 = runs2.slice(-MAX_PR_RUNS);
    earlier = {
      runs: earlier.runs + folded.length,
      totalKg: earlier.totalKg + folded.reduce((kg, r) => kg + r.totalKg, 0)
    };
  }
  const listedKg = runs2.reduce((kg, r) => kg + r.totalKg, 0);
  return {
    runs: earlier.runs + runs2.length,
    totalKg: earlier.totalKg + listedKg,
    thisRunKg: run.totalKg,
    repeated,
    list: runs2,
    earlier,
    counted
  };
}

// src/config/resolve-lazily.ts
async function resolveConfigLazily(sources) {
  if (sources.file === void 0) return resolveInputs(sources);
  const { resolveConfig } = await import("./resolve-config-P35ZOYRH.js");
  return resolveConfig(sources);
}

// src/model/intensity-series.ts
var HOUR_MS = 36e5;
var MAX_G_PER_KWH = 5e3;
function splitCsvLine(line) {
  const cells = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      cells.push(cell.trim());
      cell = "";
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}
function parseSeriesTime(text) {
  if (/^\d{9,11}(\.\d+)?$/.test(text)) return Number(text) * 1e3;
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(
    text
  );
  if (m === null) return Number.NaN;
  const zone = m[3] === void 0 ? "Z" : m[3].toUpperCase();
  return Date.parse(`${m[1]}T${m[2]}${zone}`);
}
function findColumns(first, line) {
  if (!Number.isNaN(parseSeriesTime(first[0] ?? ""))) return { time: 0, value: 1 };
  const names = first.map((h) => h.toLowerCase());
  const time = names.findIndex((h) => /time|date/.test(h));
  const intensity = (i) => i !== time && /intensity|co2|g\/kwh|carbon/.test(names[i]);
  const candidates = names.map((_, i) => i).filter(intensity);
  const value = candidates.find((i) => /lca|life/.test(names[i])) ?? candidates[0] ?? (names.length === 2 && time >= 0 ? 1 - time : -1);
  if (time < 0 || value < 0) return void 0;
  return { time, value, headerLine: line };
}
function parseIntensitySeries(text, path) {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const startsMs = [];
  const gPerKWh = [];
  let columns;
  const fail = (line, what) => {
    throw new ConfigError(`${path}:${line}`, what);
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (raw.trim() === "" || raw.startsWith("#")) continue;
    const no = i + 1;
    const cells = splitCsvLine(raw);
    if (columns === void 0) {
      columns = findColumns(cells, no) ?? fail(no, 'no timestamp and intensity columns: expected e.g. "datetime,carbon_intensity"');
      if (columns.headerLine !== void 0) continue;
    }
    const timeText = cells[columns.time] ?? "";
    const valueText = cells[columns.value] ?? "";
    if (valueText === "" || /^(nan|n\/a|-)$/i.test(valueText)) continue;
    const t = parseSeriesTime(timeText);
    if (Number.isNaN(t))
      fail(no, `timestamp does not parse: ${JSON.stringify(timeText.slice(0, 40))}`);
    const g = Number(valueText);
    if (!Number.isFinite(g) || g < 0 || g > MAX_G_PER_KWH) {
      fail(
        no,
        `not an intensity in g CO2e/kWh (0\u2013${MAX_G_PER_KWH}): ${JSON.stringify(valueText.slice(0, 40))}`
      );
    }
    const previous = startsMs.at(-1);
    if (previous !== void 0 && t <= previous) fail(no, "timestamps must increase");
    startsMs.push(t);
    gPerKWh.push(g);
  }
  if (startsMs.length < 2) fail(lines.length, "holds fewer than two values: no series");
  const steps = startsMs.slice(1).map((t, i) => t - startsMs[i]);
  const step = [...steps].sort((a, b) => a - b)[Math.floor(steps.length / 2)];
  if (step > HOUR_MS) {
    fail(1, `its steps are ${Math.round(step / 6e4)} min: an hourly or finer series is needed`);
  }
  return { path, startsMs, gPerKWh, endMs: startsMs.at(-1) + step };
}
function indexAt(series, tMs) {
  if (tMs < series.startsMs[0] || tMs >= series.endMs) return -1;
  let lo = 0;
  let hi = series.startsMs.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (series.startsMs[mid] <= tMs) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function meanIntensity(series, fromMs, toMs) {
  if (toMs <= fromMs) return series.gPerKWh[Math.max(0, indexAt(series, fromMs))] ?? Number.NaN;
  if (fromMs < series.startsMs[0] || toMs > series.endMs) return Number.NaN;
  let i = indexAt(series, fromMs);
  let t = fromMs;
  let sum2 = 0;
  while (t < toMs) {
    const end = Math.min(toMs, series.startsMs[i + 1] ?? series.endMs);
    sum2 += series.gPerKWh[i] * (end - t);
    t = end;
    i++;
  }
  return sum2 / (toMs - fromMs);
}
function integrateProfile(profile, series) {
  let grams = 0;
  let coveredKWh = 0;
  let totalKWh = 0;
  profile.kWh.forEach((kWh, i) => {
    if (kWh === 0) return;
    totalKWh += kWh;
    const from = profile.startMs + i * profile.stepMs;
    const g = meanIntensity(series, from, from + profile.stepMs);
    if (Number.isNaN(g)) return;
    grams += kWh * g;
    coveredKWh += kWh;
  });
  return { grams, coveredKWh, totalKWh };
}
function findCleanestWindow(series, lengthMs) {
  const from = series.endMs - 7 * 24 * HOUR_MS;
  let best;
  for (const start of series.startsMs) {
    if (start < from || start + lengthMs > series.endMs) continue;
    const g = meanIntensity(series, start, start + lengthMs);
    if (Number.isNaN(g)) continue;
    if (best === void 0 || g < best.gPerKWh) best = { startMs: start, gPerKWh: g };
  }
  return best;
}

// src/run/load-config.ts
var CONFIG_FILE_NAMES = [".carbon-gate.yml", ".carbon-gate.yaml"];
var MAX_CONFIG_BYTES = 1024 * 1024;
async function loadConfig(read, request) {
  const file = findConfigFile(read, request);
  const config = await resolveConfigLazily({
    inputs: request.inputs,
    inputLabel: request.inputLabel,
    ...file !== void 0 ? { file } : {}
  });
  return readIntensitySeries(read, request, config);
}
function readIntensitySeries(read, request, config) {
  const path = config.intensitySeriesPath;
  if (path === void 0) return config;
  const text = read(path);
  if (text === void 0) {
    const where = request.lookedIn !== void 0 ? ` in ${request.lookedIn}` : "";
    throw new ConfigError(request.inputLabel("intensity-series"), `${path}: no such file${where}`);
  }
  return { ...config, intensitySeries: parseIntensitySeries(text, path) };
}
function findConfigFile(read, request) {
  const named = request.configPath?.trim() ?? "";
  if (named !== "") {
    const text = readNamed(read, named, request);
    if (text === void 0) {
      const where = request.lookedIn !== void 0 ? ` in ${request.lookedIn}` : "";
      throw new ConfigError(request.inputLabel("config"), `${named}: no such file${where}`);
    }
    return { path: named, text };
  }
  for (const path of CONFIG_FILE_NAMES) {
    const text = read(path);
    if (text !== void 0) return { path, text };
  }
  return void 0;
}
function readNamed(read, named, request) {
  try {
    return read(named, { named: true });
  } catch (e) {
    if (e instanceof ConfigError) {
      throw new ConfigError(request.inputLabel("config"), `${named}: ${e.message}`);
    }
    throw e;
  }
}
function fallbackConfig(artifactsInput) {
  return {
    ...DEFAULT_CONFIG,
    artifacts: parseArtifacts(artifactsInput),
    comment: false,
    ledger: "off",
    badge: false
  };
}
function readOptionsFrom(config) {
  return {
    timezone: config.timezone,
    maxGapSeconds: config.maxGapSeconds,
    ...config.pollIntervalSeconds !== void 0 ? { pollIntervalSeconds: config.pollIntervalSeconds } : {},
    ...config.intensitySeries !== void 0 ? { energyProfile: true } : {}
  };
}

// src/core/arrays.ts
function appendAll(target, items) {
  for (const item of items) target.push(item);
  return target;
}
function maxOf(values, empty = -Infinity) {
  let best;
  for (const v of values) {
    if (Number.isNaN(v)) return NaN;
    if (best === void 0 || v > best) best = v;
  }
  return best ?? empty;
}
function minOf(values, empty = Infinity) {
  let best;
  for (const v of values) {
    if (Number.isNaN(v)) return NaN;
    if (best === void 0 || v < best) best = v;
  }
  return best ?? empty;
}

// src/ingest/timestamps.ts
var WRITES_LOCAL_TIMES = {
  codecarbon: true,
  carbontracker: true,
  eco2ai: true,
  // Unix time.
  zeus: false,
  "nvidia-smi": true,
  dcgm: true,
  "impact-tracker": true,
  // ISO 8601 with an offset (contract §3).
  generic: false,
  // Epoch milliseconds (MLflow metric files, W&B records).
  mlflow: false,
  wandb: false,
  // No timestamps are read.
  "optimum-benchmark": false,
  "model-card": false,
  // CodeCarbon's own local timestamps, as in its CSV.
  "codecarbon-json": true,
  boamps: true,
  // Log lines' local date-times; sacct's Start/End in the cluster's zone.
  megatron: true,
  slurm: true,
  // amd-smi writes epoch seconds; rocm-smi logs piped through a timestamping tool local times.
  "amd-smi": true
};
function writesLocalTimes(format) {
  return WRITES_LOCAL_TIMES[format];
}

// src/model/embodied.ts
var HOURS_PER_YEAR = 8760;
function hourlyRate(embodiedKg2, hardware) {
  return embodiedKg2 / (hardware.lifetimeYears * HOURS_PER_YEAR * hardware.utilization);
}
function gpuEmbodiedKg(model, hardware) {
  return findGpuOverride(model, hardware) ?? hardware.gpuEmbodiedKg;
}
function findGpuOverride(model, hardware) {
  if (model === void 0) return void 0;
  const lower = model.toLowerCase();
  for (const [key, value] of Object.entries(hardware.gpus)) {
    if (lower.includes(key.toLowerCase())) return value.embodiedKg;
  }
  return void 0;
}
var ASSUMED_CPU_THREADS = 8;
function hardwareUse(gpuCount, cpuThreads, hardware) {
  if (gpuCount !== void 0 && gpuCount > 0) {
    return { gpus: gpuCount, servers: gpuCount / hardware.gpusPerServer };
  }
  if (cpuThreads !== void 0 && cpuThreads > 0) {
    return { gpus: 0, servers: Math.min(1, cpuThreads / hardware.threadsPerServer) };
  }
  const servers = Math.min(1, ASSUMED_CPU_THREADS / hardware.threadsPerServer);
  return gpuCount === 0 ? { gpus: 0, servers, assumed: `CPU threads not recorded: ${ASSUMED_CPU_THREADS} assumed` } : {
    gpus: 0,
    servers,
    assumed: `no GPU or CPU count recorded: CPU-only on ${ASSUMED_CPU_THREADS} threads assumed`
  };
}
function gpusHourlyKg(use, gpuModel, hardware, gpuModels, gpuKgOf) {
  if (gpuModels !== void 0 && gpuModels.reduce((n, m) => n + m.count, 0) === use.gpus) {
    return gpuModels.reduce((kg, m) => kg + m.count * hourlyRate(gpuKgOf(m.model), hardware), 0);
  }
  return use.gpus * hourlyRate(gpuKgOf(gpuModel), hardware);
}
function embodiedKg(hours, use, gpuModel, hardware, gpuModels, gpuKgOf = (m) => gpuEmbodiedKg(m, hardware)) {
  const perHour = gpusHourlyKg(use, gpuModel, hardware, gpuModels, gpuKgOf) + use.servers * hourlyRate(hardware.serverEmbodiedKg, hardware);
  return hours * perHour;
}

// src/model/data/intensity-vintages.ts
var COUNTRY_ALTERNATES = {
  ABW: 586.96,
  AFG: 166.67,
  AGO: 173.17,
  ALB: 24.48,
  ARE: 471.57,
  ARG: 353.05,
  ARM: 209.02,
  ASM: 687.5,
  ATG: 676.47,
  AUS: 560.38,
  AUT: 142.51,
  AZE: 537.05,
  BDI: 218.75,
  BEL: 198.2,
  BEN: 652.17,
  BFA: 633.72,
  BGD: 550.32,
  BGR: 327.37,
  BHR: 490.14,
  BHS: 700,
  BIH: 522.04,
  BLR: 472.12,
  BLZ: 483.87,
  BOL: 319.83,
  BRA: 113.07,
  BRB: 676.47,
  BRN: 659.48,
  BTN: 23.46,
  BWA: 800,
  CAN: 120.49,
  CHE: 55.17,
  CHL: 386.55,
  CHN: 549.53,
  CIV: 421.44,
  CMR: 253.92,
  COD: 25.95,
  COG: 374.66,
  COK: 500,
  COL: 210.53,
  COM: 700,
  CPV: 574.47,
  CRI: 32.59,
  CUB: 609.97,
  CYM: 685.71,
  CYP: 618.56,
  CZE: 397.25,
  DEU: 332.5,
  DJI: 666.67,
  DMA: 454.55,
  DNK: 188.65,
  DOM: 625.14,
  DZA: 485.45,
  ECU: 134.63,
  EGY: 470.51,
  ERI: 652.17,
  ESP: 199.52,
  EST: 440.34,
  ETH: 25.44,
  FIN: 141.88,
  FJI: 295.24,
  FLK: 500,
  FRA: 67.53,
  FRO: 384.62,
  GAB: 305.65,
  GBR: 245.72,
  GEO: 136.49,
  GHA: 343.55,
  GIN: 182.1,
  GLP: 593.94,
  GMB: 700,
  GNB: 750,
  GNQ: 628.32,
  GRC: 387.99,
  GRD: 714.29,
  GRL: 133.33,
  GTM: 278.46,
  GUF: 360,
  GUM: 672.32,
  GUY: 629.31,
  HKG: 684.99,
  HND: 345.71,
  HRV: 234.14,
  HTI: 612.25,
  HUN: 246.98,
  IDN: 663.49,
  IND: 625.57,
  IRL: 312.81,
  IRN: 487.99,
  IRQ: 517.75,
  ISL: 28.75,
  ISR: 556.77,
  ITA: 336.71,
  JAM: 543.94,
  JOR: 435.14,
  JPN: 472.57,
  KAZ: 655.38,
  KEN: 79.81,
  KGZ: 80.93,
  KHM: 423.66,
  KIR: 666.67,
  KNA: 681.82,
  KOR: 444.4,
  KWT: 489.58,
  LAO: 304.64,
  LBN: 546.21,
  LBR: 273.81,
  LBY: 552.37,
  LCA: 685.71,
  LKA: 494.28,
  LSO: 20,
  LTU: 262.69,
  LUX: 196.72,
  LVA: 223.78,
  MAC: 482.14,
  MAR: 624.97,
  MDA: 656.79,
  MDG: 419.69,
  MDV: 704.92,
  MEX: 410.69,
  MKD: 528.09,
  MLI: 472.89,
  MLT: 448.11,
  MMR: 312.68,
  MNE: 401.18,
  MNG: 733.33,
  MOZ: 134.44,
  MRT: 530.05,
  MSR: 500,
  MTQ: 656.25,
  MUS: 609.49,
  MWI: 113.92,
  MYS: 589.3,
  NAM: 48.08,
  NCL: 637.63,
  NER: 672.41,
  NGA: 398.36,
  NIC: 350.73,
  NLD: 394.12,
  NOR: 30.99,
  NPL: 22.65,
  NRU: 666.67,
  NZL: 149.27,
  OMN: 489.87,
  PAK: 355.97,
  PAN: 242.57,
  PER: 230.65,
  PHL: 578.01,
  PNG: 556.93,
  POL: 647.32,
  PRI: 601.73,
  PRK: 155.16,
  PRT: 251.84,
  PRY: 23.92,
  PSE: 630.77,
  PYF: 470.59,
  QAT: 489.87,
  REU: 452.77,
  ROU: 244.88,
  RUS: 347.45,
  RWA: 377.36,
  SAU: 570.47,
  SDN: 266.11,
  SEN: 545.29,
  SGP: 488.67,
  SLB: 700,
  SLE: 47.62,
  SLV: 183.07,
  SOM: 657.14,
  SPM: 800,
  SRB: 597.91,
  SSD: 709.09,
  STP: 666.67,
  SUR: 305.08,
  SVK: 158.74,
  SVN: 245.71,
  SWE: 42.37,
  SWZ: 212.12,
  SYC: 693.88,
  SYR: 538.55,
  TCA: 708.33,
  TCD: 666.67,
  TGO: 592.59,
  THA: 506.54,
  TJK: 73.49,
  TKM: 544.38,
  TON: 666.67,
  TTO: 520.28,
  TUN: 471.09,
  TUR: 411.3,
  TWN: 563.38,
  TZA: 386.79,
  UGA: 77.09,
  UKR: 279.24,
  URY: 106.01,
  USA: 369.57,
  UZB: 496.78,
  VCT: 500,
  VEN: 192.01,
  VGB: 714.29,
  VIR: 693.55,
  VNM: 546.03,
  VUT: 571.43,
  WSM: 428.57,
  YEM: 540.7,
  ZAF: 720.02,
  ZMB: 120.78,
  ZWE: 288.24
};
var CLOUD_ALTERNATES = {
  "aws:eu-central-1": 615,
  "aws:eu-north-1": 47,
  "aws:eu-west-1": 617,
  "aws:eu-west-2": 623,
  "aws:eu-west-3": 105,
  "aws:us-east-1": 367.8,
  "aws:us-east-2": 568.2,
  "aws:us-west-1": 240.6,
  "aws:us-west-2": 297.6,
  "azure:francecentral": 105,
  "azure:northeurope": 617,
  "azure:westeurope": 569
};

// src/model/data/ranges.ts
var GPU_EMBODIED_ANY = [
  {
    value: 43.24,
    source: "Green Algorithms v4.0_dev: card 26.97 kg + die 1.97 kg/cm\xB2 (Loubet 2023), 826 mm\xB2 die [D]",
    year: 2023,
    boundary: "die and card"
  },
  {
    value: 150,
    source: "BLOOM \xA74.1 (a lower bound); Cloud Carbon Footprint / Teads per card",
    year: 2022,
    boundary: "card"
  },
  {
    value: 318,
    source: "Chien et al., HotCarbon 2023 (A100 share of a whole instance), via Scope3",
    year: 2023,
    boundary: "instance share"
  }
];
var GPU_EMBODIED_BY_MODEL = {
  a100: [
    {
      value: 127.6,
      source: "Falk et al. 2025 (arXiv 2509.00093), A100 SXM 40GB",
      year: 2025,
      boundary: "chip package"
    }
  ],
  h100: [
    {
      value: 43.01,
      source: "Green Algorithms v4.0_dev: card 26.97 kg + die 1.97 kg/cm\xB2 (Loubet 2023), 814 mm\xB2 die [D]",
      year: 2023,
      boundary: "die and card"
    },
    {
      value: 164,
      source: "NVIDIA HGX H100 product carbon footprint: 1,312 kg per 8-GPU baseboard",
      year: 2023,
      boundary: "baseboard share"
    }
  ]
};
var SERVER_EMBODIED = [
  { value: 1e3, source: "Cloud Carbon Footprint base rack server (ccf-coefficients)", year: 2024 },
  { value: 2500, source: "BLOOM \xA74.1: HPE ProLiant DL345 Gen10 Plus", year: 2022 },
  {
    value: 3476.79,
    source: "Cloud Carbon Footprint AWS p4d.24xlarge 4,676.79 kg less its 8 GPU cards at 150 kg [D]",
    year: 2024
  }
];
var LIFETIME_YEARS = [
  { value: 3, source: "Green Algorithms v4.0_dev: cloud server", year: 2025 },
  { value: 4, source: "Cloud Carbon Footprint / Teads; BoaviztAPI archetypes", year: 2024 },
  { value: 6, source: "BLOOM \xA74.1, figures from IDRIS", year: 2022 }
];
var UTILIZATION = [
  { value: 0.85, source: "BLOOM \xA74.1, figures from IDRIS", year: 2022 },
  {
    value: 1,
    source: "Cloud Carbon Footprint / Green Software Foundation SCI (no divisor)",
    year: 2024
  }
];
var IDLE_RATIO = [
  {
    value: 0.3293,
    source: "BLOOM \xA74.3: infrastructure 27 kW of 109 kW, 27 / (109 \u2212 27) [D]",
    year: 2022
  },
  { value: 0.5924, source: "BLOOM \xA74.3: measured 256,646 / 433,196 kWh", year: 2022 },
  { value: 0.8519, source: "BLOOM \xA74.3: the paper's 46 % / 54 % split [D]", year: 2022 }
];
var PUE_FIGURES = {
  unknown: [
    { value: 1.56, source: "Green Algorithms v3.0; Uptime Institute survey", year: 2024 },
    { value: 1.58, source: "Uptime Institute, via Strubell et al. 2019", year: 2018 },
    { value: 1.59, source: "US data-centre average, via Patterson et al. 2021", year: 2020 },
    { value: 1.67, source: "Green Algorithms v1.0\u2013v2.2; Uptime Institute survey", year: 2019 }
  ],
  aws: [
    { value: 1.135, source: "Cloud Carbon Footprint", year: 2024 },
    { value: 1.2, source: "Green Algorithms v3.0 (Nutanix)", year: 2023 }
  ],
  gcp: [
    { value: 1.1, source: "Cloud Carbon Footprint", year: 2024 },
    { value: 1.11, source: "Green Algorithms v1.0\u2013v2.2", year: 2019 },
    { value: 1.12, source: "Green Algorithms v3.0 (Nutanix)", year: 2023 }
  ],
  azure: [
    { value: 1.12, source: "Green Algorithms v3.0 (Nutanix)", year: 2023 },
    {
      value: 1.125,
      source: "Green Algorithms v1.0\u2013v2.2; Cloud Carbon Footprint appendix",
      year: 2019
    },
    { value: 1.185, source: "Cloud Carbon Footprint methodology text", year: 2024 }
  ],
  ovhcloud: [{ value: 1.09, source: "Green Algorithms v3.0 (Nutanix)", year: 2023 }],
  oracle: [{ value: 1.2, source: "Green Algorithms v3.0 (Nutanix)", year: 2023 }]
};
var INTENSITY_FIGURES = {
  FRA: [
    { value: 57, source: "BLOOM Table 1", year: 2022 },
    { value: 51.28, source: "Green Algorithms v3.0 (AIB)", year: 2020 },
    { value: 59, source: "Google region-carbon-info, europe-west9 (Paris)", year: 2021 },
    { value: 71, source: "Google region-carbon-info, europe-west9 (Paris)", year: 2022 },
    { value: 34, source: "Google region-carbon-info, europe-west9 (Paris)", year: 2023 },
    { value: 16.3, source: "Google region-carbon-info, europe-west9 (Paris)", year: 2024 }
  ],
  USA: [
    { value: 423.94, source: "Green Algorithms v3.0", year: 2020 },
    { value: 432.7, source: "US EPA 0.954 lb/kWh, via Strubell et al. 2019", year: 2018 },
    { value: 385, source: "US national average, via Touvron et al. 2023 (LLaMA)", year: 2023 }
  ],
  "gcp:us-central1": [
    { value: 479, source: "Google region-carbon-info", year: 2019 },
    { value: 454, source: "Google region-carbon-info", year: 2020 },
    { value: 394, source: "Google region-carbon-info", year: 2021 },
    { value: 460, source: "Google region-carbon-info", year: 2022 },
    { value: 412.72, source: "Google region-carbon-info", year: 2024 },
    { value: 456, source: "Cloud Carbon Footprint", year: 2024 }
  ],
  "gcp:europe-west9": [
    { value: 59, source: "Google region-carbon-info", year: 2021 },
    { value: 71, source: "Google region-carbon-info", year: 2022 },
    { value: 16.3, source: "Google region-carbon-info", year: 2024 }
  ],
  "gcp:europe-west1": [{ value: 110, source: "Cloud Carbon Footprint", year: 2024 }],
  "gcp:europe-west4": [{ value: 283, source: "Cloud Carbon Footprint", year: 2024 }],
  "aws:us-east-1": [{ value: 415.755, source: "ccf-coefficients (newer EPA eGRID)", year: 2026 }],
  "aws:us-east-2": [{ value: 440.187, source: "ccf-coefficients (newer EPA eGRID)", year: 2026 }],
  "aws:us-west-1": [{ value: 350.861, source: "ccf-coefficients (newer EPA eGRID)", year: 2026 }],
  "aws:us-west-2": [{ value: 350.861, source: "ccf-coefficients (newer EPA eGRID)", year: 2026 }]
};
var WORLD_AVERAGE_FIGURES = [
  { value: 458, source: "Ember Global Electricity Review 2026", year: 2025 },
  { value: 475, source: "IEA Global Energy & CO2 Status Report 2019", year: 2019 }
];

// src/model/ranges.ts
function pointSpread(central, why) {
  return { low: central, central, high: central, source: why };
}
function describeFigure(f) {
  return f.year === void 0 ? `${f.value} (${f.source})` : `${f.value} (${f.source}, ${f.year})`;
}
function spreadOf(central, figures) {
  if (figures.length === 0) return pointSpread(central, "one source only: no spread");
  let lowest = figures[0];
  let highest = figures[0];
  for (const f of figures) {
    if (f.value < lowest.value) lowest = f;
    if (f.value > highest.value) highest = f;
  }
  const low = Math.min(central, lowest.value);
  const high = Math.max(central, highest.value);
  if (low === high) return pointSpread(central, "every source agrees: no spread");
  const lowText = low === central && lowest.value !== central ? "the value used" : describeFigure(lowest);
  const highText = high === central && highest.value !== central ? "the value used" : describeFigure(highest);
  return { low, central, high, source: `low ${lowText}; high ${highText}` };
}
var SET_BY_USER = "set by the configuration: taken as exact";
function intensityFigures(key) {
  const out = [];
  const grid = Object.hasOwn(GRID_INTENSITY, key) ? GRID_INTENSITY[key] : void 0;
  if (grid !== void 0)
    out.push({ value: grid.gPerKWh, source: GRID_SOURCE_TAG, year: grid.year });
  const country = Object.hasOwn(COUNTRY_ALTERNATES, key) ? COUNTRY_ALTERNATES[key] : void 0;
  if (country !== void 0) out.push({ value: country, source: "Eco2AI carbon_index" });
  const cloud = Object.hasOwn(CLOUD_INTENSITY, key) ? CLOUD_INTENSITY[key] : void 0;
  if (cloud !== void 0) {
    const s = CLOUD_SOURCES[cloud.source];
    out.push({ value: cloud.gPerKWh, source: s.tag.replace(/ \d{4}$/, ""), year: s.year });
  }
  const older = Object.hasOwn(CLOUD_ALTERNATES, key) ? CLOUD_ALTERNATES[key] : void 0;
  if (older !== void 0) out.push({ value: older, source: "CodeCarbon v2.0.0 (shipped 2022)" });
  const more = Object.hasOwn(INTENSITY_FIGURES, key) ? INTENSITY_FIGURES[key] : void 0;
  if (more !== void 0) out.push(...more);
  return out;
}
function intensitySpread(resolved, stated) {
  const central = resolved.gPerKWh;
  if (stated) return pointSpread(central, "not used: the artifact states its emissions");
  switch (resolved.source) {
    case "input":
      return pointSpread(central, "set by the intensity setting: taken as exact");
    case "series":
      return pointSpread(central, "integrated from the intensity series: taken as exact");
    case "default":
      return spreadOf(central, WORLD_AVERAGE_FIGURES);
    case "region":
    case "artifact":
    case "dataset":
      if (resolved.key === void 0) return pointSpread(central, "no other source for this place");
      return spreadOf(central, intensityFigures(resolved.key));
  }
}
function overheadSpread(basis, cloudProvider) {
  switch (basis.mode) {
    case "measured":
      return pointSpread(0, "measured idle energy: taken as exact");
    case "idle-ratio":
      return basis.value === DEFAULT_OVERHEAD.idleRatio ? spreadOf(basis.value, IDLE_RATIO) : pointSpread(basis.value, SET_BY_USER);
    case "pue":
      if (basis.pueFrom === "setting") return pointSpread(basis.value, SET_BY_USER);
      if (basis.pueFrom === "artifact") return pointSpread(basis.value, "stated by the artifact");
      return spreadOf(basis.value, pueFigures(cloudProvider));
  }
}
function pueFigures(provider) {
  const key = provider === void 0 ? "unknown" : normalizeProvider(provider);
  return (Object.hasOwn(PUE_FIGURES, key) ? PUE_FIGURES[key] : void 0) ?? PUE_FIGURES.unknown;
}
function gpuEmbodiedSpread(model, hw) {
  const override = findGpuOverride(model, hw);
  if (override !== void 0) return pointSpread(override, "set by hardware.gpus: taken as exact");
  if (hw.gpuEmbodiedKg !== DEFAULT_HARDWARE.gpuEmbodiedKg) {
    return pointSpread(hw.gpuEmbodiedKg, SET_BY_USER);
  }
  const lower = model?.toLowerCase() ?? "";
  const specific = Object.entries(GPU_EMBODIED_BY_MODEL).filter(([key]) => lower.includes(key)).flatMap(([, figures]) => figures);
  return spreadOf(hw.gpuEmbodiedKg, [...GPU_EMBODIED_ANY, ...specific]);
}
function hardwareSpreads(hw) {
  const spread = (field, figures) => hw[field] === DEFAULT_HARDWARE[field] ? spreadOf(hw[field], figures) : pointSpread(hw[field], SET_BY_USER);
  return {
    server: spread("serverEmbodiedKg", SERVER_EMBODIED),
    lifetime: spread("lifetimeYears", LIFETIME_YEARS),
    utilization: spread("utilization", UTILIZATION)
  };
}
function boundJob(input) {
  return { low: boundAt(input, "low"), high: boundAt(input, "high") };
}
function boundAt(input, end) {
  const { job, settings, intensity, overhead, basis, hours, use } = input;
  const other = end === "low" ? "high" : "low";
  let operationalKg;
  if (job.statedEmissionsKg !== void 0) operationalKg = job.statedEmissionsKg;
  else {
    const it = job.itEnergyKWh;
    const overheadKWh = basis.mode === "measured" ? job.idleEnergyKWh ?? 0 : basis.mode === "idle-ratio" ? it * overhead[end] : it * (overhead[end] - 1);
    operationalKg = (it + overheadKWh) * intensity[end] / 1e3;
  }
  let embodied = 0;
  if (hours !== void 0) {
    const hw = settings.hardware;
    const spreads = hardwareSpreads(hw);
    const atEnd = {
      ...hw,
      serverEmbodiedKg: spreads.server[end],
      // A longer life and a higher use spread the same kg thinner.
      lifetimeYears: spreads.lifetime[other],
      utilization: spreads.utilization[other]
    };
    embodied = embodiedKg(
      hours,
      use,
      job.gpuModel,
      atEnd,
      job.gpuModels,
      (m) => gpuEmbodiedSpread(m, hw)[end]
    );
  }
  return { operationalKg, embodiedKg: embodied, totalKg: operationalKg + embodied };
}
function addBounds(a, b) {
  return {
    operationalKg: a.operationalKg + b.operationalKg,
    embodiedKg: a.embodiedKg + b.embodiedKg,
    totalKg: a.totalKg + b.totalKg
  };
}
var ZERO_BOUNDS = { operationalKg: 0, embodiedKg: 0, totalKg: 0 };

// src/model/assumptions.ts
var HOW_COUNTED = "how the hardware is counted, not an estimate: no spread";
function withSpread(spread, digits) {
  if (spread === void 0) return {};
  return {
    low: round(spread.low, digits),
    high: round(spread.high, digits),
    rangeSource: spread.source
  };
}
function listAssumptions(jobs, settings, timeZone) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (a) => {
    const key = `${a.name}|${a.value}|${a.source}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(a);
  };
  listJobFigures(jobs).forEach(add);
  if (settings.overhead.mode === "idle") add(idleRatioFigure(settings.overhead.idleRatio));
  listHardwareFigures(settings.hardware).forEach(add);
  listGpuModelFigures(jobs, settings.hardware).forEach(add);
  for (const { estimate: j, hardwareAssumed } of jobs) {
    if (hardwareAssumed === void 0) continue;
    add({
      name: `hardware of ${j.name}`,
      value: hardwareAssumed,
      unit: "",
      source: "assumed: the artifact does not say"
    });
  }
  if (timeZone !== void 0) add(timeZoneFigure(timeZone));
  return out;
}
function listJobFigures(jobs) {
  const intensities = jobs.map(({ estimate: j, intensitySpread: intensitySpread2 }) => ({
    name: j.region !== void 0 ? `grid intensity (${j.region})` : "grid intensity",
    value: round(j.intensityGPerKWh, 2),
    unit: "g CO2e/kWh",
    source: `${j.intensitySource}: ${j.intensityNote}`,
    ...withSpread(intensitySpread2, 2)
  }));
  const overheads = jobs.map(
    ({ estimate: j, pueSource, overheadSpread: overheadSpread2 }) => j.overheadMode === "pue" ? { name: "PUE", value: j.pue, unit: "", source: pueSource, ...withSpread(overheadSpread2, 4) } : { name: "facility overhead", value: "idle", unit: "", source: pueSource }
  );
  return [...intensities, ...overheads];
}
function idleRatioFigure(idleRatio) {
  const isDefault = idleRatio === DEFAULT_OVERHEAD.idleRatio;
  return {
    name: "idle ratio",
    value: idleRatio,
    unit: "idle kWh per IT kWh",
    source: isDefault ? BLOOM_IDLE_RATIO_SOURCE : "configuration (overhead.idle-ratio)",
    ...withSpread(overheadSpread({ mode: "idle-ratio", value: idleRatio }), 4)
  };
}
function listGpuModelFigures(jobs, hw) {
  const models = /* @__PURE__ */ new Set();
  for (const { estimate: j } of jobs)
    if (j.gpuCount > 0 && j.gpuModel !== void 0) models.add(j.gpuModel);
  return [...models].sort().map((model) => {
    const spread = gpuEmbodiedSpread(model, hw);
    return {
      name: `GPU embodied (${model})`,
      value: spread.central,
      unit: "kg CO2e per GPU",
      source: "the GPU embodied figure for this model",
      ...withSpread(spread, 2)
    };
  });
}
function listHardwareFigures(hw) {
  const sourceOf = (field, source) => hw[field] === DEFAULT_HARDWARE[field] ? source : "configuration (hardware)";
  const bloom = (field) => sourceOf(field, BLOOM_EMBODIED_SOURCE);
  const spreads = hardwareSpreads(hw);
  const gpu = gpuEmbodiedSpread(void 0, hw);
  const rate = (end) => {
    const other = end === "low" ? "high" : "low";
    return hourlyRate(spreads.server[end], {
      ...hw,
      lifetimeYears: spreads.lifetime[other],
      utilization: spreads.utilization[other]
    });
  };
  return [
    {
      name: "GPU embodied",
      value: hw.gpuEmbodiedKg,
      unit: "kg CO2e per GPU",
      source: bloom("gpuEmbodiedKg"),
      ...withSpread(gpu, 2)
    },
    ...Object.entries(hw.gpus).map(([model, v]) => ({
      name: `GPU embodied (${model})`,
      value: v.embodiedKg,
      unit: "kg CO2e per GPU",
      source: "configuration (hardware.gpus)"
    })),
    {
      name: "server embodied",
      value: hw.serverEmbodiedKg,
      unit: "kg CO2e per server",
      source: bloom("serverEmbodiedKg"),
      ...withSpread(spreads.server, 2)
    },
    {
      name: "GPUs per server",
      value: hw.gpusPerServer,
      unit: "",
      source: bloom("gpusPerServer"),
      ...withSpread(pointSpread(hw.gpusPerServer, HOW_COUNTED), 0)
    },
    {
      name: "CPU threads per server",
      value: hw.threadsPerServer,
      unit: "",
      source: sourceOf("threadsPerServer", THREADS_PER_SERVER_SOURCE),
      ...withSpread(pointSpread(hw.threadsPerServer, HOW_COUNTED), 0)
    },
    {
      name: "hardware lifetime",
      value: hw.lifetimeYears,
      unit: "years",
      source: bloom("lifetimeYears"),
      ...withSpread(spreads.lifetime, 2)
    },
    {
      name: "hardware utilization",
      value: hw.utilization,
      unit: "",
      source: bloom("utilization"),
      ...withSpread(spreads.utilization, 4)
    },
    {
      name: "server embodied rate",
      value: round(hourlyRate(hw.serverEmbodiedKg, hw), 5),
      unit: "kg CO2e per server-hour",
      source: "embodied / (lifetime \xD7 8760 h \xD7 utilization)",
      low: round(rate("low"), 5),
      high: round(rate("high"), 5),
      rangeSource: "server embodied at each end over the longest life at the highest use, and the reverse"
    }
  ];
}
function timeZoneFigure(timeZone) {
  return {
    name: "time zone of tracker timestamps",
    value: timeZone.zone,
    unit: "",
    source: timeZone.isDefault ? "default: trackers write local times without a zone" : "configuration (timezone)"
  };
}
function round(x, digits) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

// src/model/budgets.ts
var CERTAINTY_TEXTS = {
  above: "exceeds the budget even at the low end",
  straddles: "within the range of the budget",
  below: "below the budget even at the high end"
};
function judgeCertainty(limit, range) {
  if (range.low > limit) return "above";
  if (range.high <= limit) return "below";
  return "straddles";
}
var DEFAULT_ON_UNCERTAIN = "warn";
var MAX_BUDGET_USE = 1e9;
function measureBudgetUse(budget) {
  if (budget.limit > 0) return Math.max(0, budget.actual / budget.limit);
  return budget.actual > 0 ? Infinity : 0;
}
function findTightestBudget(budgets) {
  let tightest;
  for (const b of budgets) {
    if (tightest === void 0 || measureBudgetUse(b) > measureBudgetUse(tightest)) tightest = b;
  }
  return tightest;
}
function measureTightestUse(budgets) {
  const tightest = findTightestBudget(budgets);
  if (tightest === void 0) return void 0;
  return Math.min(measureBudgetUse(tightest), MAX_BUDGET_USE);
}
function evaluateBudgets(input, settings) {
  const budgets = [];
  const notes = [];
  const range = input.totalRange;
  if (settings.budgetKg !== void 0) {
    const run = checkBudget("run", settings.budgetKg, input.totalKg, "kg", settings.onExceed);
    budgets.push(withRange(run, range));
  }
  if (settings.maxIncreasePercent !== void 0) {
    if (input.baseline === null) notes.push("max-increase not checked: no baseline yet");
    else {
      const { maxIncreasePercent: limit, onIncrease } = settings;
      budgets.push(checkBudget("increase", limit, input.baseline.deltaPercent, "%", onIncrease));
    }
  }
  if (settings.monthlyBudgetKg !== void 0) {
    if (input.monthToDateKg === void 0) {
      notes.push("monthly-budget not checked: it needs the ledger (the GitHub Action)");
    } else {
      const { monthlyBudgetKg: limit, onExceed } = settings;
      const month = checkBudget("monthly", limit, input.monthToDateKg, "kg", onExceed);
      const before = input.monthToDateKg - input.totalKg;
      const monthRange = range === void 0 ? void 0 : { low: before + range.low, high: before + range.high };
      budgets.push(withRange(month, monthRange));
    }
  }
  if (settings.prBudgetKg !== void 0) {
    if (input.prToDateKg === void 0) {
      notes.push(
        "pr-budget not checked: it needs the pull request comment (the GitHub Action on a PR)"
      );
    } else {
      budgets.push(
        checkBudget("pr", settings.prBudgetKg, input.prToDateKg, "kg", settings.onExceed)
      );
    }
  }
  const budgetUsed = measureTightestUse(budgets);
  return {
    budgets,
    verdict: decideVerdict(budgets, settings.onUncertain ?? DEFAULT_ON_UNCERTAIN),
    ...budgetUsed !== void 0 ? { budgetUsed } : {},
    notes
  };
}
function checkBudget(kind, limit, actual, unit, action) {
  return { kind, limit, actual, unit, exceeded: actual > limit, action };
}
function withRange(budget, range) {
  if (range === void 0) return budget;
  const low = Math.min(range.low, budget.actual);
  const high = Math.max(range.high, budget.actual);
  return { ...budget, low, high, certainty: judgeCertainty(budget.limit, { low, high }) };
}
function decideVerdict(budgets, onUncertain) {
  const exceeded = budgets.filter((b) => b.exceeded);
  const straddling = budgets.some((b) => b.certainty === "straddles");
  if (exceeded.some((b) => b.action === "fail")) return "fail";
  if (straddling && onUncertain === "fail") return "fail";
  if (exceeded.length > 0) return "warn";
  return straddling && onUncertain === "warn" ? "warn" : "pass";
}
function compareWithBaseline(totalKg, baselineKg, sha) {
  const deltaKg = totalKg - baselineKg;
  const percent2 = baselineKg > 0 ? deltaKg / baselineKg * 100 : totalKg > 0 ? 100 : 0;
  const deltaPercent = Math.min(percent2, Number.MAX_VALUE);
  return { totalKg: baselineKg, deltaKg, deltaPercent, ...sha !== void 0 ? { sha } : {} };
}

// src/model/cleaner.ts
function findCleaner(records, jobs, settings) {
  const window = findWindow(records, jobs, settings);
  const region = findRegion(records, jobs);
  if (window === void 0 && region === void 0) return void 0;
  return {
    ...window !== void 0 ? { window } : {},
    ...region !== void 0 ? { region } : {}
  };
}
function findWindow(records, jobs, settings) {
  const series = settings.intensitySeries;
  if (series === void 0) return void 0;
  let first = Infinity;
  let last = -Infinity;
  let kWh = 0;
  let grams = 0;
  records.forEach((r, i) => {
    const job = jobs[i];
    const p = r.energyProfile;
    if (job === void 0 || p === void 0 || job.intensitySource !== "series") return;
    first = Math.min(first, p.startMs);
    last = Math.max(last, p.startMs + p.kWh.length * p.stepMs);
    kWh += job.itEnergyKWh;
    grams += job.itEnergyKWh * job.intensityGPerKWh;
  });
  if (kWh <= 0 || !(last > first)) return void 0;
  const actual = grams / kWh;
  const best = findCleanestWindow(series, last - first);
  if (best === void 0 || !(actual > 0) || !Number.isFinite(best.gPerKWh)) return void 0;
  const savedFraction = 1 - best.gPerKWh / actual;
  if (!Number.isFinite(savedFraction)) return void 0;
  return {
    startedAt: new Date(best.startMs).toISOString().replace(".000Z", "Z"),
    hours: (last - first) / 36e5,
    intensityGPerKWh: best.gPerKWh,
    actualGPerKWh: actual,
    savedFraction
  };
}
function findRegion(records, jobs) {
  let chosen;
  records.forEach((r, i) => {
    const job = jobs[i];
    if (job === void 0 || r.cloudProvider === void 0 || job.intensityGPerKWh <= 0) return;
    if (chosen === void 0 || job.operationalKg > chosen.job.operationalKg) {
      const provider = normalizeProvider(r.cloudProvider);
      const at = r.cloudRegion !== void 0 ? `${provider}:${r.cloudRegion.toLowerCase()}` : void 0;
      chosen = { provider, job, ...at !== void 0 ? { at } : {} };
    }
  });
  if (chosen === void 0) return void 0;
  const prefix = `${chosen.provider}:`;
  let best;
  for (const entry of Object.entries(CLOUD_INTENSITY)) {
    if (!entry[0].startsWith(prefix)) continue;
    if (best === void 0 || entry[1].gPerKWh < best[1].gPerKWh) best = entry;
  }
  const from = chosen.at ?? chosen.job.region ?? chosen.provider;
  if (best === void 0 || best[0] === from) return void 0;
  const savedFraction = 1 - best[1].gPerKWh / chosen.job.intensityGPerKWh;
  if (!Number.isFinite(savedFraction) || savedFraction <= 0) return void 0;
  return {
    region: best[0],
    intensityGPerKWh: best[1].gPerKWh,
    from,
    fromGPerKWh: chosen.job.intensityGPerKWh,
    savedFraction,
    source: CLOUD_SOURCES[best[1].source].tag
  };
}
function computeMarketBased(totals, gPerKWh) {
  if (gPerKWh === void 0) return void 0;
  const operationalKg = totals.facilityEnergyKWh * gPerKWh / 1e3;
  return {
    intensityGPerKWh: gPerKWh,
    operationalKg,
    totalKg: operationalKg + totals.embodiedKg,
    source: "market-intensity setting (the supplier\u2019s emission factor)"
  };
}

// src/model/equivalents.ts
var KM_PER_MILE = 1.609344;
var EPA_EQUIVALENCIES = {
  name: "US EPA, Greenhouse Gas Equivalencies Calculator: Calculations and References",
  url: "https://www.epa.gov/energy/greenhouse-gas-equivalencies-calculator-calculations-and-references",
  vintage: "eGRID2022 edition"
};
var EQUIVALENT_FACTORS = [
  {
    id: "car-km",
    label: "Driving an average US passenger car",
    unit: "km",
    kgPerUnit: 0.393 / KM_PER_MILE,
    factor: "393 g CO2e per mile (244 g/km; 4.29 t a year over 10,917 miles)",
    source: EPA_EQUIVALENCIES
  },
  {
    id: "flight-lhr-jfk",
    label: "London\u2013New York flights (one way, economy, per passenger)",
    unit: "flights",
    kgPerUnit: 834,
    factor: "834 kg CO2e per passenger, one way, economy, with radiative forcing (\xD71.9)",
    source: {
      name: "UK DESNZ, Greenhouse gas reporting: conversion factors (long-haul economy, with RF)",
      url: "https://www.gov.uk/government/publications/greenhouse-gas-reporting-conversion-factors-2024",
      vintage: "2024"
    }
  },
  {
    id: "smartphone-charges",
    label: "Smartphone charges",
    unit: "charges",
    kgPerUnit: 0.0124,
    factor: "12.4 g CO2e per full charge (delivered electricity)",
    source: EPA_EQUIVALENCIES
  },
  {
    id: "tree-seedlings-10y",
    label: "Tree seedlings grown for 10 years to absorb it",
    unit: "seedlings",
    kgPerUnit: 60,
    factor: "60 kg CO2 taken up per urban tree seedling over 10 years",
    source: EPA_EQUIVALENCIES
  }
];
function describeFactorSource(factor, source) {
  return `${source.name} (${source.vintage}): ${factor}. ${source.url}`;
}
function computeEquivalents(totalKg) {
  return EQUIVALENT_FACTORS.map((f) => ({
    id: f.id,
    label: f.label,
    amount: totalKg / f.kgPerUnit,
    unit: f.unit,
    source: describeFactorSource(f.factor, f.source)
  }));
}
function findEquivalentFactor(id) {
  return EQUIVALENT_FACTORS.find((f) => f.id === id);
}

// src/model/resolve-intensity.ts
var MAX_TRACKER_INTENSITY = 5e3;
function usable(x) {
  return x !== void 0 && Number.isFinite(x) && x >= 0;
}
function resolveIntensity(job, settings) {
  if (usable(settings.intensity)) {
    return { gPerKWh: settings.intensity, source: "input", note: "set by the intensity setting" };
  }
  if (settings.region !== void 0) {
    const figure = lookupRegion(settings.region);
    if (figure) {
      return {
        gPerKWh: figure.gPerKWh,
        source: "region",
        note: figure.label,
        region: settings.region,
        ...keyOf(figure)
      };
    }
  }
  if (usable(job.intensityGPerKWh) && job.intensityGPerKWh <= MAX_TRACKER_INTENSITY) {
    return {
      gPerKWh: job.intensityGPerKWh,
      source: "artifact",
      note: `the tracker's own figure (${job.source.format})`,
      ...job.region !== void 0 ? { region: job.region } : {},
      ...keyOf(locateJob(job))
    };
  }
  if (job.cloudProvider !== void 0 && job.cloudRegion !== void 0) {
    const figure = lookupCloud(job.cloudProvider, job.cloudRegion);
    if (figure) {
      return {
        gPerKWh: figure.gPerKWh,
        source: "dataset",
        note: figure.label,
        region: `${job.cloudProvider.toLowerCase()}:${job.cloudRegion}`,
        ...keyOf(figure)
      };
    }
  }
  if (job.region !== void 0) {
    const figure = lookupRegion(job.region);
    if (figure) {
      const { gPerKWh, label: note } = figure;
      return { gPerKWh, source: "dataset", note, region: job.region, ...keyOf(figure) };
    }
  }
  if (job.country !== void 0) {
    const figure = lookupCountry(job.country);
    if (figure) {
      const { gPerKWh, label: note } = figure;
      return { gPerKWh, source: "dataset", note, region: job.country, ...keyOf(figure) };
    }
  }
  return { gPerKWh: WORLD_AVERAGE.gPerKWh, source: "default", note: WORLD_AVERAGE.label };
}
function keyOf(figure) {
  return figure?.key !== void 0 ? { key: figure.key } : {};
}
function locateJob(job) {
  const cloud = job.cloudProvider !== void 0 && job.cloudRegion !== void 0 ? lookupCloud(job.cloudProvider, job.cloudRegion) : void 0;
  return cloud ?? (job.region !== void 0 ? lookupRegion(job.region) : void 0) ?? (job.country !== void 0 ? lookupCountry(job.country) : void 0);
}

// src/model/series-intensity.ts
function percent(x) {
  return `${Math.round(x * 1e3) / 10} %`;
}
function applySeries(job, annual, settings) {
  const series = settings.intensitySeries;
  if (series === void 0 || annual.source === "input") return void 0;
  const fallback = (why) => ({
    intensity: { ...annual, note: `${annual.note}; the intensity series not used: ${why}` },
    warning: `${job.name}: ${why}: the annual figure (${Math.round(annual.gPerKWh * 100) / 100} g/kWh) is used instead of ${series.path}`
  });
  const profile = job.energyProfile;
  if (profile === void 0) {
    return fallback(`its artifact (${job.source.format}) records no energy over time`);
  }
  const { grams, coveredKWh, totalKWh } = integrateProfile(profile, series);
  if (totalKWh <= 0) return fallback("it recorded no energy over time");
  if (coveredKWh <= 0) return fallback("the series does not cover the time it ran");
  const share2 = coveredKWh / totalKWh;
  const gPerKWh = (grams + (totalKWh - coveredKWh) * annual.gPerKWh) / totalKWh;
  const rest = share2 < 1 ? `, the rest at the annual ${annual.note}` : "";
  return {
    intensity: {
      gPerKWh,
      source: "series",
      note: `${series.path}, integrated over ${percent(share2)} of the job's energy${rest}`,
      ...annual.region !== void 0 ? { region: annual.region } : {}
    }
  };
}

// src/model/estimate-job.ts
function resolveOverhead(job, settings) {
  if (job.idleEnergyKWh !== void 0) {
    const basis2 = { mode: "measured", value: 0 };
    return {
      kWh: job.idleEnergyKWh,
      mode: "idle",
      pue: 1,
      pueSource: "measured idle energy",
      basis: basis2
    };
  }
  if (settings.overhead.mode === "idle") {
    const ratio = settings.overhead.idleRatio;
    return {
      kWh: job.itEnergyKWh * ratio,
      mode: "idle",
      pue: 1,
      pueSource: `idle ratio ${ratio}`,
      basis: { mode: "idle-ratio", value: ratio }
    };
  }
  let pue;
  let pueSource;
  let pueFrom;
  if (settings.pue !== void 0) {
    pue = settings.pue;
    pueSource = "set by the pue setting";
    pueFrom = "setting";
  } else if (job.pue !== void 0 && job.pue > 1) {
    pue = job.pue;
    pueSource = `stated by the artifact (${job.source.format})`;
    pueFrom = "artifact";
  } else {
    const figure = defaultPue(job.cloudProvider);
    pue = figure.pue;
    pueSource = figure.source;
    pueFrom = "default";
  }
  const basis = { mode: "pue", value: pue, pueFrom };
  return { kWh: job.itEnergyKWh * (pue - 1), mode: "pue", pue, pueSource, basis };
}
var NOT_USED = "not used: the artifact states its emissions";
var STATED_OVERHEAD = {
  kWh: 0,
  mode: "pue",
  pue: 1,
  pueSource: NOT_USED,
  basis: { mode: "pue", value: 1, pueFrom: "artifact" }
};
function statedIntensity(job) {
  return { gPerKWh: 0, source: "artifact", note: `${NOT_USED} (${job.source.format})` };
}
function estimateJob(job, id, settings) {
  const warnings = [];
  const stated = job.statedEmissionsKg;
  const annual = stated === void 0 ? resolveIntensity(job, settings) : statedIntensity(job);
  const series = stated === void 0 ? applySeries(job, annual, settings) : void 0;
  const intensity = series?.intensity ?? annual;
  if (series?.warning !== void 0) warnings.push(series.warning);
  const overhead = stated === void 0 ? resolveOverhead(job, settings) : STATED_OVERHEAD;
  const operationalKg = stated ?? (job.itEnergyKWh + overhead.kWh) * intensity.gPerKWh / 1e3;
  const gpuCount = job.gpuCount;
  let hours = job.durationHours;
  if (hours === void 0 && job.gpuHours !== void 0 && gpuCount !== void 0 && gpuCount > 0) {
    hours = job.gpuHours / gpuCount;
  }
  const use = hardwareUse(gpuCount, job.cpuThreads, settings.hardware);
  let embodied = 0;
  if (hours === void 0) {
    warnings.push(`${job.name}: no duration recorded, embodied emissions not counted`);
  } else {
    embodied = embodiedKg(hours, use, job.gpuModel, settings.hardware, job.gpuModels);
  }
  const iSpread = intensitySpread(intensity, stated !== void 0);
  const oSpread = stated !== void 0 ? { low: 1, central: 1, high: 1, source: NOT_USED } : overheadSpread(overhead.basis, job.cloudProvider);
  const bounds = boundJob({
    job,
    settings,
    intensity: iSpread,
    overhead: oSpread,
    basis: overhead.basis,
    hours,
    use
  });
  const estimate = {
    id,
    name: job.name,
    source: job.source,
    ...job.startedAt !== void 0 ? { startedAt: job.startedAt } : {},
    durationHours: hours ?? 0,
    gpuCount: use.gpus,
    ...job.gpuModel !== void 0 ? { gpuModel: job.gpuModel } : {},
    ...job.cpuThreads !== void 0 ? { cpuThreads: job.cpuThreads } : {},
    ...intensity.region !== void 0 ? { region: intensity.region } : {},
    intensityGPerKWh: intensity.gPerKWh,
    intensitySource: intensity.source,
    intensityNote: intensity.note,
    pue: overhead.pue,
    overheadMode: overhead.mode,
    itEnergyKWh: job.itEnergyKWh,
    overheadKWh: overhead.kWh,
    operationalKg,
    embodiedKg: embodied,
    totalKg: operationalKg + embodied,
    ...job.waterL !== void 0 ? { waterL: job.waterL } : {},
    ...job.wueLPerKWh !== void 0 ? { wueLPerKWh: job.wueLPerKWh } : {},
    low: bounds.low,
    high: bounds.high
  };
  return {
    estimate,
    intensitySpread: iSpread,
    overheadSpread: oSpread,
    pueSource: overhead.pueSource,
    ...use.assumed !== void 0 ? { hardwareAssumed: use.assumed } : {},
    warnings
  };
}

// src/model/job-sink.ts
var LISTED_JOBS = 1e4;
var TotalsSum = class {
  itEnergyKWh = 0;
  overheadKWh = 0;
  operationalKg = 0;
  embodiedKg = 0;
  low = ZERO_BOUNDS;
  high = ZERO_BOUNDS;
  add(j) {
    this.itEnergyKWh += j.itEnergyKWh;
    this.overheadKWh += j.overheadKWh;
    this.operationalKg += j.operationalKg;
    this.embodiedKg += j.embodiedKg;
    this.low = addBounds(this.low, j.low ?? j);
    this.high = addBounds(this.high, j.high ?? j);
  }
  totals() {
    return {
      itEnergyKWh: this.itEnergyKWh,
      overheadKWh: this.overheadKWh,
      facilityEnergyKWh: this.itEnergyKWh + this.overheadKWh,
      operationalKg: this.operationalKg,
      embodiedKg: this.embodiedKg,
      totalKg: this.operationalKg + this.embodiedKg,
      low: pickBounds(this.low),
      high: pickBounds(this.high)
    };
  }
};
function pickBounds(b) {
  return { operationalKg: b.operationalKg, embodiedKg: b.embodiedKg, totalKg: b.totalKg };
}
function groupKey(j) {
  return JSON.stringify([
    j.source.format,
    j.source.path,
    j.gpuModel ?? null,
    j.region ?? null,
    j.intensitySource
  ]);
}
function assumptionKey(r) {
  const j = r.estimate;
  return JSON.stringify([
    j.region ?? null,
    j.intensityGPerKWh,
    j.intensitySource,
    j.intensityNote,
    r.intensitySpread,
    j.overheadMode,
    j.pue,
    r.pueSource,
    r.overheadSpread,
    j.gpuCount > 0 ? j.gpuModel ?? null : null,
    j.source.format,
    r.hardwareAssumed !== void 0 ? [j.name, r.hardwareAssumed] : null
  ]);
}
function describeResult(r) {
  return {
    estimate: r.estimate,
    pueSource: r.pueSource,
    intensitySpread: r.intensitySpread,
    overheadSpread: r.overheadSpread,
    ...r.hardwareAssumed !== void 0 ? { hardwareAssumed: r.hardwareAssumed } : {}
  };
}
var JobSink = class {
  constructor(limit = LISTED_JOBS) {
    this.limit = limit;
  }
  limit;
  /** Jobs added so far. */
  count = 0;
  sum = new TotalsSum();
  listed = [];
  groups = /* @__PURE__ */ new Map();
  /** One summed job for each distinct set of assumption lines, in arrival order. */
  representatives = /* @__PURE__ */ new Map();
  summedWarnings = [];
  add(result) {
    const j = result.estimate;
    this.count++;
    this.sum.add(j);
    if (this.listed.length < this.limit) {
      this.listed.push(result);
      return;
    }
    for (const w of result.warnings) this.summedWarnings.push(w);
    const rk = assumptionKey(result);
    if (!this.representatives.has(rk)) this.representatives.set(rk, describeResult(result));
    const key = groupKey(j);
    const g = this.groups.get(key);
    const itKg = itKgOf(j);
    if (g === void 0) {
      this.groups.set(key, {
        format: j.source.format,
        path: j.source.path,
        ...j.gpuModel !== void 0 ? { gpuModel: j.gpuModel } : {},
        ...j.region !== void 0 ? { region: j.region } : {},
        intensitySource: j.intensitySource,
        jobs: 1,
        itEnergyKWh: j.itEnergyKWh,
        overheadKWh: j.overheadKWh,
        operationalKg: j.operationalKg,
        embodiedKg: j.embodiedKg,
        totalKg: j.totalKg,
        itKg,
        durationHours: j.durationHours,
        low: pickBounds(j.low ?? j),
        high: pickBounds(j.high ?? j)
      });
      return;
    }
    g.jobs++;
    g.itEnergyKWh += j.itEnergyKWh;
    g.overheadKWh += j.overheadKWh;
    g.operationalKg += j.operationalKg;
    g.embodiedKg += j.embodiedKg;
    g.totalKg += j.totalKg;
    g.itKg += itKg;
    g.durationHours += j.durationHours;
    g.low = addBounds(g.low, j.low ?? j);
    g.high = addBounds(g.high, j.high ?? j);
  }
  /** Totals over every job added. */
  totals() {
    return this.sum.totals();
  }
  /** The jobs kept whole, in arrival order. */
  listedResults() {
    return this.listed;
  }
  /** The summed groups, in the order their first job arrived. */
  summedGroups() {
    return [...this.groups.values()];
  }
  /** The listed jobs and one summed job per distinct set of assumptions (for assumption lines). */
  assumptionJobs() {
    return [...this.listed.map(describeResult), ...this.representatives.values()];
  }
  /** Per-job warnings of every job, listed ones first (arrival order within each). */
  warnings() {
    return [...this.listed.flatMap((r) => r.warnings), ...this.summedWarnings];
  }
};
function itKgOf(j) {
  return Number.isFinite(j.itEnergyKWh) && Number.isFinite(j.intensityGPerKWh) ? j.itEnergyKWh * j.intensityGPerKWh / 1e3 : 0;
}

// src/model/references.ts
var PUBLISHED_TOTALS = [
  {
    id: "bloom-176b-training",
    label: "BLOOM 176B training (lifecycle)",
    totalKg: 50500,
    basis: "embodied 11.2 t + dynamic 24.69 t + idle 14.6 t, 57 g/kWh (France), no PUE on top of idle",
    source: {
      name: 'Luccioni, Viguier & Ligozat, "Estimating the Carbon Footprint of BLOOM", arXiv 2211.02001, Table 3',
      url: "https://arxiv.org/abs/2211.02001",
      vintage: "2022"
    }
  },
  {
    id: "gpt-3-training",
    label: "GPT-3 175B training",
    totalKg: 552100,
    basis: "1,287 MWh including PUE 1.10, at 429 g/kWh; operational only",
    source: {
      name: 'Patterson et al., "Carbon Emissions and Large Neural Network Training", arXiv 2104.10350, Table 4',
      url: "https://arxiv.org/abs/2104.10350",
      vintage: "2021"
    }
  },
  {
    id: "opt-175b-training",
    label: "OPT-175B training",
    totalKg: 75e3,
    basis: "about 324 MWh at 231 g/kWh; operational only (the BLOOM paper gives 70 t)",
    source: {
      name: 'Zhang et al., "OPT: Open Pre-trained Transformer Language Models", arXiv 2205.01068',
      url: "https://arxiv.org/abs/2205.01068",
      vintage: "2022"
    }
  },
  {
    id: "llama-65b-training",
    label: "LLaMA 65B training",
    totalKg: 173e3,
    basis: "1,022,362 A100 GPU-hours at 400 W, PUE 1.1, US average 385 g/kWh; operational only",
    source: {
      name: 'Touvron et al., "LLaMA: Open and Efficient Foundation Language Models", arXiv 2302.13971, Table 15',
      url: "https://arxiv.org/abs/2302.13971",
      vintage: "2023"
    }
  },
  {
    id: "bloom-api-inference-day",
    label: "One day of the BLOOM inference API",
    totalKg: 19,
    basis: "340 kg over 18 days on 16 A100 40GB (GCP us-central1, 394 g/kWh), measured with CodeCarbon",
    source: {
      name: 'Luccioni, Viguier & Ligozat, "Estimating the Carbon Footprint of BLOOM", arXiv 2211.02001, \xA74.4',
      url: "https://arxiv.org/abs/2211.02001",
      vintage: "2022"
    }
  }
];
function describeReferenceSource(ref) {
  return `${ref.source.name} (${ref.source.vintage}): ${ref.basis}. ${ref.source.url}`;
}
function computeReferences(totalKg) {
  return PUBLISHED_TOTALS.map((r) => ({
    id: r.id,
    label: r.label,
    totalKg: r.totalKg,
    fraction: totalKg / r.totalKg,
    source: describeReferenceSource(r)
  }));
}
function findPublishedTotal(id) {
  return PUBLISHED_TOTALS.find((r) => r.id === id);
}

// src/model/deployment.ts
var HOURS_PER_DAY = 24;
var DAYS_PER_YEAR = 365;
function checkDeployment(d) {
  const out = [];
  const hardware = d.gpuPowerW !== void 0 || d.cpuPowerW !== void 0;
  if (d.inference === void 0 && !hardware) {
    out.push(
      "deployment: needs either inference (a measured inference artifact) or serving hardware (gpus with gpu-power-w, or cpu-power-w)"
    );
  }
  if (d.inference !== void 0 && hardware) {
    out.push(
      "deployment: give either inference (measured) or gpu-power-w / cpu-power-w (hardware), not both"
    );
  }
  if (d.gpuPowerW !== void 0 && (d.gpus === void 0 || d.gpus <= 0)) {
    out.push("deployment.gpus: needed with gpu-power-w (how many GPUs serve)");
  }
  const pairs = [
    ["measured-requests", d.measuredRequests, "requests-per-day", d.requestsPerDay],
    ["measured-tokens", d.measuredTokens, "tokens-per-day", d.tokensPerDay]
  ];
  for (const [a, av, b, bv] of pairs) {
    if (av === void 0 !== (bv === void 0)) {
      out.push(`deployment.${av === void 0 ? a : b}: needed with ${av === void 0 ? b : a}`);
    }
    if (av !== void 0 && d.inference === void 0) {
      out.push(`deployment.${a}: only with inference (the artifact whose run served them)`);
    }
  }
  return out;
}
function fmt(x) {
  return Number(x.toPrecision(6)).toLocaleString("en-US");
}
function measuredDay(s, jobs, hoursPerDay) {
  const energy = jobs.reduce((e, j) => e + j.itEnergyKWh, 0);
  const first = jobs[0];
  const duration = jobs.reduce((h, j) => Math.max(h, j.durationHours ?? 0), 0);
  let scale;
  let basis;
  if (s.measuredRequests !== void 0 && s.requestsPerDay !== void 0) {
    const measuredDays = duration > 0 ? duration / HOURS_PER_DAY : 1;
    scale = s.requestsPerDay / s.measuredRequests;
    basis = `${fmt(energy)} kWh measured over ${fmt(s.measuredRequests)} requests \xD7 ${fmt(s.requestsPerDay)} requests/day`;
    return {
      itEnergyKWh: energy * scale,
      hours: hoursPerDay * measuredDays * scale,
      basis,
      requestsPerDay: s.requestsPerDay,
      ...s.tokensPerDay !== void 0 ? { tokensPerDay: s.tokensPerDay } : {},
      template: templateOf(first)
    };
  }
  if (s.measuredTokens !== void 0 && s.tokensPerDay !== void 0) {
    const measuredDays = duration > 0 ? duration / HOURS_PER_DAY : 1;
    scale = s.tokensPerDay / s.measuredTokens;
    basis = `${fmt(energy)} kWh measured over ${fmt(s.measuredTokens)} tokens \xD7 ${fmt(s.tokensPerDay)} tokens/day`;
    return {
      itEnergyKWh: energy * scale,
      hours: hoursPerDay * measuredDays * scale,
      basis,
      tokensPerDay: s.tokensPerDay,
      template: templateOf(first)
    };
  }
  if (duration > 0) {
    scale = HOURS_PER_DAY / duration;
    basis = `${fmt(energy)} kWh measured over ${fmt(duration)} h, at the same load ${fmt(hoursPerDay)} h/day`;
    return {
      itEnergyKWh: energy * scale * (hoursPerDay / HOURS_PER_DAY),
      hours: hoursPerDay,
      basis,
      template: templateOf(first)
    };
  }
  return {
    itEnergyKWh: energy,
    hours: hoursPerDay,
    basis: `${fmt(energy)} kWh measured, taken as one day (the artifact records no duration)`,
    template: templateOf(first)
  };
}
function templateOf(job) {
  if (job === void 0) return {};
  const { gpuCount, gpuModel, gpuModels, cpuThreads, intensityGPerKWh, pue } = job;
  const { region, cloudProvider, cloudRegion, country } = job;
  return Object.fromEntries(
    Object.entries({
      gpuCount,
      gpuModel,
      gpuModels,
      cpuThreads,
      intensityGPerKWh,
      pue,
      region,
      cloudProvider,
      cloudRegion,
      country
    }).filter(([, v]) => v !== void 0)
  );
}
function hardwareDay(s, hoursPerDay) {
  const gpus = s.gpus ?? 0;
  const watts = gpus * (s.gpuPowerW ?? 0) + (s.cpuPowerW ?? 0);
  const parts = [
    ...gpus > 0 && s.gpuPowerW !== void 0 ? [`${fmt(gpus)} GPUs \xD7 ${fmt(s.gpuPowerW)} W`] : [],
    ...s.cpuPowerW !== void 0 ? [`${fmt(s.cpuPowerW)} W CPU`] : []
  ];
  return {
    itEnergyKWh: watts * hoursPerDay / 1e3,
    hours: hoursPerDay,
    basis: `${parts.join(" + ")} \xD7 ${fmt(hoursPerDay)} h/day`,
    ...s.requestsPerDay !== void 0 ? { requestsPerDay: s.requestsPerDay } : {},
    ...s.tokensPerDay !== void 0 ? { tokensPerDay: s.tokensPerDay } : {},
    template: {}
  };
}
function projectDeployment(input) {
  const s = input.settings;
  const hoursPerDay = s.hoursPerDay ?? HOURS_PER_DAY;
  const measured = s.inference !== void 0;
  const day = measured ? measuredDay(s, input.inferenceJobs, hoursPerDay) : hardwareDay(s, hoursPerDay);
  const gpuCount = s.gpus ?? day.template.gpuCount;
  const gpuModel = s.gpuModel ?? day.template.gpuModel;
  const cpuThreads = s.cpuThreads ?? day.template.cpuThreads;
  const job = {
    ...day.template,
    name: "deployment: one day",
    source: { path: s.inference ?? "deployment", format: "generic" },
    itEnergyKWh: day.itEnergyKWh,
    durationHours: day.hours,
    ...gpuCount !== void 0 ? { gpuCount } : {},
    ...gpuModel !== void 0 ? { gpuModel } : {},
    ...cpuThreads !== void 0 ? { cpuThreads } : {}
  };
  const model = servingSettings(input.model, s, day.template);
  const { estimate } = estimateJob(job, "deployment", model);
  const embodiedKgPerDay = s.embodied === false ? 0 : estimate.embodiedKg;
  const totalKgPerDay = estimate.operationalKg + embodiedKgPerDay;
  const trainingKg = s.trainingKg ?? input.runTotalKg;
  const requests = day.requestsPerDay;
  const tokens = day.tokensPerDay;
  return {
    mode: measured ? "measured" : "hardware",
    basis: day.basis,
    itEnergyKWhPerDay: estimate.itEnergyKWh,
    overheadKWhPerDay: estimate.overheadKWh,
    facilityEnergyKWhPerDay: estimate.itEnergyKWh + estimate.overheadKWh,
    operationalKgPerDay: estimate.operationalKg,
    embodiedKgPerDay,
    totalKgPerDay,
    totalKgPerYear: totalKgPerDay * DAYS_PER_YEAR,
    intensityGPerKWh: estimate.intensityGPerKWh,
    intensitySource: estimate.intensitySource,
    pue: estimate.pue,
    overheadMode: estimate.overheadMode,
    ...requests !== void 0 && requests > 0 ? { requestsPerDay: requests, kgPerRequest: totalKgPerDay / requests } : {},
    ...tokens !== void 0 && tokens > 0 ? { tokensPerDay: tokens, kgPerMillionTokens: totalKgPerDay / tokens * 1e6 } : {},
    trainingKg,
    trainingBasis: s.trainingKg !== void 0 ? "deployment.training" : "this run",
    breakEvenDays: totalKgPerDay > 0 ? trainingKg / totalKgPerDay : null
  };
}
function servingSettings(base, s, template) {
  const { intensity: _i, region: _r, ...rest } = base;
  const own = s.intensity !== void 0 || s.region !== void 0;
  const located = template.intensityGPerKWh !== void 0 || template.region !== void 0 || template.cloudRegion !== void 0 || template.country !== void 0;
  const place = own ? {
    ...s.intensity !== void 0 ? { intensity: s.intensity } : {},
    ...s.region !== void 0 ? { region: s.region } : {}
  } : located ? {} : {
    ...base.intensity !== void 0 ? { intensity: base.intensity } : {},
    ...base.region !== void 0 ? { region: base.region } : {}
  };
  const pue = s.pue ?? base.pue;
  return { ...rest, ...place, ...pue !== void 0 ? { pue } : {} };
}

// src/model/project-totals.ts
var FINAL_TAG = "final";
function matchesJobRule(name, pattern) {
  const body = pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*");
  return new RegExp(`^${body}$`, "i").test(name);
}
function isFinalRun(run, rule) {
  if (run.tag !== void 0 && run.tag.toLowerCase() === rule.tag.toLowerCase()) return true;
  return run.jobNames.some((n) => rule.jobs.some((p) => matchesJobRule(n, p)));
}
function sum(period, runs2) {
  let totalKg = 0;
  let facilityEnergyKWh = 0;
  for (const r of runs2) {
    totalKg += r.totalKg;
    facilityEnergyKWh += r.facilityEnergyKWh;
  }
  return { period, runs: runs2.length, totalKg, facilityEnergyKWh };
}
function describeRule(rule) {
  const jobs = rule.jobs.length > 0 ? ` or a job named ${rule.jobs.join(", ")}` : "";
  return `tag ${rule.tag}${jobs}`;
}
function computeProjectTotals(runs2, options) {
  const iso = options.asOf.toISOString();
  const month = iso.slice(0, 7);
  const year = iso.slice(0, 4);
  const valid = runs2.filter((r) => !Number.isNaN(Date.parse(r.date)));
  const utc = (r) => new Date(Date.parse(r.date)).toISOString();
  const inMonth = valid.filter((r) => utc(r).startsWith(month));
  const inYear = valid.filter((r) => utc(r).startsWith(year));
  const since = valid.map(utc).sort()[0];
  const all = { ...sum("all", valid), ...since !== void 0 ? { since } : {} };
  const finals = valid.filter((r) => isFinalRun(r, options.rule));
  const final = finals.length > 0 ? { ...sum("final", finals), rule: describeRule(options.rule) } : void 0;
  return {
    asOf: iso,
    month: sum(month, inMonth),
    year: sum(year, inYear),
    allTime: all,
    ...final !== void 0 ? { final } : {},
    ...final !== void 0 && final.totalKg > 0 ? { rdMultiplier: all.totalKg / final.totalKg } : {},
    source: options.source
  };
}

// src/model/sci.ts
var G_PER_KG = 1e3;
function uniq(items) {
  return [...new Set(items)].join(", ");
}
function score(unit, e, operationalKg, embodiedKg2, units, sources) {
  const intensity = e > 0 ? operationalKg * G_PER_KG / e : 0;
  const terms = [
    { term: "E", value: e, unit: "kWh", source: sources.e },
    { term: "I", value: intensity, unit: "g CO2e/kWh", source: sources.i },
    { term: "M", value: embodiedKg2 * G_PER_KG, unit: "g CO2e", source: sources.m },
    { term: "R", value: units, unit, source: sources.r }
  ];
  return {
    functionalUnit: unit,
    scoreG: units > 0 ? (operationalKg + embodiedKg2) * G_PER_KG / units : 0,
    energyKWh: e,
    intensityGPerKWh: intensity,
    embodiedG: embodiedKg2 * G_PER_KG,
    units,
    terms
  };
}
function scoreTrainingRun(totals, jobs) {
  const formats = uniq(jobs.map((j) => j.source.format));
  const modes = uniq(jobs.map((j) => j.overheadMode === "idle" ? "idle energy" : `PUE ${j.pue}`));
  const intensities = uniq(jobs.map((j) => `${j.intensitySource}: ${j.intensityNote}`));
  return score(
    "training run",
    totals.facilityEnergyKWh,
    totals.operationalKg,
    totals.embodiedKg,
    1,
    {
      e: `the artifacts (${formats || "none"}), IT energy + facility overhead (${modes || "none"})`,
      i: `energy-weighted over the jobs; ${intensities || "none"}`,
      m: `amortised embodied hardware: embodied \xF7 (lifetime \xD7 8760 h \xD7 utilization) \xD7 hours; ${BLOOM_EMBODIED_SOURCE}`,
      r: "one training run: every job of this report"
    }
  );
}
function scoreDeployment(d) {
  const sources = (r) => ({
    e: `deployment day (${d.mode}): ${d.basis}; overhead ${d.overheadMode === "idle" ? "idle ratio" : `PUE ${d.pue}`}`,
    i: d.intensitySource,
    m: `serving hardware's amortised embodied share a day; ${BLOOM_EMBODIED_SOURCE}`,
    r
  });
  const out = [];
  const e = d.facilityEnergyKWhPerDay;
  if (d.requestsPerDay !== void 0 && d.requestsPerDay > 0) {
    out.push(
      score(
        "request",
        e,
        d.operationalKgPerDay,
        d.embodiedKgPerDay,
        d.requestsPerDay,
        sources("deployment.requests-per-day")
      )
    );
  }
  if (d.tokensPerDay !== void 0 && d.tokensPerDay > 0) {
    out.push(
      score(
        "million tokens",
        e,
        d.operationalKgPerDay,
        d.embodiedKgPerDay,
        d.tokensPerDay / 1e6,
        sources("deployment.tokens-per-day \xF7 1,000,000")
      )
    );
  }
  return out;
}

// src/run/whole-cost.ts
var SCHEMA_REVISION = 1;
function computePullRequest(input, totalKg, counted) {
  if (input === void 0) return { warnings: [] };
  const pullRequest = addPrRun(input.read.list, { ...input.run, totalKg }, counted);
  const warnings = input.read.notice !== void 0 ? [input.read.notice] : [];
  if (!counted) {
    warnings.push(
      "This run is not added to the pull request total: its inputs could not all be used."
    );
  }
  return { pullRequest, warnings };
}
function projectRuns(project, run) {
  if (project.addThisRun !== true || run.counted !== true) return project.runs;
  const thisRun = {
    date: project.asOf.toISOString(),
    totalKg: run.totals.totalKg,
    facilityEnergyKWh: run.totals.facilityEnergyKWh,
    jobNames: run.jobs.map((j) => j.name),
    ...run.config.tag !== void 0 ? { tag: run.config.tag } : {}
  };
  return [...project.runs, thisRun];
}
function computeWholeCost(args) {
  const { config, totals, jobs } = args;
  const errors = [];
  let deployment;
  if (config.deployment !== void 0) {
    const problems = checkDeployment(config.deployment);
    if (config.deployment.inference !== void 0 && args.inferenceJobs.length === 0) {
      problems.push(
        `deployment.inference: ${config.deployment.inference}: no inference job found there`
      );
    }
    errors.push(...problems);
    if (problems.length === 0) {
      deployment = projectDeployment({
        settings: config.deployment,
        inferenceJobs: args.inferenceJobs,
        model: config,
        runTotalKg: totals.totalKg
      });
    }
  }
  const project = args.project !== void 0 ? computeProjectTotals(projectRuns(args.project, args), {
    asOf: args.project.asOf,
    rule: { tag: FINAL_TAG, jobs: config.finalJobs },
    source: args.project.source
  }) : void 0;
  const sci = [
    ...jobs.length > 0 ? [scoreTrainingRun(totals, jobs)] : [],
    ...deployment !== void 0 ? scoreDeployment(deployment) : []
  ];
  return {
    ...project !== void 0 ? { project } : {},
    ...deployment !== void 0 ? { deployment } : {},
    sci,
    errors
  };
}

// src/run/evaluate-gate.ts
var NO_JOB_ERROR = "artifacts: no job found: a gate never passes on nothing (check the artifact paths)";
var NOT_FINITE_ERROR = "artifacts: the totals are not finite numbers: check the artifacts for absurd values";
function formatNotice(n) {
  return n.line === void 0 ? `${n.path}: ${n.message}` : `${n.path}:${n.line}: ${n.message}`;
}
function estimateInto(sink, jobs, config) {
  const used = /* @__PURE__ */ new Map();
  for (const j of jobs) {
    if (sink.count >= LISTED_JOBS) {
      sink.add(estimateJob(j, "", config));
      continue;
    }
    const base = j.source.line !== void 0 ? `${j.source.path}:${j.source.line}` : j.source.path;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    sink.add(estimateJob(j, n === 1 ? base : `${base}#${n}`, config));
  }
}
function evaluateGate(input) {
  const { config } = input;
  const errors = [...input.errors];
  const sink = new JobSink();
  estimateInto(sink, input.jobs, config);
  const results = sink.listedResults();
  const jobs = results.map((r) => r.estimate);
  const moreJobs = sink.summedGroups();
  const described = sink.assumptionJobs();
  const allKinds = moreJobs.length > 0 ? described.map((d) => d.estimate) : jobs;
  const totals = sink.totals();
  if (sink.count === 0 && errors.length === 0) errors.push(NO_JOB_ERROR);
  const figures = [totals, totals.low ?? totals, totals.high ?? totals];
  const finite = figures.every(
    (t) => Object.values(t).every((x) => typeof x !== "number" || Number.isFinite(x))
  );
  if (!finite) errors.push(NOT_FINITE_ERROR);
  const baseline = compareWith(totals.totalKg, input.baseline);
  const monthToDate = input.monthBeforeKg !== void 0 ? { monthToDateKg: input.monthBeforeKg + totals.totalKg } : {};
  const totalRange = totals.low !== void 0 && totals.high !== void 0 ? { totalRange: { low: totals.low.totalKg, high: totals.high.totalKg } } : {};
  const whole = computeWholeCost({
    config,
    totals,
    jobs: allKinds,
    inferenceJobs: input.inferenceJobs ?? [],
    ...input.project !== void 0 ? { project: input.project } : {},
    counted: errors.length === 0
  });
  appendAll(errors, whole.errors);
  const pr = computePullRequest(input.prRuns, totals.totalKg, errors.length === 0);
  const prToDate = pr.pullRequest !== void 0 ? { prToDateKg: pr.pullRequest.totalKg } : {};
  const budgets = evaluateBudgets(
    { totalKg: totals.totalKg, ...totalRange, baseline, ...monthToDate, ...prToDate },
    config
  );
  const marketBased = computeMarketBased(totals, config.marketIntensity);
  const cleaner = findCleaner(firstOf(input.jobs, jobs.length), jobs, config);
  const report = {
    schemaVersion: 1,
    // Inputs that could not be used never let the gate pass.
    verdict: errors.length > 0 ? "fail" : budgets.verdict,
    totals,
    jobs,
    ...moreJobs.length > 0 ? { moreJobs } : {},
    budgets: budgets.budgets,
    baseline,
    equivalents: computeEquivalents(totals.totalKg),
    references: computeReferences(totals.totalKg),
    assumptions: listAssumptions(described, config, timeZoneUse(allKinds, config)),
    warnings: [
      ...input.notices.map(formatNotice),
      ...input.warnings ?? [],
      ...sink.warnings(),
      ...pr.warnings,
      ...budgets.notes
    ],
    ...marketBased !== void 0 ? { marketBased } : {},
    ...cleaner !== void 0 ? { cleaner } : {},
    errors,
    schemaRevision: SCHEMA_REVISION,
    ...pr.pullRequest !== void 0 ? { pullRequest: pr.pullRequest } : {},
    ...whole.project !== void 0 ? { project: whole.project } : {},
    ...whole.deployment !== void 0 ? { deployment: whole.deployment } : {},
    ...whole.sci.length > 0 ? { sci: whole.sci } : {}
  };
  return { report, ...budgets.budgetUsed !== void 0 ? { budgetUsed: budgets.budgetUsed } : {} };
}
function compareWith(totalKg, earlier) {
  return earlier != null ? compareWithBaseline(totalKg, earlier.totalKg, earlier.sha) : null;
}
function timeZoneUse(jobs, config) {
  if (!jobs.some((j) => writesLocalTimes(j.source.format))) return void 0;
  return { zone: config.timezone, isDefault: config.timezone === DEFAULT_CONFIG.timezone };
}
function firstOf(records, n) {
  const out = [];
  if (n === 0) return out;
  for (const r of records) {
    out.push(r);
    if (out.length === n) break;
  }
  return out;
}

// src/run/run-gate.ts
var NO_HISTORY = { baseline: null, points: [], warnings: [] };
async function runGate(ports, request) {
  const { config } = request;
  const history = ports.readHistory !== void 0 ? await ports.readHistory() : NO_HISTORY;
  const options = readOptionsFrom(config);
  const read = await ports.readJobs(options);
  const inference = await readInference(ports, config, options);
  const served = new Set(inference?.jobs.map((j) => j.source.path));
  const collected = { ...read, jobs: read.jobs.filter((j) => !served.has(j.source.path)) };
  const result = evaluateGate({
    jobs: collected.jobs,
    notices: [...collected.notices, ...inference?.notices ?? []],
    errors: [...request.errors ?? [], ...collected.errors, ...inference?.errors ?? []],
    ...inference !== void 0 ? { inferenceJobs: inference.jobs } : {},
    ...history.prRuns !== void 0 ? { prRuns: history.prRuns } : {},
    ...history.project !== void 0 ? { project: history.project } : {},
    config,
    baseline: history.baseline,
    ...history.monthBeforeKg !== void 0 ? { monthBeforeKg: history.monthBeforeKg } : {},
    warnings: history.warnings
  });
  return { ...result, history, collected };
}
async function readInference(ports, config, options) {
  const path = config.deployment?.inference;
  if (path === void 0 || ports.readInference === void 0) return void 0;
  return ports.readInference([path], options);
}

// src/report/comment-input.ts
function listJobChanges(jobs, base, identify = (job) => job.name) {
  const now = /* @__PURE__ */ new Map();
  const labels = /* @__PURE__ */ new Map();
  for (const j of jobs) {
    const key = identify(j);
    now.set(key, (now.get(key) ?? 0) + j.totalKg);
    if (!labels.has(key)) labels.set(key, j.name);
  }
  const before = /* @__PURE__ */ new Map();
  for (const b of base) {
    before.set(b.key, (before.get(b.key) ?? 0) + b.totalKg);
    if (!labels.has(b.key)) labels.set(b.key, b.name ?? b.key);
  }
  const keys = [.../* @__PURE__ */ new Set([...now.keys(), ...before.keys()])];
  return keys.map((key) => ({
    label: labels.get(key) ?? key,
    thisKg: now.get(key) ?? null,
    baseKg: before.get(key) ?? null
  }));
}
function measureJobChange(job) {
  const delta = (job.thisKg ?? 0) - (job.baseKg ?? 0);
  return Number.isFinite(delta) ? delta : 0;
}
function listBiggestChanges(jobs, max) {
  return jobs.filter((j) => measureJobChange(j) !== 0).sort(
    (a, b) => Math.abs(measureJobChange(b)) - Math.abs(measureJobChange(a)) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)
  ).slice(0, Math.max(0, max));
}

// src/report/format-numbers.ts
var NOT_AVAILABLE = "n/a";
var NBSP = "\xA0";
function formatNumber(value, decimals) {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = "0", fraction] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? "-" : ""}${grouped}${fraction !== void 0 ? `.${fraction}` : ""}`;
}
function formatDecimal(value, maxDecimals = 2) {
  const text = formatNumber(value, maxDecimals);
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}
function roundSignificant(value, digits) {
  return value === 0 ? 0 : Number(value.toPrecision(digits));
}
function formatAmount(value) {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  const magnitude = Math.abs(roundSignificant(value, 3));
  if (magnitude >= 1e9) return `${formatAmount(value / 1e9)} billion`;
  if (magnitude >= 1e6) return `${formatAmount(value / 1e6)} million`;
  if (magnitude >= 100) return formatNumber(value, 0);
  if (magnitude >= 10) return formatNumber(value, 1);
  if (magnitude >= 1) return formatNumber(value, 2);
  if (magnitude === 0) return "0";
  const decimals = Math.min(12, 1 - Math.floor(Math.log10(Math.abs(value))));
  return formatDecimal(value, decimals);
}
function pickUnit(value, units) {
  const smallest = units[0];
  if (value === 0) return units.find((u) => u.factor === 1) ?? smallest;
  const size = Math.abs(value);
  return [...units].reverse().find((u) => roundSignificant(size / u.factor, 3) >= 1) ?? smallest;
}
function formatScaled(value, units, space) {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  if (value === 0) return `0${space}${pickUnit(0, units).symbol}`;
  const unit = pickUnit(value, units);
  return `${formatAmount(value / unit.factor)}${space}${unit.symbol}`;
}
var MASS_UNITS = [
  { factor: 1e-6, symbol: "mg" },
  { factor: 1e-3, symbol: "g" },
  { factor: 1, symbol: "kg" },
  { factor: 1e3, symbol: "t" }
];
var ENERGY_UNITS = [
  { factor: 1e-3, symbol: "Wh" },
  { factor: 1, symbol: "kWh" },
  { factor: 1e3, symbol: "MWh" },
  { factor: 1e6, symbol: "GWh" }
];
function formatMass(kg, space = " ") {
  return formatScaled(kg, MASS_UNITS, space);
}
function formatMassRange(kg, range, space = " ") {
  const text = formatMass(kg, space);
  if (range === void 0 || !Number.isFinite(kg) || text === NOT_AVAILABLE) return text;
  const { low, high } = range;
  if (!Number.isFinite(low) || !Number.isFinite(high)) return text;
  const unit = pickUnit(kg, MASS_UNITS);
  const end = (x) => formatAmount(x / unit.factor);
  if (end(low) === end(high)) return text;
  return `${text} (${end(low)}\u2013${end(high)})`;
}
function formatTotalRange(t, space = " ") {
  const range = t.low !== void 0 && t.high !== void 0 ? { low: t.low.totalKg, high: t.high.totalKg } : void 0;
  return formatMassRange(t.totalKg, range, space);
}
function formatEnergy(kWh, space = " ") {
  return formatScaled(kWh, ENERGY_UNITS, space);
}
function signed(value, text) {
  return value > 0 && text !== NOT_AVAILABLE && !/^0(\.0+)?[ \u00A0]/.test(text) ? `+${text}` : text;
}
function formatSignedMass(kg, space = " ") {
  return signed(kg, formatMass(kg, space));
}
function formatSignedEnergy(kWh, space = " ") {
  return signed(kWh, formatEnergy(kWh, space));
}
function formatPercent(percent2, space = " ") {
  if (!Number.isFinite(percent2)) return NOT_AVAILABLE;
  const magnitude = Math.abs(roundSignificant(percent2, 4));
  if (magnitude >= 1e3) return `${formatNumber(percent2, 0)}${space}%`;
  if (magnitude >= 1) return `${formatNumber(percent2, 1)}${space}%`;
  return `${formatAmount(percent2)}${space}%`;
}
function formatSignedPercent(percent2, space = " ") {
  return signed(percent2, formatPercent(percent2, space));
}
function formatFraction(fraction, space = " ") {
  return formatPercent(fraction * 100, space);
}
function formatIntensity(gPerKWh, space = " ") {
  if (!Number.isFinite(gPerKWh)) return NOT_AVAILABLE;
  return `${formatDecimal(gPerKWh, Math.abs(gPerKWh) >= 100 ? 0 : 1)}${space}g/kWh`;
}
function formatWholePercent(fraction, space = " ") {
  if (!Number.isFinite(fraction)) return NOT_AVAILABLE;
  return `${formatNumber(fraction * 100, 0)}${space}%`;
}

// src/report/escape.ts
var ZWSP = "\u200B";
var MAX_TEXT_LENGTH = 200;
function sanitizeText(untrusted, maxLength = MAX_TEXT_LENGTH) {
  const text = asText(untrusted);
  const line = escapeLogLine(text.trim()).replace(/\s+/g, " ").trim();
  const points = Array.from(line);
  if (points.length <= maxLength) return line;
  return `${points.slice(0, Math.max(0, maxLength - 1)).join("").trimEnd()}\u2026`;
}
function asText(value) {
  return typeof value === "string" ? value : String(value);
}
var BACKSLASHED = /* @__PURE__ */ new Set([
  "\\",
  "`",
  "*",
  "_",
  "{",
  "}",
  "[",
  "]",
  "(",
  ")",
  "#",
  "!",
  "|",
  "~",
  "$",
  "^"
]);
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;"
};
function escapeMarkdownText(untrusted, maxLength = MAX_TEXT_LENGTH) {
  const text = sanitizeText(untrusted, maxLength).replace(/:\/\//g, `:${ZWSP}//`).replace(/(www)\./gi, `$1${ZWSP}.`).replace(/\b(GH)-(?=\d)/gi, `$1${ZWSP}-`);
  let out = "";
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const entity = ENTITIES[c];
    if (entity !== void 0) out += entity;
    else if (c === "@") out += `@${ZWSP}`;
    else if (c === "#" && /\d/.test(chars[i + 1] ?? "")) out += `\\#${ZWSP}`;
    else if (BACKSLASHED.has(c)) out += `\\${c}`;
    else out += c;
  }
  return out.replace(/^([-+=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}
var XML_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;"
};
function escapeXml(text) {
  return text.replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c);
}

// src/report/comment-facts.ts
var VERDICT_STYLES = {
  pass: { word: "Pass", emoji: "\u2705" },
  warn: { word: "Warn", emoji: "\u26A0\uFE0F" },
  fail: { word: "Fail", emoji: "\u274C" }
};
function normalizeVerdict(verdict) {
  return verdict === "pass" || verdict === "warn" ? verdict : "fail";
}
function styleVerdict(verdict) {
  return VERDICT_STYLES[normalizeVerdict(verdict)];
}
function nameBudget(budget) {
  switch (budget.kind) {
    case "run":
      return "Per run";
    case "monthly":
      return "Monthly (month so far)";
    case "increase":
      return "Increase vs. baseline";
    case "pr":
      return "Pull request (every run so far)";
  }
}
function formatBudgetValue(budget, value, space = " ") {
  return budget.unit === "%" ? formatSignedPercent(value, space) : formatMass(value, space);
}
function describeBudget(b, space) {
  const text = describeBudgetAlone(b, space);
  return b.certainty === void 0 ? text : `${text}, ${CERTAINTY_TEXTS[b.certainty]}`;
}
function describeBudgetAlone(b, space) {
  const use = formatWholePercent(measureBudgetUse(b), space);
  const limit = formatBudgetValue(b, b.limit, space);
  const actual = formatBudgetValue(b, b.actual, space);
  switch (b.kind) {
    case "increase":
      return b.exceeded ? `${actual} vs. the baseline, over the ${limit} limit` : `${actual} vs. the baseline (limit ${limit})`;
    case "monthly":
      return b.exceeded ? `month so far ${actual}, over the ${limit} monthly budget` : `month so far ${use} of the ${limit} monthly budget`;
    case "run":
      return b.exceeded ? `over the ${limit} run budget (${use})` : `${use} of the ${limit} run budget`;
    case "pr":
      return b.exceeded ? `this PR so far ${actual}, over the ${limit} PR budget` : `this PR so far ${use} of the ${limit} PR budget`;
  }
}
function explainVerdict(report, space = " ") {
  const parts = [];
  const errors = report.errors.length;
  if (errors > 0) parts.push(`${errors} input${errors === 1 ? "" : "s"} could not be used`);
  const exceeded = report.budgets.filter((b) => b.exceeded).sort((a, b) => Number(b.action === "fail") - Number(a.action === "fail"));
  const shown = exceeded.length > 0 ? exceeded : report.budgets.filter((b) => b === findTightestBudget(report.budgets));
  appendAll(
    parts,
    shown.map((b) => describeBudget(b, space))
  );
  if (report.budgets.length === 0) parts.push("no budget set");
  if (report.baseline !== null && !shown.some((b) => b.kind === "increase")) {
    parts.push(`${formatSignedPercent(report.baseline.deltaPercent, space)} vs. the baseline`);
  }
  return parts.join("; ");
}
function findHeadlineBudget(report) {
  const exceeded = report.budgets.filter((b) => b.exceeded);
  return exceeded.find((b) => b.action === "fail") ?? exceeded[0] ?? findTightestBudget(report.budgets);
}
function explainVerdictBriefly(report, space = " ") {
  const errors = report.errors.length;
  if (errors > 0) return `${errors} input${errors === 1 ? "" : "s"} could not be used`;
  const b = findHeadlineBudget(report);
  if (b === void 0) return "no budget set";
  const use = formatWholePercent(measureBudgetUse(b), space);
  const limit = formatBudgetValue(b, b.limit, space);
  switch (b.kind) {
    case "run":
      return b.exceeded ? `over the ${limit} run budget (${use})` : `${use} of the ${limit} run budget`;
    case "monthly":
      return b.exceeded ? `month so far over the ${limit} monthly budget (${use})` : `month so far ${use} of the ${limit} monthly budget`;
    case "increase":
      return `${formatBudgetValue(b, b.actual, space)} vs. the base (limit ${limit})`;
    case "pr":
      return b.exceeded ? `this PR so far over the ${limit} PR budget (${use})` : `this PR so far ${use} of the ${limit} PR budget`;
  }
}
function listShownEquivalents(report) {
  return report.equivalents.filter((e) => Number.isFinite(e.amount) && Math.abs(e.amount) >= 0.05);
}
function compareText(a, b) {
  const x = asText(a);
  const y = asText(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
function sortJobsBySize(jobs) {
  const size = (j) => Number.isFinite(j.totalKg) ? j.totalKg : -Infinity;
  return [...jobs].sort(
    (a, b) => size(b) - size(a) || compareText(a.name, b.name) || compareText(a.id, b.id)
  );
}
function describeOverhead(job) {
  return job.overheadMode === "idle" ? "idle" : `PUE ${formatDecimal(job.pue, 2)}`;
}
function describeOverheadModes(jobs) {
  const modes = new Set(jobs.map(describeOverhead));
  if (modes.size === 1) return [...modes][0];
  const idle = jobs.some((j) => j.overheadMode === "idle");
  const pue = jobs.some((j) => j.overheadMode !== "idle");
  return idle && pue ? "PUE and idle" : idle ? "idle" : "PUE";
}
function describeWater(jobs, space = " ") {
  const measured = jobs.filter((j) => j.waterL !== void 0);
  if (measured.length === 0) return void 0;
  const litres = measured.reduce((sum2, j) => sum2 + j.waterL, 0);
  const which = measured.length === jobs.length ? "all jobs" : `${measured.length} of ${jobs.length} jobs`;
  return `Water: ${formatAmount(litres)}${space}L (measured by the tracker for ${which})`;
}
function shortSha(sha) {
  return typeof sha === "string" && /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7).toLowerCase() : void 0;
}

// src/core/json.ts
var RAW_IN_STRINGS = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function toJsonText(value) {
  const text = JSON.stringify(value, null, 2);
  return `${text.replace(RAW_IN_STRINGS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}
`;
}
function parseJsonNullProto(text) {
  return JSON.parse(
    text,
    (_key, value) => value !== null && typeof value === "object" && !Array.isArray(value) ? Object.assign(/* @__PURE__ */ Object.create(null), value) : value
  );
}

// src/report/comment-fit.ts
var measureChars = (text) => text.length;
var encoder = new TextEncoder();
var measureBytes = (text) => encoder.encode(text).length;
var TRUNCATION_NOTE = "\n\n\u2026 (cut to fit the size limit; the job summary has the full report)\n";
function fitToLimit(levels, render, limit, measure) {
  let last = "";
  for (const level of levels) {
    last = render(level);
    if (measure(last) <= limit) return last;
  }
  return truncateText(last, limit, measure);
}
function truncateText(text, limit, measure) {
  if (measure(text) <= limit) return text;
  const note = measure(TRUNCATION_NOTE) <= limit ? TRUNCATION_NOTE : "";
  let cut = Math.min(text.length, Math.max(0, limit));
  let size = measure(text.slice(0, cut) + note);
  while (cut > 0 && size > limit) {
    cut = Math.max(0, cut - Math.max(1, size - limit));
    size = measure(text.slice(0, cut) + note);
  }
  const code = text.charCodeAt(cut - 1);
  if (cut > 0 && code >= 55296 && code <= 56319) cut -= 1;
  const lineEnd = text.lastIndexOf("\n", cut);
  if (lineEnd > cut / 2) cut = lineEnd;
  return text.slice(0, cut) + note;
}

// src/core/types.ts
var HISTORY_POINTS = 30;

// src/model/totals.ts
function sumJobs(jobs) {
  let totalKg = 0;
  let itEnergyKWh = 0;
  for (const j of jobs) {
    totalKg += j.totalKg;
    itEnergyKWh += j.itEnergyKWh;
  }
  return { totalKg, itEnergyKWh };
}
function splitOperational(totals, jobs, groups = []) {
  let itKg = 0;
  for (const g of groups) itKg += g.itKg;
  for (const job of jobs) {
    if (Number.isFinite(job.itEnergyKWh) && Number.isFinite(job.intensityGPerKWh)) {
      itKg += job.itEnergyKWh * job.intensityGPerKWh / 1e3;
    }
  }
  if (jobs.length === 0 && groups.length === 0) {
    const share2 = totals.facilityEnergyKWh > 0 ? totals.itEnergyKWh / totals.facilityEnergyKWh : 1;
    itKg = totals.operationalKg * share2;
  }
  itKg = Math.min(itKg, totals.operationalKg);
  return { itKg, overheadKg: totals.operationalKg - itKg };
}

// src/report/cleaner-line.ts
function describeCleaner(report) {
  const c = report.cleaner;
  if (c === void 0) return void 0;
  const parts = [];
  if (c.window !== void 0) {
    const w = c.window;
    const when = w.startedAt.replace("T", " ").replace(/:00Z$|Z$/, " UTC");
    parts.push(
      `starting ${when} (the cleanest ${formatDecimal(w.hours, 1)} h of the intensity series' last 7 days, ${formatIntensity(w.intensityGPerKWh)} against ${formatIntensity(w.actualGPerKWh)}) would have cut operational CO2e by ${formatFraction(w.savedFraction)}`
    );
  }
  if (c.region !== void 0) {
    const r = c.region;
    parts.push(
      `running in ${r.region} (${formatIntensity(r.intensityGPerKWh)}, ${r.source}) would have cut operational CO2e by ${formatFraction(r.savedFraction)} against ${r.from} (${formatIntensity(r.fromGPerKWh)})`
    );
  }
  return `Cleaner: ${parts.join("; ")}`;
}
function describeMarketBased(report) {
  const m = report.marketBased;
  if (m === void 0) return void 0;
  return `Market-based (supplier ${formatIntensity(m.intensityGPerKWh)}): ${formatMass(m.totalKg)} CO2e, operational ${formatMass(m.operationalKg)}; the location-based figure above decides the verdict`;
}

// src/report/more-jobs.ts
var MAX_GROUP_ROWS = 20;
function countJobs(report) {
  let n = report.jobs.length;
  for (const g of report.moreJobs ?? []) n += g.jobs;
  return n;
}
function describeMoreJobs(report) {
  const groups = report.moreJobs ?? [];
  if (groups.length === 0) return void 0;
  const jobs = countJobs(report) - report.jobs.length;
  const s = (n, word) => `${formatNumber(n, 0)} ${word}${n === 1 ? "" : "s"}`;
  return `\u2026and ${s(jobs, "more job")} in ${s(groups.length, "group")} (summed, not listed)`;
}
function groupCells(g) {
  const kind = [g.gpuModel, g.region].filter((x) => x !== void 0).join(", ");
  return {
    label: `${formatNumber(g.jobs, 0)} more job${g.jobs === 1 ? "" : "s"}${kind !== "" ? ` (${kind})` : ""}`,
    where: g.path,
    jobs: formatNumber(g.jobs, 0)
  };
}

// src/report/comment-sections.ts
var CO2E = "CO\u2082e";
var S = NBSP;
function renderHeadline(report, reason = "full") {
  const { emoji, word } = styleVerdict(report.verdict);
  const total = formatTotalRange(report.totals, S);
  const why = reason === "brief" ? explainVerdictBriefly(report, S) : explainVerdict(report, S);
  return `### ${emoji} ${word} \xB7 ${total}${S}${CO2E} \xB7 ${why}`;
}
function share(kg, totalKg) {
  return totalKg > 0 && Number.isFinite(kg) ? formatFraction(kg / totalKg, S) : "\u2013";
}
function renderTotals(report) {
  const t = report.totals;
  const { itKg, overheadKg } = splitOperational(report.totals, report.jobs, report.moreJobs);
  const modes = report.jobs.length > 0 ? ` (${describeOverheadModes(report.jobs)})` : "";
  return [
    `| Lifecycle part | Energy | ${CO2E} | Share |`,
    "|:--|--:|--:|--:|",
    `| Operational: IT hardware | ${formatEnergy(t.itEnergyKWh, S)} | ${formatMass(itKg, S)} | ${share(itKg, t.totalKg)} |`,
    `| Operational: facility overhead${modes} | ${formatEnergy(t.overheadKWh, S)} | ${formatMass(overheadKg, S)} | ${share(overheadKg, t.totalKg)} |`,
    `| Embodied hardware (amortised) | \u2013 | ${formatMass(t.embodiedKg, S)} | ${share(t.embodiedKg, t.totalKg)} |`,
    `| **Total** | **${formatEnergy(t.facilityEnergyKWh, S)}** | **${formatTotalRange(t, S)}** | |`,
    ...water(report)
  ].join("\n");
}
function water(report) {
  const line = describeWater(report.jobs, S);
  const more = [describeMarketBased(report), describeCleaner(report)].flatMap(
    (l) => l === void 0 ? [] : ["", escapeMarkdownText(l)]
  );
  return [...line === void 0 ? [] : ["", `\u{1F4A7} ${line}`], ...more];
}
var BAR_CELLS = 10;
function renderUsageBar(fraction) {
  if (!Number.isFinite(fraction)) return `${"\u2593".repeat(BAR_CELLS)} over`;
  const percent2 = formatWholePercent(fraction, S);
  if (fraction > 1 && Math.round(fraction * 100) > 100) {
    const within = Math.min(BAR_CELLS - 1, Math.max(1, Math.round(BAR_CELLS / fraction)));
    return `${"\u2593".repeat(within)}\u2503${"\u2593".repeat(BAR_CELLS - within)} ${percent2}`;
  }
  const filled = Math.min(BAR_CELLS, Math.max(0, Math.round(fraction * BAR_CELLS)));
  return `${"\u2593".repeat(filled)}${"\u2591".repeat(BAR_CELLS - filled)} ${percent2}`;
}
function describeStatus(b) {
  if (!b.exceeded) return "\u2705 within";
  return b.action === "fail" ? "\u274C exceeded: fails the check" : "\u26A0\uFE0F exceeded: warning only";
}
function renderBudgets(report) {
  if (report.budgets.length === 0) {
    return "**Budget:** none set. Add `budget: 25kg` to `.carbon-gate.yml` (or the `budget` input) to gate on it.";
  }
  const rows = report.budgets.map(
    (b) => `| ${nameBudget(b)} | ${formatBudgetValue(b, b.limit, S)} | ${formatBudgetValue(b, b.actual, S)} | ${renderUsageBar(measureBudgetUse(b))} | ${describeStatus(b)} |`
  );
  return ["| Budget | Limit | Actual | Used | Status |", "|:--|--:|--:|:--|:--|", ...rows].join(
    "\n"
  );
}
function renderBaseline(report, note) {
  const extra = note !== void 0 && note.trim() !== "" ? ` ${escapeMarkdownText(note)}` : "";
  const b = report.baseline;
  if (b === null) {
    const why = extra !== "" ? extra : " Nothing recorded yet to compare with (first adoption); runs on the default branch will become the baseline.";
    return `**Baseline:** no baseline yet.${why}`;
  }
  const sha = shortSha(b.sha);
  const of = sha !== void 0 ? ` (\`${sha}\`)` : "";
  const direction = b.deltaKg > 0 ? "\u{1F4C8}" : b.deltaKg < 0 ? "\u{1F4C9}" : "\u2796";
  return `**Change vs. baseline${of}:** ${direction} ${formatSignedMass(b.deltaKg, S)} (${formatSignedPercent(b.deltaPercent, S)}), from ${formatMass(b.totalKg, S)} to ${formatMass(report.totals.totalKg, S)}.${extra}`;
}
function renderEnergy(report) {
  const t = report.totals;
  const jobs = countJobs(report);
  return `**Energy:** ${formatEnergy(t.facilityEnergyKWh, S)} at the facility (${formatEnergy(t.itEnergyKWh, S)} IT + ${formatEnergy(t.overheadKWh, S)} overhead), ${jobs} job${jobs === 1 ? "" : "s"}.`;
}
function describeHardware(job) {
  if (job.gpuCount > 0) {
    const model = job.gpuModel !== void 0 ? escapeMarkdownText(job.gpuModel, 60) : "GPU";
    return `${formatDecimal(job.gpuCount, 2)} \xD7 ${model}`;
  }
  if (job.cpuThreads !== void 0 && job.cpuThreads > 0) {
    return `${formatDecimal(job.cpuThreads, 2)} CPU threads`;
  }
  return "\u2013";
}
function renderJobRow(job, opts) {
  const line = typeof job.source.line === "number" ? `:${job.source.line}` : "";
  const where = escapeMarkdownText(`${job.source.path}${line}`, 120);
  const name = `${escapeMarkdownText(job.name, 100)}<br><sub>${where}</sub>`;
  const note = opts.intensityNotes ? `<br><sub>${escapeMarkdownText(job.intensitySource, 20)}: ${escapeMarkdownText(job.intensityNote, 120)}</sub>` : ` (${escapeMarkdownText(job.intensitySource, 20)})`;
  const cells = [
    name,
    escapeMarkdownText(job.source.format, 20),
    describeHardware(job),
    formatEnergy(job.itEnergyKWh, S),
    `${formatIntensity(job.intensityGPerKWh, S)}${note}`,
    describeOverhead(job),
    formatMass(job.totalKg, S)
  ];
  return `| ${cells.join(" | ")} |`;
}
function renderJobs(report, opts) {
  const jobs = sortJobsBySize(report.jobs);
  if (jobs.length === 0) return "**Jobs:** none.";
  if (opts.maxRows <= 0) {
    const n = countJobs(report);
    return `**Jobs:** ${formatNumber(n, 0)} job${n === 1 ? "" : "s"}; the per-job table was left out to fit the size limit.`;
  }
  const shown = jobs.slice(0, opts.maxRows);
  const rest = jobs.slice(opts.maxRows);
  const rows = shown.map((j) => renderJobRow(j, opts));
  if (rest.length > 0) {
    const sum2 = sumJobs(rest);
    rows.push(
      `| \u2026 ${formatNumber(rest.length, 0)} more job${rest.length === 1 ? "" : "s"} | | | ${formatEnergy(sum2.itEnergyKWh, S)} | | | ${formatMass(sum2.totalKg, S)} |`
    );
  }
  const groups = (report.moreJobs ?? []).slice(0, MAX_GROUP_ROWS);
  for (const g of groups) {
    const c = groupCells(g);
    const name = `${escapeMarkdownText(c.label, 100)}<br><sub>${escapeMarkdownText(c.where, 120)}</sub>`;
    rows.push(
      `| ${name} | ${escapeMarkdownText(g.format, 20)} | | ${formatEnergy(g.itEnergyKWh)} | (${escapeMarkdownText(g.intensitySource, 20)}) | | ${formatMass(g.totalKg)} |`
    );
  }
  const more = describeMoreJobs(report);
  return [
    `| Job | Format | Hardware | IT energy | Intensity | Overhead | ${CO2E} |`,
    "|:--|:--|:--|--:|:--|:--|--:|",
    ...rows,
    ...more !== void 0 ? ["", escapeMarkdownText(more, 200)] : []
  ].join("\n");
}

// src/report/render-project.ts
function runs(n) {
  return `${formatNumber(n, 0)} run${n === 1 ? "" : "s"}`;
}
function renderPullRequestTotal(report) {
  const pr = report.pullRequest;
  if (pr === void 0) return "";
  const note = !pr.counted ? ", not added: its inputs could not all be used" : pr.repeated ? ", a re-run: it replaces the attempt it repeats" : "";
  return `**This PR so far:** ${runs(pr.runs)}, ${formatMass(pr.totalKg)} ${CO2E} (this run ${formatMass(pr.thisRunKg)}${note}).`;
}
function multiplier(p) {
  return p.rdMultiplier !== void 0 ? `\xD7${formatDecimal(p.rdMultiplier, 2)}` : "\u2013";
}
function renderProjectTable(report) {
  const p = report.project;
  if (p === void 0) return "";
  const row = (label, t) => `| ${label} | ${formatNumber(t.runs, 0)} | ${formatEnergy(t.facilityEnergyKWh)} | ${formatMass(t.totalKg)} |`;
  const final = p.final !== void 0 ? [row(`Final training (${escapeMarkdownText(p.final.rule, 120)})`, p.final)] : [];
  return [
    `**Project to date** (ledger: ${escapeMarkdownText(p.source, 80)}) \xB7 R&D multiplier ${multiplier(p)}`,
    "",
    `| Period | Runs | Energy | ${CO2E} |`,
    "|:--|--:|--:|--:|",
    row(`This month (${escapeMarkdownText(p.month.period, 10)})`, p.month),
    row(`This year (${escapeMarkdownText(p.year.period, 10)})`, p.year),
    row("All time", p.allTime),
    ...final
  ].join("\n");
}
function renderDeployment(report) {
  const d = report.deployment;
  if (d === void 0) return "";
  const perRequest = d.kgPerRequest !== void 0 ? ` \xB7 ${formatMass(d.kgPerRequest)} per request` : "";
  const perTokens = d.kgPerMillionTokens !== void 0 ? ` \xB7 ${formatMass(d.kgPerMillionTokens)} per million tokens` : "";
  const breakEven = d.breakEvenDays === null ? "never overtakes training (0 kg a day)" : `overtakes training (${formatMass(d.trainingKg)}, ${escapeMarkdownText(d.trainingBasis, 40)}) on day ${formatNumber(Math.ceil(d.breakEvenDays), 0)}`;
  return [
    `**Deployment:** ${formatMass(d.totalKgPerDay)} ${CO2E} a day (${formatMass(d.operationalKgPerDay)} operational + ${formatMass(d.embodiedKgPerDay)} embodied), ${formatMass(d.totalKgPerYear)} a year${perRequest}${perTokens}; ${breakEven}.`,
    `<sub>${escapeMarkdownText(d.basis, 200)}; ${formatEnergy(d.facilityEnergyKWhPerDay)} a day at ${formatDecimal(d.intensityGPerKWh, 1)} g/kWh (${escapeMarkdownText(d.intensitySource, 20)})</sub>`
  ].join("\n");
}
function renderSci(report) {
  const scores = report.sci ?? [];
  if (scores.length === 0) return "";
  const lines = scores.map(
    (s) => `- per ${escapeMarkdownText(s.functionalUnit, 20)}: **${formatMass(s.scoreG / 1e3)} ${CO2E}** (E ${formatEnergy(s.energyKWh)} \xD7 I ${formatDecimal(s.intensityGPerKWh, 1)} g/kWh + M ${formatMass(s.embodiedG / 1e3)}, \xF7 R ${formatDecimal(s.units, 2)})`
  );
  return ["**SCI** (ISO/IEC 21031: (E \xD7 I + M) per R)", "", ...lines].join("\n");
}
function renderProjectText(p) {
  const row = (label, t) => `${label.padEnd(24)} ${runs(t.runs).padStart(12)} ${formatEnergy(t.facilityEnergyKWh).padStart(14)} ${formatMass(t.totalKg).padStart(10)} CO2e`;
  const lines = [
    `carbon-gate ledger: ${sanitizeText(p.source)} (as of ${p.asOf.slice(0, 10)})`,
    "",
    row(`This month (${p.month.period})`, p.month),
    row(`This year (${p.year.period})`, p.year),
    row("All time", p.allTime)
  ];
  if (p.allTime.since !== void 0)
    lines.push(`${"".padEnd(24)} since ${p.allTime.since.slice(0, 10)}`);
  if (p.final !== void 0) {
    lines.push(row("Final training", p.final), `${"".padEnd(24)} ${sanitizeText(p.final.rule)}`);
    lines.push("", `R&D multiplier: ${multiplier(p)} (all recorded work \xF7 final training)`);
  } else {
    lines.push(
      "",
      "R&D multiplier: \u2013 (no final run recorded: tag runs with `tag: final`, or set final-jobs)"
    );
  }
  return `${lines.join("\n")}
`;
}
function renderCostText(report) {
  const lines = [];
  const pr = report.pullRequest;
  if (pr !== void 0) {
    lines.push(
      `This PR so far: ${runs(pr.runs)}, ${formatMass(pr.totalKg)} CO2e (this run ${formatMass(pr.thisRunKg)})`
    );
  }
  const d = report.deployment;
  if (d !== void 0) {
    const day = d.breakEvenDays === null ? "never" : `day ${formatNumber(Math.ceil(d.breakEvenDays), 0)}`;
    lines.push(
      `Deployment: ${formatMass(d.totalKgPerDay)} CO2e a day, ${formatMass(d.totalKgPerYear)} a year; overtakes training (${formatMass(d.trainingKg)}) on ${day}`
    );
  }
  for (const s of report.sci ?? []) {
    lines.push(`SCI per ${sanitizeText(s.functionalUnit, 20)}: ${formatMass(s.scoreG / 1e3)} CO2e`);
  }
  return lines;
}

// src/report/comment-charts.ts
var MIN_TREND_POINTS = 3;
var PALETTE = "#0969da, #cf222e";
function chooseScale(maxKg) {
  if (maxKg >= 1e3) return { factor: 1e3, unit: "t" };
  if (maxKg >= 1) return { factor: 1, unit: "kg" };
  return { factor: 1e-3, unit: "g" };
}
function chartNumber(kg, scale) {
  const value = Number((kg / scale.factor).toPrecision(3));
  return String(Object.is(value, -0) ? 0 : value);
}
function labelPoint(point, index) {
  const sha = shortSha(point.sha);
  if (sha !== void 0) return sha;
  const date = typeof point.date === "string" ? /^\d{4}-\d{2}-\d{2}/.exec(point.date) : null;
  return date !== null ? date[0] : `#${index + 1}`;
}
function axisTop(max) {
  if (!(max > 0)) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (m * step >= max * 1.05) return Number((m * step).toPrecision(3));
  }
  return Number((10 * step).toPrecision(3));
}
function renderTrendChart(report, opts) {
  const earlier = (opts.history ?? []).filter(
    (p) => typeof p.totalKg === "number" && Number.isFinite(p.totalKg) && p.totalKg >= 0
  );
  const total = report.totals.totalKg;
  if (!Number.isFinite(total)) return "";
  const kept = earlier.slice(-(HISTORY_POINTS - 1));
  const labels = [...kept.map(labelPoint), `PR ${shortSha(opts.headSha) ?? "run"}`];
  const values = [...kept.map((p) => p.totalKg), total];
  if (values.length < MIN_TREND_POINTS) return "";
  const budget = report.budgets.find((b) => b.kind === "run");
  const limit = budget !== void 0 && Number.isFinite(budget.limit) ? budget.limit : void 0;
  const scale = chooseScale(maxOf([...values, limit ?? 0]));
  const top = axisTop(maxOf([...values, limit ?? 0]) / scale.factor);
  const budgetNote = limit !== void 0 ? " \xB7 red: run budget" : "";
  return [
    "```mermaid",
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${PALETTE}"}}}}%%`,
    "xychart-beta",
    `    title "CO\u2082e per run (${scale.unit}), last ${values.length} runs${budgetNote}"`,
    `    x-axis [${labels.map((l) => `"${l}"`).join(", ")}]`,
    `    y-axis "${scale.unit} CO\u2082e" 0 --> ${top}`,
    `    line [${values.map((v) => chartNumber(v, scale)).join(", ")}]`,
    ...limit !== void 0 ? [`    line [${values.map(() => chartNumber(limit, scale)).join(", ")}]`] : [],
    "```"
  ].join("\n");
}

// src/report/comment-compare.ts
var S2 = NBSP;
var NONE = "\u2013";
var CHANGED_JOB_ROWS = 5;
function findBaseSha(report, comparison) {
  return shortSha(comparison?.commits?.baseSha) ?? shortSha(report.baseline?.sha);
}
function statusMark(b) {
  if (!b.exceeded) return "\u2705";
  return b.action === "fail" ? "\u274C" : "\u26A0\uFE0F";
}
function limitCell(b) {
  const use = formatWholePercent(measureBudgetUse(b), S2);
  return `${statusMark(b)} ${formatBudgetValue(b, b.limit, S2)} (${use})`;
}
function totalChange(report, comparison) {
  const base = report.baseline;
  if (base === null) return NONE;
  const mass = `${formatSignedMass(base.deltaKg, S2)} (${formatSignedPercent(base.deltaPercent, S2)})`;
  const baseKWh = comparison?.baseItEnergyKWh;
  if (baseKWh === void 0 || !Number.isFinite(baseKWh)) return mass;
  return `${mass} \xB7 ${formatSignedEnergy(report.totals.itEnergyKWh - baseKWh, S2)}`;
}
function budgetRow(report, b) {
  const name = nameBudget(b);
  switch (b.kind) {
    case "increase":
      return `| ${name} | ${formatBudgetValue(b, b.actual, S2)} | ${NONE} | ${NONE} | ${limitCell(b)} |`;
    case "monthly": {
      const before = b.actual - report.totals.totalKg;
      return `| ${name} | ${formatMass(b.actual, S2)} | ${formatMass(before, S2)} | ${formatSignedMass(report.totals.totalKg, S2)} | ${limitCell(b)} |`;
    }
    case "run":
      return `| ${name} | ${formatMass(b.actual, S2)} | ${report.baseline !== null ? formatMass(report.baseline.totalKg, S2) : NONE} | ${totalChange(report, void 0)} | ${limitCell(b)} |`;
    case "pr": {
      const before = b.actual - report.totals.totalKg;
      return `| ${name} | ${formatMass(b.actual, S2)} | ${formatMass(before, S2)} | ${formatSignedMass(report.totals.totalKg, S2)} | ${limitCell(b)} |`;
    }
  }
}
function renderComparison(report, comparison) {
  const sha = findBaseSha(report, comparison);
  const baseHead = report.baseline === null ? "Base" : sha !== void 0 ? `Base \`${sha}\`` : "Base";
  const run = report.budgets.find((b) => b.kind === "run");
  const base = report.baseline !== null ? formatMass(report.baseline.totalKg, S2) : NONE;
  const total = `| **Total CO\u2082e** | **${formatMass(report.totals.totalKg, S2)}** | ${base} | ${totalChange(report, comparison)} | ${run !== void 0 ? limitCell(run) : "none set"} |`;
  const others = report.budgets.filter((b) => b !== run).map((b) => budgetRow(report, b));
  return [
    `| | This PR | ${baseHead} | Change | Limit |`,
    "|:--|--:|--:|--:|--:|",
    total,
    ...others
  ].join("\n");
}
function kgOrNone(kg) {
  return kg === null ? "new" : formatMass(kg, S2);
}
function changeCell(job) {
  const delta = measureJobChange(job);
  if (job.baseKg === null) return `${formatSignedMass(delta, S2)} (new)`;
  if (job.thisKg === null) return `${formatSignedMass(delta, S2)} (gone)`;
  const percent2 = job.baseKg > 0 ? ` (${formatSignedPercent(delta / job.baseKg * 100, S2)})` : "";
  return `${formatSignedMass(delta, S2)}${percent2}`;
}
function renderChangedJobs(report, comparison, max = CHANGED_JOB_ROWS) {
  const jobs = comparison?.jobs;
  if (jobs !== void 0 && jobs.length > 0) {
    const changed = listBiggestChanges(jobs, max);
    if (changed.length === 0) return `**Jobs:** no job changed against the base.`;
    const rows2 = changed.map(
      (j) => `| ${escapeMarkdownText(j.label, 60)} | ${j.thisKg === null ? "gone" : formatMass(j.thisKg, S2)} | ${kgOrNone(j.baseKg)} | ${changeCell(j)} |`
    );
    const more = jobs.filter((j) => measureJobChange(j) !== 0).length - changed.length;
    const title2 = `Biggest change by job${more > 0 ? ` (${changed.length} of ${changed.length + more})` : ""}`;
    return [`| ${title2} | This PR | Base | Change |`, "|:--|--:|--:|--:|", ...rows2].join("\n");
  }
  const largest = sortJobsBySize(report.jobs).slice(0, Math.min(max, 3));
  if (largest.length <= 1) return "";
  const total = report.totals.totalKg;
  const rows = largest.map(
    (j) => `| ${escapeMarkdownText(j.name, 60)} | ${formatMass(j.totalKg, S2)} | ${total > 0 ? formatFraction(j.totalKg / total, S2) : NONE} |`
  );
  const n = report.jobs.length;
  const title = `Largest job${largest.length === 1 ? "" : "s"}${n > largest.length ? ` (${largest.length} of ${n})` : ""}`;
  return [`| ${title} | This PR | Share |`, "|:--|--:|--:|", ...rows].join("\n");
}
function renderCommits(report, comparison, run, baselineNote) {
  const base = findBaseSha(report, comparison);
  const head = shortSha(comparison?.commits?.headSha);
  const headText = head !== void 0 ? ` \u2192 head \`${head}\`` : "";
  let compared;
  if (report.baseline !== null) {
    compared = `Comparing base ${base !== void 0 ? `\`${base}\`` : "(commit not recorded)"}${headText}`;
  } else {
    const why = baselineNote !== void 0 && baselineNote.trim() !== "" ? escapeMarkdownText(baselineNote, 300) : "nothing recorded to compare with (first adoption); runs on the default branch become the baseline";
    compared = `No baseline yet: ${why}${head !== void 0 ? ` \xB7 head \`${head}\`` : ""}`;
  }
  return `<sub>${compared}${run}</sub>`;
}

// src/report/comment-context.ts
var S3 = NBSP;
function cite(n) {
  return `<sup>${n}</sup>`;
}
function listNotes(notes) {
  return notes.length === 0 ? [] : ["", ...notes.map((n, i) => `<sub>${i + 1}. ${n}</sub><br>`)];
}
function linkSource(source) {
  return `[${source.name}, ${source.vintage}](${source.url})`;
}
function equivalentSource(id, fallback) {
  const factor = findEquivalentFactor(id);
  if (factor === void 0) {
    const text = escapeMarkdownText(fallback, 300);
    return { link: text, footnote: text };
  }
  const footnote = `${factor.factor.replace("CO2", "CO\u2082")}: ${linkSource(factor.source)}`;
  return { link: linkSource(factor.source), footnote };
}
function renderEquivalents(report, style) {
  const shown = listShownEquivalents(report);
  if (shown.length === 0) return "";
  const lines = ["**Roughly the same as**", ""];
  const notes = [];
  shown.forEach((e, i) => {
    const amount = `**${formatAmount(e.amount)}${S3}${escapeMarkdownText(e.unit, 30)}**`;
    const label = escapeMarkdownText(e.label, 100);
    const src = equivalentSource(asText(e.id), e.source);
    if (style === "notes") {
      lines.push(`- ${label}: ${amount}${cite(i + 1)}`);
      notes.push(src.footnote);
    } else {
      lines.push(`- ${label}: ${amount} (${src.link})`);
    }
  });
  return [...lines, ...listNotes(notes)].join("\n");
}
function renderReferences(report, style) {
  if (report.references.length === 0) return "";
  const rows = [];
  const notes = [];
  report.references.forEach((r, i) => {
    const known = findPublishedTotal(asText(r.id));
    const label = escapeMarkdownText(r.label, 100);
    const source = known !== void 0 ? linkSource(known.source) : escapeMarkdownText(r.source, 300);
    const basis = known !== void 0 ? ` (${known.basis})` : "";
    const cell = style === "notes" ? `${label}${cite(i + 1)}` : `${label}: ${source}`;
    if (style === "notes") notes.push(`${source}${basis}`);
    rows.push(`| ${cell} | ${formatMass(r.totalKg, S3)} | ${formatFraction(r.fraction, S3)} |`);
  });
  return [
    "**Share of published totals**",
    "",
    `| Published figure | Its ${CO2E} | This run |`,
    "|:--|--:|--:|",
    ...rows,
    ...listNotes(notes)
  ].join("\n");
}
function formatAssumptionValue(value) {
  return typeof value === "number" ? formatDecimal(value, 6) : escapeMarkdownText(value, 80);
}
function renderAssumptions(report, max, collapsed = true) {
  const items = report.assumptions;
  if (items.length === 0 || max <= 0) return "";
  const rows = items.slice(0, max).map((a) => {
    const unit = asText(a.unit).trim() !== "" ? `${S3}${escapeMarkdownText(a.unit, 40)}` : "";
    return `| ${escapeMarkdownText(a.name, 80)} | ${formatAssumptionValue(a.value)}${unit} | ${escapeMarkdownText(a.source, 200)} |`;
  });
  if (items.length > max) rows.push(`| \u2026 ${items.length - max} more | | |`);
  const table = ["| Figure | Value | Source |", "|:--|--:|:--|", ...rows];
  const title = `Assumptions (${items.length})`;
  return collapsed ? ["<details>", `<summary>${title}</summary>`, "", ...table, "", "</details>"].join("\n") : [`**${title}**`, "", ...table].join("\n");
}
function renderList(items, max) {
  const lines = items.slice(0, Math.max(0, max)).map((w) => `- ${escapeMarkdownText(w, 300)}`);
  const more = items.length - Math.max(0, max);
  if (more > 0) lines.push(`- \u2026 and ${more} more`);
  return lines;
}
function renderErrors(report, max) {
  const n = report.errors.length;
  if (n === 0) return "";
  const title = `**\u274C ${n} input${n === 1 ? "" : "s"} could not be used**`;
  return max <= 0 ? title : [title, "", ...renderList(report.errors, max)].join("\n");
}
function renderWarnings(report, max, collapsed = true) {
  const n = report.warnings.length;
  if (n === 0) return "";
  const title = `\u26A0\uFE0F ${n} warning${n === 1 ? "" : "s"}`;
  if (max <= 0) return `**${title}** (listed in the job summary and the log).`;
  const list = renderList(report.warnings, max);
  return collapsed ? ["<details>", `<summary>${title}</summary>`, "", ...list, "", "</details>"].join("\n") : [`**${title}**`, "", ...list].join("\n");
}

// src/report/section-order.ts
var LIFECYCLE_NOTE = "**Lifecycle CO\u2082e** = operational (IT hardware + facility overhead) + embodied hardware (amortised).";
function buildSections(report, input, d, headline) {
  const head = [
    renderHeadline(report, headline),
    renderErrors(report, d.notices),
    renderComparison(report, input.comparison),
    renderPullRequestTotal(report),
    renderChangedJobs(report, input.comparison),
    renderCommits(report, input.comparison, input.runLink, input.baselineNote)
  ];
  const n = report.jobs.length;
  const warnings = report.warnings.length;
  const detail = [
    {
      name: "trend",
      body: d.charts ? renderTrendChart(report, {
        ...input.history !== void 0 ? { history: input.history } : {},
        ...input.comparison?.commits?.headSha !== void 0 ? { headSha: input.comparison.commits.headSha } : {}
      }) : ""
    },
    {
      name: `${n} job${n === 1 ? "" : "s"}`,
      body: renderJobs(report, { maxRows: d.jobRows, intensityNotes: input.intensityNotes })
    },
    {
      name: "lifecycle",
      body: [LIFECYCLE_NOTE, renderTotals(report), renderEnergy(report)].join("\n\n")
    },
    {
      name: "budgets",
      body: [renderBudgets(report), renderBaseline(report, input.baselineNote)].join("\n\n")
    },
    { name: "project to date", body: renderProjectTable(report) },
    { name: "deployment", body: renderDeployment(report) },
    { name: "SCI", body: renderSci(report) },
    {
      name: "equivalents",
      body: d.equivalents && listShownEquivalents(report).length > 0 ? renderEquivalents(report, input.sources) : ""
    },
    {
      name: "published totals",
      body: d.references ? renderReferences(report, input.sources) : ""
    },
    {
      name: `\u26A0\uFE0F ${warnings} warning${warnings === 1 ? "" : "s"}`,
      body: renderWarnings(report, d.notices, input.collapseNotes)
    },
    {
      name: "assumptions",
      body: renderAssumptions(report, d.assumptions, input.collapseNotes)
    }
  ].filter((s) => s.body !== "");
  return { head: head.filter((b) => b !== ""), detail };
}

export {
  escapeLine,
  escapeLogLine,
  appendAll,
  maxOf,
  minOf,
  measureBudgetUse,
  FINAL_TAG,
  computeProjectTotals,
  EMPTY_PR_RUNS,
  prRunOf,
  encodePrRuns,
  decodePrRuns,
  MAX_CONFIG_BYTES,
  loadConfig,
  fallbackConfig,
  NO_HISTORY,
  runGate,
  formatNumber,
  formatAmount,
  formatMass,
  formatTotalRange,
  formatEnergy,
  formatSignedMass,
  formatSignedPercent,
  formatIntensity,
  formatWholePercent,
  sanitizeText,
  escapeMarkdownText,
  escapeXml,
  normalizeVerdict,
  nameBudget,
  formatBudgetValue,
  explainVerdict,
  listShownEquivalents,
  sortJobsBySize,
  describeOverhead,
  describeOverheadModes,
  describeWater,
  shortSha,
  toJsonText,
  parseJsonNullProto,
  measureChars,
  measureBytes,
  fitToLimit,
  HISTORY_POINTS,
  listJobChanges,
  sumJobs,
  splitOperational,
  describeCleaner,
  describeMarketBased,
  MAX_GROUP_ROWS,
  countJobs,
  describeMoreJobs,
  groupCells,
  renderProjectText,
  renderCostText,
  buildSections
};
