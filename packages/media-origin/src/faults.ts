import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * One injected fault. It applies to the next `times` requests that match `host` (the
 * subdomain, e.g. "stream"), `method` and `path` (a substring of, or a pattern tested on,
 * the path with its query), then retires.
 */
export interface FaultRule {
  host?: string;
  method?: string;
  path?: string | RegExp;
  /** How many matching requests it affects (default 1). */
  times?: number;
  /** Answer with this status instead of the real response. */
  status?: number;
  body?: string;
  /** Extra headers on the `status` answer, e.g. a lying `Range` or a huge `Retry-After`. */
  headers?: Record<string, string>;
  /** Wait this long before answering (alone: a slow but correct response). */
  delayMs?: number;
  /**
   * Destroy the connection: `response` after `afterBytes` of the response body (default half),
   * `request` after `afterBytes` of the request body arrived (default half), without answering.
   */
  drop?: 'response' | 'request';
  afterBytes?: number;
  /**
   * Let the handler answer, with every match of `pattern` in the body replaced (e.g. a playlist's
   * `CODECS` rewritten to something no browser plays). `Content-Length` follows the new body.
   */
  rewrite?: { pattern: RegExp; replacement: string };
}

/** A fault rule as it travels over the control API: patterns as strings. */
export type FaultRuleJson = Omit<FaultRule, 'path' | 'rewrite'> & {
  path?: string;
  pathPattern?: string;
  rewrite?: { pattern: string; replacement: string };
};

interface ActiveRule extends FaultRule {
  remaining: number;
}

export interface FaultHit {
  rule: FaultRule;
  host: string;
  method: string;
  path: string;
}

/**
 * A quantified group that itself holds a quantifier (`(a+)+`, `(\\w*)*`, `(x{2,})+`): the shape that
 * makes a backtracking RegExp take exponential time and block the whole origin.
 */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*(?:[+*]|\{\d+,\d*\})\)(?:[+*]|\{\d+,\d*\})/;
const MAX_PATTERN_LENGTH = 200;
/** An HTTP header name (RFC 9110 token). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function checkHeaders(headers: unknown): Record<string, string> | undefined {
  if (headers === undefined) return undefined;
  const entries = headers && typeof headers === 'object' && !Array.isArray(headers) ? Object.entries(headers) : null;
  const bad = entries?.find(
    ([name, value]) => !HEADER_NAME.test(name) || typeof value !== 'string' || /[\r\n]/.test(value),
  );
  if (!entries || bad) {
    throw new SyntaxError(
      `headers ${JSON.stringify(bad?.[0] ?? headers)} are refused: give an object of header names to single-line string values`,
    );
  }
  return Object.fromEntries(entries);
}

/**
 * A rule from the control API; throws a `SyntaxError` for a `pathPattern` that is not a RegExp,
 * is longer than 200 characters, or nests quantifiers, and for headers that are not name/value strings.
 */
export function faultFromJson(rule: FaultRuleJson): FaultRule {
  const { pathPattern, path, headers, rewrite, ...rest } = rule;
  const checked = checkHeaders(headers);
  if (pathPattern) refuseSlowPattern('pathPattern', pathPattern);
  if (rewrite !== undefined) {
    if (typeof rewrite.pattern !== 'string' || typeof rewrite.replacement !== 'string') {
      throw new SyntaxError('rewrite must be {"pattern": "<RegExp source>", "replacement": "<text>"}');
    }
    refuseSlowPattern('rewrite.pattern', rewrite.pattern);
  }
  return {
    ...rest,
    ...(checked ? { headers: checked } : {}),
    path: pathPattern ? pattern('pathPattern', pathPattern) : path,
    ...(rewrite
      ? { rewrite: { pattern: pattern('rewrite.pattern', rewrite.pattern, 'g'), replacement: rewrite.replacement } }
      : {}),
  };
}

function refuseSlowPattern(name: string, source: string): void {
  if (source.length > MAX_PATTERN_LENGTH || NESTED_QUANTIFIER.test(source)) {
    throw new SyntaxError(
      `${name} ${JSON.stringify(source.slice(0, 60))} is refused: nested quantifiers or over ${String(MAX_PATTERN_LENGTH)} characters could stall the origin`,
    );
  }
}

function pattern(name: string, source: string, flags?: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new SyntaxError(`${name} is not a regular expression: ${(error as Error).message}`);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class FaultInjector {
  #rules: ActiveRule[] = [];
  /** Every request a fault applied to, for assertions. */
  readonly hits: FaultHit[] = [];

  add(rule: FaultRule): void {
    this.#rules.push({ ...rule, remaining: rule.times ?? 1 });
  }

  addJson(rule: FaultRuleJson): void {
    this.add(faultFromJson(rule));
  }

  clear(): void {
    this.#rules = [];
    this.hits.length = 0;
  }

  get pending(): number {
    return this.#rules.length;
  }

  #take(host: string, method: string, path: string): ActiveRule | undefined {
    const rule = this.#rules.find(
      (candidate) =>
        (!candidate.host || candidate.host === host) &&
        (!candidate.method || candidate.method.toUpperCase() === method) &&
        (!candidate.path ||
          (typeof candidate.path === 'string' ? path.includes(candidate.path) : candidate.path.test(path))),
    );
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.#rules = this.#rules.filter((candidate) => candidate !== rule);
    this.hits.push({ rule, host, method, path });
    return rule;
  }

  /**
   * Applies the first matching fault. Returns true when the fault answered (or killed) the
   * request, false when the normal handler should go on.
   */
  async apply(host: string, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const method = req.method ?? 'GET';
    const rule = this.#take(host, method, req.url ?? '/');
    if (!rule) return false;
    if (rule.delayMs) await sleep(rule.delayMs);
    if (rule.drop === 'request') {
      await dropRequestMidBody(req, rule.afterBytes);
      return true;
    }
    if (rule.drop === 'response') {
      truncateResponse(res, rule.afterBytes);
      return false;
    }
    if (rule.rewrite) {
      rewriteResponse(res, rule.rewrite);
      return false;
    }
    if (rule.status) {
      req.resume();
      await new Promise((resolve) => req.once('end', resolve).once('close', resolve));
      const body = `${rule.body ?? `injected_fault: status ${rule.status}`}\n`;
      res.writeHead(rule.status, {
        'Content-Type': 'text/plain; charset=utf-8',
        'X-Videokit-Reason': 'injected_fault',
        ...rule.headers,
      });
      res.end(body);
      return true;
    }
    return false;
  }
}

/** Reads part of the request body, then destroys the socket: a connection lost mid-upload. */
async function dropRequestMidBody(req: IncomingMessage, afterBytes?: number): Promise<void> {
  const declared = Number(req.headers['content-length'] ?? 0);
  const limit = afterBytes ?? Math.max(1, Math.floor(declared / 2));
  let received = 0;
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      req.socket.destroy();
      resolve();
    };
    if (declared === 0) return stop();
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received >= limit) stop();
    });
    req.once('end', stop);
    req.once('close', resolve);
  });
}

/** Lets the handler answer, but kills the socket once `afterBytes` of body were written. */
function truncateResponse(res: ServerResponse, afterBytes?: number): void {
  let written = 0;
  let limit = afterBytes;
  let killed = false;
  const write = res.write.bind(res) as (chunk: Buffer) => boolean;
  const cut = (chunk: unknown): Buffer | null => {
    const bytes = Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk) : null;
    if (!bytes) return null;
    if (limit === undefined) {
      const total = Number(res.getHeader('content-length') ?? bytes.length);
      limit = Math.max(1, Math.floor(total / 2));
    }
    const room = limit - written;
    written += bytes.length;
    return room < bytes.length ? bytes.subarray(0, Math.max(room, 0)) : null;
  };
  const kill = (part: Buffer): void => {
    killed = true;
    if (part.length) write(part);
    setImmediate(() => res.socket?.destroy());
  };
  res.write = ((chunk: unknown, ...rest: unknown[]): boolean => {
    if (killed) return false;
    const part = cut(chunk);
    if (part) {
      kill(part);
      return false;
    }
    return (write as (chunk: unknown, ...rest: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof res.write;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.end = ((chunk?: unknown, ...rest: unknown[]): ServerResponse => {
    if (killed) return res;
    const part = typeof chunk === 'function' ? null : cut(chunk);
    if (part) {
      kill(part);
      return res;
    }
    return end(chunk, ...rest);
  }) as typeof res.end;
}

/**
 * Lets the handler answer, holding its head and body until `end` so the body can be rewritten
 * and `Content-Length` set to the rewritten size. Meant for playlists and other small text.
 */
function rewriteResponse(res: ServerResponse, rewrite: { pattern: RegExp; replacement: string }): void {
  const chunks: Buffer[] = [];
  let head: { status: number; headers: Record<string, number | string | string[]> } | undefined;
  const writeHead = res.writeHead.bind(res) as (
    status: number,
    headers?: Record<string, number | string | string[]>,
  ) => ServerResponse;
  const end = res.end.bind(res) as (chunk?: Buffer) => ServerResponse;
  const collect = (chunk: unknown): void => {
    if (Buffer.isBuffer(chunk)) chunks.push(chunk);
    else if (typeof chunk === 'string') chunks.push(Buffer.from(chunk));
  };
  res.writeHead = (status: number, ...rest: unknown[]): ServerResponse => {
    const headers = rest.find((value) => value !== null && typeof value === 'object' && !Array.isArray(value));
    head = { status, headers: { ...(headers as Record<string, number | string | string[]> | undefined) } };
    return res;
  };
  res.write = ((chunk: unknown): boolean => {
    collect(chunk);
    return true;
  }) as typeof res.write;
  res.end = ((chunk?: unknown): ServerResponse => {
    if (typeof chunk !== 'function') collect(chunk);
    const body = Buffer.from(Buffer.concat(chunks).toString('utf8').replace(rewrite.pattern, rewrite.replacement));
    const headers = Object.fromEntries(
      Object.entries(head?.headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-length'),
    );
    res.setHeader('Content-Length', body.length);
    writeHead(head?.status ?? res.statusCode, headers);
    return end(res.req.method === 'HEAD' ? undefined : body);
  }) as typeof res.end;
}
