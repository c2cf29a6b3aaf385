import {InputError} from '../errors.js';

/*
 * An error crossing from a worker thread to the main one: an InputError
 * stays one (message, hint, exit code: the CLI reports it as bad input);
 * anything else stays a bug, with its stack.
 */

export interface MapError {
  readonly message: string;
  readonly hint?: string | undefined;
  readonly exitCode?: number | undefined;
  readonly stack?: string | undefined;
  readonly input: boolean;
}

/** In the worker: what to post for a thrown error. */
export function toMapError(error: unknown): MapError {
  if (error instanceof InputError) return {message: error.message, hint: error.hint, exitCode: error.exitCode, input: true};
  const e = error as Error;
  return {message: e?.message ?? String(error), stack: e?.stack, input: false};
}

/** On the main thread: the error to throw for a posted one. */
export function fromMapError(error: MapError): Error {
  if (error.input) return new InputError(error.message, error.hint, error.exitCode);
  const e = new Error(error.message);
  if (error.stack) e.stack = error.stack;
  return e;
}
