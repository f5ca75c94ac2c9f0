import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  BADGE_JSON_PATH,
  BADGE_SVG_PATH,
  DEFAULT_LEDGER_BRANCH,
  LEDGER_DIR,
  appendLedgerRecord,
  badgeUrl,
  historyPoints,
  ledgerRecordId,
  monthOf,
  monthPath,
  monthToDate,
  parseLedgerFile,
  readLedger,
  recordKey,
  recordsForKey,
  selectBaseline,
  serializeLedgerFile,
  sortRecords
} from "./chunk-XJJ5BGOS.js";
import {
  LedgerError
} from "./chunk-HK7QX5XH.js";
import "./chunk-TP4C7UAS.js";
import "./chunk-7C6IEFZO.js";
import "./chunk-NIF3RVOA.js";
import "./chunk-3IK3HOMV.js";
import "./chunk-TPE2PYFM.js";
import "./chunk-26LI6IR6.js";
export {
  BADGE_JSON_PATH,
  BADGE_SVG_PATH,
  DEFAULT_LEDGER_BRANCH,
  LEDGER_DIR,
  LedgerError,
  appendLedgerRecord,
  badgeUrl,
  historyPoints,
  ledgerRecordId,
  monthOf,
  monthPath,
  monthToDate,
  parseLedgerFile,
  readLedger,
  recordKey,
  recordsForKey,
  selectBaseline,
  serializeLedgerFile,
  sortRecords
};
