// Progress of long builds. Astro logs one line per page; past PROGRESS_FROM pages those lines go and
// one line per tenth takes their place ("pages 1200/12000 (10%), 14 s"). Each step after the pages
// says how long it took (src/engine.ts), so a slow one stands out.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

/** Builds with more pages than this show progress by tenths instead of a line per page. */
export const PROGRESS_FROM = 500;

/** Calls `report` each time `done` crosses another tenth of `total` (and at the end). */
export function tenths(total: number, report: (done: number, total: number) => void): () => void {
  let done = 0;
  let shown = 0;
  return () => {
    done++;
    const tenth = Math.floor((done * 10) / total);
    if (tenth > shown || done === total) {
      shown = tenth;
      report(done, total);
    }
  };
}

// Astro's own page lines: "  ├─ /en/a/index.html" (no newline), then " (+3ms)".
const PAGE_LINE = /^\s*├─ /;
const RENDER_TIME = /^\s*\(\+[\d.]+m?s\)/;
// Astro's line before an integration's error: "An unhandled error occurred while running the … hook".
const UNHANDLED = /^An unhandled error occurred while running the /;
// Colour codes, when the terminal has them.
// eslint-disable-next-line no-control-regex
const plain = (text: unknown) => String(text).replace(/\x1b\[[0-9;]*m/g, '');

interface LogEvent {
  label: string | null;
  message: string;
  newLine?: boolean;
}
type Destination = { write(event: LogEvent): boolean | void };

type ProgressHooks = Pick<AstroIntegration['hooks'], 'astro:config:setup' | 'astro:build:start' | 'astro:build:generated'>;

/** The hooks of src/engine.ts that show the pages' progress: quiet page lines, a line per tenth. */
export function pageProgress(): Required<ProgressHooks> {
  let quiet = false;
  let logger: AstroIntegrationLogger | undefined;
  return {
      'astro:config:setup': ({ logger: setupLogger }) => {
        logger = setupLogger;
        // The integration logger shares Astro's log options: its destination is Astro's.
        const options = (setupLogger as unknown as { options: { destination: Destination } }).options;
        const destination = options.destination;
        options.destination = {
          ...destination,
          write(event: LogEvent) {
            if (quiet && ((event.label === null && PAGE_LINE.test(plain(event.message))) || (event.label === 'SKIP_FORMAT' && RENDER_TIME.test(plain(event.message))))) return true;
            // A failed step's own error says what is wrong; the build command prints it (src/build/cli.ts).
            if (UNHANDLED.test(plain(event.message))) return true;
            return destination.write(event);
          },
        };
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((prerenderer) => {
          let step: () => void = () => undefined;
          const started = performance.now();
          return {
            ...prerenderer,
            getStaticPaths: async () => {
              const paths = await prerenderer.getStaticPaths();
              quiet = paths.length > PROGRESS_FROM;
              if (quiet) {
                step = tenths(paths.length, (done, total) =>
                  logger?.info(`pages ${done}/${total} (${Math.round((done * 100) / total)}%), ${((performance.now() - started) / 1000).toFixed(0)} s`),
                );
              }
              return paths;
            },
            render: async (request, options) => {
              const response = await prerenderer.render(request, options);
              step();
              return response;
            },
          };
        });
      },
      'astro:build:generated': () => {
        quiet = false;
      },
  };
}
