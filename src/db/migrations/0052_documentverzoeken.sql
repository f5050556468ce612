-- Mijn Voordeur (issue 16): a document the consulent asks the resident for; the resident uploads it in the portal,
-- it is stored as a document of the zaak and the request is answered.
CREATE TABLE "documentverzoeken" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"zaak_id" uuid NOT NULL REFERENCES "zaken"("id"),
	"omschrijving" text NOT NULL,
	"uiterlijk" date,
	"gevraagd_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"gevraagd_op" timestamp with time zone DEFAULT now() NOT NULL,
	"document_id" uuid REFERENCES "documenten"("id"),
	"aangeleverd_door" uuid REFERENCES "personen"("id"),
	"aangeleverd_op" timestamp with time zone,
	CONSTRAINT "documentverzoeken_aangeleverd_ck" CHECK (("document_id" IS NULL) = ("aangeleverd_op" IS NULL) AND ("document_id" IS NULL) = ("aangeleverd_door" IS NULL))
);
--> statement-breakpoint
CREATE INDEX "documentverzoeken_zaak_idx" ON "documentverzoeken" USING btree ("zaak_id", "gevraagd_op");
--> statement-breakpoint
GRANT SELECT, INSERT ON documentverzoeken TO voordeur_app;
--> statement-breakpoint
GRANT UPDATE (document_id, aangeleverd_door, aangeleverd_op) ON documentverzoeken TO voordeur_app;
--> statement-breakpoint
ALTER TABLE documentverzoeken ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON documentverzoeken TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
