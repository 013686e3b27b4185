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
  return [join(root, '.tools', 'node_modules', '.bin'), process.env.PATH ?? ''].join(
    isWindows ? ';' : ':',
  )
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

function hasCommand(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0
}

let aptUpdated = false

/**
 * Makes sure a Debian package's binary is present (e.g. `redis-server`, `chromium`),
 * installing it with apt-get when missing. Returns whether the binary is available.
 */
export function ensureDebianPackage(binary, pkg = binary) {
  if (hasCommand(binary)) return true
  if (process.platform !== 'linux' || !hasCommand('apt-get')) {
    log(`${binary} is missing and apt-get is unavailable: install ${pkg} yourself`)
    return false
  }
  const sudo = process.getuid?.() === 0 ? [] : hasCommand('sudo') ? ['sudo', '-n'] : null
  if (sudo === null) {
    log(`${binary} is missing: run \`sudo apt-get install -y ${pkg}\``)
    return false
  }
  const apt = (args) =>
    spawnSync(
      sudo[0] ?? 'apt-get',
      [...sudo.slice(1), ...(sudo.length ? ['apt-get'] : []), ...args],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      },
    ).status
  log(`installing Debian package ${pkg} (apt-get)`)
  if (!aptUpdated) {
    apt(['update', '-qq'])
    aptUpdated = true
  }
  apt(['install', '-y', '-qq', '--no-install-recommends', pkg])
  return hasCommand(binary)
}
