import { ErrorCode, PlayerError, type ErrorCategory } from './player-error.ts';

/** The platform's domain; `custom-domain` replaces it. */
export const DEFAULT_DOMAIN = 'mux.com';

/** The platform's hosts: `stream.` (HLS, text tracks, MP4), `image.` (thumbnails, storyboards), `license.` (DRM). */
export type Service = 'stream' | 'image' | 'license';

/** A hostname (letters, digits, hyphens, dots) with an optional port. */
const HOST = /^(?<host>[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*)(?::(?<port>\d{1,5}))?$/;

/** Why `domain` is not a bare domain, or null when it is one. */
function domainProblem(domain: string): string | null {
  if (domain.trim() === '') return 'is empty';
  if (/\s/.test(domain)) return 'contains whitespace';
  if (domain.includes('://')) return 'has a scheme';
  if (/[/?#]/.test(domain)) return 'has a path, query or fragment';
  const match = HOST.exec(domain.toLowerCase());
  if (!match) return 'is not a valid hostname';
  const port = match.groups?.port;
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return `has port ${port}, outside 1-65535`;
  return null;
}

/**
 * Checks a `custom-domain` value and returns it lower-cased.
 * @throws {PlayerError} `INVALID_DOMAIN` naming what is wrong and the expected shape.
 */
export function validateDomain(domain: string, category: ErrorCategory = 'video'): string {
  const problem = domainProblem(domain);
  if (problem) {
    throw new PlayerError(
      ErrorCode.INVALID_DOMAIN,
      `custom-domain "${domain}" ${problem}: use a bare domain such as "example.com" or "localhost:4000" (no scheme, no path)`,
      { category, context: { attribute: 'custom-domain', value: domain } },
    );
  }
  return domain.toLowerCase();
}

/** True for `localhost`, `localhost:PORT` and `*.localhost[:PORT]`: served over `http:`. */
export function isLocalDomain(domain: string): boolean {
  const host = domain.toLowerCase().replace(/:\d+$/, '');
  return host === 'localhost' || host.endsWith('.localhost');
}

/**
 * Where analytics beacons go when the page names no `beacon-collection-domain`: a local platform
 * domain (`localhost`, `*.localhost`, `127.0.0.1`) has its own `beacon.` host, so development never
 * sends views to a third party. Any other domain: `undefined`, the analytics SDK's own default.
 */
export function defaultBeaconDomain(domain: string | undefined): string | undefined {
  if (!domain) return undefined;
  const port = /:\d+$/.exec(domain)?.[0] ?? '';
  if (domain.replace(/:\d+$/, '') === '127.0.0.1') return `beacon.localhost${port}`;
  return isLocalDomain(domain) ? `beacon.${domain.toLowerCase()}` : undefined;
}

/**
 * The origin of one of the platform's services: `https://stream.mux.com`, or
 * `http://stream.localhost:4000` for a local domain.
 * @throws {PlayerError} `INVALID_DOMAIN` when `domain` is not a bare domain.
 */
export function serviceOrigin(
  service: Service,
  domain: string = DEFAULT_DOMAIN,
  category: ErrorCategory = 'video',
): string {
  const host = validateDomain(domain, category);
  return `${isLocalDomain(host) ? 'http' : 'https'}://${service}.${host}`;
}
