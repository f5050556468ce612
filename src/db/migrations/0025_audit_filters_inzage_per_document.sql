-- Audit page filters and inzage per document (issue "De werkplek", bullets "Inzage" and "Audit page"; DOMAIN §6).
-- 1. The audit page filters by medewerker, action and period within a gemeente, newest first (by id); these indexes
--    let each filter read only its own rows (the person filter already has audit_log_persoon_idx).
CREATE INDEX IF NOT EXISTS "audit_log_medewerker_idx" ON "audit_log" USING btree ("gemeente_code","gebruiker_id","id");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "audit_log_actie_idx" ON "audit_log" USING btree ("gemeente_code","actie","id");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "audit_log_tijdstip_idx" ON "audit_log" USING btree ("gemeente_code","tijdstip");
--> statement-breakpoint
-- 2. One row per document decision of an inzage: given, or withheld with a ground from the fixed list
--    (domain/inzage/inzage.ts) and a motivation. Kept as decided: the app role may only insert and select.
CREATE TABLE "inzage_beslissingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"inzage_id" uuid NOT NULL REFERENCES "inzage_exports"("id"),
	"zaak_id" uuid REFERENCES "zaken"("id"),
	"document_sleutel" text NOT NULL,
	"soort" text NOT NULL,
	"titel" text NOT NULL,
	"uitkomst" text NOT NULL,
	"grond" text,
	"toelichting" text DEFAULT '' NOT NULL,
	"besloten_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"besloten_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inzage_beslissingen_soort_ck" CHECK ("soort" in ('zaakgegevens', 'document', 'journaal')),
	CONSTRAINT "inzage_beslissingen_uitkomst_ck" CHECK ("uitkomst" in ('verstrekt', 'geweigerd')),
	CONSTRAINT "inzage_beslissingen_grond_ck" CHECK (
		("uitkomst" = 'verstrekt' and "grond" is null)
		or ("uitkomst" = 'geweigerd' and "grond" is not null and length("toelichting") > 0)
	)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "inzage_beslissingen_document_uq" ON "inzage_beslissingen" USING btree ("inzage_id","document_sleutel");
--> statement-breakpoint
GRANT SELECT, INSERT ON inzage_beslissingen TO voordeur_app;
--> statement-breakpoint
ALTER TABLE inzage_beslissingen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON inzage_beslissingen TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
