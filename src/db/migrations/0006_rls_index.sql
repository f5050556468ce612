-- Row-level security must stay indexable: voordeur_gemeente() returns text, gemeente_code is char(4);
-- comparing them casts the column and hides every (gemeente_code, …) index. Compare as bpchar instead.
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT tablename FROM pg_policies WHERE policyname = 'gemeente_isolatie' AND schemaname = 'public' LOOP
    EXECUTE format('DROP POLICY gemeente_isolatie ON %I', r.tablename);
    EXECUTE format(
      'CREATE POLICY gemeente_isolatie ON %I TO voordeur_app USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar)',
      r.tablename);
  END LOOP;
END $$;
--> statement-breakpoint
DROP INDEX "personen_naam_idx";
--> statement-breakpoint
-- Search keys in byte order (collation "C"): prefix ranges and the result order use the same index.
ALTER TABLE "personen" ALTER COLUMN "zoek_geslachtsnaam" TYPE text COLLATE "C", ALTER COLUMN "zoek_voornamen" TYPE text COLLATE "C";
--> statement-breakpoint
CREATE INDEX "personen_naam_idx" ON "personen" USING btree ("gemeente_code","zoek_geslachtsnaam","zoek_voornamen","geboortedatum","id");
