-- Mijn Voordeur (issue 16): a resident's request for inzage (AVG art. 15), answered by the teamleider within a month
-- (AVG art. 12 lid 3); giving the inzage for that person closes it.
CREATE TABLE "inzageverzoeken" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"persoon_id" uuid NOT NULL REFERENCES "personen"("id"),
	"ingediend_door" uuid NOT NULL REFERENCES "personen"("id"),
	"ingediend_op" timestamp with time zone DEFAULT now() NOT NULL,
	"ontvangen_op" date NOT NULL,
	"uiterlijk" date NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"inzage_id" uuid REFERENCES "inzage_exports"("id"),
	"afgehandeld_op" timestamp with time zone,
	CONSTRAINT "inzageverzoeken_afgehandeld_ck" CHECK (("inzage_id" IS NULL) = ("afgehandeld_op" IS NULL))
);
--> statement-breakpoint
CREATE INDEX "inzageverzoeken_open_idx" ON "inzageverzoeken" USING btree ("gemeente_code", "afgehandeld_op", "uiterlijk", "id");
--> statement-breakpoint
CREATE INDEX "inzageverzoeken_persoon_idx" ON "inzageverzoeken" USING btree ("persoon_id", "ingediend_op");
--> statement-breakpoint
GRANT SELECT, INSERT ON inzageverzoeken TO voordeur_app;
--> statement-breakpoint
GRANT UPDATE (inzage_id, afgehandeld_op) ON inzageverzoeken TO voordeur_app;
--> statement-breakpoint
ALTER TABLE inzageverzoeken ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON inzageverzoeken TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
