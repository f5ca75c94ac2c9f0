// Types of scripts/licenses.mjs (plain JavaScript, so that `npm run build` needs no TypeScript).
export interface Metafile {
  readonly outputs: Readonly<
    Record<
      string,
      { readonly inputs: Readonly<Record<string, { readonly bytesInOutput: number }>> }
    >
  >
}
export interface BundledPackage {
  readonly name: string
  readonly version: string
  readonly licence: string
  readonly repository?: string
  readonly texts: readonly { readonly name: string; readonly text: string }[]
}
export function packageRootOf(input: string): string | undefined
export function bundledPackageRoots(metafile: Metafile): string[]
export function describePackage(root: string, cwd?: string): BundledPackage
export function renderLicenses(packages: readonly BundledPackage[]): string
