import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  EnergyCounter,
  INDEX_WINDOW,
  LineTooLongError,
  PowerIntegrator,
  QueryParser,
  Tally,
  asciiText,
  counterResetNotice,
  decodeLine,
  describeModels,
  duplicateColumnMessage,
  findColumn,
  findDuplicateColumn,
  forEachLine,
  forEachRow,
  gapNote,
  indexHeader,
  isQueryHeader,
  jobNameFromFile,
  numberCell,
  parseLocalTimestamp,
  parseWatts,
  pollIntervalMs,
  profileField,
  readInPieces,
  readLines,
  readText,
  separatorIndex,
  singleSampleNotice,
  splitCsvLine,
  sumGpuEnergy,
  textCell
} from "./chunk-OZBPR5FA.js";
import {
  require_dist
} from "./chunk-N6NF2UAY.js";
import {
  appendAll,
  buildSections,
  escapeMarkdownText,
  explainVerdict,
  fitToLimit,
  formatTotalRange,
  maxOf,
  measureBytes,
  minOf,
  toJsonText
} from "./chunk-ZBX4UEF5.js";
import {
  COUNTRY_CODES
} from "./chunk-KZN6RESP.js";
import {
  ArtifactError,
  ConfigError,
  isGateError,
  parseTimestamp,
  toIso
} from "./chunk-4VU3SNOR.js";
import {
  __toESM
} from "./chunk-26LI6IR6.js";

// src/run/verdict-line.ts
function exitCodeFor(report) {
  if (report.errors.length > 0) return 2;
  return report.verdict === "fail" ? 1 : 0;
}
var OPENINGS = {
  pass: "pass",
  warn: "warning",
  fail: "over budget"
};
var LEVELS = {
  pass: "info",
  warn: "warning",
  fail: "failure"
};
function describeOutcome(report) {
  const exitCode = exitCodeFor(report);
  if (exitCode === 2) return { exitCode };
  const total2 = `${formatTotalRange(report.totals)} CO2e`;
  const text3 = `carbon-gate: ${OPENINGS[report.verdict]}: ${explainVerdict(report)}; total ${total2}`;
  return { exitCode, line: { level: LEVELS[report.verdict], text: text3 } };
}

// src/platform/text-files.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve as resolve2 } from "node:path";

// src/platform/guarded-file.ts
import {
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  closeSync,
  realpathSync
} from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
function describeKind(stat) {
  if (stat.isDirectory()) return "is a directory, not a file";
  if (stat.isFIFO()) return "is a named pipe (FIFO), not a regular file; not read";
  if (stat.isSocket()) return "is a socket, not a regular file; not read";
  if (stat.isCharacterDevice() || stat.isBlockDevice())
    return "is a device, not a regular file; not read";
  return "is not a regular file; not read";
}
function megabytes(bytes) {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}
function isInside(root, path) {
  const rel = relative(root, path);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function errnoReason(e) {
  const code = e.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return { kind: "missing" };
    case "EACCES":
    case "EPERM":
      return { kind: "refused", reason: "cannot be read (permission denied)" };
    case "ELOOP":
      return { kind: "refused", reason: "is a loop of symbolic links; not read" };
    case "EISDIR":
      return { kind: "refused", reason: "is a directory, not a file" };
    case void 0:
    default:
      return { kind: "refused", reason: `cannot be read (${code ?? "error"})` };
  }
}
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
function readGuardedText(absPath, options) {
  let real;
  try {
    lstatSync(absPath);
    real = realpathSync(absPath);
  } catch (e) {
    return errnoReason(e);
  }
  if (options.root !== void 0) {
    let root;
    try {
      root = realpathSync(options.root);
    } catch {
      root = resolve(options.root);
    }
    if (!isInside(root, real)) {
      const where = options.rootLabel ?? "the working directory";
      return {
        kind: "refused",
        reason: `lies outside ${where} (a symbolic link or path leading out of it): not read`
      };
    }
  }
  let fd;
  try {
    const stat = lstatSync(real);
    if (!stat.isFile()) return { kind: "refused", reason: describeKind(stat) };
    fd = openSync(real, OPEN_FLAGS);
  } catch (e) {
    return errnoReason(e);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { kind: "refused", reason: describeKind(stat) };
    if (stat.size > options.maxBytes) {
      return {
        kind: "refused",
        reason: `is larger than ${megabytes(options.maxBytes)}; is it the right file?`
      };
    }
    const text3 = readBounded(fd, stat.size, options.maxBytes);
    if (text3 === void 0) {
      return {
        kind: "refused",
        reason: `is larger than ${megabytes(options.maxBytes)}; is it the right file?`
      };
    }
    return { kind: "text", text: text3 };
  } catch (e) {
    return errnoReason(e);
  } finally {
    closeSync(fd);
  }
}
function readBounded(fd, size, maxBytes) {
  const chunks = [];
  let total2 = 0;
  let capacity = Math.min(maxBytes + 1, Math.max(size + 1, 64 * 1024));
  for (; ; ) {
    const buffer = Buffer.alloc(capacity);
    let filled = 0;
    while (filled < capacity) {
      const n = readSync(fd, buffer, filled, capacity - filled, total2 + filled);
      if (n === 0) break;
      filled += n;
    }
    chunks.push(buffer.subarray(0, filled));
    total2 += filled;
    if (total2 > maxBytes) return void 0;
    if (filled < capacity) break;
    capacity = Math.min(maxBytes + 1 - total2, capacity * 2);
  }
  return Buffer.concat(chunks, total2).toString("utf8");
}

// src/platform/text-files.ts
function readTextFileIn(dir, options) {
  return (path, how) => {
    const confined = how?.named !== true || options.confineNamed;
    const read = readGuardedText(resolve2(dir, path), {
      maxBytes: options.maxBytes,
      ...confined ? { root: dir, rootLabel: options.dirLabel } : {}
    });
    switch (read.kind) {
      case "text":
        return read.text;
      case "missing":
        return void 0;
      case "refused":
        throw new ConfigError(path, read.reason);
    }
  };
}
function writeTextFile(path, text3, makeDirectory = false) {
  if (makeDirectory) mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text3);
}

// src/report/render-model-card.ts
var G_PER_KG = 1e3;
var MAX_TEXT = 300;
function quote(text3) {
  const clean = text3.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").trim();
  return JSON.stringify(clean.length > MAX_TEXT ? `${clean.slice(0, MAX_TEXT - 1)}\u2026` : clean);
}
function yamlNumber(x) {
  if (!Number.isFinite(x) || x < 0) return "0";
  const fixed = x.toFixed(x >= 1 ? 3 : 6);
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}
function countryName(code) {
  if (code === void 0) return void 0;
  const upper = code.toUpperCase();
  const byAlpha3 = COUNTRY_CODES[upper]?.name;
  if (byAlpha3 !== void 0) return byAlpha3;
  return Object.values(COUNTRY_CODES).find((c) => c.alpha2 === upper)?.name;
}
function describeLocation(jobs) {
  const places = [
    ...new Set(
      jobs.flatMap((j) => {
        if (j.region === void 0) return [];
        return [countryName(j.region) ?? j.region];
      })
    )
  ];
  return places.length > 0 ? places.join(", ") : void 0;
}
function describeHardware(jobs) {
  const gpus = /* @__PURE__ */ new Map();
  let threads = 0;
  for (const j of jobs) {
    if (j.gpuCount > 0) {
      const model = j.gpuModel ?? "GPU";
      gpus.set(model, Math.max(gpus.get(model) ?? 0, j.gpuCount));
    } else if (j.cpuThreads !== void 0) {
      threads = Math.max(threads, j.cpuThreads);
    }
  }
  const parts = [...gpus].map(([model, n]) => `${yamlNumber(n)} x ${model}`);
  if (threads > 0) parts.push(`${yamlNumber(threads)} CPU threads`);
  return parts.length > 0 ? parts.join(", ") : void 0;
}
function trainingHours(jobs) {
  return jobs.reduce((h, j) => h + j.durationHours, 0);
}
function renderModelCard(report, opts) {
  const t = report.totals;
  const formats = [...new Set(report.jobs.map((j) => j.source.format))].join(", ");
  const source = `carbon-gate ${opts.version} lifecycle estimate (operational + facility overhead + embodied hardware)` + (formats !== "" ? ` from ${formats} measurements` : "");
  const location = describeLocation(report.jobs);
  const hardware = describeHardware(report.jobs);
  const lines = [
    "co2_eq_emissions:",
    `  emissions: ${yamlNumber(t.totalKg * G_PER_KG)}`,
    `  source: ${quote(source)}`,
    ...opts.trainingType !== void 0 ? [`  training_type: ${quote(opts.trainingType)}`] : [],
    ...location !== void 0 ? [`  geographical_location: ${quote(location)}`] : [],
    ...hardware !== void 0 ? [`  hardware_used: ${quote(hardware)}`] : [],
    // The Hub reads only the five keys above: energy and time go in comments, as numbers.
    `  # energy: ${yamlNumber(t.facilityEnergyKWh)} kWh at the facility (${yamlNumber(t.itEnergyKWh)} kWh IT + ${yamlNumber(t.overheadKWh)} kWh overhead)`,
    `  # training time: ${yamlNumber(trainingHours(report.jobs))} h`,
    `  # emissions split: ${yamlNumber(t.operationalKg * G_PER_KG)} g operational + ${yamlNumber(t.embodiedKg * G_PER_KG)} g embodied hardware`
  ];
  return `${lines.join("\n")}
`;
}

// src/version.ts
var VERSION = "0.1.0";

// src/report/render-json.ts
function renderJson(report) {
  return toJsonText(report);
}

// src/report/render-markdown.ts
var SUMMARY_BYTE_LIMIT = 1e6;
var LEVELS2 = [
  { jobRows: 500, notices: 200, assumptions: 200 },
  { jobRows: 100, notices: 50, assumptions: 100 },
  { jobRows: 20, notices: 20, assumptions: 50 },
  { jobRows: 0, notices: 5, assumptions: 0 }
].map((d) => ({ ...d, charts: true, references: true, equivalents: true }));
function renderAt(report, opts, title, d) {
  const { head, detail } = buildSections(
    report,
    {
      ...opts.comparison !== void 0 ? { comparison: opts.comparison } : {},
      ...opts.history !== void 0 ? { history: opts.history } : {},
      runLink: "",
      sources: "inline",
      intensityNotes: true,
      collapseNotes: true
    },
    d,
    "full"
  );
  const blocks = [`## ${title}`, ...head, ...detail.map((s) => s.body)];
  return `${blocks.join("\n\n")}
`;
}
function renderMarkdown(report, opts = {}) {
  const title = escapeMarkdownText(opts.title ?? "carbon-gate report", 100);
  const limit = opts.maxBytes ?? SUMMARY_BYTE_LIMIT;
  return fitToLimit(LEVELS2, (d) => renderAt(report, opts, title, d), limit, measureBytes);
}

// src/ingest/physical-bounds.ts
var BOUNDS = [
  { field: "itEnergyKWh", max: 1e10, unit: "kWh" },
  { field: "idleEnergyKWh", max: 1e10, unit: "kWh" },
  { field: "durationHours", max: 1e6, unit: "h" },
  { field: "gpuHours", max: 1e10, unit: "GPU-hours" },
  { field: "gpuCount", max: 1e7, unit: "GPUs", integer: true },
  { field: "cpuThreads", max: 1e8, unit: "CPU threads" },
  // Rounded emissions over a tiny energy can give odd ratios: only absurd ones are errors (the
  // model does not use a tracker's figure above 5,000 g/kWh, see resolve-intensity.ts).
  { field: "intensityGPerKWh", max: 1e6, unit: "g CO2e/kWh" },
  { field: "pue", max: 10, unit: "" },
  // BLOOM's training: ~25 t operational; a data centre's water: ~1e6 L a day.
  { field: "statedEmissionsKg", max: 1e9, unit: "kg CO2e" },
  { field: "waterL", max: 1e10, unit: "L" },
  { field: "wueLPerKWh", max: 100, unit: "L/kWh" }
];
var EARLIEST = Date.UTC(1990, 0, 1);
var LATEST = Date.UTC(2200, 0, 1);
var MAX_NAME_LENGTH = 1e3;
function checkPhysicalBounds(job) {
  const where = (what) => new ArtifactError(job.source.path, job.source.line, `${what} (job "${job.name.slice(0, 80)}")`);
  if (job.name.length > MAX_NAME_LENGTH) {
    throw where(`the job name is ${job.name.length} characters long (at most ${MAX_NAME_LENGTH})`);
  }
  for (const bound of BOUNDS) {
    const value = job[bound.field];
    if (value === void 0) continue;
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw where(
        `${bound.field} must be a finite number \u2265 0, got ${JSON.stringify(value) ?? typeof value}`
      );
    }
    if (value > bound.max) {
      const unit = bound.unit === "" ? "" : ` ${bound.unit}`;
      throw where(
        `${bound.field} ${value}${unit} is beyond anything physical (over ${bound.max}${unit}): check the units`
      );
    }
    if (bound.integer === true && !Number.isInteger(value)) {
      throw where(`${bound.field} must be a whole number, got ${value}`);
    }
  }
  if (job.startedAt !== void 0) {
    const ms = Date.parse(job.startedAt);
    if (!Number.isFinite(ms) || ms < EARLIEST || ms > LATEST) {
      throw where(`start time ${job.startedAt} is not a plausible date`);
    }
  }
}

// src/ingest/formats/carbontracker/carbontracker-scan.ts
var RECORD = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:[,.]\d+)?) - /;
var BLOCK_HEADER = /\b(Actual|Predicted) consumption(?: for (\d+) epochs?(?:\(s\))?)?:\s*$/i;
var TIME_LINE = /^\s*Time:\s*(.*?)\s*$/;
var ENERGY_LINE = /^\s*Energy:\s*(.*?)\s*kWh\s*$/;
var CO2_LINE = /^\s*CO2eq:\s*(.*?)\s*g\s*$/;
var DURATION = /^(?:(\d+) days?, )?(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/;
var VERSION2 = /carbontracker version (\S+)/i;
var PUE = /multiplied by a PUE coefficient of ([^\s(]+)/i;
var COMPONENTS = /The following components were found:(.*)$/;
var COMPONENT = /\s*(\S+) with device\(s\) (.*?)\.(?=\s+\S+ with device\(s\) |\s*$)/gy;
var EPOCH = /\bEpoch (\d+):\s*$/;
var EPOCH_DURATION = /\bDuration: (\S.*?)\s*$/;
var POWER = /Average power usage \(W\) for (\S+): (.*)$/;
var EARLY_STOP = /Training was interrupted/i;
var UNIT = "gCO2(?:eq)?/kWh";
var AVERAGE_INTENSITY = new RegExp(
  `Average carbon intensity during training was (\\S+) ${UNIT}(?: at detected location: (.*?))?\\.?\\s*$`,
  "i"
);
var FALLBACK = new RegExp(
  `Defaulted to average carbon intensity for (\\S+) in \\d{4} of (\\S+) ${UNIT}`,
  "i"
);
function parseDuration(text3) {
  const m = DURATION.exec(text3.trim());
  if (!m) return void 0;
  return Number(m[1] ?? 0) * 86400 + Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4]);
}
function countPowerValues(repr, path, line) {
  const inner = repr.trim().replace(/^\[/, "").replace(/\]$/, "").trim();
  if (inner === "" || inner === "None") return 0;
  const values = inner.split(/\s+/);
  for (const v of values) {
    const n = numberCell(v);
    if (n === void 0 || Number.isNaN(n) && v.toLowerCase() !== "nan") {
      throw new ArtifactError(path, line, `average power "${v}" is not a number`);
    }
  }
  return values.length;
}
function parseDevices(text3) {
  const devices = /* @__PURE__ */ new Map();
  COMPONENT.lastIndex = 0;
  for (let m = COMPONENT.exec(text3); m; m = COMPONENT.exec(text3)) {
    const names = m[2].split(",").map((d) => d.trim());
    devices.set(
      m[1].toLowerCase(),
      names.filter((d) => d !== "")
    );
  }
  return devices;
}
function parseBlockNumber(text3, what, path, line) {
  const n = numberCell(text3);
  if (n === void 0 || !Number.isFinite(n) || n < 0) {
    throw new ArtifactError(path, line, `${what} "${text3}" is not a usable number`);
  }
  return n;
}
async function scanLog(input, onProgress) {
  const path = input.path;
  const blocks = [];
  let open3;
  let power;
  const facts = { epochs: 0, epochSeconds: 0, earlyStop: false, blocks };
  const closeBlock = () => {
    if (!open3) return;
    if (open3.energyKWh === void 0) {
      throw new ArtifactError(path, open3.line, `${open3.kind} consumption block has no Energy line`);
    }
    blocks.push({ ...open3, energyKWh: open3.energyKWh });
    open3 = void 0;
  };
  const closePower = () => {
    if (!power) return;
    if (power.comp.toLowerCase() === "gpu") {
      const n = countPowerValues(power.text, path, power.line);
      facts.gpuPowerValues = Math.max(facts.gpuPowerValues ?? 0, n);
    }
    power = void 0;
  };
  for await (const { text: text3, no } of readLines(input.chunks(), onProgress)) {
    const record = RECORD.exec(text3);
    if (record) {
      closeBlock();
      closePower();
      facts.firstRecordAt ??= record[1].replace(",", ".");
    } else if (power) {
      power.text += ` ${text3.trim()}`;
      if (text3.includes("]")) closePower();
      continue;
    }
    const header = BLOCK_HEADER.exec(text3);
    if (header) {
      closeBlock();
      open3 = {
        kind: header[1].toLowerCase() === "actual" ? "actual" : "predicted",
        line: no,
        ...header[2] === void 0 ? {} : { epochs: Number(header[2]) }
      };
      continue;
    }
    if (open3) {
      const time = TIME_LINE.exec(text3);
      if (time) {
        const seconds = parseDuration(time[1]);
        if (seconds === void 0) {
          throw new ArtifactError(path, no, `Time "${time[1]}" is not a H:MM:SS duration`);
        }
        open3.seconds = seconds;
        continue;
      }
      const energy = ENERGY_LINE.exec(text3);
      if (energy) {
        open3.energyKWh = parseBlockNumber(energy[1], "Energy", path, no);
        continue;
      }
      const co2 = CO2_LINE.exec(text3);
      if (co2) {
        if (co2[1].toLowerCase() === "nan") continue;
        open3.co2g = parseBlockNumber(co2[1], "CO2eq", path, no);
        continue;
      }
      continue;
    }
    scanMessage(text3, no, path, facts, (comp, repr) => {
      power = { comp, text: repr, line: no };
      if (!repr.trimStart().startsWith("[") || repr.includes("]")) closePower();
    });
  }
  closeBlock();
  closePower();
  return facts;
}
function scanMessage(text3, no, path, facts, onPower) {
  let m;
  if (m = POWER.exec(text3)) {
    onPower(m[1], m[2]);
    return;
  }
  if (m = EPOCH.exec(text3)) {
    facts.epochs++;
    return;
  }
  if (m = EPOCH_DURATION.exec(text3)) {
    const seconds = parseDuration(m[1]);
    if (seconds === void 0) {
      throw new ArtifactError(path, no, `Duration "${m[1]}" is not a H:MM:SS duration`);
    }
    facts.epochSeconds += seconds;
    return;
  }
  if (m = PUE.exec(text3)) {
    const pue = numberCell(m[1].replace(/[.,]$/, ""));
    if (pue === void 0 || !Number.isFinite(pue) || pue < 1) {
      throw new ArtifactError(path, no, `PUE coefficient "${m[1]}" is not a number \u2265 1`);
    }
    facts.pue ??= pue;
    return;
  }
  if (m = VERSION2.exec(text3)) {
    facts.version ??= m[1];
    return;
  }
  if (m = COMPONENTS.exec(text3)) {
    facts.devices ??= parseDevices(m[1]);
    return;
  }
  if (EARLY_STOP.test(text3)) {
    facts.earlyStop = true;
    return;
  }
  if (m = AVERAGE_INTENSITY.exec(text3)) {
    const g = numberCell(m[1]);
    if (g !== void 0 && Number.isFinite(g) && g >= 0) facts.averageIntensity = g;
    if (m[2] !== void 0 && m[2].trim() !== "") facts.location = m[2].trim();
    return;
  }
  if (m = FALLBACK.exec(text3)) {
    if (/^[A-Z]{2}$/.test(m[1])) facts.fallbackCountry = m[1];
    const g = numberCell(m[2]);
    if (g !== void 0 && Number.isFinite(g) && g >= 0) facts.fallbackIntensity = g;
  }
}

// src/ingest/formats/carbontracker/carbontracker.ts
var OUTPUT_SUFFIX = "_carbontracker_output.log";
var COMPANION = /_carbontracker(?:_err)?\.log$/;
var PUE_V2 = 1.58;
var PUE_V1 = 1.55;
var DATE = String.raw`\d{4}-\d{2}-\d{2}T\d{2}[:-]?\d{2}(?:\d{2})?Z`;
var NAME_V2 = new RegExp(String.raw`(?:^|_)\d+\.\d+_${DATE}$`);
var NAME_V1 = new RegExp(String.raw`(?:^|_)\d+_${DATE}$`);
function extractPrefix(name) {
  return name.slice(0, name.lastIndexOf("_carbontracker"));
}
function assumePue(prefix, version) {
  if (version !== void 0) {
    const [major = 0, minor = 0, patch = 0] = version.split(".").map((p) => parseInt(p, 10) || 0);
    if (major >= 2) return { pue: PUE_V2, why: `carbontracker ${version} applies ${PUE_V2}` };
    if (major === 1 && (minor > 1 || minor === 1 && patch >= 7)) {
      return { pue: PUE_V1, why: `carbontracker ${version} applies ${PUE_V1}` };
    }
    return {
      pue: PUE_V2,
      why: `carbontracker ${version} predates 1.1.7, whose PUE varied by release; assumed ${PUE_V2}`
    };
  }
  if (NAME_V2.test(prefix)) return { pue: PUE_V2, why: `the file name is carbontracker 2.x's` };
  if (NAME_V1.test(prefix))
    return { pue: PUE_V1, why: `the file name is carbontracker 1.1.7\u20131.2.5's` };
  return { pue: PUE_V2, why: `the carbontracker version is unknown; assumed 2.x's ${PUE_V2}` };
}
function chooseBlock(facts, std) {
  const actual = facts.blocks.find((b) => b.kind === "actual");
  const predicted = facts.blocks.find((b) => b.kind === "predicted");
  const measuredEpochs = actual?.epochs ?? (std && std.epochs > 0 ? std.epochs : void 0);
  const early = facts.earlyStop || (std?.earlyStop ?? false);
  if (actual && predicted) {
    const same = measuredEpochs !== void 0 && measuredEpochs === predicted.epochs;
    return { block: early || same ? actual : predicted, measuredEpochs };
  }
  const block = actual ?? predicted;
  return block ? { block, measuredEpochs } : void 0;
}
function extractGpus(facts) {
  const devices = facts.find((f) => f?.devices !== void 0)?.devices;
  if (devices) {
    const gpus = devices.get("gpu") ?? [];
    const models = [...new Set(gpus)];
    return {
      gpuCount: gpus.length,
      ...models.length > 0 ? { gpuModel: models.join(", ") } : {}
    };
  }
  const values = facts.find((f) => f?.gpuPowerValues !== void 0)?.gpuPowerValues;
  return values === void 0 ? {} : { gpuCount: values };
}
function findCountry(facts) {
  for (const f of facts) if (f?.fallbackCountry) return f.fallbackCountry;
  for (const f of facts) {
    const last = f?.location?.split(",").pop()?.trim();
    if (last !== void 0 && /^[A-Z]{2}$/.test(last)) return last;
  }
  return void 0;
}
async function readCarbontracker(input, options) {
  const notices = [];
  const prefix = extractPrefix(input.name);
  const out = await scanLog(input, options.onProgress);
  const stdName = `${prefix}_carbontracker.log`;
  const stdInput = input.sibling?.(stdName);
  const std = stdInput ? await scanLog(stdInput) : void 0;
  if (!std) {
    notices.push({
      path: input.path,
      message: `no ${stdName} beside it: PUE, start time and hardware come from the output log alone`
    });
  }
  const errInput = input.sibling?.(`${prefix}_carbontracker_err.log`);
  if (errInput && (errInput.size ?? 1) > 0) {
    notices.push({
      path: errInput.path,
      message: "carbontracker logged errors during this run; its figures may be incomplete"
    });
  }
  const chosen = chooseBlock(out, std);
  if (!chosen) {
    throw new ArtifactError(input.path, void 0, "holds no job (no consumption block)");
  }
  const { block, measuredEpochs } = chosen;
  const both = [std, out];
  let pue = std?.pue ?? out.pue;
  if (pue === void 0) {
    const assumed = assumePue(prefix, std?.version ?? out.version);
    pue = assumed.pue;
    notices.push({
      path: input.path,
      message: `no PUE line in the standard log: assumed carbontracker's PUE ${pue} (${assumed.why})`
    });
  }
  const notes = [];
  if (block.kind === "predicted") {
    const measured = measuredEpochs === void 0 ? "" : ` from ${measuredEpochs} measured`;
    notes.push(`carbontracker's prediction for ${block.epochs ?? "?"} epochs${measured}`);
  } else if (out.earlyStop || std?.earlyStop) {
    notes.push("training stopped early: the measured epochs only");
  }
  if (out.blocks.length > 2) {
    notices.push({
      path: input.path,
      message: `${out.blocks.length} consumption blocks: the first actual and predicted ones are used`
    });
  }
  const intensity = block.co2g !== void 0 && block.energyKWh > 0 ? block.co2g / block.energyKWh : std?.averageIntensity ?? out.averageIntensity ?? std?.fallbackIntensity;
  const seconds = block.seconds ?? (block.kind === "actual" && std && std.epochSeconds > 0 ? std.epochSeconds : void 0);
  const startText = std?.firstRecordAt ?? out.firstRecordAt;
  const startMs = startText === void 0 ? void 0 : parseTimestamp(startText, options.timezone);
  const country = findCountry(both);
  const job = {
    name: prefix,
    source: { path: input.path, format: "carbontracker", line: block.line },
    itEnergyKWh: block.energyKWh / pue,
    pue,
    ...intensity === void 0 ? {} : { intensityGPerKWh: intensity },
    ...startMs === void 0 ? {} : { startedAt: toIso(startMs) },
    ...seconds === void 0 ? {} : { durationHours: seconds / 3600 },
    ...extractGpus(both),
    ...country === void 0 ? {} : { country },
    ...notes.length > 0 ? { notes } : {}
  };
  return { jobs: [job], notices };
}
var carbontrackerReader = {
  format: "carbontracker",
  describes: "*_carbontracker_output.log with its *_carbontracker.log",
  detect(name, head) {
    if (!name.endsWith(OUTPUT_SUFFIX)) return false;
    return head.trim() === "" || head.includes("CarbonTracker:") || /carbontracker version/i.test(head);
  },
  isCompanion(name) {
    return COMPANION.test(name);
  },
  read: readCarbontracker
};

// src/ingest/formats/codecarbon/codecarbon-columns.ts
var REQUIRED = ["duration", "emissions", "energy_consumed"];
function splitHeader(line) {
  return splitCsvLine(line.charCodeAt(0) === 65279 ? line.slice(1) : line);
}
function missingColumns(cells) {
  const names = new Set(cells);
  return REQUIRED.filter((name) => !names.has(name));
}
function firstLine(text3) {
  let start = 0;
  while (start < text3.length) {
    let end = text3.indexOf("\n", start);
    if (end === -1) end = text3.length;
    const line = text3.slice(start, end);
    if (line.trim() !== "") return line.endsWith("\r") ? line.slice(0, -1) : line;
    start = end + 1;
  }
  return void 0;
}
function isCodeCarbonHeader(line) {
  return missingColumns(splitHeader(line)).length === 0;
}
var USED = [
  "duration",
  "emissions",
  "energy_consumed",
  "timestamp",
  "project_name",
  "run_id",
  "experiment_id",
  "task_name",
  "pue",
  "country_iso_code",
  "country_name",
  "cloud_provider",
  "cloud_region",
  "cpu_count",
  "cpu_model",
  "gpu_count",
  "gpu_model",
  "water_consumed",
  "wue"
];
function duplicateColumn(cells) {
  return findDuplicateColumn(cells, USED);
}
function indexColumns(cells) {
  const index = indexHeader(cells);
  const duration = index.get("duration");
  const emissions = index.get("emissions");
  const energy = index.get("energy_consumed");
  if (duration === void 0 || emissions === void 0 || energy === void 0) return void 0;
  return {
    count: cells.length,
    duration,
    emissions,
    energy,
    timestamp: index.get("timestamp"),
    projectName: index.get("project_name"),
    runId: index.get("run_id"),
    experimentId: index.get("experiment_id"),
    taskName: index.get("task_name"),
    pue: index.get("pue"),
    countryIso: index.get("country_iso_code"),
    countryName: index.get("country_name"),
    cloudProvider: index.get("cloud_provider"),
    cloudRegion: index.get("cloud_region"),
    cpuCount: index.get("cpu_count"),
    cpuModel: index.get("cpu_model"),
    gpuCount: index.get("gpu_count"),
    gpuModel: index.get("gpu_model"),
    waterConsumed: index.get("water_consumed"),
    wue: index.get("wue")
  };
}

// src/ingest/shared/decimal.ts
var POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);
var MAX_FAST_DIGITS = 15;
var MAX_FAST_EXPONENT = 22;
var MAX_LONG_DIGITS = 19;
var SPLITTER = 134217729;
var MARGIN = 2 ** -63;
var PLUS = 43;
var MINUS = 45;
var DOT = 46;
var ZERO = 48;
var E_LOWER = 101;
var E_UPPER = 69;
function slowParse(bytes, start, end) {
  let text3 = "";
  for (let i = start; i < end; i++) text3 += String.fromCharCode(bytes[i]);
  return Number(text3);
}
function parseDecimalBytes(bytes, start, end) {
  let i = start;
  let negative = false;
  if (i < end) {
    const c = bytes[i];
    if (c === MINUS) {
      negative = true;
      i++;
    } else if (c === PLUS) i++;
  }
  let mantissa = 0;
  let low = 0;
  let significant = 0;
  let digits = 0;
  let fraction = 0;
  let seenDot = false;
  for (; i < end; i++) {
    const d = bytes[i] - ZERO;
    if (d >= 0 && d <= 9) {
      digits++;
      if (seenDot) fraction++;
      if (significant > 0 || d !== 0) {
        significant++;
        if (significant <= MAX_FAST_DIGITS) mantissa = mantissa * 10 + d;
        else if (significant <= MAX_LONG_DIGITS) low = low * 10 + d;
      }
    } else if (d === DOT - ZERO && !seenDot) seenDot = true;
    else break;
  }
  if (digits === 0) return NaN;
  let exponent = 0;
  if (i < end) {
    const c = bytes[i];
    if (c !== E_LOWER && c !== E_UPPER) return NaN;
    i++;
    let expNegative = false;
    if (i < end && (bytes[i] === MINUS || bytes[i] === PLUS)) {
      expNegative = bytes[i] === MINUS;
      i++;
    }
    if (i === end) return NaN;
    for (; i < end; i++) {
      const d = bytes[i] - ZERO;
      if (d < 0 || d > 9) return NaN;
      if (exponent < 1e5) exponent = exponent * 10 + d;
    }
    if (expNegative) exponent = -exponent;
  }
  const scale = exponent - fraction;
  if (significant > MAX_FAST_DIGITS) {
    if (significant > MAX_LONG_DIGITS || scale > 0 || scale < -MAX_FAST_EXPONENT) {
      return slowParse(bytes, start, end);
    }
    const value2 = divideLong(mantissa, low, significant - MAX_FAST_DIGITS, -scale);
    if (Number.isNaN(value2)) return slowParse(bytes, start, end);
    return negative ? -value2 : value2;
  }
  let value;
  if (mantissa === 0) value = 0;
  else if (scale === 0) value = mantissa;
  else if (scale > 0 && scale <= MAX_FAST_EXPONENT) value = mantissa * POWERS_OF_TEN[scale];
  else if (scale < 0 && scale >= -MAX_FAST_EXPONENT) value = mantissa / POWERS_OF_TEN[-scale];
  else return slowParse(bytes, start, end);
  return negative ? -value : value;
}
function productError(a, b, p) {
  let c = SPLITTER * a;
  const aHigh = c - (c - a);
  const aLow = a - aHigh;
  c = SPLITTER * b;
  const bHigh = c - (c - b);
  const bLow = b - bHigh;
  return aHigh * bHigh - p + aHigh * bLow + aLow * bHigh + aLow * bLow;
}
function divideLong(high, low, lowDigits, k) {
  const scale = POWERS_OF_TEN[lowDigits];
  const p0 = high * scale;
  const rest = productError(high, scale, p0) + low;
  const mh = p0 + rest;
  const ml = rest - (mh - p0);
  const P = POWERS_OF_TEN[k];
  const q1 = mh / P;
  const p = q1 * P;
  const remainder = mh - p - productError(q1, P, p) + ml;
  const q2 = remainder / P;
  const r = q1 + q2;
  const back = r - q1;
  const t = q1 - (r - back) + (q2 - back);
  const gap = ulp(r);
  const half = t >= 0 || !isPowerOfTwo(r) ? gap / 2 : gap / 4;
  return Math.abs(t) < half - r * MARGIN ? r : NaN;
}
var float = new Float64Array(1);
var words = new Uint32Array(float.buffer);
var HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
function ulp(r) {
  float[0] = r;
  const low = 1 - HIGH;
  if (words[low] === 4294967295) {
    words[low] = 0;
    words[HIGH]++;
  } else words[low]++;
  return float[0] - r;
}
function isPowerOfTwo(r) {
  float[0] = r;
  return (words[HIGH] & 1048575) === 0 && words[1 - HIGH] === 0;
}

// src/ingest/shared/minute-stamps.ts
var COLON = 58;
var T = 84;
var SPACE = 32;
var ZERO2 = 48;
var STAMP_BYTES = 19;
var MINUTE_BYTES = 16;
var isDateSep = (c) => c === 45 || c === 47;
var MinuteStamps = class {
  /**
   * @param zone the time zone timestamps without an offset are read in
   * @param minuteText which minute texts the reader's string path would parse (others are NaN)
   */
  constructor(zone, minuteText) {
    this.zone = zone;
    this.minuteText = minuteText;
  }
  zone;
  minuteText;
  minute = new Uint8Array(MINUTE_BYTES);
  minuteMs = NaN;
  read(bytes, start, end) {
    if (end - start !== STAMP_BYTES || !isDateSep(bytes[start + 4]) || !isDateSep(bytes[start + 7]) || bytes[start + 10] !== T && bytes[start + 10] !== SPACE || bytes[start + 13] !== COLON || bytes[start + MINUTE_BYTES] !== COLON) {
      return NaN;
    }
    const tens = bytes[start + 17] - ZERO2;
    const ones = bytes[start + 18] - ZERO2;
    if (!(tens >= 0 && tens <= 5 && ones >= 0 && ones <= 9)) return NaN;
    let same = !Number.isNaN(this.minuteMs);
    for (let i = 0; same && i < MINUTE_BYTES; i++) same = bytes[start + i] === this.minute[i];
    if (!same) {
      const text3 = asciiText(bytes, start, start + MINUTE_BYTES);
      const ms = this.minuteText.test(text3) ? parseTimestamp(`${text3}:00`, this.zone) : void 0;
      if (ms === void 0) {
        this.minuteMs = NaN;
        return NaN;
      }
      this.minute.set(bytes.subarray(start, start + MINUTE_BYTES));
      this.minuteMs = ms;
    }
    return this.minuteMs + (tens * 10 + ones) * 1e3;
  }
};

// src/ingest/formats/codecarbon/codecarbon-fast.ts
var FlushFastPath = class {
  constructor(columns, zone) {
    this.columns = columns;
    this.stamps = new MinuteStamps(zone, /^[\x20-\x7e]+$/);
    this.keyColumn = columns.taskName !== void 0 ? void 0 : columns.runId ?? columns.experimentId;
    this.fields = columns.count;
  }
  columns;
  /** The run being read: its key cell's bytes (as written), or -1 when there is none. */
  key = new Uint8Array(64);
  keyLength = -1;
  /** The latest row of that run: its energy, duration and end (what the next must not undercut). */
  energy = 0;
  duration;
  endMs;
  /** That row's bytes when it came this way (not parsed yet), with its line number. */
  pending = new Uint8Array(1024);
  pendingLength = -1;
  pendingNo = 0;
  /** Timestamps, their minute parsed once (only ASCII minutes parse; anything else is NaN). */
  stamps;
  keyColumn;
  fields;
  /**
   * Take a row of the current run in place; false when the string path must read it (call
   * `flush` first, then `establish` with what the string path made of it).
   */
  tryRow(bytes, start, end, seps, sepAt, sepCount, no) {
    const k = this.keyColumn;
    if (k === void 0 || this.keyLength < 0 || sepCount !== this.fields - 1) return false;
    const cellStart = (i) => i === 0 ? start : seps[sepAt + i - 1] + 1;
    const cellEnd = (i) => i === sepCount ? end : seps[sepAt + i];
    const ks = cellStart(k);
    if (cellEnd(k) - ks !== this.keyLength) return false;
    for (let i = 0; i < this.keyLength; i++) if (bytes[ks + i] !== this.key[i]) return false;
    const c = this.columns;
    const energy = parseDecimalBytes(bytes, cellStart(c.energy), cellEnd(c.energy));
    if (!(energy >= this.energy) || energy === Infinity) return false;
    const duration = amount(bytes, cellStart(c.duration), cellEnd(c.duration));
    if (Number.isNaN(duration)) return false;
    if (duration !== void 0 && this.duration !== void 0 && duration < this.duration) {
      return false;
    }
    if (Number.isNaN(amount(bytes, cellStart(c.emissions), cellEnd(c.emissions)))) return false;
    if (c.waterConsumed !== void 0) {
      if (Number.isNaN(amount(bytes, cellStart(c.waterConsumed), cellEnd(c.waterConsumed)))) {
        return false;
      }
    }
    if (c.wue !== void 0 && Number.isNaN(amount(bytes, cellStart(c.wue), cellEnd(c.wue)))) {
      return false;
    }
    let endMs;
    if (c.timestamp !== void 0) {
      const ts = cellStart(c.timestamp);
      const te = cellEnd(c.timestamp);
      if (te > ts) {
        endMs = this.stamps.read(bytes, ts, te);
        if (Number.isNaN(endMs)) return false;
        if (this.endMs !== void 0 && endMs < this.endMs) return false;
      }
    }
    if (c.timestamp !== void 0 && endMs === void 0 !== (this.endMs === void 0)) {
      return false;
    }
    this.energy = energy;
    this.duration = duration;
    this.endMs = endMs;
    const length = end - start;
    if (length > this.pending.length)
      this.pending = new Uint8Array(Math.max(length, 2 * this.pending.length));
    this.pending.set(bytes.subarray(start, end));
    this.pendingLength = length;
    this.pendingNo = no;
    return true;
  }
  /** The kept row for the string path (the run's last so far), once; undefined when none. */
  flush() {
    if (this.pendingLength < 0) return void 0;
    const length = this.pendingLength;
    this.pendingLength = -1;
    return { bytes: this.pending, length, no: this.pendingNo };
  }
  /**
   * After the string path read a row: `row` when it became the last row of a keyed run (then the
   * rows after it may come this way), else undefined.
   */
  establish(bytes, start, end, seps, sepAt, sepCount, row) {
    this.keyLength = -1;
    const k = this.keyColumn;
    if (row === void 0 || k === void 0 || sepCount !== this.fields - 1) return;
    const ks = k === 0 ? start : seps[sepAt + k - 1] + 1;
    const ke = k === sepCount ? end : seps[sepAt + k];
    if (ke - ks > this.key.length) this.key = new Uint8Array(2 * (ke - ks));
    this.key.set(bytes.subarray(ks, ke));
    this.keyLength = ke - ks;
    this.energy = row.energyKWh;
    this.duration = row.durationS;
    this.endMs = row.endMs;
  }
};
function amount(bytes, start, end) {
  if (end === start) return void 0;
  const v = parseDecimalBytes(bytes, start, end);
  return v >= 0 && v !== Infinity ? v : NaN;
}

// src/ingest/formats/codecarbon/gpu-models.ts
var COUNT = /^\d+$/;
var SEPARATOR = /(?<=\d)\s*x\s+/;
var COMMA_LIST = /,\s*(?=\d+\s*x\s)/;
var MAX_SPLITS = 4096;
function cuts(token) {
  const digits = /\d+$/.exec(token)?.[0] ?? "";
  const out = [];
  for (let k = 1; k <= digits.length; k++) {
    const count2 = digits.slice(digits.length - k);
    const name = token.slice(0, token.length - k).trimEnd();
    if (count2.startsWith("0") || name === "") continue;
    out.push([name, Number(count2)]);
  }
  return out;
}
function readings(tokens) {
  let partial = [
    { models: [], count: Number(tokens[0]) }
  ];
  for (const token of tokens.slice(1, -1)) {
    const next = [];
    for (const p of partial) {
      for (const [name, count2] of cuts(token)) {
        next.push({ models: [...p.models, { model: name, count: p.count }], count: count2 });
        if (next.length > MAX_SPLITS) return [];
      }
    }
    partial = next;
  }
  const last = tokens.at(-1).trim();
  return partial.map((p) => [...p.models, { model: last, count: p.count }]);
}
function total(models) {
  return models.reduce((sum, m) => sum + m.count, 0);
}
function merge(models) {
  const byName2 = /* @__PURE__ */ new Map();
  for (const m of models) byName2.set(m.model, (byName2.get(m.model) ?? 0) + m.count);
  return [...byName2].map(([model, count2]) => ({ model, count: count2 }));
}
function fromList(models) {
  const merged = merge(models);
  if (merged.length === 1) return { gpuModel: merged[0].model };
  return { gpuModel: describeModels(new Set(merged.map((m) => m.model))), gpuModels: merged };
}
function splitGpuModels(cell, gpuCount) {
  const text3 = cell.trim();
  if (COMMA_LIST.test(text3)) {
    const parts = text3.split(COMMA_LIST).map((p) => /^(\d+)\s*x\s+(.+)$/.exec(p.trim()));
    if (parts.every((m) => m !== null)) {
      return fromList(parts.map((m) => ({ model: m[2].trim(), count: Number(m[1]) })));
    }
  }
  const tokens = text3.split(SEPARATOR);
  if (tokens.length < 2 || !COUNT.test(tokens[0].trim())) return { gpuModel: text3 };
  tokens[0] = tokens[0].trim();
  if (tokens.length === 2) return { gpuModel: tokens[1].trim() };
  const all = readings(tokens);
  const fitting = gpuCount === void 0 ? all : all.filter((r) => total(r) === gpuCount);
  const chosen = fitting[0];
  return chosen === void 0 ? { gpuModel: text3 } : fromList(chosen);
}

// src/ingest/formats/codecarbon/codecarbon-job.ts
function nameJob(row, kind, id) {
  const project = row.projectName ?? "codecarbon";
  if (kind === "task") return row.taskName ?? `${project} task line ${row.line}`;
  return id === void 0 ? `${project} line ${row.line}` : `${project} ${id.slice(0, 8)}`;
}
function buildJob(row, kind, id, path, notices) {
  let pue;
  if (row.pue !== void 0) {
    if (Number.isFinite(row.pue) && row.pue > 0 && row.pue < 1) {
      throw new ArtifactError(
        path,
        row.line,
        `pue ${String(row.pue)} is below 1: a facility cannot use less energy than its IT equipment (CodeCarbon writes 1.0 or more); fix or remove this row`
      );
    }
    if (Number.isFinite(row.pue) && row.pue >= 1) pue = row.pue;
    else {
      notices.push({
        path,
        line: row.line,
        message: `pue ${String(row.pue)} is not a number > 0: energy_consumed taken as IT energy`
      });
    }
  }
  const notes = [];
  let gpuCount = row.gpuCount;
  const models = row.gpuModel === void 0 ? void 0 : splitGpuModels(row.gpuModel, gpuCount);
  let gpuModel = models?.gpuModel;
  if (gpuModel !== void 0 && row.cpuModel !== void 0 && gpuModel.toLowerCase() === row.cpuModel.toLowerCase()) {
    notes.push(`integrated GPU (${gpuModel}) counted as 0 discrete GPUs`);
    gpuCount = 0;
    gpuModel = void 0;
  }
  const startMs = row.endMs !== void 0 && row.durationS !== void 0 ? Math.round(row.endMs - row.durationS * 1e3) : void 0;
  return dropUndefined({
    name: nameJob(row, kind, id),
    source: { path, format: "codecarbon", line: row.line },
    itEnergyKWh: row.energyKWh / (pue ?? 1),
    pue,
    intensityGPerKWh: row.emissionsKg !== void 0 && row.energyKWh > 0 ? row.emissionsKg * 1e3 / row.energyKWh : void 0,
    startedAt: startMs === void 0 ? void 0 : toIso(startMs),
    durationHours: row.durationS === void 0 ? void 0 : row.durationS / 3600,
    gpuCount,
    gpuModel,
    gpuModels: gpuModel === void 0 ? void 0 : models?.gpuModels,
    cpuThreads: row.cpuCount,
    cloudProvider: row.cloudProvider,
    cloudRegion: row.cloudRegion,
    country: row.country,
    // CodeCarbon writes water_consumed = wue × energy: with its default wue 0 nothing was measured.
    ...row.wue !== void 0 && row.wue > 0 ? { waterL: row.waterL, wueLPerKWh: row.wue } : {},
    notes: notes.length > 0 ? notes : void 0
  });
}
function dropUndefined(record) {
  const entries = Object.entries(record);
  return Object.fromEntries(entries.filter(([, value]) => value !== void 0));
}

// src/ingest/formats/codecarbon/codecarbon-row.ts
var FIX = "fix or remove this row";
var DST_SHIFT_MS = 36e5;
function cellAt(cells, index) {
  return index === void 0 ? void 0 : textCell(cells[index]);
}
function readAmount(cells, index, column, unit, where) {
  const value = numberCell(cells[index]);
  if (value === void 0) return void 0;
  const shown3 = cells[index].trim();
  if (Number.isNaN(value)) {
    throw new ArtifactError(where.path, where.line, `${column} "${shown3}" is not a number: ${FIX}`);
  }
  if (!Number.isFinite(value)) {
    throw new ArtifactError(where.path, where.line, `${column} "${shown3}" is not finite: ${FIX}`);
  }
  if (value < 0) {
    throw new ArtifactError(
      where.path,
      where.line,
      `${column} is ${shown3} ${unit}: a negative value cannot be physical; ${FIX}`
    );
  }
  return value;
}
function readCount(cell, min) {
  const value = numberCell(cell);
  if (value === void 0 || !Number.isInteger(value) || value < min) return void 0;
  return value;
}
function parseRow(cells, columns, where, zone) {
  const energyKWh = readAmount(cells, columns.energy, "energy_consumed", "kWh", where);
  const durationS = readAmount(cells, columns.duration, "duration", "s", where);
  const emissionsKg = readAmount(cells, columns.emissions, "emissions", "kg", where);
  let endMs;
  const stamp = cellAt(cells, columns.timestamp);
  if (stamp !== void 0) {
    endMs = parseTimestamp(stamp, zone);
    if (endMs === void 0) {
      throw new ArtifactError(
        where.path,
        where.line,
        `timestamp "${stamp}" does not parse (CodeCarbon writes YYYY-MM-DDTHH:MM:SS): ${FIX}`
      );
    }
  }
  if (energyKWh === void 0) return "row has no energy_consumed: skipped";
  return {
    line: where.line,
    energyKWh,
    durationS,
    emissionsKg,
    timestamp: stamp,
    endMs,
    pue: columns.pue === void 0 ? void 0 : numberCell(cells[columns.pue]),
    runId: cellAt(cells, columns.runId),
    experimentId: cellAt(cells, columns.experimentId),
    taskName: cellAt(cells, columns.taskName),
    projectName: cellAt(cells, columns.projectName),
    country: cellAt(cells, columns.countryIso) ?? cellAt(cells, columns.countryName),
    cloudProvider: cellAt(cells, columns.cloudProvider),
    cloudRegion: cellAt(cells, columns.cloudRegion),
    cpuCount: readCount(cellAt(cells, columns.cpuCount), 1),
    cpuModel: cellAt(cells, columns.cpuModel),
    gpuCount: readCount(cellAt(cells, columns.gpuCount), 0),
    gpuModel: cellAt(cells, columns.gpuModel),
    waterL: columns.waterConsumed === void 0 ? void 0 : readAmount(cells, columns.waterConsumed, "water_consumed", "L", where),
    wue: columns.wue === void 0 ? void 0 : readAmount(cells, columns.wue, "wue", "L/kWh", where)
  };
}
function checkForward(prev, next, run, path) {
  const back = (what, before, now) => {
    throw new ArtifactError(
      path,
      next.line,
      `${what} goes backwards within run ${run} (${before} at line ${prev.line}, ${now} here): rows of one run are cumulative flushes, so the file was edited or two runs share an id; ${FIX}`
    );
  };
  if (next.energyKWh < prev.energyKWh) {
    back("energy_consumed", `${prev.energyKWh} kWh`, `${next.energyKWh} kWh`);
  }
  if (prev.durationS !== void 0 && next.durationS !== void 0) {
    if (next.durationS < prev.durationS)
      back("duration", `${prev.durationS} s`, `${next.durationS} s`);
  }
  if (prev.endMs !== void 0 && next.endMs !== void 0 && next.endMs < prev.endMs - DST_SHIFT_MS) {
    back("timestamp", prev.timestamp ?? "", next.timestamp ?? "");
  }
}

// src/ingest/formats/codecarbon/codecarbon.ts
var COMMA = 44;
var QUOTE = 34;
var LISTED_SKIPS = 20;
function readHeader(text3, line, path) {
  const cells = splitHeader(text3);
  const columns = indexColumns(cells);
  const duplicate = duplicateColumn(cells);
  if (columns && duplicate) throw new ArtifactError(path, line, duplicateColumnMessage(duplicate));
  if (columns) return columns;
  throw new ArtifactError(
    path,
    line,
    `is not a CodeCarbon emissions file: its header lacks ${missingColumns(cells).join(", ")}`
  );
}
function runKey(row, columns) {
  if (columns.runId !== void 0) return row.runId;
  if (columns.experimentId !== void 0) return row.experimentId;
  return void 0;
}
async function scanFile(input, options, choice) {
  const { path } = input;
  let columns;
  const runs = /* @__PURE__ */ new Map();
  const notices = [];
  let dataRows = 0;
  let skipped = 0;
  let firstSkip;
  const skip = (line, message) => {
    skipped++;
    firstSkip ??= { path, line, message };
    if (skipped <= LISTED_SKIPS) notices.push({ path, line, message });
  };
  const readRow = (text3, no, counted = false) => {
    if (text3.trim() === "") return;
    if (columns === void 0) {
      columns = readHeader(text3, no, path);
      if (choice.bytePath) fast = new FlushFastPath(columns, options.timezone);
      return;
    }
    if (!counted) dataRows++;
    const cells = splitCsvLine(text3);
    if (cells.length !== columns.count) {
      const why = cells.length < columns.count ? "CodeCarbon's short-row append bug" : "an unquoted separator inside a cell?";
      skip(no, `row has ${cells.length} fields, header has ${columns.count}: skipped (${why})`);
      return;
    }
    const row = parseRow(cells, columns, { path, line: no }, options.timezone);
    if (typeof row === "string") {
      skip(no, row);
      return;
    }
    const key = columns.taskName !== void 0 ? void 0 : runKey(row, columns);
    if (key === void 0) {
      runs.set(`#${no}`, row);
      return;
    }
    const prev = runs.get(`=${key}`);
    if (prev) checkForward(prev, row, key, path);
    runs.set(`=${key}`, row);
    return row;
  };
  let fast;
  const flush = () => {
    const kept = fast?.flush();
    if (kept) readRow(decodeLine(kept.bytes, 0, kept.length), kept.no, true);
  };
  await forEachRow(
    input.chunks(),
    COMMA,
    QUOTE,
    (bytes, _view, start, end, seps, sepAt, sepCount, no) => {
      if (fast?.tryRow(bytes, start, end, seps, sepAt, sepCount, no) === true) {
        dataRows++;
        return;
      }
      flush();
      const row = readRow(decodeLine(bytes, start, end), no);
      fast?.establish(bytes, start, end, seps, sepAt, sepCount, row);
    },
    options.onProgress
  );
  flush();
  if (columns === void 0) {
    throw new ArtifactError(path, void 0, "holds no job: the file is empty");
  }
  if (dataRows === 0) {
    throw new ArtifactError(path, void 0, "holds no job: it has a CodeCarbon header but no rows");
  }
  if (skipped > LISTED_SKIPS) {
    notices.push({ path, message: `${skipped - LISTED_SKIPS} more rows skipped (not listed)` });
  }
  if (runs.size === 0 && firstSkip) {
    throw new ArtifactError(
      path,
      firstSkip.line,
      `holds no job: all ${skipped} rows were skipped (first: ${firstSkip.message})`
    );
  }
  return { columns, runs, notices };
}
async function countedRuns(sibling, runIds) {
  const found = /* @__PURE__ */ new Set();
  if (!sibling || runIds.size === 0) return found;
  let runColumn;
  let header = true;
  await forEachLine(sibling.chunks(), (text3) => {
    if (text3.trim() === "") return true;
    if (header) {
      if (!isCodeCarbonHeader(text3)) return false;
      runColumn = splitHeader(text3).indexOf("run_id");
      if (runColumn === -1) return false;
      header = false;
      return true;
    }
    if (![...runIds].some((id2) => !found.has(id2) && text3.includes(id2))) return true;
    const id = textCell(splitCsvLine(text3)[runColumn]);
    if (id !== void 0 && runIds.has(id)) found.add(id);
    return found.size < runIds.size;
  });
  return found;
}
async function readCodeCarbon(input, options, choice = { bytePath: true }) {
  const { columns, runs, notices } = await scanFile(input, options, choice);
  const jobs = [];
  if (columns.taskName !== void 0) {
    const rows = [...runs.values()];
    const ids = new Set(rows.flatMap((r) => r.runId === void 0 ? [] : [r.runId]));
    const counted = input.name === "emissions.csv" ? /* @__PURE__ */ new Set() : await countedRuns(input.sibling?.("emissions.csv"), ids);
    for (const id of counted) {
      notices.push({
        path: input.path,
        message: `task file of run ${id}: the run is already counted in emissions.csv beside it, so its tasks are not counted again`
      });
    }
    for (const row of rows) {
      if (row.runId !== void 0 && counted.has(row.runId)) continue;
      jobs.push(buildJob(row, "task", row.runId, input.path, notices));
    }
    return { jobs, notices };
  }
  for (const row of runs.values()) {
    jobs.push(buildJob(row, "run", runKey(row, columns), input.path, notices));
  }
  return { jobs, notices };
}
var codecarbonReader = {
  format: "codecarbon",
  describes: "CodeCarbon emissions*.csv and emissions_<experiment>_<run>.csv task files",
  detect(_name, head) {
    const line = firstLine(head);
    return line !== void 0 && isCodeCarbonHeader(line);
  },
  read: (input, options) => readCodeCarbon(input, options)
};

// src/ingest/formats/dcgm/dcgm-exporter.ts
var ENERGY = "DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION";
var POWER2 = "DCGM_FI_DEV_POWER_USAGE";
function isExporterText(text3) {
  for (const name of [ENERGY, POWER2]) {
    for (let i = text3.indexOf(name); i !== -1; i = text3.indexOf(name, i + 1)) {
      if (i > 0 && text3[i - 1] !== "\n") continue;
      const next = text3[i + name.length];
      if (next === "{" || next === " " && /^ +[-+\d.]/.test(text3.slice(i + name.length, i + name.length + 8))) {
        return true;
      }
    }
  }
  return false;
}
var ExporterParser = class {
  constructor(input, options) {
    this.input = input;
    this.options = options;
    this.integrator = new PowerIntegrator(input.path, options.maxGapSeconds);
    this.intervalMs = pollIntervalMs(options);
  }
  input;
  options;
  counter = new EnergyCounter();
  integrator;
  intervalMs;
  powerPolls = /* @__PURE__ */ new Map();
  energyPolls = /* @__PURE__ */ new Map();
  models = /* @__PURE__ */ new Set();
  missing = new Tally();
  untimedPower = 0;
  firstMs = Infinity;
  lastMs = -Infinity;
  sample = {
    metric: "energy",
    key: "",
    model: "",
    value: 0,
    ms: void 0
  };
  line(text3, no) {
    const s = this.sample;
    if (!this.parse(text3, no)) return;
    if (s.model !== "") this.models.add(s.model);
    if (s.ms !== void 0) {
      if (s.ms < this.firstMs) this.firstMs = s.ms;
      if (s.ms > this.lastMs) this.lastMs = s.ms;
    }
    const polls = s.metric === "energy" ? this.energyPolls : this.powerPolls;
    const poll = polls.get(s.key) ?? 0;
    polls.set(s.key, poll + 1);
    if (Number.isNaN(s.value)) {
      this.missing.add(no);
      return;
    }
    if (!(s.value >= 0) || s.value === Infinity) {
      throw new ArtifactError(this.input.path, no, `value ${s.value} is not a number \u2265 0`);
    }
    if (s.metric === "energy") {
      this.counter.add(s.key, s.value, no);
    } else {
      const ms = s.ms ?? (this.intervalMs === void 0 ? void 0 : poll * this.intervalMs);
      if (ms === void 0) this.untimedPower++;
      else this.integrator.add(s.key, ms, s.value, no);
    }
  }
  /** Read one line into `this.sample`; false when it is not a sample of our two metrics. */
  parse(text3, no) {
    let metric;
    let at2;
    if (text3.startsWith(ENERGY)) {
      metric = "energy";
      at2 = ENERGY.length;
    } else if (text3.startsWith(POWER2)) {
      metric = "power";
      at2 = POWER2.length;
    } else return false;
    const c = text3[at2];
    if (c !== "{" && c !== " ") return false;
    let gpu = "";
    let uuid = "";
    let host = "";
    let model = "";
    if (c === "{") {
      const labels = parseLabels(text3, at2 + 1);
      if (labels === void 0) throw new ArtifactError(this.input.path, no, "labels do not parse");
      at2 = labels.end;
      gpu = labels.values.get("gpu") ?? "";
      uuid = labels.values.get("UUID") ?? "";
      host = labels.values.get("Hostname") ?? labels.values.get("hostname") ?? "";
      model = labels.values.get("modelName") ?? "";
    }
    const rest = text3.slice(at2).trim().split(/\s+/);
    const value = Number(rest[0]);
    if (rest[0] === void 0 || rest[0] === "" || Number.isNaN(value) && rest[0] !== "NaN") {
      throw new ArtifactError(this.input.path, no, `value "${rest[0] ?? ""}" is not a number`);
    }
    const ms = rest[1] === void 0 ? void 0 : Number(rest[1]);
    if (ms !== void 0 && !Number.isFinite(ms)) {
      throw new ArtifactError(this.input.path, no, `timestamp "${rest[1]}" is not a number of ms`);
    }
    const s = this.sample;
    s.metric = metric;
    s.key = uuid !== "" ? uuid : host !== "" ? `${host}/${gpu}` : gpu;
    s.model = model;
    s.value = value;
    s.ms = ms;
    return true;
  }
  finish() {
    const path = this.input.path;
    const keys = /* @__PURE__ */ new Set([...this.energyPolls.keys(), ...this.powerPolls.keys()]);
    if (keys.size === 0)
      throw new ArtifactError(path, void 0, "holds no DCGM energy or power sample");
    const { kWh, fromCounter, fromPower, unmeasured } = sumGpuEnergy(
      keys,
      this.counter,
      this.integrator
    );
    if (unmeasured !== void 0 && this.untimedPower > 0) {
      throw new ArtifactError(
        path,
        void 0,
        "power samples without timestamps and no energy counter: set poll-interval to the scrape interval, e.g. --poll-interval 15s"
      );
    }
    const timed = this.firstMs <= this.lastMs;
    const scrapes = Math.max(maxOf(this.energyPolls.values()), maxOf(this.powerPolls.values()));
    const durationHours2 = timed ? (this.lastMs - this.firstMs) / 36e5 : this.intervalMs === void 0 ? void 0 : (scrapes - 1) * this.intervalMs / 36e5;
    const notes = [];
    if (fromCounter > 0) notes.push(`${fromCounter} GPUs from the total-energy counter`);
    if (fromPower > 0) notes.push(`${fromPower} GPUs from integrated power`);
    if (this.integrator.gaps > 0)
      notes.push(gapNote(this.integrator.gaps, this.options.maxGapSeconds));
    const notices = [
      scrapes < 2 ? {
        path,
        message: "a single scrape: a counter needs two to measure energy, so energy is 0"
      } : void 0,
      counterResetNotice(path, this.counter),
      this.integrator.gapNotice(),
      durationHours2 === void 0 ? {
        path,
        message: "no timestamps: the duration is unknown; set poll-interval to the scrape interval"
      } : void 0,
      this.missing.notice(path, "NaN sample", "NaN samples", "skipped")
    ].filter((x) => x !== void 0);
    const job = {
      name: jobNameFromFile(this.input.name),
      source: { path, format: "dcgm" },
      itEnergyKWh: kWh,
      gpuCount: keys.size,
      gpuModel: describeModels(this.models),
      ...durationHours2 === void 0 ? {} : { durationHours: durationHours2 },
      ...timed ? { startedAt: toIso(this.firstMs) } : {},
      notes
    };
    return { jobs: [job], notices };
  }
};
function parseLabels(text3, start) {
  const values = /* @__PURE__ */ new Map();
  let i = start;
  for (; ; ) {
    while (text3[i] === " " || text3[i] === ",") i++;
    if (text3[i] === "}") return { values, end: i + 1 };
    const eq = text3.indexOf("=", i);
    if (eq === -1 || text3[eq + 1] !== '"') return void 0;
    const name = text3.slice(i, eq).trim();
    let value = "";
    let j = eq + 2;
    for (; j < text3.length && text3[j] !== '"'; j++) {
      const ch = text3[j];
      if (ch === "\\" && j + 1 < text3.length) {
        j++;
        value += text3[j] === "n" ? "\n" : text3[j];
      } else value += ch;
    }
    if (j >= text3.length) return void 0;
    values.set(name, value);
    i = j + 1;
  }
}

// src/ingest/formats/dcgm/dcgm.ts
var POWER_FIELDS = ["POWER", "POWINST"];
var COUNTER_FIELD = "TOTEC";
var POLL_HINT = "set poll-interval to the dmon -d interval (1 s by default), e.g. --poll-interval 1s";
function isDmonHeader(line) {
  const t = line.trim();
  if (!t.startsWith("#Entity")) return false;
  const names = t.slice("#Entity".length).trim().split(/\s+/);
  return names.some((n) => n === COUNTER_FIELD || n === "POWER" || n === "POWINST");
}
var dcgmReader = {
  format: "dcgm",
  describes: "dcgmi dmon -e 155,156 output or dcgm-exporter metrics text",
  detect(_name, head) {
    for (const line of head.split("\n", 40)) if (isDmonHeader(line)) return true;
    return isExporterText(head);
  },
  async read(input, options) {
    let parser;
    await forEachLine(
      input.chunks(),
      (text3, no) => {
        if (parser === void 0) {
          if (isDmonHeader(text3)) parser = new DmonParser(input, options);
          else if (isExporterText(text3)) parser = new ExporterParser(input, options);
          else return;
        }
        parser.line(text3, no);
      },
      options.onProgress
    );
    if (parser === void 0) {
      throw new ArtifactError(input.path, void 0, "has no #Entity header nor DCGM metrics");
    }
    return parser.finish();
  }
};
var DmonParser = class {
  constructor(input, options) {
    this.input = input;
    this.options = options;
    this.integrator = new PowerIntegrator(input.path, options.maxGapSeconds);
    this.intervalMs = pollIntervalMs(options);
  }
  input;
  options;
  counter = new EnergyCounter();
  integrator;
  intervalMs;
  polls = /* @__PURE__ */ new Map();
  cells = [];
  width = 0;
  counterCol = -1;
  powerCols = [];
  offsets = [];
  missing = new Tally();
  otherEntities = new Tally();
  otherLines = new Tally();
  line(text3, no) {
    const n = this.split(text3);
    if (n === 0) return;
    const first = this.cells[0];
    if (first === "#Entity") {
      this.setHeader(text3, no);
      return;
    }
    if (first === "ID" || first.startsWith("#")) return;
    const id = this.cells[1];
    if (n < 2 || id === void 0 || !isEntityId(id)) {
      if (!text3.includes("dmon was stopped")) this.otherLines.add(no);
      return;
    }
    if (n !== this.width + 2 && !this.splitByOffsets(text3)) {
      this.otherLines.add(no);
      return;
    }
    if (first !== "GPU") {
      this.otherEntities.add(no);
      return;
    }
    const poll = this.polls.get(id) ?? 0;
    this.polls.set(id, poll + 1);
    let any = false;
    if (this.counterCol >= 0) {
      const mJ = this.value(this.counterCol, no);
      if (mJ !== void 0) {
        this.counter.add(id, mJ, no);
        any = true;
      }
    }
    if (this.intervalMs !== void 0) {
      for (const c of this.powerCols) {
        const watts = this.value(c, no);
        if (watts !== void 0) {
          this.integrator.add(id, poll * this.intervalMs, watts, no);
          any = true;
          break;
        }
      }
    }
    if (!any) this.missing.add(no);
  }
  value(col, no) {
    const cell = this.cells[col + 2];
    const v = parseWatts(cell);
    if (v !== void 0 && !(v >= 0 && v !== Infinity)) {
      throw new ArtifactError(this.input.path, no, `value "${cell}" is not a number \u2265 0`);
    }
    return v;
  }
  setHeader(text3, no) {
    const names = [];
    this.offsets = [];
    const re = /\S+/g;
    re.lastIndex = text3.indexOf("#Entity") + "#Entity".length;
    for (let m = re.exec(text3); m !== null; m = re.exec(text3)) {
      names.push(m[0]);
      this.offsets.push(m.index);
    }
    this.width = names.length;
    this.counterCol = names.indexOf(COUNTER_FIELD);
    this.powerCols = POWER_FIELDS.map((f) => names.indexOf(f)).filter((i) => i !== -1);
    if (this.counterCol === -1 && this.intervalMs === void 0) {
      throw new ArtifactError(
        this.input.path,
        no,
        `dcgmi dmon output has no timestamps and no energy counter (TOTEC, field 156): ${POLL_HINT}, or monitor with dcgmi dmon -e 155,156`
      );
    }
  }
  /** Whitespace-split into `cells`; returns the count. */
  split(text3) {
    const len = text3.length;
    let i = 0;
    let n = 0;
    for (; ; ) {
      while (i < len && text3.charCodeAt(i) <= 32) i++;
      if (i >= len) return n;
      const start = i;
      while (i < len && text3.charCodeAt(i) > 32) i++;
      this.cells[n++] = text3.slice(start, i);
    }
  }
  /** Values that hold spaces (text fields): cut at the header's column offsets instead. */
  splitByOffsets(text3) {
    const o = this.offsets;
    if (o.length === 0 || text3.length <= o[0]) return false;
    for (let i = 0; i < o.length; i++) {
      this.cells[i + 2] = text3.slice(o[i], i + 1 < o.length ? o[i + 1] : void 0).trim();
    }
    return true;
  }
  finish() {
    const path = this.input.path;
    const gpus = [...this.polls.keys()];
    if (gpus.length === 0) throw new ArtifactError(path, void 0, "holds no GPU rows");
    const { kWh, fromCounter, fromPower, unmeasured } = sumGpuEnergy(
      gpus,
      this.counter,
      this.integrator
    );
    if (unmeasured !== void 0 && this.intervalMs === void 0 && this.powerCols.length > 0) {
      throw new ArtifactError(
        path,
        void 0,
        `GPU ${unmeasured} has no TOTEC value: ${POLL_HINT} to integrate its power`
      );
    }
    const maxPolls = maxOf(this.polls.values());
    const notes = [];
    if (fromCounter > 0) notes.push(`${fromCounter} GPUs from the TOTEC energy counter`);
    if (fromPower > 0) notes.push(`${fromPower} GPUs from power \xD7 poll-interval`);
    if (this.integrator.gaps > 0)
      notes.push(gapNote(this.integrator.gaps, this.options.maxGapSeconds));
    const notices = [
      counterResetNotice(path, this.counter),
      this.integrator.gapNotice(),
      this.intervalMs === void 0 ? { path, message: `no timestamps: the job's duration is unknown; ${POLL_HINT}` } : void 0,
      this.missing.notice(path, "GPU row", "GPU rows", "without a value (N/A) skipped"),
      this.otherEntities.notice(
        path,
        "row",
        "rows",
        `of other entities (GPU instances, switches\u2026) not added: a GPU's energy holds its instances'`
      ),
      this.otherLines.notice(path, "line", "lines", "that are not dcgmi dmon rows skipped")
    ].filter((x) => x !== void 0);
    const job = {
      name: jobNameFromFile(this.input.name),
      source: { path, format: "dcgm" },
      itEnergyKWh: kWh,
      gpuCount: gpus.length,
      ...this.intervalMs === void 0 ? {} : { durationHours: (maxPolls - 1) * this.intervalMs / 36e5 },
      notes
    };
    return { jobs: [job], notices };
  }
};
function isEntityId(text3) {
  for (let i = 0; i < text3.length; i++) {
    const c = text3.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return text3.length > 0;
}

// src/ingest/formats/eco2ai/eco2ai-fast.ts
var QUOTE2 = 34;
var ZERO3 = 48;
var SPACE2 = 32;
var EPOCH2 = Array.from("epoch:", (c) => c.charCodeAt(0));
var EpochFastPath = class {
  constructor(cols, zone) {
    this.cols = cols;
    this.stamps = new MinuteStamps(zone, /^[\x21-\x7e]{10}[ T][\x21-\x7e]{5}$/);
    this.from = new Int32Array(cols.count);
    this.to = new Int32Array(cols.count);
  }
  cols;
  /** Cell i is `bytes[from[i]..to[i])`, quotes removed. */
  from;
  to;
  key = new Uint8Array(64);
  keyLength = -1;
  run;
  /** Timestamps, their minute parsed once (`YYYY-MM-DD HH:MM` shapes only; others are NaN). */
  stamps;
  /** Split the row into exactly `count` cells; false when it is not that simple. */
  split(bytes, start, end, seps, sepAt, sepCount) {
    const count2 = this.cols.count;
    let j = 0;
    let at2 = start;
    for (let cell = 0; cell < count2; cell++) {
      let stop;
      if (at2 < end && bytes[at2] === QUOTE2) {
        const close = bytes.indexOf(QUOTE2, at2 + 1);
        if (close === -1 || close >= end) return false;
        while (j < sepCount && seps[sepAt + j] < close) j++;
        stop = j < sepCount ? seps[sepAt + j] : end;
        if (stop !== close + 1) return false;
        this.from[cell] = at2 + 1;
        this.to[cell] = close;
      } else {
        if (at2 < end && bytes[at2] <= SPACE2) return false;
        stop = j < sepCount ? seps[sepAt + j] : end;
        this.from[cell] = at2;
        this.to[cell] = stop;
      }
      if (cell < count2 - 1) {
        if (j >= sepCount) return false;
        at2 = stop + 1;
        j++;
      } else if (j !== sepCount) return false;
    }
    return true;
  }
  /** Sum a row of the current run in place; false when the string path must read it. */
  tryRow(bytes, start, end, seps, sepAt, sepCount) {
    const run = this.run;
    const idColumn = this.cols.id;
    if (run === void 0 || idColumn === void 0 || this.keyLength < 0) return false;
    if (!this.split(bytes, start, end, seps, sepAt, sepCount)) return false;
    const { from, to, cols } = this;
    const ks = from[idColumn];
    if (to[idColumn] - ks !== this.keyLength) return false;
    for (let i = 0; i < this.keyLength; i++) if (bytes[ks + i] !== this.key[i]) return false;
    const energy = parseDecimalBytes(bytes, from[cols.energy], to[cols.energy]);
    if (!(energy >= 0) || energy === Infinity) return false;
    const seconds = cols.duration === void 0 ? void 0 : this.amount(bytes, cols.duration);
    if (Number.isNaN(seconds)) return false;
    if ((seconds ?? 0) >= run.longestSeconds()) return false;
    const co2 = cols.co2 === void 0 ? void 0 : this.amount(bytes, cols.co2);
    if (Number.isNaN(co2)) return false;
    let startMs;
    if (cols.start !== void 0 && to[cols.start] > from[cols.start]) {
      startMs = this.stamps.read(bytes, from[cols.start], to[cols.start]);
      if (Number.isNaN(startMs)) return false;
    }
    let marked = true;
    if (cols.epoch !== void 0 && to[cols.epoch] > from[cols.epoch]) {
      marked = this.epochMarked(bytes, from[cols.epoch], to[cols.epoch]);
      if (!marked) return false;
    }
    run.addValues(energy, co2, seconds, startMs, marked);
    return true;
  }
  /**
   * After the string path read a row: `run` is the sums it was added to when it had an id (then
   * the rows after it with the same id may come this way), else undefined.
   */
  establish(bytes, start, end, seps, sepAt, sepCount, run) {
    this.keyLength = -1;
    this.run = void 0;
    const idColumn = this.cols.id;
    if (run === void 0 || idColumn === void 0) return;
    if (!this.split(bytes, start, end, seps, sepAt, sepCount)) return;
    const ks = this.from[idColumn];
    const ke = this.to[idColumn];
    if (ke === ks || bytes[ks] <= SPACE2 || bytes[ke - 1] <= SPACE2) return;
    if (ke - ks > this.key.length) this.key = new Uint8Array(2 * (ke - ks));
    this.key.set(bytes.subarray(ks, ke));
    this.keyLength = ke - ks;
    this.run = run;
  }
  /** An empty cell (undefined) or a finite number ≥ 0; NaN for anything else. */
  amount(bytes, column) {
    const a = this.from[column];
    const b = this.to[column];
    if (a === b) return void 0;
    const v = parseDecimalBytes(bytes, a, b);
    return v >= 0 && v !== Infinity ? v : NaN;
  }
  /** `epoch: N…` as Eco2AI writes it (lower case, the digit right after the blanks). */
  epochMarked(bytes, a, b) {
    if (b - a < EPOCH2.length + 1) return false;
    for (let i2 = 0; i2 < EPOCH2.length; i2++) if (bytes[a + i2] !== EPOCH2[i2]) return false;
    let i = a + EPOCH2.length;
    while (i < b && (bytes[i] === SPACE2 || bytes[i] === 9)) i++;
    const d = bytes[i] - ZERO3;
    return i < b && d >= 0 && d <= 9;
  }
};

// src/ingest/formats/eco2ai/eco2ai.ts
var ENERGY2 = ["power_consumption(kWh)", "power_consumption(kWTh)"];
var CO2 = "CO2_emissions(kg)";
var COMMA2 = 44;
var USED2 = [
  ...ENERGY2,
  CO2,
  "id",
  "project_name",
  "epoch",
  "start_time",
  "duration(s)",
  "GPU_name",
  "region/country"
];
var EPOCH_MARK = /^epoch:\s*\d+/i;
var GPU_NAME = /^(.*?)\s*(\d+) device\(s\)/;
function findColumns(header) {
  const index = indexHeader(header);
  const energy = findColumn(index, ...ENERGY2);
  if (energy === void 0 || !index.has(CO2)) return void 0;
  const opt = (key, ...names) => {
    const i = findColumn(index, ...names);
    return i === void 0 ? {} : { [key]: i };
  };
  return {
    count: header.length,
    energy,
    ...opt("co2", CO2),
    ...opt("id", "id"),
    ...opt("project", "project_name"),
    ...opt("epoch", "epoch"),
    ...opt("start", "start_time"),
    ...opt("duration", "duration(s)"),
    ...opt("gpu", "GPU_name"),
    ...opt("region", "region/country")
  };
}
function readCell(cells, i) {
  return i === void 0 ? void 0 : textCell(cells[i]);
}
function parseRow2(cells, cols, line, path, zone) {
  const energy = numberCell(cells[cols.energy]);
  if (energy === void 0 || !Number.isFinite(energy) || energy < 0) {
    throw new ArtifactError(
      path,
      line,
      `power_consumption "${cells[cols.energy] ?? ""}" is not a usable energy`
    );
  }
  const duration = cols.duration === void 0 ? void 0 : numberCell(cells[cols.duration]);
  if (duration !== void 0 && (!Number.isFinite(duration) || duration < 0)) {
    throw new ArtifactError(
      path,
      line,
      `duration(s) "${cells[cols.duration] ?? ""}" is not a usable duration`
    );
  }
  const startText = readCell(cells, cols.start);
  const startMs = startText === void 0 ? void 0 : parseTimestamp(startText, zone);
  if (startText !== void 0 && startMs === void 0) {
    throw new ArtifactError(path, line, `start_time "${startText}" does not parse`);
  }
  const co2 = cols.co2 === void 0 ? void 0 : numberCell(cells[cols.co2]);
  const id = readCell(cells, cols.id);
  const project = readCell(cells, cols.project);
  const epoch = cols.epoch === void 0 ? void 0 : (cells[cols.epoch] ?? "").trim();
  const gpu = cols.gpu === void 0 ? void 0 : cells[cols.gpu];
  const region = readCell(cells, cols.region);
  return {
    line,
    energyKWh: energy,
    ...id === void 0 ? {} : { id },
    ...project === void 0 ? {} : { project },
    ...epoch === void 0 ? {} : { epoch },
    ...co2 !== void 0 && Number.isFinite(co2) && co2 >= 0 ? { co2Kg: co2 } : {},
    ...startMs === void 0 ? {} : { startMs },
    ...duration === void 0 ? {} : { seconds: duration },
    ...gpu === void 0 ? {} : { gpu },
    ...region === void 0 ? {} : { region }
  };
}
function parseGpuName(text3) {
  if (text3 === void 0) return {};
  const m = GPU_NAME.exec(text3.trim());
  if (!m) return {};
  const count2 = Number(m[2]);
  const model = m[1].trim();
  return count2 > 0 && model !== "" ? { gpuCount: count2, gpuModel: model } : { gpuCount: count2 };
}
function parseCountry(text3) {
  if (text3 === void 0) return void 0;
  const head = text3.trim().replace(/^\(/, "").replace(/\)$/, "").split("/")[0].trim();
  if (head === "") return void 0;
  return /^[a-z]{2}$/i.test(head) ? head.toUpperCase() : head;
}
var RunSums = class {
  constructor(first) {
    this.first = first;
    this.longest = first;
  }
  first;
  count = 0;
  energy = 0;
  co2 = 0;
  seconds = 0;
  startMs;
  /** Every row's epoch is empty or `epoch: N…` (training mode). */
  epochsMarked = true;
  /** The row with the longest duration (the later one on a tie). */
  longest;
  add(r) {
    const marked = r.epoch === void 0 || r.epoch === "" || EPOCH_MARK.test(r.epoch);
    this.addValues(r.energyKWh, r.co2Kg, r.seconds, r.startMs, marked);
    if ((r.seconds ?? 0) >= (this.longest.seconds ?? 0)) this.longest = r;
  }
  /** A row's values (the byte path adds rows that do not become the longest this way). */
  addValues(energy, co2, seconds, startMs, epochMarked) {
    this.count++;
    this.energy += energy;
    this.co2 = this.co2 === void 0 || co2 === void 0 ? void 0 : this.co2 + co2;
    this.seconds = this.seconds === void 0 || seconds === void 0 ? void 0 : this.seconds + seconds;
    if (startMs !== void 0) this.startMs = Math.min(this.startMs ?? startMs, startMs);
    if (!epochMarked) this.epochsMarked = false;
  }
  longestSeconds() {
    return this.longest.seconds ?? 0;
  }
};
function sumsOf(row) {
  const sums = new RunSums(row);
  sums.add(row);
  return sums;
}
function buildJob2(sums, path, training) {
  const { first, energy, co2, seconds, startMs } = sums;
  const project = first.project ?? "eco2ai";
  const name = first.id === void 0 ? `${project} (line ${first.line})` : `${project} (${first.id.slice(0, 8)})`;
  const country = parseCountry(first.region);
  return {
    name,
    source: { path, format: "eco2ai", line: first.line },
    itEnergyKWh: energy,
    ...co2 !== void 0 && energy > 0 ? { intensityGPerKWh: co2 * 1e3 / energy } : {},
    ...startMs === void 0 ? {} : { startedAt: toIso(startMs) },
    ...seconds === void 0 ? {} : { durationHours: seconds / 3600 },
    ...parseGpuName(first.gpu),
    ...country === void 0 ? {} : { country },
    ...training ? { notes: [`${sums.count} epoch rows summed`] } : {}
  };
}
async function readEco2ai(input, options, choice = { bytePath: true }) {
  const path = input.path;
  const notices = [];
  const runs = [];
  const byId = /* @__PURE__ */ new Map();
  let cols;
  let fast;
  const readLine = (text3, no) => {
    if (text3.trim() === "") return;
    const cells = splitCsvLine(text3);
    if (!cols) {
      cols = findColumns(cells);
      if (!cols)
        throw new ArtifactError(
          path,
          no,
          "header lacks power_consumption(kWh) or CO2_emissions(kg)"
        );
      const duplicate = findDuplicateColumn(cells, USED2);
      if (duplicate) throw new ArtifactError(path, no, duplicateColumnMessage(duplicate));
      if (choice.bytePath) fast = new EpochFastPath(cols, options.timezone);
      return;
    }
    if (cells.length !== cols.count) {
      notices.push({
        path,
        line: no,
        message: `row skipped: ${cells.length} fields where the header has ${cols.count}`
      });
      return;
    }
    const row = parseRow2(cells, cols, no, path, options.timezone);
    const run = row.id === void 0 ? void 0 : byId.get(row.id);
    if (run !== void 0) {
      run.add(row);
      return run;
    }
    const fresh = sumsOf(row);
    runs.push(fresh);
    if (row.id === void 0) return;
    byId.set(row.id, fresh);
    return fresh;
  };
  await forEachRow(
    input.chunks(),
    COMMA2,
    COMMA2,
    (bytes, _view, start, end, seps, sepAt, sepCount, no) => {
      if (fast?.tryRow(bytes, start, end, seps, sepAt, sepCount) === true) return;
      const run = readLine(decodeLine(bytes, start, end), no);
      fast?.establish(bytes, start, end, seps, sepAt, sepCount, run);
    },
    options.onProgress
  );
  if (runs.length === 0) {
    const skipped = notices.find((n) => n.line !== void 0);
    throw new ArtifactError(
      path,
      skipped?.line,
      skipped ? `holds no job: every row was skipped (${skipped.message})` : "holds no job (no data rows)"
    );
  }
  const jobs = [];
  for (const run of runs) {
    const training = run.count > 1 && run.epochsMarked;
    if (run.count === 1 || training) {
      jobs.push(buildJob2(run, path, training));
      continue;
    }
    const last = run.longest;
    notices.push({
      path,
      line: last.line,
      message: `${run.count} cumulative rows share id ${last.id ?? ""}: the longest one is used`
    });
    jobs.push(buildJob2(sumsOf(last), path, false));
  }
  return { jobs, notices };
}
var eco2aiReader = {
  format: "eco2ai",
  describes: "Eco2AI emission.csv",
  detect(name, head) {
    if (name.startsWith("encoded_")) return false;
    const firstLine6 = head.split("\n").find((l) => l.trim() !== "") ?? "";
    const names = new Set(splitCsvLine(firstLine6.replace(/\r$/, "")));
    return (names.has(ENERGY2[0]) || names.has(ENERGY2[1])) && names.has(CO2);
  },
  read: (input, options) => readEco2ai(input, options)
};

// src/ingest/shared/json-doc.ts
var JsonSyntaxError = class extends Error {
  constructor(line, message) {
    super(message);
    this.line = line;
  }
  line;
};
var DuplicateKeyError = class extends JsonSyntaxError {
};
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var MAX_DEPTH = 256;
var PYTHON_NON_FINITE = [
  ["NaN", NaN],
  ["Infinity", Infinity],
  ["-Infinity", -Infinity]
];
function parseJson(text3, options = {}) {
  const words2 = [
    ["true", true],
    ["false", false],
    ["null", null],
    ...options.pythonNonFinite === true ? PYTHON_NON_FINITE : []
  ];
  const lines = { starts: /* @__PURE__ */ new WeakMap(), keys: /* @__PURE__ */ new WeakMap(), items: /* @__PURE__ */ new WeakMap() };
  let i = 0;
  let line = 1;
  const fail = (what) => {
    throw new JsonSyntaxError(line, what);
  };
  const space = () => {
    for (; i < text3.length; i++) {
      const ch = text3[i];
      if (ch === "\n") line++;
      else if (ch !== " " && ch !== "	" && ch !== "\r") break;
    }
  };
  const found = () => i < text3.length ? `'${text3[i]}'` : "the end of the file";
  const string = () => {
    const start = i;
    for (i++; i < text3.length && text3[i] !== '"'; i++) {
      if (text3[i] === "\\") i++;
      else if (text3[i] < " ") fail("a string holds a raw control character (a line break?)");
    }
    if (i >= text3.length) fail("a string is not closed");
    i++;
    try {
      return JSON.parse(text3.slice(start, i));
    } catch {
      return fail("a string holds an invalid escape");
    }
  };
  const value = (depth) => {
    if (depth > MAX_DEPTH) fail(`nesting deeper than ${MAX_DEPTH}`);
    space();
    const ch = text3[i];
    if (ch === "{") {
      const object = /* @__PURE__ */ Object.create(null);
      const keys = /* @__PURE__ */ new Map();
      lines.starts.set(object, line);
      lines.keys.set(object, keys);
      i++;
      space();
      if (text3[i] === "}") {
        i++;
        return object;
      }
      for (; ; ) {
        space();
        if (text3[i] !== '"') fail(`expected a "key", found ${found()}`);
        const keyLine = line;
        const key = string();
        const earlier = keys.get(key);
        if (earlier !== void 0 && options.uniqueKey?.(key, depth) === true) {
          throw new DuplicateKeyError(
            keyLine,
            `key "${key}" appears twice in one object (lines ${earlier} and ${keyLine}): which value counts is ambiguous; remove one`
          );
        }
        keys.set(key, keyLine);
        space();
        if (text3[i] !== ":") fail(`expected ':' after "${key}", found ${found()}`);
        i++;
        object[key] = value(depth + 1);
        space();
        if (text3[i] === "}") {
          i++;
          return object;
        }
        if (text3[i] !== ",") fail(`expected ',' or '}', found ${found()}`);
        i++;
      }
    }
    if (ch === "[") {
      const array = [];
      const items = [];
      lines.starts.set(array, line);
      lines.items.set(array, items);
      i++;
      space();
      if (text3[i] === "]") {
        i++;
        return array;
      }
      for (; ; ) {
        space();
        items.push(line);
        array.push(value(depth + 1));
        space();
        if (text3[i] === "]") {
          i++;
          return array;
        }
        if (text3[i] !== ",") fail(`expected ',' or ']', found ${found()}`);
        i++;
      }
    }
    if (ch === '"') return string();
    for (const [word, result2] of words2) {
      if (text3.startsWith(word, i)) {
        i += word.length;
        return result2;
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text3);
    if (!m) return fail(`expected a value, found ${found()}`);
    i += m[0].length;
    return Number(m[0]);
  };
  const result = value(0);
  space();
  if (i < text3.length) fail(`unexpected ${found()} after the end of the document`);
  return { value: result, lines };
}
function parseJsonDocument(text3, path, options = {}) {
  try {
    return parseJson(text3, options);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    if (e instanceof DuplicateKeyError) throw new ArtifactError(path, e.line, e.message);
    throw new ArtifactError(path, e.line, `is not valid JSON: ${e.message}`);
  }
}
function isJsonObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function asJsonObject(v) {
  return isJsonObject(v) ? v : {};
}

// src/ingest/formats/generic/generic.ts
var KNOWN = /* @__PURE__ */ new Set([
  "name",
  "energyKWh",
  "idleEnergyKWh",
  "gpuCount",
  "gpuHours",
  "gpuModel",
  "cpuThreads",
  "region",
  "intensityGPerKWh",
  "pue",
  "startedAt",
  "durationHours"
]);
var ROOT_KEYS = ["carbonGate", "jobs", "$schema"];
var mattersTwice = (key, depth) => depth === 0 && ROOT_KEYS.includes(key) || depth === 2 && KNOWN.has(key);
var atLeast = (min) => (v) => v >= min;
var positive = (v) => v > 0;
var wholeCount = (v) => Number.isInteger(v) && v >= 0;
var shown = (value) => {
  const text3 = JSON.stringify(value) ?? String(value);
  return text3.length > 40 ? `${text3.slice(0, 37)}...` : text3;
};
function readJob(job, index, line, keyLines, path, timezone) {
  const at2 = (key) => keyLines?.get(key) ?? line;
  const fail = (key, what) => {
    throw new ArtifactError(path, at2(key), `jobs[${index}].${key} ${what}`);
  };
  const present = (key) => job[key] !== void 0 && job[key] !== null;
  const num2 = (key, check, rule) => {
    if (!present(key)) return void 0;
    const v = job[key];
    if (typeof v !== "number" || !Number.isFinite(v) || !check(v)) {
      return fail(key, `must be ${rule}, got ${shown(v)}`);
    }
    return v;
  };
  const str3 = (key) => {
    if (!present(key)) return void 0;
    const v = job[key];
    if (typeof v !== "string") return fail(key, `must be a string, got ${shown(v)}`);
    return v.trim() === "" ? void 0 : v.trim();
  };
  const name = str3("name");
  if (name === void 0) fail("name", "is required: a non-empty string naming the job");
  if (!present("energyKWh")) fail("energyKWh", "is required: the IT energy in kWh (a number \u2265 0)");
  const energy = num2("energyKWh", atLeast(0), "a number \u2265 0 (kWh)");
  let startedAt;
  const started = str3("startedAt");
  if (started !== void 0) {
    const text3 = /^\d{4}-\d{2}-\d{2}$/.test(started) ? `${started}T00:00:00` : started;
    const ms = parseTimestamp(text3, timezone);
    if (ms === void 0) {
      fail("startedAt", `"${started}" is not an ISO 8601 time (e.g. 2022-03-11T00:00:00Z)`);
    }
    startedAt = toIso(ms);
  }
  const record = {
    name,
    source: { path, format: "generic", line },
    itEnergyKWh: energy,
    idleEnergyKWh: num2("idleEnergyKWh", atLeast(0), "a number \u2265 0 (kWh)"),
    pue: num2("pue", atLeast(1), "a number \u2265 1"),
    intensityGPerKWh: num2("intensityGPerKWh", atLeast(0), "a number \u2265 0 (g CO2e/kWh)"),
    startedAt,
    durationHours: num2("durationHours", atLeast(0), "a number \u2265 0 (hours)"),
    gpuCount: num2("gpuCount", wholeCount, "a whole number \u2265 0"),
    gpuHours: num2("gpuHours", atLeast(0), "a number \u2265 0 (hours)"),
    gpuModel: str3("gpuModel"),
    cpuThreads: num2("cpuThreads", positive, "a number > 0"),
    region: str3("region")
  };
  return Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== void 0)
  );
}
async function readGeneric(input, options) {
  const { path } = input;
  const text3 = await readText(input.chunks());
  const { value: doc, lines } = parseJsonDocument(text3, path, { uniqueKey: mattersTwice });
  if (!isJsonObject(doc)) {
    const line = text3.slice(0, text3.length - text3.trimStart().length).split("\n").length;
    throw new ArtifactError(path, line, 'must be a JSON object with "carbonGate": 1 and "jobs"');
  }
  const rootLine = lines.starts.get(doc);
  const where = (key) => lines.keys.get(doc)?.get(key) ?? rootLine;
  if (doc.carbonGate !== 1) {
    const what = doc.carbonGate === void 0 ? "is missing" : `is ${shown(doc.carbonGate)}; this version reads 1`;
    throw new ArtifactError(
      path,
      where("carbonGate"),
      `"carbonGate" ${what} (write "carbonGate": 1)`
    );
  }
  const jobs = doc.jobs;
  if (!Array.isArray(jobs)) {
    throw new ArtifactError(path, where("jobs"), '"jobs" must be an array of job objects');
  }
  if (jobs.length === 0) {
    throw new ArtifactError(path, where("jobs"), 'holds no job: "jobs" is empty');
  }
  const notices = [];
  const extra = Object.keys(doc).filter((k) => !ROOT_KEYS.includes(k));
  if (extra.length > 0) {
    notices.push({ path, line: rootLine, message: `unknown keys ignored: ${extra.join(", ")}` });
  }
  const itemLines = lines.items.get(jobs) ?? [];
  const records = jobs.map((job, i) => {
    const line = itemLines[i] ?? 1;
    if (!isJsonObject(job)) {
      throw new ArtifactError(path, line, `jobs[${i}] must be an object, got ${shown(job)}`);
    }
    const unknown = Object.keys(job).filter((k) => !KNOWN.has(k));
    if (unknown.length > 0) {
      notices.push({
        path,
        line,
        message: `jobs[${i}]: unknown keys ignored: ${unknown.join(", ")}`
      });
    }
    return readJob(job, i, line, lines.keys.get(job), path, options.timezone);
  });
  return { jobs: records, notices };
}
var genericReader = {
  format: "generic",
  describes: '*.carbon.json with "carbonGate": 1',
  detect(name, head) {
    if (name.toLowerCase().endsWith(".carbon.json")) return true;
    return head.trimStart().startsWith("{") && head.includes('"carbonGate"');
  },
  read: readGeneric
};

// src/ingest/formats/impact-tracker/impact-tracker.ts
var FILE_NAME = "data.json";
var DRAWS = [
  ["rapl_estimated_attributable_power_draw", "rapl_power_draw_absolute"],
  ["nvidia_estimated_attributable_power_draw", "nvidia_draw_absolute"]
];
var DRAW_KEYS = DRAWS.flat();
var MAX_EPOCH_S = 7258118400;
var BARE_NON_FINITE = /([:[,]\s*)-?(?:NaN|Infinity)(?=\s*[,\]}])/g;
var MAX_GAP_NOTICES = 10;
function parseSample(text3) {
  let value;
  try {
    value = JSON.parse(text3);
  } catch {
    try {
      value = JSON.parse(text3.replace(BARE_NON_FINITE, "$1null"));
    } catch {
      return void 0;
    }
  }
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function sumDraws(sample, path, line) {
  let total2;
  for (const [attributable, absolute] of DRAWS) {
    const own = sample[attributable];
    const raw = own !== void 0 && own !== null ? own : sample[absolute];
    if (raw === void 0 || raw === null) continue;
    if (typeof raw !== "number" || !Number.isFinite(raw) || raw < 0) {
      throw new ArtifactError(
        path,
        line,
        `power draw ${describeDraw(raw)} is not a usable number of W`
      );
    }
    total2 = (total2 ?? 0) + raw;
  }
  return total2;
}
function describeDraw(raw) {
  if (Array.isArray(raw)) return "a list";
  if (typeof raw === "object") return "an object";
  return JSON.stringify(raw).slice(0, 40);
}
function deriveRunName(path) {
  const parts = path.split(/[\\/]/).filter((p) => p !== "" && p !== ".");
  parts.pop();
  const dir = parts.pop();
  if (dir === "impacttracker") return parts.pop() ?? "impact-tracker";
  return dir ?? "impact-tracker";
}
function formatSeconds(s) {
  return s >= 120 ? `${(s / 60).toFixed(1)} min` : `${s.toFixed(1)} s`;
}
async function readImpactTracker(input, options) {
  const path = input.path;
  const notices = [];
  let first;
  let last;
  let prev;
  let joules = 0;
  let samples = 0;
  let gaps = 0;
  let nonFiniteLine;
  let intensitySum = 0;
  let intensityCount = 0;
  let gpuCount;
  for await (const { text: text3, no } of readLines(input.chunks(), options.onProgress)) {
    if (text3.trim() === "") continue;
    const sample = parseSample(text3);
    if (!sample) throw new ArtifactError(path, no, "is not a JSON object");
    if (nonFiniteLine === void 0 && BARE_NON_FINITE.test(text3)) nonFiniteLine = no;
    BARE_NON_FINITE.lastIndex = 0;
    const t = sample["timestamp"];
    if (typeof t !== "number" || !Number.isFinite(t)) {
      throw new ArtifactError(path, no, "has no numeric timestamp");
    }
    if (t < 0 || t > MAX_EPOCH_S) {
      throw new ArtifactError(path, no, `timestamp ${t} is not a plausible time (Unix seconds)`);
    }
    if (last !== void 0 && t < last) {
      throw new ArtifactError(path, no, `timestamp ${t} goes back from ${last}`);
    }
    first ??= t;
    last = t;
    samples++;
    const ci = sample["realtime_carbon_intensity"];
    if (typeof ci === "number" && Number.isFinite(ci) && ci >= 0) {
      intensitySum += ci;
      intensityCount++;
    }
    const perGpu = sample["per_gpu_power_draw"];
    if (typeof perGpu === "object" && perGpu !== null) {
      gpuCount = Math.max(gpuCount ?? 0, Object.keys(perGpu).length);
    }
    const w = sumDraws(sample, path, no);
    if (w === void 0) continue;
    if (prev) {
      const dt = t - prev.t;
      if (dt > options.maxGapSeconds) {
        gaps++;
        if (gaps <= MAX_GAP_NOTICES) {
          notices.push({
            path,
            line: no,
            message: `gap of ${formatSeconds(dt)} since the previous sample not bridged (limit ${options.maxGapSeconds} s)`
          });
        }
      } else joules += (prev.w + w) / 2 * dt;
    }
    prev = { t, w };
  }
  if (gaps > MAX_GAP_NOTICES) {
    notices.push({ path, message: `${gaps - MAX_GAP_NOTICES} more gaps not bridged` });
  }
  if (nonFiniteLine !== void 0) {
    notices.push({
      path,
      line: nonFiniteLine,
      message: "NaN or Infinity values (as Python writes them) read as missing samples"
    });
  }
  if (first === void 0 || last === void 0) {
    throw new ArtifactError(path, void 0, "holds no job (no samples)");
  }
  if (prev === void 0) {
    throw new ArtifactError(path, void 0, `holds no power draw (${DRAW_KEYS.join(", ")})`);
  }
  const notes = [];
  if (gaps > 0)
    notes.push(`${gaps} gap${gaps === 1 ? "" : "s"} > ${options.maxGapSeconds} s not bridged`);
  if (samples === 1) notes.push("one sample only: no energy can be integrated");
  const job = {
    name: deriveRunName(path),
    source: { path, format: "impact-tracker" },
    itEnergyKWh: joules / 36e5,
    ...intensityCount > 0 ? { intensityGPerKWh: intensitySum / intensityCount } : {},
    startedAt: toIso(first * 1e3),
    durationHours: (last - first) / 3600,
    ...gpuCount === void 0 ? {} : { gpuCount },
    ...notes.length > 0 ? { notes } : {}
  };
  return { jobs: [job], notices };
}
var impactTrackerReader = {
  format: "impact-tracker",
  describes: "experiment-impact-tracker impacttracker/data.json",
  detect(name, head) {
    if (name !== FILE_NAME) return false;
    const line = head.split("\n").find((l) => l.trim() !== "");
    if (line === void 0) return false;
    const sample = parseSample(line);
    return sample !== void 0 && "timestamp" in sample && DRAW_KEYS.some((k) => k in sample);
  },
  read: readImpactTracker
};

// src/ingest/formats/nvidia-smi/nvidia-smi-dmon.ts
var DAY_MS = 864e5;
function dmonNames(text3) {
  const t = text3.trim().slice(1).trim();
  return t === "" ? [] : t.toLowerCase().split(/\s+/);
}
function isDmonHeader2(text3) {
  if (!text3.trimStart().startsWith("#")) return false;
  const names = dmonNames(text3);
  return names.includes("pwr") && names.includes("gpu");
}
var DmonParser2 = class {
  constructor(input, options) {
    this.input = input;
    this.options = options;
    this.integrator = new PowerIntegrator(input.path, options.maxGapSeconds);
    this.intervalMs = pollIntervalMs(options);
  }
  input;
  options;
  integrator;
  cells = [];
  width = 0;
  gpuCol = -1;
  pwrCol = -1;
  dateCol = -1;
  timeCol = -1;
  clock = "polls";
  intervalMs;
  polls = /* @__PURE__ */ new Map();
  lastDate = "";
  lastTime = "";
  lastMs = 0;
  dayOffsetMs = 0;
  lastTimeOfDayMs = -1;
  firstMs = Infinity;
  endMs = -Infinity;
  missing = new Tally();
  badWidth = new Tally();
  devices = /* @__PURE__ */ new Set();
  line(text3, no) {
    const first = firstNonSpace(text3);
    if (first === -1) return;
    if (text3.charCodeAt(first) === 35) {
      if (isDmonHeader2(text3)) this.setHeader(text3, no);
      return;
    }
    if (this.width === 0) {
      throw new ArtifactError(
        this.input.path,
        no,
        "nvidia-smi dmon row before its `# gpu pwr` header"
      );
    }
    if (this.split(text3) !== this.width) {
      this.badWidth.add(no);
      return;
    }
    const key = this.cells[this.gpuCol];
    this.devices.add(key);
    const ms = this.timeOf(key, no);
    if (ms < this.firstMs) this.firstMs = ms;
    if (ms > this.endMs) this.endMs = ms;
    const cell = this.cells[this.pwrCol];
    const watts = parseWatts(cell);
    if (watts === void 0) {
      this.missing.add(no);
      return;
    }
    if (!(watts >= 0) || watts === Infinity) {
      throw new ArtifactError(
        this.input.path,
        no,
        watts < 0 ? `negative power "${cell}"` : `power "${cell}" is not a number of watts`
      );
    }
    this.integrator.add(key, ms, watts, no);
  }
  setHeader(text3, no) {
    const names = dmonNames(text3);
    this.width = names.length;
    this.gpuCol = names.indexOf("gpu");
    this.pwrCol = names.indexOf("pwr");
    this.dateCol = names.indexOf("date");
    this.timeCol = names.indexOf("time");
    this.lastDate = "";
    this.lastTime = "";
    this.clock = this.timeCol === -1 ? "polls" : this.dateCol === -1 ? "time" : "datetime";
    if (this.clock === "polls" && this.intervalMs === void 0) {
      throw new ArtifactError(
        this.input.path,
        no,
        "nvidia-smi dmon output has no timestamps: set poll-interval to the dmon interval (-d, 1 s by default), e.g. --poll-interval 1s, or log with `nvidia-smi dmon -s p -o DT`"
      );
    }
  }
  /** Split on runs of spaces into `cells`; returns the field count. */
  split(text3) {
    const len = text3.length;
    let i = 0;
    let n = 0;
    for (; ; ) {
      while (i < len && text3.charCodeAt(i) <= 32) i++;
      if (i >= len) return n;
      const start = i;
      while (i < len && text3.charCodeAt(i) > 32) i++;
      this.cells[n++] = text3.slice(start, i);
    }
  }
  timeOf(key, no) {
    switch (this.clock) {
      case "polls": {
        const k = this.polls.get(key) ?? 0;
        this.polls.set(key, k + 1);
        return k * this.intervalMs;
      }
      case "time": {
        const time = this.cells[this.timeCol];
        const tod = time === this.lastTime ? this.lastMs : parseTimeOfDay(time);
        if (tod === void 0) throw this.badTime(no, time);
        this.lastTime = time;
        this.lastMs = tod;
        if (tod < this.lastTimeOfDayMs - DAY_MS / 2) this.dayOffsetMs += DAY_MS;
        this.lastTimeOfDayMs = tod;
        return this.dayOffsetMs + tod;
      }
      case "datetime": {
        const date = this.cells[this.dateCol];
        const time = this.cells[this.timeCol];
        if (date === this.lastDate && time === this.lastTime) return this.lastMs;
        const day = date.length === 8 ? `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}` : date.replaceAll("/", "-");
        const ms = parseLocalTimestamp(`${day} ${time}`, this.options.timezone);
        if (ms === void 0) throw this.badTime(no, `${date} ${time}`);
        this.lastDate = date;
        this.lastTime = time;
        this.lastMs = ms;
        return ms;
      }
    }
  }
  badTime(no, text3) {
    return new ArtifactError(this.input.path, no, `time "${text3}" does not parse`);
  }
  finish() {
    const path = this.input.path;
    if (this.width === 0) throw new ArtifactError(path, void 0, "has no nvidia-smi dmon header");
    const results = this.integrator.results();
    if (results.length === 0) {
      throw new ArtifactError(
        path,
        void 0,
        this.missing.count > 0 ? `holds no power sample: all ${this.missing.count} were "-"` : "holds no samples (header only)"
      );
    }
    const notes = [];
    if (this.integrator.gaps > 0) {
      notes.push(gapNote(this.integrator.gaps, this.options.maxGapSeconds));
    }
    if (this.clock === "polls")
      notes.push(`polls ${this.intervalMs / 1e3} s apart (poll-interval)`);
    const notices = [
      this.integrator.gapNotice(),
      this.missing.notice(path, "sample", "samples", 'without a power value ("-") skipped'),
      this.badWidth.notice(
        path,
        "row",
        "rows",
        `skipped: their field count differs from the header's (${this.width})`
      ),
      singleSampleNotice(path, results)
    ].filter((n) => n !== void 0);
    const job = {
      name: jobNameFromFile(this.input.name),
      source: { path, format: "nvidia-smi" },
      itEnergyKWh: results.reduce((sum, d) => sum + d.kWh, 0),
      gpuCount: this.devices.size,
      durationHours: (this.endMs - this.firstMs) / 36e5,
      ...this.clock === "datetime" ? { startedAt: toIso(this.firstMs) } : {},
      notes
    };
    return { jobs: [job], notices };
  }
};
function firstNonSpace(text3) {
  for (let i = 0; i < text3.length; i++) if (text3.charCodeAt(i) > 32) return i;
  return -1;
}
function parseTimeOfDay(text3) {
  const m = /^(\d{1,2}):(\d{2}):(\d{2})$/.exec(text3);
  if (!m) return void 0;
  const h = Number(m[1]);
  const min = Number(m[2]);
  const s = Number(m[3]);
  if (h > 23 || min > 59 || s > 60) return void 0;
  return ((h * 60 + min) * 60 + s) * 1e3;
}

// src/ingest/formats/nvidia-smi/nvidia-smi.ts
var COMMA3 = 44;
function firstLine2(head) {
  for (const line of head.split("\n", 20)) if (line.trim() !== "") return line.replace(/\r$/, "");
  return "";
}
async function readNvidiaSmi(input, options, parserOptions = {}) {
  if (input.pieces !== void 0 && options.energyProfile !== true) {
    const result = await readInPieces(input, options, input.pieces, parserOptions);
    if (result !== void 0) return result;
  }
  let query;
  let dmon;
  await forEachRow(
    input.chunks(),
    COMMA3,
    COMMA3,
    (bytes, view, start, end, seps, sepAt, count2, no) => {
      if (query !== void 0) query.row(bytes, view, start, end, seps, sepAt, count2, no);
      else if (dmon !== void 0) dmon.line(decodeLine(bytes, start, end), no);
      else {
        const text3 = decodeLine(bytes, start, end);
        if (text3.trim() === "") return;
        if (isDmonHeader2(text3)) {
          dmon = new DmonParser2(input, options);
          dmon.line(text3, no);
        } else {
          query = new QueryParser(input, options, parserOptions);
          query.line(text3, no);
        }
      }
    },
    options.onProgress
  );
  const parser = query ?? dmon;
  if (parser === void 0) throw new ArtifactError(input.path, void 0, "is empty");
  return parser.finish();
}
var nvidiaSmiReader = {
  format: "nvidia-smi",
  describes: "nvidia-smi --query-gpu=timestamp,index,name,power.draw --format=csv logs with their header line, or nvidia-smi dmon output",
  detect(_name, head) {
    const line = firstLine2(head);
    return isQueryHeader(line) || isDmonHeader2(line);
  },
  read: (input, options) => readNvidiaSmi(input, options)
};

// src/ingest/formats/zeus/zeus.ts
var WINDOW_HEADER = "start_time,window_name,elapsed_time,";
var MAX_START_S = 7258118400;
var MAX_ELAPSED_S = 36e8;
var GPU_ENERGY = /^gpu\d+_energy$/;
var EPSILON_S = 1e-3;
var EPOCH_MIN_S = 1e9;
var COMMA4 = 44;
function firstLine3(head) {
  for (const line of head.split("\n", 20)) if (line.trim() !== "") return line.trim();
  return "";
}
function windowGpuCount(header) {
  const h = header.replace(/\s+/g, "");
  if (!h.startsWith(WINDOW_HEADER)) return 0;
  const rest = h.slice(WINDOW_HEADER.length).split(",");
  return rest.every((c) => GPU_ENERGY.test(c)) ? rest.length : 0;
}
function isLegacyHeader(header) {
  return header.replace(/\s+/g, "") === "Time,Power";
}
var zeusReader = {
  format: "zeus",
  describes: "ZeusMonitor log_file CSV (start_time,window_name,elapsed_time,gpuK_energy) or zeus_monitor Time,Power",
  detect(_name, head) {
    const line = firstLine3(head);
    return windowGpuCount(line) > 0 || isLegacyHeader(line);
  },
  read: (input, options) => readZeus(input, options)
};
async function readZeus(input, options, choice = { bytePath: true }) {
  let parser;
  let windows;
  await forEachRow(
    input.chunks(),
    COMMA4,
    COMMA4,
    (bytes, _view, start, end, seps, sepAt, sepCount, no) => {
      if (windows?.row(bytes, start, end, seps, sepAt, sepCount, no) === true) return;
      const text3 = decodeLine(bytes, start, end);
      if (parser !== void 0) {
        parser.line(text3, no);
        return;
      }
      if (text3.trim() === "") return;
      const gpus = windowGpuCount(text3);
      const duplicate = gpus > 0 ? findDuplicateColumn(text3.split(","), () => true) : void 0;
      if (duplicate) throw new ArtifactError(input.path, no, duplicateColumnMessage(duplicate));
      if (gpus > 0) {
        const window = new WindowParser(input, gpus);
        parser = window;
        if (choice.bytePath) windows = window;
      } else if (isLegacyHeader(text3)) parser = new LegacyParser(input, options);
      else throw new ArtifactError(input.path, no, "is not a Zeus log: unexpected header");
    },
    options.onProgress
  );
  if (parser === void 0) throw new ArtifactError(input.path, void 0, "is empty");
  return parser.finish();
}
var DoubleList = class {
  values = new Float64Array(1024);
  length = 0;
  get(i) {
    return this.values[i];
  }
  push(v) {
    this.room(1);
    this.values[this.length++] = v;
  }
  /** Array.prototype.splice(at, count, v): the `count` values from `at` become `v`. */
  replace(at2, count2, v) {
    this.room(1);
    this.values.copyWithin(at2 + 1, at2 + count2, this.length);
    this.values[at2] = v;
    this.length += 1 - count2;
  }
  room(n) {
    if (this.length + n <= this.values.length) return;
    const grown = new Float64Array(this.values.length * 2);
    grown.set(this.values.subarray(0, this.length));
    this.values = grown;
  }
};
var WindowParser = class {
  constructor(input, gpus) {
    this.input = input;
    this.gpus = gpus;
  }
  input;
  gpus;
  // The counted windows: disjoint, sorted by start (so also by end). Seconds and joules.
  // In typed arrays: a long log has many windows, and nothing is allocated per window.
  starts = new DoubleList();
  ends = new DoubleList();
  joules = new DoubleList();
  seconds = new DoubleList();
  windows = 0;
  nested = new Tally();
  overlapping = new Tally();
  short = new Tally();
  line(text3, no) {
    if (text3.trim() === "") return;
    const fields2 = text3.split(",");
    const n = fields2.length;
    if (n < this.gpus + 3) {
      this.short.add(no);
      return;
    }
    const start = this.number(fields2[0], "start_time", no);
    const elapsed = this.number(fields2[n - this.gpus - 1], "elapsed_time", no);
    if (start > MAX_START_S) {
      throw new ArtifactError(
        this.input.path,
        no,
        `start_time ${start} is not a plausible time (s)`
      );
    }
    if (elapsed > MAX_ELAPSED_S) {
      throw new ArtifactError(
        this.input.path,
        no,
        `elapsed_time ${elapsed} s is beyond any window: check the units`
      );
    }
    let energy = 0;
    for (let i = n - this.gpus; i < n; i++) energy += this.number(fields2[i], "gpu energy", no);
    this.windows++;
    this.count(start, elapsed, energy, no);
  }
  /**
   * The byte path: a row whose start_time, elapsed_time and energies are plain decimals is
   * counted in place, as `line` counts it; false for any other row (then `line` reads it).
   */
  row(bytes, start, end, seps, sepAt, sepCount, no) {
    const n = sepCount + 1;
    if (n < this.gpus + 3) return false;
    const begin = start;
    const s = parseDecimalBytes(bytes, begin, seps[sepAt]);
    if (!(s >= 0 && s <= MAX_START_S)) return false;
    const at2 = n - this.gpus - 1;
    const elapsed = parseDecimalBytes(bytes, seps[sepAt + at2 - 1] + 1, seps[sepAt + at2]);
    if (!(elapsed >= 0 && elapsed <= MAX_ELAPSED_S)) return false;
    let energy = 0;
    for (let i = at2 + 1; i < n; i++) {
      const from = seps[sepAt + i - 1] + 1;
      const to = i === n - 1 ? end : seps[sepAt + i];
      const j = parseDecimalBytes(bytes, from, to);
      if (!(j >= 0) || j === Infinity) return false;
      energy += j;
    }
    this.windows++;
    this.count(s, elapsed, energy, no);
    return true;
  }
  number(cell, what, no) {
    const v = parseWatts(cell.trim());
    if (v === void 0 || !Number.isFinite(v) || v < 0) {
      throw new ArtifactError(this.input.path, no, `${what} "${cell.trim()}" is not a number \u2265 0`);
    }
    return v;
  }
  /** Add the window [s, s + elapsed] to the counted set, unless it nests in or overlaps one. */
  count(s, elapsed, j, no) {
    const { starts, ends, joules, seconds } = this;
    const e = s + elapsed;
    const last = ends.length - 1;
    if (last === -1 || s >= ends.get(last) - EPSILON_S) {
      starts.push(s);
      ends.push(e);
      joules.push(j);
      seconds.push(elapsed);
      return;
    }
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (ends.get(mid) > s + EPSILON_S) hi = mid;
      else lo = mid + 1;
    }
    let k = lo;
    let encloses = true;
    while (k < starts.length && starts.get(k) < e - EPSILON_S) {
      if (starts.get(k) <= s + EPSILON_S && ends.get(k) >= e - EPSILON_S) {
        this.nested.add(no);
        return;
      }
      if (starts.get(k) < s - EPSILON_S || ends.get(k) > e + EPSILON_S) encloses = false;
      k++;
    }
    if (!encloses) {
      this.overlapping.add(no);
      return;
    }
    for (let i = lo; i < k; i++) this.nested.add(no);
    starts.replace(lo, k - lo, s);
    ends.replace(lo, k - lo, e);
    joules.replace(lo, k - lo, j);
    seconds.replace(lo, k - lo, elapsed);
  }
  finish() {
    const path = this.input.path;
    if (this.windows === 0)
      throw new ArtifactError(path, void 0, "holds no windows (header only)");
    let energy = 0;
    let duration = 0;
    for (let i = 0; i < this.starts.length; i++) {
      energy += this.joules.get(i);
      duration += this.seconds.get(i);
    }
    const counted = this.starts.length;
    const notes = [`${counted} of ${this.windows} windows counted (outermost, not overlapping)`];
    const first = this.starts.get(0);
    if (first < EPOCH_MIN_S) notes.push("start_time is monotonic (Zeus < 0.7): no wall-clock start");
    const notices = [
      this.nested.notice(
        path,
        "window",
        "windows",
        "inside other windows not added: only the outermost windows are counted"
      ),
      this.overlapping.notice(
        path,
        "window",
        "windows",
        "overlapping a counted window without nesting not added"
      ),
      this.short.notice(path, "row", "rows", `skipped: fewer fields than the header's`)
    ].filter((x) => x !== void 0);
    const job = {
      name: jobNameFromFile(this.input.name),
      source: { path, format: "zeus" },
      itEnergyKWh: energy / 36e5,
      gpuCount: this.gpus,
      durationHours: duration / 3600,
      ...first >= EPOCH_MIN_S ? { startedAt: toIso(first * 1e3) } : {},
      notes
    };
    return { jobs: [job], notices };
  }
};
var LegacyParser = class {
  constructor(input, options) {
    this.input = input;
    this.options = options;
    this.integrator = new PowerIntegrator(input.path, options.maxGapSeconds);
  }
  input;
  options;
  integrator;
  missing = new Tally();
  bad = new Tally();
  firstMs = Infinity;
  lastMs = -Infinity;
  line(text3, no) {
    const comma = text3.indexOf(",");
    if (comma === -1 || text3.indexOf(",", comma + 1) !== -1) {
      if (text3.trim() !== "") this.bad.add(no);
      return;
    }
    const time = text3.slice(0, comma).trim();
    const ms = parseLocalTimestamp(time, this.options.timezone);
    if (ms === void 0)
      throw new ArtifactError(this.input.path, no, `time "${time}" does not parse`);
    const cell = text3.slice(comma + 1).trim();
    const milliwatts = parseWatts(cell);
    if (milliwatts === void 0) {
      this.missing.add(no);
      return;
    }
    if (!(milliwatts >= 0) || milliwatts === Infinity) {
      throw new ArtifactError(this.input.path, no, `power "${cell}" is not a number of mW \u2265 0`);
    }
    if (ms < this.firstMs) this.firstMs = ms;
    if (ms > this.lastMs) this.lastMs = ms;
    this.integrator.add("0", ms, milliwatts / 1e3, no);
  }
  finish() {
    const path = this.input.path;
    const devices = this.integrator.results();
    if (devices.length === 0) throw new ArtifactError(path, void 0, "holds no power samples");
    const notes = this.integrator.gaps > 0 ? [gapNote(this.integrator.gaps, this.options.maxGapSeconds)] : [];
    const notices = [
      this.integrator.gapNotice(),
      this.missing.notice(path, "sample", "samples", "without a power value skipped"),
      this.bad.notice(path, "row", "rows", "skipped: not Time,Power"),
      singleSampleNotice(path, devices)
    ].filter((x) => x !== void 0);
    const job = {
      name: jobNameFromFile(this.input.name),
      source: { path, format: "zeus" },
      itEnergyKWh: devices[0].kWh,
      gpuCount: 1,
      durationHours: (this.lastMs - this.firstMs) / 36e5,
      startedAt: toIso(this.firstMs),
      notes,
      ...profileField(this.integrator.profile())
    };
    return { jobs: [job], notices };
  }
};

// src/ingest/shared/power-job.ts
function finishPowerJob(integrator, spec) {
  const devices = integrator.results();
  if (devices.length === 0) throw new ArtifactError(spec.path, void 0, spec.empty);
  const firstMs = minOf(devices.map((d) => d.firstMs));
  const lastMs = maxOf(devices.map((d) => d.lastMs));
  const notes = [...spec.notes ?? []];
  if (integrator.gaps > 0) notes.push(gapNote(integrator.gaps, spec.maxGapSeconds));
  const notices = [integrator.gapNotice(), singleSampleNotice(spec.path, devices)].filter(
    (n) => n !== void 0
  );
  const startedAt = spec.startedAt ?? (spec.epochTimes ? toIso(firstMs) : void 0);
  const job = {
    name: spec.name,
    source: { path: spec.path, format: spec.format },
    itEnergyKWh: devices.reduce((sum, d) => sum + d.kWh, 0),
    gpuCount: spec.gpuCount ?? devices.length,
    ...spec.gpuModel !== void 0 ? { gpuModel: spec.gpuModel } : {},
    ...startedAt !== void 0 ? { startedAt } : {},
    durationHours: spec.durationHours ?? (lastMs - firstMs) / 36e5,
    ...notes.length > 0 ? { notes } : {},
    ...spec.epochTimes ? profileField(integrator.profile()) : {}
  };
  return { job, notices };
}

// src/ingest/formats/amd-smi/amd-smi-units.ts
var WATTS_PER_UNIT = { W: 1, mW: 1e-3, \u00B5W: 1e-6 };
var UNIT_SPELLINGS = [
  ["\xB5w", "\xB5W"],
  ["\u03BCw", "\xB5W"],
  // Greek mu, as some terminals write it
  ["uw", "\xB5W"],
  ["microwatts", "\xB5W"],
  ["mw", "mW"],
  ["milliwatts", "mW"],
  ["w", "W"],
  ["watts", "W"],
  ["watt", "W"]
];
function headerUnit(name) {
  const m = /[([]\s*([^)\]]+?)\s*[)\]]\s*$/.exec(name);
  if (!m) return void 0;
  const lower = m[1].toLowerCase();
  return UNIT_SPELLINGS.find(([spelling]) => spelling === lower)?.[1];
}
var CELL = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*([a-zA-Zµμ]*)$/;
function parsePowerCell(cell) {
  const t = cell.trim();
  if (t === "" || t === "-" || /^n\/?a\b/i.test(t) || t.toLowerCase() === "nan") return void 0;
  const m = CELL.exec(t);
  if (!m) return { value: NaN };
  const value = Number(m[1]);
  if (m[2] === "") return { value };
  const lower = m[2].toLowerCase();
  const unit = UNIT_SPELLINGS.find(([spelling]) => spelling === lower)?.[1];
  return unit === void 0 ? { value: NaN } : { value, unit };
}
var MAX_PLAUSIBLE_W = 5e3;
function unitByMagnitude(max) {
  if (max <= MAX_PLAUSIBLE_W) return "W";
  return max <= MAX_PLAUSIBLE_W * 1e3 ? "mW" : "\xB5W";
}

// src/ingest/formats/amd-smi/amd-smi.ts
var AMD_SMI_POWER = [
  "socket_power",
  "current_socket_power",
  "average_socket_power",
  "power_usage",
  "current_power"
];
var ROCM_SMI_POWER = /^(?:current socket|average) graphics package power\b/i;
var DEVICE_COLUMNS = ["gpu", "device"];
function indexColumns2(text3) {
  const cells = splitCsvLine(text3);
  const lower = cells.map((c) => c.toLowerCase());
  const index = indexHeader(lower);
  const device = DEVICE_COLUMNS.map((d) => index.get(d)).find((i) => i !== void 0);
  if (device === void 0) return void 0;
  const power = [];
  for (const name of AMD_SMI_POWER) {
    const i = index.get(name);
    if (i !== void 0) power.push({ index: i });
  }
  cells.forEach((name, i) => {
    if (ROCM_SMI_POWER.test(name)) {
      const unit = headerUnit(name);
      power.push({ index: i, ...unit !== void 0 ? { unit } : {} });
    }
  });
  if (power.length === 0) return void 0;
  const timestamp = index.get("timestamp");
  return {
    text: text3.trim(),
    count: cells.length,
    device,
    power,
    ...timestamp !== void 0 ? { timestamp } : {}
  };
}
function readTimestamp(cell, zone) {
  const t = cell.trim();
  if (/^\d+(?:\.\d+)?$/.test(t)) {
    const n = Number(t);
    return n > 1e11 ? n : n * 1e3;
  }
  return parseTimestamp(t, zone);
}
var AmdParser = class {
  constructor(path, options, intervalMs) {
    this.path = path;
    this.options = options;
    this.intervalMs = intervalMs;
  }
  path;
  options;
  intervalMs;
  columns;
  samples = [];
  polls = /* @__PURE__ */ new Map();
  missing = new Tally();
  badWidth = new Tally();
  devices = /* @__PURE__ */ new Set();
  line(text3, no) {
    if (text3.trim() === "") return;
    if (this.columns === void 0 || text3.trim() === this.columns.text) {
      this.columns ??= this.header(text3, no);
      return;
    }
    const columns = this.columns;
    const cells = splitCsvLine(text3);
    if (cells.length !== columns.count) {
      if (indexColumns2(text3) === void 0) this.badWidth.add(no);
      return;
    }
    const key = textCell(cells[columns.device]);
    if (key === void 0) {
      this.badWidth.add(no);
      return;
    }
    this.devices.add(key);
    const tMs = this.time(cells, key, no);
    for (const { index, unit } of columns.power) {
      const cell = parsePowerCell(cells[index] ?? "");
      if (cell === void 0) continue;
      if (!Number.isFinite(cell.value) || cell.value < 0) {
        throw new ArtifactError(
          this.path,
          no,
          `power "${cells[index].trim()}" is not a usable power value`
        );
      }
      const stated = cell.unit ?? unit;
      this.samples.push({
        key,
        tMs,
        value: cell.value,
        line: no,
        ...stated ? { unit: stated } : {}
      });
      return;
    }
    this.missing.add(no);
  }
  header(text3, no) {
    const columns = indexColumns2(text3);
    if (columns === void 0) {
      throw new ArtifactError(
        this.path,
        no,
        "is not amd-smi or rocm-smi CSV: its header lacks a gpu/device column and a power column (socket_power, power_usage, \u2026 Graphics Package Power (W))"
      );
    }
    if (columns.timestamp === void 0 && this.intervalMs === void 0) {
      throw new ArtifactError(
        this.path,
        no,
        "has no timestamp column: give the polling interval (--poll-interval 1s, poll-interval: 1s), or log with amd-smi metric --power --csv -w 1"
      );
    }
    return columns;
  }
  time(cells, key, no) {
    const index = this.columns?.timestamp;
    if (index === void 0) {
      const k = this.polls.get(key) ?? 0;
      this.polls.set(key, k + 1);
      return k * this.intervalMs;
    }
    const ms = readTimestamp(cells[index] ?? "", this.options.timezone);
    if (ms === void 0) {
      throw new ArtifactError(
        this.path,
        no,
        `timestamp "${(cells[index] ?? "").trim()}" is not a time`
      );
    }
    return ms;
  }
  get hasHeader() {
    return this.columns !== void 0;
  }
  get timestamped() {
    return this.columns?.timestamp !== void 0;
  }
};
function bareUnit(samples) {
  let max = 0;
  for (const s of samples) if (s.unit === void 0 && s.value > max) max = s.value;
  return { unit: unitByMagnitude(max), max };
}
function describeUnits(samples, bare) {
  const stated = new Set(samples.flatMap((s) => s.unit === void 0 ? [] : [s.unit]));
  const parts = [...stated].map((u) => `${u} as written`);
  if (samples.some((s) => s.unit === void 0)) {
    parts.push(
      bare.unit === "W" ? "bare numbers read as W" : `bare numbers read as ${bare.unit} (the largest, ${bare.max}, is no accelerator's draw in W)`
    );
  }
  return `power units: ${parts.join("; ")}`;
}
async function readAmdSmi(input, options) {
  const { path } = input;
  const parser = new AmdParser(path, options, pollIntervalMs(options));
  await forEachLine(
    input.chunks(),
    (text3, no) => {
      parser.line(text3, no);
    },
    options.onProgress
  );
  if (!parser.hasHeader) throw new ArtifactError(path, void 0, "holds no job: the file is empty");
  const bare = bareUnit(parser.samples);
  const integrator = new PowerIntegrator(path, options.maxGapSeconds, "GPU", options.timezone);
  for (const s of parser.samples) {
    integrator.add(s.key, s.tMs, s.value * WATTS_PER_UNIT[s.unit ?? bare.unit], s.line);
  }
  const unitNote = describeUnits(parser.samples, bare);
  const { job, notices } = finishPowerJob(integrator, {
    path,
    format: "amd-smi",
    name: jobNameFromFile(input.name),
    maxGapSeconds: options.maxGapSeconds,
    empty: parser.missing.count > 0 ? `holds no power sample: all ${parser.missing.count} were N/A` : "holds no samples (header only)",
    epochTimes: parser.timestamped,
    gpuCount: parser.devices.size,
    notes: [unitNote]
  });
  const more = [
    parser.missing.notice(path, "row", "rows", "without a power value (N/A) skipped"),
    parser.badWidth.notice(
      path,
      "line",
      "lines",
      "skipped: their field count differs from the header"
    ),
    bare.unit === "W" ? void 0 : { path, message: unitNote }
  ].filter((n) => n !== void 0);
  return { jobs: [job], notices: [...notices, ...more] };
}
var amdSmiReader = {
  format: "amd-smi",
  describes: "amd-smi metric --power --csv / rocm-smi --showpower --csv logs",
  detect(_name, head) {
    const first = head.split("\n").find((l) => l.trim() !== "");
    return first !== void 0 && indexColumns2(first.replace(/\r$/, "")) !== void 0;
  },
  read: readAmdSmi
};

// src/ingest/formats/boamps/boamps.ts
var str = (o, key) => typeof o[key] === "string" && o[key].trim() !== "" ? o[key].trim() : void 0;
var num = (o, key) => typeof o[key] === "number" && Number.isFinite(o[key]) ? o[key] : void 0;
function readHardware(infrastructure, byCodeCarbon) {
  const components = Array.isArray(infrastructure.components) ? infrastructure.components : [];
  let gpuCount;
  let gpuText;
  let cpuCores;
  for (const c of components.map(asJsonObject)) {
    const type = str(c, "componentType")?.toLowerCase();
    const n = num(c, "nbComponent");
    if (type === "gpu") {
      gpuCount = (gpuCount ?? 0) + (n ?? 1);
      gpuText ??= str(c, "componentName");
    } else if (type === "cpu" && n !== void 0 && n > 0) cpuCores = n;
  }
  const models = gpuText === void 0 ? void 0 : splitGpuModels(gpuText, gpuCount);
  return {
    ...gpuCount !== void 0 ? { gpuCount } : {},
    ...models !== void 0 ? { gpuModel: models.gpuModel } : {},
    ...models?.gpuModels !== void 0 ? { gpuModels: models.gpuModels } : {},
    ...cpuCores !== void 0 && byCodeCarbon ? { cpuThreads: cpuCores * 2 } : {}
  };
}
function nameReport(report, input) {
  const task = asJsonObject(report.task);
  const what = [str(task, "taskStage"), str(task, "taskFamily")].filter((s) => s !== void 0);
  const id = str(asJsonObject(report.header), "reportId");
  if (what.length > 0) return `${what.join(" ")}${id !== void 0 ? ` ${id.slice(0, 8)}` : ""}`;
  return id !== void 0 ? `boamps ${id.slice(0, 8)}` : jobNameFromFile(input.name);
}
function readMeasure(measure, index, base, ctx) {
  const line = isJsonObject(measure) ? ctx.lines.starts.get(measure) : void 0;
  const m = asJsonObject(measure);
  const at2 = (key) => (isJsonObject(measure) ? ctx.lines.keys.get(measure)?.get(key) : void 0) ?? line;
  const kWh = m.powerConsumption;
  if (typeof kWh !== "number" || !Number.isFinite(kWh) || kWh < 0) {
    throw new ArtifactError(
      ctx.path,
      at2("powerConsumption"),
      `measures[${index}].powerConsumption must be the energy in kWh (a number \u2265 0), got ${JSON.stringify(kWh) ?? "nothing"}`
    );
  }
  const seconds = num(m, "measurementDuration");
  if (seconds !== void 0 && seconds < 0) {
    throw new ArtifactError(
      ctx.path,
      at2("measurementDuration"),
      `measures[${index}].measurementDuration ${seconds} s is negative`
    );
  }
  const method = str(m, "measurementMethod");
  const stamp = str(m, "measurementDateTime");
  let startMs = stamp === void 0 ? void 0 : parseTimestamp(stamp, ctx.zone);
  if (stamp !== void 0 && startMs === void 0) {
    throw new ArtifactError(
      ctx.path,
      at2("measurementDateTime"),
      `measures[${index}].measurementDateTime "${stamp}" is not YYYY-MM-DD HH:MM:SS`
    );
  }
  if (startMs !== void 0 && method === "codecarbon" && seconds !== void 0)
    startMs -= seconds * 1e3;
  return {
    ...base,
    source: { path: ctx.path, format: "boamps", ...line !== void 0 ? { line } : {} },
    itEnergyKWh: kWh,
    ...seconds !== void 0 ? { durationHours: seconds / 3600 } : {},
    ...startMs !== void 0 ? { startedAt: toIso(startMs) } : {},
    notes: [...base.notes ?? [], `measured by ${method ?? "an unnamed method"}`]
  };
}
async function readBoamps(input, options) {
  const { path } = input;
  const { value, lines } = parseJsonDocument(await readText(input.chunks()), path, {
    pythonNonFinite: true
  });
  if (!isJsonObject(value) || !Array.isArray(value.measures)) {
    throw new ArtifactError(path, 1, 'is not a BoAmps report: no "measures" array');
  }
  const measures = value.measures;
  if (measures.length === 0)
    throw new ArtifactError(path, lines.starts.get(measures), 'holds no job: "measures" is empty');
  const notices = [];
  const reportId = str(asJsonObject(value.header), "reportId");
  if (reportId !== void 0 && (await countedRuns(input.sibling?.("emissions.csv"), /* @__PURE__ */ new Set([reportId]))).size > 0) {
    notices.push({
      path,
      message: `run ${reportId} is also in the emissions.csv beside this report: counted there, not here`
    });
    return { jobs: [], notices };
  }
  const task = asJsonObject(value.task);
  const environment = asJsonObject(value.environment);
  const requests = num(task, "nbRequest");
  const intensity = num(environment, "powerSourceCarbonIntensity");
  const byCodeCarbon = measures.some(
    (m) => str(asJsonObject(m), "measurementMethod") === "codecarbon"
  );
  const hardware = readHardware(asJsonObject(value.infrastructure), byCodeCarbon);
  const provider = str(asJsonObject(value.infrastructure), "cloudProvider");
  const country = str(environment, "country");
  const base = {
    name: nameReport(value, input),
    ...hardware,
    ...intensity !== void 0 && intensity >= 0 ? { intensityGPerKWh: intensity } : {},
    ...provider !== void 0 ? { cloudProvider: provider } : {},
    ...country !== void 0 ? { country } : {},
    ...requests !== void 0 && requests > 0 ? { notes: [`${requests} requests`] } : {}
  };
  const ctx = { path, lines, zone: options.timezone };
  const jobs = measures.map((m, i) => readMeasure(m, i, base, ctx));
  const methods = new Set(measures.map((m) => str(asJsonObject(m), "measurementMethod") ?? ""));
  if (methods.size > 1) {
    notices.push({
      path,
      message: `${measures.length} measures by ${[...methods].join(", ")}: each is counted; if they measured the same work, keep one`
    });
  }
  if (jobs.length > 1)
    jobs.forEach((j, i) => jobs[i] = { ...j, name: `${j.name} measure ${i + 1}` });
  return { jobs, notices };
}
var boampsReader = {
  format: "boamps",
  describes: "BoAmps reports (boamps_report_<run>.json from CodeCarbon)",
  detect(name, head) {
    return name.toLowerCase().endsWith(".json") && head.includes('"measures"') && head.includes('"powerConsumption"');
  },
  read: readBoamps
};

// src/ingest/formats/codecarbon-json/codecarbon-json.ts
var NAME = /\.(?:json|jsonl|ndjson|log|txt)$/i;
var REQUIRED_KEYS = ['"energy_consumed"', '"duration"', '"emissions"', '"run_id"'];
var OPTIMUM_TASK_FILE = /^(.+)_codecarbon\.json$/;
var OPTIMUM_REPORTS = ["benchmark_report.json", "benchmark.json"];
function parseValue(text3) {
  try {
    return JSON.parse(text3);
  } catch {
    return parseJson(text3, { pythonNonFinite: true }).value;
  }
}
var str2 = (r, key) => {
  const v = r[key];
  return typeof v === "string" && v.trim() !== "" ? v.trim() : void 0;
};
function amount2(r, key, unit, where) {
  const v = r[key];
  if (v === void 0 || v === null) return void 0;
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
    throw new ArtifactError(
      where.path,
      where.line,
      `${key} ${typeof v === "number" ? String(v) : (JSON.stringify(v) ?? typeof v).slice(0, 40)} ${unit} is not a number \u2265 0`
    );
  }
  return v;
}
function count(r, key, min) {
  const v = r[key];
  return typeof v === "number" && Number.isInteger(v) && v >= min ? v : void 0;
}
function toRow(r, where, zone) {
  const energyKWh = amount2(r, "energy_consumed", "kWh", where);
  if (energyKWh === void 0)
    throw new ArtifactError(where.path, where.line, "has no energy_consumed");
  const timestamp = str2(r, "timestamp");
  const endMs = timestamp === void 0 ? void 0 : parseTimestamp(timestamp, zone);
  if (timestamp !== void 0 && endMs === void 0) {
    throw new ArtifactError(where.path, where.line, `timestamp "${timestamp}" does not parse`);
  }
  const pue = r.pue;
  const fields2 = {
    line: where.line,
    energyKWh,
    durationS: amount2(r, "duration", "s", where),
    emissionsKg: amount2(r, "emissions", "kg", where),
    timestamp,
    endMs,
    pue: typeof pue === "number" ? pue : void 0,
    runId: str2(r, "run_id"),
    experimentId: str2(r, "experiment_id"),
    projectName: str2(r, "project_name"),
    country: str2(r, "country_iso_code") ?? str2(r, "country_name"),
    cloudProvider: str2(r, "cloud_provider"),
    cloudRegion: str2(r, "cloud_region"),
    cpuCount: count(r, "cpu_count", 1),
    cpuModel: str2(r, "cpu_model"),
    gpuCount: count(r, "gpu_count", 0),
    gpuModel: str2(r, "gpu_model"),
    waterL: amount2(r, "water_consumed", "L", where),
    wue: amount2(r, "wue", "L/kWh", where)
  };
  return Object.fromEntries(
    Object.entries(fields2).filter(([, v]) => v !== void 0)
  );
}
async function findRecords(input) {
  const text3 = await readText(input.chunks());
  const trimmed = text3.trimStart();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    try {
      const { value, lines } = parseJson(text3, { pythonNonFinite: true });
      const items = Array.isArray(value) ? value : [value];
      const itemLines = Array.isArray(value) ? lines.items.get(value) ?? [] : [];
      return items.flatMap(
        (item, i) => isJsonObject(item) && "energy_consumed" in item ? [{ line: lines.starts.get(item) ?? itemLines[i] ?? 1, record: item }] : []
      );
    } catch {
    }
  }
  const found = [];
  text3.split("\n").forEach((raw, i) => {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const brace = line.indexOf("{");
    if (brace === -1 || !line.includes('"energy_consumed"')) return;
    let value;
    try {
      value = parseValue(line.slice(brace));
    } catch {
      throw new ArtifactError(
        input.path,
        i + 1,
        'holds "energy_consumed" but is not a JSON object (a cut log line?)'
      );
    }
    if (isJsonObject(value)) found.push({ line: i + 1, record: value });
  });
  return found;
}
function countedByBenchmark(input) {
  if (!OPTIMUM_TASK_FILE.test(input.name)) return void 0;
  return OPTIMUM_REPORTS.find((name) => input.sibling?.(name) !== void 0);
}
async function readCodeCarbonJson(input, options) {
  const { path } = input;
  const notices = [];
  const report = countedByBenchmark(input);
  if (report !== void 0) {
    notices.push({
      path,
      message: `optimum-benchmark task file: its energy is in the ${report} beside it, so it is not counted again`
    });
    return { jobs: [], notices };
  }
  const found = await findRecords(input);
  if (found.length === 0)
    throw new ArtifactError(
      path,
      void 0,
      "holds no CodeCarbon record (a JSON object with energy_consumed)"
    );
  const runs = /* @__PURE__ */ new Map();
  for (const { line, record } of found) {
    const row = toRow(record, { path, line }, options.timezone);
    const key = row.runId === void 0 ? `#${line}` : `=${row.runId}`;
    const prev = runs.get(key);
    if (prev) checkForward(prev, row, row.runId, path);
    runs.set(key, row);
  }
  const ids = new Set([...runs.values()].flatMap((r) => r.runId === void 0 ? [] : [r.runId]));
  const counted = await countedRuns(input.sibling?.("emissions.csv"), ids);
  for (const id of counted) {
    notices.push({
      path,
      message: `run ${id} is also in the emissions.csv beside this file: counted there, not here`
    });
  }
  const jobs = [];
  for (const row of runs.values()) {
    if (row.runId !== void 0 && counted.has(row.runId)) continue;
    const job = buildJob(row, "run", row.runId, path, notices);
    jobs.push({ ...job, source: { path, format: "codecarbon-json", line: row.line } });
  }
  return { jobs, notices };
}
var codecarbonJsonReader = {
  format: "codecarbon-json",
  describes: "CodeCarbon's JSON records (LoggerOutput lines, HTTP bodies, optimum-benchmark's <task>_codecarbon.json)",
  detect(name, head) {
    return NAME.test(name) && head.includes("{") && REQUIRED_KEYS.every((k) => head.includes(k));
  },
  read: readCodeCarbonJson
};

// src/ingest/formats/megatron/megatron-lines.ts
var ITERATION = /\biteration\s+(\d+)\s*\/\s*\d+\s*\|/;
var ELAPSED_MS = /elapsed time per iteration \(ms\):\s*([^\s|]+)/;
var ENERGY3 = /energy per GPU \(J\/iter\/GPU\):\s*([^\s|]+)/;
var STAMP = /\[(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?)\]\s*iteration\b/;
var TOTAL = /Total training energy \(GPU\):\s*(\S+)\s*MJ\b/;
var WORLD_SIZE = /(?:\bworld_size\s*\.{2,}\s*|using world size:\s*)(\d+)/;
function number(text3) {
  if (text3 === void 0) return void 0;
  return Number(text3);
}
function parseMegatronLine(text3) {
  if (text3.includes("iteration")) {
    const iteration = ITERATION.exec(text3);
    if (iteration) {
      const energy = ENERGY3.exec(text3);
      const elapsed = ELAPSED_MS.exec(text3);
      const stamp = STAMP.exec(text3);
      const energyJ = number(energy?.[1]);
      const elapsedMs = number(elapsed?.[1]);
      return {
        kind: "iteration",
        iteration: Number(iteration[1]),
        ...energyJ !== void 0 ? { energyJ } : {},
        ...elapsedMs !== void 0 ? { elapsedMs } : {},
        ...stamp ? { stamp: stamp[1] } : {}
      };
    }
  }
  if (text3.includes("Total training energy")) {
    const total2 = TOTAL.exec(text3);
    if (total2) return { kind: "total", megajoules: Number(total2[1]), text: total2[1] };
  }
  if (text3.includes("world")) {
    const world = WORLD_SIZE.exec(text3);
    if (world) return { kind: "world", size: Number(world[1]) };
  }
  return void 0;
}
function mentionsEnergyMonitor(head) {
  return head.includes("energy per GPU (J/iter/GPU)") || head.includes("Total training energy (GPU)") || /\blog_energy\s*(?:\.{2,}|:)\s*true\b/i.test(head);
}

// src/ingest/formats/megatron/megatron.ts
var LOG_NAME = /\.(?:log|txt|out|err)$/i;
var J_PER_KWH = 36e5;
var WORLD_SIZE_TOLERANCE = 0.05;
var Segment = class {
  firstLine;
  firstStamp;
  lastStamp;
  lines = 0;
  /** Iteration lines of this segment whose energy could not be read. */
  skipped = 0;
  /** Σ per-GPU J per iteration × iterations, and Σ seconds, over the logged intervals. */
  gpuJoules = 0;
  seconds = 0;
  first;
  previous;
  add(iteration, energyJ, elapsedMs, no, stamp) {
    this.firstLine ??= no;
    if (stamp !== void 0) {
      this.firstStamp ??= stamp;
      this.lastStamp = stamp;
    }
    this.lines++;
    if (this.previous === void 0) {
      this.first = { iteration, energyJ, elapsedMs };
    } else {
      if (this.first !== void 0) this.countFirst(iteration);
      this.count(iteration - this.previous, energyJ, elapsedMs);
    }
    this.previous = iteration;
  }
  /**
   * How many iterations the first line covers, from the second line's iteration: Megatron logs
   * the first iteration of a run (fresh or resumed), then every log-interval iterations — the
   * second line at a multiple of (its distance from the first + 1) means the first covered one
   * iteration; else (older versions) the first covered a whole interval.
   */
  countFirst(second) {
    const first = this.first;
    const gap = second === void 0 ? 0 : second - first.iteration;
    const covered = gap <= 0 || second % (gap + 1) === 0 ? 1 : Math.min(gap, first.iteration);
    this.count(covered, first.energyJ, first.elapsedMs);
    this.first = void 0;
  }
  count(iterations, energyJ, elapsedMs) {
    if (iterations <= 0) return;
    this.gpuJoules += energyJ * iterations;
    this.seconds += elapsedMs / 1e3 * iterations;
  }
  /** Closes the segment (a lone first line counts one iteration). */
  close() {
    if (this.first !== void 0) this.countFirst(void 0);
  }
};
var MegatronParser = class {
  constructor(input, options) {
    this.input = input;
    this.options = options;
  }
  input;
  options;
  segment = new Segment();
  worldSize;
  runs = 0;
  jobs = [];
  notices = [];
  missing = 0;
  firstMissing;
  line(text3, no) {
    const line = parseMegatronLine(text3);
    if (line === void 0) return;
    if (line.kind === "world") this.worldSize = line.size;
    else if (line.kind === "iteration") {
      const { energyJ, elapsedMs } = line;
      if (energyJ === void 0) return;
      if (!Number.isFinite(energyJ) || energyJ < 0 || elapsedMs === void 0 || !(elapsedMs >= 0)) {
        this.missing++;
        this.firstMissing ??= no;
        this.segment.skipped++;
        return;
      }
      this.segment.add(line.iteration, energyJ, elapsedMs, no, line.stamp);
    } else this.closeRun(line.megajoules, line.text, no);
  }
  closeRun(megajoules, shown3, no) {
    const path = this.input.path;
    if (!Number.isFinite(megajoules) || megajoules < 0) {
      throw new ArtifactError(
        path,
        no,
        `total training energy "${shown3}" MJ is not a usable number`
      );
    }
    if (megajoules === 0) {
      throw new ArtifactError(
        path,
        no,
        "Megatron's energy monitor read 0 J: pynvml was not importable in the training environment, so nothing was measured"
      );
    }
    const segment = this.segment;
    segment.close();
    const joules = megajoules * 1e6;
    const notes = [`energy: the total all GPUs measured (${shown3} MJ)`];
    let gpus = this.worldSize;
    if (segment.gpuJoules > 0 && (gpus !== void 0 || segment.skipped === 0)) {
      const implied = joules / segment.gpuJoules;
      if (gpus === void 0) {
        gpus = Math.max(1, Math.round(implied));
        notes.push(`GPU count from the total \xF7 the per-GPU energies (${implied.toFixed(2)})`);
      } else if (Math.abs(implied - gpus) / gpus > WORLD_SIZE_TOLERANCE) {
        notes.push(
          `the per-GPU energies \xD7 world size ${gpus} give ${(segment.gpuJoules * gpus / 1e6).toFixed(3)} MJ`
        );
      }
    }
    this.push(joules, segment, gpus, no, notes);
  }
  push(joules, segment, gpus, no, notes) {
    this.runs++;
    const startMs = segment.firstStamp === void 0 ? void 0 : parseTimestamp(segment.firstStamp, this.options.timezone);
    let seconds = segment.seconds;
    if (seconds === 0 && segment.lastStamp !== void 0 && startMs !== void 0) {
      const endMs = parseTimestamp(segment.lastStamp, this.options.timezone);
      if (endMs !== void 0) seconds = (endMs - startMs) / 1e3;
    }
    this.jobs.push({
      name: jobNameFromFile(this.input.name),
      source: { path: this.input.path, format: "megatron", line: segment.firstLine ?? no },
      itEnergyKWh: joules / J_PER_KWH,
      ...gpus !== void 0 ? { gpuCount: gpus } : {},
      ...startMs !== void 0 ? { startedAt: toIso(startMs) } : {},
      ...segment.lines > 0 ? { durationHours: seconds / 3600 } : {},
      notes
    });
    this.segment = new Segment();
  }
  finish() {
    const path = this.input.path;
    const rest = this.segment;
    rest.close();
    if (rest.lines > 0) {
      if (this.worldSize !== void 0) {
        this.push(rest.gpuJoules * this.worldSize, rest, this.worldSize, rest.firstLine, [
          `no "Total training energy" line (the run did not finish?): estimated from ${rest.lines} logged intervals \xD7 world size ${this.worldSize}`
        ]);
      } else {
        this.notices.push({
          path,
          line: rest.firstLine,
          message: `${rest.lines} iteration lines after the last total are not counted: without a "Total training energy" line or the world size their energy is unknown`
        });
      }
    }
    if (this.missing > 0) {
      this.notices.push({
        path,
        line: this.firstMissing,
        message: `${this.missing} iteration ${this.missing === 1 ? "line" : "lines"} without a usable energy or elapsed time skipped`
      });
    }
    if (this.jobs.length === 0) {
      throw new ArtifactError(
        path,
        void 0,
        'holds no energy: no "Total training energy (GPU)" line and no "energy per GPU (J/iter/GPU)" iteration line with a known world size (train with --log-energy)'
      );
    }
    if (this.runs > 1) {
      this.jobs.forEach((job, i) => {
        this.jobs[i] = { ...job, name: `${job.name} run ${i + 1}` };
      });
    }
    return { jobs: this.jobs, notices: this.notices };
  }
};
async function readMegatron(input, options) {
  const parser = new MegatronParser(input, options);
  await forEachLine(
    input.chunks(),
    (text3, no) => {
      parser.line(text3, no);
    },
    options.onProgress
  );
  return parser.finish();
}
var megatronReader = {
  format: "megatron",
  describes: "Megatron-LM / NeMo training logs (*.log, *.out, *.txt) written with --log-energy",
  detect(name, head) {
    return LOG_NAME.test(name) && mentionsEnergyMonitor(head);
  },
  read: readMegatron
};

// src/ingest/formats/mlflow/mlflow-run.ts
var import_yaml = __toESM(require_dist(), 1);
function locateMetric(path) {
  const parts = path.split(/[\\/]/).filter((p) => p !== "" && p !== ".");
  parts.pop();
  const [parent, grand, great] = [parts.at(-1), parts.at(-2), parts.at(-3)];
  if (parent === "system" && grand === "metrics") return { up: "../.." };
  if (grand === "system" && great === "metrics" && parent !== void 0) {
    return { up: "../../..", node: parent };
  }
  return void 0;
}
var GPU_MODEL_TAGS = ["gpu_model", "sys.gpu"];
async function readSmall(input) {
  if (input === void 0) return void 0;
  const text3 = (await readText(input.chunks())).trim();
  return text3 === "" ? void 0 : text3;
}
function epochMs(value) {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : void 0;
}
async function readRunInfo(metric, place) {
  const at2 = (relative4) => metric.sibling?.(`${place.up}/${relative4}`);
  const metaInput = at2("meta.yaml");
  const metaText = await readSmall(metaInput);
  let meta = {};
  if (metaText !== void 0) {
    let parsed;
    try {
      parsed = (0, import_yaml.parse)(metaText);
    } catch (e) {
      const line = e.linePos?.[0]?.line;
      throw new ArtifactError(metaInput.path, line, "is not valid YAML (MLflow run meta.yaml)");
    }
    if (typeof parsed === "object" && parsed !== null) meta = parsed;
  }
  const str3 = (key) => {
    const v = meta[key];
    return typeof v === "string" && v.trim() !== "" ? v.trim() : void 0;
  };
  const name = str3("run_name") ?? await readSmall(at2("tags/mlflow.runName"));
  let gpuModel;
  for (const tag of GPU_MODEL_TAGS) gpuModel ??= await readSmall(at2(`tags/${tag}`));
  const runId = str3("run_id") ?? str3("run_uuid");
  const startMs = epochMs(meta.start_time);
  const endMs = epochMs(meta.end_time);
  return {
    ...name !== void 0 ? { name } : {},
    ...runId !== void 0 ? { runId } : {},
    ...startMs !== void 0 ? { startMs } : {},
    ...endMs !== void 0 ? { endMs } : {},
    ...gpuModel !== void 0 && gpuModel !== "None" ? { gpuModel } : {},
    ...place.node !== void 0 ? { node: place.node } : {}
  };
}

// src/ingest/formats/mlflow/mlflow.ts
var POWER_METRIC = /^gpu_(\d+)_power_usage_watts$/;
var METRIC_LINE = /^(\d+) (\S+)(?: (-?\d+))?$/;
var MAX_GPUS = 4096;
function metricName(index) {
  return `gpu_${index}_power_usage_watts`;
}
async function readMetric(input, gpu, integrator, options) {
  let samples = 0;
  await forEachLine(
    input.chunks(),
    (text3, no) => {
      const line = text3.trim();
      if (line === "") return;
      const m = METRIC_LINE.exec(line);
      if (!m) {
        throw new ArtifactError(
          input.path,
          no,
          'is not an MLflow metric line "<timestamp ms> <value> <step>"'
        );
      }
      const watts = Number(m[2]);
      if (m[2] === "nan" || m[2] === "NaN") return;
      if (!Number.isFinite(watts) || watts < 0) {
        throw new ArtifactError(input.path, no, `power "${m[2]}" W is not a usable value`);
      }
      integrator.add(gpu, Number(m[1]), watts, no);
      samples++;
    },
    options.onProgress
  );
  return samples;
}
function gpuFiles(input, first) {
  const files = [input];
  if (first !== 0) return files;
  for (let i = 1; i < MAX_GPUS; i++) {
    const next = input.sibling?.(metricName(i));
    if (next === void 0) break;
    files.push(next);
  }
  return files;
}
function nameJob2(info, input) {
  const run = info.name ?? (info.runId !== void 0 ? `mlflow run ${info.runId.slice(0, 8)}` : jobNameFromFile(input.name));
  return info.node !== void 0 ? `${run} (${info.node})` : run;
}
async function readMlflow(input, options) {
  const first = Number(POWER_METRIC.exec(input.name)?.[1] ?? 0);
  const place = locateMetric(input.path);
  const info = place === void 0 ? {} : await readRunInfo(input, place);
  const integrator = new PowerIntegrator(input.path, options.maxGapSeconds);
  const files = gpuFiles(input, first);
  for (const [k, file] of files.entries())
    await readMetric(file, String(first + k), integrator, options);
  const notes = [`${files.length} GPU power series (gpu_<i>_power_usage_watts)`];
  if (place === void 0) notes.push("not inside a run folder (metrics/system): no meta.yaml read");
  const finished = info.startMs !== void 0 && info.endMs !== void 0 && info.endMs >= info.startMs;
  const { job, notices } = finishPowerJob(integrator, {
    path: input.path,
    format: "mlflow",
    name: nameJob2(info, input),
    maxGapSeconds: options.maxGapSeconds,
    empty: "holds no power sample (every value is nan)",
    epochTimes: true,
    gpuCount: files.length,
    ...info.gpuModel !== void 0 ? { gpuModel: info.gpuModel } : {},
    ...info.startMs !== void 0 ? { startedAt: toIso(info.startMs) } : {},
    ...finished ? { durationHours: (info.endMs - info.startMs) / 36e5 } : {},
    notes
  });
  return { jobs: [job], notices };
}
var mlflowReader = {
  format: "mlflow",
  describes: "MLflow system metrics mlruns/<exp>/<run>/metrics/system/gpu_<i>_power_usage_watts",
  detect(name, head) {
    if (!POWER_METRIC.test(name)) return false;
    const line = head.split("\n").find((l) => l.trim() !== "");
    return line !== void 0 && METRIC_LINE.test(line.trim());
  },
  isCompanion(name) {
    const m = POWER_METRIC.exec(name);
    return m !== null && m[1] !== "0";
  },
  read: readMlflow
};

// src/ingest/formats/model-card/model-card.ts
var import_yaml2 = __toESM(require_dist(), 1);
var NAME2 = /^(?:readme|model[_-]?card)\.md$/i;
var FENCE = /^---\s*$/;
var KEY = "co2_eq_emissions";
var G_PER_KG2 = 1e3;
function frontMatter(text3) {
  const lines = text3.split("\n").map((l) => l.endsWith("\r") ? l.slice(0, -1) : l);
  if (lines.length === 0 || !FENCE.test(lines[0])) return void 0;
  const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (end === -1) return void 0;
  return { yaml: lines.slice(1, end).join("\n"), firstLine: 2 };
}
function grams(value) {
  if (typeof value === "number") return value;
  if (typeof value === "string" && /^\s*\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\s*$/.test(value))
    return Number(value);
  return void 0;
}
function text(o, key) {
  const v = o[key];
  return typeof v === "string" && v.trim() !== "" ? v.trim() : typeof v === "number" ? String(v) : void 0;
}
function nameModel(meta, path) {
  const index = meta["model-index"];
  if (Array.isArray(index) && isJsonObject(index[0]) && typeof index[0].name === "string")
    return index[0].name;
  if (typeof meta.model_name === "string") return meta.model_name;
  const parts = path.split(/[\\/]/).filter((p) => p !== "" && p !== ".");
  return parts.at(-2) ?? "model card";
}
var COUNTED_HARDWARE = /^(\d+)\s*(?:x|×)\s*(.+)$/i;
async function readModelCard(input, _options) {
  const { path } = input;
  const matter = frontMatter(await readText(input.chunks()));
  if (matter === void 0) throw new ArtifactError(path, 1, "has no YAML front matter (--- \u2026 ---)");
  const counter = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(matter.yaml, { lineCounter: counter });
  const lineOf = (offset) => offset === void 0 ? void 0 : counter.linePos(offset).line + matter.firstLine - 1;
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    throw new ArtifactError(
      path,
      lineOf(error.pos[0]),
      `front matter is not valid YAML: ${error.code}`
    );
  }
  const meta = doc.toJS();
  if (!isJsonObject(meta) || !(KEY in meta))
    throw new ArtifactError(path, void 0, `has no ${KEY} in its front matter`);
  const at2 = new RegExp(`^${KEY}\\s*:`, "m").exec(matter.yaml)?.index;
  const line = at2 === void 0 ? void 0 : lineOf(at2);
  const entry = meta[KEY];
  const details = isJsonObject(entry) ? entry : {};
  const g = grams(isJsonObject(entry) ? entry.emissions : entry);
  if (g === void 0 || !Number.isFinite(g) || g < 0) {
    throw new ArtifactError(
      path,
      line,
      `${KEY}${isJsonObject(entry) ? ".emissions" : ""} must be the emissions in grams of CO2 (a number \u2265 0)`
    );
  }
  const hardware = text(details, "hardware_used");
  const counted = hardware === void 0 ? null : COUNTED_HARDWARE.exec(hardware);
  const notes = [
    `emissions stated by the model card: ${g} g CO2e`,
    ...["training_type", "source", "geographical_location"].flatMap((k) => {
      const v = text(details, k);
      return v === void 0 ? [] : [`${k.replace("_", " ")}: ${v}`];
    })
  ];
  const job = {
    name: nameModel(meta, path),
    source: { path, format: "model-card", ...line !== void 0 ? { line } : {} },
    itEnergyKWh: 0,
    statedEmissionsKg: g / G_PER_KG2,
    ...hardware !== void 0 ? { gpuModel: counted ? counted[2].trim() : hardware } : {},
    ...counted ? { gpuCount: Number(counted[1]) } : {},
    notes
  };
  return { jobs: [job], notices: [] };
}
var modelCardReader = {
  format: "model-card",
  describes: "Hugging Face model cards (README.md with co2_eq_emissions in the front matter)",
  detect(name, head) {
    if (!NAME2.test(name)) return false;
    const matter = frontMatter(head);
    return matter !== void 0 && new RegExp(`^${KEY}\\s*:`, "m").test(matter.yaml);
  },
  read: readModelCard
};

// src/ingest/formats/optimum-benchmark/optimum-config.ts
function readScenario(scenario) {
  const name = typeof scenario.name === "string" ? scenario.name.replace("-", "_") : "";
  return name === "inference" || name === "energy_star" || name === "training" ? name : "unknown";
}
function deviceIds(value) {
  if (typeof value === "number" && Number.isInteger(value)) return [value];
  if (typeof value === "string" && /^\s*\d+(\s*,\s*\d+)*\s*$/.test(value)) {
    return value.split(",").map((s) => Number(s.trim()));
  }
  if (Array.isArray(value) && value.every((v) => Number.isInteger(v))) return value;
  return void 0;
}
function countModels(names) {
  const counts = /* @__PURE__ */ new Map();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].map(([model, count2]) => ({ model, count: count2 }));
}
function readSetup(config) {
  const c = asJsonObject(config);
  const backend = asJsonObject(c.backend);
  const environment = asJsonObject(c.environment);
  const onGpu = backend.device === "cuda" || backend.device === "gpu";
  const all = Array.isArray(environment.gpu) ? environment.gpu.filter((g) => typeof g === "string") : [];
  const ids = onGpu ? deviceIds(backend.device_ids) : void 0;
  const used = ids === void 0 ? all : ids.flatMap((i) => all[i] !== void 0 ? [all[i]] : []);
  const gpuCount = !onGpu ? 0 : ids?.length ?? (typeof environment.gpu_count === "number" ? environment.gpu_count : void 0);
  const models = countModels(used);
  const cpus = environment.cpu_count;
  return {
    ...typeof c.name === "string" && c.name !== "" ? { name: c.name } : {},
    scenario: readScenario(asJsonObject(c.scenario)),
    ...gpuCount !== void 0 ? { gpuCount } : {},
    ...gpuCount !== 0 && models.length > 0 ? { gpuModel: describeModels(new Set(used)) } : {},
    ...gpuCount !== 0 && models.length > 1 ? { gpuModels: models } : {},
    ...typeof cpus === "number" && cpus > 0 ? { cpuThreads: cpus } : {}
  };
}

// src/ingest/formats/optimum-benchmark/optimum-benchmark.ts
var REPORT = "benchmark_report.json";
var BENCHMARK = "benchmark.json";
var CONFIG = "benchmark_config.json";
function findTargets(report, lines) {
  return Object.entries(report).flatMap(([name, value]) => {
    if (!isJsonObject(value) || !isJsonObject(value.energy)) return [];
    const line = lines.keys.get(report)?.get(name);
    return [
      { name, measurements: value, energy: value.energy, ...line !== void 0 ? { line } : {} }
    ];
  });
}
function totalKWh(t, path, lines) {
  const { unit, total: total2 } = t.energy;
  const line = lines.keys.get(t.energy)?.get("total") ?? t.line;
  if (unit !== "kWh") {
    throw new ArtifactError(
      path,
      line,
      `${t.name}.energy.unit is ${JSON.stringify(unit) ?? "missing"}, not "kWh"`
    );
  }
  if (typeof total2 !== "number" || !Number.isFinite(total2)) {
    throw new ArtifactError(path, line, `${t.name}.energy.total is not a number of kWh`);
  }
  return total2;
}
function countedTargets(targets, totals, path, notices) {
  const has = (name) => totals.has(name);
  if (!has("generate") || !has("prefill") || !has("decode")) return [...targets];
  if (totals.get("decode") < 0) {
    notices.push({
      path,
      message: `decode energy is negative (generate \u2212 prefill measured ${totals.get("decode")} kWh: prefill noise): generate counted instead of prefill + decode`
    });
    return targets.filter((t) => t.name !== "prefill" && t.name !== "decode");
  }
  return targets.filter((t) => t.name !== "generate");
}
function describeEfficiency(t, kWh) {
  const e = t.measurements.efficiency;
  if (!isJsonObject(e) || typeof e.value !== "number" || typeof e.unit !== "string")
    return void 0;
  const per = e.unit.split("/")[0];
  const volume = e.value * kWh;
  return `efficiency ${e.value.toPrecision(4)} ${e.unit} (${Number(volume.toPrecision(4))} ${per} in this energy)`;
}
function durationHours(t, setup) {
  const latency = t.measurements.latency;
  if (!isJsonObject(latency) || latency.unit !== "s") return void 0;
  const seconds = setup.scenario === "inference" ? latency.mean : latency.total;
  return typeof seconds === "number" && Number.isFinite(seconds) && seconds >= 0 ? seconds / 3600 : void 0;
}
function describeScope(setup) {
  if (setup.scenario === "inference")
    return "for one call (the tracked loop \xF7 its calls), as optimum-benchmark reports it";
  if (setup.scenario === "unknown")
    return "as the report states it (no config beside it to say per call or per phase)";
  return `the whole ${setup.scenario === "training" ? "run" : "phase"}`;
}
function dirName(path) {
  const parts = path.split(/[\\/]/).filter((p) => p !== "" && p !== ".");
  return parts.at(-2);
}
async function readConfig(input, doc) {
  if (isJsonObject(doc.config)) return readSetup(doc.config);
  const beside = input.sibling?.(CONFIG);
  if (beside === void 0) return readSetup(void 0);
  try {
    return readSetup(JSON.parse(await readText(beside.chunks())));
  } catch {
    return readSetup(void 0);
  }
}
async function readOptimum(input, _options) {
  const { path } = input;
  const notices = [];
  if (input.name === BENCHMARK && input.sibling?.(REPORT) !== void 0) {
    notices.push({ path, message: `the same report as the ${REPORT} beside it: not counted twice` });
    return { jobs: [], notices };
  }
  const { value, lines } = parseJsonDocument(await readText(input.chunks()), path, {
    pythonNonFinite: true
  });
  if (!isJsonObject(value))
    throw new ArtifactError(
      path,
      1,
      "is not an optimum-benchmark report (a JSON object of targets)"
    );
  const report = isJsonObject(value.report) ? value.report : value;
  const targets = findTargets(report, lines);
  if (targets.length === 0) {
    throw new ArtifactError(
      path,
      void 0,
      'holds no energy: no target has "energy" (the benchmark ran with scenario.energy=false?)'
    );
  }
  const totals = new Map(targets.map((t) => [t.name, totalKWh(t, path, lines)]));
  const setup = await readConfig(input, value);
  const scope = describeScope(setup);
  const base = setup.name ?? dirName(path) ?? "optimum-benchmark";
  const jobs = [];
  for (const t of countedTargets(targets, totals, path, notices)) {
    const kWh = totals.get(t.name);
    if (kWh < 0)
      throw new ArtifactError(path, t.line, `${t.name}.energy.total ${kWh} kWh is negative`);
    const hours = durationHours(t, setup);
    const efficiency = describeEfficiency(t, kWh);
    jobs.push({
      name: `${base} ${t.name}`,
      source: {
        path,
        format: "optimum-benchmark",
        ...t.line !== void 0 ? { line: t.line } : {}
      },
      itEnergyKWh: kWh,
      ...hours !== void 0 ? { durationHours: hours } : {},
      ...setup.gpuCount !== void 0 ? { gpuCount: setup.gpuCount } : {},
      ...setup.gpuModel !== void 0 ? { gpuModel: setup.gpuModel } : {},
      ...setup.gpuModels !== void 0 ? { gpuModels: setup.gpuModels } : {},
      ...setup.cpuThreads !== void 0 ? { cpuThreads: setup.cpuThreads } : {},
      notes: [`energy ${scope}`, ...efficiency !== void 0 ? [efficiency] : []]
    });
  }
  return { jobs, notices };
}
var optimumBenchmarkReader = {
  format: "optimum-benchmark",
  describes: "optimum-benchmark benchmark_report.json / benchmark.json",
  detect(name, head) {
    if (name !== REPORT && name !== BENCHMARK || !head.trimStart().startsWith("{")) return false;
    const energy = /"energy"\s*:\s*\{/.test(head) && head.includes('"kWh"');
    return energy || head.includes('"latency"') && /"p50"\s*:/.test(head) && /"values"\s*:/.test(head);
  },
  read: readOptimum
};

// src/ingest/formats/wandb/leveldb-log.ts
var BLOCK_SIZE = 32 * 1024;
var CHUNK_HEADER = 7;
var FILE_HEADER = 7;
var IDENT = [58, 87, 38, 66];
var MAGIC = 48865;
var VERSION3 = 0;
var FULL = 1;
var FIRST = 2;
var MIDDLE = 3;
var LAST = 4;
var LogHeaderError = class extends Error {
};
var CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();
function crc32(bytes, start = 0, end = bytes.byteLength) {
  let c = 4294967295;
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]) & 255] ^ c >>> 8;
  return (c ^ 4294967295) >>> 0;
}
function hasWandbHeader(head) {
  return IDENT.every((b, i) => head[i] === b);
}
async function* readBlocks(chunks) {
  let block = new Uint8Array(BLOCK_SIZE);
  let filled = 0;
  for await (const chunk of chunks) {
    let at2 = 0;
    while (at2 < chunk.byteLength) {
      const take = Math.min(BLOCK_SIZE - filled, chunk.byteLength - at2);
      block.set(chunk.subarray(at2, at2 + take), filled);
      filled += take;
      at2 += take;
      if (filled === BLOCK_SIZE) {
        yield block;
        block = new Uint8Array(BLOCK_SIZE);
        filled = 0;
      }
    }
  }
  if (filled > 0) yield block.subarray(0, filled);
}
function checkFileHeader(block) {
  if (block.byteLength < FILE_HEADER || !hasWandbHeader(block)) {
    throw new LogHeaderError('does not start with the W&B log header ":W&B"');
  }
  const magic = block[4] | block[5] << 8;
  if (magic !== MAGIC) throw new LogHeaderError(`has W&B magic 0x${magic.toString(16)}, not 0xbee1`);
  if (block[6] !== VERSION3) {
    throw new LogHeaderError(
      `is W&B log version ${block[6]}; this reader knows version ${VERSION3}`
    );
  }
}
var Pending = class {
  parts = [];
  offset = 0;
  length = 0;
  start(offset, part) {
    this.parts = [part.slice()];
    this.offset = offset;
    this.length = part.byteLength;
  }
  add(part) {
    this.parts.push(part.slice());
    this.length += part.byteLength;
  }
  take() {
    const out = new Uint8Array(this.length);
    let at2 = 0;
    for (const p of this.parts) {
      out.set(p, at2);
      at2 += p.byteLength;
    }
    this.parts = [];
    this.length = 0;
    return out;
  }
  get open() {
    return this.parts.length > 0;
  }
};
async function* readLogRecords(chunks, summary) {
  const pending = new Pending();
  let blockOffset = 0;
  let first = true;
  for await (const block of readBlocks(chunks)) {
    let at2 = 0;
    if (first) {
      checkFileHeader(block);
      at2 = FILE_HEADER;
      first = false;
    }
    while (block.byteLength - at2 >= CHUNK_HEADER) {
      const checksum = (block[at2] | block[at2 + 1] << 8 | block[at2 + 2] << 16 | block[at2 + 3] << 24) >>> 0;
      const length = block[at2 + 4] | block[at2 + 5] << 8;
      const type = block[at2 + 6];
      if (checksum === 0 && length === 0 && type === 0) break;
      const end = at2 + CHUNK_HEADER + length;
      if (end > block.byteLength) {
        if (block.byteLength === BLOCK_SIZE) noteCorrupt(summary, blockOffset + at2);
        else summary.truncated = true;
        break;
      }
      if (type < FULL || type > LAST || crc32(block, at2 + 6, end) !== checksum) {
        noteCorrupt(summary, blockOffset + at2);
        if (pending.open) pending.take();
        break;
      }
      const payload = block.subarray(at2 + CHUNK_HEADER, end);
      const offset = blockOffset + at2;
      at2 = end;
      if (type === FULL) {
        if (pending.open) pending.take();
        yield { offset, data: payload };
      } else if (type === FIRST) pending.start(offset, payload);
      else if (!pending.open)
        continue;
      else if (type === MIDDLE) pending.add(payload);
      else {
        pending.add(payload);
        const start = pending.offset;
        yield { offset: start, data: pending.take() };
      }
    }
    blockOffset += block.byteLength;
  }
  if (first) throw new LogHeaderError("is empty");
  if (pending.open) summary.truncated = true;
}
function noteCorrupt(summary, offset) {
  summary.corrupt++;
  summary.firstCorruptOffset ??= offset;
}

// src/ingest/formats/wandb/protobuf.ts
var ProtobufError = class extends Error {
};
var VARINT = 0;
var FIXED64 = 1;
var LENGTH = 2;
var FIXED32 = 5;
var EMPTY = new Uint8Array(0);
var utf8 = new TextDecoder("utf-8");
function readVarint(bytes, at2) {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    if (at2 >= bytes.byteLength) throw new ProtobufError("a varint runs past the end of its message");
    const b = bytes[at2++];
    value += (b & 127) * scale;
    if (b < 128) return [value, at2];
    scale *= 128;
  }
  throw new ProtobufError("a varint is longer than 10 bytes");
}
function* fields(message) {
  let at2 = 0;
  while (at2 < message.byteLength) {
    const [key, afterKey] = readVarint(message, at2);
    at2 = afterKey;
    const number2 = Math.floor(key / 8);
    const wireType = key % 8;
    if (number2 === 0) throw new ProtobufError("field number 0");
    if (wireType === VARINT) {
      const [varint, next] = readVarint(message, at2);
      at2 = next;
      yield { number: number2, wireType, varint, bytes: EMPTY };
    } else if (wireType === LENGTH) {
      const [length, start] = readVarint(message, at2);
      const end = start + length;
      if (end > message.byteLength)
        throw new ProtobufError("a field runs past the end of its message");
      at2 = end;
      yield { number: number2, wireType, varint: 0, bytes: message.subarray(start, end) };
    } else if (wireType === FIXED64 || wireType === FIXED32) {
      at2 += wireType === FIXED64 ? 8 : 4;
      if (at2 > message.byteLength)
        throw new ProtobufError("a field runs past the end of its message");
    } else {
      throw new ProtobufError(`wire type ${wireType} is not one protobuf writes`);
    }
  }
}
function text2(field) {
  return utf8.decode(field.bytes);
}
function signed(field) {
  return field.varint >= 2 ** 63 ? field.varint - 2 ** 64 : field.varint;
}

// src/ingest/formats/wandb/wandb-records.ts
var RECORD_STATS = 7;
var RECORD_RUN = 17;
var RECORD_ENVIRONMENT = 26;
var STATS_SYSTEM = 0;
function timestampMs(message) {
  let seconds = 0;
  let nanos = 0;
  for (const f of fields(message)) {
    if (f.number === 1) seconds = signed(f);
    else if (f.number === 2) nanos = signed(f);
  }
  return seconds * 1e3 + nanos / 1e6;
}
function decodeStats(message) {
  let type = STATS_SYSTEM;
  let tMs;
  const items = [];
  for (const f of fields(message)) {
    if (f.number === 1) type = f.varint;
    else if (f.number === 2) tMs = timestampMs(f.bytes);
    else if (f.number === 3) {
      let key = "";
      let value = "";
      for (const g of fields(f.bytes)) {
        if (g.number === 1) key = text2(g);
        else if (g.number === 16) value = text2(g);
      }
      items.push([key, value]);
    }
  }
  if (type !== STATS_SYSTEM || tMs === void 0) return void 0;
  return { kind: "stats", tMs, items };
}
function decodeRun(message) {
  let runId;
  let displayName;
  let startMs;
  for (const f of fields(message)) {
    if (f.number === 1) runId = text2(f);
    else if (f.number === 8) displayName = text2(f);
    else if (f.number === 17) startMs = timestampMs(f.bytes);
  }
  return {
    kind: "run",
    ...runId ? { runId } : {},
    ...displayName ? { displayName } : {},
    ...startMs ? { startMs } : {}
  };
}
function decodeEnvironment(message) {
  let gpuType;
  let gpuCount;
  const gpuNames = [];
  for (const f of fields(message)) {
    if (f.number === 18) gpuType = text2(f);
    else if (f.number === 19) gpuCount = f.varint;
    else if (f.number === 24) {
      for (const g of fields(f.bytes)) if (g.number === 1) gpuNames.push(text2(g));
    }
  }
  return {
    kind: "environment",
    ...gpuType ? { gpuType } : {},
    ...gpuCount ? { gpuCount } : {},
    gpuNames
  };
}
function decodeRecord(record) {
  let part;
  for (const f of fields(record)) {
    if (f.number === RECORD_STATS || f.number === RECORD_RUN || f.number === RECORD_ENVIRONMENT) {
      part = f;
    }
  }
  if (part === void 0) return void 0;
  if (part.number === RECORD_STATS) return decodeStats(part.bytes);
  return part.number === RECORD_RUN ? decodeRun(part.bytes) : decodeEnvironment(part.bytes);
}

// src/ingest/formats/wandb/wandb-run.ts
var POWER_KEY = /^(?:system[./])?gpu\.(\d+)\.powerWatts(?:\/l:(.+))?$/;
function gpuOfKey(key) {
  const m = POWER_KEY.exec(key);
  if (!m) return void 0;
  return m[2] === void 0 ? m[1] : `${m[1]}@${m[2]}`;
}
function parseStatValue(value) {
  let v = value;
  if (typeof v === "string") {
    const t = v.trim().replace(/^"(.*)"$/, "$1");
    if (t === "" || /^nan$/i.test(t)) return void 0;
    v = Number(t);
  }
  return typeof v === "number" && Number.isFinite(v) ? v : void 0;
}
var RUN_DIR = /^(?:offline-)?run-\d{8}_\d{6}-([A-Za-z0-9]+)$/;
var RUN_FILE = /^run-([A-Za-z0-9]+)\.wandb$/;
function runIdFromPath(path) {
  const parts = path.split(/[\\/]/);
  const file = RUN_FILE.exec(parts.at(-1) ?? "");
  if (file) return file[1];
  for (let i = parts.length - 2; i >= 0 && i >= parts.length - 3; i--) {
    const m = RUN_DIR.exec(parts[i]);
    if (m) return m[1];
  }
  return void 0;
}
async function readMetadata(input) {
  if (input === void 0) return {};
  let meta;
  try {
    meta = JSON.parse(await readText(input.chunks()));
  } catch {
    return {};
  }
  if (typeof meta !== "object" || meta === null) return {};
  const m = meta;
  const nvidia = Array.isArray(m.gpu_nvidia) ? m.gpu_nvidia : [];
  const named = nvidia.flatMap(
    (g) => typeof g === "object" && g !== null && typeof g.name === "string" ? [g.name] : []
  );
  const gpuModel = typeof m.gpu === "string" && m.gpu !== "" ? m.gpu : named[0];
  const count2 = typeof m.gpu_count === "number" && m.gpu_count > 0 ? m.gpu_count : void 0;
  return {
    ...gpuModel !== void 0 ? { gpuModel } : {},
    ...count2 !== void 0 ? { gpuCount: count2 } : {}
  };
}
function metadataBeside(input) {
  return input.sibling?.("wandb-metadata.json") ?? input.sibling?.("files/wandb-metadata.json");
}

// src/ingest/formats/wandb/wandb-binary.ts
function failAt(at2, what) {
  throw new ArtifactError(at2.path, void 0, `record ${at2.record} (byte ${at2.offset})${what}`);
}
function decodeAt(data, at2) {
  try {
    return decodeRecord(data);
  } catch (e) {
    if (!(e instanceof ProtobufError)) throw e;
    return failAt(at2, ` is not a W&B record: ${e.message}`);
  }
}
function addStats(stats, integrator, at2) {
  let samples = 0;
  for (const [key, json] of stats.items) {
    const gpu = gpuOfKey(key);
    const watts = gpu === void 0 ? void 0 : parseStatValue(json);
    if (gpu === void 0 || watts === void 0) continue;
    if (watts < 0) failAt(at2, `: ${key} is ${watts} W, a negative power`);
    try {
      integrator.add(gpu, stats.tMs, watts, at2.record);
    } catch (e) {
      if (!(e instanceof ArtifactError)) throw e;
      failAt(at2, `: ${e.message}`);
    }
    samples++;
  }
  return samples;
}
function keep(found, decoded) {
  if (decoded.kind === "run") {
    found.runId ??= decoded.runId;
    found.displayName ??= decoded.displayName;
    found.startMs ??= decoded.startMs;
  } else {
    found.gpuModel ??= decoded.gpuType ?? decoded.gpuNames[0];
    if (decoded.gpuCount !== void 0)
      found.gpuCount = Math.max(found.gpuCount ?? 0, decoded.gpuCount);
  }
}
function describeDamage(path, summary) {
  const notices = [];
  if (summary.corrupt > 0) {
    notices.push({
      path,
      message: `${summary.corrupt} damaged ${summary.corrupt === 1 ? "chunk" : "chunks"} (checksum or header wrong, first at byte ${summary.firstCorruptOffset}): the rest of each such 32 KiB block was skipped, as wandb sync does`
    });
  }
  if (summary.truncated) {
    notices.push({
      path,
      message: "the log ends inside a record (the run was still writing it?): that record was not read"
    });
  }
  return notices;
}
async function readWandbLog(input, integrator) {
  const { path } = input;
  const summary = { corrupt: 0, truncated: false };
  const found = {};
  let samples = 0;
  let record = 0;
  try {
    for await (const { offset, data } of readLogRecords(input.chunks(), summary)) {
      const at2 = { path, record: ++record, offset };
      const decoded = decodeAt(data, at2);
      if (decoded === void 0) continue;
      if (decoded.kind === "stats") samples += addStats(decoded, integrator, at2);
      else keep(found, decoded);
    }
  } catch (e) {
    if (e instanceof LogHeaderError) throw new ArtifactError(path, void 0, e.message);
    throw e;
  }
  return { samples, ...found, notices: describeDamage(path, summary) };
}

// src/ingest/formats/wandb/wandb-history.ts
function parseObject(text3) {
  let value;
  try {
    value = JSON.parse(text3);
  } catch {
    try {
      value = parseJson(text3, { pythonNonFinite: true }).value;
    } catch {
      return void 0;
    }
  }
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function timestampMs2(value, path, no) {
  const seconds = parseStatValue(value);
  if (seconds === void 0 || seconds <= 0) {
    throw new ArtifactError(
      path,
      no,
      "has no _timestamp (epoch seconds): not a W&B system-metrics row"
    );
  }
  return seconds * 1e3;
}
function addPower(integrator, key, value, tMs, where) {
  const gpu = gpuOfKey(key);
  if (gpu === void 0 || value === void 0) return false;
  if (value < 0)
    throw new ArtifactError(where.path, where.no, `${key} is ${value} W: a negative power`);
  integrator.add(gpu, tMs, value, where.no);
  return true;
}
async function readJsonLines(input, options, integrator) {
  const { path } = input;
  let samples = 0;
  await forEachLine(
    input.chunks(),
    (text3, no) => {
      if (text3.trim() === "") return;
      const row = parseObject(text3);
      if (row === void 0) throw new ArtifactError(path, no, "is not a JSON object");
      const keys = Object.keys(row).filter((k) => gpuOfKey(k) !== void 0);
      if (keys.length === 0) return;
      const tMs = timestampMs2(row._timestamp, path, no);
      for (const key of keys) {
        if (addPower(integrator, key, parseStatValue(row[key]), tMs, { path, no })) samples++;
      }
    },
    options.onProgress
  );
  return { samples };
}
function isHistoryCsvHeader(line) {
  const cells = splitCsvLine(line);
  return cells.includes("_timestamp") && cells.some((c) => gpuOfKey(c) !== void 0);
}
async function readHistoryCsv(input, options, integrator) {
  const { path } = input;
  let header;
  let time = -1;
  let power = [];
  let samples = 0;
  await forEachLine(
    input.chunks(),
    (text3, no) => {
      if (text3.trim() === "") return;
      const cells = splitCsvLine(text3);
      if (header === void 0) {
        header = cells;
        time = cells.indexOf("_timestamp");
        power = cells.flatMap((key, index) => gpuOfKey(key) === void 0 ? [] : [{ key, index }]);
        if (time === -1 || power.length === 0) {
          throw new ArtifactError(
            path,
            no,
            "is not a W&B history export: no _timestamp and system.gpu.<i>.powerWatts columns"
          );
        }
        return;
      }
      if (cells.length !== header.length) {
        throw new ArtifactError(
          path,
          no,
          `has ${cells.length} fields, the header has ${header.length}`
        );
      }
      const values = power.map((p) => numberCell(cells[p.index]));
      if (values.every((v) => v === void 0)) return;
      const tMs = timestampMs2(numberCell(cells[time]), path, no);
      power.forEach((p, k) => {
        const v = values[k];
        if (v !== void 0 && Number.isNaN(v)) {
          throw new ArtifactError(path, no, `${p.key} "${cells[p.index]}" is not a number`);
        }
        if (addPower(integrator, p.key, v, tMs, { path, no })) samples++;
      });
    },
    options.onProgress
  );
  return { samples };
}

// src/ingest/formats/wandb/wandb.ts
var EVENTS_FILE = "wandb-events.jsonl";
var BINARY_NAME = /\.wandb$/;
var JSON_LINES_NAME = /\.(?:jsonl|ndjson|json)$/i;
function firstLine4(head) {
  return head.split("\n").find((l) => l.trim() !== "")?.replace(/\r$/, "");
}
function detectForm(name, head) {
  if (BINARY_NAME.test(name)) return head.startsWith(":W&B") ? "binary" : void 0;
  const line = firstLine4(head);
  if (line === void 0) return void 0;
  if (name === EVENTS_FILE) return line.trimStart().startsWith("{") ? "events" : void 0;
  if (JSON_LINES_NAME.test(name)) {
    return line.trimStart().startsWith("{") && line.includes('"_timestamp"') && /"system[./]gpu\.\d+\.powerWatts/.test(line) ? "events" : void 0;
  }
  return isHistoryCsvHeader(line) ? "csv" : void 0;
}
function formByName(name) {
  if (BINARY_NAME.test(name)) return "binary";
  return name === EVENTS_FILE || JSON_LINES_NAME.test(name) ? "events" : "csv";
}
function nameJob3(input, displayName, runId) {
  if (displayName !== void 0) return displayName;
  const id = runId ?? runIdFromPath(input.path);
  return id !== void 0 ? `wandb run ${id}` : jobNameFromFile(input.name);
}
function withoutLines(notices) {
  return notices.map(
    (n) => n.line === void 0 ? n : { path: n.path, message: `${n.message} (first at record ${n.line})` }
  );
}
async function readWandb(input, options) {
  const { path } = input;
  const form = formByName(input.name);
  const integrator = new PowerIntegrator(path, options.maxGapSeconds);
  const hardware = await readMetadata(metadataBeside(input));
  let gpuModel = hardware.gpuModel;
  let gpuCount = hardware.gpuCount;
  let displayName;
  let runId;
  let startMs;
  const notices = [];
  if (form === "binary") {
    const log = await readWandbLog(input, integrator);
    gpuModel ??= log.gpuModel;
    gpuCount ??= log.gpuCount;
    ({ displayName, runId, startMs } = log);
    appendAll(notices, log.notices);
  } else if (form === "events") await readJsonLines(input, options, integrator);
  else await readHistoryCsv(input, options, integrator);
  const job = finishPowerJob(integrator, {
    path,
    format: "wandb",
    name: nameJob3(input, displayName, runId),
    maxGapSeconds: options.maxGapSeconds,
    empty: "holds no GPU power sample (gpu.<i>.powerWatts): the run had no NVIDIA/AMD GPU, or system metrics were off",
    epochTimes: true,
    ...gpuModel !== void 0 ? { gpuModel } : {},
    ...gpuCount !== void 0 ? { gpuCount: Math.max(gpuCount, integrator.deviceCount) } : {},
    ...startMs !== void 0 ? { startedAt: toIso(startMs) } : {}
  });
  const power = form === "binary" ? withoutLines(job.notices) : job.notices;
  return { jobs: [job.job], notices: [...notices, ...power] };
}
var wandbReader = {
  format: "wandb",
  describes: 'Weights & Biases run-<id>.wandb logs, wandb-events.jsonl, and run.history(stream="events") exports (CSV or JSON lines)',
  detect(name, head) {
    return detectForm(name, head) !== void 0;
  },
  read: readWandb
};

// src/ingest/formats/slurm/slurm-fields.ts
function baseJobId(jobId) {
  const dot = jobId.indexOf(".");
  return dot === -1 ? jobId : jobId.slice(0, dot);
}
function stepName(jobId) {
  const dot = jobId.indexOf(".");
  return dot === -1 ? void 0 : jobId.slice(dot + 1);
}
var ELAPSED = /^(?:(\d+)-)?(?:(\d+):)?(\d+):(\d+(?:\.\d+)?)$/;
function parseElapsed(cell) {
  const t = textCell(cell);
  if (t === void 0) return void 0;
  const m = ELAPSED.exec(t);
  if (!m) return NaN;
  const [, days, hours, minutes, seconds] = m;
  return Number(days ?? 0) * 86400 + Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds);
}
var NO_VAL64_FLOOR = 2 ** 63;
var SUFFIXES = { K: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15 };
var SCALED = /^(\d+(?:\.\d+)?)([KMGTP]?)$/;
function parseJoules(cell) {
  const t = textCell(cell);
  if (t === void 0) return void 0;
  const m = SCALED.exec(t);
  if (!m) return NaN;
  const value = Number(m[1]) * (SUFFIXES[m[2]] ?? 1);
  return value >= NO_VAL64_FLOOR ? void 0 : value;
}
function parseAllocTres(cell) {
  const t = textCell(cell);
  if (t === void 0) return {};
  let gpus;
  let typedGpus;
  const models = [];
  let cpus;
  for (const part of t.split(",")) {
    const eq = part.indexOf("=");
    if (eq === -1) continue;
    const key = part.slice(0, eq).trim();
    const count2 = Number(part.slice(eq + 1).trim());
    if (!Number.isInteger(count2) || count2 < 0) continue;
    if (key === "cpu") cpus = count2;
    else if (key === "gres/gpu") gpus = count2;
    else if (key.startsWith("gres/gpu:")) {
      typedGpus = (typedGpus ?? 0) + count2;
      models.push(key.slice("gres/gpu:".length));
    }
  }
  const gpuCount = gpus ?? typedGpus;
  return {
    ...gpuCount !== void 0 ? { gpus: gpuCount } : {},
    ...models.length > 0 ? { gpuModel: models.join(", ") } : {},
    ...cpus !== void 0 && cpus > 0 ? { cpus } : {}
  };
}

// src/ingest/formats/slurm/slurm-scan.ts
function splitLine(text3, trailing) {
  const cells = splitCsvLine(text3, "|");
  if (trailing && cells.length > 1 && cells[cells.length - 1] === "") cells.pop();
  return cells;
}
function splitHeader2(text3) {
  const trailing = text3.trimEnd().endsWith("|");
  return { cells: splitLine(text3.trim(), trailing), trailing };
}
function indexColumns3(cells, trailing) {
  const index = indexHeader(cells.map((c) => c.toLowerCase()));
  const jobId = index.get("jobid");
  const raw = index.get("consumedenergyraw");
  const energy = raw ?? index.get("consumedenergy");
  if (jobId === void 0 || energy === void 0) return void 0;
  return {
    count: cells.length,
    trailing,
    jobId,
    energy,
    raw: raw !== void 0,
    jobName: index.get("jobname"),
    start: index.get("start"),
    end: index.get("end"),
    elapsed: index.get("elapsed"),
    elapsedRaw: index.get("elapsedraw"),
    allocTres: index.get("alloctres")
  };
}
function isSacctHeader(text3) {
  if (!text3.includes("|")) return false;
  const { cells, trailing } = splitHeader2(text3);
  return indexColumns3(cells, trailing) !== void 0;
}
var SacctScan = class {
  constructor(path) {
    this.path = path;
  }
  path;
  columns;
  headerText = "";
  jobs = /* @__PURE__ */ new Map();
  badWidth = new Tally();
  line(text3, no) {
    if (text3.trim() === "") return;
    if (this.columns === void 0) {
      this.header(text3, no);
      return;
    }
    if (text3.trim() === this.headerText) return;
    const columns = this.columns;
    const cells = splitLine(text3, columns.trailing);
    const id = cells.length === columns.count ? textCell(cells[columns.jobId]) : void 0;
    if (id === void 0) {
      this.badWidth.add(no);
      return;
    }
    const joules = parseJoules(cells[columns.energy]);
    if (joules !== void 0 && Number.isNaN(joules)) {
      const column = columns.raw ? "ConsumedEnergyRaw" : "ConsumedEnergy";
      throw new ArtifactError(
        this.path,
        no,
        `${column} "${cells[columns.energy].trim()}" is not an energy in J`
      );
    }
    const base = baseJobId(id);
    let job = this.jobs.get(base);
    if (job === void 0) {
      job = { id: base, steps: [] };
      this.jobs.set(base, job);
    }
    const step = stepName(id);
    const line = {
      no,
      cells,
      ...joules !== void 0 ? { joules } : {},
      ...step !== void 0 ? { step } : {}
    };
    if (step === void 0) job.own = line;
    else job.steps.push(line);
  }
  header(text3, no) {
    const header = splitHeader2(text3);
    this.columns = indexColumns3(header.cells, header.trailing);
    this.headerText = text3.trim();
    if (this.columns === void 0) {
      throw new ArtifactError(
        this.path,
        no,
        "is not sacct -P output: its header lacks JobID and ConsumedEnergyRaw"
      );
    }
  }
  /** The columns and jobs; throws when the file holds none. */
  finish() {
    if (this.columns === void 0) {
      throw new ArtifactError(this.path, void 0, "holds no job: the file is empty");
    }
    if (this.jobs.size === 0) {
      throw new ArtifactError(this.path, void 0, "holds no job: a header but no rows");
    }
    return { columns: this.columns, jobs: this.jobs };
  }
};

// src/ingest/formats/slurm/slurm.ts
var J_PER_KWH2 = 36e5;
function at(line, index) {
  return index === void 0 ? void 0 : textCell(line.cells[index]);
}
function jobEnergy(job) {
  if (job.own?.joules !== void 0 && job.own.joules > 0) {
    return { joules: job.own.joules, from: "the job line" };
  }
  const extern = job.steps.find((s) => s.step === "extern");
  const measured = job.steps.filter((s) => s.joules !== void 0 && s.joules > 0);
  if (extern?.joules !== void 0 && extern.joules > 0) {
    return { joules: extern.joules, from: "its extern step (no total on the job line)" };
  }
  if (measured.length > 0) {
    const joules = measured.reduce((sum, s) => sum + s.joules, 0);
    return { joules, from: `the sum of its ${measured.length} steps (no total on the job line)` };
  }
  if (job.own?.joules === 0) return { joules: 0, from: "the job line" };
  return void 0;
}
function readTime(line, index, column, path, zone) {
  const text3 = at(line, index);
  if (text3 === void 0 || text3 === "Unknown" || text3 === "None") return void 0;
  const ms = parseTimestamp(text3, zone);
  if (ms === void 0) {
    throw new ArtifactError(
      path,
      line.no,
      `${column} "${text3}" is not a time (sacct writes YYYY-MM-DDTHH:MM:SS)`
    );
  }
  return ms;
}
function readSeconds(line, columns, path) {
  if (columns.elapsedRaw !== void 0) {
    const raw = at(line, columns.elapsedRaw);
    if (raw !== void 0) {
      const s = Number(raw);
      if (Number.isFinite(s) && s >= 0) return s;
      throw new ArtifactError(path, line.no, `ElapsedRaw "${raw}" is not a number of seconds`);
    }
  }
  const seconds = parseElapsed(at(line, columns.elapsed));
  if (Number.isNaN(seconds)) {
    throw new ArtifactError(
      path,
      line.no,
      `Elapsed "${at(line, columns.elapsed)}" is not [D-]HH:MM:SS`
    );
  }
  return seconds;
}
function buildJob3(job, energy, columns, path, zone) {
  const main = job.own ?? job.steps[0];
  const start = readTime(main, columns.start, "Start", path, zone);
  const end = readTime(main, columns.end, "End", path, zone);
  let seconds = readSeconds(main, columns, path);
  if (seconds === void 0 && start !== void 0 && end !== void 0)
    seconds = (end - start) / 1e3;
  const tres = parseAllocTres(at(main, columns.allocTres));
  const name = at(main, columns.jobName);
  return {
    name: name !== void 0 ? `${name} (${job.id})` : `slurm job ${job.id}`,
    source: { path, format: "slurm", line: main.no },
    itEnergyKWh: energy.joules / J_PER_KWH2,
    ...start !== void 0 ? { startedAt: toIso(start) } : {},
    ...seconds !== void 0 ? { durationHours: seconds / 3600 } : {},
    ...tres.gpus !== void 0 ? { gpuCount: tres.gpus } : {},
    ...tres.gpuModel !== void 0 ? { gpuModel: tres.gpuModel } : {},
    ...tres.cpus !== void 0 ? { cpuThreads: tres.cpus } : {},
    notes: [`energy from ${energy.from}`]
  };
}
async function readSacct(input, options) {
  const { path } = input;
  const scan = new SacctScan(path);
  await forEachLine(
    input.chunks(),
    (text3, no) => {
      scan.line(text3, no);
    },
    options.onProgress
  );
  const { columns, jobs } = scan.finish();
  const records = [];
  const unmeasured = new Tally();
  for (const job of jobs.values()) {
    const energy = jobEnergy(job);
    if (energy === void 0) {
      unmeasured.add((job.own ?? job.steps[0]).no);
      continue;
    }
    records.push(buildJob3(job, energy, columns, path, options.timezone));
  }
  if (records.length === 0 || records.every((r) => r.itEnergyKWh === 0)) {
    throw new ArtifactError(
      path,
      void 0,
      `holds no energy: ConsumedEnergyRaw is empty or 0 for all ${jobs.size} jobs (is AcctGatherEnergyType set on the cluster?)`
    );
  }
  const zero = records.filter((r) => r.itEnergyKWh === 0).length;
  const notices = [
    scan.badWidth.notice(
      path,
      "line",
      "lines",
      "skipped: their field count differs from the header"
    ),
    unmeasured.notice(path, "job", "jobs", "without any energy value skipped"),
    zero === 0 ? void 0 : {
      path,
      message: `${zero} ${zero === 1 ? "job has" : "jobs have"} 0 J recorded: counted as 0 kWh`
    }
  ].filter((n) => n !== void 0);
  return { jobs: records, notices };
}
var slurmReader = {
  format: "slurm",
  describes: "Slurm sacct -P output with JobID and ConsumedEnergyRaw",
  detect(_name, head) {
    const first = head.split("\n").find((l) => l.trim() !== "");
    return first !== void 0 && isSacctHeader(first);
  },
  read: readSacct
};

// src/ingest/registry.ts
var READERS = [
  genericReader,
  codecarbonReader,
  carbontrackerReader,
  eco2aiReader,
  zeusReader,
  nvidiaSmiReader,
  dcgmReader,
  impactTrackerReader,
  mlflowReader,
  wandbReader,
  slurmReader,
  amdSmiReader,
  megatronReader,
  codecarbonJsonReader,
  boampsReader,
  optimumBenchmarkReader,
  modelCardReader
];
var CLAIMED_NAMES = {
  // *.carbon.json, or any JSON whose head carries "carbonGate".
  generic: [/\.json$/i],
  // emissions*.csv and task files, detected by their header whatever the name.
  codecarbon: [/\.csv$/i],
  carbontracker: [/_carbontracker_output\.log$/],
  eco2ai: [/\.csv$/i],
  zeus: [/\.(?:csv|log|txt)$/i],
  "nvidia-smi": [/\.(?:csv|tsv|log|txt|out)$/i],
  dcgm: [/\.(?:txt|log|out|csv|prom|metrics)$/i],
  "impact-tracker": [/^data\.json$/],
  mlflow: [/^gpu_\d+_power_usage_watts$/],
  wandb: [/\.wandb$/, /\.(?:jsonl|ndjson|json|csv)$/i],
  slurm: [/\.(?:txt|psv|csv|tsv|log|out)$/i],
  "amd-smi": [/\.(?:csv|txt|log)$/i],
  megatron: [/\.(?:log|txt|out|err)$/i],
  "codecarbon-json": [/\.(?:json|jsonl|ndjson|log|txt)$/i],
  boamps: [/\.json$/i],
  "optimum-benchmark": [/^benchmark(?:_report)?\.json$/],
  "model-card": [/^(?:readme|model[_-]?card)\.md$/i]
};
var ALL_CLAIMS = Object.values(CLAIMED_NAMES).flat();
function isClaimableName(name) {
  return ALL_CLAIMS.some((pattern) => pattern.test(name));
}
function detectReader(name, head) {
  return READERS.find((r) => r.detect(name, head));
}
function isCompanionFile(name) {
  return READERS.some((r) => r.isCompanion?.(name) ?? false);
}
function supportedFormatsLine() {
  return READERS.map((r) => `${r.format} (${r.describes})`).join(", ");
}

// src/ingest/ingest.ts
var HEAD_BYTES = 64 * 1024;
async function readHead(input, bytes = HEAD_BYTES) {
  const parts = [];
  let total2 = 0;
  for await (const chunk of input.chunks()) {
    parts.push(chunk);
    total2 += chunk.byteLength;
    if (total2 >= bytes) break;
  }
  const joined = new Uint8Array(Math.min(total2, bytes));
  let at2 = 0;
  for (const p of parts) {
    const take = Math.min(p.byteLength, joined.byteLength - at2);
    joined.set(p.subarray(0, take), at2);
    at2 += take;
    if (at2 >= joined.byteLength) break;
  }
  let text3 = new TextDecoder("utf-8").decode(joined);
  if (text3.charCodeAt(0) === 65279) text3 = text3.slice(1);
  return text3;
}
async function readArtifact(input, options, explicit) {
  try {
    const head = await readHead(input);
    const reader = detectReader(input.name, head);
    if (!reader) {
      if (!explicit) return void 0;
      throw new ArtifactError(
        input.path,
        void 0,
        `matches no supported format; supported: ${supportedFormatsLine()}`
      );
    }
    const result = await reader.read(input, options);
    for (const job of result.jobs) checkPhysicalBounds(job);
    return { path: input.path, jobs: result.jobs, notices: result.notices };
  } catch (e) {
    if (e instanceof LineTooLongError) {
      return {
        path: input.path,
        jobs: [],
        notices: [],
        error: new ArtifactError(input.path, e.lineNo, e.message)
      };
    }
    if (isGateError(e)) {
      const err = e instanceof ArtifactError ? e : new ArtifactError(input.path, void 0, e.message);
      return { path: input.path, jobs: [], notices: [], error: err };
    }
    const message = e instanceof Error ? e.message : String(e);
    return {
      path: input.path,
      jobs: [],
      notices: [],
      error: new ArtifactError(input.path, void 0, `could not be read: ${message}`)
    };
  }
}

// src/ingest/near-miss.ts
var ARTIFACT_NAME = /emission|codecarbon|carbontracker|eco2ai|zeus|nvidia[-_]?smi|dcgm|rocm[-_]?smi|amd[-_]?smi|power|energy|carbon|watts?\b/i;
var TRACKER_WORDS = /* @__PURE__ */ new Set([
  "power",
  "energy",
  "emissions",
  "emission",
  "kwh",
  "wh",
  "watt",
  "watts",
  "joule",
  "joules",
  "co2",
  "co2e",
  "consumedenergy",
  "consumedenergyraw"
]);
function isTrackerColumn(cell) {
  return cell.toLowerCase().split(/[^a-z0-9]+/).some((word) => TRACKER_WORDS.has(word));
}
var DELIMITED = /\.(?:csv|tsv|psv)$/i;
var OWN_REPORT = /"schemaVersion"\s*:\s*1\b[\s\S]*"verdict"\s*:/;
var TIMESTAMP = /^\d{4}[/-]\d{2}[/-]\d{2}[ T]\d{2}:\d{2}:\d{2}/;
var WATTS_CELL = /^\d+(?:\.\d+)?\s*W$/;
function firstLine5(head) {
  for (const line of head.split("\n", 20)) {
    const text3 = line.replace(/\r$/, "").trim();
    if (text3 !== "") return text3;
  }
  return void 0;
}
function isText(head) {
  const sample = head.slice(0, 4096);
  if (sample.includes("\0") || sample.includes("\uFFFD")) return false;
  return true;
}
function describeNearMiss(name, head) {
  if (!isText(head) || OWN_REPORT.test(head.slice(0, 4096))) return void 0;
  const line = firstLine5(head);
  if (line !== void 0) {
    const cells = line.split(",").map((c) => c.trim());
    if (cells.length >= 2 && TIMESTAMP.test(cells[0] ?? "")) {
      if (cells.some((c) => WATTS_CELL.test(c)) || /\bNVIDIA\b|GPU-[0-9a-f]/i.test(line)) {
        return "looks like an nvidia-smi power log without its header line (--format=csv,noheader?) but is not read: log with --format=csv so the header names the columns";
      }
    }
    const columns = DELIMITED.test(name) ? line.split(/[,\t|;]/).map((c) => c.trim()) : [];
    if (columns.length >= 2 && columns.some(isTrackerColumn)) {
      return "has energy, power or emissions columns but matches no supported format: not read (name it in `artifacts:` to see why)";
    }
  }
  if (ARTIFACT_NAME.test(name)) {
    return "is named like a tracker artifact but matches no supported format: not read (name it in `artifacts:` to see why)";
  }
  return void 0;
}

// src/platform/file-input.ts
import {
  closeSync as closeSync2,
  constants as constants2,
  fstatSync as fstatSync2,
  openSync as openSync2,
  readSync as readSync2,
  realpathSync as realpathSync2,
  statSync
} from "node:fs";
import { open } from "node:fs/promises";
import { basename, dirname as dirname2, isAbsolute as isAbsolute2, join, relative as relative2, resolve as resolve3 } from "node:path";
var CHUNK = 1024 * 1024;
var MAX_ARTIFACT_BYTES = 32 * 1024 ** 3;
function describeFileType(stat) {
  if (stat.isDirectory()) return "a directory";
  if (stat.isFIFO()) return "a FIFO (named pipe)";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice()) return "a character device";
  if (stat.isBlockDevice()) return "a block device";
  return "not a regular file";
}
async function openArtifactFile(absPath, shownPath) {
  let handle;
  try {
    handle = await open(absPath, constants2.O_RDONLY | (constants2.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = e.code ?? "error";
    throw new ArtifactError(shownPath, void 0, `cannot be opened (${code})`);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) {
      throw new ArtifactError(
        shownPath,
        void 0,
        `is ${describeFileType(stat)}, not a regular file: not read`
      );
    }
    if (stat.size > MAX_ARTIFACT_BYTES) {
      throw new ArtifactError(
        shownPath,
        void 0,
        `is ${(stat.size / 1e9).toFixed(1)} GB, more than the ${MAX_ARTIFACT_BYTES / 1024 ** 3} GiB an artifact may be: not read`
      );
    }
  } catch (e) {
    await handle.close();
    throw e;
  }
  return handle;
}
var headBuffer;
var utf82 = new TextDecoder("utf-8");
function readFileHead(absPath, bytes) {
  let fd;
  try {
    fd = openSync2(absPath, constants2.O_RDONLY | (constants2.O_NONBLOCK ?? 0));
  } catch {
    return void 0;
  }
  try {
    if (!fstatSync2(fd).isFile()) return void 0;
    if (headBuffer === void 0 || headBuffer.byteLength < bytes)
      headBuffer = new Uint8Array(bytes);
    let n = 0;
    while (n < bytes) {
      const got = readSync2(fd, headBuffer, n, bytes - n, n);
      if (got === 0) break;
      n += got;
    }
    let text3 = utf82.decode(headBuffer.subarray(0, n));
    if (text3.charCodeAt(0) === 65279) text3 = text3.slice(1);
    return text3;
  } catch {
    return void 0;
  } finally {
    closeSync2(fd);
  }
}
function fileArtifact(absPath, shownPath, allowedRoots = []) {
  let size;
  try {
    size = statSync(absPath).size;
  } catch {
    size = void 0;
  }
  return {
    path: shownPath,
    name: basename(absPath),
    ...size !== void 0 ? { size } : {},
    chunks: () => readChunks(absPath, shownPath, size),
    sibling(name) {
      const other = join(dirname2(absPath), name);
      try {
        if (!statSync(other).isFile()) return void 0;
        if (!isConfined(other, allowedRoots)) return void 0;
      } catch {
        return void 0;
      }
      return fileArtifact(other, join(dirname2(shownPath), name), allowedRoots);
    }
  };
}
function isConfined(path, allowedRoots) {
  const real = realpathSync2(path);
  const roots = allowedRoots.length > 0 ? allowedRoots : [dirname2(path)];
  return roots.some((root) => {
    let realRoot2;
    try {
      realRoot2 = realpathSync2(root);
    } catch {
      realRoot2 = resolve3(root);
    }
    const rel = relative2(realRoot2, real);
    return rel !== "" && !rel.startsWith("..") && !isAbsolute2(rel);
  });
}
async function fill(handle, buffer, position) {
  let total2 = 0;
  while (total2 < buffer.byteLength) {
    const { bytesRead } = await handle.read(
      buffer,
      total2,
      buffer.byteLength - total2,
      position + total2
    );
    if (bytesRead === 0) break;
    total2 += bytesRead;
  }
  return total2;
}
async function* readChunks(absPath, shownPath, size) {
  const handle = await openArtifactFile(absPath, shownPath);
  const capacity = size === void 0 ? CHUNK : Math.min(CHUNK, size + 1);
  const index = separatorIndex();
  const lent = CHUNK === INDEX_WINDOW && index.claim();
  const buffers = lent ? [index.windows[0].subarray(0, capacity), index.windows[1]] : [new Uint8Array(capacity)];
  let pending;
  try {
    let position = 0;
    let turn = 0;
    pending = fill(handle, buffers[0], 0);
    for (; ; ) {
      const n = await pending;
      pending = void 0;
      if (n === 0) return;
      const current = buffers[turn];
      position += n;
      if (position > MAX_ARTIFACT_BYTES) {
        throw new ArtifactError(
          shownPath,
          void 0,
          `grew past the ${MAX_ARTIFACT_BYTES / 1024 ** 3} GiB an artifact may be while it was read`
        );
      }
      if (n === current.byteLength) {
        turn = 1 - turn;
        buffers[turn] ??= new Uint8Array(CHUNK);
        pending = fill(handle, buffers[turn], position);
      }
      yield n === current.byteLength ? current : current.subarray(0, n);
      if (pending === void 0) return;
    }
  } finally {
    await pending?.catch(() => 0);
    if (lent) index.release();
    await handle.close();
  }
}

// src/platform/find-artifacts.ts
import { readdirSync, realpathSync as realpathSync3, statSync as statSync2 } from "node:fs";
import { isAbsolute as isAbsolute3, relative as relative3, resolve as resolve4, sep } from "node:path";

// src/platform/skip-folders.ts
var VERSION_CONTROL = /* @__PURE__ */ new Set([".git", ".hg", ".svn"]);
var ENVIRONMENT_OR_CACHE = /* @__PURE__ */ new Set([
  // Python environments and caches
  "env",
  "venv",
  ".venv",
  "virtualenv",
  ".virtualenv",
  "conda",
  ".conda",
  "miniconda3",
  "anaconda3",
  ".pixi",
  "site-packages",
  "dist-packages",
  "__pycache__",
  ".tox",
  ".nox",
  ".eggs",
  ".mypy_cache",
  ".pytest_cache",
  ".ruff_cache",
  ".hypothesis",
  ".ipynb_checkpoints",
  // general caches
  ".cache",
  ".dvc",
  // other ecosystems
  "node_modules",
  "bower_components",
  ".npm",
  ".yarn",
  ".pnpm-store",
  ".gradle",
  "dist-newstyle",
  ".terraform"
]);
var ENVIRONMENT_MARKERS = /* @__PURE__ */ new Set(["pyvenv.cfg", "conda-meta"]);
function classifyFolder(name) {
  if (VERSION_CONTROL.has(name)) return "silent";
  if (ENVIRONMENT_OR_CACHE.has(name) || name.endsWith(".egg-info")) return "environment";
  if (name.startsWith(".")) return "silent";
  return "search";
}

// src/platform/find-artifacts.ts
var MAX_SEARCHED_FILES = 1e5;
var SKIPPED_SHOWN = 5;
function isBackup(name) {
  return /\.bak$/i.test(name);
}
function shown2(cwd, abs) {
  const rel = relative3(cwd, abs);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute3(rel) ? rel.split(sep).join("/") : abs;
}
function inside(root, target) {
  const rel = relative3(root, target);
  return rel === "" || !rel.startsWith("..") && !isAbsolute3(rel);
}
function realRoot(root) {
  try {
    return realpathSync3(root);
  } catch {
    return resolve4(root);
  }
}
function addFile(search, abs, explicit) {
  if (search.seen.has(abs) || search.files.length >= search.maxFiles) return;
  search.seen.add(abs);
  search.files.push({ absPath: abs, shownPath: shown2(search.cwd, abs), explicit });
}
function listDirectory(search, dir) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    const code = e.code ?? "error";
    search.notices.push({
      path: shown2(search.cwd, dir),
      message: `cannot be listed (${code}): skipped`
    });
    return void 0;
  }
}
var byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
function visitLink(search, roots, abs) {
  const label = shown2(search.cwd, abs);
  let stat;
  let real;
  try {
    stat = statSync2(abs);
    real = realpathSync3(abs);
  } catch {
    search.notices.push({ path: label, message: "broken symbolic link: skipped" });
    return;
  }
  if (!stat.isFile()) return;
  if (roots.length > 0 && !roots.some((r) => inside(r, real))) {
    search.notices.push({
      path: label,
      message: "is a symbolic link leading outside the workspace: a search does not follow it (name the file in `artifacts:` to read it)"
    });
    return;
  }
  addFile(search, abs, false);
}
function visitEntry(search, roots, dir, entry) {
  const name = entry.name;
  if (entry.isDirectory()) {
    const verdict = classifyFolder(name);
    if (verdict === "environment") search.skipped.push(shown2(search.cwd, resolve4(dir, name)) + "/");
    return verdict === "search" ? resolve4(dir, name) : void 0;
  }
  if (isBackup(name) || !isClaimableName(name)) return void 0;
  const abs = resolve4(dir, name);
  if (entry.isFile()) addFile(search, abs, false);
  else if (entry.isSymbolicLink()) visitLink(search, roots, abs);
  else {
    let kind = "not a regular file";
    try {
      kind = describeFileType(statSync2(abs));
    } catch {
    }
    search.notices.push({ path: shown2(search.cwd, abs), message: `is ${kind}: skipped` });
  }
  return void 0;
}
function isEnvironment(entries) {
  return entries.some((e) => ENVIRONMENT_MARKERS.has(e.name));
}
function walkDirectory(search, root) {
  const roots = search.roots.length > 0 ? [...search.roots, realRoot(root)] : [];
  const stack = [root];
  while (stack.length > 0) {
    const current = stack.pop();
    const entries = listDirectory(search, current);
    if (entries === void 0) continue;
    if (current !== root && isEnvironment(entries)) {
      search.skipped.push(shown2(search.cwd, current) + "/");
      continue;
    }
    entries.sort(byName);
    const subdirs = [];
    for (const entry of entries) {
      const dir = visitEntry(search, roots, current, entry);
      if (dir !== void 0) subdirs.push(dir);
      if (search.files.length >= search.maxFiles) {
        search.notices.push({
          path: shown2(search.cwd, root),
          message: `search stopped after ${search.maxFiles} files a reader could claim: name the artifacts more precisely`
        });
        return;
      }
    }
    for (let i = subdirs.length - 1; i >= 0; i -= 1) stack.push(subdirs[i]);
  }
}
async function expandPattern(search, pattern, glob) {
  const abs = resolve4(search.cwd, pattern);
  let stat;
  try {
    stat = statSync2(abs);
  } catch {
    stat = void 0;
  }
  if (stat?.isFile()) {
    addFile(search, abs, true);
    return;
  }
  if (stat?.isDirectory()) {
    walkDirectory(search, abs);
    return;
  }
  if (stat !== void 0) {
    search.errors.push(
      new ArtifactError(
        pattern,
        void 0,
        `is ${describeFileType(stat)}, not a regular file: not read`
      )
    );
    return;
  }
  const globber = await glob();
  if (!globber.isDynamicPattern(pattern)) {
    search.errors.push(new ArtifactError(pattern, void 0, "no such file or directory"));
    return;
  }
  const matches = await globber.glob(pattern, {
    cwd: search.cwd,
    absolute: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    dot: false,
    ignore: ["**/node_modules/**", "**/.git/**"]
  });
  if (matches.length === 0) {
    search.errors.push(new ArtifactError(pattern, void 0, "the pattern matches no file"));
  }
  for (const m of matches.sort()) addFile(search, resolve4(m), false);
}
function skippedNotice(search) {
  const n = search.skipped.length;
  if (n === 0) return void 0;
  const listed = search.skipped.slice(0, SKIPPED_SHOWN).join(", ");
  const more = n > SKIPPED_SHOWN ? ` and ${n - SKIPPED_SHOWN} more` : "";
  return {
    path: search.skipped[0],
    message: `not searched: ${n} environment, cache or dependency folder${n === 1 ? "" : "s"} (${listed}${more}); name a path inside one in \`artifacts:\` to read it`
  };
}
async function findArtifacts(patterns, options) {
  const search = {
    cwd: options.cwd,
    maxFiles: options.maxFiles ?? MAX_SEARCHED_FILES,
    roots: (options.allowedRoots ?? []).map(realRoot),
    files: [],
    errors: [],
    notices: [],
    seen: /* @__PURE__ */ new Set(),
    skipped: []
  };
  let globber;
  const glob = async () => globber ??= await import("./dist-WG273KBB.js");
  for (const pattern of patterns.length > 0 ? patterns : ["."]) {
    await expandPattern(search, pattern, glob);
  }
  const summary = skippedNotice(search);
  const notices = summary === void 0 ? search.notices : [summary, ...search.notices];
  return { files: search.files, errors: search.errors, notices };
}

// src/platform/workers.ts
import { existsSync } from "node:fs";
import { open as open2 } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var MIN_BYTES = 128 * 1024 * 1024;
function threadCount(env) {
  const given = env.CARBON_GATE_WORKERS;
  if (given !== void 0 && /^\d+$/.test(given.trim())) return Math.max(1, Number(given));
  return availableParallelism();
}
function minBytes(env) {
  const given = env.CARBON_GATE_WORKERS_MIN_BYTES;
  return given !== void 0 && /^\d+$/.test(given.trim()) ? Number(given) : MIN_BYTES;
}
function workerScript() {
  for (const relative4 of ["./piece-worker.js", "../piece-worker.js"]) {
    const url = new URL(relative4, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return void 0;
}
function withWorkers(input, absPath, threads = threadCount(process.env), least = minBytes(process.env)) {
  if (threads < 2 || (input.size ?? 0) < least) return input;
  const script = workerScript();
  if (script === void 0) return input;
  return { ...input, pieces: fileRunner(absPath, script, threads, least) };
}
function fileRunner(absPath, script, pieces, least) {
  return {
    pieces,
    minBytes: least,
    async readAt(position, length) {
      const handle = await open2(absPath, "r");
      try {
        const buffer = new Uint8Array(length);
        const { bytesRead } = await handle.read(buffer, 0, length, position);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
    run: (tasks) => Promise.all(tasks.map((task) => runWorker(script, { path: absPath, task })))
  };
}
function runWorker(script, data) {
  return new Promise((resolve5) => {
    let result;
    const worker = new Worker(script, { workerData: data });
    worker.once("message", (message) => {
      result = message;
    });
    worker.once("error", () => {
      result = void 0;
    });
    worker.once("exit", () => {
      resolve5(result);
    });
  });
}

// src/platform/collect-jobs.ts
var HEADS_PER_TURN = 1e3;
function baseName(path) {
  return path.split(/[\\/]/).pop() ?? "";
}
async function detectArtifacts(found) {
  const files = [];
  const notices = [];
  for (let i = 0; i < found.length; i += 1) {
    if (i > 0 && i % HEADS_PER_TURN === 0) await new Promise((r) => setImmediate(r));
    const file = found[i];
    const name = baseName(file.absPath);
    const head = readFileHead(file.absPath, HEAD_BYTES);
    if (head === void 0) continue;
    if (detectReader(name, head) !== void 0) files.push(file);
    else {
      const why = describeNearMiss(name, head);
      if (why !== void 0) notices.push({ path: file.shownPath, message: why });
    }
  }
  return { files, notices };
}
async function collectJobs(patterns, options) {
  const found = await findArtifacts(patterns, options);
  const candidates = found.files.filter((f) => f.explicit || !isCompanionFile(baseName(f.absPath)));
  const searched = await detectArtifacts(candidates.filter((f) => !f.explicit));
  const detected = new Set(searched.files);
  const jobs = [];
  const notices = [...found.notices, ...searched.notices];
  const errors = found.errors.map((e) => e.line);
  let filesRead = 0;
  let bytesRead = 0;
  for (const file of candidates) {
    if (!file.explicit && !detected.has(file)) continue;
    const input = withWorkers(
      fileArtifact(file.absPath, file.shownPath, options.allowedRoots),
      file.absPath
    );
    options.onFile?.(file.shownPath, input.size);
    const outcome = await readArtifact(input, options.read, file.explicit);
    if (!outcome) continue;
    filesRead++;
    bytesRead += input.size ?? 0;
    appendAll(jobs, outcome.jobs);
    appendAll(notices, outcome.notices);
    if (outcome.error) errors.push(outcome.error.line);
  }
  return { jobs, notices, errors, filesRead, bytesRead };
}

export {
  exitCodeFor,
  describeOutcome,
  readGuardedText,
  readTextFileIn,
  writeTextFile,
  renderModelCard,
  VERSION,
  renderJson,
  renderMarkdown,
  collectJobs
};
