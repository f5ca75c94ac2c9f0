import { dirname, relative, resolve, sep } from 'node:path'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const SRC = resolve(import.meta.dirname, 'src')

/**
 * The folders of src/ and the folders each may import: a layered graph, pure core first
 * (core → model, ingest → config, report → run), then the shells (platform, github, cli, action)
 * and the entries (bin). `(root)` is a file directly in src/ (version.ts). A new folder must be
 * listed here; an import the table does not allow fails lint, and a table with a cycle in it
 * fails before any file is linted.
 */
const FOLDER_IMPORTS = {
  core: [],
  model: ['core'],
  ingest: ['core'],
  config: ['core', 'model', 'ingest'],
  report: ['core', 'model'],
  run: ['core', 'model', 'ingest', 'config', 'report'],
  platform: ['core', 'ingest', 'run'],
  github: ['core', 'config', 'run'],
  cli: ['core', 'model', 'ingest', 'config', 'report', 'run', 'platform', '(root)'],
  action: ['core', 'model', 'ingest', 'config', 'report', 'run', 'platform', 'github', '(root)'],
  bin: ['action', 'cli'],
  '(root)': [],
}

/** The pure core: no platform, no GitHub, no shell. */
const PURE = ['core', 'model', 'ingest', 'config', 'report', 'run']

/** Throws when the table allows a cycle (a → … → a). */
function assertAcyclic(graph) {
  const state = new Map()
  const visit = (folder, path) => {
    if (state.get(folder) === 'done') return
    if (state.get(folder) === 'open') {
      const cycle = [...path.slice(path.indexOf(folder)), folder].join(' → ')
      throw new Error(`eslint.config.js: FOLDER_IMPORTS has a cycle: ${cycle}`)
    }
    state.set(folder, 'open')
    for (const next of graph[folder] ?? []) visit(next, [...path, folder])
    state.set(folder, 'done')
  }
  for (const folder of Object.keys(graph)) visit(folder, [])
}
assertAcyclic(FOLDER_IMPORTS)

function folderOf(file) {
  const parts = relative(SRC, file).split(sep)
  if (parts[0] === '..' || parts[0] === '') return undefined
  return parts.length === 1 ? '(root)' : parts[0]
}

/** `carbon-gate/folder-imports`: relative imports between folders of src/ follow FOLDER_IMPORTS. */
const folderImports = {
  meta: {
    type: 'problem',
    docs: { description: 'imports between the folders of src/ follow FOLDER_IMPORTS' },
    schema: [],
  },
  create(context) {
    const from = folderOf(context.filename)
    if (from === undefined) return {}
    const allowed = FOLDER_IMPORTS[from]
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return
      const to = folderOf(resolve(dirname(context.filename), source))
      if (to === undefined || to === from) return
      if (allowed === undefined) {
        context.report({
          node,
          message: `src/${from} is not in FOLDER_IMPORTS (eslint.config.js): add it with the folders it may import`,
        })
      } else if (!allowed.includes(to)) {
        const may = allowed.length > 0 ? allowed.join(', ') : 'no other folder'
        context.report({
          node,
          message: `src/${from} may not import src/${to} (it imports ${may}; see FOLDER_IMPORTS in eslint.config.js)`,
        })
      }
    }
    const fromSource = (node) => check(node, node.source?.value)
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) =>
        check(node, node.source.type === 'Literal' ? node.source.value : undefined),
    }
  },
}

/** The runner's toolkit (inputs, outputs, the event): only src/action/core-io.ts uses it. */
const RUNNER_IMPORTS = {
  group: ['@actions/core', '@actions/core/*', '@actions/github', '@actions/github/*'],
  message: 'Only src/action/core-io.ts talks to the runner: use the ActionIo port.',
}

const PLATFORM_MODULES = [
  'fs',
  'fs/*',
  'node:fs',
  'node:fs/*',
  'process',
  'node:process',
  'child_process',
  'node:child_process',
  'node:os',
  'node:net',
  'node:http',
  'node:https',
]

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'scripts/**/*.mjs', 'eslint.config.js'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'carbon-gate': { rules: { 'folder-imports': folderImports } } },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite'] },
          ],
        },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        // A `default:` in a switch over a closed union would hide a new member: none is allowed.
        { allowDefaultCaseForExhaustiveSwitch: false, considerDefaultExhaustiveForUnions: false },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'carbon-gate/folder-imports': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            RUNNER_IMPORTS,
            {
              group: ['@octokit/*'],
              message: 'Only src/github/ talks to the GitHub API: pass its client in.',
            },
          ],
        },
      ],
    },
  },
  {
    files: PURE.map((folder) => `src/${folder}/**/*.ts`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*', '@octokit/*'],
              message:
                'The pure core never talks to GitHub: a shell (action/, github/) passes data in.',
            },
            {
              group: PLATFORM_MODULES,
              message:
                'The pure core never touches the platform: a shell (cli/, action/, platform/) passes data or a port in.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        {
          name: 'process',
          message: 'The pure core never reads process: the shell passes what it needs.',
        },
      ],
    },
  },
  {
    files: ['src/github/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [RUNNER_IMPORTS],
        },
      ],
    },
  },
  {
    files: ['src/action/core-io.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
)
