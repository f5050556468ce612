-- Vakgroep Jeugd (issue 15; seed 004 §5): schools (BRIN, soort) with their schoolmaatschappelijk werkers, the
-- verzuimaanpak of the leerplichtambtenaar per leerplicht zaak (the melding: leerling, school, kind of verzuim,
-- hours; the recorded steps; the hand-overs for onderliggende problematiek), the short contacts and trainings of
-- schoolmaatschappelijk werk per school, and the POH-jeugd registrations per huisartsenpraktijk (no personal data
-- in the last two). Tenant tables with RLS; nothing is deleted (no DELETE for the app role); the counts are
-- never changed (no UPDATE).
CREATE TABLE "scholen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"brin" char(4) NOT NULL,
	"naam" text NOT NULL,
	"soort" text NOT NULL,
	"smw_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"actief" boolean DEFAULT true NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "scholen_brin_ck" CHECK ("brin" ~ '^[0-9]{2}[A-Z]{2}$'),
	CONSTRAINT "scholen_soort_ck" CHECK ("soort" in ('po', 'so', 'vo', 'mbo'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "scholen_brin_uq" ON "scholen" USING btree ("gemeente_code", "brin");
--> statement-breakpoint
CREATE TABLE "leerplicht_trajecten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"zaak_id" uuid NOT NULL REFERENCES "zaken"("id"),
	"leerling_id" uuid NOT NULL REFERENCES "personen"("id"),
	"school_id" uuid REFERENCES "scholen"("id"),
	"verzuimsoort" text NOT NULL,
	"uren" integer,
	"stappen" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"doorverwijzingen" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"aangemaakt_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "leerplicht_trajecten_uren_ck" CHECK ("uren" is null or "uren" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "leerplicht_trajecten_zaak_uq" ON "leerplicht_trajecten" USING btree ("zaak_id");
--> statement-breakpoint
CREATE TABLE "smw_registraties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"school_id" uuid NOT NULL REFERENCES "scholen"("id"),
	"soort" text NOT NULL,
	"datum" date NOT NULL,
	"deelnemers" integer NOT NULL,
	"onderwerp" text NOT NULL,
	"medewerker_id" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"geregistreerd_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "smw_registraties_soort_ck" CHECK ("soort" in ('kort-contact', 'training')),
	CONSTRAINT "smw_registraties_deelnemers_ck" CHECK ("deelnemers" >= 1)
);
--> statement-breakpoint
CREATE INDEX "smw_registraties_school_idx" ON "smw_registraties" USING btree ("school_id");
--> statement-breakpoint
CREATE TABLE "poh_registraties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"huisartsenpraktijk" text NOT NULL,
	"datum" date NOT NULL,
	"contacten" integer NOT NULL,
	"uitkomst" text NOT NULL,
	"verwezen_naar" text,
	"medewerker_id" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"geregistreerd_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "poh_registraties_contacten_ck" CHECK ("contacten" >= 1),
	CONSTRAINT "poh_registraties_uitkomst_ck" CHECK (
		("uitkomst" = 'afgesloten' and "verwezen_naar" is null) or ("uitkomst" = 'verwezen' and "verwezen_naar" is not null)
	)
);
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON scholen, leerplicht_trajecten TO voordeur_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON smw_registraties, poh_registraties TO voordeur_app;
--> statement-breakpoint
ALTER TABLE scholen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE leerplicht_trajecten ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE smw_registraties ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE poh_registraties ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON scholen TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON leerplicht_trajecten TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON smw_registraties TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON poh_registraties TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
