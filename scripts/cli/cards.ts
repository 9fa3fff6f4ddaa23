/**
 * npm run -s cards -- [--date YYYY-MM-DD] [--site HOST] [--json] FILE...
 * What the hover card of every entity found in a text would say (English labels), once per
 * distinct entity: for an official the office the text gives, the warning when the data never
 * lists that office for the person, and the positions the data places on the article's day (with
 * their certainty); for a body its full name, level, successor, end; for a document its type,
 * number, issuer and year. The same code as the card frame's (utils/facts/card-data.ts), so a
 * false fact can be found in a text without a browser. `--json`: one JSON line per file.
 */
import { createEngine, type HomePlace } from '../../utils/entities/index';
import { cardData } from '../../utils/facts/card-data';
import type { HeldPosition } from '../../utils/facts/held';
import type { CardData } from '../../utils/frames/protocol';
import { t, type StringKey } from '../../utils/i18n';
import { runOnFiles } from '../lib/text-command';

const engine = createEngine();

/** The cards of one text, one per distinct kind, text and id, in the order first found. */
export function textCards(raw: string, date?: string, home?: HomePlace): CardData[] {
  const text = raw.normalize('NFC');
  const seen = new Set<string>();
  const cards: CardData[] = [];
  for (const span of engine.find(text, date, home)) {
    const key = `${span.kind}\u0000${span.text}\u0000${span.id ?? ''}\u0000${span.role ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    cards.push(cardData(span, date, { index: 0, count: 1 }));
  }
  return cards;
}

const held = (h: HeldPosition) =>
  `${h.title}${h.org ? `, ${h.org}` : ''} (${h.fromBy ? `${h.from} or earlier` : h.from} – ${h.to === null ? `still held, checked ${h.checked ?? '?'}` : (h.to ?? 'end not known')})${h.certain ? '' : ' [uncertain]'}`;

/** One card as lines of text, as a reader would read it (English). */
export function cardLines(card: CardData): string[] {
  const lines = [`${card.kind.padEnd(10)} ${card.name}${card.entityId ? `  [${card.entityId}]` : ''}`];
  const say = (s: string) => lines.push(`           ${s}`);
  // (A person the data does not know has it among the rows, as the card shows it.)
  if (card.role && !card.rows.some((r) => r.label === 'page.roleInText')) say(`in the text: ${card.role}`);
  if (card.otherPerson)
    say(
      `OTHER PERSON: ${t('page.otherPerson', 'en', { role: card.role ?? '', name: card.name, held: card.otherPerson })}`,
    );
  else if (card.unlistedRole)
    say(`WARNING: ${t('page.unlistedRole', 'en', { role: card.unlistedRole, name: card.name })}`);
  if (card.noRoleInText) say(`NOTE: ${t('page.noRoleInText', 'en', { name: card.name })}`);
  if (card.kind === 'official' && card.atDate) {
    // Under a same-name warning, the offices are said to be the data's person's, as the card says.
    const on =
      card.unlistedRole || card.noRoleInText
        ? `the data’s ${card.name}, on ${card.articleDate}`
        : `on ${card.articleDate}`;
    if (!card.atDate.length) say(`${on}: no position in the data`);
    for (const h of card.atDate) say(`${on}: ${held(h)}`);
    for (const h of card.before ?? []) say(`before ${card.articleDate}: ${held(h)}`);
  }
  if (card.namesakes)
    say(`WARNING: ${t('page.namesakes', 'en', { name: card.name, others: card.namesakes.join('; ') })}`);
  if (card.sharedName) say(`shared name "${card.sharedName.short}", read as ${card.sharedName.read}`);
  for (const row of card.rows) {
    const value = row.translate ? t(row.value as StringKey, 'en') : row.value;
    say(`${t(row.label as StringKey, 'en')}: ${value}`);
  }
  return lines;
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  return runOnFiles(
    argv,
    'cards',
    'npm run -s cards -- [--date YYYY-MM-DD] [--site HOST] [--json] FILE...',
    (file, text, date, home) => {
      const cards = textCards(text, date, home);
      if (json) return JSON.stringify({ file, date, cards });
      return `# ${file}${date ? ` (${date})` : ''}\n${cards.flatMap(cardLines).join('\n')}`;
    },
  );
}

if (process.argv[1] && /cli[\\/]cards\.ts$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
