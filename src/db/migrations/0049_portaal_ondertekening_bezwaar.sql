-- Mijn Voordeur (issue 16): the resident signs the shared resultatenplan digitally (one row per person who signed a
-- plan version, with the hash of the version read), and submits a bezwaar through the portal (no medewerker
-- registered it: geregistreerd_door is null and ingediend_via says so).
CREATE TABLE "plan_handtekeningen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"plan_id" uuid NOT NULL REFERENCES "resultatenplannen"("id"),
	"plan_versie" integer NOT NULL,
	"plan_hash" char(64) NOT NULL,
	"persoon_id" uuid NOT NULL REFERENCES "personen"("id"),
	"namens_persoon_id" uuid NOT NULL REFERENCES "personen"("id"),
	"hoedanigheid" text NOT NULL,
	"inlogmiddel" text NOT NULL,
	"getekend_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_handtekeningen_inlogmiddel_ck" CHECK ("inlogmiddel" in ('digid', 'demo'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "plan_handtekeningen_uq" ON "plan_handtekeningen" USING btree ("plan_id", "plan_versie", "persoon_id");
--> statement-breakpoint
GRANT SELECT, INSERT ON plan_handtekeningen TO voordeur_app;
--> statement-breakpoint
ALTER TABLE plan_handtekeningen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON plan_handtekeningen TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE "bezwaren" ALTER COLUMN "geregistreerd_door" DROP NOT NULL;
--> statement-breakpoint
ALTER TABLE "bezwaren" ADD COLUMN "ingediend_via" text DEFAULT 'medewerker' NOT NULL;
--> statement-breakpoint
ALTER TABLE "bezwaren" ADD CONSTRAINT "bezwaren_ingediend_via_ck" CHECK (("ingediend_via" = 'medewerker' AND "geregistreerd_door" IS NOT NULL) OR ("ingediend_via" = 'portaal' AND "geregistreerd_door" IS NULL));
--> statement-breakpoint
-- To whom a letter was addressed (persons), so Mijn Voordeur shows a resident only their own letters: with
-- separated parents each gets a letter with their own address. Null: a document that is not a letter, or one from
-- before this column.
ALTER TABLE "documenten" ADD COLUMN "aan_persoon_ids" uuid[];
