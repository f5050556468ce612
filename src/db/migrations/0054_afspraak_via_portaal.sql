-- Mijn Voordeur (issue 16): a resident moves an appointment in the consulent's agenda; no medewerker made or
-- cancelled it then (aangemaakt_door / geannuleerd_door null, gemaakt_via says so).
ALTER TABLE "afspraken" ALTER COLUMN "aangemaakt_door" DROP NOT NULL;
--> statement-breakpoint
ALTER TABLE "afspraken" ADD COLUMN "gemaakt_via" text DEFAULT 'medewerker' NOT NULL;
--> statement-breakpoint
ALTER TABLE "afspraken" ADD CONSTRAINT "afspraken_gemaakt_via_ck" CHECK (("gemaakt_via" = 'medewerker' AND "aangemaakt_door" IS NOT NULL) OR ("gemaakt_via" = 'portaal' AND "aangemaakt_door" IS NULL));
