-- Mijn Voordeur (issue 16): the resident's sessions (shorter than a medewerker's), for whom they act, and the
-- hulpvragen they send, which wait for the IAG to pick them up into a contactregistratie on channel portaal.
ALTER TABLE "oidc_aanvragen" ADD COLUMN "doel" text DEFAULT 'medewerker' NOT NULL;
--> statement-breakpoint
ALTER TABLE "oidc_aanvragen" ADD COLUMN "gemeente_code" char(4) REFERENCES "gemeenten"("code");
--> statement-breakpoint
ALTER TABLE "oidc_aanvragen" ADD CONSTRAINT "oidc_aanvragen_doel_ck" CHECK (("doel" = 'medewerker' AND "gemeente_code" IS NULL) OR ("doel" = 'inwoner' AND "gemeente_code" IS NOT NULL));
--> statement-breakpoint
CREATE TABLE "portaal_sessies" (
	"id" text PRIMARY KEY NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"persoon_id" uuid NOT NULL REFERENCES "personen"("id") ON DELETE cascade,
	"namens_persoon_id" uuid NOT NULL REFERENCES "personen"("id") ON DELETE cascade,
	"methode" text NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"laatst_actief_op" timestamp with time zone DEFAULT now() NOT NULL,
	"verloopt_op" timestamp with time zone NOT NULL,
	CONSTRAINT "portaal_sessies_methode_ck" CHECK ("methode" in ('oidc', 'demo'))
);
--> statement-breakpoint
CREATE INDEX "portaal_sessies_persoon_idx" ON "portaal_sessies" USING btree ("persoon_id");
--> statement-breakpoint
CREATE TABLE "portaal_hulpvragen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"persoon_id" uuid NOT NULL REFERENCES "personen"("id"),
	"ingediend_door" uuid NOT NULL REFERENCES "personen"("id"),
	"ingediend_op" timestamp with time zone DEFAULT now() NOT NULL,
	"thema" text NOT NULL,
	"leefgebieden" text[] DEFAULT '{}'::text[] NOT NULL,
	"vraag" text NOT NULL,
	"spoed" boolean NOT NULL,
	"onveilig" boolean NOT NULL,
	"contactwijze" text NOT NULL,
	"telefoon" text,
	"email" text,
	"contact_id" uuid REFERENCES "contacten"("id"),
	"opgepakt_door" uuid REFERENCES "gebruikers"("id"),
	"opgepakt_op" timestamp with time zone,
	"versie" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "portaal_hulpvragen_contactwijze_ck" CHECK ("contactwijze" in ('telefoon', 'email', 'portaal')),
	CONSTRAINT "portaal_hulpvragen_opgepakt_ck" CHECK (("opgepakt_op" is null) = ("opgepakt_door" is null))
);
--> statement-breakpoint
CREATE INDEX "portaal_hulpvragen_open_idx" ON "portaal_hulpvragen" USING btree ("gemeente_code", "opgepakt_op", "spoed", "ingediend_op", "id");
--> statement-breakpoint
CREATE INDEX "portaal_hulpvragen_persoon_idx" ON "portaal_hulpvragen" USING btree ("persoon_id", "ingediend_op");
--> statement-breakpoint
GRANT SELECT, INSERT ON portaal_hulpvragen TO voordeur_app;
--> statement-breakpoint
GRANT UPDATE (contact_id, opgepakt_door, opgepakt_op, versie) ON portaal_hulpvragen TO voordeur_app;
--> statement-breakpoint
ALTER TABLE portaal_hulpvragen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON portaal_hulpvragen TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
