/** A load that runs at most once at a time and, once it has succeeded, never again. */
export type LoadOnce<T> = {
  (): Promise<T>;
  /** The loaded value, for code that cannot wait (a first render, a drawing); undefined until a load succeeds. */
  readonly loaded: () => T | undefined;
  /** The load under way, for code that waits for it without starting one; null when none is. */
  readonly inFlight: () => Promise<T> | null;
};

/**
 * Wraps a load — a dynamic `import()`, a catalog fetch — so that it happens once: concurrent calls share the
 * pending promise, a success is kept for every later call, and a failure is forgotten, so that the next call
 * tries again (a chunk that failed to download offline loads once the network is back).
 */
export function loadOnce<T>(load: () => Promise<T>): LoadOnce<T> {
  let value: { readonly is: T } | null = null;
  let pending: Promise<T> | null = null;
  const once = () => {
    if (value) return Promise.resolve(value.is);
    pending ??= load().then(
      (result) => {
        value = { is: result };
        pending = null;
        return result;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  return Object.assign(once, { loaded: () => value?.is, inFlight: () => pending });
}
