import { build } from 'esbuild';
const b = await build({
  entryPoints: ['utils/entities/index.ts'],
  bundle: true,
  minify: true,
  format: 'iife',
  write: false,
  metafile: true,
  target: 'chrome120',
  charset: 'utf8',
});
const inputs = Object.entries(b.metafile.outputs)[0][1].inputs;
for (const [k, v] of Object.entries(inputs)
  .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
  .slice(0, 40))
  console.log(String(v.bytesInOutput).padStart(8), k);
