/**
 * `tsx scripts/generate-corpus.ts --size 100k [--real] [--seed N] [--out DIR]`: writes a
 * deterministic corpus of about that many contributions (default bench/corpus/<size>/, git-ignored)
 * in every supported format; `--real` copies the real ParlParse samples with shifted dates instead.
 */
import { writeCorpus } from './bench/corpus';
import { parseCorpusArgs, SOURCES } from './bench/options';
import { fail, runCommand } from './support/cli';

await runCommand('generate-corpus', async () => {
  const args = parseCorpusArgs(process.argv.slice(2), { size: '10k' });
  if (typeof args === 'string') fail(`generate-corpus: ${args}`, 2);
  const started = Date.now();
  let last = 0;
  const manifest = await writeCorpus({
    dir: args.dir,
    contributions: args.contributions,
    seed: args.seed,
    mode: args.mode,
    sources: SOURCES,
    onFile: (w) => {
      if (process.stderr.isTTY && Date.now() - last > 250) {
        last = Date.now();
        process.stderr.write(`\r\x1b[2K${w.files} files, ${w.contributions} contributions, ${(w.bytes / 1e6).toFixed(1)} MB`);
      }
    },
  });
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `generate-corpus: ${manifest.files} files, ${manifest.contributions} contributions, ${(manifest.bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)}s → ${args.dir}`,
  );
});
