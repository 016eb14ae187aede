// `npm run serve`: serves the built site at http://localhost:4321 (or PORT) until stopped.
import { serve } from './static-server.ts';
import { outDir } from '../core/paths.ts';

const port = Number(process.env.PORT ?? 4321);
const { url } = await serve(outDir, port);
console.log(`Serving ${outDir} at ${url.replace('127.0.0.1', 'localhost')}/ (Ctrl+C to stop)`);
