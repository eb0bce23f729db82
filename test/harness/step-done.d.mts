/** Types for step-done.mjs, for steps.ts. */
export declare const stepDoneVariable: (name: string) => string;
