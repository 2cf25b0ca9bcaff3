import type { Kysely } from 'kysely';
import type { Dialect } from '../connection.js';
import { bigintType, idColumn, idType } from '../dialect/index.js';

/** Newsroom: sessions, login lockouts, edit locks, desk notes, conflict copies. */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const id = idType(dialect);
  const pk = idColumn(dialect);
  const big = bigintType(dialect);

  await db.schema
    .createTable('sessions')
    .addColumn('id', id, pk)
    .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('last_seen_at', big, (c) => c.notNull())
    .addColumn('expires_at', big, (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('user_agent', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').columns(['user_id']).execute();

  await db.schema
    .createTable('login_lockouts')
    .addColumn('email', 'varchar(320)', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('first_failed_at', big, (c) => c.notNull())
    .addColumn('locked_until', big)
    .addColumn('updated_at', big, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('edit_locks')
    .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token', 'varchar(64)', (c) => c.notNull())
    .addColumn('acquired_at', big, (c) => c.notNull())
    .addColumn('heartbeat_at', big, (c) => c.notNull())
    .addColumn('previous_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('taken_over_at', big)
    .execute();

  await db.schema
    .createTable('article_notes')
    .addColumn('id', id, pk)
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('article_notes_article_idx').on('article_notes').columns(['article_id', 'created_at']).execute();

  await db.schema
    .createTable('conflict_copies')
    .addColumn('id', id, pk)
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('base_version', 'integer', (c) => c.notNull())
    .addColumn('current_version', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('conflict_copies_article_idx').on('conflict_copies').columns(['article_id', 'created_at']).execute();

  await db.schema.createIndex('audit_log_user_idx').on('audit_log').columns(['user_id', 'at']).execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').columns(['at']).execute();

  // A row whose update serializes concurrent «تیتر یک» changes (row lock on PostgreSQL).
  await db.insertInto('counters').values({ name: 'top_story_lock', value: 0 }).execute();
}
