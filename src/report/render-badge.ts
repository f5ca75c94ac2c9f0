/**
 * The README badge: a shields.io endpoint JSON (exactly the schema's keys) and a flat SVG drawn
 * locally, so the ledger branch can serve either without a third-party renderer.
 */
import { toJsonText } from '../core/json.js'
import type { Verdict } from '../core/types.js'
import { escapeXml } from './escape.js'
import { formatMass } from './format-numbers.js'

export type BadgeColor = 'brightgreen' | 'green' | 'yellow' | 'red' | 'blue'

export interface BadgeInput {
  readonly totalKg: number
  /** Fraction of the tightest budget used; absent when no budget is set. */
  readonly budgetUsed?: number
  readonly verdict: Verdict
}

/** The shields.io endpoint schema; shields rejects unknown keys, so there are no others. */
export interface BadgeEndpoint {
  readonly schemaVersion: 1
  readonly label: string
  readonly message: string
  readonly color: string
}

export interface Badge {
  readonly svg: string
  readonly endpoint: BadgeEndpoint
  /** The endpoint as the file `badge.json` holds it. */
  readonly json: string
}

export const BADGE_LABEL = 'carbon'

const HEX: Readonly<Record<BadgeColor, string>> = {
  brightgreen: '#4c1',
  green: '#97ca00',
  yellow: '#dfb317',
  red: '#e05d44',
  blue: '#007ec6',
}

/**
 * Colour by budget use: ≤ 0.5 brightgreen, ≤ 0.8 green, ≤ 1 yellow, above red; no budget blue.
 * A failing verdict (over a failing budget, or inputs that could not be used) is always red.
 */
export function chooseBadgeColor(budgetUsed: number | undefined, verdict: Verdict): BadgeColor {
  if (verdict === 'fail') return 'red'
  if (budgetUsed === undefined || Number.isNaN(budgetUsed)) return 'blue'
  if (budgetUsed <= 0.5) return 'brightgreen'
  if (budgetUsed <= 0.8) return 'green'
  if (budgetUsed <= 1) return 'yellow'
  return 'red'
}

/**
 * Advance widths of Verdana at 11 px (from its 2048-unit metrics, rounded to 0.1 px); other
 * characters count as 7 px. An estimate: the SVG's textLength makes renderers match it.
 */
const GROUPS: readonly (readonly [string, number])[] = [
  ['0123456789', 7],
  [' ', 3.9],
  ['.,', 4],
  [':;', 4.7],
  ['il', 3],
  ['j', 3.8],
  ['f', 3.9],
  ['t', 4.3],
  ['r', 4.7],
  ['sz', 5.7],
  ['c', 5.8],
  ['aeo', 6.6],
  ['kvxy', 6.5],
  ['bdgpq', 6.8],
  ['hnu', 7],
  ['w', 8.9],
  ['m', 10.7],
  ['I', 4.6],
  ['J', 5],
  ['L', 6.2],
  ['F', 6.3],
  ['P', 6.6],
  ['TY', 6.8],
  ['E', 7],
  ['AVXZ', 7.5],
  ['BKS', 7.6],
  ['CR', 7.7],
  ['U', 8.1],
  ['NH', 8.2],
  ['DG', 8.5],
  ['OQ', 8.7],
  ['M', 9.3],
  ['W', 11],
  ['-', 4.6],
  ['()', 5],
  ['/', 5.5],
  ['₂', 5],
  ['+', 9.2],
  ['%', 13.4],
]
const CHAR_WIDTHS: ReadonlyMap<string, number> = new Map(
  GROUPS.flatMap(([chars, w]) => Array.from(chars, (c) => [c, w] as const)),
)
const DEFAULT_WIDTH = 7

/** Estimated width in px of `text` in Verdana 11px. */
export function measureText(text: string): number {
  let sum = 0
  for (const c of text) sum += CHAR_WIDTHS.get(c) ?? DEFAULT_WIDTH
  return Math.round(sum * 10) / 10
}

const PADDING = 6
const HEIGHT = 20

function round1(x: number): string {
  return String(Math.round(x * 10) / 10)
}

function renderSvg(label: string, message: string, color: BadgeColor): string {
  const labelText = measureText(label)
  const messageText = measureText(message)
  const labelWidth = Math.round(labelText + 2 * PADDING)
  const messageWidth = Math.round(messageText + 2 * PADDING)
  const total = labelWidth + messageWidth
  const title = escapeXml(`${label}: ${message}`)
  const text = (x: number, body: string, length: number): string => {
    const attrs = `x="${round1(x)}" textLength="${round1(length)}" lengthAdjust="spacingAndGlyphs"`
    const safe = escapeXml(body)
    return `<text ${attrs} y="15" fill="#010101" fill-opacity=".3" aria-hidden="true">${safe}</text><text ${attrs} y="14">${safe}</text>`
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${total}" height="${HEIGHT}" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    '<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>',
    `<clipPath id="r"><rect width="${total}" height="${HEIGHT}" rx="3" fill="#fff"/></clipPath>`,
    `<g clip-path="url(#r)"><rect width="${labelWidth}" height="${HEIGHT}" fill="#555"/><rect x="${labelWidth}" width="${messageWidth}" height="${HEIGHT}" fill="${HEX[color]}"/><rect width="${total}" height="${HEIGHT}" fill="url(#s)"/></g>`,
    '<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" text-rendering="geometricPrecision" font-size="11">',
    text(labelWidth / 2, label, labelText),
    text(labelWidth + messageWidth / 2, message, messageText),
    '</g>',
    '</svg>',
    '',
  ].join('\n')
}

/** The badge for a run: "carbon | 12.3 kg CO₂e", coloured by budget use. */
export function renderBadge(input: BadgeInput): Badge {
  const color = chooseBadgeColor(input.budgetUsed, input.verdict)
  const message = `${formatMass(input.totalKg)} CO₂e`
  const endpoint: BadgeEndpoint = { schemaVersion: 1, label: BADGE_LABEL, message, color }
  return { svg: renderSvg(BADGE_LABEL, message, color), endpoint, json: toJsonText(endpoint) }
}
