-- The Wmo themes (issue 15; seed 004 §6.2): the answers per theme in the onderzoek, the gemeente's normenkader
-- huishoudelijke hulp (versions, appended only), the hulpmiddelen verstrekt after a toekenning (bruikleen, eigendom,
-- pgb; only the inname is changed later) and the notices to the CAK (Wmo 2015 art. 2.1.4; appended only).
CREATE TABLE "wmo_themas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"zaak_id" uuid NOT NULL REFERENCES "zaken"("id"),
	"thema" text NOT NULL,
	"antwoorden" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"huishouden" jsonb,
	"vastgelegd_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wmo_themas_thema_ck" CHECK ("thema" in ('huishoudelijke-hulp', 'hulpmiddelen', 'woningaanpassing', 'leerlingenvervoer', 'taxipas', 'mantelzorg', 'tegemoetkoming-meerkosten', 'huisvesting-nieuwkomers'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "wmo_themas_uq" ON "wmo_themas" USING btree ("zaak_id","thema");
--> statement-breakpoint
CREATE TABLE "hh_normenkaders" (
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"versie" integer NOT NULL,
	"kader" jsonb NOT NULL,
	"vastgesteld_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"vastgesteld_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hh_normenkaders_pk" PRIMARY KEY ("gemeente_code","versie"),
	CONSTRAINT "hh_normenkaders_versie_ck" CHECK ("versie" > 0)
);
--> statement-breakpoint
CREATE TABLE "hulpmiddel_verstrekkingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"zaak_id" uuid NOT NULL REFERENCES "zaken"("id"),
	"soort" text NOT NULL,
	"vorm" text NOT NULL,
	"leverancier" text,
	"geleverd_op" date,
	"ingenomen_op" date,
	"vastgelegd_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"vastgelegd_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hulpmiddel_verstrekkingen_vorm_ck" CHECK ("vorm" in ('bruikleen', 'eigendom', 'pgb')),
	CONSTRAINT "hulpmiddel_verstrekkingen_inname_ck" CHECK ("ingenomen_op" is null or ("vorm" = 'bruikleen' and "geleverd_op" is not null and "ingenomen_op" >= "geleverd_op"))
);
--> statement-breakpoint
CREATE INDEX "hulpmiddel_verstrekkingen_zaak_idx" ON "hulpmiddel_verstrekkingen" USING btree ("zaak_id");
--> statement-breakpoint
CREATE TABLE "cak_meldingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"zaak_id" uuid NOT NULL REFERENCES "zaken"("id"),
	"soort" text NOT NULL,
	"ingangsdatum" date NOT NULL,
	"gemeld_op" date NOT NULL,
	"vastgelegd_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"vastgelegd_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cak_meldingen_soort_ck" CHECK ("soort" in ('start', 'stop'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "cak_meldingen_uq" ON "cak_meldingen" USING btree ("zaak_id","soort");
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON wmo_themas TO voordeur_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON hh_normenkaders TO voordeur_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON hulpmiddel_verstrekkingen TO voordeur_app;
--> statement-breakpoint
GRANT UPDATE (ingenomen_op) ON hulpmiddel_verstrekkingen TO voordeur_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON cak_meldingen TO voordeur_app;
--> statement-breakpoint
ALTER TABLE wmo_themas ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON wmo_themas TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE hh_normenkaders ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON hh_normenkaders TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE hulpmiddel_verstrekkingen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON hulpmiddel_verstrekkingen TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE cak_meldingen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON cak_meldingen TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
