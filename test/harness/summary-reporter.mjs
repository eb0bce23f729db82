/**
 * Prints one plain line — "browser tests: N passed, N failed" (", N skipped" if any) — when the run
 * ends, so a person or a script can read the result without the progress bar.
 * A test file that fails to load counts as a failure.
 */
export function summaryReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const count = (suite) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) {
        skipped += 1;
        continue;
      }
      if (test.passed) passed += 1;
      else failed += 1;
    }
    for (const child of suite?.suites ?? []) count(child);
  };
  return {
    onTestRunFinished({ sessions }) {
      passed = 0;
      failed = 0;
      skipped = 0;
      for (const session of sessions) {
        count(session.testResults);
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed += 1;
      }
    },
    stop() {
      console.log(`browser tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    },
  };
}
