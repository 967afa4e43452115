import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

const isOnline = () => onlineManager.isOnline();
const isOnlineOnServer = () => true;

/**
 * Whether the browser says it is online: react-query's view of it, the one the page keeps, which also drives the
 * dataset's refetch once the connection returns (data/useDataset.ts).
 */
export function useIsOnline(): boolean {
  return useSyncExternalStore(onlineManager.subscribe.bind(onlineManager), isOnline, isOnlineOnServer);
}
