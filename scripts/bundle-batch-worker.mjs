// Bundles the batch pool's task (lib/batch/worker.ts) and everything it imports (the analyzer,
// compromise, zod) into one self-contained ES module, lib/batch/.worker.bundle.mjs, which piscina's
// threads load with Node's own loader under `next start` (see lib/batch/pool.ts for why).
// next.config.mjs runs this on `next build` and `next dev`; `node scripts/bundle-batch-worker.mjs`
// runs it by hand. The file is written only when its content changes, so a build that changed
// nothing leaves it (and the bench's staleness check) alone.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLE = `${root}lib/batch/.worker.bundle.mjs`;

/** Builds the bundle; resolves to true when the file changed. */
export async function bundleBatchWorker() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [`${root}lib/batch/worker.ts`],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    write: false,
    minify: true,
    legalComments: 'none',
    alias: { '@': root.replace(/\/$/, '') },
    // CommonJS dependencies bundled into an ES module still call require() for Node's built-ins.
    banner: { js: "import { createRequire as __nc_createRequire } from 'node:module'; const require = __nc_createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]?.text ?? '';
  if (existsSync(BUNDLE) && readFileSync(BUNDLE, 'utf8') === code) return false;
  // Several build processes may run this at once: each writes its own file, then renames it into place.
  const temporary = `${BUNDLE}.${process.pid}.tmp`;
  writeFileSync(temporary, code);
  renameSync(temporary, BUNDLE);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  bundleBatchWorker().then((changed) => console.log(changed ? `wrote ${BUNDLE}` : `${BUNDLE} is up to date`));
}
