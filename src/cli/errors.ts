// Usage and configuration errors: one line on stderr, exit code 2, never a stack trace.
export class UsageError extends Error {}

export function fail(message: string): never {
  throw new UsageError(message);
}
