// oidc-provider ships no types; the test provider uses a handful of its calls, checked by running it.
declare module 'oidc-provider';
