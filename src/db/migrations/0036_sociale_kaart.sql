-- De sociale kaart (issue 16; seed 000 §4, 003 Stroom 1 en 5, 002 bijlage 2): the algemene voorzieningen, the
-- voorliggend veld and the minimaregelingen of a gemeente, kept by the beheerder and the buurtteam, read without a
-- login on the public kaart and chosen in the resultatenplan (inhoud.voorliggendeOplossingen[].voorzieningId).
-- Tenant table with RLS; never deleted (archived instead: no DELETE for the app role).
CREATE TABLE "voorzieningen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"extern_id" text NOT NULL,
	"soort" text NOT NULL,
	"naam" text NOT NULL,
	"aanbieder" text DEFAULT '' NOT NULL,
	"omschrijving" text DEFAULT '' NOT NULL,
	"categorieen" text[] NOT NULL,
	"wijken" text[] DEFAULT '{}'::text[] NOT NULL,
	"adres" text DEFAULT '' NOT NULL,
	"telefoon" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"website" text DEFAULT '' NOT NULL,
	"openingstijden" text DEFAULT '' NOT NULL,
	"doelgroep" text DEFAULT '' NOT NULL,
	"gratis" boolean,
	"kosten" text DEFAULT '' NOT NULL,
	"gearchiveerd" boolean DEFAULT false NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL,
	"gewijzigd_door" uuid REFERENCES "gebruikers"("id"),
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "voorzieningen_soort_ck" CHECK ("soort" in ('algemene-voorziening', 'voorliggend-veld', 'minimaregeling')),
	CONSTRAINT "voorzieningen_kosten_ck" CHECK ("gratis" is distinct from false or "kosten" <> '')
);
--> statement-breakpoint
CREATE UNIQUE INDEX "voorzieningen_extern_id_uq" ON "voorzieningen" USING btree ("gemeente_code","extern_id");
--> statement-breakpoint
CREATE INDEX "voorzieningen_naam_idx" ON "voorzieningen" USING btree ("gemeente_code","gearchiveerd","naam");
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON voorzieningen TO voordeur_app;
--> statement-breakpoint
ALTER TABLE voorzieningen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON voorzieningen TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
