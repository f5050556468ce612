-- Veiligheidsprotocollen (issue 14, seed 004 §10.5): the texts of the calamiteiten-, alarm-, agressie- and
-- PSHI-protocol per gemeente, one row per version (a change is a new row; nothing is updated or deleted); a
-- calamiteit threat or PSHI incident reported to the teamleider, and the steps of the protocol it started
-- (append-only). Tenant tables with RLS.
CREATE TABLE "protocolteksten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"soort" text NOT NULL,
	"versie" integer NOT NULL,
	"titel" text NOT NULL,
	"tekst" text NOT NULL,
	"gewijzigd_door" uuid REFERENCES "gebruikers"("id"),
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "protocolteksten_soort_ck" CHECK ("soort" in ('alarm', 'agressie', 'calamiteiten', 'pshi'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "protocolteksten_versie_uq" ON "protocolteksten" USING btree ("gemeente_code","soort","versie");
--> statement-breakpoint
CREATE TABLE "protocolmeldingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"protocol" text NOT NULL,
	"status" text DEFAULT 'gemeld' NOT NULL,
	"wat" text NOT NULL,
	"waar" text NOT NULL,
	"wanneer" timestamp with time zone NOT NULL,
	"zaak_id" uuid REFERENCES "zaken"("id"),
	"melder_id" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"gemeld_op" timestamp with time zone DEFAULT now() NOT NULL,
	"opgestart_door" uuid REFERENCES "gebruikers"("id"),
	"opgestart_op" timestamp with time zone,
	"afgesloten_door" uuid REFERENCES "gebruikers"("id"),
	"afgesloten_op" timestamp with time zone,
	"evaluatie" text DEFAULT '' NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "protocolmeldingen_protocol_ck" CHECK ("protocol" in ('calamiteiten', 'pshi')),
	CONSTRAINT "protocolmeldingen_status_ck" CHECK ("status" in ('gemeld', 'opgestart', 'afgesloten')),
	CONSTRAINT "protocolmeldingen_opgestart_ck" CHECK (("status" = 'gemeld') = ("opgestart_op" is null)),
	CONSTRAINT "protocolmeldingen_afgesloten_ck" CHECK (("status" = 'afgesloten') = ("afgesloten_op" is not null))
);
--> statement-breakpoint
CREATE INDEX "protocolmeldingen_status_idx" ON "protocolmeldingen" USING btree ("gemeente_code","status","gemeld_op");
--> statement-breakpoint
CREATE TABLE "protocolstappen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"melding_id" uuid NOT NULL REFERENCES "protocolmeldingen"("id"),
	"tijdstip" timestamp with time zone NOT NULL,
	"wat" text NOT NULL,
	"door" text NOT NULL,
	"vastgelegd_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"vastgelegd_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "protocolstappen_melding_idx" ON "protocolstappen" USING btree ("melding_id","tijdstip");
--> statement-breakpoint
GRANT SELECT, INSERT ON protocolteksten, protocolstappen TO voordeur_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON protocolmeldingen TO voordeur_app;
--> statement-breakpoint
ALTER TABLE protocolteksten ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE protocolmeldingen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE protocolstappen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON protocolteksten TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON protocolmeldingen TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON protocolstappen TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
