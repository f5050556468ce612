-- Snapshot only. Migrations 0011–0018 were written by hand (areas built in parallel), so drizzle-kit's
-- snapshot stopped at 0010. `npm run db:generate` produced this step to bring meta/0019_snapshot.json in line
-- with src/db/schema; every table and index it listed already exists through 0010–0018, so nothing runs here.
-- The next `npm run db:generate` diffs against this snapshot as usual.
select 1;
