/**
 * The reader's own facts on a card: a position the gazetteer lacks, or a mark that one of its
 * facts is wrong, each with the public page that supports it. Kept in the reader's database,
 * shown marked as theirs, in their backup, and exportable to send upstream.
 */
import { useEffect, useState } from 'preact/hooks';
import { request } from '@/utils/messaging/client';
import { heldOn } from '@/utils/facts/held';
import type { CardData } from '@/utils/frames/protocol';
import { t } from '@/utils/i18n';
import type { ReaderFact } from '@/utils/model';
import type { Lang } from '@/utils/settings/settings';
import { uuidv4 } from '@/utils/uuid';
import { formatDate } from '../page/Card';

interface Props {
  card: CardData;
  lang: Lang;
  /** The reader started writing: the card stays open until they close it. */
  onBusy: () => void;
}

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const isHttp = (s: string) => /^https?:\/\/\S+$/.test(s.trim());

/** What the card disputes can be any fact it shows: an official's positions, a row of a body or document. */
function disputable(card: CardData): string[] {
  const positions = [...(card.atDate ?? []), ...(card.current ?? []), ...(card.endUnknown ?? [])].map(
    (p) => `${p.title} (${p.from})`,
  );
  return [...new Set([...positions, ...card.rows.map((r) => `${r.label}: ${r.value}`)])];
}

export function ReaderFacts({ card, lang, onBusy }: Props) {
  const entityId = card.entityId;
  const [facts, setFacts] = useState<ReaderFact[]>([]);
  const [form, setForm] = useState<'position' | 'wrong' | null>(null);
  const [error, setError] = useState<string>();
  const load = () =>
    entityId
      ? request({ type: 'facts:list', entityId })
          .then(setFacts)
          .catch(() => setFacts([]))
      : undefined;
  useEffect(() => {
    setForm(null);
    void load();
  }, [entityId]);
  if (!entityId) return null;

  async function save(fact: Omit<ReaderFact, 'id' | 'entityId' | 'entityName' | 'created' | 'updated'>) {
    const now = new Date().toISOString();
    try {
      await request({
        type: 'facts:save',
        fact: { ...fact, id: uuidv4(), entityId: entityId!, entityName: card.name, created: now, updated: now },
      });
      setForm(null);
      setError(undefined);
      await load();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <section class="reader-facts" data-testid="reader-facts">
      {facts.length > 0 && (
        <>
          <h3>{t('facts.yours', lang)}</h3>
          <ul class="positions">
            {facts.map((f) => (
              <li key={f.id} data-testid="reader-fact">
                <span class="mine">{t('facts.mine', lang)}</span> <FactText fact={f} card={card} lang={lang} />{' '}
                <a href={f.source} target="_blank" rel="noopener noreferrer" class="src">
                  {t('page.source', lang)}
                </a>{' '}
                <button
                  type="button"
                  class="link"
                  aria-label={t('facts.delete', lang)}
                  onClick={() =>
                    void request({ type: 'facts:delete', id: f.id }).then(load, (e) => setError(String(e)))
                  }
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {!form && (
        <p class="row">
          <button
            type="button"
            data-testid="fact-wrong"
            onClick={() => {
              onBusy();
              setForm('wrong');
            }}
          >
            {t('facts.wrong', lang)}
          </button>
          {card.kind === 'official' && (
            <button
              type="button"
              data-testid="fact-add"
              onClick={() => {
                onBusy();
                setForm('position');
              }}
            >
              {t('facts.add', lang)}
            </button>
          )}
        </p>
      )}
      {form === 'position' && <PositionForm lang={lang} onSave={save} onCancel={() => setForm(null)} />}
      {form === 'wrong' && (
        <WrongForm lang={lang} choices={disputable(card)} onSave={save} onCancel={() => setForm(null)} />
      )}
      {error && (
        <p class="danger" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function FactText({ fact, card, lang }: { fact: ReaderFact; card: CardData; lang: Lang }) {
  if (fact.type === 'wrong')
    return (
      <span>
        {t('facts.markedWrong', lang, { what: fact.target?.title ?? '' })}
        {fact.note && ` — ${fact.note}`}
      </span>
    );
  const held =
    card.articleDate && fact.from
      ? heldOn(
          { title: fact.title ?? '', from: fact.from, to: fact.to, source: fact.source },
          card.articleDate,
          fact.updated.slice(0, 10),
        )
      : null;
  const to =
    typeof fact.to === 'string' ? formatDate(fact.to, lang) : fact.to === null ? t('page.stillHeld', lang) : '?';
  return (
    <span>
      {fact.title}
      {fact.org ? ` (${fact.org})` : ''} · {formatDate(fact.from ?? '', lang)} – {to}
      {held && ` · ${t('facts.heldThen', lang)}`}
      {fact.note && ` — ${fact.note}`}
    </span>
  );
}

function PositionForm({
  lang,
  onSave,
  onCancel,
}: {
  lang: Lang;
  onSave: (f: Omit<ReaderFact, 'id' | 'entityId' | 'entityName' | 'created' | 'updated'>) => void;
  onCancel: () => void;
}) {
  const [v, setV] = useState({ title: '', org: '', from: '', to: '', still: false, source: '', note: '' });
  const [problem, setProblem] = useState<string>();
  const field = (key: keyof typeof v, label: string, extra: Record<string, string> = {}) => (
    <label>
      {label}
      <input
        type="text"
        value={String(v[key])}
        onInput={(e) => setV({ ...v, [key]: (e.target as HTMLInputElement).value })}
        data-testid={`fact-${key}`}
        {...extra}
      />
    </label>
  );
  const submit = () => {
    if (!v.title.trim()) return setProblem(t('facts.needTitle', lang));
    if (!DATE.test(v.from.trim())) return setProblem(t('facts.needDate', lang));
    if (v.to.trim() && !DATE.test(v.to.trim())) return setProblem(t('facts.needDate', lang));
    if (!isHttp(v.source)) return setProblem(t('facts.needSource', lang));
    onSave({
      type: 'position',
      title: v.title.trim(),
      ...(v.org.trim() ? { org: v.org.trim() } : {}),
      from: v.from.trim(),
      ...(v.still ? { to: null } : v.to.trim() ? { to: v.to.trim() } : {}),
      source: v.source.trim(),
      note: v.note.trim(),
    });
  };
  return (
    <form
      class="fact-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {field('title', t('facts.title', lang))}
      {field('org', t('facts.org', lang))}
      {field('from', t('facts.from', lang), { placeholder: 'YYYY-MM-DD' })}
      {field('to', t('facts.to', lang), { placeholder: 'YYYY-MM-DD' })}
      <label class="inline">
        <input type="checkbox" checked={v.still} onChange={(e) => setV({ ...v, still: e.currentTarget.checked })} />{' '}
        {t('facts.still', lang)}
      </label>
      {field('source', t('facts.source', lang), { placeholder: 'https://' })}
      {field('note', t('facts.note', lang))}
      <FormEnd lang={lang} problem={problem} onCancel={onCancel} />
    </form>
  );
}

function WrongForm({
  lang,
  choices,
  onSave,
  onCancel,
}: {
  lang: Lang;
  choices: string[];
  onSave: (f: Omit<ReaderFact, 'id' | 'entityId' | 'entityName' | 'created' | 'updated'>) => void;
  onCancel: () => void;
}) {
  const [target, setTarget] = useState(choices[0] ?? '');
  const [note, setNote] = useState('');
  const [source, setSource] = useState('');
  const [problem, setProblem] = useState<string>();
  return (
    <form
      class="fact-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!target) return setProblem(t('facts.needTarget', lang));
        if (!note.trim()) return setProblem(t('facts.needWhy', lang));
        if (!isHttp(source)) return setProblem(t('facts.needSource', lang));
        onSave({ type: 'wrong', target: { title: target }, note: note.trim(), source: source.trim() });
      }}
    >
      <label>
        {t('facts.which', lang)}
        <select value={target} onChange={(e) => setTarget(e.currentTarget.value)} data-testid="fact-target">
          {choices.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('facts.why', lang)}
        <input type="text" value={note} onInput={(e) => setNote(e.currentTarget.value)} data-testid="fact-why" />
      </label>
      <label>
        {t('facts.source', lang)}
        <input
          type="text"
          value={source}
          placeholder="https://"
          onInput={(e) => setSource(e.currentTarget.value)}
          data-testid="fact-source"
        />
      </label>
      <FormEnd lang={lang} problem={problem} onCancel={onCancel} />
    </form>
  );
}

/** What is wrong with the form, if anything, then Save and Cancel: the end of both fact forms. */
function FormEnd({ lang, problem, onCancel }: { lang: Lang; problem?: string; onCancel: () => void }) {
  return (
    <>
      {problem && (
        <p class="danger" role="alert">
          {problem}
        </p>
      )}
      <p class="row">
        <button type="submit" data-testid="fact-save">
          {t('page.save', lang)}
        </button>
        <button type="button" onClick={onCancel}>
          {t('popup.cancel', lang)}
        </button>
      </p>
    </>
  );
}
