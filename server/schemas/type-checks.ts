/**
 * Compile-time checks that a zod schema and its contract type agree. A schema
 * that drifts from `contract/` fails `npm run typecheck`, not a reader's page.
 */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export type Expect<T extends true> = T;
/** For request bodies: everything the contract lets a client send, the schema accepts. */
export type Accepts<Input, Contract> = [Contract] extends [Input] ? true : false;
