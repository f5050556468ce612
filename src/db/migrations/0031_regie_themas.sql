-- Regiegroep themes beside the huisverbod (issue 14, seed 004 §7.1.2 and §7.1.3): Spoed voor Jeugd (a hand-over
-- outside office hours; the zaak returns to the Regiegroep's werkvoorraad the next working day at 8.30) and
-- nazorg ex-gedetineerden (detention melding, PI casemanager, achterblijvers, the five nazorg points). One row per
-- theme record on a zaak: the theme's facts in `gegevens` (domain/regie), the return moment of a hand-over as a
-- column so the job finds what is due on an index. One nazorg per zaak; hand-overs as often as needed. Tenant
-- table with RLS; never deleted (no DELETE for the app role).
CREATE TABLE "regie_themas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"zaak_id" uuid NOT NULL REFERENCES "zaken"("id"),
	"thema" text NOT NULL,
	"gegevens" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"terug_op" timestamp with time zone,
	"teruggezet_op" timestamp with time zone,
	"gestart_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"gestart_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "regie_themas_thema_ck" CHECK ("thema" in ('spoed-jeugd', 'nazorg')),
	CONSTRAINT "regie_themas_terug_ck" CHECK (("thema" = 'spoed-jeugd') = ("terug_op" is not null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "regie_themas_nazorg_uq" ON "regie_themas" USING btree ("zaak_id") WHERE "thema" = 'nazorg';
--> statement-breakpoint
CREATE INDEX "regie_themas_zaak_idx" ON "regie_themas" USING btree ("zaak_id", "gestart_op");
--> statement-breakpoint
CREATE INDEX "regie_themas_terug_idx" ON "regie_themas" USING btree ("terug_op") WHERE "teruggezet_op" is null;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON regie_themas TO voordeur_app;
--> statement-breakpoint
ALTER TABLE regie_themas ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON regie_themas TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
