-- resultatenplan area: the regional Resultatenmatrix (versioned), resultatenplannen with every version kept,
-- and the teamleider's signatures on a plan (afwijking after the Omgekeerde Toets, individuele overeenkomst).
CREATE TABLE "resultatenmatrix_versies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"samenwerkingsverband_code" text NOT NULL REFERENCES "samenwerkingsverbanden"("code"),
	"versie" integer NOT NULL,
	"geldig_vanaf" date NOT NULL,
	"toelichting" text NOT NULL,
	"matrix" jsonb NOT NULL,
	"voorbeeld" boolean DEFAULT false NOT NULL,
	"gepubliceerd_door" uuid,
	"gepubliceerd_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "resultatenmatrix_versies_uq" ON "resultatenmatrix_versies" USING btree ("samenwerkingsverband_code","versie");
--> statement-breakpoint
CREATE INDEX "resultatenmatrix_versies_geldig_idx" ON "resultatenmatrix_versies" USING btree ("samenwerkingsverband_code","geldig_vanaf");
--> statement-breakpoint
CREATE TABLE "resultatenplannen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"zaak_id" uuid NOT NULL REFERENCES "zaken"("id"),
	"status" text NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL,
	"matrix_versie_id" uuid NOT NULL REFERENCES "resultatenmatrix_versies"("id"),
	"inhoud" jsonb NOT NULL,
	"ondertekening" jsonb,
	"brief_document_id" uuid,
	"aangemaakt_door" uuid REFERENCES "gebruikers"("id"),
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resultatenplannen_status_ck" CHECK ("status" in ('concept','definitief','ter-ondertekening','ondertekend'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "resultatenplannen_zaak_uq" ON "resultatenplannen" USING btree ("zaak_id");
--> statement-breakpoint
CREATE TABLE "resultatenplan_versies" (
	"plan_id" uuid NOT NULL REFERENCES "resultatenplannen"("id"),
	"versie" integer NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"status" text NOT NULL,
	"gebeurtenis" text NOT NULL,
	"matrix_versie_id" uuid NOT NULL,
	"inhoud" jsonb NOT NULL,
	"ondertekening" jsonb,
	"gewijzigd_door" uuid REFERENCES "gebruikers"("id"),
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resultatenplan_versies_pk" PRIMARY KEY ("plan_id","versie")
);
--> statement-breakpoint
CREATE TABLE "plan_goedkeuringen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"plan_id" uuid NOT NULL REFERENCES "resultatenplannen"("id"),
	"soort" text NOT NULL,
	"plan_versie" integer NOT NULL,
	"motivering" text NOT NULL,
	"gegeven_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"gegeven_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_goedkeuringen_soort_ck" CHECK ("soort" in ('afwijking','individuele-overeenkomst'))
);
--> statement-breakpoint
CREATE INDEX "plan_goedkeuringen_plan_idx" ON "plan_goedkeuringen" USING btree ("plan_id","soort");
--> statement-breakpoint
-- Matrix versions are published, never rewritten; plan versions and signatures are append-only.
GRANT SELECT, INSERT ON resultatenmatrix_versies TO voordeur_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON resultatenplannen TO voordeur_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON resultatenplan_versies, plan_goedkeuringen TO voordeur_app;
--> statement-breakpoint
ALTER TABLE resultatenmatrix_versies ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY verband_isolatie ON resultatenmatrix_versies TO voordeur_app
  USING (samenwerkingsverband_code = voordeur_verband()) WITH CHECK (samenwerkingsverband_code = voordeur_verband());
--> statement-breakpoint
ALTER TABLE resultatenplannen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON resultatenplannen TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE resultatenplan_versies ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON resultatenplan_versies TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE plan_goedkeuringen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON plan_goedkeuringen TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
