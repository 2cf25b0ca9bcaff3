/** A tiny history router for the SPA under /newsroom/ (deep links are served index.html by the server). */
import { useEffect, useState } from 'preact/hooks';

export const BASE = '/newsroom';

export interface Route {
  /** Path below /newsroom, starting with '/' (e.g. '/articles/5'). */
  path: string;
  query: URLSearchParams;
}

function current(): Route {
  const p = location.pathname.startsWith(BASE) ? location.pathname.slice(BASE.length) : location.pathname;
  return { path: p === '' ? '/' : p, query: new URLSearchParams(location.search) };
}

const listeners = new Set<() => void>();
window.addEventListener('popstate', () => listeners.forEach((l) => l()));

/** Goes to a path below /newsroom (e.g. '/articles/5'). */
export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  const url = BASE + to;
  if (opts.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  listeners.forEach((l) => l());
  window.scrollTo(0, 0);
}

/** The current route; re-renders on navigation. */
export function useRoute(): Route {
  const [route, setRoute] = useState(current);
  useEffect(() => {
    const l = () => setRoute(current());
    listeners.add(l);
    return () => void listeners.delete(l);
  }, []);
  return route;
}

/** onClick for <a href={BASE + to}>: client-side navigation unless a modifier key is held. */
export function linkClick(to: string) {
  return (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
}
