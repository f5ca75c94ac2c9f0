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
} from "./chunk-ISF4OCJ4.js";
import {
  LedgerError
} from "./chunk-HK7QX5XH.js";
import "./chunk-TP4C7UAS.js";
import "./chunk-CPXXXDRJ.js";
import "./chunk-3IK3HOMV.js";
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
