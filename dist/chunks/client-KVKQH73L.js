import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  DO_NOT_RETRY,
  createGitHubClient,
  retryAfterSeconds,
  sleep
} from "./chunk-3UACMZJB.js";
import "./chunk-NIF3RVOA.js";
import "./chunk-U63EEMSM.js";
import "./chunk-TPE2PYFM.js";
import "./chunk-26LI6IR6.js";
export {
  DO_NOT_RETRY,
  createGitHubClient,
  retryAfterSeconds,
  sleep
};
