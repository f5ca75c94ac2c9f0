import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { chooseBadgeColor, measureText, renderBadge } from '../../src/report/render-badge.js'

describe('renderBadge', () => {
  it('colours by budget use: ≤ 0.5, ≤ 0.8, ≤ 1, above; blue without a budget', () => {
    const cases: [number | undefined, string][] = [
      [0, 'brightgreen'],
      [0.5, 'brightgreen'],
      [0.51, 'green'],
      [0.8, 'green'],
      [0.81, 'yellow'],
      [1, 'yellow'],
      [1.01, 'red'],
      [1e9, 'red'],
      [undefined, 'blue'],
    ]
    for (const [used, color] of cases) {
      assert.equal(chooseBadgeColor(used, 'pass'), color, `budgetUsed ${used}`)
      const input =
        used === undefined
          ? { totalKg: 1, verdict: 'pass' as const }
          : { totalKg: 1, verdict: 'pass' as const, budgetUsed: used }
      assert.equal(renderBadge(input).endpoint.color, color)
    }
  })

  it('is red when the verdict fails, whatever the budget use', () => {
    assert.equal(chooseBadgeColor(0.2, 'fail'), 'red')
    assert.equal(chooseBadgeColor(undefined, 'fail'), 'red')
    assert.equal(chooseBadgeColor(0.9, 'warn'), 'yellow')
  })

  it('has exactly the shields endpoint keys', () => {
    const { endpoint } = renderBadge({ totalKg: 12.3, verdict: 'pass', budgetUsed: 0.4 })
    assert.deepEqual(Object.keys(endpoint).sort(), ['color', 'label', 'message', 'schemaVersion'])
    assert.deepEqual(endpoint, {
      schemaVersion: 1,
      label: 'carbon',
      message: '12.3 kg CO₂e',
      color: 'brightgreen',
    })
    assert.equal(
      renderBadge({ totalKg: 50_532.4, verdict: 'pass' }).endpoint.message,
      '50.5 t CO₂e',
    )
  })

  it('estimates text widths from Verdana 11px advances', () => {
    // c 5.8 + a 6.6 + r 4.7 + b 6.8 + o 6.6 + n 7.0 = 37.5
    assert.equal(measureText('carbon'), 37.5)
    // 1 2 . 3 = 7 + 7 + 4 + 7 = 25, space 3.9, k 6.5 g 6.8
    assert.equal(measureText('12.3 kg'), 42.2)
  })

  it('draws a flat two-part SVG sized from the text', () => {
    const { svg } = renderBadge({ totalKg: 12.3, verdict: 'pass', budgetUsed: 0.9 })
    assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="'))
    // label 37.5 + 12 = 49.5 → 50 (round half up); message "12.3 kg CO₂e"
    assert.ok(svg.includes('<rect width="50" height="20" fill="#555"/>'))
    assert.ok(svg.includes('<rect x="50" '))
    assert.ok(svg.includes('fill="#dfb317"'))
    assert.ok(svg.includes('rx="3"'))
    assert.ok(svg.includes('<title>carbon: 12.3 kg CO₂e</title>'))
    assert.equal(svg.split('<text ').length - 1, 4)
    assert.equal(svg, renderBadge({ totalKg: 12.3, verdict: 'pass', budgetUsed: 0.9 }).svg)
  })
})
