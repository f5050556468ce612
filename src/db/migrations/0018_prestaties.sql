-- Performance of the IAG path and the plan editor at 1M residents (issues 5 and 6), verified with EXPLAIN
-- ANALYZE under row level security (role voordeur_app).
-- The IAG screen (GET /api/aanmelden/personen/{id}) and POST /api/aanmelden find a resident's zaken through
-- zaak_personen by persoon_id. With zaak_id, rol and gemeente_code (the RLS column) in the index that is an
-- index-only scan instead of one heap visit per row (2M rows at 1M residents). Same name as before, so the
-- Drizzle schema (index on persoon_id) still describes it.
-- The other hot lookups already have their index: contacten by (gemeente, persoon, tijdstip), persoon_relaties
-- both ways, the audit chain head, resultatenplannen by zaak, plan_goedkeuringen by plan, aanbieders by
-- (verband, AGB-code), producten by (verband, wet, code), zaaktype_versies by (gemeente, zaaktype, datum).
DROP INDEX "zaak_personen_persoon_idx";
--> statement-breakpoint
CREATE INDEX "zaak_personen_persoon_idx" ON "zaak_personen" USING btree ("persoon_id") INCLUDE ("zaak_id", "rol", "gemeente_code");
