import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  collectJobs,
  evaluateGate,
  exitCodeFor,
  renderMarkdown,
  resolveConfigLazily
} from "./chunks/chunk-GHSJU6O7.js";
import {
  DEFAULT_CONFIG
} from "./chunks/chunk-HWRLGNU7.js";
import "./chunks/chunk-VMZSSDXE.js";
import {
  ConfigError,
  isGateError
} from "./chunks/chunk-TP4C7UAS.js";
import "./chunks/chunk-NIF3RVOA.js";
import {
  require_tunnel
} from "./chunks/chunk-A36PYAX4.js";
import {
  require_undici
} from "./chunks/chunk-TPE2PYFM.js";
import {
  __toESM
} from "./chunks/chunk-26LI6IR6.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/main.ts
import { existsSync as existsSync2, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

// src/action/inputs.ts
var CONFIG_INPUTS = [
  "artifacts",
  "budget",
  "max-increase",
  "monthly-budget",
  "on-exceed",
  "on-increase",
  "region",
  "intensity",
  "pue",
  "comment",
  "comment-key",
  "ledger",
  "ledger-branch",
  "badge",
  "run-id",
  "artifact-name",
  "timezone",
  "poll-interval",
  "max-gap"
];
function readConfigInputs(getInput2) {
  const inputs = {};
  for (const name of CONFIG_INPUTS) {
    const value = getInput2(name).trim();
    if (value !== "") inputs[name] = value;
  }
  return inputs;
}
function defaultCommentKey(workflow, job) {
  const raw = `${workflow}-${job}`.toLowerCase().replace(/[^a-z0-9._-]+/g, "-");
  return raw.replace(/^-+|-+$/g, "").slice(0, 80) || "default";
}

// src/action/outputs.ts
function outputNumber(x) {
  if (!Number.isFinite(x)) return "";
  if (x === 0) return "0";
  return String(Number(x.toPrecision(6)));
}
function reportOutputs(report, budgetUsed, reportPath) {
  return {
    verdict: report.verdict,
    "total-kg": outputNumber(report.totals.totalKg),
    "operational-kg": outputNumber(report.totals.operationalKg),
    "embodied-kg": outputNumber(report.totals.embodiedKg),
    "energy-kwh": outputNumber(report.totals.facilityEnergyKWh),
    "budget-used": budgetUsed !== void 0 ? outputNumber(budgetUsed) : "",
    "delta-percent": report.baseline ? outputNumber(report.baseline.deltaPercent) : "",
    "report-path": reportPath
  };
}

// src/github/context.ts
var ZERO_SHA = /^0+$/;
function runContextFrom(ctx) {
  const payload = ctx.payload;
  const defaultBranch = str(field(payload, "repository", "default_branch"));
  const base = {
    eventName: ctx.eventName,
    owner: ctx.repo.owner,
    repo: ctx.repo.repo,
    sha: ctx.sha,
    ref: ctx.ref,
    ...defaultBranch === void 0 ? {} : { defaultBranch },
    runId: ctx.runId,
    runAttempt: ctx.runAttempt,
    workflow: ctx.workflow,
    job: ctx.job,
    serverUrl: ctx.serverUrl,
    apiUrl: ctx.apiUrl,
    isDefaultBranchPush: false
  };
  switch (ctx.eventName) {
    case "pull_request":
    case "pull_request_target":
      return { ...base, ...fromPullRequest(payload, ctx.sha) };
    case "push":
      return { ...base, ...fromPush(payload, ctx.ref, defaultBranch) };
    case "workflow_run":
      return { ...base, ...fromWorkflowRun(payload, ctx, defaultBranch) };
    default:
      return base;
  }
}
function fromPullRequest(payload, fallbackSha) {
  const pr = field(payload, "pull_request");
  const prNumber = int(field(pr, "number")) ?? int(field(payload, "number"));
  const headSha = str(field(pr, "head", "sha"));
  const baseSha = str(field(pr, "base", "sha"));
  return {
    // The merge commit GitHub checks out is not a commit anyone compares with: measure the head.
    sha: headSha ?? fallbackSha,
    ...prNumber === void 0 ? {} : { prNumber },
    ...baseSha === void 0 ? {} : { baseSha },
    ...headSha === void 0 ? {} : { headSha }
  };
}
function fromPush(payload, ref, defaultBranch) {
  const before = str(field(payload, "before"));
  const after = str(field(payload, "after"));
  const deleted = field(payload, "deleted") === true;
  return {
    ...before === void 0 || ZERO_SHA.test(before) ? {} : { baseSha: before },
    ...after === void 0 || ZERO_SHA.test(after) ? {} : { headSha: after },
    isDefaultBranchPush: !deleted && defaultBranch !== void 0 && ref === `refs/heads/${defaultBranch}`
  };
}
function fromWorkflowRun(payload, ctx, defaultBranch) {
  const run2 = field(payload, "workflow_run");
  const id = int(field(run2, "id"));
  const headSha = str(field(run2, "head_sha"));
  if (id === void 0 || headSha === void 0) return {};
  const headBranch = str(field(run2, "head_branch"));
  const event = str(field(run2, "event")) ?? "";
  const prs = arr(field(run2, "pull_requests"));
  const prNumbers = prs.map((p) => int(field(p, "number"))).filter((n) => n !== void 0);
  const firstPr = prs.find((p) => int(field(p, "number")) === prNumbers[0]);
  const baseSha = str(field(firstPr, "base", "sha"));
  const ownRepo = `${ctx.repo.owner}/${ctx.repo.repo}`.toLowerCase();
  const headRepo = str(field(run2, "head_repository", "full_name"))?.toLowerCase();
  const workflowRun = {
    id,
    headSha,
    ...headBranch === void 0 ? {} : { headBranch },
    prNumbers,
    event
  };
  return {
    sha: headSha,
    headSha,
    ...headBranch === void 0 ? {} : { ref: `refs/heads/${headBranch}` },
    ...prNumbers[0] === void 0 ? {} : { prNumber: prNumbers[0] },
    ...baseSha === void 0 ? {} : { baseSha },
    isDefaultBranchPush: event === "push" && defaultBranch !== void 0 && headBranch === defaultBranch && (headRepo === void 0 || headRepo === ownRepo),
    workflowRun
  };
}
function field(value, ...path) {
  let here = value;
  for (const key of path) {
    if (typeof here !== "object" || here === null || Array.isArray(here)) return void 0;
    here = here[key];
  }
  return here;
}
function str(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function int(value) {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0 ? value : void 0;
}
function arr(value) {
  return Array.isArray(value) ? value : [];
}

// src/main.ts
var MAX_ANNOTATIONS = 20;
async function run(env = process.env) {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const tempRoot = env.RUNNER_TEMP ?? join(workspace, ".carbon-gate");
  const reportDir = join(tempRoot, "carbon-gate");
  const reportPath = join(reportDir, "report.json");
  const errors = [];
  let config;
  try {
    config = await loadConfig(workspace);
  } catch (e) {
    if (!isGateError(e)) throw e;
    errors.push(e.line);
  }
  if (!config) {
    const artifacts = getInput("artifacts").split("\n").map((line) => line.trim()).filter((line) => line !== "");
    config = { ...DEFAULT_CONFIG, artifacts, comment: false, ledger: "off", badge: false };
  }
  const token = getInput("github-token");
  if (token) setSecret(token);
  const wantsGitHub = token !== "" && (config.comment || config.ledger !== "off" || config.runId !== void 0);
  const gh = wantsGitHub ? await loadGitHub(token) : void 0;
  let patterns = config.artifacts;
  const allowedRoots = [workspace, ...env.RUNNER_TEMP ? [env.RUNNER_TEMP] : []];
  if (config.runId !== void 0) {
    if (!gh) {
      errors.push("input 'run-id': needs a github-token to download the run's artifacts");
    } else {
      try {
        const dest = join(tempRoot, "carbon-gate-artifacts", config.runId);
        const downloaded = await gh.artifacts.downloadRunArtifacts(gh.client, {
          owner: gh.ctx.owner,
          repo: gh.ctx.repo,
          runId: Number(config.runId),
          namePattern: config.artifactName ?? "*",
          destDir: dest
        });
        info(
          `Downloaded ${downloaded.length} artifact(s) of run ${config.runId}: ${downloaded.map((d) => d.name).join(", ")}`
        );
        patterns = downloaded.map((d) => d.dir);
        allowedRoots.push(dest);
      } catch (e) {
        errors.push(`input 'run-id': ${errorLine(e)}`);
        patterns = [];
      }
    }
  }
  const collected = config.runId !== void 0 && patterns.length === 0 ? { jobs: [], notices: [], errors: [], filesRead: 0, bytesRead: 0 } : await collectJobs(patterns, {
    cwd: workspace,
    allowedRoots,
    read: {
      timezone: config.timezone,
      maxGapSeconds: config.maxGapSeconds,
      ...config.pollIntervalSeconds !== void 0 ? { pollIntervalSeconds: config.pollIntervalSeconds } : {},
      onProgress: progressLogger()
    },
    onFile: (path, size) => {
      if (size !== void 0 && size > 50 * 1024 * 1024)
        info(`Reading ${path} (${(size / 1048576).toFixed(0)} MB)\u2026`);
    }
  });
  annotate(collected.notices);
  const ctx = gh?.ctx;
  const key = config.commentKey ?? (ctx ? defaultCommentKey(ctx.workflow, ctx.job) : "");
  let target = ctx ? publishTarget(ctx) : void 0;
  if (gh && target && gh.ctx.workflowRun && target.prNumber === void 0 && target.isPullRequest) {
    const { workflowRun } = gh.ctx;
    try {
      const found = await gh.artifacts.findPullRequestNumber(gh.client, {
        owner: gh.ctx.owner,
        repo: gh.ctx.repo,
        headSha: workflowRun.headSha,
        ...workflowRun.headBranch !== void 0 ? { headBranch: workflowRun.headBranch } : {}
      });
      if (found !== void 0) target = { ...target, prNumber: found };
    } catch (e) {
      warning(
        `Could not find the pull request of ${workflowRun.headSha.slice(0, 7)}: ${errorLine(e)}`
      );
    }
  }
  let baseline = null;
  let monthBeforeKg;
  let history = [];
  const warnings = [];
  if (gh && target && config.ledger !== "off") {
    try {
      const months = recentMonths(/* @__PURE__ */ new Date(), 3);
      const records = await gh.ledger.readLedger(gh.client, {
        owner: gh.ctx.owner,
        repo: gh.ctx.repo,
        branch: config.ledgerBranch,
        months
      });
      if (records === null) {
        warnings.push(
          `no baseline yet: the ledger branch ${config.ledgerBranch} does not exist (it is created by the first run on the default branch)`
        );
      } else {
        const own = gh.ledger.recordsForKey(records, key);
        const base = gh.ledger.selectBaseline(own, {
          ...target.baseSha !== void 0 ? { baseSha: target.baseSha } : {},
          before: (/* @__PURE__ */ new Date()).toISOString()
        });
        if (base) baseline = { totalKg: base.totals.totalKg, sha: base.sha };
        monthBeforeKg = gh.ledger.monthToDate(records, months[0]);
        history = gh.ledger.historyPoints(own, 30);
      }
    } catch (e) {
      warnings.push(`ledger not read (${errorLine(e)}): no baseline for this run`);
    }
  }
  const { report, budgetUsed } = evaluateGate({
    jobs: collected.jobs,
    notices: collected.notices,
    errors: [...errors, ...collected.errors],
    config,
    baseline,
    ...monthBeforeKg !== void 0 ? { monthBeforeKg } : {},
    warnings
  });
  writeReport(reportPath, report);
  await writeSummary(report);
  for (const [name, value] of Object.entries(reportOutputs(report, budgetUsed, reportPath)))
    setOutput(name, value);
  let commentUrl;
  let badge;
  if (gh && target) {
    const publish = await import("./chunks/publish-4MKJ3BMV.js");
    const log = {
      info: (m) => {
        info(m);
      },
      warning: (m) => {
        warning(m);
      }
    };
    if (config.comment && target.prNumber !== void 0) {
      commentUrl = await publish.publishComment(gh.client, gh.ctx, target.prNumber, report, {
        key,
        history,
        log
      });
    } else if (config.comment && target.prNumber === void 0 && gh.ctx.eventName.startsWith("pull_request")) {
      warning("No pull request number found in the event: no comment posted.");
    }
    const write = config.ledger === "write" ? !target.isPullRequest : config.ledger === "auto" ? target.isDefaultBranchPush : false;
    if (write && report.errors.length === 0) {
      badge = await publish.publishLedger(gh.client, gh.ctx, report, {
        config,
        key,
        sha: target.sha,
        budgetUsed,
        log
      });
    }
  }
  setOutput("comment-url", commentUrl ?? "");
  setOutput("badge-url", badge ?? "");
  finish(report);
}
async function loadConfig(workspace) {
  const inputs = readConfigInputs((n) => getInput(n));
  const named = getInput("config").trim();
  let file;
  const candidates = named !== "" ? [named] : [".carbon-gate.yml", ".carbon-gate.yaml"];
  for (const candidate of candidates) {
    const abs = resolve(workspace, candidate);
    if (existsSync2(abs)) {
      file = { path: candidate, text: readFileSync(abs, "utf8") };
      break;
    }
    if (named !== "") {
      throw new ConfigError("input 'config'", `${named}: no such file in the workspace`);
    }
  }
  return resolveConfigLazily({
    inputs,
    inputLabel: (n) => `input '${n}'`,
    ...file ? { file } : {}
  });
}
async function loadGitHub(token) {
  const [{ context }, clientModule, ledger, artifacts] = await Promise.all([
    import("./chunks/github-FUGXLOAS.js"),
    import("./chunks/client-STPLPHNK.js"),
    import("./chunks/ledger-CJMJZOLY.js"),
    import("./chunks/artifacts-MU77XP7P.js")
  ]);
  const ctx = runContextFrom(context);
  const client = clientModule.createGitHubClient({
    token,
    baseUrl: ctx.apiUrl,
    log: {
      info: (m) => {
        info(m);
      },
      warning: (m) => {
        warning(m);
      },
      debug: (m) => {
        debug(m);
      }
    }
  });
  return { ctx, client, ledger, artifacts };
}
function publishTarget(ctx) {
  const run2 = ctx.workflowRun;
  if (run2) {
    const prNumber = run2.prNumbers[0];
    const isPullRequest = run2.event.startsWith("pull_request");
    return {
      ...prNumber !== void 0 ? { prNumber } : {},
      sha: run2.headSha,
      isPullRequest,
      isDefaultBranchPush: run2.event === "push" && run2.headBranch !== void 0 && run2.headBranch === ctx.defaultBranch
    };
  }
  return {
    ...ctx.prNumber !== void 0 ? { prNumber: ctx.prNumber } : {},
    ...ctx.baseSha !== void 0 ? { baseSha: ctx.baseSha } : {},
    sha: ctx.headSha ?? ctx.sha,
    isPullRequest: ctx.prNumber !== void 0,
    isDefaultBranchPush: ctx.isDefaultBranchPush
  };
}
function recentMonths(now, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    out.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`);
  }
  return out;
}
function annotate(notices) {
  notices.slice(0, MAX_ANNOTATIONS).forEach((n) => {
    warning(n.message, {
      title: "carbon-gate",
      file: n.path,
      ...n.line !== void 0 ? { startLine: n.line } : {}
    });
  });
  if (notices.length > MAX_ANNOTATIONS) {
    warning(
      `${notices.length - MAX_ANNOTATIONS} more warnings: see the job summary and the JSON report`
    );
  }
}
function progressLogger() {
  let last = Date.now();
  return (bytes) => {
    const now = Date.now();
    if (now - last < 1e4) return;
    last = now;
    info(`\u2026 ${(bytes / 1048576).toFixed(0)} MB read`);
  };
}
function writeReport(path, report) {
  try {
    mkdirSync(resolve(path, ".."), { recursive: true });
    writeFileSync(path, `${JSON.stringify(report, null, 2)}
`);
  } catch (e) {
    warning(`Could not write the JSON report to ${path}: ${errorLine(e)}`);
  }
}
async function writeSummary(report) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await summary.addRaw(renderMarkdown(report), true).write();
  } catch (e) {
    warning(`Could not write the job summary: ${errorLine(e)}`);
  }
}
function finish(report) {
  for (const error2 of report.errors) error(error2);
  const code = exitCodeFor(report);
  if (code === 2) {
    process.exitCode = 2;
    return;
  }
  const total = report.totals.totalKg;
  if (report.verdict === "fail") {
    const over = report.budgets.filter((b) => b.exceeded && b.action === "fail").map((b) => `${b.kind} budget (${fmt(b.actual)} ${b.unit} > ${fmt(b.limit)} ${b.unit})`);
    setFailed(`carbon-gate: over budget: ${over.join(", ")}; total ${fmt(total)} kg CO2e`);
  } else if (report.verdict === "warn") {
    const over = report.budgets.filter((b) => b.exceeded).map(
      (b) => `${b.kind} budget exceeded (${fmt(b.actual)} ${b.unit} > ${fmt(b.limit)} ${b.unit})`
    );
    warning(`carbon-gate: ${over.join(", ")}; total ${fmt(total)} kg CO2e`);
  } else {
    info(`carbon-gate: pass, total ${fmt(total)} kg CO2e`);
  }
}
function fmt(x) {
  return Number(x.toPrecision(4)).toString();
}
function errorLine(e) {
  if (isGateError(e)) return e.line;
  const message = e instanceof Error ? e.message : String(e);
  return message.split("\n")[0].slice(0, 300);
}

// src/bin/action.ts
try {
  await run();
} catch (e) {
  debug(e instanceof Error && e.stack ? e.stack : String(e));
  error(
    `carbon-gate: unexpected error: ${e instanceof Error ? e.message : String(e)} (please report it)`
  );
  process.exitCode = 2;
}
