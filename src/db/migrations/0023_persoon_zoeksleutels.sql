-- Surname search keys, one row per key (domain/persoon/naam.ts#naamZoeksleutels), so that a name search finds
-- every part of a double or multi-part surname ("Jansen-de Vries" by "vries", "jansen de v", "de vries").
-- Text in collation "C" (byte order) as in 0006: the prefix range >= / < is leakproof and drives the index
-- under row-level security. The person's sort keys are copied in, so the index alone yields the ordered page
-- of ids. The keys of the existing residents are computed in TypeScript by the migrator right after this
-- migration (db/migrate.ts → db/personen.ts#vulZoeksleutelsAan).
CREATE TABLE "persoon_zoeksleutels" (
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"persoon_id" uuid NOT NULL REFERENCES "personen"("id") ON DELETE cascade,
	"sleutel" text COLLATE "C" NOT NULL,
	"zoek_geslachtsnaam" text COLLATE "C" NOT NULL,
	"zoek_voornamen" text COLLATE "C" NOT NULL,
	"geboortedatum" date NOT NULL,
	CONSTRAINT "persoon_zoeksleutels_persoon_id_sleutel_pk" PRIMARY KEY("persoon_id","sleutel")
);
--> statement-breakpoint
CREATE INDEX "persoon_zoeksleutels_zoek_idx" ON "persoon_zoeksleutels" USING btree ("gemeente_code","sleutel","zoek_geslachtsnaam","zoek_voornamen","geboortedatum","persoon_id");
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON persoon_zoeksleutels TO voordeur_app;
--> statement-breakpoint
ALTER TABLE persoon_zoeksleutels ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON persoon_zoeksleutels TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
-- The name search no longer reads personen by its sort keys (it reads persoon_zoeksleutels instead).
DROP INDEX "personen_naam_idx";
