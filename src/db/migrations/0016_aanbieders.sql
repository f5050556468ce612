-- aanbieders area: contracts with their lines (Verwijzingswijzer), cliëntenstops (regional),
-- individuele overeenkomsten and kwaliteits-/contractsignalen (per gemeente).
CREATE TABLE "contracten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"samenwerkingsverband_code" text NOT NULL REFERENCES "samenwerkingsverbanden"("code"),
	"aanbieder_id" uuid NOT NULL REFERENCES "aanbieders"("id"),
	"kenmerk" text NOT NULL,
	"omschrijving" text DEFAULT '' NOT NULL,
	"ingangsdatum" date NOT NULL,
	"einddatum" date,
	"versie" integer DEFAULT 1 NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contracten_periode_ck" CHECK ("einddatum" is null or "einddatum" >= "ingangsdatum")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "contracten_kenmerk_uq" ON "contracten" USING btree ("samenwerkingsverband_code","kenmerk");
--> statement-breakpoint
CREATE INDEX "contracten_aanbieder_idx" ON "contracten" USING btree ("aanbieder_id","ingangsdatum");
--> statement-breakpoint
CREATE TABLE "contractregels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"samenwerkingsverband_code" text NOT NULL REFERENCES "samenwerkingsverbanden"("code"),
	"contract_id" uuid NOT NULL REFERENCES "contracten"("id") ON DELETE CASCADE,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"wet" text NOT NULL,
	"product_categorie" text NOT NULL,
	"product_code" text,
	"interventieniveau" integer,
	"resultaat" text,
	CONSTRAINT "contractregels_niveau_ck" CHECK ("interventieniveau" is null or "interventieniveau" between 1 and 8)
);
--> statement-breakpoint
CREATE INDEX "contractregels_zoek_idx" ON "contractregels" USING btree ("samenwerkingsverband_code","gemeente_code","wet","product_categorie","product_code");
--> statement-breakpoint
CREATE INDEX "contractregels_contract_idx" ON "contractregels" USING btree ("contract_id");
--> statement-breakpoint
CREATE TABLE "clientenstops" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"samenwerkingsverband_code" text NOT NULL REFERENCES "samenwerkingsverbanden"("code"),
	"aanbieder_id" uuid NOT NULL REFERENCES "aanbieders"("id"),
	"gemeente_code" char(4) REFERENCES "gemeenten"("code"),
	"van" date NOT NULL,
	"tot" date,
	"reden" text NOT NULL,
	"aangekondigd_door" uuid REFERENCES "gebruikers"("id"),
	"versie" integer DEFAULT 1 NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clientenstops_periode_ck" CHECK ("tot" is null or "tot" >= "van")
);
--> statement-breakpoint
CREATE INDEX "clientenstops_aanbieder_idx" ON "clientenstops" USING btree ("samenwerkingsverband_code","aanbieder_id","van");
--> statement-breakpoint
CREATE INDEX "clientenstops_periode_idx" ON "clientenstops" USING btree ("samenwerkingsverband_code","tot");
--> statement-breakpoint
CREATE TABLE "individuele_overeenkomsten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"aanbieder_id" uuid NOT NULL REFERENCES "aanbieders"("id"),
	"zaak_id" uuid NOT NULL REFERENCES "zaken"("id"),
	"persoon_id" uuid REFERENCES "personen"("id"),
	"wet" text NOT NULL,
	"product_categorie" text NOT NULL,
	"product_code" text,
	"ingangsdatum" date NOT NULL,
	"einddatum" date,
	"tarief" integer,
	"motivering" text NOT NULL,
	"status" text DEFAULT 'aangevraagd' NOT NULL,
	"aangevraagd_door" uuid REFERENCES "gebruikers"("id"),
	"beoordeeld_door" uuid REFERENCES "gebruikers"("id"),
	"beoordeeld_op" timestamp with time zone,
	"beoordeling_toelichting" text,
	"versie" integer DEFAULT 1 NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "individuele_overeenkomsten_periode_ck" CHECK ("einddatum" is null or "einddatum" >= "ingangsdatum")
);
--> statement-breakpoint
CREATE INDEX "individuele_overeenkomsten_aanbieder_idx" ON "individuele_overeenkomsten" USING btree ("gemeente_code","aanbieder_id","status");
--> statement-breakpoint
CREATE INDEX "individuele_overeenkomsten_zaak_idx" ON "individuele_overeenkomsten" USING btree ("zaak_id");
--> statement-breakpoint
CREATE INDEX "individuele_overeenkomsten_status_idx" ON "individuele_overeenkomsten" USING btree ("gemeente_code","status","aangemaakt_op");
--> statement-breakpoint
CREATE TABLE "aanbieder_signalen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"aanbieder_id" uuid NOT NULL REFERENCES "aanbieders"("id"),
	"soort" text NOT NULL,
	"onderwerp" text NOT NULL,
	"omschrijving" text NOT NULL,
	"status" text DEFAULT 'nieuw' NOT NULL,
	"kwaliteitsmanager_id" uuid REFERENCES "gebruikers"("id"),
	"ontvangen_op" date NOT NULL,
	"opvolging" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"geregistreerd_door" uuid REFERENCES "gebruikers"("id"),
	"versie" integer DEFAULT 1 NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "aanbieder_signalen_lijst_idx" ON "aanbieder_signalen" USING btree ("gemeente_code","status","ontvangen_op");
--> statement-breakpoint
CREATE INDEX "aanbieder_signalen_aanbieder_idx" ON "aanbieder_signalen" USING btree ("gemeente_code","aanbieder_id");
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON contracten, clientenstops TO voordeur_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON contractregels TO voordeur_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON individuele_overeenkomsten, aanbieder_signalen TO voordeur_app;
--> statement-breakpoint
ALTER TABLE contracten ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY verband_isolatie ON contracten TO voordeur_app
  USING (samenwerkingsverband_code = voordeur_verband()) WITH CHECK (samenwerkingsverband_code = voordeur_verband());
--> statement-breakpoint
ALTER TABLE contractregels ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY verband_isolatie ON contractregels TO voordeur_app
  USING (samenwerkingsverband_code = voordeur_verband()) WITH CHECK (samenwerkingsverband_code = voordeur_verband());
--> statement-breakpoint
ALTER TABLE clientenstops ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY verband_isolatie ON clientenstops TO voordeur_app
  USING (samenwerkingsverband_code = voordeur_verband()) WITH CHECK (samenwerkingsverband_code = voordeur_verband());
--> statement-breakpoint
ALTER TABLE individuele_overeenkomsten ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON individuele_overeenkomsten TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE aanbieder_signalen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON aanbieder_signalen TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
