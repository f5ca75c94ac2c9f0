/**
 * The carbon ledger on its own branch (default `carbon-ledger`): `ledger/YYYY-MM.json` month files
 * and the badge files beside them. One module to import; the parts live in ledger-*.ts.
 */
export {
  type LedgerFile,
  type LedgerJob,
  type LedgerRecord,
  BADGE_JSON_PATH,
  BADGE_SVG_PATH,
  DEFAULT_LEDGER_BRANCH,
  LEDGER_DIR,
  ledgerRecordId,
  monthOf,
  monthPath,
  parseLedgerFile,
  recordKey,
  recordsForKey,
  serializeLedgerFile,
  sortRecords,
} from './ledger-record.js'
export {
  type AppendLedgerParams,
  type ReadLedgerParams,
  appendLedgerRecord,
  readLedger,
} from './ledger-store.js'
export {
  type HistoryPoint,
  badgeUrl,
  historyPoints,
  monthToDate,
  selectBaseline,
} from './ledger-query.js'
export { LedgerError } from './errors.js'
