/**
 * Everything the action does with GitHub's API, in one module loaded only when the run talks to
 * GitHub (runs without a token, and the CLI, never load the client or these adapters).
 */
export { downloadRunArtifacts } from '../github/artifacts.js'
export { openGitHubSession } from './github-session.js'
export { readLedgerHistory } from './ledger-history.js'
export { publishRun } from './publish.js'
export { readPrRuns } from './read-pr-runs.js'
