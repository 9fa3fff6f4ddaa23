import { describe, expect, it } from 'vitest';
import { parseFromFrame } from './protocol';
import { parseTabMessage } from '../messaging/tab-messages';

describe("the content script's check of a frame's messages", () => {
  it('takes the panel’s per-page choices and the article-note request as sent', () => {
    expect(parseFromFrame({ t: 'kind-here', kind: 'resolution', on: false })).toEqual({
      t: 'kind-here',
      kind: 'resolution',
      on: false,
    });
    expect(parseFromFrame({ t: 'hide-all', on: true })).toEqual({ t: 'hide-all', on: true });
    expect(parseFromFrame({ t: 'note-article' })).toEqual({ t: 'note-article' });
  });

  it('refuses them malformed', () => {
    for (const bad of [
      { t: 'kind-here', kind: 'planet', on: true },
      { t: 'kind-here', kind: 'body', on: 'yes' },
      { t: 'kind-here', kind: { toString: () => 'body' }, on: true },
      { t: 'hide-all' },
      { t: 'hide-all', on: 1 },
      { t: 'note-everything' },
    ])
      expect(parseFromFrame(bad), JSON.stringify(bad)).toBeNull();
  });

  it('knows the hide-all command among the tab messages', () => {
    expect(parseTabMessage({ type: 'tab:toggle-highlights' })).toEqual({ type: 'tab:toggle-highlights' });
    expect(parseTabMessage({ type: 'tab:toggle-everything' })).toBeNull();
  });
});
