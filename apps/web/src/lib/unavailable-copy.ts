/**
 * The words of the "temporarily unavailable" page, in one place: `app/error.tsx` renders them in the
 * browser, and `http-patches/unavailable-status.ts` puts them into the HTML of a 503 for readers and crawlers
 * without JavaScript.
 */
export const unavailableCopy = {
  heading: 'This page is temporarily unavailable',
  body: 'We couldn’t load this page just now. Please try again in a moment.',
  retry: 'Try again',
  // No numbers typed here: crisis lines come only from the CMS's one source (the footer shows them
  // whenever they could be read); this page may be shown precisely because the CMS is down.
  crisis: 'If you are in danger or in crisis, call your local emergency number now.',
  crisisLink: 'Crisis resources',
  // Before the last crisis lines this server read from the CMS (the 503's HTML, see unavailable-status.ts).
  crisisKnown:
    'If you are in danger or in crisis, call your local emergency number now, or reach one of these lines:',
  home: 'Go to the Haven home page',
} as const
