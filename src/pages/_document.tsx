import { Head, Html, Main, NextScript } from 'next/document'

/** Only for the rare error Next.js renders outside the App Router (see _error.tsx). */
export default function Document() {
  return (
    <Html lang="en">
      <Head />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  )
}
