-- besluiten area: besluiten (beschikkingen), bezwaren, evaluatiemomenten, evaluaties, afsluitingen and the
-- cliëntervaringsonderzoek (invitations per zaak; anonymous answers without any link back). Tenant tables with RLS.
CREATE TABLE "besluiten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"zaak_id" uuid NOT NULL REFERENCES "zaken"("id"),
	"soort" text NOT NULL,
	"besluitdatum" date NOT NULL,
	"leveringsvorm" text,
	"producten" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reden" text,
	"einddatum" date,
	"nieuwe_gemeente" text,
	"terugvordering" integer,
	"motivering" text DEFAULT '' NOT NULL,
	"plan" jsonb,
	"kenmerk" text NOT NULL,
	"document_id" uuid NOT NULL REFERENCES "documenten"("id"),
	"bezwaar_uiterlijk" date,
	"status" text DEFAULT 'geldig' NOT NULL,
	"verzending" jsonb NOT NULL,
	"genomen_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "besluiten_zaak_idx" ON "besluiten" USING btree ("zaak_id","aangemaakt_op");
--> statement-breakpoint
CREATE TABLE "bezwaren" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"zaak_id" uuid NOT NULL REFERENCES "zaken"("id"),
	"besluit_id" uuid NOT NULL REFERENCES "besluiten"("id"),
	"ontvangen_op" date NOT NULL,
	"gronden" text NOT NULL,
	"adviescommissie" boolean DEFAULT false NOT NULL,
	"te_laat" boolean DEFAULT false NOT NULL,
	"uitkomst" text,
	"beslist_op" date,
	"toelichting" text DEFAULT '' NOT NULL,
	"document_id" uuid REFERENCES "documenten"("id"),
	"geregistreerd_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"beslist_door" uuid REFERENCES "gebruikers"("id"),
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "bezwaren_zaak_idx" ON "bezwaren" USING btree ("zaak_id","aangemaakt_op");
--> statement-breakpoint
CREATE TABLE "evaluatiemomenten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"zaak_id" uuid NOT NULL REFERENCES "zaken"("id"),
	"besluit_id" uuid REFERENCES "besluiten"("id"),
	"datum" date NOT NULL,
	"wijze" text NOT NULL,
	"evaluatie_id" uuid,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "evaluatiemomenten_zaak_idx" ON "evaluatiemomenten" USING btree ("zaak_id","datum");
--> statement-breakpoint
CREATE INDEX "evaluatiemomenten_open_idx" ON "evaluatiemomenten" USING btree ("gemeente_code","datum") WHERE evaluatie_id is null;
--> statement-breakpoint
CREATE TABLE "evaluaties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"zaak_id" uuid NOT NULL REFERENCES "zaken"("id"),
	"datum" date NOT NULL,
	"uitkomst" text NOT NULL,
	"verslag" jsonb NOT NULL,
	"vier_ogen" jsonb,
	"ingevuld_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "evaluaties_zaak_idx" ON "evaluaties" USING btree ("zaak_id","datum");
--> statement-breakpoint
CREATE TABLE "afsluitingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"zaak_id" uuid NOT NULL REFERENCES "zaken"("id"),
	"datum" date NOT NULL,
	"reden" text NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"einde_zorg" date NOT NULL,
	"bewaren_tot" date NOT NULL,
	"bewaar_bron" text NOT NULL,
	"document_id" uuid NOT NULL REFERENCES "documenten"("id"),
	"enquete_uitnodiging_id" uuid,
	"afgesloten_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "afsluitingen_zaak_idx" ON "afsluitingen" USING btree ("zaak_id","aangemaakt_op");
--> statement-breakpoint
CREATE INDEX "afsluitingen_bewaren_idx" ON "afsluitingen" USING btree ("gemeente_code","bewaren_tot");
--> statement-breakpoint
CREATE TABLE "enquete_uitnodigingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"zaak_id" uuid NOT NULL REFERENCES "zaken"("id"),
	"code" text NOT NULL,
	"zaaktype" text NOT NULL,
	"kanaal" text NOT NULL,
	"verstuurd_op" date NOT NULL,
	"beantwoord" boolean DEFAULT false NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "enquete_uitnodigingen_code_uq" ON "enquete_uitnodigingen" USING btree ("code");
--> statement-breakpoint
CREATE INDEX "enquete_uitnodigingen_zaak_idx" ON "enquete_uitnodigingen" USING btree ("zaak_id");
--> statement-breakpoint
CREATE INDEX "enquete_uitnodigingen_verstuurd_idx" ON "enquete_uitnodigingen" USING btree ("gemeente_code","verstuurd_op");
--> statement-breakpoint
CREATE TABLE "enquete_antwoorden" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"zaaktype" text NOT NULL,
	"periode" char(7) NOT NULL,
	"antwoorden" jsonb NOT NULL
);
--> statement-breakpoint
CREATE INDEX "enquete_antwoorden_periode_idx" ON "enquete_antwoorden" USING btree ("gemeente_code","periode");
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON besluiten, bezwaren, evaluatiemomenten, afsluitingen, enquete_uitnodigingen TO voordeur_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON evaluaties, enquete_antwoorden TO voordeur_app;
--> statement-breakpoint
-- Planned evaluation moments of a replaced besluit that were not evaluated are removed.
GRANT DELETE ON evaluatiemomenten TO voordeur_app;
--> statement-breakpoint
ALTER TABLE besluiten ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON besluiten TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE bezwaren ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON bezwaren TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE evaluatiemomenten ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON evaluatiemomenten TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE evaluaties ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON evaluaties TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE afsluitingen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON afsluitingen TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE enquete_uitnodigingen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON enquete_uitnodigingen TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE enquete_antwoorden ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON enquete_antwoorden TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
