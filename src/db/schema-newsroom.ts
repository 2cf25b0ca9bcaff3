/**
 * Tables of the newsroom (sessions, lockouts, edit locks, desk notes, conflict copies).
 * Kept in their own file; `Database` in schema.ts extends this interface.
 */
import type { Generated, Selectable } from 'kysely';

export interface SessionsTable {
  id: Generated<number>;
  /** SHA-256 (hex) of the random cookie token; the token itself is never stored. */
  tokenHash: string;
  userId: number;
  /** Synchronizer CSRF token bound to this session. */
  csrfToken: string;
  createdAt: number;
  lastSeenAt: number;
  /** Absolute expiry (epoch ms). */
  expiresAt: number;
  ip: string;
  userAgent: string;
}

export interface LoginLockoutsTable {
  /** Lower-cased e-mail as typed (also for unknown accounts, so lockouts reveal nothing). */
  email: string;
  failures: number;
  firstFailedAt: number;
  lockedUntil: number | null;
  updatedAt: number;
}

export interface EditLocksTable {
  articleId: number;
  userId: number;
  /** Random token of this holding; changes on every take-over. */
  token: string;
  acquiredAt: number;
  heartbeatAt: number;
  /** Who held the lock before a take-over, and when it was taken. */
  previousUserId: number | null;
  takenOverAt: number | null;
}

export interface ArticleNotesTable {
  id: Generated<number>;
  articleId: number;
  userId: number | null;
  /** `return` (sent back with this comment) or `comment`. */
  kind: string;
  body: string;
  version: number;
  createdAt: number;
}

export interface ConflictCopiesTable {
  id: Generated<number>;
  articleId: number;
  userId: number | null;
  /** The version the refused save started from, and the version that was current then. */
  baseVersion: number;
  currentVersion: number;
  /** JSON of the refused input. */
  data: string;
  createdAt: number;
}

export interface NewsroomDatabase {
  sessions: SessionsTable;
  loginLockouts: LoginLockoutsTable;
  editLocks: EditLocksTable;
  articleNotes: ArticleNotesTable;
  conflictCopies: ConflictCopiesTable;
}

export type SessionRow = Selectable<SessionsTable>;
export type EditLockRow = Selectable<EditLocksTable>;
