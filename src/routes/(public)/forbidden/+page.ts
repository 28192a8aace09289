// Drawn as plain HTML, without the app's script: the hooks serve this page at whatever address
// was refused (hooks.server.ts), where the app's router would try to start the refused route's
// page instead and fail. Its one link works without script; quick exit's own script, loaded by
// app.html on every page, still runs.
export const csr = false;
