#!/usr/bin/env node
import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  VERSION,
  collectJobs,
  exitCodeFor,
  readGuardedText,
  readTextFileIn,
  renderJson,
  renderMarkdown,
  renderModelCard,
  writeTextFile
} from "./chunks/chunk-DEJY7N2L.js";
import "./chunks/chunk-OZBPR5FA.js";
import "./chunks/chunk-N6NF2UAY.js";
import {
  LEDGER_DIR,
  parseLedgerFile,
  recordProblem,
  recordedRunOf,
  sortRecords
} from "./chunks/chunk-GUHDWO36.js";
import {
  FINAL_TAG,
  MAX_CONFIG_BYTES,
  MAX_GROUP_ROWS,
  NO_HISTORY,
  computeProjectTotals,
  countJobs,
  describeCleaner,
  describeMarketBased,
  describeMoreJobs,
  describeOverhead,
  describeOverheadModes,
  describeWater,
  escapeLine,
  escapeLogLine,
  escapeXml,
  explainVerdict,
  formatAmount,
  formatBudgetValue,
  formatEnergy,
  formatIntensity,
  formatMass,
  formatNumber,
  formatSignedMass,
  formatSignedPercent,
  formatTotalRange,
  formatWholePercent,
  groupCells,
  listShownEquivalents,
  loadConfig,
  measureBudgetUse,
  nameBudget,
  normalizeVerdict,
  parseJsonNullProto,
  renderCostText,
  renderProjectText,
  runGate,
  sanitizeText,
  shortSha,
  sortJobsBySize,
  splitOperational,
  sumJobs,
  toJsonText
} from "./chunks/chunk-ZBX4UEF5.js";
import {
  FLAG_SETTINGS,
  findNearestKey
} from "./chunks/chunk-KZN6RESP.js";
import {
  ConfigError,
  isGateError
} from "./chunks/chunk-4VU3SNOR.js";
import {
  __commonJS,
  __toESM
} from "./chunks/chunk-26LI6IR6.js";

// node_modules/emoji-regex/index.js
var require_emoji_regex = __commonJS({
  "node_modules/emoji-regex/index.js"(exports, module) {
    module.exports = () => {
      return /[#*0-9]\uFE0F?\u20E3|[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26AA\u26B0\u26B1\u26BD\u26BE\u26C4\u26C8\u26CF\u26D1\u26E9\u26F0-\u26F5\u26F7\u26F8\u26FA\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2757\u2763\u27A1\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B55\u3030\u303D\u3297\u3299]\uFE0F?|[\u261D\u270C\u270D](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\u270A\u270B](?:\uD83C[\uDFFB-\uDFFF])?|[\u23E9-\u23EC\u23F0\u23F3\u25FD\u2693\u26A1\u26AB\u26C5\u26CE\u26D4\u26EA\u26FD\u2705\u2728\u274C\u274E\u2753-\u2755\u2795-\u2797\u27B0\u27BF\u2B50]|\u26D3\uFE0F?(?:\u200D\uD83D\uDCA5)?|\u26F9(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\u2764\uFE0F?(?:\u200D(?:\uD83D\uDD25|\uD83E\uDE79))?|\uD83C(?:[\uDC04\uDD70\uDD71\uDD7E\uDD7F\uDE02\uDE37\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF5\uDFF7]\uFE0F?|[\uDF85\uDFC2\uDFC7](?:\uD83C[\uDFFB-\uDFFF])?|[\uDFC4\uDFCA](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDFCB\uDFCC](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDCCF\uDD8E\uDD91-\uDD9A\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF43\uDF45-\uDF4A\uDF4C-\uDF7C\uDF7E-\uDF84\uDF86-\uDF93\uDFA0-\uDFC1\uDFC5\uDFC6\uDFC8\uDFC9\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF8-\uDFFF]|\uDDE6\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF]|\uDDE7\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF]|\uDDE8\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF7\uDDFA-\uDDFF]|\uDDE9\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF]|\uDDEA\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA]|\uDDEB\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7]|\uDDEC\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE]|\uDDED\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA]|\uDDEE\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9]|\uDDEF\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5]|\uDDF0\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF]|\uDDF1\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE]|\uDDF2\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF]|\uDDF3\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF]|\uDDF4\uD83C\uDDF2|\uDDF5\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE]|\uDDF6\uD83C\uDDE6|\uDDF7\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC]|\uDDF8\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF]|\uDDF9\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF]|\uDDFA\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF]|\uDDFB\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA]|\uDDFC\uD83C[\uDDEB\uDDF8]|\uDDFD\uD83C\uDDF0|\uDDFE\uD83C[\uDDEA\uDDF9]|\uDDFF\uD83C[\uDDE6\uDDF2\uDDFC]|\uDF44(?:\u200D\uD83D\uDFEB)?|\uDF4B(?:\u200D\uD83D\uDFE9)?|\uDFC3(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDFF3\uFE0F?(?:\u200D(?:\u26A7\uFE0F?|\uD83C\uDF08))?|\uDFF4(?:\u200D\u2620\uFE0F?|\uDB40\uDC67\uDB40\uDC62\uDB40(?:\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDC73\uDB40\uDC63\uDB40\uDC74|\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F)?)|\uD83D(?:[\uDC3F\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3]\uFE0F?|[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDC8F\uDC91\uDCAA\uDD7A\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC](?:\uD83C[\uDFFB-\uDFFF])?|[\uDC6E-\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4\uDEB5](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD74\uDD90](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\uDC00-\uDC07\uDC09-\uDC14\uDC16-\uDC25\uDC27-\uDC3A\uDC3C-\uDC3E\uDC40\uDC44\uDC45\uDC51-\uDC65\uDC6A\uDC79-\uDC7B\uDC7D-\uDC80\uDC84\uDC88-\uDC8E\uDC90\uDC92-\uDCA9\uDCAB-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDDA4\uDDFB-\uDE2D\uDE2F-\uDE34\uDE37-\uDE41\uDE43\uDE44\uDE48-\uDE4A\uDE80-\uDEA2\uDEA4-\uDEB3\uDEB7-\uDEBF\uDEC1-\uDEC5\uDED0-\uDED2\uDED5-\uDED8\uDEDC-\uDEDF\uDEEB\uDEEC\uDEF4-\uDEFC\uDFE0-\uDFEB\uDFF0]|\uDC08(?:\u200D\u2B1B)?|\uDC15(?:\u200D\uD83E\uDDBA)?|\uDC26(?:\u200D(?:\u2B1B|\uD83D\uDD25))?|\uDC3B(?:\u200D\u2744\uFE0F?)?|\uDC41\uFE0F?(?:\u200D\uD83D\uDDE8\uFE0F?)?|\uDC68(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDC68\uDC69]\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?))?|\uDC69(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?[\uDC68\uDC69]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?|\uDC69\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?))|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFC-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFD-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFD\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFE]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])))?))?|\uDD75(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\uDE2E(?:\u200D\uD83D\uDCA8)?|\uDE35(?:\u200D\uD83D\uDCAB)?|\uDE36(?:\u200D\uD83C\uDF2B\uFE0F?)?|\uDE42(?:\u200D[\u2194\u2195]\uFE0F?)?|\uDEB6(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?)|\uD83E(?:[\uDD0C\uDD0F\uDD18-\uDD1F\uDD30-\uDD34\uDD36\uDD77\uDDB5\uDDB6\uDDBB\uDDD2\uDDD3\uDDD5\uDEC3-\uDEC5\uDEF0\uDEF2-\uDEF8](?:\uD83C[\uDFFB-\uDFFF])?|[\uDD26\uDD35\uDD37-\uDD39\uDD3C-\uDD3E\uDDB8\uDDB9\uDDCD\uDDCF\uDDD4\uDDD6-\uDDDD](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDDDE\uDDDF](?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD0D\uDD0E\uDD10-\uDD17\uDD20-\uDD25\uDD27-\uDD2F\uDD3A\uDD3F-\uDD45\uDD47-\uDD76\uDD78-\uDDB4\uDDB7\uDDBA\uDDBC-\uDDCC\uDDD0\uDDE0-\uDDFF\uDE70-\uDE7C\uDE80-\uDE8A\uDE8E-\uDEC2\uDEC6\uDEC8\uDECD-\uDEDC\uDEDF-\uDEEA\uDEEF]|\uDDCE(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDDD1(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1|\uDDD1\u200D\uD83E\uDDD2(?:\u200D\uD83E\uDDD2)?|\uDDD2(?:\u200D\uD83E\uDDD2)?))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])))?))?|\uDEF1(?:\uD83C(?:\uDFFB(?:\u200D\uD83E\uDEF2\uD83C[\uDFFC-\uDFFF])?|\uDFFC(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFD-\uDFFF])?|\uDFFD(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])?|\uDFFE(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFD\uDFFF])?|\uDFFF(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFE])?))?)/g;
    };
  }
});

// src/cli/run-cli.ts
import { existsSync } from "node:fs";
import { resolve as resolve3 } from "node:path";

// node_modules/ansi-regex/index.js
var ST = String.raw`(?:\u001B\u005C|\u009C)`;
var stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
var osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;
var controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;
var linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;
var csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;
var escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;
var pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${escape}`;
function ansiRegex({ onlyFirst = false } = {}) {
  return new RegExp(pattern, onlyFirst ? void 0 : "g");
}

// node_modules/strip-ansi/index.js
var regex = ansiRegex();
function stripAnsi(string) {
  if (typeof string !== "string") {
    throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
  }
  if (!string.includes("\x1B") && !string.includes("\x9B")) {
    return string;
  }
  return string.replace(regex, "");
}

// node_modules/get-east-asian-width/lookup-data.js
var ambiguousMinimalCodePoint = 161;
var ambiguousMaximumCodePoint = 1114109;
var ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];
var fullwidthMinimalCodePoint = 12288;
var fullwidthMaximumCodePoint = 65510;
var fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];
var wideMinimalCodePoint = 4352;
var wideMaximumCodePoint = 262141;
var wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];

// node_modules/get-east-asian-width/utilities.js
var isInRange = (ranges, codePoint) => {
  let low = 0;
  let high = Math.floor(ranges.length / 2) - 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const i = mid * 2;
    if (codePoint < ranges[i]) {
      high = mid - 1;
    } else if (codePoint > ranges[i + 1]) {
      low = mid + 1;
    } else {
      return true;
    }
  }
  return false;
};

// node_modules/get-east-asian-width/lookup.js
var commonCjkCodePoint = 19968;
var [wideFastPathStart, wideFastPathEnd] = /* @__PURE__ */ findWideFastPathRange(wideRanges);
function findWideFastPathRange(ranges) {
  let fastPathStart = ranges[0];
  let fastPathEnd = ranges[1];
  for (let index = 0; index < ranges.length; index += 2) {
    const start = ranges[index];
    const end = ranges[index + 1];
    if (commonCjkCodePoint >= start && commonCjkCodePoint <= end) {
      return [start, end];
    }
    if (end - start > fastPathEnd - fastPathStart) {
      fastPathStart = start;
      fastPathEnd = end;
    }
  }
  return [fastPathStart, fastPathEnd];
}
var isAmbiguous = (codePoint) => {
  if (codePoint < ambiguousMinimalCodePoint || codePoint > ambiguousMaximumCodePoint) {
    return false;
  }
  return isInRange(ambiguousRanges, codePoint);
};
var isFullwidth = (codePoint) => {
  if (codePoint < fullwidthMinimalCodePoint || codePoint > fullwidthMaximumCodePoint) {
    return false;
  }
  return isInRange(fullwidthRanges, codePoint);
};
var isWide = (codePoint) => {
  if (codePoint >= wideFastPathStart && codePoint <= wideFastPathEnd) {
    return true;
  }
  if (codePoint < wideMinimalCodePoint || codePoint > wideMaximumCodePoint) {
    return false;
  }
  return isInRange(wideRanges, codePoint);
};

// node_modules/get-east-asian-width/index.js
function validate(codePoint) {
  if (!Number.isSafeInteger(codePoint)) {
    throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
  }
}
function eastAsianWidth(codePoint, { ambiguousAsWide = false } = {}) {
  validate(codePoint);
  if (isFullwidth(codePoint) || isWide(codePoint) || ambiguousAsWide && isAmbiguous(codePoint)) {
    return 2;
  }
  return 1;
}

// node_modules/string-width/index.js
var import_emoji_regex = __toESM(require_emoji_regex(), 1);
var segmenter = new Intl.Segmenter();
var defaultIgnorableCodePointRegex = new RegExp("^\\p{Default_Ignorable_Code_Point}$", "u");
function stringWidth(string, options = {}) {
  if (typeof string !== "string" || string.length === 0) {
    return 0;
  }
  const {
    ambiguousIsNarrow = true,
    countAnsiEscapeCodes = false
  } = options;
  if (!countAnsiEscapeCodes) {
    string = stripAnsi(string);
  }
  if (string.length === 0) {
    return 0;
  }
  let width = 0;
  const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
  for (const { segment: character } of segmenter.segment(string)) {
    const codePoint = character.codePointAt(0);
    if (codePoint <= 31 || codePoint >= 127 && codePoint <= 159) {
      continue;
    }
    if (codePoint >= 8203 && codePoint <= 8207 || codePoint === 65279) {
      continue;
    }
    if (codePoint >= 768 && codePoint <= 879 || codePoint >= 6832 && codePoint <= 6911 || codePoint >= 7616 && codePoint <= 7679 || codePoint >= 8400 && codePoint <= 8447 || codePoint >= 65056 && codePoint <= 65071) {
      continue;
    }
    if (codePoint >= 55296 && codePoint <= 57343) {
      continue;
    }
    if (codePoint >= 65024 && codePoint <= 65039) {
      continue;
    }
    if (defaultIgnorableCodePointRegex.test(character)) {
      continue;
    }
    if ((0, import_emoji_regex.default)().test(character)) {
      width += 2;
      continue;
    }
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
  }
  return width;
}

// src/core/display-width.ts
function displayWidth(text) {
  return stringWidth(text);
}
var segmenter2 = new Intl.Segmenter(void 0, { granularity: "grapheme" });
function truncateToWidth(text, max) {
  if (displayWidth(text) <= max) return text;
  if (max <= 0) return "";
  let out = "";
  let used = 0;
  for (const { segment } of segmenter2.segment(text)) {
    const w = displayWidth(segment);
    if (used + w > max - 1) break;
    out += segment;
    used += w;
  }
  return `${out}\u2026`;
}
function truncateStartToWidth(text, max) {
  if (displayWidth(text) <= max) return text;
  if (max <= 0) return "";
  const parts = Array.from(segmenter2.segment(text), (s) => s.segment);
  let tail = "";
  let used = 0;
  for (let i = parts.length - 1; i >= 0; i--) {
    const w = displayWidth(parts[i]);
    if (used + w > max - 1) break;
    tail = parts[i] + tail;
    used += w;
  }
  return `\u2026${tail}`;
}
function padToWidth(text, width, align) {
  const pad = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "r" ? pad + text : text + pad;
}

// src/platform/progress.ts
var LARGE = 50 * 1024 * 1024;
var BAR_CELLS = 30;
var MIN_BAR_CELLS = 10;
var DEFAULT_COLUMNS = 80;
function formatProgressLine(path, bytes, size, columns) {
  const max = Math.max(1, columns - 1);
  const fraction = size > 0 ? Math.min(1, Math.max(0, bytes / size)) : 1;
  const mb = (n) => (n / 1048576).toFixed(0);
  const figures = ` ${(fraction * 100).toFixed(0).padStart(3)} %  ${mb(bytes)}/${mb(size)} MB`;
  const cells = Math.max(
    MIN_BAR_CELLS,
    Math.min(BAR_CELLS, max - displayWidth(figures) - 2 - displayWidth(path))
  );
  const filled = Math.round(fraction * cells);
  const head = `${"\u2588".repeat(filled)}${"\u2591".repeat(cells - filled)}${figures}`;
  const room2 = max - displayWidth(head) - 2;
  const line = room2 >= 4 ? `${head}  ${truncateStartToWidth(path, room2)}` : head;
  return truncateToWidth(line, max);
}
function createProgress(stderr, env) {
  const enabled = stderr.isTTY === true && env.CI === void 0 && env.TERM !== "dumb";
  let current;
  let drawn = false;
  const clear = () => {
    if (drawn) stderr.write("\r\x1B[2K");
    drawn = false;
  };
  return {
    file(path, size) {
      clear();
      current = enabled && size !== void 0 && size > LARGE ? { path, size } : void 0;
    },
    update(bytes) {
      if (!current) return;
      const columns = typeof stderr.columns === "number" && stderr.columns > 0 ? stderr.columns : DEFAULT_COLUMNS;
      stderr.write(
        `\r\x1B[2K${formatProgressLine(escapeLine(current.path), bytes, current.size, columns)}`
      );
      drawn = true;
    },
    done() {
      clear();
      current = void 0;
    }
  };
}

// src/report/text-layout.ts
function wrapToWidth(text, max, indent2 = 2) {
  if (max === void 0 || displayWidth(text) <= max) return [text];
  const lines = [];
  let line = "";
  const room2 = () => lines.length === 0 ? max : max - indent2;
  for (const word of text.split(" ")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (displayWidth(candidate) <= room2() || line === "") {
      line = displayWidth(candidate) <= room2() ? candidate : truncateToWidth(candidate, room2());
      continue;
    }
    lines.push(line);
    line = displayWidth(word) <= max - indent2 ? word : truncateToWidth(word, max - indent2);
  }
  if (line !== "") lines.push(line);
  return lines.map((l, i) => i === 0 ? l : " ".repeat(indent2) + l);
}
var GAP = 2;
function measureColumns(rows, keep) {
  return keep.map((c) => Math.max(0, ...rows.map((r) => displayWidth(r[c] ?? ""))));
}
function layoutTable(rows, spec, max) {
  let keep = spec.align.map((_, c) => c);
  let widths = measureColumns(rows, keep);
  const total = () => widths.reduce((a, b) => a + b, 0) + GAP * (widths.length - 1);
  const shrinkTo = (min) => {
    const at = spec.shrink !== void 0 ? keep.indexOf(spec.shrink.column) : -1;
    if (max === void 0 || at < 0) return;
    const over = total() - max;
    if (over > 0) widths[at] = Math.max(min, widths[at] - over);
  };
  if (max !== void 0 && total() > max) {
    shrinkTo(spec.shrink?.min ?? 0);
    for (const column of spec.drop ?? []) {
      if (total() <= max) break;
      const natural = measureColumns(rows, keep);
      const at = keep.indexOf(column);
      if (at < 0) continue;
      keep = keep.filter((c) => c !== column);
      widths = natural.filter((_, i) => i !== at);
      shrinkTo(spec.shrink?.min ?? 0);
    }
    shrinkTo(1);
  }
  return rows.map((r) => {
    const line = keep.map(
      (c, i) => padToWidth(truncateToWidth(r[c] ?? "", widths[i]), widths[i], spec.align[c])
    ).join(" ".repeat(GAP)).trimEnd();
    return max !== void 0 ? truncateToWidth(line, max) : line;
  });
}

// src/report/render-text.ts
var MAX_JOB_ROWS = 50;
var MAX_NOTICES = 10;
var EQUIVALENTS_SHOWN = 3;
var ANSI = { bold: "1", dim: "2", red: "31", green: "32", yellow: "33" };
var VERDICT_COLOURS = {
  pass: ANSI.green,
  warn: ANSI.yellow,
  fail: ANSI.red
};
function makePaint(color) {
  return color ? (text, code2) => `\x1B[${code2}m${text}\x1B[0m` : (text) => text;
}
var INDENT = 2;
function room(columns) {
  return columns === void 0 ? void 0 : Math.max(20, columns) - INDENT;
}
function indent(lines) {
  return lines.map((l) => `  ${l}`);
}
function renderTotals(report, paint, columns) {
  const t = report.totals;
  const { itKg, overheadKg } = splitOperational(report.totals, report.jobs, report.moreJobs);
  const modes = report.jobs.length > 0 ? ` (${describeOverheadModes(report.jobs)})` : "";
  const rows = layoutTable(
    [
      ["Operational: IT hardware", formatMass(itKg), formatEnergy(t.itEnergyKWh)],
      [
        `Operational: facility overhead${modes}`,
        formatMass(overheadKg),
        formatEnergy(t.overheadKWh)
      ],
      ["Embodied hardware (amortised)", formatMass(t.embodiedKg), ""],
      ["Total", formatTotalRange(t), formatEnergy(t.facilityEnergyKWh)]
    ],
    { align: ["l", "r", "r"], shrink: { column: 0, min: 12 }, drop: [2] },
    room(columns)
  );
  const last = rows.length - 1;
  const water = describeWater(report.jobs);
  return [
    paint("Lifecycle CO2e", ANSI.bold),
    ...indent(rows.map((r, i) => i === last ? paint(r, ANSI.bold) : r)),
    ...water !== void 0 ? indent(wrapToWidth(water, room(columns))) : [],
    ...indent(
      [describeMarketBased(report), describeCleaner(report)].flatMap(
        (l) => l === void 0 ? [] : wrapToWidth(sanitizeText(l, 400), room(columns))
      )
    )
  ];
}
function jobRow(job) {
  return [
    sanitizeText(job.name, 40),
    sanitizeText(job.source.format, 16),
    formatEnergy(job.itEnergyKWh),
    `${formatIntensity(job.intensityGPerKWh)} (${sanitizeText(job.intensitySource, 16)})`,
    describeOverhead(job),
    formatMass(job.totalKg)
  ];
}
function renderJobs(report, paint, columns) {
  const jobs = sortJobsBySize(report.jobs);
  if (jobs.length === 0) return [];
  const rows = [
    ["Job", "Format", "IT energy", "Intensity", "Overhead", "CO2e"],
    ...jobs.slice(0, MAX_JOB_ROWS).map(jobRow)
  ];
  const rest = jobs.slice(MAX_JOB_ROWS);
  if (rest.length > 0) {
    const sum = sumJobs(rest);
    rows.push([
      `\u2026 ${formatNumber(rest.length, 0)} more jobs`,
      "",
      formatEnergy(sum.itEnergyKWh),
      "",
      "",
      formatMass(sum.totalKg)
    ]);
  }
  for (const g of (report.moreJobs ?? []).slice(0, MAX_GROUP_ROWS)) {
    const cells = groupCells(g);
    rows.push([
      sanitizeText(cells.label, 40),
      sanitizeText(g.format, 16),
      formatEnergy(g.itEnergyKWh),
      `(${sanitizeText(g.intensitySource, 16)})`,
      "",
      formatMass(g.totalKg)
    ]);
  }
  const lines = layoutTable(
    rows,
    { align: ["l", "l", "r", "l", "l", "r"], shrink: { column: 0, min: 16 }, drop: [1, 4, 3] },
    room(columns)
  );
  const more = describeMoreJobs(report);
  return [
    paint(`Jobs (${countJobs(report)})`, ANSI.bold),
    ...indent([paint(lines[0], ANSI.dim), ...lines.slice(1)]),
    ...more !== void 0 ? indent(wrapToWidth(more, room(columns))) : []
  ];
}
function budgetStatus(b, paint) {
  if (!b.exceeded) return "within";
  return b.action === "fail" ? paint("EXCEEDED (fails)", ANSI.red) : paint("exceeded (warning)", ANSI.yellow);
}
var BUDGET_STATUS = {
  within: "within",
  fails: "EXCEEDED (fails)",
  warns: "exceeded (warning)"
};
function budgetStatusText(b) {
  if (!b.exceeded) return BUDGET_STATUS.within;
  return b.action === "fail" ? BUDGET_STATUS.fails : BUDGET_STATUS.warns;
}
function renderBudgets(report, paint, columns) {
  if (report.budgets.length === 0)
    return wrapToWidth("Budget: none set (--budget 25kg, or budget: in .carbon-gate.yml)", columns);
  const rows = report.budgets.map((b) => [
    nameBudget(b),
    `limit ${formatBudgetValue(b, b.limit)}`,
    `actual ${formatBudgetValue(b, b.actual)}`,
    `used ${formatWholePercent(measureBudgetUse(b))}`,
    budgetStatusText(b)
  ]);
  const lines = layoutTable(
    rows,
    { align: ["l", "r", "r", "r", "l"], shrink: { column: 0, min: 10 }, drop: [2] },
    room(columns)
  );
  return [
    paint("Budgets", ANSI.bold),
    ...indent(lines.map((l, i) => colourStatus(l, report.budgets[i], paint)))
  ];
}
function colourStatus(line, b, paint) {
  const status = budgetStatusText(b);
  if (!line.endsWith(status) || status === BUDGET_STATUS.within) return line;
  return line.slice(0, -status.length) + budgetStatus(b, paint);
}
function renderBaseline(report, columns) {
  const b = report.baseline;
  if (b === null)
    return wrapToWidth(
      "Baseline: none (pass --baseline FILE to compare with an earlier report)",
      columns
    );
  const sha = shortSha(b.sha);
  return wrapToWidth(
    `Baseline: ${formatSignedMass(b.deltaKg)} (${formatSignedPercent(b.deltaPercent)}) from ${formatMass(b.totalKg)}${sha !== void 0 ? ` at ${sha}` : ""}`,
    columns
  );
}
function renderEquivalents(report, paint, columns) {
  const shown = listShownEquivalents(report).slice(0, EQUIVALENTS_SHOWN);
  if (shown.length === 0) return [];
  return [
    paint("Roughly the same as", ANSI.bold),
    ...indent(
      shown.flatMap(
        (e) => wrapToWidth(
          `${sanitizeText(e.label, 80)}: ${formatAmount(e.amount)} ${sanitizeText(e.unit, 20)}`,
          room(columns)
        )
      )
    )
  ];
}
function renderNotices(title, items, paint, code2, columns) {
  if (items.length === 0) return [];
  const listed = items.slice(0, MAX_NOTICES).flatMap((w) => wrapToWidth(`- ${sanitizeText(w, 300)}`, room(columns)));
  if (items.length > MAX_NOTICES) listed.push(`- \u2026 and ${items.length - MAX_NOTICES} more`);
  return [paint(`${title} (${items.length})`, code2), ...indent(listed)];
}
function renderText(report, opts) {
  const paint = makePaint(opts.color);
  const columns = opts.columns;
  const verdict = normalizeVerdict(report.verdict);
  const word = verdict.toUpperCase();
  const [first = "", ...rest] = wrapToWidth(
    `carbon-gate: ${word} \xB7 ${formatTotalRange(report.totals)} CO2e \xB7 ${explainVerdict(report)}`,
    columns
  );
  const head = [
    first.replace(word, paint(word, `${ANSI.bold};${VERDICT_COLOURS[verdict]}`)),
    ...rest
  ];
  const sections = [
    head,
    renderNotices("Errors", report.errors, paint, ANSI.red, columns),
    renderTotals(report, paint, columns),
    renderJobs(report, paint, columns),
    renderBudgets(report, paint, columns),
    renderBaseline(report, columns),
    renderCostText(report),
    renderEquivalents(report, paint, columns),
    renderNotices("Warnings", report.warnings, paint, ANSI.yellow, columns)
  ].filter((s) => s.length > 0);
  return `${sections.map((s) => s.join("\n")).join("\n\n")}
`;
}

// src/cli/args.ts
import { parseArgs } from "node:util";
var FORMATS = ["text", "markdown", "json", "junit", "code-quality", "model-card"];
var COMMANDS = ["check", "ledger", "help"];
var OWN_FLAGS = {
  config: {
    type: "string",
    value: "FILE",
    help: "configuration file (default: .carbon-gate.yml when present)"
  },
  baseline: {
    type: "string",
    value: "FILE",
    help: "an earlier run's JSON report, or a ledger month file, to compare with"
  },
  format: {
    type: "string",
    value: FORMATS.join("|"),
    help: "what goes to stdout (default text; junit: one test case per budget; code-quality: GitLab Code Quality JSON; model-card: the Hugging Face co2_eq_emissions block)"
  },
  output: { type: "string", value: "FILE", help: "also write the JSON report there" },
  "as-of": {
    type: "string",
    value: "DATE",
    help: "carbon-gate ledger: the day this month and year are taken at (default today, UTC)"
  },
  "no-color": { type: "boolean", help: "no colour (NO_COLOR is honoured too)" },
  color: { type: "boolean" },
  debug: { type: "boolean", help: "show stack traces of unexpected errors" },
  help: { type: "boolean", short: "h", help: "this help" },
  version: { type: "boolean", short: "v", help: "the version" }
};
var FLAG_OPTIONS = {
  ...Object.fromEntries(FLAG_SETTINGS.map((s) => [s.input, { type: "string" }])),
  ...Object.fromEntries(
    Object.entries(OWN_FLAGS).map(([name, f]) => [
      name,
      f.short === void 0 ? { type: f.type } : { type: f.type, short: f.short }
    ])
  )
};
function parseCliArgs(argv) {
  const { values, positionals } = parseFlags(argv);
  if (values.help === true) return { kind: "help" };
  if (values.version === true) return { kind: "version" };
  const [command, ...rest] = positionals;
  if (command === "help") return { kind: "help" };
  if (command === "ledger") return parseLedgerArgs(values, rest);
  const paths = command === void 0 || command === "check" ? rest : positionals;
  const format = values.format ?? "text";
  const known = FORMATS.find((f) => f === format);
  if (typeof format !== "string" || known === void 0) {
    throw new ConfigError(
      "--format",
      `must be one of ${FORMATS.join(", ")}, got "${String(format)}"`
    );
  }
  const inputs = {};
  for (const { input } of FLAG_SETTINGS) {
    const v = values[input];
    if (typeof v === "string") inputs[input] = v;
  }
  if (paths.length > 0) inputs.artifacts = paths.join("\n");
  const text = (name) => {
    const v = values[name];
    return typeof v === "string" ? v : void 0;
  };
  return {
    kind: "check",
    paths,
    ...command !== void 0 && command !== "check" ? { maybeCommand: command } : {},
    inputs,
    configPath: text("config"),
    baseline: text("baseline"),
    format: known,
    output: text("output"),
    color: values["no-color"] === true ? false : values.color === true ? true : void 0
  };
}
function parseFlags(argv) {
  try {
    const parsed = parseArgs({
      args: [...argv],
      options: FLAG_OPTIONS,
      allowPositionals: true,
      strict: true
    });
    return {
      values: parsed.values,
      positionals: parsed.positionals
    };
  } catch (e) {
    throw describeArgError(e);
  }
}
function describeArgError(e) {
  const message = e instanceof Error ? e.message : String(e);
  const option = /'(--?[\w-]+)/.exec(message)?.[1] ?? "arguments";
  const code2 = e.code;
  if (code2 === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    return new ConfigError(option, "unknown option (carbon-gate --help lists them)");
  }
  if (code2 === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return new ConfigError(
      option,
      `needs a value; for a value that starts with '-', write ${option}=VALUE`
    );
  }
  return new ConfigError(option, message.split("\n")[0]);
}
function settingInputs(values) {
  const inputs = {};
  for (const { input } of FLAG_SETTINGS) {
    const v = values[input];
    if (typeof v === "string") inputs[input] = v;
  }
  return inputs;
}
function parseLedgerArgs(values, rest) {
  if (rest.length !== 1) {
    throw new ConfigError(
      "ledger",
      "needs one folder: carbon-gate ledger FOLDER (a ledger branch checkout or its ledger/ folder)"
    );
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") {
    throw new ConfigError(
      "--format",
      `carbon-gate ledger writes text or json, got "${String(format)}"`
    );
  }
  const text = (name) => {
    const v = values[name];
    return typeof v === "string" ? v : void 0;
  };
  const configPath = text("config");
  const asOf = text("as-of");
  return {
    kind: "ledger",
    folder: rest[0],
    inputs: settingInputs(values),
    format,
    ...configPath !== void 0 ? { configPath } : {},
    ...asOf !== void 0 ? { asOf } : {}
  };
}

// src/cli/baseline-file.ts
import { resolve } from "node:path";
var MAX_BASELINE_BYTES = 500 * 1024 * 1024;
function readBaselineFile(cwd, path) {
  const read = readGuardedText(resolve(cwd, path), { maxBytes: MAX_BASELINE_BYTES });
  switch (read.kind) {
    case "missing":
      throw new ConfigError("--baseline", `${path}: no such file`);
    case "refused":
      throw new ConfigError("--baseline", `${path}: ${read.reason}`);
    case "text":
      return parseBaselineFile(read.text, path, "--baseline");
  }
}
var NOT_A_BASELINE = "not a carbon-gate JSON report (schemaVersion 1 with totals.totalKg) nor a ledger file (schemaVersion 1 with records)";
function parseBaselineFile(text, path, label) {
  let data;
  try {
    data = parseJsonNullProto(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new ConfigError(label, `${path}: not valid JSON`);
  }
  if (!isObject(data) || data.schemaVersion !== 1) {
    throw new ConfigError(label, `${path}: ${NOT_A_BASELINE}`);
  }
  if (Array.isArray(data.records)) return latestRecord(data.records, path, label);
  const totalKg = isObject(data.totals) ? data.totals.totalKg : void 0;
  if (typeof totalKg !== "number" || !Number.isFinite(totalKg) || totalKg < 0) {
    throw new ConfigError(label, `${path}: ${NOT_A_BASELINE}`);
  }
  return { totalKg, ...typeof data.sha === "string" ? { sha: data.sha } : {} };
}
function latestRecord(records, path, label) {
  records.forEach((r, i) => {
    const problem = recordProblem(r);
    if (problem !== void 0) throw new ConfigError(label, `${path}: record ${i + 1}: ${problem}`);
  });
  const latest = sortRecords(records).at(-1);
  if (latest === void 0) throw new ConfigError(label, `${path}: the ledger file has no record`);
  return { totalKg: latest.totals.totalKg, sha: latest.sha };
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// src/cli/config-files.ts
function readCliConfigFiles(cwd) {
  return readTextFileIn(cwd, {
    maxBytes: MAX_CONFIG_BYTES,
    dirLabel: "the working directory",
    confineNamed: false
  });
}

// src/report/render-code-quality.ts
import { createHash } from "node:crypto";
function locate(message, fallback) {
  const withLine = /^(.+?):(\d+): /.exec(message);
  if (withLine) return { path: withLine[1], line: Number(withLine[2]) };
  const withPath = /^([^\s:-][^\s:]*[./][^\s:]*): /.exec(message);
  return withPath ? { path: withPath[1], line: 1 } : fallback;
}
function fingerprint(...parts) {
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 32);
}
function issue(checkName, description, severity, at, identity) {
  return {
    description: sanitizeText(description, 1e3),
    check_name: checkName,
    fingerprint: fingerprint(checkName, at.path, identity),
    severity,
    location: { path: escapeLine(at.path), lines: { begin: at.line } }
  };
}
function budgetIssue(b, at) {
  const use = formatWholePercent(measureBudgetUse(b));
  const what = `${formatBudgetValue(b, b.actual)} against a limit of ${formatBudgetValue(b, b.limit)} (${use} used)`;
  const effect = b.action === "fail" ? "fails the check" : "warning only";
  return issue(
    `carbon-gate/budget-${b.kind}`,
    `carbon-gate: ${nameBudget(b)} budget exceeded: ${what}; ${effect}`,
    b.action === "fail" ? "major" : "minor",
    at,
    b.kind
  );
}
function renderCodeQuality(report) {
  const largest = sortJobsBySize(report.jobs)[0];
  const fallback = largest ? { path: largest.source.path, line: largest.source.line ?? 1 } : { path: ".", line: 1 };
  const issues = [
    ...report.budgets.filter((b) => b.exceeded).map((b) => budgetIssue(b, fallback)),
    ...report.errors.map(
      (e) => issue("carbon-gate/unusable-input", `carbon-gate: ${e}`, "critical", locate(e, fallback), e)
    ),
    ...report.warnings.map(
      (w) => issue("carbon-gate/warning", `carbon-gate: ${w}`, "info", locate(w, fallback), w)
    )
  ];
  const seen = /* @__PURE__ */ new Set();
  const unique = issues.filter(
    (i) => seen.has(i.fingerprint) ? false : (seen.add(i.fingerprint), true)
  );
  return toJsonText(unique);
}

// src/report/render-junit.ts
var SUITE = "carbon-gate";
var MAX_LINE = 1e3;
function xmlText(untrusted, maxLength = MAX_LINE) {
  const wellFormed = sanitizeText(untrusted, maxLength).replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g,
    "\uFFFD"
  );
  return escapeXml(wellFormed);
}
function describeBudgetUse(b) {
  const limit = formatBudgetValue(b, b.limit);
  const actual = formatBudgetValue(b, b.actual);
  const use = formatWholePercent(measureBudgetUse(b));
  return `${actual} against a limit of ${limit} (${use} used)`;
}
function budgetCase(b) {
  const base = { name: `${nameBudget(b)} budget`, classname: `${SUITE}.budgets` };
  const use = describeBudgetUse(b);
  if (b.exceeded && b.action === "fail") {
    const message = `exceeded: ${use}`;
    return { ...base, outcome: { kind: "failure", message, text: `${message}; fails the check` } };
  }
  const note = b.exceeded ? `exceeded, warning only: ${use}` : `within budget: ${use}`;
  return { ...base, outcome: { kind: "pass", note } };
}
function inputsCase(errors) {
  const count = `${errors.length} input${errors.length === 1 ? "" : "s"} could not be used`;
  return {
    name: "inputs",
    classname: `${SUITE}.inputs`,
    outcome: { kind: "error", message: count, text: errors.map((e) => xmlText(e)).join("\n") }
  };
}
function renderCase(c) {
  const open = `    <testcase name="${xmlText(c.name)}" classname="${xmlText(c.classname)}">`;
  const { outcome } = c;
  const body = outcome.kind === "pass" ? `      <system-out>${xmlText(outcome.note)}</system-out>` : `      <${outcome.kind} message="${xmlText(outcome.message)}" type="${outcome.kind === "failure" ? "budget-exceeded" : "unusable-input"}">${outcome.text}</${outcome.kind}>`;
  return [open, body, "    </testcase>"];
}
function summaryLines(report) {
  const { totals } = report;
  return [
    `${normalizeVerdict(report.verdict)}: ${formatMass(totals.totalKg)} CO2e (${explainVerdict(report)})`,
    `operational ${formatMass(totals.operationalKg)}, embodied ${formatMass(totals.embodiedKg)}, facility energy ${formatEnergy(totals.facilityEnergyKWh)}, ${report.jobs.length} jobs`,
    ...report.jobs.map((j) => `job ${j.name} (${j.source.path}): ${formatMass(j.totalKg)} CO2e`),
    ...report.warnings.map((w) => `warning: ${w}`)
  ].map((line) => xmlText(line));
}
function renderJunit(report) {
  const cases = [
    ...report.budgets.map(budgetCase),
    ...report.errors.length > 0 ? [inputsCase(report.errors)] : []
  ];
  const failures = cases.filter((c) => c.outcome.kind === "failure").length;
  const errors = cases.filter((c) => c.outcome.kind === "error").length;
  const counts = `tests="${cases.length}" failures="${failures}" errors="${errors}"`;
  const { totals } = report;
  const properties = [
    ["verdict", normalizeVerdict(report.verdict)],
    ["total-kg", totals.totalKg],
    ["operational-kg", totals.operationalKg],
    ["embodied-kg", totals.embodiedKg],
    ["energy-kwh", totals.facilityEnergyKWh],
    ["jobs", report.jobs.length]
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${SUITE}" ${counts}>`,
    `  <testsuite name="${SUITE}" ${counts} skipped="0">`,
    "    <properties>",
    ...properties.map(([n, v]) => `      <property name="${n}" value="${xmlText(String(v))}"/>`),
    "    </properties>",
    ...cases.flatMap(renderCase),
    `    <system-out>${summaryLines(report).join("\n")}</system-out>`,
    "  </testsuite>",
    "</testsuites>",
    ""
  ].join("\n");
}

// src/cli/ledger-command.ts
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve as resolve2 } from "node:path";
var MONTH_FILE = /^\d{4}-(0[1-9]|1[0-2])\.json$/;
var MAX_MONTH_FILES = 1e3;
async function runLedgerCommand(io, args, now) {
  const config = await loadConfig(readCliConfigFiles(io.cwd), {
    inputs: args.inputs,
    inputLabel: (name) => `--${name}`,
    ...args.configPath !== void 0 ? { configPath: args.configPath } : {}
  });
  const asOf = parseAsOf(args.asOf, now);
  const { folder, files } = listMonthFiles(io.cwd, args.folder);
  const records = files.flatMap((file) => readMonthFile(io.cwd, folder, file));
  const totals = computeProjectTotals(records.map(recordedRunOf), {
    asOf,
    rule: { tag: FINAL_TAG, jobs: config.finalJobs },
    source: relative(io.cwd, folder) || "."
  });
  io.stdout.write(args.format === "json" ? toJsonText(totals) : renderProjectText(totals));
  return 0;
}
function parseAsOf(text, now) {
  if (text === void 0) return now;
  const ms = Date.parse(text);
  if (Number.isNaN(ms))
    throw new ConfigError("--as-of", `"${text}" is not a date (e.g. 2026-03-15)`);
  return new Date(ms);
}
function listMonthFiles(cwd, given) {
  let folder = resolve2(cwd, given);
  const isDir = (p) => {
    try {
      return statSync(p).isDirectory();
    } catch {
      return false;
    }
  };
  if (!isDir(folder)) throw new ConfigError("ledger", `${given}: no such folder`);
  if (isDir(join(folder, LEDGER_DIR))) folder = join(folder, LEDGER_DIR);
  const files = readdirSync(folder).filter((f) => MONTH_FILE.test(f)).sort();
  if (files.length === 0) {
    throw new ConfigError("ledger", `${given}: no ledger month files (YYYY-MM.json) found`);
  }
  if (files.length > MAX_MONTH_FILES) {
    throw new ConfigError("ledger", `${given}: more than ${MAX_MONTH_FILES} month files`);
  }
  return { folder, files };
}
function readMonthFile(cwd, folder, file) {
  const path = join(folder, file);
  const shown = relative(cwd, path) || file;
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new ConfigError(shown, `cannot be read (${e.code ?? "error"})`);
  }
  return parseLedgerFile(text, "local", shown);
}

// src/cli/usage.ts
var INTRO = `Usage: carbon-gate check [PATH|DIR|GLOB ...] [options]
       carbon-gate ledger FOLDER [--format text|json] [--as-of DATE] [--final-jobs PATTERN]

Reads the energy your training jobs tracked (CodeCarbon, carbontracker, Eco2AI, Zeus,
nvidia-smi, DCGM, experiment-impact-tracker, *.carbon.json), estimates their lifecycle
emissions (operational + facility overhead + embodied hardware) and checks your budgets.
With no path, the working directory is searched. \`ledger\` prints the project to date
(month, year, all time, R&D multiplier) from a ledger branch checkout or folder of month files.
`;
var OUTRO = "Exit status: 0 within budget (or warn), 1 over budget with fail, 2 unusable input.\n";
var COLUMN = 25;
function describeFlag(left, help) {
  const gap = left.length > COLUMN - 1 ? "   " : " ";
  return `  ${left.padEnd(COLUMN - 1)}${gap}${help}`;
}
function listFlags() {
  const own = (names) => names.flatMap((name) => {
    const flag = OWN_FLAGS[name];
    if (flag?.help === void 0) return [];
    const short = flag.short !== void 0 ? `-${flag.short}, ` : "";
    const value = flag.value !== void 0 ? ` ${flag.value}` : "";
    return [describeFlag(`${short}--${name}${value}`, flag.help)];
  });
  const settings = FLAG_SETTINGS.map(
    (s) => describeFlag(`--${s.input} ${s.flag.value}`, s.flag.help)
  );
  const rest = Object.keys(OWN_FLAGS).filter((name) => name !== "config");
  return [...own(["config"]), ...settings, ...own(rest)];
}
var USAGE = `${INTRO}
Options:
${listFlags().join("\n")}

${OUTRO}`;

// src/cli/run-cli.ts
function writeError(io, line) {
  io.stderr.write(`${escapeLogLine(`carbon-gate: error: ${line}`)}
`);
}
function fail(io, line) {
  writeError(io, line);
  return 2;
}
async function runCli(io) {
  try {
    return await runCommand(io);
  } catch (e) {
    if (isGateError(e)) return fail(io, e.line);
    const message = e instanceof Error ? e.message : String(e);
    if (io.argv.includes("--debug") && e instanceof Error && e.stack) {
      io.stderr.write(`${e.stack}
`);
    }
    return fail(io, `unexpected: ${message} (run with --debug for details and report it)`);
  }
}
async function runCommand(io) {
  const args = parseCliArgs(io.argv);
  switch (args.kind) {
    case "help":
      io.stdout.write(USAGE);
      return 0;
    case "version":
      io.stdout.write(`${VERSION}
`);
      return 0;
    case "check":
      return check(io, args);
    case "ledger":
      return runLedgerCommand(io, args, /* @__PURE__ */ new Date());
  }
}
function checkCommandWord(io, args) {
  const word = args.maybeCommand;
  if (word === void 0 || !/^[A-Za-z][\w-]*$/.test(word) || existsSync(resolve3(io.cwd, word))) {
    return;
  }
  const nearest = findNearestKey(word, COMMANDS);
  if (nearest !== void 0) {
    throw new ConfigError(word, `no such command or file; did you mean ${nearest}?`);
  }
}
async function check(io, args) {
  checkCommandWord(io, args);
  const config = await loadConfig(readCliConfigFiles(io.cwd), {
    inputs: args.inputs,
    inputLabel: (name) => `--${name}`,
    ...args.configPath !== void 0 ? { configPath: args.configPath } : {}
  });
  const { report } = await runGate(cliPorts(io, config, args), { config });
  if (args.output !== void 0) writeOutputFile(io, args.output, report);
  const forPeople = args.format === "text" || args.format === "markdown";
  if (!forPeople || report.jobs.length > 0 || report.errors.length === 0) {
    io.stdout.write(
      renderOutput(report, args.format, wantsColor(io, args.color), {
        columns: io.stdout.columns,
        trainingType: config.trainingType
      })
    );
  }
  for (const error of report.errors) writeError(io, error);
  return exitCodeFor(report);
}
function cliPorts(io, config, args) {
  const baseline = args.baseline;
  return {
    readJobs: async (options) => {
      const progress = createProgress(io.stderr, io.env);
      const read = { ...options, onProgress: progress.update };
      const collected = await collectJobs(config.artifacts, {
        cwd: io.cwd,
        read,
        onFile: progress.file
      });
      progress.done();
      return collected;
    },
    readInference: (paths, options) => collectJobs(paths, { cwd: io.cwd, read: options, onFile: () => void 0 }),
    ...baseline !== void 0 ? {
      readHistory: () => Promise.resolve({ ...NO_HISTORY, baseline: readBaselineFile(io.cwd, baseline) })
    } : {}
  };
}
function writeOutputFile(io, path, report) {
  try {
    writeTextFile(resolve3(io.cwd, path), renderJson(report));
  } catch (e) {
    const code2 = e.code ?? "error";
    throw new ConfigError(
      "--output",
      `${path}: cannot be written (${code2}); does its directory exist?`
    );
  }
}
function renderOutput(report, format, color, options) {
  switch (format) {
    case "json":
      return renderJson(report);
    case "markdown":
      return renderMarkdown(report);
    case "text":
      return renderText(report, {
        color,
        ...options.columns !== void 0 ? { columns: options.columns } : {}
      });
    case "junit":
      return renderJunit(report);
    case "code-quality":
      return renderCodeQuality(report);
    case "model-card":
      return renderModelCard(report, {
        version: VERSION,
        ...options.trainingType !== void 0 ? { trainingType: options.trainingType } : {}
      });
  }
}
function wantsColor(io, flag) {
  if (flag !== void 0) return flag;
  if (io.env.NO_COLOR !== void 0 && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== void 0 && io.env.FORCE_COLOR !== "0") return true;
  return io.stdoutIsTTY === true && io.env.TERM !== "dumb";
}

// src/bin/cli.ts
var code = await runCli({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  stdoutIsTTY: process.stdout.isTTY
});
process.exitCode = code;
