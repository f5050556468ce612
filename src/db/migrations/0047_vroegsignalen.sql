-- Vroegsignalering (issue 15; Wgs art. 3 lid 1 onder b, Besluit gemeentelijke schuldhulpverlening §2): the signals of
-- payment arrears a verhuurder, drinkwaterbedrijf, zorgverzekeraar or energieleverancier gives, with the follow-up.
CREATE TABLE "vroegsignalen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"persoon_id" uuid NOT NULL REFERENCES "personen"("id"),
	"bron" text NOT NULL,
	"schuldeiser" text NOT NULL,
	"achterstand_cent" integer NOT NULL,
	"ontvangen_op" date NOT NULL,
	"contactpoging_op" date,
	"contactpoging_wijze" text,
	"uitkomst" text,
	"afgehandeld_op" date,
	"versie" integer DEFAULT 1 NOT NULL,
	"vastgelegd_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vroegsignalen_bron_ck" CHECK ("bron" in ('huur', 'drinkwater', 'zorgverzekering', 'energie')),
	CONSTRAINT "vroegsignalen_achterstand_ck" CHECK ("achterstand_cent" > 0),
	CONSTRAINT "vroegsignalen_uitkomst_ck" CHECK ("uitkomst" is null or "uitkomst" in ('hulp-aanvaard', 'hulp-geweigerd', 'zelf-opgelost', 'al-in-beeld', 'geen-contact')),
	CONSTRAINT "vroegsignalen_afgehandeld_ck" CHECK (("uitkomst" is null) = ("afgehandeld_op" is null))
);
--> statement-breakpoint
CREATE INDEX "vroegsignalen_open_idx" ON "vroegsignalen" USING btree ("gemeente_code", "afgehandeld_op", "ontvangen_op", "id");
--> statement-breakpoint
CREATE INDEX "vroegsignalen_persoon_idx" ON "vroegsignalen" USING btree ("persoon_id");
--> statement-breakpoint
GRANT SELECT, INSERT ON vroegsignalen TO voordeur_app;
--> statement-breakpoint
GRANT UPDATE (contactpoging_op, contactpoging_wijze, uitkomst, afgehandeld_op, versie) ON vroegsignalen TO voordeur_app;
--> statement-breakpoint
ALTER TABLE vroegsignalen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON vroegsignalen TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
