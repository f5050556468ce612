-- Gebruikersnamen are unique over all gemeenten (login happens before the gemeente is known).
-- A gemeente's beheerder may ask whether a name is taken without seeing other gemeenten's users.
CREATE FUNCTION voordeur_gebruikersnaam_bestaat(naam text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
  $$ SELECT EXISTS (SELECT 1 FROM gebruikers WHERE lower(gebruikersnaam) = lower($1)) $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION voordeur_gebruikersnaam_bestaat(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION voordeur_gebruikersnaam_bestaat(text) TO voordeur_app;
