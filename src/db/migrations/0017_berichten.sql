-- berichten area: iWmo/iJw messages (outbox + inbox, stored exactly as sent/received) and verzoeken (315/317).
CREATE TABLE "berichten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"richting" text NOT NULL,
	"standaard" text NOT NULL,
	"berichttype" text NOT NULL,
	"berichtcode" integer NOT NULL,
	"afzender" text NOT NULL,
	"ontvanger" text NOT NULL,
	"identificatie" text NOT NULL,
	"dagtekening" date NOT NULL,
	"aanbieder_agb" char(8),
	"persoon_id" uuid REFERENCES "personen"("id"),
	"zaak_id" uuid REFERENCES "zaken"("id"),
	"heenbericht_id" uuid REFERENCES "berichten"("id"),
	"status" text NOT NULL,
	"verwerking" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"aandacht" text,
	"afgehandeld_op" timestamp with time zone,
	"xml" text NOT NULL,
	"pogingen" integer DEFAULT 0 NOT NULL,
	"volgende_poging" timestamp with time zone,
	"laatste_fout" text,
	"verzonden_op" timestamp with time zone,
	"transport_referentie" text,
	"aangemaakt_door" uuid,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "berichten_richting_ck" CHECK ("richting" in ('uitgaand', 'inkomend'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "berichten_identificatie_uq" ON "berichten" USING btree ("gemeente_code","richting","berichtcode","afzender","identificatie","dagtekening");
--> statement-breakpoint
CREATE INDEX "berichten_lijst_idx" ON "berichten" USING btree ("gemeente_code","richting","aangemaakt_op");
--> statement-breakpoint
CREATE INDEX "berichten_zaak_idx" ON "berichten" USING btree ("gemeente_code","zaak_id");
--> statement-breakpoint
CREATE INDEX "berichten_persoon_idx" ON "berichten" USING btree ("gemeente_code","persoon_id");
--> statement-breakpoint
CREATE INDEX "berichten_aanbieder_idx" ON "berichten" USING btree ("gemeente_code","aanbieder_agb","aangemaakt_op");
--> statement-breakpoint
CREATE INDEX "berichten_heen_idx" ON "berichten" USING btree ("gemeente_code","afzender","identificatie","dagtekening");
--> statement-breakpoint
CREATE INDEX "berichten_aandacht_idx" ON "berichten" USING btree ("gemeente_code","aangemaakt_op") WHERE "aandacht" is not null and "afgehandeld_op" is null;
--> statement-breakpoint
CREATE INDEX "berichten_outbox_idx" ON "berichten" USING btree ("volgende_poging") WHERE "richting" = 'uitgaand' and "status" = 'klaar';
--> statement-breakpoint
CREATE SEQUENCE "bericht_identificatie_seq";
--> statement-breakpoint
CREATE TABLE "verzoeken" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"soort" text NOT NULL,
	"wet" text NOT NULL,
	"bericht_id" uuid NOT NULL REFERENCES "berichten"("id"),
	"zaak_id" uuid NOT NULL REFERENCES "zaken"("id"),
	"persoon_id" uuid NOT NULL REFERENCES "personen"("id"),
	"aanbieder_agb" char(8) NOT NULL,
	"status" text NOT NULL,
	"ontvangen_op" date NOT NULL,
	"in_onderzoek_op" date,
	"beantwoord_op" date,
	"inhoud" jsonb NOT NULL,
	"antwoord" jsonb,
	"versie" integer DEFAULT 1 NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "verzoeken_soort_ck" CHECK ("soort" in ('toewijzing', 'wijziging'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "verzoeken_open_uq" ON "verzoeken" USING btree ("gemeente_code","persoon_id") WHERE "status" in ('open', 'in-onderzoek');
--> statement-breakpoint
CREATE INDEX "verzoeken_lijst_idx" ON "verzoeken" USING btree ("gemeente_code","status","ontvangen_op");
--> statement-breakpoint
CREATE INDEX "verzoeken_zaak_idx" ON "verzoeken" USING btree ("gemeente_code","zaak_id");
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON berichten, verzoeken TO voordeur_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE bericht_identificatie_seq TO voordeur_app;
--> statement-breakpoint
ALTER TABLE berichten ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON berichten TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE verzoeken ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON verzoeken TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
