-- Werkvoorraden put crisis and spoed zaken on top (issue 21, "The workspace"). Spoed is decided once by the
-- routing at the melding (zaken.feiten.spoed); crisis is the veiligheid outcome. A stored generated column
-- makes both one sortable, indexable fact, so a page of a werkvoorraad (or of "Mijn zaken") is read from an
-- index in the order shown: spoed first, then the nearest deadline. The spoed index replaces the werkvoorraad
-- index (same leading columns, so the counts per werkvoorraad still use it).
ALTER TABLE "zaken" ADD COLUMN "spoed" boolean GENERATED ALWAYS AS (
	"veiligheid" = 'crisis' OR coalesce(("feiten"->>'spoed')::boolean, false)
) STORED NOT NULL;
--> statement-breakpoint
CREATE INDEX "zaken_werkvoorraad_spoed_idx" ON "zaken" ("gemeente_code", "werkvoorraad", "spoed" DESC, "volgende_termijn_datum", "id") WHERE "afgesloten_op" IS NULL;
--> statement-breakpoint
CREATE INDEX "zaken_behandelaar_spoed_idx" ON "zaken" ("gemeente_code", "behandelaar_id", "spoed" DESC, "volgende_termijn_datum", "id") WHERE "afgesloten_op" IS NULL;
--> statement-breakpoint
DROP INDEX "zaken_werkvoorraad_idx";
