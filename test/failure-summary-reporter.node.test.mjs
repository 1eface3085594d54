// The end-of-run summary: every failure and every retried test named in the log's last lines.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { failureSummaryReporter, RETRY_LOGGER } from './failure-summary-reporter.mjs';

/** What the reporter prints for these sessions, or '' when it prints nothing. */
function summaryOf(sessions) {
  const printed = [];
  const log = console.log;
  console.log = (...args) => printed.push(args.join(' '));
  try {
    failureSummaryReporter().onTestRunFinished({ sessions, testRun: 0 });
  } finally {
    console.log = log;
  }
  return printed.join('\n');
}

const session = (file, overrides) => ({
  testFile: join(process.cwd(), file),
  errors: [],
  logs: [],
  testResults: { name: '', suites: [], tests: [] },
  ...overrides,
});

test('prints nothing when every test passed the first time', () => {
  const passed = { name: 'plays', passed: true, skipped: false };
  assert.equal(summaryOf([session('a.test.ts', { testResults: { name: '', suites: [], tests: [passed] } })]), '');
});

test('names each failed test by file, suites and title, with the first line of its message', () => {
  const failed = { name: 'shows the button', passed: false, skipped: false, error: { message: 'no button\nstack' } };
  const skipped = { name: 'later', passed: false, skipped: true };
  const results = { name: '', tests: [], suites: [{ name: 'player', suites: [], tests: [failed, skipped] }] };
  const summary = summaryOf([session('test/browser/a.test.ts', { testResults: results })]);
  assert.match(summary, /Failed \(1\):\n {2}✗ test\/browser\/a\.test\.ts › player › shows the button: no button\n/);
});

test('names a file that failed to load', () => {
  const summary = summaryOf([session('b.test.ts', { errors: [{ message: 'Could not import your test module.' }] })]);
  assert.match(summary, /✗ b\.test\.ts: Could not import your test module\./);
});

test('lists each retried test once, even when it passed on its retry', () => {
  const retry = '[retried] player shows the button: timed out';
  const summary = summaryOf([session('c.test.ts', { logs: [[retry], [retry]] })]);
  assert.match(summary, /Retried after a failure \(1\):\n {2}↻ c\.test\.ts › player shows the button: timed out/);
  assert.doesNotMatch(summary, /Failed/);
});

test('the page script logs what the reporter reads', () => {
  assert.match(RETRY_LOGGER, /runner\.on\('retry'/);
  assert.match(RETRY_LOGGER, /console\.warn\('\[retried\] '/);
});
