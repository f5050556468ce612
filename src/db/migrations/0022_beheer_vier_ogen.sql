-- Four eyes on access (issue "Vertrouwen" item 9, domain/gebruikers/vier-ogen.ts): a role or vakgroep that gives
-- access to residents' data waits here until a teamleider or another beheerder approves it in their own session.
-- Who asked, for whom, which roles and vakgroepen (codes), when; who decided, when. One open request per
-- medewerker. The check constraint is the database's own second lock: an approval by the one who asked, or by
-- the one who gets the access, cannot be stored.
CREATE TABLE "rolverzoeken" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"gebruiker_id" uuid NOT NULL REFERENCES "gebruikers"("id") ON DELETE cascade,
	"aangevraagd_door" uuid NOT NULL REFERENCES "gebruikers"("id"),
	"rollen" text[] DEFAULT '{}'::text[] NOT NULL,
	"vakgroepen" text[] DEFAULT '{}'::text[] NOT NULL,
	"aangevraagd_op" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"beslist_door" uuid REFERENCES "gebruikers"("id"),
	"beslist_op" timestamp with time zone,
	"versie" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "rolverzoeken_status_ck" CHECK ("status" in ('open', 'goedgekeurd', 'geweigerd', 'ingetrokken')),
	CONSTRAINT "rolverzoeken_inhoud_ck" CHECK (cardinality("rollen") + cardinality("vakgroepen") > 0),
	CONSTRAINT "rolverzoeken_beslist_ck" CHECK (("status" = 'open') = ("beslist_door" is null and "beslist_op" is null)),
	CONSTRAINT "rolverzoeken_tweede_persoon_ck" CHECK (
		"status" <> 'goedgekeurd' or ("beslist_door" <> "aangevraagd_door" and "beslist_door" <> "gebruiker_id")
	)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "rolverzoeken_een_open_uq" ON "rolverzoeken" USING btree ("gebruiker_id") WHERE "status" = 'open';
--> statement-breakpoint
CREATE INDEX "rolverzoeken_status_idx" ON "rolverzoeken" USING btree ("gemeente_code", "status", "aangevraagd_op");
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON rolverzoeken TO voordeur_app;
--> statement-breakpoint
ALTER TABLE rolverzoeken ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON rolverzoeken TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
