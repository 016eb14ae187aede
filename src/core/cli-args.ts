// Command-line options for the engine's commands: a mistyped option is told in one line with the
// command's usage, not as a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function readArgs<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(`${(error as Error).message}\n  ${usage}`);
    process.exit(2);
  }
}
