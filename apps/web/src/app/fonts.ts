import localFont from 'next/font/local'

// Self-hosted from @fontsource-variable (no request to a font service at build or run time). Not
// preloaded: three preloads are 150 KB fetched ahead of the page's own text and hero image, which on a
// phone's connection put the first paint behind them. Text paints at once in next/font's size-adjusted
// fallback and swaps when a face arrives (requested as soon as the layout needs it).
export const sans = localFont({
  src: '../../../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-sans',
  display: 'swap',
  preload: false,
  weight: '100 900',
})

export const serif = localFont({
  src: [
    {
      path: '../../../../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
      style: 'normal',
    },
    {
      path: '../../../../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2',
      style: 'italic',
    },
  ],
  variable: '--font-serif',
  display: 'swap',
  preload: false,
  weight: '200 900',
})
