import { PeacepanelError } from '../src/errors.js';

/** Runs `f` and returns the PeacepanelError it throws; fails the test when it throws nothing or another error. */
export function thrown(f: () => unknown): PeacepanelError {
  try {
    f();
  } catch (e) {
    if (e instanceof PeacepanelError) return e;
    throw e;
  }
  throw new Error('expected a PeacepanelError');
}

/** {@link thrown} for an async `f`. */
export async function thrownAsync(f: () => Promise<unknown>): Promise<PeacepanelError> {
  try {
    await f();
  } catch (e) {
    if (e instanceof PeacepanelError) return e;
    throw e;
  }
  throw new Error('expected a PeacepanelError');
}
