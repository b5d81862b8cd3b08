#!/usr/bin/env node
// Compiles the server side (apps/api, apps/worker, libs/**) with SWC into dist/server, keeping the tree,
// and rewrites the @parity/* path aliases into relative requires so plain `node` runs the result.
import { transformFile } from '@swc/core';
import { mkdir, readdir, rename, writeFile, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(import.meta.url);
const swc = require(join(root, 'swc.config.js'));
const { compilerOptions } = require(join(root, 'tsconfig.base.json'));
const finalDir = join(root, 'dist/server');
// Built aside and swapped in at the end, so a process running the previous build (a test run's worker, a second
// build started at the same time) never sees a half-written tree.
const outDir = `${finalDir}.build-${process.pid}`;
const sources = ['apps/api/src', 'apps/worker/src', 'libs'];

const paths = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [alias, [join(root, target)]]),
);

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name === 'web') continue;
      yield* walk(full);
    } else if (
      entry.name.endsWith('.ts') &&
      !/\.(spec|test|d)\.ts$/.test(entry.name) &&
      !full.includes('/testing/')
    ) {
      yield full;
    }
  }
}

const started = Date.now();
await rm(outDir, { recursive: true, force: true });
let count = 0;
for (const source of sources) {
  for await (const file of walk(join(root, source))) {
    if (relative(root, file).startsWith('libs/') && !relative(root, file).includes('/src/')) continue;
    const { code, map } = await transformFile(file, {
      ...swc,
      swcrc: false,
      filename: file,
      jsc: { ...swc.jsc, baseUrl: root, paths },
      sourceMaps: true,
    });
    const target = join(outDir, relative(root, file)).replace(/\.ts$/, '.js');
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
    if (map) await writeFile(`${target}.map`, map);
    count++;
  }
}
const retired = `${finalDir}.old-${process.pid}`;
await rename(finalDir, retired).catch(() => undefined);
await rename(outDir, finalDir).catch(async () => {
  // Another build swapped its tree in between our two renames: theirs is as good as ours.
  await rm(outDir, { recursive: true, force: true });
});
await rm(retired, { recursive: true, force: true });
console.log(`build-server: ${count} files compiled to dist/server in ${Date.now() - started} ms`);
