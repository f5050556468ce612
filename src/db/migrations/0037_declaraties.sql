-- Tariffs, expected cost and declaraties (issue 17 "Aanbieders online"). Tariffs are regional (the
-- samenwerkingsverband buys care jointly): per product per contract for zorg in natura, per product for a pgb,
-- in eurocent per WJ756 eenheid, valid from–to (overlaps are refused by the act, domain/declaraties/tarief.ts).
-- A received 323 becomes one declaratie with its prestaties, each approved or rejected with WJ001 retourcodes;
-- the 325 answer is in `berichten`. `toewijzing_kosten` keeps the expected cost per toewijzing version so
-- steering can sum committed spending. Nothing here is deleted by the app role.
CREATE TABLE "tarieven" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"samenwerkingsverband_code" text NOT NULL REFERENCES "samenwerkingsverbanden"("code"),
	"soort" text NOT NULL,
	"contract_id" uuid REFERENCES "contracten"("id"),
	"wet" text NOT NULL,
	"product_categorie" text NOT NULL,
	"product_code" text NOT NULL,
	"eenheid" text NOT NULL,
	"bedrag" integer NOT NULL,
	"van" date NOT NULL,
	"tot" date,
	"gewijzigd_door" uuid REFERENCES "gebruikers"("id"),
	"versie" integer DEFAULT 1 NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tarieven_soort_ck" CHECK (("soort" = 'zin' and "contract_id" is not null) or ("soort" = 'pgb' and "contract_id" is null)),
	CONSTRAINT "tarieven_bedrag_ck" CHECK ("bedrag" > 0),
	CONSTRAINT "tarieven_periode_ck" CHECK ("tot" is null or "tot" >= "van")
);
--> statement-breakpoint
CREATE INDEX "tarieven_product_idx" ON "tarieven" USING btree ("samenwerkingsverband_code","wet","product_code","van");
--> statement-breakpoint
CREATE INDEX "tarieven_contract_idx" ON "tarieven" USING btree ("contract_id");
--> statement-breakpoint
CREATE TABLE "declaraties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"bericht_id" uuid NOT NULL REFERENCES "berichten"("id"),
	"wet" text NOT NULL,
	"aanbieder_agb" char(8) NOT NULL,
	"declaratienummer" text NOT NULL,
	"periode_van" date NOT NULL,
	"periode_tot" date NOT NULL,
	"ontvangen_op" date NOT NULL,
	"antwoord_uiterlijk" date NOT NULL,
	"beantwoord_op" date,
	"antwoord_bericht_id" uuid REFERENCES "berichten"("id"),
	"ingediend_bedrag" bigint NOT NULL,
	"toegekend_bedrag" bigint NOT NULL,
	"status" text NOT NULL,
	"retourcodes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "declaraties_status_ck" CHECK ("status" in ('goedgekeurd', 'deels-goedgekeurd', 'afgekeurd'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "declaraties_bericht_uq" ON "declaraties" USING btree ("bericht_id");
--> statement-breakpoint
CREATE INDEX "declaraties_nummer_idx" ON "declaraties" USING btree ("gemeente_code","aanbieder_agb","wet","declaratienummer");
--> statement-breakpoint
CREATE TABLE "prestaties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"declaratie_id" uuid NOT NULL REFERENCES "declaraties"("id"),
	"volgnummer" integer NOT NULL,
	"toewijzing_id" uuid REFERENCES "toewijzingen"("id"),
	"persoon_id" uuid REFERENCES "personen"("id"),
	"wet" text NOT NULL,
	"aanbieder_agb" char(8) NOT NULL,
	"referentienummer" text NOT NULL,
	"vorig_referentienummer" text,
	"toewijzingnummer" integer,
	"product_categorie" text NOT NULL,
	"product_code" text NOT NULL,
	"begindatum" date NOT NULL,
	"einddatum" date NOT NULL,
	"volume" integer NOT NULL,
	"eenheid" text NOT NULL,
	"tarief" integer,
	"bedrag" integer NOT NULL,
	"debet_credit" char(1) NOT NULL,
	"goedgekeurd" boolean NOT NULL,
	"retourcodes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"meldingen" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "prestaties_dc_ck" CHECK ("debet_credit" in ('D', 'C'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "prestaties_regel_uq" ON "prestaties" USING btree ("declaratie_id","volgnummer");
--> statement-breakpoint
CREATE INDEX "prestaties_toewijzing_idx" ON "prestaties" USING btree ("gemeente_code","toewijzing_id","goedgekeurd");
--> statement-breakpoint
CREATE INDEX "prestaties_referentie_idx" ON "prestaties" USING btree ("gemeente_code","aanbieder_agb","wet","referentienummer");
--> statement-breakpoint
CREATE TABLE "toewijzing_kosten" (
	"toewijzing_id" uuid PRIMARY KEY NOT NULL REFERENCES "toewijzingen"("id"),
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"toewijzing_versie" integer NOT NULL,
	"tarieven_stand" text NOT NULL,
	"bedrag" bigint,
	"uitleg" text NOT NULL,
	"berekend_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON tarieven, declaraties, toewijzing_kosten TO voordeur_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON prestaties TO voordeur_app;
--> statement-breakpoint
ALTER TABLE tarieven ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY verband_isolatie ON tarieven TO voordeur_app
  USING (samenwerkingsverband_code = voordeur_verband()) WITH CHECK (samenwerkingsverband_code = voordeur_verband());
--> statement-breakpoint
ALTER TABLE declaraties ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON declaraties TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE prestaties ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON prestaties TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE toewijzing_kosten ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON toewijzing_kosten TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
