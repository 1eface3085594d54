/**
 * Turning a server's answer into the loop's errors: a `Retriable` failure worth another
 * attempt, or an `UploadError` that ends the upload, with the server's own reason in it.
 */
import type { Outcome } from './chunk-outcome.ts';
import { UploadError } from './errors.ts';
import type { ChunkResponse, HttpResponse } from './http.ts';

/** A failure worth another attempt after a delay. */
export class Retriable extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly retryAfter: string | null = null,
    readonly response?: ChunkResponse,
  ) {
    super(message);
  }
}

/** The upload was cancelled: the loop ends quietly. */
export class Stopped extends Error {}

/** The server's reason for a refusal: its `X-Videokit-Reason`, else the first line of its body. */
export function serverReason(response: HttpResponse): string | undefined {
  const reason = response.header('X-Videokit-Reason') ?? response.text.split('\n', 1)[0]?.trim();
  return reason ? reason.slice(0, 200) : undefined;
}

export function describe(response: HttpResponse): string {
  const reason = serverReason(response);
  return reason ? `${response.status} (${reason})` : String(response.status);
}

/** A status that retrying cannot fix. */
export function rejected(response: HttpResponse, answer: ChunkResponse, what: string, offset: number): UploadError {
  const reason = serverReason(response);
  const gone = response.status === 404 || response.status === 410;
  const hint = gone ? '; the upload URL no longer exists (it may have expired), so start a new upload' : '';
  return new UploadError(
    'rejected',
    `Server responded with ${describe(response)} to ${what}. Stopping upload${hint}.`,
    {
      status: response.status,
      ...(reason ? { serverReason: reason } : {}),
      offset,
      response: answer,
    },
  );
}

/** The error for an outcome that neither completes nor advances. */
export function unsettled(
  outcome: Exclude<Outcome, { kind: 'complete' | 'advanced' }>,
  response: HttpResponse,
  answer: ChunkResponse,
  what: string,
  offset: number,
): Error {
  if (outcome.kind === 'retry') {
    const message = outcome.message ?? `${what} got ${describe(response)}`;
    return new Retriable(message, response.status, response.header('Retry-After'), answer);
  }
  if (outcome.kind === 'protocol') {
    return new UploadError('protocol', outcome.message, { status: response.status, offset, response: answer });
  }
  return rejected(response, answer, what, offset);
}
