import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
const b = await build({
  stdin: {
    contents: `import { createEngine } from './utils/entities'; globalThis.x = createEngine;`,
    resolveDir: '.',
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  format: 'iife',
  write: false,
  target: 'chrome120',
  charset: 'utf8',
});
writeFileSync('/tmp/speed/bench-bundle.js', b.outputFiles[0].text);
