import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  BLOOM_EMBODIED_SOURCE,
  BLOOM_IDLE_RATIO_SOURCE,
  ConfigError,
  DEFAULT_CONFIG,
  DEFAULT_HARDWARE,
  DEFAULT_OVERHEAD,
  THREADS_PER_SERVER_SOURCE,
  WORLD_AVERAGE,
  defaultPue,
  lookupCloud,
  lookupCountry,
  lookupRegion,
  parseArtifacts,
  resolveInputs
} from "./chunk-35M7DKNE.js";

// src/config/resolve-lazily.ts
async function resolveConfigLazily(sources) {
  if (sources.file === void 0) return resolveInputs(sources);
  const { resolveConfig } = await import("./resolve-config-6Y2FRNS2.js");
  return resolveConfig(sources);
}

// src/run/load-config.ts
var CONFIG_FILE_NAMES = [".carbon-gate.yml", ".carbon-gate.yaml"];
async function loadConfig(read, request) {
  const file = findConfigFile(read, request);
  return resolveConfigLazily({
    inputs: request.inputs,
    inputLabel: request.inputLabel,
    ...file !== void 0 ? { file } : {}
  });
}
function findConfigFile(read, request) {
  const named = request.configPath?.trim() ?? "";
  if (named !== "") {
    const text = read(named);
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
    ...config.pollIntervalSeconds !== void 0 ? { pollIntervalSeconds: config.pollIntervalSeconds } : {}
  };
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
  if (model !== void 0) {
    const lower = model.toLowerCase();
    for (const [key, value] of Object.entries(hardware.gpus)) {
      if (lower.includes(key.toLowerCase())) return value.embodiedKg;
    }
  }
  return hardware.gpuEmbodiedKg;
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
function gpusHourlyKg(use, gpuModel, hardware, gpuModels) {
  if (gpuModels !== void 0 && gpuModels.reduce((n, m) => n + m.count, 0) === use.gpus) {
    return gpuModels.reduce(
      (kg, m) => kg + m.count * hourlyRate(gpuEmbodiedKg(m.model, hardware), hardware),
      0
    );
  }
  return use.gpus * hourlyRate(gpuEmbodiedKg(gpuModel, hardware), hardware);
}
function embodiedKg(hours, use, gpuModel, hardware, gpuModels) {
  const perHour = gpusHourlyKg(use, gpuModel, hardware, gpuModels) + use.servers * hourlyRate(hardware.serverEmbodiedKg, hardware);
  return hours * perHour;
}

// src/model/assumptions.ts
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
  const intensities = jobs.map(({ estimate: j }) => ({
    name: j.region !== void 0 ? `grid intensity (${j.region})` : "grid intensity",
    value: round(j.intensityGPerKWh, 2),
    unit: "g CO2e/kWh",
    source: `${j.intensitySource}: ${j.intensityNote}`
  }));
  const overheads = jobs.map(
    ({ estimate: j, pueSource }) => j.overheadMode === "pue" ? { name: "PUE", value: j.pue, unit: "", source: pueSource } : { name: "facility overhead", value: "idle", unit: "", source: pueSource }
  );
  return [...intensities, ...overheads];
}
function idleRatioFigure(idleRatio) {
  return {
    name: "idle ratio",
    value: idleRatio,
    unit: "idle kWh per IT kWh",
    source: idleRatio === DEFAULT_OVERHEAD.idleRatio ? BLOOM_IDLE_RATIO_SOURCE : "configuration (overhead.idle-ratio)"
  };
}
function listHardwareFigures(hw) {
  const sourceOf = (field, source) => hw[field] === DEFAULT_HARDWARE[field] ? source : "configuration (hardware)";
  const bloom = (field) => sourceOf(field, BLOOM_EMBODIED_SOURCE);
  return [
    {
      name: "GPU embodied",
      value: hw.gpuEmbodiedKg,
      unit: "kg CO2e per GPU",
      source: bloom("gpuEmbodiedKg")
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
      source: bloom("serverEmbodiedKg")
    },
    { name: "GPUs per server", value: hw.gpusPerServer, unit: "", source: bloom("gpusPerServer") },
    {
      name: "CPU threads per server",
      value: hw.threadsPerServer,
      unit: "",
      source: sourceOf("threadsPerServer", THREADS_PER_SERVER_SOURCE)
    },
    {
      name: "hardware lifetime",
      value: hw.lifetimeYears,
      unit: "years",
      source: bloom("lifetimeYears")
    },
    { name: "hardware utilization", value: hw.utilization, unit: "", source: bloom("utilization") },
    {
      name: "server embodied rate",
      value: round(hourlyRate(hw.serverEmbodiedKg, hw), 5),
      unit: "kg CO2e per server-hour",
      source: "embodied / (lifetime \xD7 8760 h \xD7 utilization)"
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
  if (settings.budgetKg !== void 0) {
    budgets.push(checkBudget("run", settings.budgetKg, input.totalKg, "kg", settings.onExceed));
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
      budgets.push(checkBudget("monthly", limit, input.monthToDateKg, "kg", onExceed));
    }
  }
  const budgetUsed = measureTightestUse(budgets);
  return {
    budgets,
    verdict: decideVerdict(budgets),
    ...budgetUsed !== void 0 ? { budgetUsed } : {},
    notes
  };
}
function checkBudget(kind, limit, actual, unit, action) {
  return { kind, limit, actual, unit, exceeded: actual > limit, action };
}
function decideVerdict(budgets) {
  const exceeded = budgets.filter((b) => b.exceeded);
  if (exceeded.some((b) => b.action === "fail")) return "fail";
  return exceeded.length > 0 ? "warn" : "pass";
}
function compareWithBaseline(totalKg, baselineKg, sha) {
  const deltaKg = totalKg - baselineKg;
  const percent = baselineKg > 0 ? deltaKg / baselineKg * 100 : totalKg > 0 ? 100 : 0;
  const deltaPercent = Math.min(percent, Number.MAX_VALUE);
  return { totalKg: baselineKg, deltaKg, deltaPercent, ...sha !== void 0 ? { sha } : {} };
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
        region: settings.region
      };
    }
  }
  if (usable(job.intensityGPerKWh) && job.intensityGPerKWh <= MAX_TRACKER_INTENSITY) {
    return {
      gPerKWh: job.intensityGPerKWh,
      source: "artifact",
      note: `the tracker's own figure (${job.source.format})`,
      ...job.region !== void 0 ? { region: job.region } : {}
    };
  }
  if (job.cloudProvider !== void 0 && job.cloudRegion !== void 0) {
    const figure = lookupCloud(job.cloudProvider, job.cloudRegion);
    if (figure) {
      return {
        gPerKWh: figure.gPerKWh,
        source: "dataset",
        note: figure.label,
        region: `${job.cloudProvider.toLowerCase()}:${job.cloudRegion}`
      };
    }
  }
  if (job.region !== void 0) {
    const figure = lookupRegion(job.region);
    if (figure)
      return { gPerKWh: figure.gPerKWh, source: "dataset", note: figure.label, region: job.region };
  }
  if (job.country !== void 0) {
    const figure = lookupCountry(job.country);
    if (figure)
      return { gPerKWh: figure.gPerKWh, source: "dataset", note: figure.label, region: job.country };
  }
  return { gPerKWh: WORLD_AVERAGE.gPerKWh, source: "default", note: WORLD_AVERAGE.label };
}

// src/model/estimate-job.ts
function resolveOverhead(job, settings) {
  if (job.idleEnergyKWh !== void 0) {
    return { kWh: job.idleEnergyKWh, mode: "idle", pue: 1, pueSource: "measured idle energy" };
  }
  if (settings.overhead.mode === "idle") {
    return {
      kWh: job.itEnergyKWh * settings.overhead.idleRatio,
      mode: "idle",
      pue: 1,
      pueSource: `idle ratio ${settings.overhead.idleRatio}`
    };
  }
  let pue;
  let pueSource;
  if (settings.pue !== void 0) {
    pue = settings.pue;
    pueSource = "set by the pue setting";
  } else if (job.pue !== void 0 && job.pue > 1) {
    pue = job.pue;
    pueSource = `stated by the artifact (${job.source.format})`;
  } else {
    const figure = defaultPue(job.cloudProvider);
    pue = figure.pue;
    pueSource = figure.source;
  }
  return { kWh: job.itEnergyKWh * (pue - 1), mode: "pue", pue, pueSource };
}
var NOT_USED = "not used: the artifact states its emissions";
var STATED_OVERHEAD = { kWh: 0, mode: "pue", pue: 1, pueSource: NOT_USED };
function statedIntensity(job) {
  return { gPerKWh: 0, source: "artifact", note: `${NOT_USED} (${job.source.format})` };
}
function estimateJob(job, id, settings) {
  const warnings = [];
  const stated = job.statedEmissionsKg;
  const intensity = stated === void 0 ? resolveIntensity(job, settings) : statedIntensity(job);
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
    ...job.wueLPerKWh !== void 0 ? { wueLPerKWh: job.wueLPerKWh } : {}
  };
  return {
    estimate,
    pueSource: overhead.pueSource,
    ...use.assumed !== void 0 ? { hardwareAssumed: use.assumed } : {},
    warnings
  };
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

// src/model/totals.ts
function sumTotals(jobs) {
  let itEnergyKWh = 0;
  let overheadKWh = 0;
  let operationalKg = 0;
  let embodiedKg2 = 0;
  for (const j of jobs) {
    itEnergyKWh += j.itEnergyKWh;
    overheadKWh += j.overheadKWh;
    operationalKg += j.operationalKg;
    embodiedKg2 += j.embodiedKg;
  }
  return {
    itEnergyKWh,
    overheadKWh,
    facilityEnergyKWh: itEnergyKWh + overheadKWh,
    operationalKg,
    embodiedKg: embodiedKg2,
    totalKg: operationalKg + embodiedKg2
  };
}
function sumJobs(jobs) {
  let totalKg = 0;
  let itEnergyKWh = 0;
  for (const j of jobs) {
    totalKg += j.totalKg;
    itEnergyKWh += j.itEnergyKWh;
  }
  return { totalKg, itEnergyKWh };
}
function splitOperational(totals, jobs) {
  let itKg = 0;
  for (const job of jobs) {
    if (Number.isFinite(job.itEnergyKWh) && Number.isFinite(job.intensityGPerKWh)) {
      itKg += job.itEnergyKWh * job.intensityGPerKWh / 1e3;
    }
  }
  if (jobs.length === 0) {
    const share2 = totals.facilityEnergyKWh > 0 ? totals.itEnergyKWh / totals.facilityEnergyKWh : 1;
    itKg = totals.operationalKg * share2;
  }
  itKg = Math.min(itKg, totals.operationalKg);
  return { itKg, overheadKg: totals.operationalKg - itKg };
}

// src/run/evaluate-gate.ts
var NO_JOB_ERROR = "artifacts: no job found: a gate never passes on nothing (check the artifact paths)";
var NOT_FINITE_ERROR = "artifacts: the totals are not finite numbers: check the artifacts for absurd values";
function formatNotice(n) {
  return n.line === void 0 ? `${n.path}: ${n.message}` : `${n.path}:${n.line}: ${n.message}`;
}
function listJobIds(jobs) {
  const used = /* @__PURE__ */ new Map();
  return jobs.map((j) => {
    const base = j.source.line !== void 0 ? `${j.source.path}:${j.source.line}` : j.source.path;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}
function evaluateGate(input) {
  const { config } = input;
  const errors = [...input.errors];
  if (input.jobs.length === 0 && errors.length === 0) errors.push(NO_JOB_ERROR);
  const ids = listJobIds(input.jobs);
  const results = input.jobs.map((job, i) => estimateJob(job, ids[i], config));
  const jobs = results.map((r) => r.estimate);
  const totals = sumTotals(jobs);
  if (!Object.values(totals).every((x) => Number.isFinite(x))) errors.push(NOT_FINITE_ERROR);
  const baseline = compareWith(totals.totalKg, input.baseline);
  const monthToDate = input.monthBeforeKg !== void 0 ? { monthToDateKg: input.monthBeforeKg + totals.totalKg } : {};
  const budgets = evaluateBudgets({ totalKg: totals.totalKg, baseline, ...monthToDate }, config);
  const report = {
    schemaVersion: 1,
    // Inputs that could not be used never let the gate pass.
    verdict: errors.length > 0 ? "fail" : budgets.verdict,
    totals,
    jobs,
    budgets: budgets.budgets,
    baseline,
    equivalents: computeEquivalents(totals.totalKg),
    references: computeReferences(totals.totalKg),
    assumptions: listAssumptions(describeJobs(results), config, timeZoneUse(jobs, config)),
    warnings: [
      ...input.notices.map(formatNotice),
      ...input.warnings ?? [],
      ...results.flatMap((r) => r.warnings),
      ...budgets.notes
    ],
    errors
  };
  return { report, ...budgets.budgetUsed !== void 0 ? { budgetUsed: budgets.budgetUsed } : {} };
}
function compareWith(totalKg, earlier) {
  return earlier != null ? compareWithBaseline(totalKg, earlier.totalKg, earlier.sha) : null;
}
function describeJobs(results) {
  return results.map((r) => ({
    estimate: r.estimate,
    pueSource: r.pueSource,
    ...r.hardwareAssumed !== void 0 ? { hardwareAssumed: r.hardwareAssumed } : {}
  }));
}
function timeZoneUse(jobs, config) {
  if (!jobs.some((j) => writesLocalTimes(j.source.format))) return void 0;
  return { zone: config.timezone, isDefault: config.timezone === DEFAULT_CONFIG.timezone };
}

// src/run/run-gate.ts
var NO_HISTORY = { baseline: null, points: [], warnings: [] };
async function runGate(ports, request) {
  const { config } = request;
  const history = ports.readHistory !== void 0 ? await ports.readHistory() : NO_HISTORY;
  const collected = await ports.readJobs(readOptionsFrom(config));
  const result = evaluateGate({
    jobs: collected.jobs,
    notices: collected.notices,
    errors: [...request.errors ?? [], ...collected.errors],
    config,
    baseline: history.baseline,
    ...history.monthBeforeKg !== void 0 ? { monthBeforeKg: history.monthBeforeKg } : {},
    warnings: history.warnings
  });
  return { ...result, history, collected };
}

// src/report/format-numbers.ts
var NOT_AVAILABLE = "n/a";
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
function formatScaled(value, units) {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  const smallest = units[0];
  if (value === 0) return `0 ${units.find((u) => u.factor === 1)?.symbol ?? smallest.symbol}`;
  const size = Math.abs(value);
  const unit = [...units].reverse().find((u) => roundSignificant(size / u.factor, 3) >= 1) ?? smallest;
  return `${formatAmount(value / unit.factor)} ${unit.symbol}`;
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
function formatMass(kg) {
  return formatScaled(kg, MASS_UNITS);
}
function formatEnergy(kWh) {
  return formatScaled(kWh, ENERGY_UNITS);
}
function formatSignedMass(kg) {
  const text = formatMass(kg);
  return kg > 0 && text !== NOT_AVAILABLE && !/^0 /.test(text) ? `+${text}` : text;
}
function formatPercent(percent) {
  if (!Number.isFinite(percent)) return NOT_AVAILABLE;
  const magnitude = Math.abs(roundSignificant(percent, 4));
  if (magnitude >= 1e3) return `${formatNumber(percent, 0)} %`;
  if (magnitude >= 1) return `${formatNumber(percent, 1)} %`;
  return `${formatAmount(percent)} %`;
}
function formatSignedPercent(percent) {
  const text = formatPercent(percent);
  return percent > 0 && text !== NOT_AVAILABLE && !/^0(\.0+)? %$/.test(text) ? `+${text}` : text;
}
function formatFraction(fraction) {
  return formatPercent(fraction * 100);
}
function formatIntensity(gPerKWh) {
  if (!Number.isFinite(gPerKWh)) return NOT_AVAILABLE;
  return `${formatDecimal(gPerKWh, Math.abs(gPerKWh) >= 100 ? 0 : 1)} g/kWh`;
}
function formatWholePercent(fraction) {
  if (!Number.isFinite(fraction)) return NOT_AVAILABLE;
  return `${formatNumber(fraction * 100, 0)} %`;
}

// src/report/escape.ts
var ZWSP = "\u200B";
var MAX_TEXT_LENGTH = 200;
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
var BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
function sanitizeText(untrusted, maxLength = MAX_TEXT_LENGTH) {
  const text = asText(untrusted);
  const line = text.replace(BIDI, "").replace(CONTROL, " ").replace(/\s+/g, " ").trim();
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
  }
}
function formatBudgetValue(budget, value) {
  return budget.unit === "%" ? formatSignedPercent(value) : formatMass(value);
}
function describeBudget(b) {
  const use = formatWholePercent(measureBudgetUse(b));
  const limit = formatBudgetValue(b, b.limit);
  const actual = formatBudgetValue(b, b.actual);
  switch (b.kind) {
    case "increase":
      return b.exceeded ? `${actual} vs. the baseline, over the ${limit} limit` : `${actual} vs. the baseline (limit ${limit})`;
    case "monthly":
      return b.exceeded ? `month so far ${actual}, over the ${limit} monthly budget` : `month so far ${use} of the ${limit} monthly budget`;
    case "run":
      return b.exceeded ? `over the ${limit} run budget (${use})` : `${use} of the ${limit} run budget`;
  }
}
function explainVerdict(report) {
  const parts = [];
  const errors = report.errors.length;
  if (errors > 0) parts.push(`${errors} input${errors === 1 ? "" : "s"} could not be used`);
  const exceeded = report.budgets.filter((b) => b.exceeded).sort((a, b) => Number(b.action === "fail") - Number(a.action === "fail"));
  const shown = exceeded.length > 0 ? exceeded : report.budgets.filter((b) => b === findTightestBudget(report.budgets));
  parts.push(...shown.map(describeBudget));
  if (report.budgets.length === 0) parts.push("no budget set");
  if (report.baseline !== null && !shown.some((b) => b.kind === "increase")) {
    parts.push(`${formatSignedPercent(report.baseline.deltaPercent)} vs. the baseline`);
  }
  return parts.join("; ");
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
function describeWater(jobs) {
  const measured = jobs.filter((j) => j.waterL !== void 0);
  if (measured.length === 0) return void 0;
  const litres = measured.reduce((sum, j) => sum + j.waterL, 0);
  const which = measured.length === jobs.length ? "all jobs" : `${measured.length} of ${jobs.length} jobs`;
  return `Water: ${formatAmount(litres)} L (measured by the tracker for ${which})`;
}
function shortSha(sha) {
  return typeof sha === "string" && /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7).toLowerCase() : void 0;
}

// src/core/json.ts
function toJsonText(value) {
  return `${JSON.stringify(value, null, 2)}
`;
}

// src/report/comment-sections.ts
var CO2E = "CO\u2082e";
function renderHeadline(report) {
  const { emoji, word } = styleVerdict(report.verdict);
  const total = formatMass(report.totals.totalKg);
  return `### ${emoji} ${word} \xB7 ${total} ${CO2E} \xB7 ${explainVerdict(report)}`;
}
function share(kg, totalKg) {
  return totalKg > 0 && Number.isFinite(kg) ? formatFraction(kg / totalKg) : "\u2013";
}
function renderTotals(report) {
  const t = report.totals;
  const { itKg, overheadKg } = splitOperational(report.totals, report.jobs);
  const modes = report.jobs.length > 0 ? ` (${describeOverheadModes(report.jobs)})` : "";
  return [
    `| Lifecycle part | Energy | ${CO2E} | Share |`,
    "|:--|--:|--:|--:|",
    `| Operational: IT hardware | ${formatEnergy(t.itEnergyKWh)} | ${formatMass(itKg)} | ${share(itKg, t.totalKg)} |`,
    `| Operational: facility overhead${modes} | ${formatEnergy(t.overheadKWh)} | ${formatMass(overheadKg)} | ${share(overheadKg, t.totalKg)} |`,
    `| Embodied hardware (amortised) | \u2013 | ${formatMass(t.embodiedKg)} | ${share(t.embodiedKg, t.totalKg)} |`,
    `| **Total** | **${formatEnergy(t.facilityEnergyKWh)}** | **${formatMass(t.totalKg)}** | |`,
    ...water(report)
  ].join("\n");
}
function water(report) {
  const line = describeWater(report.jobs);
  return line === void 0 ? [] : ["", `\u{1F4A7} ${line}`];
}
var BAR_CELLS = 10;
function renderUsageBar(fraction) {
  const filled = Number.isFinite(fraction) ? Math.min(BAR_CELLS, Math.max(0, Math.round(fraction * BAR_CELLS))) : BAR_CELLS;
  const percent = Number.isFinite(fraction) ? formatWholePercent(fraction) : "over";
  return `${"\u2593".repeat(filled)}${"\u2591".repeat(BAR_CELLS - filled)} ${percent}`;
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
    (b) => `| ${nameBudget(b)} | ${formatBudgetValue(b, b.limit)} | ${formatBudgetValue(b, b.actual)} | ${renderUsageBar(measureBudgetUse(b))} | ${describeStatus(b)} |`
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
  return `**Change vs. baseline${of}:** ${direction} ${formatSignedMass(b.deltaKg)} (${formatSignedPercent(b.deltaPercent)}), from ${formatMass(b.totalKg)} to ${formatMass(report.totals.totalKg)}.${extra}`;
}
function renderEnergy(report) {
  const t = report.totals;
  const jobs = report.jobs.length;
  return `**Energy:** ${formatEnergy(t.facilityEnergyKWh)} at the facility (${formatEnergy(t.itEnergyKWh)} IT + ${formatEnergy(t.overheadKWh)} overhead), ${jobs} job${jobs === 1 ? "" : "s"}.`;
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
    formatEnergy(job.itEnergyKWh),
    `${formatIntensity(job.intensityGPerKWh)}${note}`,
    describeOverhead(job),
    formatMass(job.totalKg)
  ];
  return `| ${cells.join(" | ")} |`;
}
function renderJobs(report, opts) {
  const jobs = sortJobsBySize(report.jobs);
  if (jobs.length === 0) return "**Jobs:** none.";
  if (opts.maxRows <= 0) {
    const n = jobs.length;
    return `**Jobs:** ${formatNumber(n, 0)} job${n === 1 ? "" : "s"}; the per-job table was left out to fit the size limit.`;
  }
  const shown = jobs.slice(0, opts.maxRows);
  const rest = jobs.slice(opts.maxRows);
  const rows = shown.map((j) => renderJobRow(j, opts));
  if (rest.length > 0) {
    const sum = sumJobs(rest);
    rows.push(
      `| \u2026 ${formatNumber(rest.length, 0)} more job${rest.length === 1 ? "" : "s"} | | | ${formatEnergy(sum.itEnergyKWh)} | | | ${formatMass(sum.totalKg)} |`
    );
  }
  return [
    `| Job | Format | Hardware | IT energy | Intensity | Overhead | ${CO2E} |`,
    "|:--|:--|:--|--:|:--|:--|--:|",
    ...rows
  ].join("\n");
}

// src/report/comment-context.ts
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
  if (report.equivalents.length === 0) return "";
  const lines = ["**Roughly the same as**", ""];
  const notes = [];
  report.equivalents.forEach((e, i) => {
    const amount = `**${formatAmount(e.amount)} ${escapeMarkdownText(e.unit, 30)}**`;
    const label = escapeMarkdownText(e.label, 100);
    const src = equivalentSource(asText(e.id), e.source);
    if (style === "footnotes") {
      lines.push(`- ${label}: ${amount}[^eq${i + 1}]`);
      notes.push(`[^eq${i + 1}]: ${src.footnote}`);
    } else {
      lines.push(`- ${label}: ${amount} (${src.link})`);
    }
  });
  return [...lines, ...notes.length > 0 ? ["", ...notes] : []].join("\n");
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
    const cell = style === "footnotes" ? `${label}[^ref${i + 1}]` : `${label}: ${source}`;
    if (style === "footnotes") notes.push(`[^ref${i + 1}]: ${source}${basis}`);
    rows.push(`| ${cell} | ${formatMass(r.totalKg)} | ${formatFraction(r.fraction)} |`);
  });
  return [
    "**Share of published totals**",
    "",
    `| Published figure | Its ${CO2E} | This run |`,
    "|:--|--:|--:|",
    ...rows,
    ...notes.length > 0 ? ["", ...notes] : []
  ].join("\n");
}
function formatAssumptionValue(value) {
  return typeof value === "number" ? formatDecimal(value, 6) : escapeMarkdownText(value, 80);
}
function renderAssumptions(report, max) {
  const items = report.assumptions;
  if (items.length === 0 || max <= 0) return "";
  const rows = items.slice(0, max).map((a) => {
    const unit = asText(a.unit).trim() !== "" ? ` ${escapeMarkdownText(a.unit, 40)}` : "";
    return `| ${escapeMarkdownText(a.name, 80)} | ${formatAssumptionValue(a.value)}${unit} | ${escapeMarkdownText(a.source, 200)} |`;
  });
  if (items.length > max) rows.push(`| \u2026 ${items.length - max} more | | |`);
  return [
    "<details>",
    `<summary>Assumptions (${items.length})</summary>`,
    "",
    "| Figure | Value | Source |",
    "|:--|--:|:--|",
    ...rows,
    "",
    "</details>"
  ].join("\n");
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
function renderWarnings(report, max) {
  const n = report.warnings.length;
  if (n === 0) return "";
  const title = `\u26A0\uFE0F ${n} warning${n === 1 ? "" : "s"}`;
  if (max <= 0) return `**${title}** (listed in the job summary and the log).`;
  return [
    "<details>",
    `<summary>${title}</summary>`,
    "",
    ...renderList(report.warnings, max),
    "",
    "</details>"
  ].join("\n");
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

export {
  measureBudgetUse,
  sumJobs,
  splitOperational,
  loadConfig,
  fallbackConfig,
  NO_HISTORY,
  runGate,
  formatNumber,
  formatAmount,
  formatMass,
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
  sortJobsBySize,
  describeOverhead,
  describeOverheadModes,
  describeWater,
  shortSha,
  toJsonText,
  CO2E,
  renderHeadline,
  renderTotals,
  renderBudgets,
  renderBaseline,
  renderEnergy,
  renderJobs,
  renderEquivalents,
  renderReferences,
  renderAssumptions,
  renderErrors,
  renderWarnings,
  measureChars,
  measureBytes,
  fitToLimit
};
