import { expect } from '@esm-bundle/chai';
import {
  backoffDelay,
  isRetriableStatus,
  MAX_RETRY_DELAY_MS,
  nextDelay,
  retryAfterDelay,
  type RetryPolicy,
} from './retry-policy.ts';

const policy: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 1000,
  maxDelayMs: 8000,
  retryCodes: null,
  backoff: 'exponential',
};

describe('retry-policy', () => {
  it('retries 408, 429 and 5xx by default, nothing else', () => {
    for (const status of [408, 429, 500, 502, 503, 504, 599]) expect(isRetriableStatus(status, policy)).to.be.true;
    for (const status of [200, 308, 400, 401, 403, 404, 410, 413])
      expect(isRetriableStatus(status, policy)).to.be.false;
  });

  it('retries exactly the configured codes when given', () => {
    const custom = { retryCodes: [502, 503] };
    expect(isRetriableStatus(503, custom)).to.be.true;
    expect(isRetriableStatus(500, custom)).to.be.false;
    expect(isRetriableStatus(429, custom)).to.be.false;
  });

  it('doubles the backoff per failure, with jitter in the upper half', () => {
    expect(backoffDelay(1, policy, () => 0)).to.equal(500);
    expect(backoffDelay(1, policy, () => 1)).to.equal(1000);
    expect(backoffDelay(2, policy, () => 0)).to.equal(1000);
    expect(backoffDelay(3, policy, () => 1)).to.equal(4000);
  });

  it('caps the backoff at maxDelayMs', () => {
    expect(backoffDelay(10, policy, () => 1)).to.equal(8000);
    expect(backoffDelay(40, policy, () => 0)).to.equal(4000);
  });

  it('reads Retry-After in seconds and as an HTTP-date', () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    expect(retryAfterDelay('3', now)).to.equal(3000);
    expect(retryAfterDelay(' 0 ', now)).to.equal(0);
    expect(retryAfterDelay('Wed, 21 Oct 2015 07:28:05 GMT', now)).to.equal(5000);
    expect(retryAfterDelay('Wed, 21 Oct 2015 07:27:00 GMT', now)).to.equal(0);
    expect(retryAfterDelay(null, now)).to.equal(null);
    expect(retryAfterDelay('-3', now)).to.equal(null);
    expect(retryAfterDelay('soon', now)).to.equal(null);
  });

  it('prefers the server Retry-After over its own backoff, even when longer than the cap', () => {
    expect(nextDelay(1, policy, '20', () => 0)).to.equal(20_000);
    expect(nextDelay(2, policy, null, () => 1)).to.equal(2000);
  });

  it('waits the same delay before every attempt with constant backoff, as UpChunk does', () => {
    const constant: RetryPolicy = { ...policy, backoff: 'constant' };
    expect([1, 2, 5].map((failures) => nextDelay(failures, constant, null, () => 1))).to.deep.equal([1000, 1000, 1000]);
    expect(nextDelay(3, constant, '2')).to.equal(2000);
  });

  it('never backs off longer than an hour; only Retry-After may ask for more, for the caller to refuse', () => {
    const huge = { ...policy, baseDelayMs: 10 * MAX_RETRY_DELAY_MS, maxDelayMs: 10 * MAX_RETRY_DELAY_MS };
    expect(nextDelay(40, huge, null, () => 1)).to.equal(MAX_RETRY_DELAY_MS);
    expect(nextDelay(1, { ...huge, backoff: 'constant' }, null)).to.equal(MAX_RETRY_DELAY_MS);
    expect(nextDelay(1, policy, '1000000000')).to.equal(1e12);
  });
});
