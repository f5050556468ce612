-- Signs of Safety (issue 14; DOMAIN §5, seed 004 §10.4): per zaak the mapping in three columns, the
-- veiligheidsschaal per party per bijeenkomst (appended only: the app role may not UPDATE or DELETE it) and the
-- veiligheidsplan with its signature and evaluations. Tenant tables with RLS; nothing is deleted.
CREATE TABLE "signs_of_safety" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"zaak_id" uuid NOT NULL REFERENCES "zaken"("id"),
	"mapping" jsonb DEFAULT '{"items":[]}'::jsonb NOT NULL,
	"gestart_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"gestart_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "signs_of_safety_zaak_uq" ON "signs_of_safety" USING btree ("zaak_id");
--> statement-breakpoint
CREATE TABLE "veiligheidsschaalscores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"signs_of_safety_id" uuid NOT NULL REFERENCES "signs_of_safety"("id"),
	"ronde_id" uuid NOT NULL,
	"datum" date NOT NULL,
	"aanleiding" text DEFAULT 'bijeenkomst' NOT NULL,
	"partij" text NOT NULL,
	"wie" text NOT NULL,
	"score" smallint NOT NULL,
	"vastgelegd_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"vastgelegd_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "veiligheidsschaalscores_score_ck" CHECK ("score" between 0 and 10),
	CONSTRAINT "veiligheidsschaalscores_partij_ck" CHECK ("partij" in ('gezin', 'netwerk', 'professional')),
	CONSTRAINT "veiligheidsschaalscores_aanleiding_ck" CHECK ("aanleiding" in ('bijeenkomst', 'evaluatie'))
);
--> statement-breakpoint
CREATE INDEX "veiligheidsschaalscores_sos_idx" ON "veiligheidsschaalscores" USING btree ("signs_of_safety_id","datum");
--> statement-breakpoint
CREATE UNIQUE INDEX "veiligheidsschaalscores_ronde_partij_uq" ON "veiligheidsschaalscores" USING btree ("ronde_id","partij");
--> statement-breakpoint
CREATE TABLE "veiligheidsplannen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"signs_of_safety_id" uuid NOT NULL REFERENCES "signs_of_safety"("id"),
	"status" text DEFAULT 'concept' NOT NULL,
	"afspraken" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"ondertekening" jsonb,
	"evaluaties" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "veiligheidsplannen_status_ck" CHECK ("status" in ('concept', 'definitief', 'ondertekend', 'geevalueerd'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "veiligheidsplannen_sos_uq" ON "veiligheidsplannen" USING btree ("signs_of_safety_id");
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON signs_of_safety TO voordeur_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON veiligheidsschaalscores TO voordeur_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON veiligheidsplannen TO voordeur_app;
--> statement-breakpoint
ALTER TABLE signs_of_safety ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON signs_of_safety TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE veiligheidsschaalscores ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON veiligheidsschaalscores TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE veiligheidsplannen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON veiligheidsplannen TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
