CREATE TABLE "zaaktype_versies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"zaaktype" text NOT NULL,
	"geldig_vanaf" date NOT NULL,
	"toelichting" text NOT NULL,
	"termijnen" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"aangemaakt_door" uuid,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "zaaktype_versies" ADD CONSTRAINT "zaaktype_versies_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaaktype_versies" ADD CONSTRAINT "zaaktype_versies_aangemaakt_door_gebruikers_id_fk" FOREIGN KEY ("aangemaakt_door") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "zaaktype_versies_uq" ON "zaaktype_versies" USING btree ("gemeente_code","zaaktype","geldig_vanaf");--> statement-breakpoint
CREATE INDEX "zaaktype_versies_zoek_idx" ON "zaaktype_versies" USING btree ("gemeente_code","zaaktype","geldig_vanaf");--> statement-breakpoint
GRANT SELECT, INSERT ON zaaktype_versies TO voordeur_app;
--> statement-breakpoint
ALTER TABLE zaaktype_versies ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON zaaktype_versies TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
