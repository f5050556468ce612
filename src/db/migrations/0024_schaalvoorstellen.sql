-- Op- en afschaalvoorstellen with four eyes (issue "De werkplek", part "The cycle, closed"; DOMAIN §2.5): the
-- consulent proposes with a motivation, a buurtteam medewerker (never the proposer) confirms or refuses it in
-- their own session. One open proposal per zaak (partial unique index). Tenant table with RLS; rows are kept
-- as judged (no DELETE for the app role).
CREATE TABLE "schaalvoorstellen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"zaak_id" uuid NOT NULL REFERENCES "zaken"("id"),
	"richting" text NOT NULL,
	"motivering" text NOT NULL,
	"status" text DEFAULT 'voorgesteld' NOT NULL,
	"voorgesteld_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"voorgesteld_op" timestamp with time zone DEFAULT now() NOT NULL,
	"beoordeeld_door" uuid REFERENCES "gebruikers"("id"),
	"beoordeeld_op" timestamp with time zone,
	"toelichting" text DEFAULT '' NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "schaalvoorstellen_richting_ck" CHECK ("richting" in ('opschalen', 'afschalen-maatwerk', 'afschalen-voorliggend-veld')),
	CONSTRAINT "schaalvoorstellen_status_ck" CHECK ("status" in ('voorgesteld', 'bevestigd', 'geweigerd')),
	CONSTRAINT "schaalvoorstellen_vier_ogen_ck" CHECK ("beoordeeld_door" is null or "beoordeeld_door" <> "voorgesteld_door")
);
--> statement-breakpoint
CREATE INDEX "schaalvoorstellen_zaak_idx" ON "schaalvoorstellen" USING btree ("zaak_id","voorgesteld_op");
--> statement-breakpoint
CREATE UNIQUE INDEX "schaalvoorstellen_open_uq" ON "schaalvoorstellen" USING btree ("zaak_id") WHERE status = 'voorgesteld';
--> statement-breakpoint
CREATE INDEX "schaalvoorstellen_open_idx" ON "schaalvoorstellen" USING btree ("gemeente_code","voorgesteld_op") WHERE status = 'voorgesteld';
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON schaalvoorstellen TO voordeur_app;
--> statement-breakpoint
ALTER TABLE schaalvoorstellen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON schaalvoorstellen TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
