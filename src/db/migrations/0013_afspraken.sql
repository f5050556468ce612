-- afspraken: locations, agendas with weekly working hours, appointments, Verwijsindex registrations (hand-written).
CREATE TABLE "locaties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"naam" text NOT NULL,
	"soort" text NOT NULL,
	"adres" text DEFAULT '' NOT NULL,
	"wijk_code" text,
	"capaciteit" integer,
	"actief" boolean DEFAULT true NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "locaties_soort_ck" CHECK ("soort" in ('gemeentehuis', 'wijklocatie', 'buurtteamruimte', 'huisbezoek')),
	CONSTRAINT "locaties_capaciteit_ck" CHECK ("capaciteit" is null or "capaciteit" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "locaties_naam_uq" ON "locaties" USING btree ("gemeente_code", "naam");
--> statement-breakpoint
CREATE TABLE "agendas" (
	"medewerker_id" uuid PRIMARY KEY NOT NULL REFERENCES "gebruikers"("id"),
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"versie" integer DEFAULT 1 NOT NULL,
	"gewijzigd_door" uuid REFERENCES "gebruikers"("id"),
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "werktijden" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"medewerker_id" uuid NOT NULL REFERENCES "agendas"("medewerker_id"),
	"weekdag" smallint NOT NULL,
	"van" time NOT NULL,
	"tot" time NOT NULL,
	"locatie_id" uuid REFERENCES "locaties"("id"),
	CONSTRAINT "werktijden_weekdag_ck" CHECK ("weekdag" between 1 and 7),
	CONSTRAINT "werktijden_periode_ck" CHECK ("van" < "tot")
);
--> statement-breakpoint
CREATE INDEX "werktijden_medewerker_idx" ON "werktijden" USING btree ("gemeente_code", "medewerker_id", "weekdag");
--> statement-breakpoint
CREATE TABLE "afspraken" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"zaak_id" uuid NOT NULL REFERENCES "zaken"("id"),
	"medewerker_id" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"locatie_id" uuid NOT NULL REFERENCES "locaties"("id"),
	"begin" timestamp with time zone NOT NULL,
	"eind" timestamp with time zone NOT NULL,
	"onderwerp" text NOT NULL,
	"status" text DEFAULT 'gepland' NOT NULL,
	"ontvanger_persoon_id" uuid REFERENCES "personen"("id"),
	"ontvanger_email" text,
	"document_id" uuid REFERENCES "documenten"("id"),
	"mail_id" uuid REFERENCES "mail_uitgaand"("id"),
	"aangemaakt_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"geannuleerd_door" uuid REFERENCES "gebruikers"("id"),
	"geannuleerd_op" timestamp with time zone,
	"reden_annulering" text,
	"versie" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "afspraken_periode_ck" CHECK ("eind" > "begin"),
	CONSTRAINT "afspraken_status_ck" CHECK ("status" in ('gepland', 'geannuleerd'))
);
--> statement-breakpoint
CREATE INDEX "afspraken_medewerker_idx" ON "afspraken" USING btree ("gemeente_code", "medewerker_id", "begin");
--> statement-breakpoint
CREATE INDEX "afspraken_locatie_idx" ON "afspraken" USING btree ("gemeente_code", "locatie_id", "begin");
--> statement-breakpoint
CREATE INDEX "afspraken_zaak_idx" ON "afspraken" USING btree ("zaak_id", "begin");
--> statement-breakpoint
CREATE TABLE "verwijsindex_registraties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"zaak_id" uuid NOT NULL REFERENCES "zaken"("id"),
	"persoon_id" uuid NOT NULL REFERENCES "personen"("id"),
	"geregistreerd_op" date NOT NULL,
	"door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"toelichting" text,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "verwijsindex_zaak_persoon_uq" ON "verwijsindex_registraties" USING btree ("zaak_id", "persoon_id");
--> statement-breakpoint
CREATE INDEX "verwijsindex_persoon_idx" ON "verwijsindex_registraties" USING btree ("gemeente_code", "persoon_id");
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON locaties, agendas, afspraken TO voordeur_app;
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON werktijden TO voordeur_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON verwijsindex_registraties TO voordeur_app;
--> statement-breakpoint
ALTER TABLE locaties ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON locaties TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE agendas ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON agendas TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE werktijden ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON werktijden TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE afspraken ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON afspraken TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE verwijsindex_registraties ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON verwijsindex_registraties TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
