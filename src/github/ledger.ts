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
  DEFAULT_SERIES,
  recordKey,
  recordSeries,
  recordsOfSeries,
  seriesFound,
  serializeLedgerFile,
  sortRecords,
} from '../run/ledger-record.js'
export {
  type AppendLedgerParams,
  type LedgerSnapshot,
  type ReadLedgerParams,
  type SnapshotParams,
  ANCESTORS_ASKED,
  appendLedgerRecord,
  readLedger,
  readLedgerSnapshot,
  snapshotQuery,
  snapshotRecords,
} from './ledger-store.js'
export {
  type BaselineMatch,
  type BaselineQuery,
  type HistoryPoint,
  badgeUrl,
  findBaseline,
  historyPoints,
  monthToDate,
  selectBaseline,
} from '../run/ledger-query.js'
export { LedgerError } from '../run/ledger-record.js'
