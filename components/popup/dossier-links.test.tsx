// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from './App';
import { createPopupModel, type PopupModel } from './model';
import { defaultSettings } from '../../utils/settings/settings';
import type { AnnotatorDB } from '../../utils/db/db';
import { article, fakeEnv, freshDb, other, until } from './fixtures.test-helpers';

let db: AnnotatorDB;
let model: PopupModel;
let root: HTMLElement;

beforeEach(async () => {
  fakeBrowser.reset();
  db = freshDb();
  await db.articles.bulkPut([article, other]);
  root = document.createElement('div');
  document.body.append(root);
  model = createPopupModel({ db, env: fakeEnv(db), settings: defaultSettings('vi') });
  model.start();
  model.view.value = 'all';
  render(<App model={model} />, root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  model.stop();
  db.close();
});

const links = () =>
  [...root.querySelectorAll<HTMLAnchorElement>('[data-testid=dossier-link]')].map((a) => [
    a.textContent,
    a.getAttribute('href'),
  ]);

describe('links from the popup to dossiers', () => {
  it('offers the dossiers of the entities a search names, accents optional, and the index', async () => {
    const index = await until(() => root.querySelector<HTMLAnchorElement>('[data-testid=dossier-index-link]'));
    expect(index.getAttribute('href')).toBe('dossier.html');
    expect(index.target).toBe('_blank');
    await until(() => model.articles.value);
    model.setFilters({ text: 'vo van thuong' });
    await until(() => links().length === 1);
    expect(links()).toEqual([['Võ Văn Thưởng (1 bài)', 'dossier.html#official:vo-van-thuong']]);
    model.setFilters({ text: 'ban chi dao' });
    await until(() => links()[0]?.[1] === 'dossier.html#body:ban-chi-dao-tu');
    model.setFilters({ text: 'khong ai ten nay' });
    await until(() => links().length === 0);
  });
});
