/**
 * A JUnit XML consumer for the tests: test/support/junit.xsd checked by libxml2 (compiled to
 * WebAssembly, libxml2-wasm), plus what an XSD cannot say: the counts on the suite agree with its
 * test cases.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { XmlDocument, XsdValidator } from 'libxml2-wasm'

const XSD = readFileSync(join(import.meta.dirname, 'junit.xsd'), 'utf8')

/** Throws naming `where` and the problem when `xml` is not a valid JUnit report. */
export function assertValidJunit(xml: string, where: string): void {
  const schemaDoc = XmlDocument.fromString(XSD)
  const validator = XsdValidator.fromDoc(schemaDoc)
  let doc: XmlDocument | undefined
  try {
    doc = XmlDocument.fromString(xml)
    validator.validate(doc)
  } catch (e) {
    throw new Error(`${where}: not valid JUnit XML: ${e instanceof Error ? e.message : String(e)}`)
  } finally {
    doc?.dispose()
    validator.dispose()
    schemaDoc.dispose()
  }
  const count = (tag: string): number => (xml.match(new RegExp(`<${tag}[ >]`, 'g')) ?? []).length
  const attr = (name: string): number =>
    Number(new RegExp(`<testsuite [^>]*${name}="(\\d+)"`).exec(xml)?.[1])
  const expected = { tests: count('testcase'), failures: count('failure'), errors: count('error') }
  const stated = { tests: attr('tests'), failures: attr('failures'), errors: attr('errors') }
  if (JSON.stringify(stated) !== JSON.stringify(expected)) {
    throw new Error(
      `${where}: the suite states ${JSON.stringify(stated)}, it holds ${JSON.stringify(expected)}`,
    )
  }
}
