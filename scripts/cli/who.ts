/**
 * npm run -s who -- NAME@YYYY-MM-DD ...
 * One JSON line per argument, in order: {"query", "date", "people": [{"id", "name", "held":
 * [{"title", "org", "from", "to", "certain", "source"}]}]}. `held` is every position the hover
 * card would show as held on that day; `certain: false` where the card says the start or end is
 * not known (or only known to the month or year, or not checked since). `to` is a date, null for
 * "still held when the data was checked", and absent when the end is not known. The records are
 * the packed ones the card reads (official-facts.ts), so `npm run gazetteer` after editing the data.
 */
import { officialFacts } from '../../utils/entities/official-facts';
import { parseWhoArg, who } from '../../utils/facts/who';

function main(args: string[]): number {
  if (!args.length) {
    process.stderr.write('usage: npm run -s who -- NAME@YYYY-MM-DD ...\n');
    return 2;
  }
  let status = 0;
  for (const arg of args) {
    const parsed = parseWhoArg(arg);
    if ('error' in parsed) {
      process.stderr.write(`who: ${parsed.error}\n`);
      status = 2;
      continue;
    }
    process.stdout.write(`${JSON.stringify(who(officialFacts(), parsed.name, parsed.date))}\n`);
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
