/**
 * Heard's words for its fixed lists, counts and spans of time, each taking the
 * locale (the page's by default). Template questions and options are looked up
 * by key in `$lib/templates/words`; dates are in `$lib/dates`.
 */
export { currentLocale, type Locale } from './locale';
export * from './statements';
export * from './lists';
export * from './people';
export * from './reports';
export * from './durations';
