import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  VERSION,
  collectJobs,
  describeOutcome,
  readTextFileIn,
  renderJson,
  renderMarkdown,
  renderModelCard,
  writeTextFile
} from "./chunks/chunk-DEJY7N2L.js";
import "./chunks/chunk-OZBPR5FA.js";
import {
  require_tunnel
} from "./chunks/chunk-A36PYAX4.js";
import "./chunks/chunk-N6NF2UAY.js";
import {
  needsGitHub,
  planPublish
} from "./chunks/chunk-7ZACKXSY.js";
import {
  MAX_CONFIG_BYTES,
  NO_HISTORY,
  escapeLine,
  escapeLogLine,
  fallbackConfig,
  loadConfig,
  runGate
} from "./chunks/chunk-ZBX4UEF5.js";
import "./chunks/chunk-NIF3RVOA.js";
import {
  require_undici
} from "./chunks/chunk-TPE2PYFM.js";
import {
  SETTINGS_BY_INPUT
} from "./chunks/chunk-KZN6RESP.js";
import {
  describeError,
  isGateError
} from "./chunks/chunk-4VU3SNOR.js";
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
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
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
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
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
    isPullRequest: false,
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
    isPullRequest: true,
    ...prNumber === void 0 ? {} : { prNumber },
    ...baseSha === void 0 ? {} : { baseSha },
    ...headSha === void 0 ? {} : { headSha }
  };
}
function fromPush(payload, ref, defaultBranch) {
  const before = str(field(payload, "before"));
  const after = str(field(payload, "after"));
  const deleted = field(payload, "deleted") === true;
  const pushed = after === void 0 || ZERO_SHA.test(after) ? void 0 : after;
  return {
    ...before === void 0 || ZERO_SHA.test(before) ? {} : { baseSha: before },
    ...pushed === void 0 ? {} : { sha: pushed, headSha: pushed },
    isDefaultBranchPush: !deleted && defaultBranch !== void 0 && ref === `refs/heads/${defaultBranch}`
  };
}
function fromWorkflowRun(payload, ctx, defaultBranch) {
  const run = field(payload, "workflow_run");
  const id = int(field(run, "id"));
  const headSha = str(field(run, "head_sha"));
  if (id === void 0 || headSha === void 0) return {};
  const headBranch = str(field(run, "head_branch"));
  const event = str(field(run, "event")) ?? "";
  const prs = arr(field(run, "pull_requests"));
  const prNumbers = prs.map((p) => int(field(p, "number"))).filter((n) => n !== void 0);
  const firstPr = prs.find((p) => int(field(p, "number")) === prNumbers[0]);
  const baseSha = str(field(firstPr, "base", "sha"));
  const ownRepo = `${ctx.repo.owner}/${ctx.repo.repo}`.toLowerCase();
  const headRepo = str(field(run, "head_repository", "full_name"))?.toLowerCase();
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
    isPullRequest: event.startsWith("pull_request"),
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

// src/action/log.ts
function escapedLog(log) {
  const at = (a) => ({ ...a, file: escapeLine(a.file) });
  return {
    info: (m) => {
      log.info(escapeLogLine(m));
    },
    warning: (m, where) => {
      if (where === void 0) log.warning(escapeLogLine(m));
      else log.warning(escapeLogLine(m), at(where));
    },
    error: (m) => {
      log.error(escapeLogLine(m));
    },
    debug: (m) => {
      log.debug(escapeLogLine(m));
    }
  };
}
function escapedOutput(value) {
  return escapeLine(value);
}
var MAX_ANNOTATIONS = 20;
var LARGE_FILE_BYTES = 50 * 1024 * 1024;
var PROGRESS_EVERY_MS = 1e4;
function annotateNotices(log, notices) {
  for (const n of notices.slice(0, MAX_ANNOTATIONS)) {
    log.warning(n.message, { file: n.path, ...n.line !== void 0 ? { line: n.line } : {} });
  }
  if (notices.length > MAX_ANNOTATIONS) {
    log.warning(
      `${notices.length - MAX_ANNOTATIONS} more warnings: see the job summary and the JSON report`
    );
  }
}
function megabytes(bytes) {
  return (bytes / 1048576).toFixed(0);
}
function logReading(log, now) {
  let last = now().getTime();
  return {
    onFile: (path, size) => {
      if (size !== void 0 && size > LARGE_FILE_BYTES)
        log.info(`Reading ${path} (${megabytes(size)} MB)\u2026`);
    },
    onProgress: (bytes) => {
      const at = now().getTime();
      if (at - last < PROGRESS_EVERY_MS) return;
      last = at;
      log.info(`\u2026 ${megabytes(bytes)} MB read`);
    }
  };
}

// src/action/core-io.ts
function createActionIo(env = process.env) {
  const log = escapedLog({
    info: (m) => {
      info(m);
    },
    warning: (m, at) => {
      if (at === void 0) warning(m);
      else
        warning(m, {
          title: "carbon-gate",
          file: at.file,
          ...at.line !== void 0 ? { startLine: at.line } : {}
        });
    },
    error: (m) => {
      error(m);
    },
    debug: (m) => {
      debug(m);
    }
  });
  return {
    log,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    ...env.RUNNER_TEMP !== void 0 ? { runnerTemp: env.RUNNER_TEMP } : {},
    getInput: (name) => getInput(name),
    setSecret: (value) => {
      setSecret(value);
    },
    setOutput: (name, value) => {
      setOutput(name, escapedOutput(value));
    },
    writeSummary: async (markdown) => {
      if (env.GITHUB_STEP_SUMMARY === void 0 || env.GITHUB_STEP_SUMMARY === "") return;
      await summary.addRaw(markdown, true).write();
    },
    setFailed: (message) => {
      setFailed(escapeLogLine(message));
    },
    setExitCode: (code) => {
      process.exitCode = code;
    },
    now: () => /* @__PURE__ */ new Date(),
    connectGitHub: async (token) => {
      const [{ context }, { createGitHubClient }] = await Promise.all([
        import("./chunks/github-SLVEMRCP.js"),
        import("./chunks/client-KVKQH73L.js")
      ]);
      const runContext = runContextFrom(context);
      const paceWrites = process.env.CARBON_GATE_PACE_WRITES !== "false";
      const client = createGitHubClient({ token, baseUrl: runContext.apiUrl, log, paceWrites });
      return { context: runContext, client };
    }
  };
}

// src/action/inputs.ts
var inputLabel = (name) => `input '${name}'`;
function readConfigInputs(getInput2) {
  const inputs = {};
  for (const name of SETTINGS_BY_INPUT.keys()) {
    const value = getInput2(name).trim();
    if (value !== "") inputs[name] = value;
  }
  return inputs;
}
async function loadActionConfig(io) {
  try {
    const config = await loadConfig(
      readTextFileIn(io.workspace, {
        maxBytes: MAX_CONFIG_BYTES,
        dirLabel: "the workspace",
        confineNamed: true
      }),
      {
        inputs: readConfigInputs((name) => io.getInput(name)),
        inputLabel,
        configPath: io.getInput("config"),
        lookedIn: "the workspace"
      }
    );
    return { config, errors: [] };
  } catch (e) {
    const line = isGateError(e) ? e.line : `${inputLabel("config")}: unexpected: ${describeError(e)} (please report it)`;
    return { config: fallbackConfig(io.getInput("artifacts")), errors: [line] };
  }
}

// src/action/outputs.ts
function outputNumber(x) {
  if (!Number.isFinite(x)) return "";
  if (x === 0) return "0";
  return String(Number(x.toPrecision(6)));
}
function reportOutputs(run, reportPath, opts = {}) {
  const report = run.report;
  const pr = report.pullRequest;
  return {
    verdict: report.verdict,
    "total-kg": outputNumber(report.totals.totalKg),
    "total-kg-low": outputNumber(report.totals.low?.totalKg ?? report.totals.totalKg),
    "total-kg-high": outputNumber(report.totals.high?.totalKg ?? report.totals.totalKg),
    "operational-kg": outputNumber(report.totals.operationalKg),
    "embodied-kg": outputNumber(report.totals.embodiedKg),
    "energy-kwh": outputNumber(report.totals.facilityEnergyKWh),
    "budget-used": run.budgetUsed !== void 0 ? outputNumber(run.budgetUsed) : "",
    "delta-percent": report.baseline ? outputNumber(report.baseline.deltaPercent) : "",
    "report-path": reportPath,
    "pr-runs": pr !== void 0 ? String(pr.runs) : "",
    "pr-total-kg": pr !== void 0 ? outputNumber(pr.totalKg) : "",
    "deployment-kg-per-day": report.deployment !== void 0 ? outputNumber(report.deployment.totalKgPerDay) : "",
    "model-card": renderModelCard(report, {
      version: VERSION,
      ...opts.trainingType !== void 0 ? { trainingType: opts.trainingType } : {}
    })
  };
}

// src/action/report-files.ts
import { join } from "node:path";
function tempRootOf(io) {
  return io.runnerTemp ?? join(io.workspace, ".carbon-gate");
}
function writeReportFile(io, report) {
  const path = join(tempRootOf(io), "carbon-gate", "report.json");
  try {
    writeTextFile(path, renderJson(report), true);
  } catch (e) {
    io.log.warning(`Could not write the JSON report to ${path}: ${describeError(e)}`);
  }
  return path;
}
async function writeJobSummary(io, report) {
  try {
    await io.writeSummary(renderMarkdown(report));
  } catch (e) {
    io.log.warning(`Could not write the job summary: ${describeError(e)}`);
  }
}

// src/action/run-artifacts.ts
import { readFileSync } from "node:fs";
import { join as join2 } from "node:path";
var NOTHING = { jobs: [], notices: [], errors: [], filesRead: 0, bytesRead: 0 };
async function readActionJobs(io, config, session, options) {
  const source = await chooseSource(io, config, session);
  if (config.runId !== void 0 && source.patterns.length === 0) {
    return { ...NOTHING, errors: source.errors };
  }
  const reading = logReading(io.log, () => io.now());
  const collected = await collectJobs(source.patterns, {
    cwd: io.workspace,
    allowedRoots: source.allowedRoots,
    read: { ...options, onProgress: reading.onProgress },
    onFile: reading.onFile
  });
  return { ...collected, errors: [...source.errors, ...collected.errors] };
}
async function chooseSource(io, config, session) {
  const roots = [io.workspace, ...io.runnerTemp !== void 0 ? [io.runnerTemp] : []];
  const workspace = { patterns: config.artifacts, allowedRoots: roots, errors: [] };
  if (config.runId === void 0) return workspace;
  if (session === void 0) {
    const error2 = "input 'run-id': needs a github-token to download the run's artifacts";
    return { ...workspace, errors: [error2] };
  }
  const destDir = join2(tempRootOf(io), "carbon-gate-artifacts", config.runId);
  try {
    const { downloadRunArtifacts } = await import("./chunks/github-side-WYOG5BEA.js");
    const { context } = session;
    const { artifacts, rejected } = await downloadRunArtifacts(session.client, {
      owner: context.owner,
      repo: context.repo,
      runId: Number(config.runId),
      namePattern: config.artifactName ?? "*",
      destDir
    });
    const names = artifacts.map((d) => d.name).join(", ");
    io.log.info(`Downloaded ${artifacts.length} artifact(s) of run ${config.runId}: ${names}`);
    checkPrHint(
      io,
      session,
      artifacts.map((d) => d.dir)
    );
    const errors = rejected.map((e) => `input 'run-id': ${e.line}`);
    return { patterns: artifacts.map((d) => d.dir), allowedRoots: [...roots, destDir], errors };
  } catch (e) {
    return { patterns: [], allowedRoots: roots, errors: [`input 'run-id': ${describeError(e)}`] };
  }
}
function checkPrHint(io, session, dirs) {
  for (const dir of dirs) {
    const hint = readPrHint(join2(dir, "pr.json"));
    if (hint === void 0) continue;
    const ctx = session.context;
    const differs = [
      hint.number !== void 0 && hint.number !== ctx.prNumber ? `PR #${hint.number} (API: ${ctx.prNumber === void 0 ? "none" : `#${ctx.prNumber}`})` : "",
      hint.headSha !== void 0 && hint.headSha !== ctx.sha.toLowerCase() ? `head ${hint.headSha.slice(0, 7)} (API: ${ctx.sha.slice(0, 7)})` : "",
      hint.baseSha !== void 0 && ctx.baseSha !== void 0 && hint.baseSha !== ctx.baseSha.toLowerCase() ? `base ${hint.baseSha.slice(0, 7)} (API: ${ctx.baseSha.slice(0, 7)})` : ""
    ].filter((d) => d !== "");
    if (differs.length > 0) {
      io.log.warning(
        `pr.json of the PR run names ${differs.join(", ")}: it is only a hint, the API's answer is used.`
      );
    }
    return;
  }
}
function readPrHint(path) {
  let data;
  try {
    data = JSON.parse(readFileSync(path, "utf8").slice(0, 4096));
  } catch {
    return void 0;
  }
  if (typeof data !== "object" || data === null) return void 0;
  const o = data;
  const sha = (v) => typeof v === "string" && /^[0-9a-f]{40}$/i.test(v) ? v.toLowerCase() : void 0;
  const number = typeof o.number === "number" && Number.isSafeInteger(o.number) && o.number > 0 ? o.number : void 0;
  const headSha = sha(o.headSha);
  const baseSha = sha(o.baseSha);
  return {
    ...number !== void 0 ? { number } : {},
    ...headSha !== void 0 ? { headSha } : {},
    ...baseSha !== void 0 ? { baseSha } : {}
  };
}

// src/action/run-action.ts
async function runAction(io) {
  try {
    await runSteps(io);
  } catch (e) {
    io.log.debug(e instanceof Error && e.stack ? e.stack : String(e));
    const message = e instanceof Error ? e.message : String(e);
    io.log.error(`carbon-gate: unexpected error: ${message} (please report it)`);
    io.setExitCode(2);
  }
}
async function runSteps(io) {
  const { config, errors } = await loadActionConfig(io);
  const token = io.getInput("github-token");
  if (token !== "") io.setSecret(token);
  const session = needsGitHub(config, token) ? await openSession(io, token) : void 0;
  const plan = session !== void 0 ? planPublish(config, session.context) : void 0;
  const read = {};
  const run = await runGate(actionPorts(io, config, session, plan, read), { config, errors });
  annotateNotices(io.log, run.collected.notices);
  const reportPath = writeReportFile(io, run.report);
  await writeJobSummary(io, run.report);
  for (const [name, value] of Object.entries(
    reportOutputs(
      run,
      reportPath,
      config.trainingType !== void 0 ? { trainingType: config.trainingType } : {}
    )
  )) {
    io.setOutput(name, value);
  }
  const published = session && plan ? await publish(io, session, plan, run, read.snapshot) : {};
  io.setOutput("comment-url", published.commentUrl ?? "");
  io.setOutput("badge-url", published.badgeUrl ?? "");
  finish(io, run.report);
}
async function openSession(io, token) {
  const { openGitHubSession } = await import("./chunks/github-side-WYOG5BEA.js");
  return openGitHubSession(io, token);
}
function actionPorts(io, config, session, plan, read) {
  const readJobs = (options) => readActionJobs(io, config, session, options);
  const readInference = (paths, options) => readActionJobs(io, { ...config, artifacts: paths, runId: void 0 }, void 0, options);
  if (session === void 0 || plan === void 0) return { readJobs, readInference };
  if (!plan.ledgerRead && !plan.comment) return { readJobs, readInference };
  return {
    readJobs,
    readInference,
    readHistory: async () => {
      const side = await import("./chunks/github-side-WYOG5BEA.js");
      const ledger = plan.ledgerRead ? await side.readLedgerHistory(session, plan, io.now()) : { history: NO_HISTORY };
      if (ledger.snapshot !== void 0) read.snapshot = ledger.snapshot;
      const prRuns = plan.comment ? await side.readPrRuns(session, plan, ledger.snapshot?.viewer) : void 0;
      return prRuns !== void 0 ? { ...ledger.history, prRuns } : ledger.history;
    }
  };
}
async function publish(io, session, plan, run, snapshot) {
  const { publishRun } = await import("./chunks/github-side-WYOG5BEA.js");
  return publishRun(io, session, plan, run, snapshot);
}
function finish(io, report) {
  for (const error2 of report.errors) io.log.error(error2);
  const outcome = describeOutcome(report);
  switch (outcome.line?.level) {
    case "failure":
      io.setFailed(outcome.line.text);
      break;
    case "warning":
      io.log.warning(outcome.line.text);
      break;
    case "info":
      io.log.info(outcome.line.text);
      break;
    case void 0:
      break;
  }
  if (outcome.exitCode !== 0) io.setExitCode(outcome.exitCode);
}

// src/bin/action.ts
await runAction(createActionIo());
