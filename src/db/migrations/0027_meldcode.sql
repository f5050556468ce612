-- Meldcode huiselijk geweld en kindermishandeling (issue 14, first slice; DOMAIN §5, seed 004 §10.3): the five
-- steps of one Meldcode on a zaak, kept as recorded (stappen as jsonb: signalen, overleg, gesprek, afweging,
-- beslissingen; the melding at Veilig Thuis apart). One running Meldcode per zaak (partial unique index). Tenant
-- table with RLS; rows are closed, never deleted (no DELETE for the app role).
CREATE TABLE "meldcodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"zaak_id" uuid NOT NULL REFERENCES "zaken"("id"),
	"status" text DEFAULT 'loopt' NOT NULL,
	"auteur_id" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"gestart_op" timestamp with time zone DEFAULT now() NOT NULL,
	"stappen" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"melding" jsonb,
	"afgesloten_door" uuid REFERENCES "gebruikers"("id"),
	"afgesloten_op" timestamp with time zone,
	"afsluiting" text DEFAULT '' NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "meldcodes_status_ck" CHECK ("status" in ('loopt', 'afgesloten')),
	CONSTRAINT "meldcodes_afgesloten_ck" CHECK (("status" = 'afgesloten') = ("afgesloten_op" is not null))
);
--> statement-breakpoint
CREATE INDEX "meldcodes_zaak_idx" ON "meldcodes" USING btree ("zaak_id","gestart_op");
--> statement-breakpoint
CREATE UNIQUE INDEX "meldcodes_loopt_uq" ON "meldcodes" USING btree ("zaak_id") WHERE status = 'loopt';
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON meldcodes TO voordeur_app;
--> statement-breakpoint
ALTER TABLE meldcodes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON meldcodes TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
