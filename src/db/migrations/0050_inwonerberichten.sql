-- Mijn Voordeur (issue 16): a secure conversation per zaak between the resident and the medewerkers of the zaak. The
-- text stays here; an e-mail only says that a message is waiting.
CREATE TABLE "inwonerberichten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"zaak_id" uuid NOT NULL REFERENCES "zaken"("id"),
	"van" text NOT NULL,
	"afzender_persoon_id" uuid REFERENCES "personen"("id"),
	"afzender_medewerker_id" uuid REFERENCES "gebruikers"("id"),
	"tekst" text NOT NULL,
	"verzonden_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gelezen_op" timestamp with time zone,
	CONSTRAINT "inwonerberichten_van_ck" CHECK (("van" = 'inwoner' AND "afzender_persoon_id" IS NOT NULL AND "afzender_medewerker_id" IS NULL) OR ("van" = 'medewerker' AND "afzender_medewerker_id" IS NOT NULL AND "afzender_persoon_id" IS NULL))
);
--> statement-breakpoint
CREATE INDEX "inwonerberichten_zaak_idx" ON "inwonerberichten" USING btree ("zaak_id", "verzonden_op", "id");
--> statement-breakpoint
CREATE INDEX "inwonerberichten_ongelezen_idx" ON "inwonerberichten" USING btree ("zaak_id", "van") WHERE "gelezen_op" IS NULL;
--> statement-breakpoint
GRANT SELECT, INSERT ON inwonerberichten TO voordeur_app;
--> statement-breakpoint
GRANT UPDATE (gelezen_op) ON inwonerberichten TO voordeur_app;
--> statement-breakpoint
ALTER TABLE inwonerberichten ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON inwonerberichten TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
