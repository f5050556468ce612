CREATE TABLE "inzage_exports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"persoon_id" uuid NOT NULL,
	"aangemaakt_door" uuid NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"beslissingen" jsonb NOT NULL,
	"inhoud" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inzage_exports" ADD CONSTRAINT "inzage_exports_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inzage_exports" ADD CONSTRAINT "inzage_exports_persoon_id_personen_id_fk" FOREIGN KEY ("persoon_id") REFERENCES "public"."personen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inzage_exports" ADD CONSTRAINT "inzage_exports_aangemaakt_door_gebruikers_id_fk" FOREIGN KEY ("aangemaakt_door") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inzage_exports_persoon_idx" ON "inzage_exports" USING btree ("persoon_id");--> statement-breakpoint
GRANT SELECT, INSERT ON inzage_exports TO voordeur_app;
--> statement-breakpoint
ALTER TABLE inzage_exports ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON inzage_exports TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
