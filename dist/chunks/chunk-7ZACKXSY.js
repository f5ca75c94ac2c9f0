import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  DEFAULT_KEY,
  defaultCommentKey
} from "./chunk-KZN6RESP.js";

// src/run/publish-plan.ts
function needsGitHub(config, token) {
  return token !== "" && (config.comment || config.ledger !== "off" || config.runId !== void 0);
}
function planPublish(config, context) {
  const comment = config.comment && context.prNumber !== void 0;
  const ledgerWrite = decideLedgerWrite(config, context);
  const warnings = config.comment && context.prNumber === void 0 && context.isPullRequest ? ["No pull request number found in the event: no comment posted."] : [];
  const series = config.series ?? config.commentKey ?? DEFAULT_KEY;
  const key = config.commentKey ?? series;
  const legacy = defaultCommentKey(context.workflow, context.job);
  return {
    key,
    series,
    legacyKeys: config.commentKey === void 0 && legacy !== key ? [legacy] : [],
    workflow: context.workflow,
    job: context.job,
    sha: context.sha,
    ...context.prNumber !== void 0 ? { prNumber: context.prNumber } : {},
    ...context.baseSha !== void 0 ? { baseSha: context.baseSha } : {},
    comment,
    commentLayout: config.commentLayout,
    ledgerRead: config.ledger !== "off",
    ledgerWrite,
    ledgerBranch: config.ledgerBranch,
    badge: ledgerWrite && config.badge,
    commitStatus: config.commitStatus,
    ...config.tag !== void 0 ? { tag: config.tag } : {},
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
