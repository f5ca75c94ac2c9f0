import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  GateError
} from "./chunk-TP4C7UAS.js";

// src/github/errors.ts
var GitHubError = class extends GateError {
  constructor(operation, message, status, acceptedPermissions) {
    super(message);
    this.operation = operation;
    this.status = status;
    this.acceptedPermissions = acceptedPermissions;
  }
  operation;
  status;
  acceptedPermissions;
  name = "GitHubError";
  get where() {
    return `github: ${this.operation}`;
  }
};
var LedgerError = class extends GateError {
  constructor(branch, path, message) {
    super(message);
    this.branch = branch;
    this.path = path;
  }
  branch;
  path;
  name = "LedgerError";
  get where() {
    return `ledger ${this.branch}:${this.path}`;
  }
};
var ArtifactDownloadError = class extends GateError {
  constructor(artifact, message) {
    super(message);
    this.artifact = artifact;
  }
  artifact;
  name = "ArtifactDownloadError";
  get where() {
    return `artifact ${this.artifact}`;
  }
};
function statusOf(e) {
  if (typeof e !== "object" || e === null) return void 0;
  const status = e.status;
  return typeof status === "number" ? status : void 0;
}
function messageOf(e) {
  if (e instanceof Error) return e.message;
  return String(e);
}
function hasStatus(e, ...statuses) {
  const status = statusOf(e);
  return status !== void 0 && statuses.includes(status);
}
function isPermissionError(e) {
  return statusOf(e) === 403 && !/rate limit/i.test(messageOf(e));
}
function toGitHubError(e, operation) {
  if (e instanceof GitHubError) return e;
  const status = statusOf(e);
  const headers = typeof e === "object" && e !== null ? e.response?.headers : void 0;
  const accepted = headers?.["x-accepted-github-permissions"];
  const text = messageOf(e).replace(/\s+/g, " ").trim() || "unknown error";
  const message = status === void 0 || status === 500 ? text : `${status} ${text}`;
  return new GitHubError(
    operation,
    typeof accepted === "string" && accepted !== "" ? `${message} (needs ${accepted})` : message,
    status,
    typeof accepted === "string" ? accepted : void 0
  );
}
async function callGitHub(operation, call) {
  try {
    return await call();
  } catch (e) {
    throw toGitHubError(e, operation);
  }
}

export {
  GitHubError,
  LedgerError,
  ArtifactDownloadError,
  hasStatus,
  isPermissionError,
  callGitHub
};
