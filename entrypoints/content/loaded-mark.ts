/**
 * Imported first by the content script's entry, so it runs before any other module of the
 * bundle is evaluated: `npm run bench` reads vna:loaded → vna:start as the script's own
 * evaluation (its data and code), which happens before main() and so before every other mark.
 */
performance.mark('vna:loaded');
