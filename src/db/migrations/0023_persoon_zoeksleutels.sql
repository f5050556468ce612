-- Surname search keys, one row per key (domain/persoon/naam.ts#naamZoeksleutels), so that a name search finds
-- every part of a double or multi-part surname ("Jansen-de Vries" by "vries", "jansen de v", "de vries").
-- Collation "C" (byte order) as in 0006: the prefix range >= / < is leakproof and drives the
-- (gemeente_code, sleutel) index under row-level security. The keys of the existing residents are computed
-- in TypeScript by the migrator right after this migration (db/migrate.ts → db/personen.ts#vulZoeksleutelsAan).
CREATE TABLE "persoon_zoeksleutels" (
	"gemeente_code" char(4) NOT NULL,
	"persoon_id" uuid NOT NULL,
	"sleutel" text COLLATE "C" NOT NULL,
	CONSTRAINT "persoon_zoeksleutels_persoon_id_sleutel_pk" PRIMARY KEY("persoon_id","sleutel")
);
--> statement-breakpoint
ALTER TABLE "persoon_zoeksleutels" ADD CONSTRAINT "persoon_zoeksleutels_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "persoon_zoeksleutels" ADD CONSTRAINT "persoon_zoeksleutels_persoon_id_personen_id_fk" FOREIGN KEY ("persoon_id") REFERENCES "public"."personen"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "persoon_zoeksleutels_zoek_idx" ON "persoon_zoeksleutels" USING btree ("gemeente_code","sleutel","persoon_id");
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON persoon_zoeksleutels TO voordeur_app;
--> statement-breakpoint
ALTER TABLE persoon_zoeksleutels ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON persoon_zoeksleutels TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
