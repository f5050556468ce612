-- aanmelden area: contactregistratie (with triage), the tally of general questions, in-app notificaties.
CREATE TABLE "contacten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"tijdstip" timestamp with time zone DEFAULT now() NOT NULL,
	"kanaal" text NOT NULL,
	"verwijzer" jsonb,
	"melder" jsonb,
	"persoon_id" uuid REFERENCES "personen"("id"),
	"naam_zonder_registratie" text,
	"gezinsleden" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"thema" text NOT NULL,
	"kenmerken" text[] DEFAULT '{}'::text[] NOT NULL,
	"vraag" text NOT NULL,
	"direct_beantwoord" boolean NOT NULL,
	"antwoord" text,
	"uitkomst" text NOT NULL,
	"zaak_id" uuid REFERENCES "zaken"("id"),
	"triage" jsonb,
	"overdracht" jsonb,
	"geregistreerd_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	CONSTRAINT "contacten_uitkomst_ck" CHECK ("uitkomst" in ('beantwoord', 'zaak', 'koppel', 'overdracht')),
	CONSTRAINT "contacten_zaak_ck" CHECK (("uitkomst" in ('zaak', 'koppel')) = ("zaak_id" is not null))
);
--> statement-breakpoint
CREATE INDEX "contacten_persoon_idx" ON "contacten" USING btree ("gemeente_code", "persoon_id", "tijdstip" DESC) WHERE "persoon_id" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "contacten_zaak_idx" ON "contacten" USING btree ("zaak_id") WHERE "zaak_id" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "contacten_tijdstip_idx" ON "contacten" USING btree ("gemeente_code", "tijdstip" DESC);
--> statement-breakpoint
CREATE TABLE "contact_turven" (
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"datum" date NOT NULL,
	"thema" text NOT NULL,
	"aantal" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "contact_turven_pk" PRIMARY KEY ("gemeente_code", "datum", "thema")
);
--> statement-breakpoint
CREATE TABLE "notificaties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"ontvanger_id" uuid NOT NULL REFERENCES "gebruikers"("id") ON DELETE cascade,
	"soort" text NOT NULL,
	"tekst" text NOT NULL,
	"link" text,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gelezen_op" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "notificaties_ontvanger_idx" ON "notificaties" USING btree ("gemeente_code", "ontvanger_id", "aangemaakt_op" DESC);
--> statement-breakpoint
GRANT SELECT, INSERT ON contacten TO voordeur_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON contact_turven, notificaties TO voordeur_app;
--> statement-breakpoint
ALTER TABLE contacten ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON contacten TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE contact_turven ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON contact_turven TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE notificaties ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON notificaties TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
