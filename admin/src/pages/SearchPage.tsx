/** Newsroom search over every status the user may see (the search index: Persian in any spelling). */
import { useEffect, useState } from 'preact/hooks';
import { api, errorMessage } from '../api.js';
import { Link, Notice } from '../components/ui.js';
import { when } from '../format.js';
import { t } from '../i18n/index.js';
import { navigate } from '../router.js';
import { useApp } from '../session.js';
import type { SearchHit } from '../types.js';

export function SearchPage(props: { query: URLSearchParams }) {
  const app = useApp();
  const q = props.query.get('q') ?? '';
  const [text, setText] = useState(q);
  const [res, setRes] = useState<{ total: number; items: SearchHit[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setText(q);
    if (!q.trim()) {
      setRes(null);
      return;
    }
    let live = true;
    api.search({ q }).then(
      (r) => live && setRes(r),
      (e) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [q]);

  return (
    <section>
      <h1>{t('search.title')}</h1>
      <form
        class="filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(`/search?q=${encodeURIComponent(text)}`);
        }}
      >
        <label class="grow">
          <span>{t('search.q')}</span>
          <input type="search" name="q" value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <button type="submit" class="primary">{t('search.submit')}</button>
      </form>
      {error && <Notice kind="error">{error}</Notice>}
      {res && (
        <>
          <p class="muted" aria-live="polite">{t('search.results', { n: res.total })}</p>
          {res.items.length === 0 && <p>{t('search.none')}</p>}
          <ol class="hits" data-testid="search-hits">
            {res.items.map((h) => (
              <li key={h.articleId}>
                <Link to={`/articles/${h.articleId}`}>{h.title}</Link> <span class={`status status-${h.status}`}>{t(`status.${h.status}`)}</span>
                {/* The snippet is the search engine's escaped text with <mark> around the matches. */}
                {h.snippet && <p class="snippet" dangerouslySetInnerHTML={{ __html: h.snippet }} />}
                <small class="muted">
                  {app.sectionName(h.sectionId)} {h.publishedAt && `· ${when(h.publishedAt)}`}
                </small>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
