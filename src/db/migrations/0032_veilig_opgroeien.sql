-- Veilig Opgroeien (issue 14; seed 004 §8, BW 1:255/1:258/1:260, Jeugdwet art. 2.4): per zaak the joint
-- veiligheidsbeoordelingen of procesregisseur and casemanager, the steps of the gedwongen kader (VTO, the Raad, the
-- kinderrechter, the OTS and its extensions), the Beschermtafels and the advice requests to the
-- gedragswetenschapper (request, advice, decision). One per zaak. Tenant table with RLS; never deleted (no DELETE
-- for the app role).
CREATE TABLE "veilig_opgroeien_trajecten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"zaak_id" uuid NOT NULL REFERENCES "zaken"("id"),
	"beoordelingen" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"stappen" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"beschermtafels" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"adviesvragen" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"aangemaakt_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "veilig_opgroeien_trajecten_zaak_uq" ON "veilig_opgroeien_trajecten" USING btree ("zaak_id");
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON veilig_opgroeien_trajecten TO voordeur_app;
--> statement-breakpoint
ALTER TABLE veilig_opgroeien_trajecten ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON veilig_opgroeien_trajecten TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
