/** RFC 9457 problem details (application/problem+json): how every endpoint says what went wrong. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  /** A message a person can act on, in Danish or (on request) English. */
  detail: string;
  instance?: string | undefined;
  /** For validation problems: each failing field (dot path) and why. */
  errors?: Array<{ path: string; message: string }> | undefined;
}
