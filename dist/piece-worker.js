import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  readQueryPiece
} from "./chunks/chunk-OZBPR5FA.js";
import "./chunks/chunk-4VU3SNOR.js";
import "./chunks/chunk-26LI6IR6.js";

// src/platform/piece-worker.ts
import { open } from "node:fs/promises";
import { basename } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
var CHUNK = 1024 * 1024;
async function* readRange(path2, start, end) {
  const handle = await open(path2, "r");
  const buffers = [new Uint8Array(CHUNK), new Uint8Array(CHUNK)];
  const fill = async (buffer, at) => {
    let total = 0;
    const want = Math.min(buffer.byteLength, end - at);
    while (total < want) {
      const { bytesRead } = await handle.read(buffer, total, want - total, at + total);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    return total;
  };
  let pending;
  try {
    let at = start;
    let turn = 0;
    pending = fill(buffers[0], at);
    while (at < end) {
      const n = await pending ?? 0;
      pending = void 0;
      if (n === 0) return;
      const current = buffers[turn];
      at += n;
      turn = 1 - turn;
      if (at < end) pending = fill(buffers[turn], at);
      yield current.subarray(0, n);
    }
  } finally {
    await pending?.catch(() => 0);
    await handle.close();
  }
}
var { path, task } = workerData;
var input = {
  path,
  name: basename(path),
  size: task.end - task.start,
  chunks: () => readRange(path, task.start, task.end)
};
parentPort?.postMessage(await readQueryPiece(task, input));
