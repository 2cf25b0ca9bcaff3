import type { Kysely } from 'kysely';
import type { Dialect } from '../connection.js';
import { bigintType, idColumn, idType } from '../dialect/index.js';

/** The initial content schema: editions, sections, users, authors, articles, tags, media, revisions. */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const id = idType(dialect);
  const pk = idColumn(dialect);
  const big = bigintType(dialect);

  await db.schema
    .createTable('languages')
    .addColumn('code', 'varchar(8)', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('native_name', 'text', (c) => c.notNull())
    .addColumn('dir', 'varchar(3)', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('sections')
    .addColumn('id', id, pk)
    .addColumn('lang', 'varchar(8)', (c) => c.notNull().references('languages.code'))
    .addColumn('parent_id', 'integer', (c) => c.references('sections.id').onDelete('set null'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_main', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', big, (c) => c.notNull())
    .addUniqueConstraint('sections_lang_slug_uq', ['lang', 'slug'])
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', id, pk)
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'varchar(32)', (c) => c.notNull())
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('updated_at', big, (c) => c.notNull())
    .addColumn('last_login_at', big)
    .execute();

  await db.schema
    .createTable('user_sections')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('section_id', 'integer', (c) => c.notNull().references('sections.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('user_sections_pk', ['user_id', 'section_id'])
    .execute();

  await db.schema
    .createTable('authors')
    .addColumn('id', id, pk)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('bio', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', big, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('media')
    .addColumn('id', id, pk)
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('alt', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('caption', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('credit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('variants', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .execute();

  await db.schema
    .createTable('articles')
    .addColumn('id', id, pk)
    .addColumn('code', big, (c) => c.notNull().unique())
    .addColumn('lang', 'varchar(8)', (c) => c.notNull().references('languages.code'))
    .addColumn('section_id', 'integer', (c) => c.references('sections.id').onDelete('set null'))
    .addColumn('kicker', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('dateline', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('lead', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source_url', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('updated_at', big, (c) => c.notNull())
    .addColumn('published_at', big)
    .addColumn('scheduled_at', big)
    .addColumn('featured_image_id', 'integer', (c) => c.references('media.id').onDelete('set null'))
    .addColumn('featured_image_caption', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('is_top_story', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_breaking', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('breaking_until', big)
    .addColumn('is_featured', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('view_count', big, (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('seo_title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('seo_description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('typography_repair', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('import_key', 'text', (c) => c.unique())
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  // Listing pages walk these indexes with keyset pagination (published_at, id) — no OFFSET scans.
  await db.schema.createIndex('articles_lang_status_pub_idx').on('articles').columns(['lang', 'status', 'published_at', 'id']).execute();
  await db.schema.createIndex('articles_section_status_pub_idx').on('articles').columns(['section_id', 'status', 'published_at', 'id']).execute();
  await db.schema.createIndex('articles_status_sched_idx').on('articles').columns(['status', 'scheduled_at']).execute();
  await db.schema.createIndex('articles_status_updated_idx').on('articles').columns(['status', 'updated_at']).execute();
  await db.schema.createIndex('articles_created_by_idx').on('articles').columns(['created_by', 'updated_at']).execute();

  await db.schema
    .createTable('article_authors')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('author_id', 'integer', (c) => c.notNull().references('authors.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('article_authors_pk', ['article_id', 'author_id'])
    .execute();
  await db.schema.createIndex('article_authors_author_idx').on('article_authors').columns(['author_id', 'article_id']).execute();

  await db.schema
    .createTable('tags')
    .addColumn('id', id, pk)
    .addColumn('lang', 'varchar(8)', (c) => c.notNull().references('languages.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .addUniqueConstraint('tags_lang_slug_uq', ['lang', 'slug'])
    .execute();

  await db.schema
    .createTable('article_tags')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('tag_id', 'integer', (c) => c.notNull().references('tags.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('article_tags_pk', ['article_id', 'tag_id'])
    .execute();
  await db.schema.createIndex('article_tags_tag_idx').on('article_tags').columns(['tag_id', 'article_id']).execute();

  await db.schema
    .createTable('revisions')
    .addColumn('id', id, pk)
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('revisions_article_version_uq', ['article_id', 'version'])
    .execute();

  await db.schema
    .createTable('counters')
    .addColumn('name', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('value', big, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('article_daily_views')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('day', big, (c) => c.notNull())
    .addColumn('views', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('article_daily_views_pk', ['article_id', 'day'])
    .execute();
  await db.schema.createIndex('article_daily_views_day_idx').on('article_daily_views').columns(['day', 'views']).execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', id, pk)
    .addColumn('at', big, (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('article_id', 'integer', (c) => c.references('articles.id').onDelete('set null'))
    .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('audit_log_article_idx').on('audit_log').columns(['article_id', 'at']).execute();

  // News codes start at 100001 so that every code a reader sees has six digits; the counter
  // only ever moves forward, so a code is never handed out twice, even after a deletion.
  await db.insertInto('counters').values({ name: 'news_code', value: 100000 }).execute();
}
