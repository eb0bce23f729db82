/**
 * The environment variable through which `npm test` (scripts/test.mjs) hands a step that runs
 * `after` step `name` the file saying how that one ended: `CASEKIT_STEP_BUILD_DONE` for `build`.
 * One spelling for both sides: a step that looked under another name would not wait at all.
 */
export const stepDoneVariable = (name) => `CASEKIT_STEP_${name.toUpperCase().replace(/\W+/g, '_')}_DONE`;
