-- Tenancy is enforced in one place: PostgreSQL row level security.
-- Requests run as role voordeur_app with voordeur.gemeente / voordeur.verband set per transaction
-- (see src/db/tenant.ts); only system work (migrations, login, sessions, seeding) runs as the owner.
DO $$
BEGIN
  CREATE ROLE voordeur_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
GRANT voordeur_app TO CURRENT_USER;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO voordeur_app;
--> statement-breakpoint
CREATE FUNCTION voordeur_gemeente() RETURNS text LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('voordeur.gemeente', true), '') $$;
--> statement-breakpoint
CREATE FUNCTION voordeur_verband() RETURNS text LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('voordeur.verband', true), '') $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION voordeur_gemeente(), voordeur_verband() TO voordeur_app;
--> statement-breakpoint
GRANT SELECT ON samenwerkingsverbanden, gemeenten TO voordeur_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON wijken, vakgroepen, gebruikers, gebruiker_vakgroepen TO voordeur_app;
--> statement-breakpoint
ALTER TABLE wijken ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON wijken TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()) WITH CHECK (gemeente_code = voordeur_gemeente());
--> statement-breakpoint
ALTER TABLE vakgroepen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON vakgroepen TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()) WITH CHECK (gemeente_code = voordeur_gemeente());
--> statement-breakpoint
ALTER TABLE gebruikers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON gebruikers TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()) WITH CHECK (gemeente_code = voordeur_gemeente());
--> statement-breakpoint
ALTER TABLE gebruiker_vakgroepen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON gebruiker_vakgroepen TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()) WITH CHECK (gemeente_code = voordeur_gemeente());
