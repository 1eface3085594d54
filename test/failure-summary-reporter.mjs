// Repeats every failure in the last lines of the run: a CI log that keeps only its tail still names the
// failing file, test and message, not just "1 failed". Lists as well every test that passed only when
// retried, so a retry never hides a flaky test.
import { relative } from 'node:path';

const RETRIED = '[retried]';

/**
 * A page script that logs each of Mocha's retries: it catches the moment the test framework
 * publishes `window.mocha` and listens to the runner's `retry` event.
 */
export const RETRY_LOGGER = `(() => {
  let mocha;
  Object.defineProperty(window, 'mocha', {
    configurable: true,
    get: () => mocha,
    set(value) {
      mocha = value;
      if (value.run.logsRetries) return;
      const run = value.run.bind(value);
      value.run = (...args) => {
        const runner = run(...args);
        runner.on('retry', (test, error) => console.warn('${RETRIED} ' + test.fullTitle() + ': ' + (error && error.message)));
        return runner;
      };
      value.run.logsRetries = true;
    },
  });
})();`;

/** @param {unknown[][]} logs */
const retriesIn = (logs) =>
  logs
    .flat()
    .filter((entry) => typeof entry === 'string' && entry.startsWith(RETRIED))
    .map((entry) => entry.slice(RETRIED.length + 1));

/** @param {import('@web/test-runner-core').TestSuiteResult | undefined} suite */
function* failedTests(suite, path = []) {
  if (!suite) return;
  const here = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests) {
    if (!test.passed && !test.skipped) yield { name: [...here, test.name].join(' › '), error: test.error };
  }
  for (const child of suite.suites) yield* failedTests(child, here);
}

const firstLine = (text = '') => text.split('\n').find((line) => line.trim()) ?? '';

/** @returns {import('@web/test-runner-core').Reporter} */
export function failureSummaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const lines = [];
      const retried = [];
      for (const session of sessions) {
        const file = relative(process.cwd(), session.testFile);
        for (const retry of new Set(retriesIn(session.logs))) retried.push(`${file} › ${firstLine(retry)}`);
        for (const error of session.errors) lines.push(`${file}: ${firstLine(error.message)}`);
        for (const { name, error } of failedTests(session.testResults)) {
          lines.push(`${file} › ${name}: ${firstLine(error?.message)}`);
        }
      }
      if (retried.length > 0) {
        console.log(
          `\nRetried after a failure (${retried.length}):\n${retried.map((line) => `  ↻ ${line}`).join('\n')}\n`,
        );
      }
      if (lines.length > 0)
        console.log(`\nFailed (${lines.length}):\n${lines.map((line) => `  ✗ ${line}`).join('\n')}\n`);
    },
  };
}
