/** A bad or missing flag: the CLI prints the message (it names the flag) and exits with status 2. */
export class CliUsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

/** The command was well formed but cannot be answered (e.g. too little history): status 1. */
export class CliDataError extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'CliDataError';
  }
}
