/**
 * Pagefind ranking used by the full-text search (and by the recall test, so both agree).
 * Lower page-length weight stops long playbooks from losing to short pages that mention a word
 * once; higher term saturation lets repeated mentions count a little longer. Measured on the
 * recall list in tests/e2e/search.spec.ts: with Pagefind's defaults 客户签约须知 fell out of
 * the top three for "签约须知".
 */
export const PAGEFIND_RANKING = { pageLength: 0.5, termSaturation: 1.6 } as const;
