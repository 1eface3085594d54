// The published packages as a user receives them: built if their sources changed, then `npm pack`ed.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** The public packages, dependencies first. */
export const PUBLIC_PACKAGES = ['core', 'storyboard-preview', 'uploader', 'ad-layer', 'video-player', 'react'];

export interface PackedFile {
  path: string;
  size: number;
}

export interface Tarball {
  name: string;
  file: string;
  size: number;
  unpackedSize: number;
  files: PackedFile[];
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** True when a package has no build, or a source file is newer than it. */
function isStale(name: string): boolean {
  const dir = join(ROOT, 'packages', name);
  const built = join(dir, 'dist/index.js');
  const types = join(dir, 'dist/index.d.ts');
  if (!existsSync(built) || !existsSync(types)) return true;
  return newestMtime(join(dir, 'src')) > Math.min(statSync(built).mtimeMs, statSync(types).mtimeMs);
}

/** Builds every public package (in dependency order) unless all builds are current. */
export function buildIfStale(): boolean {
  if (!PUBLIC_PACKAGES.some(isStale)) return false;
  const workspaces = PUBLIC_PACKAGES.flatMap((name) => ['-w', `@videokit/${name}`]);
  execFileSync('npm', ['run', 'build', ...workspaces], { cwd: ROOT, stdio: 'inherit' });
  return true;
}

/** `npm pack` of every public package into `destination`. */
export function packAll(destination: string): Tarball[] {
  const workspaces = PUBLIC_PACKAGES.flatMap((name) => ['-w', `@videokit/${name}`]);
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', destination, ...workspaces], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const packed = JSON.parse(output) as {
    name: string;
    filename: string;
    size: number;
    unpackedSize: number;
    files: PackedFile[];
  }[];
  return packed.map(({ name, filename, size, unpackedSize, files }) => ({
    name,
    file: join(destination, filename),
    size,
    unpackedSize,
    files,
  }));
}
