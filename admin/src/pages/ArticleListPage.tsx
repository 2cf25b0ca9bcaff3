/** Lists: my articles, the desk queue, scheduled, published, trash, all — with filters (status, section, title words) and paging. */
import { useEffect, useState } from 'preact/hooks';
import { api, errorMessage } from '../api.js';
import { Link, Notice } from '../components/ui.js';
import { when } from '../format.js';
import { t } from '../i18n/index.js';
import { navigate } from '../router.js';
import { useApp } from '../session.js';
import { STATUSES, type ListItem, type Page } from '../types.js';

export type ListView = 'mine' | 'desk' | 'scheduled' | 'published' | 'trashed' | 'all';

export function ArticleListPage(props: { view: ListView; query: URLSearchParams }) {
  const app = useApp();
  const { view, query } = props;
  const status = query.get('status') ?? '';
  const sectionId = query.get('sectionId') ?? '';
  const q = query.get('q') ?? '';
  const page = Number(query.get('page') ?? '1') || 1;
  const [data, setData] = useState<Page<ListItem> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form, setForm] = useState({ status, sectionId, q });

  useEffect(() => setForm({ status, sectionId, q }), [status, sectionId, q]);
  useEffect(() => {
    let live = true;
    setError(null);
    api.articles({ view, status, sectionId: sectionId ? Number(sectionId) : '', q, page, limit: 30 }).then(
      (d) => live && setData(d),
      (e) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [view, status, sectionId, q, page]);

  function go(p: Partial<{ status: string; sectionId: string; q: string; page: number }>) {
    const u = new URLSearchParams({ view });
    const next = { ...form, page: 1, ...p };
    if (next.status) u.set('status', next.status);
    if (next.sectionId) u.set('sectionId', next.sectionId);
    if (next.q) u.set('q', next.q);
    if (next.page > 1) u.set('page', String(next.page));
    navigate(`/articles?${u}`);
  }

  const pages = data ? Math.max(1, Math.ceil(data.total / data.limit)) : 1;
  const timeOf = (a: ListItem) => (view === 'scheduled' ? a.scheduledAt : view === 'published' ? a.publishedAt : a.updatedAt);

  return (
    <section>
      <h1>{t(`list.title.${view}`)}</h1>
      <form
        class="filters"
        role="search"
        aria-label={t('list.filters')}
        onSubmit={(e) => {
          e.preventDefault();
          go({});
        }}
      >
        <label>
          <span>{t('list.q')}</span>
          <input type="search" name="q" value={form.q} onInput={(e) => setForm({ ...form, q: e.currentTarget.value })} />
        </label>
        <label>
          <span>{t('list.status')}</span>
          <select name="status" value={form.status} onChange={(e) => setForm({ ...form, status: e.currentTarget.value })}>
            <option value="">{t('list.anyStatus')}</option>
            {STATUSES.map((s) => (
              <option value={s}>{t(`status.${s}`)}</option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('list.section')}</span>
          <select name="sectionId" value={form.sectionId} onChange={(e) => setForm({ ...form, sectionId: e.currentTarget.value })}>
            <option value="">{t('list.anySection')}</option>
            {app.sections
              .filter((s) => s.lang === 'fa')
              .map((s) => (
                <option value={String(s.id)}>{s.name}</option>
              ))}
          </select>
        </label>
        <button type="submit">{t('list.apply')}</button>
      </form>
      {error && <Notice kind="error">{error}</Notice>}
      {data && (
        <>
          <p class="muted" aria-live="polite">{t('list.count', { n: data.total })}</p>
          {data.items.length === 0 ? (
            <p>{t('list.empty')}</p>
          ) : (
            <table class="list" data-testid="article-list">
              <thead>
                <tr>
                  <th scope="col">{t('list.col.title')}</th>
                  <th scope="col">{t('list.col.status')}</th>
                  <th scope="col">{t('list.col.section')}</th>
                  <th scope="col">{t('list.col.author')}</th>
                  <th scope="col">{view === 'scheduled' || view === 'published' ? t('list.col.when') : t('list.col.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((a) => (
                  <tr key={a.id} data-article-id={a.id}>
                    <td>
                      {a.kicker && <small class="kicker">{a.kicker}</small>}
                      <Link to={`/articles/${a.id}`}>{a.title}</Link>
                      {a.isBreaking && <span class="badge badge-breaking">{t('wf.breaking')}</span>}
                      {a.isTopStory && <span class="badge badge-top">{t('editor.topStory')}</span>}
                      {a.lock && <small class="locked">{t('list.editing', { name: a.lock.name })}</small>}
                    </td>
                    <td>
                      <span class={`status status-${a.status}`}>{t(`status.${a.status}`)}</span>
                    </td>
                    <td>{app.sectionName(a.sectionId)}</td>
                    <td>{a.createdByName}</td>
                    <td>{when(timeOf(a))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {pages > 1 && (
            <nav class="pager" aria-label={t('list.page', { n: page, m: pages })}>
              <button type="button" disabled={page <= 1} onClick={() => go({ page: page - 1 })}>{t('list.prev')}</button>
              <span>{t('list.page', { n: page, m: pages })}</span>
              <button type="button" disabled={page >= pages} onClick={() => go({ page: page + 1 })}>{t('list.next')}</button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
