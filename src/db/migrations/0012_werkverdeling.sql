-- werkverdeling area: casuïstiekoverleggen, their agendapunten, and the consent to discuss a zaak by name.
CREATE TABLE "casuistiek_overleggen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"datum" date NOT NULL,
	"titel" text NOT NULL,
	"aangemaakt_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "casuistiek_agendapunten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"overleg_id" uuid NOT NULL REFERENCES "casuistiek_overleggen"("id"),
	"zaak_id" uuid NOT NULL REFERENCES "zaken"("id"),
	"vraag" text DEFAULT '' NOT NULL,
	"ingebracht_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"ingebracht_op" timestamp with time zone DEFAULT now() NOT NULL,
	"advies" text,
	"besluiten" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"uitkomst_door" uuid REFERENCES "gebruikers"("id"),
	"uitkomst_op" timestamp with time zone,
	"versie" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "casuistiek_toestemmingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"zaak_id" uuid NOT NULL REFERENCES "zaken"("id"),
	"gegeven_door" text NOT NULL,
	"op" date NOT NULL,
	"wijze" text NOT NULL,
	"toelichting" text,
	"vastgelegd_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"vastgelegd_op" timestamp with time zone DEFAULT now() NOT NULL,
	"ingetrokken_op" date
);
--> statement-breakpoint
CREATE INDEX "casuistiek_overleggen_datum_idx" ON "casuistiek_overleggen" USING btree ("gemeente_code","datum","id");
--> statement-breakpoint
CREATE UNIQUE INDEX "casuistiek_agendapunten_uq" ON "casuistiek_agendapunten" USING btree ("overleg_id","zaak_id");
--> statement-breakpoint
CREATE INDEX "casuistiek_agendapunten_zaak_idx" ON "casuistiek_agendapunten" USING btree ("zaak_id");
--> statement-breakpoint
CREATE INDEX "casuistiek_toestemmingen_zaak_idx" ON "casuistiek_toestemmingen" USING btree ("zaak_id","vastgelegd_op");
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON casuistiek_overleggen, casuistiek_agendapunten, casuistiek_toestemmingen TO voordeur_app;
--> statement-breakpoint
ALTER TABLE casuistiek_overleggen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE casuistiek_agendapunten ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE casuistiek_toestemmingen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON casuistiek_overleggen TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON casuistiek_agendapunten TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON casuistiek_toestemmingen TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
