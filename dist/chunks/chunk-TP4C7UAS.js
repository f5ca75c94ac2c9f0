import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);

// src/core/errors.ts
var GateError = class extends Error {
  /** The one line shown to the user, without the `carbon-gate: error: ` prefix. */
  get line() {
    return `${this.where}: ${this.message}`;
  }
};
var ArtifactError = class extends GateError {
  constructor(path, lineNo, message) {
    super(message);
    this.path = path;
    this.lineNo = lineNo;
  }
  path;
  lineNo;
  name = "ArtifactError";
  get where() {
    return this.lineNo === void 0 ? this.path : `${this.path}:${this.lineNo}`;
  }
};
var ConfigError = class extends GateError {
  constructor(key, message) {
    super(message);
    this.key = key;
  }
  key;
  name = "ConfigError";
  get where() {
    return this.key;
  }
};
function isGateError(e) {
  return e instanceof GateError;
}

export {
  GateError,
  ArtifactError,
  ConfigError,
  isGateError
};
