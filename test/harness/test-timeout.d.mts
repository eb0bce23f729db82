/** Types for test-timeout.mjs (node-suite.ts imports it before 'node:test'). */
export declare const TEST_TIMEOUT_MS: number;
