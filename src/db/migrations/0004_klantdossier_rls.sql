-- Row level security for the klantdossier and zaken tables (same rule as 0001: own gemeente only).
GRANT SELECT, INSERT, UPDATE, DELETE ON wijk_postcodes, personen, persoon_relaties, netwerkleden, zaken, zaak_personen, zaak_gebeurtenissen, journaal TO voordeur_app;
--> statement-breakpoint
ALTER TABLE wijk_postcodes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON wijk_postcodes TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()) WITH CHECK (gemeente_code = voordeur_gemeente());
--> statement-breakpoint
ALTER TABLE personen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON personen TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()) WITH CHECK (gemeente_code = voordeur_gemeente());
--> statement-breakpoint
ALTER TABLE persoon_relaties ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON persoon_relaties TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()) WITH CHECK (gemeente_code = voordeur_gemeente());
--> statement-breakpoint
ALTER TABLE netwerkleden ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON netwerkleden TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()) WITH CHECK (gemeente_code = voordeur_gemeente());
--> statement-breakpoint
ALTER TABLE zaken ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON zaken TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()) WITH CHECK (gemeente_code = voordeur_gemeente());
--> statement-breakpoint
ALTER TABLE zaak_personen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON zaak_personen TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()) WITH CHECK (gemeente_code = voordeur_gemeente());
--> statement-breakpoint
ALTER TABLE zaak_gebeurtenissen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON zaak_gebeurtenissen TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()) WITH CHECK (gemeente_code = voordeur_gemeente());
--> statement-breakpoint
ALTER TABLE journaal ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON journaal TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()) WITH CHECK (gemeente_code = voordeur_gemeente());
--> statement-breakpoint
-- The audit trail is append-only for the application: insert and read within the gemeente, never update or delete.
GRANT SELECT, INSERT ON audit_log TO voordeur_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE audit_log_id_seq TO voordeur_app;
--> statement-breakpoint
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON audit_log TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()) WITH CHECK (gemeente_code = voordeur_gemeente());
--> statement-breakpoint
CREATE UNIQUE INDEX zaken_zaaknummer_uq ON zaken (gemeente_code, zaaknummer);
--> statement-breakpoint
-- Zaaknummers: one sequence for all gemeenten (numbers are unique, not gapless).
CREATE SEQUENCE zaaknummer_seq;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE zaaknummer_seq TO voordeur_app;
