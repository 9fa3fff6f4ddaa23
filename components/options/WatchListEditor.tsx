import { ENTITY_KINDS } from '../../utils/settings/settings';
import type { EntityKind } from '../../utils/model';
import { splitList } from '../shared/split-list';
import type { OptionsModel } from './model';

export function WatchListEditor({ model: m }: { model: OptionsModel }) {
  const list = m.settings.value.watchList;
  return (
    <section aria-labelledby="h-watch">
      <h2 id="h-watch">{m.tr('options.watch')}</h2>
      <p class="muted">{m.tr('options.watchHelp')}</p>
      {list.length === 0 ? (
        <p class="muted">{m.tr('options.watchEmpty')}</p>
      ) : (
        <ul class="watch" data-testid="watch-list">
          {list.map((w, i) => (
            <li key={`${w.kind}:${w.name}`} data-testid="watch-row">
              <span class={`kind kind-${w.kind}`}>{m.tr(`kind.${w.kind}`)}</span> <strong>{w.name}</strong>
              {w.aliases.length > 0 && <span class="muted"> ({w.aliases.join(', ')})</span>}{' '}
              <button
                type="button"
                onClick={() => void m.removeWatch(i)}
                aria-label={`${m.tr('options.remove')} ${w.name}`}
              >
                {m.tr('options.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="watch-add"
        data-testid="watch-add"
        onSubmit={async (e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const f = form.elements;
          const kind = (f.namedItem('kind') as HTMLSelectElement).value as EntityKind;
          const name = (f.namedItem('name') as HTMLInputElement).value;
          const aliases = splitList((f.namedItem('aliases') as HTMLInputElement).value, 20, 200);
          if (await m.addWatch({ kind, name, aliases })) form.reset();
        }}
      >
        <label>
          {m.tr('options.watchKind')}
          <select name="kind" defaultValue="official" data-testid="watch-kind">
            {ENTITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {m.tr(`kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.tr('options.watchName')}
          <input name="name" required maxLength={200} data-testid="watch-name" />
        </label>
        <label>
          {m.tr('options.watchAliases')}
          <input name="aliases" data-testid="watch-aliases" />
        </label>
        <button type="submit" data-testid="watch-submit">
          {m.tr('options.watchAdd')}
        </button>
      </form>
    </section>
  );
}
