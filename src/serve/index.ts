// What other features use of serving: the static server (the PDFs, the benchmark and the tests use it) and the build step.
export { serve } from './static-server.ts';
export { serveFilesStep } from './integration.ts';
