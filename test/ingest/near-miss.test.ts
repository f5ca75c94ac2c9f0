import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { describeNearMiss } from '../../src/ingest/near-miss.js'

describe('describeNearMiss', () => {
  it('names an nvidia-smi log written without its header line', () => {
    const head = '2024/05/01 10:00:00.000, 0, NVIDIA H100 80GB HBM3, 612.40 W\n'
    assert.match(describeNearMiss('gpu.log', head) ?? '', /without its header line/)
    const nounits = '2024/05/01 10:00:00.000, 0, NVIDIA H100 80GB HBM3, 612.40\n'
    assert.match(describeNearMiss('gpu.csv', nounits) ?? '', /without its header line/)
  })

  it('names a CSV with energy or power columns, and a file named like an artifact', () => {
    assert.match(describeNearMiss('run.csv', 'step,power_w\n1,2\n') ?? '', /columns/)
    assert.match(describeNearMiss('emissions-old.json', '[]') ?? '', /named like/)
  })

  it('leaves ordinary data, binary files and carbon-gate reports alone', () => {
    assert.equal(describeNearMiss('train.csv', 'id,label,text\n1,cat,hello\n'), undefined)
    assert.equal(describeNearMiss('notes.txt', 'power to the people, said the log\n'), undefined)
    assert.equal(describeNearMiss('power.bin', 'PK\u0003\u0004\u0000\u0000'), undefined)
    const report = '{\n  "schemaVersion": 1,\n  "verdict": "pass",\n  "totals": {}\n}'
    assert.equal(describeNearMiss('carbon-report.json', report), undefined)
  })
})
