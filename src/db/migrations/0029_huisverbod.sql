-- Tijdelijk huisverbod (issue 14, Regiegroep; Wet tijdelijk huisverbod art. 2 and 9, seed 004 §7.1.2): the order
-- on a zaak (moment imposed, the burgemeester's besluit, uithuisgeplaatste, achterblijvers), its extension and
-- withdrawal, the contacts with the GGD and the support zaken of both sides. One per zaak. Tenant table with RLS;
-- never deleted (no DELETE for the app role).
CREATE TABLE "huisverboden" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"zaak_id" uuid NOT NULL REFERENCES "zaken"("id"),
	"opgelegd_op" timestamp with time zone NOT NULL,
	"besluit_kenmerk" text NOT NULL,
	"uithuisgeplaatste_id" uuid NOT NULL REFERENCES "personen"("id"),
	"achterblijvers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"verlenging_besloten_op" timestamp with time zone,
	"verlengd_tot" timestamp with time zone,
	"verlenging_kenmerk" text,
	"beeindigd_op" timestamp with time zone,
	"beeindiging_reden" text,
	"ggd_contacten" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"zaak_uithuisgeplaatste_id" uuid REFERENCES "zaken"("id"),
	"zaak_achterblijvers_id" uuid REFERENCES "zaken"("id"),
	"geregistreerd_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"geregistreerd_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "huisverboden_verlenging_ck" CHECK (("verlenging_besloten_op" is null) = ("verlengd_tot" is null) and ("verlengd_tot" is null or "verlengd_tot" > "opgelegd_op")),
	CONSTRAINT "huisverboden_beeindiging_ck" CHECK (("beeindigd_op" is null) = ("beeindiging_reden" is null) and ("beeindigd_op" is null or "beeindigd_op" >= "opgelegd_op"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "huisverboden_zaak_uq" ON "huisverboden" USING btree ("zaak_id");
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON huisverboden TO voordeur_app;
--> statement-breakpoint
ALTER TABLE huisverboden ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON huisverboden TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
