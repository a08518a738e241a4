/** The address parameter carrying the words to highlight on a page opened from a result; Pagefind's highlight script reads it. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';
