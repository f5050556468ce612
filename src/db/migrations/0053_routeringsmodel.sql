-- Issue 16: the Assen routing model (voorliggend veld first, seed 000 §4) is a setting of the gemeente, not a code
-- comparison. Assen has it; every other gemeente routes straight to the municipal team unless it chooses otherwise.
ALTER TABLE "gemeenten" ADD COLUMN "voorliggend_veld_eerst" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
UPDATE "gemeenten" SET "voorliggend_veld_eerst" = true WHERE "code" = '0106';
--> statement-breakpoint
-- The beheerder changes it for their own gemeente only (the act filters on the gemeente of the session).
GRANT UPDATE ("voorliggend_veld_eerst") ON "gemeenten" TO voordeur_app;
