import { useIntl } from 'react-intl';
import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectFilters, useFilters, type Filters } from '../state/filters';
import { reimportable } from '../lib/reimportable';

// Read out only after a change: its code and words are a chunk of their own, out of the first script.
const announcementModule = reimportable(() => import(/* idle-prefetch */ './filterAnnouncement'));

/** A burst of changes (Reset, typing a year, Back) is announced once, where it ended. */
const SETTLE_MS = 400;

/** The page's one polite live region for filter changes: one short sentence per change. */
export function FilterAnnouncer() {
  const filters: Filters = useFilters(useShallow(selectFilters));
  const allBrands = useFilters((s) => s.domain.brands);
  const intl = useIntl();
  const [message, setMessage] = useState('');
  const announced = useRef(filters);
  useEffect(() => {
    // Nothing changed (the first render): no sentence, and no fetch of its code before the page's own.
    if (filters === announced.current) return;
    let isCurrent = true;
    const timer = setTimeout(() => {
      announcementModule().then(
        ({ filterAnnouncement }) => {
          if (!isCurrent) return;
          const text = filterAnnouncement(announced.current, filters, allBrands, intl);
          announced.current = filters;
          if (text) setMessage(text);
        },
        // Offline before the chunk came: this change goes unannounced; the next one tries again.
        () => {},
      );
    }, SETTLE_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [filters, allBrands, intl]);
  return (
    <p className="visually-hidden" role="status" aria-atomic="true" data-announcer="">
      {message}
    </p>
  );
}
