/**
 * Folders a directory search does not enter: environments, caches and dependencies hold thousands
 * of files and never a tracker artifact (a `python3 -m venv env` links its interpreter out of the
 * workspace). `wandb/` and `mlruns/` are searched: they hold artifacts. The one list.
 */

/** Version control: skipped without a word (every repository has one). */
const VERSION_CONTROL = new Set(['.git', '.hg', '.svn'])

/** Environments, caches and dependency folders, by name: skipped and named in one notice. */
const ENVIRONMENT_OR_CACHE = new Set([
  // Python environments and caches
  'env',
  'venv',
  '.venv',
  'virtualenv',
  '.virtualenv',
  'conda',
  '.conda',
  'miniconda3',
  'anaconda3',
  '.pixi',
  'site-packages',
  'dist-packages',
  '__pycache__',
  '.tox',
  '.nox',
  '.eggs',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  '.hypothesis',
  '.ipynb_checkpoints',
  // general caches
  '.cache',
  '.dvc',
  // other ecosystems
  'node_modules',
  'bower_components',
  '.npm',
  '.yarn',
  '.pnpm-store',
  '.gradle',
  'dist-newstyle',
  '.terraform',
])

/** Files or folders that mark a folder as an environment whatever its name (venv, conda). */
export const ENVIRONMENT_MARKERS: ReadonlySet<string> = new Set(['pyvenv.cfg', 'conda-meta'])

export type FolderVerdict = 'search' | 'silent' | 'environment'

/** Whether a search enters a folder of this name, skips it silently, or skips it and says so. */
export function classifyFolder(name: string): FolderVerdict {
  if (VERSION_CONTROL.has(name)) return 'silent'
  if (ENVIRONMENT_OR_CACHE.has(name) || name.endsWith('.egg-info')) return 'environment'
  // Other hidden folders (.github, .vscode, .idea …) hold configuration, not artifacts.
  if (name.startsWith('.')) return 'silent'
  return 'search'
}
