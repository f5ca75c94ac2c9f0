import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  DO_NOT_RETRY,
  createGitHubClient,
  retryAfterSeconds,
  sleep
} from "./chunk-7C6IEFZO.js";
import "./chunk-NIF3RVOA.js";
import "./chunk-3IK3HOMV.js";
import "./chunk-TPE2PYFM.js";
import "./chunk-26LI6IR6.js";
export {
  DO_NOT_RETRY,
  createGitHubClient,
  retryAfterSeconds,
  sleep
};
