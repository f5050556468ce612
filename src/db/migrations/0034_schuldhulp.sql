-- Schuldhulp (issue 15; DOMAIN §4, Wgs art. 4 and 4a; Pw art. 52): the steps of the plan van aanpak on the ladder
-- (geldcoach → schuldhulptraject → budgetbeheer → beschermingsbewind, a motivation when a lighter one is skipped) and
-- the Participatiewet voorschotten with their letter. Appended only: the app role may insert and read, never change
-- or delete. The dated facts (hulpvraag, dreiging, eerste gesprek, toegangsbeschikking, ingebrekestelling) live in
-- zaken.feiten, where the termijnen engine reads them.
CREATE TABLE "schuldhulp_treden" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"zaak_id" uuid NOT NULL REFERENCES "zaken"("id"),
	"trede" text NOT NULL,
	"gestart_op" date NOT NULL,
	"motivatie" text,
	"vastgelegd_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"vastgelegd_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "schuldhulp_treden_trede_ck" CHECK ("trede" in ('geldcoach', 'schuldhulptraject', 'budgetbeheer', 'beschermingsbewind'))
);
--> statement-breakpoint
CREATE INDEX "schuldhulp_treden_zaak_idx" ON "schuldhulp_treden" USING btree ("zaak_id","gestart_op");
--> statement-breakpoint
CREATE TABLE "voorschotten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"zaak_id" uuid NOT NULL REFERENCES "zaken"("id"),
	"verleend_op" date NOT NULL,
	"bedrag_cent" integer NOT NULL,
	"norm_cent" integer NOT NULL,
	"document_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"vastgelegd_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"vastgelegd_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "voorschotten_bedrag_ck" CHECK ("bedrag_cent" > 0 AND "norm_cent" > 0)
);
--> statement-breakpoint
CREATE INDEX "voorschotten_zaak_idx" ON "voorschotten" USING btree ("zaak_id","verleend_op");
--> statement-breakpoint
GRANT SELECT, INSERT ON schuldhulp_treden TO voordeur_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON voorschotten TO voordeur_app;
--> statement-breakpoint
ALTER TABLE schuldhulp_treden ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON schuldhulp_treden TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE voorschotten ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON voorschotten TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
