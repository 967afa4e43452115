import { createContext, useContext } from 'react';
import { DASHBOARD_MODE, type PageMode } from '../state/pageMode';

/** The page's composition, set once by App: cards drop their chrome in an embed and title the page on their own. */
export const PageModeContext = createContext<PageMode>(DASHBOARD_MODE);

export function usePageMode(): PageMode {
  return useContext(PageModeContext);
}
