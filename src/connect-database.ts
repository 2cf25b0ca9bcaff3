/**
 * Opening the database for the server and the CLI, with a first round trip, so that an
 * unreachable server, a missing database or a file that cannot be created is reported as
 * such — one line naming CHAPAR_DATABASE_URL (DatabaseUnavailableError) — rather than as
 * the stack of whatever query happened to run first. Kept apart from app.ts so that the CLI
 * can check the database without loading the whole app (the import runs in a thread of its own).
 */
import { sql } from 'kysely';
import { openDatabase, type DbHandle } from './db/connection.js';
import { DatabaseUnavailableError } from './platform/config.js';

/** Opens the database at `url` and checks that it answers; throws DatabaseUnavailableError. */
export async function connectDatabase(url: string): Promise<DbHandle> {
  let handle: DbHandle;
  try {
    handle = openDatabase(url);
  } catch (e) {
    throw new DatabaseUnavailableError(url, e);
  }
  try {
    await sql`select 1`.execute(handle.db);
  } catch (e) {
    await handle.close().catch(() => {});
    throw new DatabaseUnavailableError(url, e);
  }
  return handle;
}
