// Bootstraps a fresh checkout with nothing but Node 20+ and npm:
// finds (or installs, project-locally) the pinned pnpm, then installs dependencies
// from the lockfile when node_modules is missing or stale.
// No global changes and no corepack (its signature checks fail on Node 20).
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..')

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const pinned = String(pkg.packageManager).replace(/^pnpm@/, '')
const isWindows = process.platform === 'win32'

function log(message) {
  process.stderr.write(`[bootstrap] ${message}\n`)
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: isWindows,
    ...options,
    env: { ...process.env, PATH: toolPath(), ...options.env },
  })
  if (result.error) throw result.error
  return result.status ?? 1
}

/** PATH with the project-local pnpm first, so tools that spawn `pnpm` (publint) find it. */
export function toolPath() {
  return [join(root, '.tools', 'node_modules', '.bin'), process.env.PATH ?? ''].join(isWindows ? ';' : ':')
}

function versionOf(command) {
  const result = spawnSync(command, ['--version'], { encoding: 'utf8', shell: isWindows })
  return result.status === 0 ? result.stdout.trim() : null
}

/** Returns the path of a pnpm binary at the pinned version, installing it under .tools/ if needed. */
export function ensurePnpm() {
  const local = join(root, '.tools', 'node_modules', '.bin', isWindows ? 'pnpm.cmd' : 'pnpm')
  if (existsSync(local) && versionOf(local) === pinned) return local
  if (versionOf('pnpm') === pinned) return 'pnpm'
  log(`installing pnpm@${pinned} into .tools/ (npm, no global changes)`)
  const status = run('npm', [
    'install',
    '--no-save',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    '--prefix',
    join(root, '.tools'),
    `pnpm@${pinned}`,
  ])
  if (status !== 0 || !existsSync(local)) {
    throw new Error(`could not install pnpm@${pinned} with npm (exit ${status})`)
  }
  return local
}

function depsAreCurrent() {
  const marker = join(root, 'node_modules', '.modules.yaml')
  if (!existsSync(marker)) return false
  const lock = join(root, 'pnpm-lock.yaml')
  return !existsSync(lock) || statSync(marker).mtimeMs >= statSync(lock).mtimeMs
}

/** Installs workspace dependencies from the lockfile when needed; returns the pnpm path. */
export function ensureDependencies({ force = false } = {}) {
  const pnpm = ensurePnpm()
  if (force || !depsAreCurrent()) {
    log('pnpm install --frozen-lockfile')
    const status = run(pnpm, ['install', '--frozen-lockfile', '--reporter=append-only'], {
      env: { CI: process.env.CI ?? 'true', npm_config_update_notifier: 'false' },
    })
    if (status !== 0) throw new Error(`pnpm install failed (exit ${status})`)
  }
  return pnpm
}
