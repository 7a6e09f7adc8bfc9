// Errors the hook code expects (not a repository, a hook it must not touch): the CLI prints the
// message as one line and exits 2. Anything else is a bug and keeps its stack.
export class HookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "HookError";
  }
}

/** git failed, or is missing: the message is git's own first line, or says what is missing. */
export class GitError extends HookError {
  constructor(
    message: string,
    readonly exitCode: number | null = null,
  ) {
    super(message);
    this.name = "GitError";
  }
}
