import { useCallback, useEffect, useRef, useState } from 'react';

/** A status line that clears itself after `ms`; a new message restarts the wait, and unmounting cancels it. */
export function useTransientStatus(ms: number): [string, (message: string) => void] {
  const [status, setStatus] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const isMounted = useRef(true);
  useEffect(() => {
    isMounted.current = true;
    return () => {
      isMounted.current = false;
      window.clearTimeout(timer.current);
    };
  }, []);
  const show = useCallback(
    (message: string) => {
      // A message can arrive after an await (the clipboard); by then the component may be gone.
      if (!isMounted.current) return;
      window.clearTimeout(timer.current);
      setStatus(message);
      timer.current = window.setTimeout(() => setStatus(''), ms);
    },
    [ms],
  );
  return [status, show];
}
