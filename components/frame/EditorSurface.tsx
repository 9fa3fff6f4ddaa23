/**
 * The note editor in its frame. A new note is saved on exactly the text the reader selected (the
 * draft the content script captured then); an edit sends only what changed, with what it opened,
 * so an edit made elsewhere meanwhile is never reverted. Delete offers undo here, where the
 * note's text may be shown. What the reader types is kept as a draft (drafts.ts) until saved or
 * closed: a frame reloaded by the page, or an editor closed by a click on it, gives it back.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { watchVisibility, type VisibilityWatch } from './visibility';
import { Alert } from './Alert';
import { browser } from 'wxt/browser';
import { NoteEditor, type NoteValues } from '../page/NoteEditor';
import { request } from '@/utils/messaging/client';
import { HIGHLIGHT_COLOURS, type Annotation, type HighlightColour } from '@/utils/model';
import { parseFrameHash, type FromFrame, type ToFrame } from '@/utils/frames/protocol';
import { dropDraft, keepDraft, loadDraft } from './drafts';
import { draftKey } from '@/utils/notes/drafts';
import { t } from '@/utils/i18n';
import { uuidv4 } from '@/utils/uuid';
import { isArticleNote } from '@/utils/notes/article-note';
import { colourNames } from '@/utils/notes/colours';
import { loadSettings } from '@/utils/settings/settings';
import type { TagCount } from '@/utils/search/tag-suggest';

type EditorMessage = Extract<ToFrame, { t: 'editor' }>;

const LAST_COLOUR = 'vna-last-colour';
/** How long the "Deleted · Undo" offer stays (the reader can close it sooner). */
const UNDO_MS = 20_000;

async function lastColour(): Promise<HighlightColour> {
  const got = (await browser.storage.local.get(LAST_COLOUR))[LAST_COLOUR] as HighlightColour;
  return HIGHLIGHT_COLOURS.includes(got) ? got : 'yellow';
}

interface Props {
  m: EditorMessage;
  send: (x: FromFrame) => void;
  /** Where the browser cannot tell this frame whether it is seen (Firefox): the content script looks. */
  askShown?: () => Promise<boolean>;
}

export function EditorSurface({ m, send, askShown }: Props) {
  const target = m.target;
  const targetKey = target.kind === 'edit' ? target.id : JSON.stringify(target.draft.selectors);
  const keptAs = useMemo(() => draftKey(parseFrameHash(location.hash)?.nonce ?? '', targetKey), [targetKey]);
  const [initial, setInitial] = useState<NoteValues | null>(null);
  // An edit's note as the editor opened it (or as its draft's editor did): what an update is made against.
  const [base, setBase] = useState<NoteValues>();
  const [error, setError] = useState<string>();
  const [deleted, setDeleted] = useState<Annotation | null>(null);
  const [wholeArticle, setWholeArticle] = useState(target.kind === 'new' && isArticleNote(target.draft));
  const [knownTags, setKnownTags] = useState<TagCount[]>([]);
  const [names, setNames] = useState<Record<HighlightColour, string>>();
  const [covered, setCovered] = useState(false);
  const seen = useRef<VisibilityWatch | null>(null);
  useEffect(() => {
    const watch = watchVisibility(document.documentElement);
    seen.current = watch;
    return () => watch.stop();
  }, []);

  // The reader's tags for suggestions and their colour names: read once per editor, from the
  // background and the settings (nothing of either passes through the page).
  useEffect(() => {
    request({ type: 'tags:list' })
      .then(setKnownTags)
      .catch(() => setKnownTags([]));
    loadSettings()
      .then((s) => setNames(colourNames(s.colourNames, m.lang)))
      .catch(() => undefined);
  }, [m.lang]);

  useEffect(() => {
    setInitial(null);
    setError(undefined);
    setDeleted(null);
    setWholeArticle(target.kind === 'new' && isArticleNote(target.draft));
    const kept = loadDraft(keptAs);
    if (target.kind === 'new')
      void Promise.all([lastColour(), kept]).then(([colour, draft]) =>
        setInitial(draft?.values ?? { colour, note: '', tags: [] }),
      );
    else
      Promise.all([request({ type: 'annotation:get', id: target.id }), kept])
        .then(([a, draft]) => {
          setWholeArticle(isArticleNote(a));
          const opened = draft?.base ?? { colour: a.colour, note: a.note, tags: a.tags };
          setBase(opened);
          setInitial(draft?.values ?? opened);
        })
        .catch((e) => setError(String(e instanceof Error ? e.message : e)));
  }, [targetKey]);

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => send({ t: 'close', refocusPage: false }), UNDO_MS);
    return () => clearTimeout(timer);
  }, [deleted]);

  const close = () => {
    void dropDraft(keptAs);
    send({ t: 'close', refocusPage: true });
  };

  async function save(values: NoteValues) {
    // A note on the whole article is its text and tags: an empty one would be nothing at all.
    if (wholeArticle && !values.note.trim() && !values.tags.length) return setError(t('articleNote.empty', m.lang));
    try {
      if (target.kind === 'new') {
        const now = new Date().toISOString();
        await request({
          type: 'annotation:save',
          annotation: { id: uuidv4(), ...target.draft, ...values, created: now, updated: now },
        });
      } else {
        await request({ type: 'annotation:update', id: target.id, patch: values, base });
      }
      await dropDraft(keptAs);
      await browser.storage.local.set({ [LAST_COLOUR]: values.colour });
      close();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  async function remove(id: string) {
    // The page may have covered or faded the editor to have the reader click here unknowing.
    const shown = seen.current?.visible() ?? (await askShown?.()) ?? true;
    if (!shown) return setCovered(true);
    setCovered(false);
    try {
      setDeleted(await request({ type: 'annotation:delete', id }));
      void dropDraft(keptAs);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  if (deleted)
    return (
      <div class="toolbar toast" role="status" data-testid="toast">
        {t('page.deleted', m.lang)}
        <button
          type="button"
          data-testid="undo"
          onClick={() =>
            request({ type: 'annotation:save', annotation: deleted })
              .then(close)
              .catch((e) => setError(String(e)))
          }
        >
          {t('page.undo', m.lang)}
        </button>
        <button type="button" onClick={close}>
          {t('page.close', m.lang)}
        </button>
      </div>
    );
  if (!initial) return error ? <p class="danger toolbar">{error}</p> : null;
  return (
    <>
      {covered && <Alert lang={m.lang} text="page.covered" testid="editor-covered" />}
      <NoteEditor
        key={targetKey}
        lang={m.lang}
        initial={initial}
        editing={target.kind === 'edit'}
        autoFocus={m.focus}
        articleNote={wholeArticle}
        knownTags={knownTags}
        colourNames={names}
        error={error}
        onSave={(v) => void save(v)}
        onTouch={() => send({ t: 'touched' })}
        onChange={(values) => void keepDraft(keptAs, { values, base })}
        onDelete={target.kind === 'edit' ? () => void remove(target.id) : undefined}
        onClose={close}
      />
    </>
  );
}
