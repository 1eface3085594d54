// Repeats every failure in the last lines of the run: a CI log that keeps only its tail still names the
// failing file, test and message, not just "1 failed".
import { relative } from 'node:path';

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
      for (const session of sessions) {
        const file = relative(process.cwd(), session.testFile);
        for (const error of session.errors) lines.push(`${file}: ${firstLine(error.message)}`);
        for (const { name, error } of failedTests(session.testResults)) {
          lines.push(`${file} › ${name}: ${firstLine(error?.message)}`);
        }
      }
      if (lines.length === 0) return;
      console.log(`\nFailed (${lines.length}):\n${lines.map((line) => `  ✗ ${line}`).join('\n')}\n`);
    },
  };
}
