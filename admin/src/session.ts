/** The signed-in session and the sections, shared through context. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Section, Session } from './types.js';

export interface AppState {
  session: Session;
  sections: Section[];
  sectionName(id: number | null): string;
  signOut(): void;
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const s = useContext(AppContext);
  if (!s) throw new Error('useApp outside the signed-in app');
  return s;
}

/** Whether the user works the desk (section editor and above). */
export function isDesk(s: Session): boolean {
  return s.user.role !== 'reporter';
}
