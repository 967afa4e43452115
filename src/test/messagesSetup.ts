import { loadMessages } from '../i18n/messages';

// The page fetches French and Japanese when it needs them; tests word things in any language at once. The
// mutation runs (vitest.mutate.config.ts) use only this part of the app's test setup: their tests need no DOM.
await Promise.all([loadMessages('fr'), loadMessages('ja')]);
