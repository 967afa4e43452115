import { createElement, lazy, useState, type ComponentType, type LazyExoticComponent } from 'react';

/** A view whose code is a separate chunk. */
export interface LazyView<P extends object> {
  /** Renders the view, suspending until its chunk is in. */
  View: ComponentType<P>;
  /** Starts fetching the chunk now; the first render then reuses that fetch. */
  preload: () => Promise<unknown>;
  /** True while a started fetch has neither arrived nor failed; with `subscribe`, for useSyncExternalStore. */
  isFetching: () => boolean;
  subscribe: (onChange: () => void) => () => void;
  /** Forgets a failed fetch, so the next render fetches the chunk again (no-op otherwise). */
  forgetFailure: () => void;
}

/**
 * Wraps a dynamic import of a named export. React.lazy remembers a rejection for good, so after a failure a
 * fresh lazy component is made — but only when asked (the card's Retry): swapping it in at once would make
 * Suspense retry by itself, in a loop for as long as the network is down.
 *
 * Once the chunk is in, the view renders the component itself, not the lazy one: a lazy component suspends
 * at least once even when its promise has settled, and React then holds the fallback for its ~300 ms reveal
 * throttle — measured as +250 ms to the first chart.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let pending: Promise<{ default: ComponentType<P> }> | null = null;
  let status: 'idle' | 'fetching' | 'loaded' | 'failed' = 'idle';
  let loaded: ComponentType<P> | null = null;
  const listeners = new Set<() => void>();
  const setStatus = (next: typeof status) => {
    status = next;
    for (const listener of listeners) listener();
  };
  const preload = () => {
    if (pending) return pending;
    setStatus('fetching');
    pending = load().then(
      (component) => {
        loaded = component;
        setStatus('loaded');
        return { default: component };
      },
      (error: unknown) => {
        setStatus('failed');
        throw error;
      },
    );
    return pending;
  };
  let current: LazyExoticComponent<ComponentType<P>> = lazy(preload);
  const forgetFailure = () => {
    if (status !== 'failed') return;
    pending = null;
    current = lazy(preload);
    setStatus('idle');
  };
  function View(props: P) {
    // Pinned per mount: switching a mounted view from the lazy type to the loaded one would remount it.
    const [type] = useState<ComponentType<P>>(() => loaded ?? current);
    return createElement(type, props);
  }
  return {
    View,
    preload,
    isFetching: () => status === 'fetching',
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    forgetFailure,
  };
}
