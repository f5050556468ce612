-- Issue 19: werkvoorraden and "Mijn zaken" are paged by key, not by OFFSET. The list order (crisis/spoed first,
-- then the nearest deadline, zaken without one last, then id) as one ascending key, so a page after a cursor
-- is one range scan of these indexes: (not spoed, coalesce(volgende_termijn_datum, 'infinity'), id).
-- They replace the spoed indexes of 0026 (same order, same leading columns for the counts per werkvoorraad).
CREATE INDEX "zaken_werkvoorraad_volgorde_idx" ON "zaken" ("gemeente_code", "werkvoorraad", (NOT "spoed"), (coalesce("volgende_termijn_datum", 'infinity'::date)), "id") WHERE "afgesloten_op" IS NULL;
--> statement-breakpoint
CREATE INDEX "zaken_behandelaar_volgorde_idx" ON "zaken" ("gemeente_code", "behandelaar_id", (NOT "spoed"), (coalesce("volgende_termijn_datum", 'infinity'::date)), "id") WHERE "afgesloten_op" IS NULL;
--> statement-breakpoint
DROP INDEX IF EXISTS "zaken_werkvoorraad_spoed_idx";
--> statement-breakpoint
DROP INDEX IF EXISTS "zaken_behandelaar_spoed_idx";
