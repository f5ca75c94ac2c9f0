import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  defaultCommentKey
} from "./chunk-35M7DKNE.js";

// src/run/publish-plan.ts
function needsGitHub(config, token) {
  return token !== "" && (config.comment || config.ledger !== "off" || config.runId !== void 0);
}
function planPublish(config, context) {
  const comment = config.comment && context.prNumber !== void 0;
  const ledgerWrite = decideLedgerWrite(config, context);
  const warnings = config.comment && context.prNumber === void 0 && context.isPullRequest ? ["No pull request number found in the event: no comment posted."] : [];
  return {
    key: config.commentKey ?? defaultCommentKey(context.workflow, context.job),
    sha: context.sha,
    ...context.prNumber !== void 0 ? { prNumber: context.prNumber } : {},
    ...context.baseSha !== void 0 ? { baseSha: context.baseSha } : {},
    comment,
    ledgerRead: config.ledger !== "off",
    ledgerWrite,
    ledgerBranch: config.ledgerBranch,
    badge: ledgerWrite && config.badge,
    warnings
  };
}
function decideLedgerWrite(config, context) {
  switch (config.ledger) {
    case "auto":
      return context.isDefaultBranchPush;
    case "write":
      return !context.isPullRequest;
    case "read":
    case "off":
      return false;
  }
}
function planForReport(plan, report) {
  if (report.errors.length === 0 || !plan.ledgerWrite) return plan;
  return { ...plan, ledgerWrite: false, badge: false };
}

export {
  needsGitHub,
  planPublish,
  planForReport
};
