import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  ConfigError,
  isValidTimeZone
} from "./chunk-4VU3SNOR.js";

// src/config/quantities.ts
var NUMBER = String.raw`(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
var MASS = new RegExp(String.raw`^(${NUMBER})\s*([a-z]+)(\s*co2(?:e|eq)?)?$`, "i");
var PERCENT = new RegExp(String.raw`^(${NUMBER})\s*(%?)$`);
var DURATION = new RegExp(String.raw`^(${NUMBER})\s*([a-z]*)$`, "i");
var MASS_UNITS = {
  g: [1, 1e3],
  kg: [1, 1],
  t: [1e3, 1],
  tonne: [1e3, 1],
  tonnes: [1e3, 1]
};
var DURATION_UNITS = {
  ms: [1, 1e3],
  s: [1, 1],
  m: [60, 1],
  min: [60, 1],
  h: [3600, 1]
};
var MAX_MASS_KG = 1e12;
var MASS_HINT = "write it like 800g, 25kg or 1.2t";
function describeValue(value) {
  if (typeof value === "string") return JSON.stringify(excerpt(value));
  if (value === null || value === void 0) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (ArrayBuffer.isView(value)) return "binary data";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return String(value);
  }
  return typeof value;
}
var MAX_QUOTED = 60;
function excerpt(text) {
  const points = Array.from(text);
  return points.length <= MAX_QUOTED ? text : `${points.slice(0, MAX_QUOTED - 1).join("")}\u2026`;
}
function parseMass(text) {
  if (typeof text === "number") {
    throw new Error(`${describeValue(text)} has no unit: add a unit, e.g. ${String(text)}kg`);
  }
  if (typeof text !== "string")
    throw new Error(`${describeValue(text)} is not a mass; ${MASS_HINT}`);
  const t = text.trim();
  if (t.startsWith("-"))
    throw new Error(`${describeValue(text)} is negative: a budget must be more than 0`);
  if (new RegExp(`^${NUMBER}$`).test(t)) {
    throw new Error(`${describeValue(text)} has no unit: add a unit, e.g. ${t}kg`);
  }
  const m = MASS.exec(t);
  const unit = m?.[2]?.toLowerCase();
  if (unit === "ton" || unit === "tons") {
    throw new Error(
      `${describeValue(text)}: "${m?.[2] ?? unit}" is ambiguous (US short ton or metric tonne?); write t for metric tonnes, e.g. 1.2t`
    );
  }
  const factor = unit === void 0 ? void 0 : MASS_UNITS[unit];
  if (m === null || factor === void 0) {
    throw new Error(`${describeValue(text)} is not a mass; ${MASS_HINT}`);
  }
  const kg = Number(m[1]) * factor[0] / factor[1];
  if (!Number.isFinite(kg) || kg > MAX_MASS_KG) {
    throw new Error(`${describeValue(text)} is more than any plausible budget (the limit is 1e9 t)`);
  }
  if (kg === 0) {
    throw new Error(
      `${describeValue(text)} is zero: a budget must be more than 0 (remove it to have no budget)`
    );
  }
  return kg;
}
function parsePercent(text) {
  const value = parseFinite(text, PERCENT, "a percentage; write it like 10%");
  if (value < 0) throw new Error(`${describeValue(text)} is negative: a percentage must be \u2265 0`);
  return value;
}
function parseDurationSeconds(text) {
  const hint = "a duration; write it like 500ms, 60s or 2m";
  if (typeof text === "number") return checkDuration(text, text);
  if (typeof text !== "string") throw new Error(`${describeValue(text)} is not ${hint}`);
  const t = text.trim();
  if (t.startsWith("-"))
    throw new Error(`${describeValue(text)} is negative: a duration must be > 0`);
  const m = DURATION.exec(t);
  const unit = m?.[2] === void 0 || m[2] === "" ? "s" : m[2].toLowerCase();
  const factor = DURATION_UNITS[unit];
  if (m === null || factor === void 0) throw new Error(`${describeValue(text)} is not ${hint}`);
  return checkDuration(Number(m[1]) * factor[0] / factor[1], text);
}
function parsePollInterval(text) {
  const bare = typeof text === "number" ? text : typeof text === "string" ? bareNumber(text) : void 0;
  if (bare !== void 0) {
    const n = String(bare);
    throw new Error(
      `${n} has no unit: write ${n}ms or ${String(bare / 1e3)}s (dmon -d counts milliseconds)`
    );
  }
  return parseDurationSeconds(text);
}
function bareNumber(text) {
  const t = text.trim();
  return /^[+]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t) ? Number(t) : void 0;
}
function checkDuration(seconds, original) {
  if (!Number.isFinite(seconds))
    throw new Error(`${describeValue(original)} is not a finite duration`);
  if (seconds <= 0) throw new Error(`${describeValue(original)} must be more than 0`);
  return seconds;
}
var BOOLEAN_WORDS = ["true", "false", "yes", "no", "on", "off"].flatMap(
  (w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]
);
function parseBoolean(text) {
  if (typeof text === "boolean") return text;
  const t = typeof text === "string" ? text.trim() : void 0;
  if (t === void 0 || !BOOLEAN_WORDS.includes(t)) {
    throw new Error(`must be true or false, got ${describeValue(text)}`);
  }
  const lower = t.toLowerCase();
  return lower === "true" || lower === "yes" || lower === "on";
}
function parseNumber(text) {
  return parseFinite(text, new RegExp(`^(${NUMBER})$`), "a number");
}
function parseFinite(text, pattern, what) {
  if (typeof text === "number") {
    if (!Number.isFinite(text)) throw new Error(`${describeValue(text)} is not a finite number`);
    return text;
  }
  if (typeof text !== "string") throw new Error(`${describeValue(text)} is not ${what}`);
  const t = text.trim();
  const negative = t.startsWith("-");
  const m = pattern.exec(negative || t.startsWith("+") ? t.slice(1).trimStart() : t);
  if (m === null) throw new Error(`${describeValue(text)} is not ${what}`);
  const value = Number(m[1]);
  if (!Number.isFinite(value)) throw new Error(`${describeValue(text)} is not a finite number`);
  return negative ? -value : value;
}

// src/core/comment-layout.ts
var COMMENT_LAYOUTS = ["compact", "full"];

// src/model/settings.ts
var BLOOM_EMBODIED_SOURCE = "Luccioni, Viguier & Ligozat 2022 (BLOOM, arXiv 2211.02001) \xA74.1, figures from IDRIS";
var DEFAULT_HARDWARE = {
  gpuEmbodiedKg: 150,
  serverEmbodiedKg: 2500,
  gpusPerServer: 8,
  threadsPerServer: 128,
  lifetimeYears: 6,
  utilization: 0.85,
  gpus: {}
};
var THREADS_PER_SERVER_SOURCE = "default: a 2-socket, 64-core server";
var BLOOM_IDLE_RATIO_SOURCE = "BLOOM: 256,646 / 433,196 kWh (Luccioni et al. 2022 \xA74.3)";
var DEFAULT_OVERHEAD = { mode: "pue", idleRatio: 0.5924 };

// src/config/types.ts
var DEFAULT_CONFIG = {
  artifacts: [],
  onExceed: "fail",
  onIncrease: "warn",
  timezone: "UTC",
  overhead: DEFAULT_OVERHEAD,
  hardware: DEFAULT_HARDWARE,
  maxGapSeconds: 60,
  finalJobs: [],
  comment: true,
  commentLayout: "compact",
  commitStatus: false,
  ledger: "auto",
  ledgerBranch: "carbon-ledger",
  badge: true
};

// src/core/comment-key.ts
var COMMENT_KEY_RULE = "[A-Za-z0-9._][A-Za-z0-9_.:/-]{0,79}";
var MAX_COMMENT_KEY_LENGTH = 80;
var KEY = new RegExp(`^${COMMENT_KEY_RULE}$`);
function isCommentKey(text) {
  return KEY.test(text);
}
function asCommentKey(text) {
  if (!isCommentKey(text)) throw new Error(`${JSON.stringify(text)} is not a comment key`);
  return text;
}
function hashText(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
var DEFAULT_KEY = "default";
function defaultCommentKey(workflow, job) {
  const name = `${workflow}-${job}`.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[^a-z0-9]+|-+$/g, "");
  if (name === "") return asCommentKey("default");
  if (name.length <= MAX_COMMENT_KEY_LENGTH) return asCommentKey(name);
  const hash = hashText(name);
  return asCommentKey(`${name.slice(0, MAX_COMMENT_KEY_LENGTH - hash.length - 1)}-${hash}`);
}
function commentMarker(key) {
  return `<!-- carbon-gate:${asCommentKey(key)} -->`;
}

// src/core/edit-distance.ts
function measureEditDistance(a, b) {
  if (a === b) return 0;
  const rows = Array.from(
    { length: a.length + 1 },
    (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0)
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, rows[i - 2][j - 2] + 1);
      }
      rows[i][j] = d;
    }
  }
  return rows[a.length][b.length];
}

// src/model/data/cloud-intensity.ts
var CLOUD_SOURCES = {
  google: {
    tag: "Google 2023",
    year: 2023,
    source: "Google Cloud region-carbon-info 2023 (Apache-2.0) via CodeCarbon data/cloud/impact.csv (MIT)"
  },
  ccf: {
    tag: "Cloud Carbon Footprint 2024",
    year: 2024,
    source: "Cloud Carbon Footprint (Apache-2.0), 2024 snapshot"
  },
  "ml-co2-impact": {
    tag: "ML CO2 Impact 2019",
    year: 2019,
    source: "ML CO2 Impact (Lacoste et al. 2019) via CodeCarbon v2.0.0 data/cloud/impact.csv (MIT)"
  }
};
var CLOUD_INTENSITY = {
  "aws:ap-east-1": { gPerKWh: 702, source: "ml-co2-impact" },
  "aws:ap-northeast-1": { gPerKWh: 516, source: "ml-co2-impact" },
  "aws:ap-northeast-2": { gPerKWh: 517, source: "ml-co2-impact" },
  "aws:ap-northeast-3": { gPerKWh: 516, source: "ml-co2-impact" },
  "aws:ap-south-1": { gPerKWh: 920, source: "ml-co2-impact" },
  "aws:ap-southeast-1": { gPerKWh: 419, source: "ml-co2-impact" },
  "aws:ap-southeast-2": { gPerKWh: 802, source: "ml-co2-impact" },
  "aws:ca-central-1": { gPerKWh: 20, source: "ml-co2-impact" },
  "aws:cn-north-1": { gPerKWh: 680, source: "ml-co2-impact" },
  "aws:cn-northwest-1": { gPerKWh: 680, source: "ml-co2-impact" },
  "aws:eu-central-1": { gPerKWh: 311, source: "ccf" },
  "aws:eu-north-1": { gPerKWh: 8.8, source: "ccf" },
  "aws:eu-west-1": { gPerKWh: 278.6, source: "ccf" },
  "aws:eu-west-2": { gPerKWh: 225, source: "ccf" },
  "aws:eu-west-3": { gPerKWh: 51.1, source: "ccf" },
  "aws:sa-east-1": { gPerKWh: 205, source: "ml-co2-impact" },
  "aws:us-east-1": { gPerKWh: 379.069, source: "ccf" },
  "aws:us-east-2": { gPerKWh: 410.608, source: "ccf" },
  "aws:us-gov-east-1": { gPerKWh: 568.2, source: "ml-co2-impact" },
  "aws:us-gov-west-1": { gPerKWh: 297.6, source: "ml-co2-impact" },
  "aws:us-west-1": { gPerKWh: 322.167, source: "ccf" },
  "aws:us-west-2": { gPerKWh: 322.167, source: "ccf" },
  "azure:australiacentral": { gPerKWh: 900, source: "ml-co2-impact" },
  "azure:australiacentral2": { gPerKWh: 900, source: "ml-co2-impact" },
  "azure:australiaeast": { gPerKWh: 802, source: "ml-co2-impact" },
  "azure:australiasoutheast": { gPerKWh: 805, source: "ml-co2-impact" },
  "azure:brazilsouth": { gPerKWh: 205, source: "ml-co2-impact" },
  "azure:canadacentral": { gPerKWh: 69.3, source: "ml-co2-impact" },
  "azure:canadaeast": { gPerKWh: 20, source: "ml-co2-impact" },
  "azure:centralindia": { gPerKWh: 920, source: "ml-co2-impact" },
  "azure:centralus": { gPerKWh: 736.6, source: "ml-co2-impact" },
  "azure:eastasia": { gPerKWh: 702, source: "ml-co2-impact" },
  "azure:eastus": { gPerKWh: 367.8, source: "ml-co2-impact" },
  "azure:eastus2": { gPerKWh: 367.8, source: "ml-co2-impact" },
  "azure:francecentral": { gPerKWh: 51.28, source: "ccf" },
  "azure:francesouth": { gPerKWh: 105, source: "ml-co2-impact" },
  "azure:japaneast": { gPerKWh: 516, source: "ml-co2-impact" },
  "azure:japanwest": { gPerKWh: 516, source: "ml-co2-impact" },
  "azure:koreacentral": { gPerKWh: 517, source: "ml-co2-impact" },
  "azure:koreasouth": { gPerKWh: 517, source: "ml-co2-impact" },
  "azure:northcentralus": { gPerKWh: 568.2, source: "ml-co2-impact" },
  "azure:northeurope": { gPerKWh: 278.6, source: "ccf" },
  "azure:southafricanorth": { gPerKWh: 1009, source: "ml-co2-impact" },
  "azure:southafricawest": { gPerKWh: 1009, source: "ml-co2-impact" },
  "azure:southcentralus": { gPerKWh: 460.4, source: "ml-co2-impact" },
  "azure:southeastasia": { gPerKWh: 419, source: "ml-co2-impact" },
  "azure:southindia": { gPerKWh: 920, source: "ml-co2-impact" },
  "azure:swedencentral": { gPerKWh: 5.67, source: "ccf" },
  "azure:uksouth": { gPerKWh: 623, source: "ml-co2-impact" },
  "azure:ukwest": { gPerKWh: 623, source: "ml-co2-impact" },
  "azure:westcentralus": { gPerKWh: 297.6, source: "ml-co2-impact" },
  "azure:westeurope": { gPerKWh: 328.4, source: "ccf" },
  "azure:westindia": { gPerKWh: 920, source: "ml-co2-impact" },
  "azure:westus": { gPerKWh: 240.6, source: "ml-co2-impact" },
  "azure:westus2": { gPerKWh: 297.6, source: "ml-co2-impact" },
  "gcp:africa-south1": { gPerKWh: 646, source: "google" },
  "gcp:asia-east1": { gPerKWh: 451, source: "google" },
  "gcp:asia-east2": { gPerKWh: 360, source: "google" },
  "gcp:asia-northeast1": { gPerKWh: 459, source: "google" },
  "gcp:asia-northeast2": { gPerKWh: 385, source: "google" },
  "gcp:asia-northeast3": { gPerKWh: 378, source: "google" },
  "gcp:asia-south1": { gPerKWh: 648, source: "google" },
  "gcp:asia-south2": { gPerKWh: 529, source: "google" },
  "gcp:asia-southeast1": { gPerKWh: 369, source: "google" },
  "gcp:asia-southeast2": { gPerKWh: 580, source: "google" },
  "gcp:australia-southeast1": { gPerKWh: 501, source: "google" },
  "gcp:australia-southeast2": { gPerKWh: 456, source: "google" },
  "gcp:europe-central2": { gPerKWh: 723, source: "google" },
  "gcp:europe-north1": { gPerKWh: 46, source: "google" },
  "gcp:europe-southwest1": { gPerKWh: 131, source: "google" },
  "gcp:europe-west1": { gPerKWh: 122, source: "google" },
  "gcp:europe-west10": { gPerKWh: 345, source: "google" },
  "gcp:europe-west12": { gPerKWh: 249, source: "google" },
  "gcp:europe-west2": { gPerKWh: 136, source: "google" },
  "gcp:europe-west3": { gPerKWh: 345, source: "google" },
  "gcp:europe-west4": { gPerKWh: 236, source: "google" },
  "gcp:europe-west6": { gPerKWh: 59, source: "google" },
  "gcp:europe-west8": { gPerKWh: 249, source: "google" },
  "gcp:europe-west9": { gPerKWh: 34, source: "google" },
  "gcp:me-central1": { gPerKWh: 575, source: "google" },
  "gcp:me-central2": { gPerKWh: 569, source: "google" },
  "gcp:me-west1": { gPerKWh: 463, source: "google" },
  "gcp:northamerica-northeast1": { gPerKWh: 2, source: "google" },
  "gcp:northamerica-northeast2": { gPerKWh: 47, source: "google" },
  "gcp:southamerica-east1": { gPerKWh: 56, source: "google" },
  "gcp:southamerica-west1": { gPerKWh: 138, source: "google" },
  "gcp:us-central1": { gPerKWh: 430, source: "google" },
  "gcp:us-east1": { gPerKWh: 560, source: "google" },
  "gcp:us-east4": { gPerKWh: 322, source: "google" },
  "gcp:us-east5": { gPerKWh: 322, source: "google" },
  "gcp:us-south1": { gPerKWh: 321, source: "google" },
  "gcp:us-west1": { gPerKWh: 94, source: "google" },
  "gcp:us-west2": { gPerKWh: 198, source: "google" },
  "gcp:us-west3": { gPerKWh: 588, source: "google" },
  "gcp:us-west4": { gPerKWh: 373, source: "google" }
};

// src/model/data/country-codes.ts
var COUNTRY_CODES = {
  ABW: { alpha2: "AW", name: "Aruba" },
  AFG: { alpha2: "AF", name: "Afghanistan" },
  AGO: { alpha2: "AO", name: "Angola" },
  ALB: { alpha2: "AL", name: "Albania" },
  ARE: { alpha2: "AE", name: "United Arab Emirates" },
  ARG: { alpha2: "AR", name: "Argentina" },
  ARM: { alpha2: "AM", name: "Armenia" },
  ASM: { alpha2: "AS", name: "American Samoa" },
  ATG: { alpha2: "AG", name: "Antigua and Barbuda" },
  AUS: { alpha2: "AU", name: "Australia" },
  AUT: { alpha2: "AT", name: "Austria" },
  AZE: { alpha2: "AZ", name: "Azerbaijan" },
  BDI: { alpha2: "BI", name: "Burundi" },
  BEL: { alpha2: "BE", name: "Belgium" },
  BEN: { alpha2: "BJ", name: "Benin" },
  BFA: { alpha2: "BF", name: "Burkina Faso" },
  BGD: { alpha2: "BD", name: "Bangladesh" },
  BGR: { alpha2: "BG", name: "Bulgaria" },
  BHR: { alpha2: "BH", name: "Bahrain" },
  BHS: { alpha2: "BS", name: "Bahamas" },
  BIH: { alpha2: "BA", name: "Bosnia and Herzegovina" },
  BLR: { alpha2: "BY", name: "Belarus" },
  BLZ: { alpha2: "BZ", name: "Belize" },
  BMU: { alpha2: "BM", name: "Bermuda" },
  BOL: { alpha2: "BO", name: "Bolivia" },
  BRA: { alpha2: "BR", name: "Brazil" },
  BRB: { alpha2: "BB", name: "Barbados" },
  BRN: { alpha2: "BN", name: "Brunei" },
  BTN: { alpha2: "BT", name: "Bhutan" },
  BWA: { alpha2: "BW", name: "Botswana" },
  CAF: { alpha2: "CF", name: "Central African Republic" },
  CAN: { alpha2: "CA", name: "Canada" },
  CHE: { alpha2: "CH", name: "Switzerland" },
  CHL: { alpha2: "CL", name: "Chile" },
  CHN: { alpha2: "CN", name: "China" },
  CIV: { alpha2: "CI", name: "Cote d'Ivoire" },
  CMR: { alpha2: "CM", name: "Cameroon" },
  COD: { alpha2: "CD", name: "Democratic Republic of Congo" },
  COG: { alpha2: "CG", name: "Congo" },
  COK: { alpha2: "CK", name: "Cook Islands" },
  COL: { alpha2: "CO", name: "Colombia" },
  COM: { alpha2: "KM", name: "Comoros" },
  CPV: { alpha2: "CV", name: "Cape Verde" },
  CRI: { alpha2: "CR", name: "Costa Rica" },
  CUB: { alpha2: "CU", name: "Cuba" },
  CYM: { alpha2: "KY", name: "Cayman Islands" },
  CYP: { alpha2: "CY", name: "Cyprus" },
  CZE: { alpha2: "CZ", name: "Czechia" },
  DEU: { alpha2: "DE", name: "Germany" },
  DJI: { alpha2: "DJ", name: "Djibouti" },
  DMA: { alpha2: "DM", name: "Dominica" },
  DNK: { alpha2: "DK", name: "Denmark" },
  DOM: { alpha2: "DO", name: "Dominican Republic" },
  DZA: { alpha2: "DZ", name: "Algeria" },
  ECU: { alpha2: "EC", name: "Ecuador" },
  EGY: { alpha2: "EG", name: "Egypt" },
  ERI: { alpha2: "ER", name: "Eritrea" },
  ESH: { alpha2: "EH", name: "Western Sahara" },
  ESP: { alpha2: "ES", name: "Spain" },
  EST: { alpha2: "EE", name: "Estonia" },
  ETH: { alpha2: "ET", name: "Ethiopia" },
  FIN: { alpha2: "FI", name: "Finland" },
  FJI: { alpha2: "FJ", name: "Fiji" },
  FLK: { alpha2: "FK", name: "Falkland Islands" },
  FRA: { alpha2: "FR", name: "France" },
  FRO: { alpha2: "FO", name: "Faeroe Islands" },
  GAB: { alpha2: "GA", name: "Gabon" },
  GBR: { alpha2: "GB", name: "United Kingdom" },
  GEO: { alpha2: "GE", name: "Georgia" },
  GHA: { alpha2: "GH", name: "Ghana" },
  GIB: { alpha2: "GI", name: "Gibraltar" },
  GIN: { alpha2: "GN", name: "Guinea" },
  GLP: { alpha2: "GP", name: "Guadeloupe" },
  GMB: { alpha2: "GM", name: "Gambia" },
  GNB: { alpha2: "GW", name: "Guinea-Bissau" },
  GNQ: { alpha2: "GQ", name: "Equatorial Guinea" },
  GRC: { alpha2: "GR", name: "Greece" },
  GRD: { alpha2: "GD", name: "Grenada" },
  GRL: { alpha2: "GL", name: "Greenland" },
  GTM: { alpha2: "GT", name: "Guatemala" },
  GUF: { alpha2: "GF", name: "French Guiana" },
  GUM: { alpha2: "GU", name: "Guam" },
  GUY: { alpha2: "GY", name: "Guyana" },
  HKG: { alpha2: "HK", name: "Hong Kong" },
  HND: { alpha2: "HN", name: "Honduras" },
  HRV: { alpha2: "HR", name: "Croatia" },
  HTI: { alpha2: "HT", name: "Haiti" },
  HUN: { alpha2: "HU", name: "Hungary" },
  IDN: { alpha2: "ID", name: "Indonesia" },
  IND: { alpha2: "IN", name: "India" },
  IRL: { alpha2: "IE", name: "Ireland" },
  IRN: { alpha2: "IR", name: "Iran" },
  IRQ: { alpha2: "IQ", name: "Iraq" },
  ISL: { alpha2: "IS", name: "Iceland" },
  ISR: { alpha2: "IL", name: "Israel" },
  ITA: { alpha2: "IT", name: "Italy" },
  JAM: { alpha2: "JM", name: "Jamaica" },
  JOR: { alpha2: "JO", name: "Jordan" },
  JPN: { alpha2: "JP", name: "Japan" },
  KAZ: { alpha2: "KZ", name: "Kazakhstan" },
  KEN: { alpha2: "KE", name: "Kenya" },
  KGZ: { alpha2: "KG", name: "Kyrgyzstan" },
  KHM: { alpha2: "KH", name: "Cambodia" },
  KIR: { alpha2: "KI", name: "Kiribati" },
  KNA: { alpha2: "KN", name: "Saint Kitts and Nevis" },
  KOR: { alpha2: "KR", name: "South Korea" },
  KWT: { alpha2: "KW", name: "Kuwait" },
  LAO: { alpha2: "LA", name: "Laos" },
  LBN: { alpha2: "LB", name: "Lebanon" },
  LBR: { alpha2: "LR", name: "Liberia" },
  LBY: { alpha2: "LY", name: "Libya" },
  LCA: { alpha2: "LC", name: "Saint Lucia" },
  LKA: { alpha2: "LK", name: "Sri Lanka" },
  LSO: { alpha2: "LS", name: "Lesotho" },
  LTU: { alpha2: "LT", name: "Lithuania" },
  LUX: { alpha2: "LU", name: "Luxembourg" },
  LVA: { alpha2: "LV", name: "Latvia" },
  MAC: { alpha2: "MO", name: "Macao" },
  MAR: { alpha2: "MA", name: "Morocco" },
  MDA: { alpha2: "MD", name: "Moldova" },
  MDG: { alpha2: "MG", name: "Madagascar" },
  MDV: { alpha2: "MV", name: "Maldives" },
  MEX: { alpha2: "MX", name: "Mexico" },
  MKD: { alpha2: "MK", name: "North Macedonia" },
  MLI: { alpha2: "ML", name: "Mali" },
  MLT: { alpha2: "MT", name: "Malta" },
  MMR: { alpha2: "MM", name: "Myanmar" },
  MNE: { alpha2: "ME", name: "Montenegro" },
  MNG: { alpha2: "MN", name: "Mongolia" },
  MOZ: { alpha2: "MZ", name: "Mozambique" },
  MRT: { alpha2: "MR", name: "Mauritania" },
  MSR: { alpha2: "MS", name: "Montserrat" },
  MTQ: { alpha2: "MQ", name: "Martinique" },
  MUS: { alpha2: "MU", name: "Mauritius" },
  MWI: { alpha2: "MW", name: "Malawi" },
  MYS: { alpha2: "MY", name: "Malaysia" },
  NAM: { alpha2: "NA", name: "Namibia" },
  NCL: { alpha2: "NC", name: "New Caledonia" },
  NER: { alpha2: "NE", name: "Niger" },
  NGA: { alpha2: "NG", name: "Nigeria" },
  NIC: { alpha2: "NI", name: "Nicaragua" },
  NLD: { alpha2: "NL", name: "Netherlands" },
  NOR: { alpha2: "NO", name: "Norway" },
  NPL: { alpha2: "NP", name: "Nepal" },
  NRU: { alpha2: "NR", name: "Nauru" },
  NZL: { alpha2: "NZ", name: "New Zealand" },
  OMN: { alpha2: "OM", name: "Oman" },
  PAK: { alpha2: "PK", name: "Pakistan" },
  PAN: { alpha2: "PA", name: "Panama" },
  PER: { alpha2: "PE", name: "Peru" },
  PHL: { alpha2: "PH", name: "Philippines" },
  PNG: { alpha2: "PG", name: "Papua New Guinea" },
  POL: { alpha2: "PL", name: "Poland" },
  PRI: { alpha2: "PR", name: "Puerto Rico" },
  PRK: { alpha2: "KP", name: "North Korea" },
  PRT: { alpha2: "PT", name: "Portugal" },
  PRY: { alpha2: "PY", name: "Paraguay" },
  PSE: { alpha2: "PS", name: "Palestine" },
  PYF: { alpha2: "PF", name: "French Polynesia" },
  QAT: { alpha2: "QA", name: "Qatar" },
  REU: { alpha2: "RE", name: "Reunion" },
  ROU: { alpha2: "RO", name: "Romania" },
  RUS: { alpha2: "RU", name: "Russia" },
  RWA: { alpha2: "RW", name: "Rwanda" },
  SAU: { alpha2: "SA", name: "Saudi Arabia" },
  SDN: { alpha2: "SD", name: "Sudan" },
  SEN: { alpha2: "SN", name: "Senegal" },
  SGP: { alpha2: "SG", name: "Singapore" },
  SHN: { alpha2: "SH", name: "Saint Helena" },
  SLB: { alpha2: "SB", name: "Solomon Islands" },
  SLE: { alpha2: "SL", name: "Sierra Leone" },
  SLV: { alpha2: "SV", name: "El Salvador" },
  SOM: { alpha2: "SO", name: "Somalia" },
  SPM: { alpha2: "PM", name: "Saint Pierre and Miquelon" },
  SRB: { alpha2: "RS", name: "Serbia" },
  SSD: { alpha2: "SS", name: "South Sudan" },
  STP: { alpha2: "ST", name: "Sao Tome and Principe" },
  SUR: { alpha2: "SR", name: "Suriname" },
  SVK: { alpha2: "SK", name: "Slovakia" },
  SVN: { alpha2: "SI", name: "Slovenia" },
  SWE: { alpha2: "SE", name: "Sweden" },
  SWZ: { alpha2: "SZ", name: "Eswatini" },
  SYC: { alpha2: "SC", name: "Seychelles" },
  SYR: { alpha2: "SY", name: "Syria" },
  TCA: { alpha2: "TC", name: "Turks and Caicos Islands" },
  TCD: { alpha2: "TD", name: "Chad" },
  TGO: { alpha2: "TG", name: "Togo" },
  THA: { alpha2: "TH", name: "Thailand" },
  TJK: { alpha2: "TJ", name: "Tajikistan" },
  TKM: { alpha2: "TM", name: "Turkmenistan" },
  TLS: { alpha2: "TL", name: "East Timor" },
  TON: { alpha2: "TO", name: "Tonga" },
  TTO: { alpha2: "TT", name: "Trinidad and Tobago" },
  TUN: { alpha2: "TN", name: "Tunisia" },
  TUR: { alpha2: "TR", name: "Turkey" },
  TWN: { alpha2: "TW", name: "Taiwan" },
  TZA: { alpha2: "TZ", name: "Tanzania" },
  UGA: { alpha2: "UG", name: "Uganda" },
  UKR: { alpha2: "UA", name: "Ukraine" },
  URY: { alpha2: "UY", name: "Uruguay" },
  USA: { alpha2: "US", name: "United States" },
  UZB: { alpha2: "UZ", name: "Uzbekistan" },
  VCT: { alpha2: "VC", name: "Saint Vincent and the Grenadines" },
  VEN: { alpha2: "VE", name: "Venezuela" },
  VGB: { alpha2: "VG", name: "British Virgin Islands" },
  VIR: { alpha2: "VI", name: "United States Virgin Islands" },
  VNM: { alpha2: "VN", name: "Vietnam" },
  VUT: { alpha2: "VU", name: "Vanuatu" },
  WSM: { alpha2: "WS", name: "Samoa" },
  YEM: { alpha2: "YE", name: "Yemen" },
  ZAF: { alpha2: "ZA", name: "South Africa" },
  ZMB: { alpha2: "ZM", name: "Zambia" },
  ZWE: { alpha2: "ZW", name: "Zimbabwe" }
};

// src/model/data/grid-intensity.ts
var GRID_SOURCE = "Ember/Our World in Data via CodeCarbon global_energy_mix.json (CC BY 4.0)";
var GRID_SOURCE_TAG = "Ember/OWID";
var WORLD_AVERAGE_G_PER_KWH = 475;
var WORLD_AVERAGE_YEAR = 2019;
var WORLD_AVERAGE_SOURCE = "IEA Global Energy & CO2 Status Report 2019, as used by CodeCarbon and Green Algorithms";
var GRID_INTENSITY = {
  ABW: { gPerKWh: 561.22, year: 2022, name: "Aruba" },
  AFG: { gPerKWh: 132.53, year: 2022, name: "Afghanistan" },
  AGO: { gPerKWh: 174.73, year: 2022, name: "Angola" },
  ALB: { gPerKWh: 24.29, year: 2022, name: "Albania" },
  ARE: { gPerKWh: 561.14, year: 2022, name: "United Arab Emirates" },
  ARG: { gPerKWh: 354.1, year: 2023, name: "Argentina" },
  ARM: { gPerKWh: 264.54, year: 2022, name: "Armenia" },
  ASM: { gPerKWh: 611.11, year: 2022, name: "American Samoa" },
  ATG: { gPerKWh: 611.11, year: 2022, name: "Antigua and Barbuda" },
  AUS: { gPerKWh: 548.69, year: 2023, name: "Australia" },
  AUT: { gPerKWh: 110.81, year: 2023, name: "Austria" },
  AZE: { gPerKWh: 671.39, year: 2022, name: "Azerbaijan" },
  BDI: { gPerKWh: 250, year: 2022, name: "Burundi" },
  BEL: { gPerKWh: 138.11, year: 2023, name: "Belgium" },
  BEN: { gPerKWh: 584.07, year: 2022, name: "Benin" },
  BFA: { gPerKWh: 467.53, year: 2022, name: "Burkina Faso" },
  BGD: { gPerKWh: 691.41, year: 2023, name: "Bangladesh" },
  BGR: { gPerKWh: 335.33, year: 2023, name: "Bulgaria" },
  BHR: { gPerKWh: 904.62, year: 2022, name: "Bahrain" },
  BHS: { gPerKWh: 660.1, year: 2022, name: "Bahamas" },
  BIH: { gPerKWh: 600, year: 2023, name: "Bosnia and Herzegovina" },
  BLR: { gPerKWh: 441.74, year: 2022, name: "Belarus" },
  BLZ: { gPerKWh: 225.81, year: 2022, name: "Belize" },
  BMU: { gPerKWh: 650.79, year: 2022, name: "Bermuda" },
  BOL: { gPerKWh: 531.69, year: 2023, name: "Bolivia" },
  BRA: { gPerKWh: 98.35, year: 2023, name: "Brazil" },
  BRB: { gPerKWh: 605.51, year: 2022, name: "Barbados" },
  BRN: { gPerKWh: 893.91, year: 2022, name: "Brunei" },
  BTN: { gPerKWh: 23.33, year: 2022, name: "Bhutan" },
  BWA: { gPerKWh: 847.91, year: 2022, name: "Botswana" },
  CAN: { gPerKWh: 170.04, year: 2023, name: "Canada" },
  CHE: { gPerKWh: 34.84, year: 2023, name: "Switzerland" },
  CHL: { gPerKWh: 291.11, year: 2023, name: "Chile" },
  CHN: { gPerKWh: 582.32, year: 2023, name: "China" },
  CIV: { gPerKWh: 393.89, year: 2022, name: "Cote d'Ivoire" },
  CMR: { gPerKWh: 305.42, year: 2022, name: "Cameroon" },
  COD: { gPerKWh: 24.46, year: 2022, name: "Democratic Republic of Congo" },
  COG: { gPerKWh: 700, year: 2022, name: "Congo" },
  COK: { gPerKWh: 250, year: 2022, name: "Cook Islands" },
  COL: { gPerKWh: 259.51, year: 2023, name: "Colombia" },
  COM: { gPerKWh: 642.86, year: 2022, name: "Comoros" },
  CPV: { gPerKWh: 558.14, year: 2022, name: "Cape Verde" },
  CRI: { gPerKWh: 53.38, year: 2023, name: "Costa Rica" },
  CUB: { gPerKWh: 637.61, year: 2022, name: "Cuba" },
  CYM: { gPerKWh: 642.86, year: 2022, name: "Cayman Islands" },
  CYP: { gPerKWh: 534.32, year: 2023, name: "Cyprus" },
  CZE: { gPerKWh: 449.72, year: 2023, name: "Czechia" },
  DEU: { gPerKWh: 380.95, year: 2023, name: "Germany" },
  DJI: { gPerKWh: 692.31, year: 2022, name: "Djibouti" },
  DMA: { gPerKWh: 529.41, year: 2022, name: "Dominica" },
  DNK: { gPerKWh: 151.65, year: 2023, name: "Denmark" },
  DOM: { gPerKWh: 580.78, year: 2022, name: "Dominican Republic" },
  DZA: { gPerKWh: 634.61, year: 2022, name: "Algeria" },
  ECU: { gPerKWh: 150.22, year: 2023, name: "Ecuador" },
  EGY: { gPerKWh: 570.31, year: 2023, name: "Egypt" },
  ERI: { gPerKWh: 631.58, year: 2022, name: "Eritrea" },
  ESH: { gPerKWh: 666.67, year: 2009, name: "Western Sahara" },
  ESP: { gPerKWh: 174.05, year: 2023, name: "Spain" },
  EST: { gPerKWh: 416.67, year: 2023, name: "Estonia" },
  ETH: { gPerKWh: 24.64, year: 2022, name: "Ethiopia" },
  FIN: { gPerKWh: 79.16, year: 2023, name: "Finland" },
  FJI: { gPerKWh: 288.46, year: 2022, name: "Fiji" },
  FLK: { gPerKWh: 500, year: 2022, name: "Falkland Islands" },
  FRA: { gPerKWh: 56.04, year: 2023, name: "France" },
  FRO: { gPerKWh: 404.76, year: 2022, name: "Faroe Islands" },
  GAB: { gPerKWh: 491.6, year: 2022, name: "Gabon" },
  GBR: { gPerKWh: 237.59, year: 2023, name: "United Kingdom" },
  GEO: { gPerKWh: 167.59, year: 2023, name: "Georgia" },
  GHA: { gPerKWh: 484, year: 2022, name: "Ghana" },
  GIB: { gPerKWh: 600, year: 2022, name: "Gibraltar" },
  GIN: { gPerKWh: 236.84, year: 2022, name: "Guinea" },
  GLP: { gPerKWh: 500, year: 2021, name: "Guadeloupe" },
  GMB: { gPerKWh: 666.67, year: 2022, name: "Gambia" },
  GNB: { gPerKWh: 625, year: 2022, name: "Guinea-Bissau" },
  GNQ: { gPerKWh: 591.84, year: 2022, name: "Equatorial Guinea" },
  GRC: { gPerKWh: 336.57, year: 2023, name: "Greece" },
  GRD: { gPerKWh: 640, year: 2022, name: "Grenada" },
  GRL: { gPerKWh: 178.57, year: 2022, name: "Greenland" },
  GTM: { gPerKWh: 328.27, year: 2022, name: "Guatemala" },
  GUF: { gPerKWh: 217.82, year: 2021, name: "French Guiana" },
  GUM: { gPerKWh: 622.86, year: 2022, name: "Guam" },
  GUY: { gPerKWh: 640.35, year: 2022, name: "Guyana" },
  HKG: { gPerKWh: 699.5, year: 2022, name: "Hong Kong" },
  HND: { gPerKWh: 282.27, year: 2022, name: "Honduras" },
  HRV: { gPerKWh: 204.96, year: 2023, name: "Croatia" },
  HTI: { gPerKWh: 567.31, year: 2022, name: "Haiti" },
  HUN: { gPerKWh: 204.19, year: 2023, name: "Hungary" },
  IDN: { gPerKWh: 675.93, year: 2022, name: "Indonesia" },
  IND: { gPerKWh: 713.44, year: 2023, name: "India" },
  IRL: { gPerKWh: 290.81, year: 2023, name: "Ireland" },
  IRN: { gPerKWh: 655.13, year: 2023, name: "Iran" },
  IRQ: { gPerKWh: 688.81, year: 2022, name: "Iraq" },
  ISL: { gPerKWh: 27.68, year: 2022, name: "Iceland" },
  ISR: { gPerKWh: 582.93, year: 2022, name: "Israel" },
  ITA: { gPerKWh: 330.72, year: 2023, name: "Italy" },
  JAM: { gPerKWh: 555.56, year: 2022, name: "Jamaica" },
  JOR: { gPerKWh: 540.92, year: 2022, name: "Jordan" },
  JPN: { gPerKWh: 485.39, year: 2023, name: "Japan" },
  KAZ: { gPerKWh: 821.39, year: 2023, name: "Kazakhstan" },
  KEN: { gPerKWh: 70.49, year: 2023, name: "Kenya" },
  KGZ: { gPerKWh: 147.29, year: 2022, name: "Kyrgyzstan" },
  KHM: { gPerKWh: 417.71, year: 2022, name: "Cambodia" },
  KIR: { gPerKWh: 666.67, year: 2022, name: "Kiribati" },
  KNA: { gPerKWh: 636.36, year: 2022, name: "Saint Kitts and Nevis" },
  KOR: { gPerKWh: 430.57, year: 2023, name: "South Korea" },
  KWT: { gPerKWh: 649.16, year: 2023, name: "Kuwait" },
  LAO: { gPerKWh: 265.51, year: 2022, name: "Laos" },
  LBN: { gPerKWh: 599.01, year: 2022, name: "Lebanon" },
  LBR: { gPerKWh: 227.85, year: 2022, name: "Liberia" },
  LBY: { gPerKWh: 818.69, year: 2022, name: "Libya" },
  LCA: { gPerKWh: 666.67, year: 2022, name: "Saint Lucia" },
  LKA: { gPerKWh: 509.78, year: 2022, name: "Sri Lanka" },
  LSO: { gPerKWh: 20, year: 2022, name: "Lesotho" },
  LTU: { gPerKWh: 160.07, year: 2023, name: "Lithuania" },
  LUX: { gPerKWh: 105.26, year: 2023, name: "Luxembourg" },
  LVA: { gPerKWh: 123.2, year: 2023, name: "Latvia" },
  MAC: { gPerKWh: 448.98, year: 2022, name: "Macao" },
  MAR: { gPerKWh: 630.01, year: 2023, name: "Morocco" },
  MDA: { gPerKWh: 643.46, year: 2023, name: "Moldova" },
  MDG: { gPerKWh: 436.44, year: 2022, name: "Madagascar" },
  MDV: { gPerKWh: 611.77, year: 2022, name: "Maldives" },
  MEX: { gPerKWh: 507.25, year: 2023, name: "Mexico" },
  MKD: { gPerKWh: 565.35, year: 2023, name: "North Macedonia" },
  MLI: { gPerKWh: 408, year: 2022, name: "Mali" },
  MLT: { gPerKWh: 459.14, year: 2023, name: "Malta" },
  MMR: { gPerKWh: 398.9, year: 2023, name: "Myanmar" },
  MNE: { gPerKWh: 417.07, year: 2023, name: "Montenegro" },
  MNG: { gPerKWh: 775.31, year: 2023, name: "Mongolia" },
  MOZ: { gPerKWh: 135.65, year: 2022, name: "Mozambique" },
  MRT: { gPerKWh: 464.71, year: 2022, name: "Mauritania" },
  MSR: { gPerKWh: 1e3, year: 2022, name: "Montserrat" },
  MTQ: { gPerKWh: 523.18, year: 2021, name: "Martinique" },
  MUS: { gPerKWh: 632.48, year: 2022, name: "Mauritius" },
  MWI: { gPerKWh: 66.67, year: 2022, name: "Malawi" },
  MYS: { gPerKWh: 605.83, year: 2022, name: "Malaysia" },
  NAM: { gPerKWh: 59.26, year: 2022, name: "Namibia" },
  NCL: { gPerKWh: 660.58, year: 2022, name: "New Caledonia" },
  NER: { gPerKWh: 670.89, year: 2022, name: "Niger" },
  NGA: { gPerKWh: 523.25, year: 2023, name: "Nigeria" },
  NIC: { gPerKWh: 265.12, year: 2022, name: "Nicaragua" },
  NLD: { gPerKWh: 267.62, year: 2023, name: "Netherlands" },
  NOR: { gPerKWh: 30.08, year: 2023, name: "Norway" },
  NPL: { gPerKWh: 24.44, year: 2022, name: "Nepal" },
  NRU: { gPerKWh: 750, year: 2022, name: "Nauru" },
  NZL: { gPerKWh: 112.76, year: 2023, name: "New Zealand" },
  OMN: { gPerKWh: 564.64, year: 2023, name: "Oman" },
  PAK: { gPerKWh: 440.61, year: 2023, name: "Pakistan" },
  PAN: { gPerKWh: 161.68, year: 2022, name: "Panama" },
  PER: { gPerKWh: 266.48, year: 2023, name: "Peru" },
  PHL: { gPerKWh: 610.69, year: 2023, name: "Philippines" },
  PNG: { gPerKWh: 507.25, year: 2022, name: "Papua New Guinea" },
  POL: { gPerKWh: 661.93, year: 2023, name: "Poland" },
  PRI: { gPerKWh: 678.74, year: 2022, name: "Puerto Rico" },
  PRK: { gPerKWh: 389.59, year: 2022, name: "North Korea" },
  PRT: { gPerKWh: 165.55, year: 2023, name: "Portugal" },
  PRY: { gPerKWh: 23.76, year: 2023, name: "Paraguay" },
  PSE: { gPerKWh: 516.13, year: 2022, name: "Palestine" },
  PYF: { gPerKWh: 442.86, year: 2022, name: "French Polynesia" },
  QAT: { gPerKWh: 602.5, year: 2023, name: "Qatar" },
  REU: { gPerKWh: 572.82, year: 2021, name: "Reunion" },
  ROU: { gPerKWh: 240.58, year: 2023, name: "Romania" },
  RUS: { gPerKWh: 441.04, year: 2023, name: "Russia" },
  RWA: { gPerKWh: 316.33, year: 2022, name: "Rwanda" },
  SAU: { gPerKWh: 706.79, year: 2022, name: "Saudi Arabia" },
  SDN: { gPerKWh: 263.16, year: 2022, name: "Sudan" },
  SEN: { gPerKWh: 511.6, year: 2022, name: "Senegal" },
  SGP: { gPerKWh: 470.78, year: 2023, name: "Singapore" },
  SHN: { gPerKWh: 1e3, year: 2022, name: "Saint Helena" },
  SLB: { gPerKWh: 700, year: 2022, name: "Solomon Islands" },
  SLE: { gPerKWh: 50, year: 2022, name: "Sierra Leone" },
  SLV: { gPerKWh: 271.47, year: 2023, name: "El Salvador" },
  SOM: { gPerKWh: 578.95, year: 2022, name: "Somalia" },
  SPM: { gPerKWh: 600, year: 2022, name: "Saint Pierre and Miquelon" },
  SRB: { gPerKWh: 636.06, year: 2023, name: "Serbia" },
  SSD: { gPerKWh: 629.03, year: 2022, name: "South Sudan" },
  STP: { gPerKWh: 642.86, year: 2022, name: "Sao Tome and Principe" },
  SUR: { gPerKWh: 349.28, year: 2022, name: "Suriname" },
  SVK: { gPerKWh: 116.77, year: 2023, name: "Slovakia" },
  SVN: { gPerKWh: 231.28, year: 2023, name: "Slovenia" },
  SWE: { gPerKWh: 40.7, year: 2023, name: "Sweden" },
  SWZ: { gPerKWh: 172.41, year: 2022, name: "Eswatini" },
  SYC: { gPerKWh: 564.52, year: 2022, name: "Seychelles" },
  SYR: { gPerKWh: 701.66, year: 2022, name: "Syria" },
  TCA: { gPerKWh: 653.85, year: 2022, name: "Turks and Caicos Islands" },
  TCD: { gPerKWh: 628.57, year: 2022, name: "Chad" },
  TGO: { gPerKWh: 443.18, year: 2022, name: "Togo" },
  THA: { gPerKWh: 549.58, year: 2023, name: "Thailand" },
  TJK: { gPerKWh: 116.86, year: 2022, name: "Tajikistan" },
  TKM: { gPerKWh: 1306.03, year: 2022, name: "Turkmenistan" },
  TLS: { gPerKWh: 666.67, year: 2022, name: "East Timor" },
  TON: { gPerKWh: 625, year: 2022, name: "Tonga" },
  TTO: { gPerKWh: 681.53, year: 2022, name: "Trinidad and Tobago" },
  TUN: { gPerKWh: 563.96, year: 2023, name: "Tunisia" },
  TUR: { gPerKWh: 464.59, year: 2023, name: "Turkey" },
  TWN: { gPerKWh: 642.38, year: 2023, name: "Taiwan" },
  TZA: { gPerKWh: 339.25, year: 2022, name: "Tanzania" },
  UGA: { gPerKWh: 44.53, year: 2022, name: "Uganda" },
  UKR: { gPerKWh: 259.69, year: 2022, name: "Ukraine" },
  URY: { gPerKWh: 128.79, year: 2023, name: "Uruguay" },
  USA: { gPerKWh: 369.47, year: 2023, name: "United States" },
  UZB: { gPerKWh: 1167.6, year: 2022, name: "Uzbekistan" },
  VCT: { gPerKWh: 529.41, year: 2022, name: "Saint Vincent and the Grenadines" },
  VEN: { gPerKWh: 185.8, year: 2022, name: "Venezuela" },
  VGB: { gPerKWh: 647.06, year: 2022, name: "British Virgin Islands" },
  VIR: { gPerKWh: 632.35, year: 2022, name: "United States Virgin Islands" },
  VNM: { gPerKWh: 475.45, year: 2023, name: "Vietnam" },
  VUT: { gPerKWh: 571.43, year: 2022, name: "Vanuatu" },
  WSM: { gPerKWh: 473.68, year: 2022, name: "Samoa" },
  YEM: { gPerKWh: 566.1, year: 2022, name: "Yemen" },
  ZAF: { gPerKWh: 707.69, year: 2023, name: "South Africa" },
  ZMB: { gPerKWh: 111.97, year: 2022, name: "Zambia" },
  ZWE: { gPerKWh: 297.87, year: 2022, name: "Zimbabwe" }
};

// src/model/data/pue-defaults.ts
var PUE_SOURCE = "Green Algorithms v3.0 defaults_PUE.csv (CC BY 4.0)";
var PUE_DEFAULTS = {
  unknown: { pue: 1.56, basis: "Uptime Institute Global Data Center Survey 2024" },
  gcp: { pue: 1.12, basis: "Nutanix, 2023" },
  aws: { pue: 1.2, basis: "Nutanix, 2023" },
  azure: { pue: 1.12, basis: "Nutanix, 2023" },
  ovhcloud: { pue: 1.09, basis: "Nutanix, 2023" },
  oracle: { pue: 1.2, basis: "Nutanix, 2023" }
};

// src/model/intensity-data.ts
var WORLD_AVERAGE = {
  gPerKWh: WORLD_AVERAGE_G_PER_KWH,
  label: `World average, IEA ${WORLD_AVERAGE_YEAR}`,
  source: WORLD_AVERAGE_SOURCE,
  year: WORLD_AVERAGE_YEAR
};
var PROVIDER_ALIASES = /* @__PURE__ */ new Map([
  ["google", "gcp"],
  ["google cloud", "gcp"],
  ["google cloud platform", "gcp"],
  ["gce", "gcp"],
  ["amazon", "aws"],
  ["amazon web services", "aws"],
  ["microsoft", "azure"],
  ["microsoft azure", "azure"],
  ["ovh", "ovhcloud"],
  ["oci", "oracle"],
  ["oracle cloud", "oracle"]
]);
var NAME_ALIASES = /* @__PURE__ */ new Map([
  ["america", "USA"],
  ["united states of america", "USA"],
  ["u s", "USA"],
  ["u s a", "USA"],
  ["uk", "GBR"],
  ["u k", "GBR"],
  ["great britain", "GBR"],
  ["britain", "GBR"],
  ["korea", "KOR"],
  ["republic of korea", "KOR"],
  ["russian federation", "RUS"],
  ["czech republic", "CZE"],
  ["the netherlands", "NLD"],
  ["holland", "NLD"],
  ["ivory coast", "CIV"],
  ["cote divoire", "CIV"],
  ["turkiye", "TUR"],
  ["viet nam", "VNM"],
  ["uae", "ARE"],
  ["drc", "COD"],
  ["dr congo", "COD"],
  ["republic of the congo", "COG"],
  ["swaziland", "SWZ"],
  ["cabo verde", "CPV"],
  ["timor leste", "TLS"],
  ["macau", "MAC"],
  ["burma", "MMR"],
  ["macedonia", "MKD"],
  ["lao pdr", "LAO"],
  ["brunei darussalam", "BRN"],
  ["syrian arab republic", "SYR"],
  ["the bahamas", "BHS"],
  ["the gambia", "GMB"]
]);
function normalizeName(text) {
  return text.normalize("NFD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}
function normalizeProvider(provider) {
  const p = provider.trim().toLowerCase().replace(/\s+/g, " ");
  return PROVIDER_ALIASES.get(p) ?? p;
}
var GRID = new Map(
  Object.entries(GRID_INTENSITY)
);
var CLOUD = new Map(
  Object.entries(CLOUD_INTENSITY)
);
var ALPHA2 = new Map(
  Object.entries(COUNTRY_CODES).filter(([alpha3]) => GRID.has(alpha3)).map(([alpha3, c]) => [c.alpha2, alpha3])
);
var NAMES = new Map(
  [
    ...Object.entries(COUNTRY_CODES).map(([alpha3, c]) => [c.name, alpha3]),
    ...[...GRID].map(([alpha3, e]) => [e.name, alpha3])
  ].filter(([, alpha3]) => GRID.has(alpha3)).map(([name, alpha3]) => [normalizeName(name), alpha3]).concat([...NAME_ALIASES])
);
var BARE_REGIONS = (() => {
  const seen = /* @__PURE__ */ new Map();
  for (const key of CLOUD.keys()) {
    const region = key.slice(key.indexOf(":") + 1);
    seen.set(region, seen.has(region) ? null : key);
  }
  return new Map([...seen].filter((e) => e[1] !== null));
})();
function countryFigure(alpha3) {
  const e = GRID.get(alpha3);
  if (!e) return void 0;
  return {
    gPerKWh: e.gPerKWh,
    label: `${e.name} (${alpha3}), ${GRID_SOURCE_TAG} ${e.year}`,
    source: GRID_SOURCE,
    year: e.year,
    key: alpha3
  };
}
function cloudFigure(key) {
  const e = CLOUD.get(key);
  if (!e) return void 0;
  const source = CLOUD_SOURCES[e.source];
  return {
    gPerKWh: e.gPerKWh,
    label: `${key}, ${source.tag}`,
    source: source.source,
    year: source.year,
    key
  };
}
function lookupCountry(country) {
  const text = country.trim();
  if (text === "") return void 0;
  const upper = text.toUpperCase();
  const alpha3 = (GRID.has(upper) ? upper : void 0) ?? ALPHA2.get(upper) ?? NAMES.get(normalizeName(text));
  return alpha3 === void 0 ? void 0 : countryFigure(alpha3);
}
function lookupCloud(provider, region) {
  const p = normalizeProvider(provider);
  const r = region.trim().toLowerCase();
  if (p === "" || r === "") return void 0;
  return cloudFigure(`${p}:${r}`) ?? cloudFigure(`${p}:${r.replace(/[\s_]+/g, "")}`);
}
function lookupRegion(code) {
  const text = code.trim();
  const colon = text.indexOf(":");
  if (colon >= 0) return lookupCloud(text.slice(0, colon), text.slice(colon + 1));
  if (text === "") return void 0;
  const bare = BARE_REGIONS.get(text.toLowerCase());
  return lookupCountry(text) ?? (bare === void 0 ? void 0 : cloudFigure(bare));
}
function isKnownRegion(code) {
  return lookupRegion(code) !== void 0;
}
function defaultPue(provider) {
  const key = provider === void 0 ? "unknown" : normalizeProvider(provider);
  const figure = (Object.hasOwn(PUE_DEFAULTS, key) ? PUE_DEFAULTS[key] : void 0) ?? PUE_DEFAULTS.unknown;
  return { pue: figure.pue, source: `${PUE_SOURCE}; ${figure.basis}` };
}
function buildCandidates() {
  const out = [];
  for (const [alpha3, e] of GRID) {
    out.push({ key: alpha3.toLowerCase(), display: alpha3, cloud: false });
    out.push({ key: normalizeName(e.name), display: e.name, cloud: false });
  }
  for (const [alpha2, alpha3] of ALPHA2) {
    out.push({ key: alpha2.toLowerCase(), display: alpha3, cloud: false });
  }
  for (const key of CLOUD.keys()) out.push({ key, display: key, cloud: true });
  for (const [region, key] of BARE_REGIONS) out.push({ key: region, display: key, cloud: true });
  return out;
}
var candidates;
function suggestRegions(code, limit = 3) {
  const text = code.trim();
  if (text === "" || limit <= 0) return [];
  const lower = text.toLowerCase();
  const colon = lower.indexOf(":");
  const queries = /* @__PURE__ */ new Set([
    lower,
    normalizeName(text),
    colon >= 0 ? `${normalizeProvider(lower.slice(0, colon))}:${lower.slice(colon + 1).trim()}` : lower
  ]);
  const threshold = Math.max(1, Math.floor(lower.length / 3));
  candidates ??= buildCandidates();
  const best = /* @__PURE__ */ new Map();
  for (const c of candidates) {
    if (colon >= 0 && !c.cloud) continue;
    const d = Math.min(
      ...[...queries].map(
        (q) => Math.abs(q.length - c.key.length) > threshold ? Infinity : measureEditDistance(q, c.key)
      )
    );
    if (d > threshold) continue;
    const previous = best.get(c.display);
    if (previous === void 0 || d < previous) best.set(c.display, d);
  }
  return [...best].sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0])).slice(0, limit).map(([display]) => display);
}

// src/config/values.ts
function parseChoice(raw, choices) {
  const t = typeof raw === "string" ? raw.trim() : void 0;
  const found = choices.find((c) => c === t);
  if (found === void 0) {
    throw new Error(`must be ${listWords(choices.map((c) => `"${c}"`))}, got ${describeValue(raw)}`);
  }
  return found;
}
function listWords(words) {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
}
function parseBounded(raw, bounds) {
  const value = parseNumber(raw);
  const low = bounds.minExclusive === true ? value <= bounds.min : value < bounds.min;
  const whole = bounds.integer !== true || Number.isInteger(value);
  if (low || value > bounds.max || !whole) {
    const kind = bounds.integer === true ? "a whole number" : "a number";
    const from = bounds.minExclusive === true ? `more than ${bounds.min} and at most` : `from ${bounds.min} to`;
    const unit = bounds.unit === void 0 ? "" : ` ${bounds.unit}`;
    throw new Error(`must be ${kind} ${from} ${bounds.max}${unit}, got ${describeValue(raw)}`);
  }
  return value;
}
function parseText(raw) {
  if (typeof raw !== "string") throw new Error(`must be text, got ${describeValue(raw)}`);
  const t = raw.trim();
  if (t === "") throw new Error("must not be empty");
  if (/[\r\n]/.test(t)) throw new Error(`must be on one line, got ${describeValue(raw)}`);
  return t;
}
function parseRegion(raw) {
  const t = typeof raw === "string" ? raw.trim() : void 0;
  if (t === void 0 || !/^[A-Za-z0-9][\w.:/-]{0,63}$/.test(t)) {
    throw new Error(
      `${describeValue(raw)} is not a region; write an ISO 3166 code (FRA or FR) or provider:region (gcp:us-central1)`
    );
  }
  if (!isKnownRegion(t)) {
    const near = suggestRegions(t, 3);
    const hint = near.length > 0 ? ` (did you mean ${near.join(", ")}?)` : "";
    throw new Error(
      `"${t}" is not a region of the bundled dataset${hint}; use an ISO 3166 code (FRA, FR), provider:region (gcp:us-central1), or set intensity in g CO2e/kWh`
    );
  }
  return t;
}
function parseTimeZone(raw) {
  const t = typeof raw === "string" ? raw.trim() : void 0;
  if (t === void 0 || t === "" || !isValidTimeZone(t)) {
    throw new Error(
      `${describeValue(raw)} is not an IANA time zone; write it like UTC, Europe/Paris or America/New_York`
    );
  }
  return t;
}
function parseCommentKey(raw) {
  const t = typeof raw === "string" ? raw.trim() : void 0;
  if (t === void 0 || !isCommentKey(t)) {
    throw new Error(
      `${describeValue(raw)} is not a comment key; use up to ${MAX_COMMENT_KEY_LENGTH} letters, digits and . _ - : /, e.g. gpu-training`
    );
  }
  return t;
}
function parseRunId(raw) {
  if (typeof raw === "number" && Number.isSafeInteger(raw) && raw > 0) return String(raw);
  const t = typeof raw === "string" ? raw.trim() : void 0;
  if (t === void 0 || !/^\d{1,20}$/.test(t) || /^0+$/.test(t)) {
    throw new Error(
      `${describeValue(raw)} is not a run id; it is the number in the run's URL, e.g. 9876543210`
    );
  }
  return t;
}
function parseBranchName(raw) {
  const t = typeof raw === "string" ? raw.trim() : void 0;
  if (t === void 0 || t === "" || !isValidBranchName(t)) {
    throw new Error(`${describeValue(raw)} is not a valid git branch name, e.g. carbon-ledger`);
  }
  return t;
}
function isValidBranchName(name) {
  if (name.length > 200 || name === "@" || name === "HEAD") return false;
  if (/[\x00-\x20\x7f~^:?*[\\]|\.\.|@\{|\/\/|^[-/]|[/.]$/.test(name)) return false;
  return name.split("/").every((part) => !part.startsWith(".") && !part.endsWith(".lock"));
}
function parseArtifacts(raw) {
  if (typeof raw === "string") {
    return raw.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
  }
  if (Array.isArray(raw)) {
    return raw.map((item, i) => {
      if (typeof item !== "string" || item.trim() === "") {
        throw new Error(`item ${i + 1} must be a path or glob, got ${describeValue(item)}`);
      }
      return item.trim();
    });
  }
  throw new Error(`must be paths or globs, one a line, or a list, got ${describeValue(raw)}`);
}
function parseGpuOverrides(raw) {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw new Error(`must be a mapping like H100: { embodied-kg: 164 }, got ${describeValue(raw)}`);
  }
  const out = /* @__PURE__ */ Object.create(null);
  const seen = /* @__PURE__ */ new Map();
  for (const [model, entry] of Object.entries(raw)) {
    const name = model.trim();
    if (name === "")
      throw new Error("a GPU model name is empty; write part of the model, e.g. H100");
    const twin = seen.get(name.toLowerCase());
    if (twin !== void 0) {
      throw new Error(
        `"${twin}" and "${model}" name the same GPU (models are matched ignoring case)`
      );
    }
    seen.set(name.toLowerCase(), model);
    const kg = entry !== null && typeof entry === "object" ? entry["embodied-kg"] : void 0;
    if (kg === void 0) throw new Error(`${model}: write it like ${model}: { embodied-kg: 164 }`);
    try {
      out[name] = { embodiedKg: parseBounded(kg, { min: 0, max: 1e5, unit: "kg" }) };
    } catch (e) {
      throw new Error(`${model}.embodied-kg: ${e.message}`, { cause: e });
    }
  }
  return out;
}

// src/config/settings.ts
function flagged(input, value, help) {
  return { input, flag: { value, help } };
}
function define(key, input, parse, apply) {
  const read = (raw) => {
    const value = parse(raw);
    return (draft) => {
      apply(draft, value);
    };
  };
  if (input === void 0) return { key, read };
  return typeof input === "string" ? { key, input, read } : { key, ...input, read };
}
function hardware(key, field, parse) {
  return define(`hardware.${key}`, void 0, parse, (d, v) => {
    d.hardware = { ...d.hardware, [field]: v };
  });
}
function deployment(key, field, parse) {
  return define(`deployment.${key}`, void 0, parse, (d, v) => {
    d.deployment = { ...d.deployment, [field]: v };
  });
}
var count = (max) => (r) => parseBounded(r, { min: 0, minExclusive: true, max });
var ACTIONS = ["fail", "warn"];
var CHOICE = ACTIONS.join("|");
var SETTINGS = [
  define("artifacts", "artifacts", parseArtifacts, (d, v) => {
    d.artifacts = v;
  }),
  define(
    "budget",
    flagged("budget", "MASS", "per-run budget: 800g, 25kg, 1.2t"),
    parseMass,
    (d, v) => {
      d.budgetKg = v;
    }
  ),
  define(
    "max-increase",
    flagged("max-increase", "PCT", "flag growth over the baseline beyond this, e.g. 10%"),
    parsePercent,
    (d, v) => {
      d.maxIncreasePercent = v;
    }
  ),
  define("monthly-budget", "monthly-budget", parseMass, (d, v) => {
    d.monthlyBudgetKg = v;
  }),
  define("pr-budget", "pr-budget", parseMass, (d, v) => {
    d.prBudgetKg = v;
  }),
  define(
    "tag",
    flagged("tag", "TAG", "what this run is, recorded with it: final marks the final training"),
    parseText,
    (d, v) => {
      d.tag = v;
    }
  ),
  define(
    "training-type",
    flagged("training-type", "pre-training|fine-tuning", "the model card's training_type"),
    (r) => parseChoice(r, ["pre-training", "fine-tuning"]),
    (d, v) => {
      d.trainingType = v;
    }
  ),
  define(
    "final-jobs",
    flagged(
      "final-jobs",
      "PATTERN",
      "job names (* wildcard) that mark a recorded run as final training"
    ),
    parseArtifacts,
    (d, v) => {
      d.finalJobs = v;
    }
  ),
  define(
    "on-exceed",
    flagged("on-exceed", CHOICE, "what an exceeded budget does (default fail)"),
    (r) => parseChoice(r, ACTIONS),
    (d, v) => {
      d.onExceed = v;
    }
  ),
  define(
    "on-increase",
    flagged("on-increase", CHOICE, "what an exceeded --max-increase does (default warn)"),
    (r) => parseChoice(r, ACTIONS),
    (d, v) => {
      d.onIncrease = v;
    }
  ),
  define(
    "region",
    flagged("region", "CODE", "FRA, FR or provider:region (gcp:us-central1)"),
    parseRegion,
    (d, v) => {
      d.region = v;
    }
  ),
  define(
    "intensity",
    flagged("intensity", "G", "grid intensity in g CO2e/kWh, overrides every other source"),
    (r) => parseBounded(r, { min: 0, max: 2e3, unit: "g CO2e/kWh" }),
    (d, v) => {
      d.intensity = v;
    }
  ),
  define(
    "pue",
    flagged("pue", "N", "facility PUE (not with overhead mode idle)"),
    (r) => parseBounded(r, { min: 1, max: 10 }),
    (d, v) => {
      d.pue = v;
    }
  ),
  define(
    "on-uncertain",
    flagged(
      "on-uncertain",
      "warn|fail|pass",
      "what a budget within the range of the estimate does (default warn)"
    ),
    (r) => parseChoice(r, ["warn", "fail", "pass"]),
    (d, v) => {
      d.onUncertain = v;
    }
  ),
  define(
    "intensity-series",
    flagged("intensity-series", "FILE", "CSV of timestamp, g CO2e/kWh: intensity over time"),
    parseText,
    (d, v) => {
      d.intensitySeriesPath = v;
    }
  ),
  define(
    "market-intensity",
    flagged("market-intensity", "G", "the supplier's g CO2e/kWh, for a market-based figure"),
    (r) => parseBounded(r, { min: 0, max: 2e3, unit: "g CO2e/kWh" }),
    (d, v) => {
      d.marketIntensity = v;
    }
  ),
  define(
    "timezone",
    flagged("timezone", "ZONE", "IANA zone of trackers' local timestamps (default UTC)"),
    parseTimeZone,
    (d, v) => {
      d.timezone = v;
    }
  ),
  define(
    "overhead.mode",
    void 0,
    (r) => parseChoice(r, ["pue", "idle"]),
    (d, v) => {
      d.overhead = { ...d.overhead, mode: v };
    }
  ),
  define(
    "overhead.idle-ratio",
    void 0,
    (r) => parseBounded(r, { min: 0, max: 10 }),
    (d, v) => {
      d.overhead = { ...d.overhead, idleRatio: v };
    }
  ),
  hardware(
    "gpu-embodied-kg",
    "gpuEmbodiedKg",
    (r) => parseBounded(r, { min: 0, max: 1e5, unit: "kg" })
  ),
  hardware(
    "server-embodied-kg",
    "serverEmbodiedKg",
    (r) => parseBounded(r, { min: 0, max: 1e6, unit: "kg" })
  ),
  hardware(
    "gpus-per-server",
    "gpusPerServer",
    (r) => parseBounded(r, { min: 1, max: 1024, integer: true })
  ),
  hardware(
    "threads-per-server",
    "threadsPerServer",
    (r) => parseBounded(r, { min: 1, max: 1e5, integer: true })
  ),
  hardware(
    "lifetime-years",
    "lifetimeYears",
    (r) => parseBounded(r, { min: 0, minExclusive: true, max: 50, unit: "years" })
  ),
  hardware(
    "utilization",
    "utilization",
    (r) => parseBounded(r, { min: 0, minExclusive: true, max: 1 })
  ),
  define("hardware.gpus", void 0, parseGpuOverrides, (d, v) => {
    d.hardware = { ...d.hardware, gpus: v };
  }),
  define(
    "power-logs.max-gap",
    flagged("max-gap", "DURATION", "power-log gaps longer than this are not bridged (default 60s)"),
    parseDurationSeconds,
    (d, v) => {
      d.maxGapSeconds = v;
    }
  ),
  define(
    "power-logs.poll-interval",
    flagged(
      "poll-interval",
      "DURATION",
      "polling interval of logs without timestamps (dmon), with its unit: 1s, 500ms"
    ),
    parsePollInterval,
    (d, v) => {
      d.pollIntervalSeconds = v;
    }
  ),
  deployment("inference", "inference", parseText),
  deployment("measured-requests", "measuredRequests", count(1e15)),
  deployment("measured-tokens", "measuredTokens", count(1e18)),
  deployment("requests-per-day", "requestsPerDay", count(1e15)),
  deployment("tokens-per-day", "tokensPerDay", count(1e18)),
  deployment("gpus", "gpus", (r) => parseBounded(r, { min: 0, minExclusive: true, max: 1e6 })),
  deployment("gpu-model", "gpuModel", parseText),
  deployment("gpu-power-w", "gpuPowerW", (r) => parseBounded(r, { min: 0, max: 1e4, unit: "W" })),
  deployment(
    "cpu-threads",
    "cpuThreads",
    (r) => parseBounded(r, { min: 0, minExclusive: true, max: 1e7 })
  ),
  deployment("cpu-power-w", "cpuPowerW", (r) => parseBounded(r, { min: 0, max: 1e7, unit: "W" })),
  deployment(
    "hours-per-day",
    "hoursPerDay",
    (r) => parseBounded(r, { min: 0, minExclusive: true, max: 24, unit: "h" })
  ),
  deployment("region", "region", parseRegion),
  deployment(
    "intensity",
    "intensity",
    (r) => parseBounded(r, { min: 0, max: 2e3, unit: "g CO2e/kWh" })
  ),
  deployment("pue", "pue", (r) => parseBounded(r, { min: 1, max: 10 })),
  deployment("embodied", "embodied", parseBoolean),
  deployment("training", "trainingKg", parseMass),
  define("comment", "comment", parseBoolean, (d, v) => {
    d.comment = v;
  }),
  define("comment-key", "comment-key", parseCommentKey, (d, v) => {
    d.commentKey = v;
  }),
  define("series", "series", parseCommentKey, (d, v) => {
    d.series = v;
  }),
  define("commit-status", "commit-status", parseBoolean, (d, v) => {
    d.commitStatus = v;
  }),
  define(
    "comment-layout",
    "comment-layout",
    (r) => parseChoice(r, COMMENT_LAYOUTS),
    (d, v) => {
      d.commentLayout = v;
    }
  ),
  define(
    "ledger",
    "ledger",
    (r) => parseChoice(r, ["auto", "read", "write", "off"]),
    (d, v) => {
      d.ledger = v;
    }
  ),
  define("ledger-branch", "ledger-branch", parseBranchName, (d, v) => {
    d.ledgerBranch = v;
  }),
  define("badge", "badge", parseBoolean, (d, v) => {
    d.badge = v;
  }),
  define("run-id", "run-id", parseRunId, (d, v) => {
    d.runId = v;
  }),
  define("artifact-name", "artifact-name", parseText, (d, v) => {
    d.artifactName = v;
  })
];
var CALLER_INPUTS = ["config", "github-token"];
var INPUT_NAMES = [
  ...SETTINGS.flatMap((s) => s.input === void 0 ? [] : [s.input]),
  ...CALLER_INPUTS
];
var FLAG_SETTINGS = SETTINGS.flatMap(
  (s) => s.input !== void 0 && s.flag !== void 0 ? [{ ...s, input: s.input, flag: s.flag }] : []
);
var SETTINGS_BY_KEY = new Map(
  SETTINGS.map((s) => [s.key, s])
);
var SETTINGS_BY_INPUT = new Map(
  SETTINGS.flatMap((s) => s.input === void 0 ? [] : [[s.input, s]])
);
function createDraft() {
  return {
    ...DEFAULT_CONFIG,
    artifacts: [...DEFAULT_CONFIG.artifacts],
    finalJobs: [...DEFAULT_CONFIG.finalJobs],
    overhead: { ...DEFAULT_CONFIG.overhead },
    hardware: { ...DEFAULT_CONFIG.hardware, gpus: { ...DEFAULT_CONFIG.hardware.gpus } }
  };
}

// src/config/nearest-key.ts
function normalizeKey(key) {
  return key.trim().toLowerCase().replace(/[_\s]+/g, "-");
}
function findNearestKey(word, candidates2) {
  const w = normalizeKey(word);
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates2) {
    const d = measureEditDistance(w, normalizeKey(candidate));
    const limit = Math.max(2, Math.floor(candidate.length / 3));
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

// src/config/resolve-inputs.ts
function resolveInputs(sources, draft = createDraft(), origins = /* @__PURE__ */ new Map()) {
  applyInputs(sources, draft, origins);
  checkOverhead(draft, origins);
  return freeze(draft);
}
function applyInputs(sources, draft, origins) {
  for (const [name, raw] of Object.entries(sources.inputs)) {
    const label = sources.inputLabel(name);
    const setting = SETTINGS_BY_INPUT.get(name);
    if (setting === void 0) {
      if (CALLER_INPUTS.includes(name)) continue;
      const near = findNearestKey(name, INPUT_NAMES);
      const hint = near === void 0 ? "" : ` (did you mean ${sources.inputLabel(near)}?)`;
      throw new ConfigError(label, `unknown option${hint}`);
    }
    if (raw === void 0 || raw.trim() === "") continue;
    try {
      setting.read(raw)(draft);
    } catch (e) {
      throw new ConfigError(label, e.message);
    }
    origins.set(setting.key, { kind: "input", label });
  }
}
function checkOverhead(draft, origins) {
  if (draft.pue === void 0 || draft.overhead.mode !== "idle") return;
  const pue = origins.get("pue");
  const mode = origins.get("overhead.mode");
  const modeWhere = mode?.kind === "file" ? ` (${mode.path}:${mode.line})` : "";
  const why = "idle mode already counts facility overhead, so a PUE would count it twice";
  if (pue?.kind === "input") {
    throw new ConfigError(
      pue.label,
      `pue ${draft.pue} cannot be used with overhead.mode: idle${modeWhere}: ${why}; remove ${pue.label} or set overhead.mode: pue`
    );
  }
  const where = pue?.kind === "file" ? `${pue.path}:${pue.line}` : "pue";
  const modeLine = mode?.kind === "file" ? ` (line ${mode.line})` : "";
  throw new ConfigError(
    where,
    `pue: cannot be used with overhead.mode: idle${modeLine}: ${why}; remove pue or set overhead.mode: pue`
  );
}
function freeze(draft) {
  const config = {
    ...draft,
    artifacts: Object.freeze([...draft.artifacts]),
    overhead: Object.freeze({ ...draft.overhead }),
    hardware: Object.freeze({
      ...draft.hardware,
      gpus: Object.freeze(
        Object.fromEntries(
          Object.entries(draft.hardware.gpus).map(([k, v]) => [k, Object.freeze({ ...v })])
        )
      )
    })
  };
  return Object.freeze(config);
}

export {
  DEFAULT_KEY,
  defaultCommentKey,
  commentMarker,
  BLOOM_EMBODIED_SOURCE,
  DEFAULT_HARDWARE,
  THREADS_PER_SERVER_SOURCE,
  BLOOM_IDLE_RATIO_SOURCE,
  DEFAULT_OVERHEAD,
  DEFAULT_CONFIG,
  CLOUD_SOURCES,
  CLOUD_INTENSITY,
  GRID_SOURCE_TAG,
  GRID_INTENSITY,
  COUNTRY_CODES,
  WORLD_AVERAGE,
  normalizeProvider,
  lookupCountry,
  lookupCloud,
  lookupRegion,
  defaultPue,
  findNearestKey,
  describeValue,
  listWords,
  parseArtifacts,
  SETTINGS,
  FLAG_SETTINGS,
  SETTINGS_BY_INPUT,
  createDraft,
  resolveInputs
};
