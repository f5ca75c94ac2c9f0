/**
 * Just enough of the protobuf wire format to walk a message: varints, fixed 32/64-bit fields and
 * length-delimited fields (sub-messages, strings). Unknown fields are skipped, as protobuf does.
 * Numbers are JavaScript numbers: exact up to 2^53, which every field read here stays below.
 */

export class ProtobufError extends Error {}

/** Wire types (protobuf encoding spec). */
const VARINT = 0
const FIXED64 = 1
const LENGTH = 2
const FIXED32 = 5

export interface Field {
  readonly number: number
  readonly wireType: number
  /** The value of a varint field. */
  readonly varint: number
  /** The bytes of a length-delimited field (a view into the message). */
  readonly bytes: Uint8Array
}

const EMPTY = new Uint8Array(0)
const utf8 = new TextDecoder('utf-8')

/** Reads a varint at `at`: [value, next offset]. */
function readVarint(bytes: Uint8Array, at: number): [number, number] {
  let value = 0
  let scale = 1
  for (let i = 0; i < 10; i++) {
    if (at >= bytes.byteLength) throw new ProtobufError('a varint runs past the end of its message')
    const b = bytes[at++]!
    value += (b & 0x7f) * scale
    if (b < 0x80) return [value, at]
    scale *= 128
  }
  throw new ProtobufError('a varint is longer than 10 bytes')
}

/** The fields of one message, in order. Throws ProtobufError on a malformed message. */
export function* fields(message: Uint8Array): Generator<Field> {
  let at = 0
  while (at < message.byteLength) {
    const [key, afterKey] = readVarint(message, at)
    at = afterKey
    const number = Math.floor(key / 8)
    const wireType = key % 8
    if (number === 0) throw new ProtobufError('field number 0')
    if (wireType === VARINT) {
      const [varint, next] = readVarint(message, at)
      at = next
      yield { number, wireType, varint, bytes: EMPTY }
    } else if (wireType === LENGTH) {
      const [length, start] = readVarint(message, at)
      const end = start + length
      if (end > message.byteLength)
        throw new ProtobufError('a field runs past the end of its message')
      at = end
      yield { number, wireType, varint: 0, bytes: message.subarray(start, end) }
    } else if (wireType === FIXED64 || wireType === FIXED32) {
      at += wireType === FIXED64 ? 8 : 4
      if (at > message.byteLength)
        throw new ProtobufError('a field runs past the end of its message')
    } else {
      throw new ProtobufError(`wire type ${wireType} is not one protobuf writes`)
    }
  }
}

/** A length-delimited field as UTF-8 text. */
export function text(field: Field): string {
  return utf8.decode(field.bytes)
}

/** A signed int64/int32 varint (two's complement over 64 bits), as protobuf encodes negatives. */
export function signed(field: Field): number {
  return field.varint >= 2 ** 63 ? field.varint - 2 ** 64 : field.varint
}
