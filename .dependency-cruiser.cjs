/**
 * Module boundaries from the house guide, enforced in CI (`npm run lint`).
 * Everyone may import src/text; content and search may import db, text and platform;
 * site, newsroom, ingest and cli never import db.
 */
module.exports = {
  forbidden: [
    {
      name: 'text-is-pure',
      comment: 'src/text is a pure toolkit: it imports nothing else from src/.',
      severity: 'error',
      from: { path: '^src/text/' },
      to: { path: '^src/(?!text/)' },
    },
    {
      name: 'no-db-from-outer-layers',
      comment: 'site, newsroom, ingest and cli go through content/ and search/, never db/.',
      severity: 'error',
      from: { path: '^src/(site|newsroom|ingest|cli)/' },
      to: { path: '^src/db/' },
    },
    {
      name: 'content-knows-no-delivery',
      comment: 'content/ knows nothing of HTTP, pages, search implementations, importers or the CLI.',
      severity: 'error',
      from: { path: '^src/content/' },
      to: { path: '^src/(site|newsroom|ingest|cli|search)/|^src/(app|server|setup)\\.ts$' },
    },
    {
      name: 'search-stays-below-delivery',
      severity: 'error',
      from: { path: '^src/search/' },
      to: { path: '^src/(site|newsroom|ingest|cli)/|^src/(app|server|setup)\\.ts$' },
    },
    {
      name: 'platform-is-a-leaf',
      comment: 'platform/ (config, logs, errors, events, i18n) depends on no domain module.',
      severity: 'error',
      from: { path: '^src/platform/' },
      to: { path: '^src/(?!platform/|text/)' },
    },
    {
      name: 'no-sql-dialect-leaks',
      comment: 'Only db/ and search/ may import the database drivers.',
      severity: 'error',
      from: { path: '^src/(?!db/|search/)' , pathNot: '^src/(app|server)\\.ts$'},
      to: { path: 'node_modules/(better-sqlite3|pg)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.test\\.tsx?$' },
  },
};
