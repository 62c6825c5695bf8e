/**
 * Imported first by tests that render images: image addresses go through `@/lib/media`, which reads
 * the web app's validated environment, and outside `npm start` no revalidation secret is set. Rendering
 * never uses it; a value already set wins.
 */
process.env.REVALIDATE_SECRET ||= 'component-tests-do-not-revalidate-anything-0000'
