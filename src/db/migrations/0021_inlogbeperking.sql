-- Login throttling without lockout (issue "Vertrouwen" item 3). One counter row per throttle key (name+address,
-- address, name over all unknown clients, name+known device); a login attempt claims its keys with one
-- INSERT … ON CONFLICT DO UPDATE per key, which counts and checks atomically under the row lock (also with
-- parallel attempts and several app processes). Devices on which a user logged in successfully are known by
-- the SHA-256 of a random cookie token, so their attempts are counted apart from an attacker's.
DROP TABLE "inlogpogingen";
--> statement-breakpoint
CREATE TABLE "inlogtellers" (
	"sleutel" text PRIMARY KEY NOT NULL,
	"pogingen" integer NOT NULL,
	"laatste_op" timestamp with time zone NOT NULL,
	"gemeld_op" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "inlogtellers_laatste_idx" ON "inlogtellers" USING btree ("laatste_op");
--> statement-breakpoint
CREATE TABLE "inlogapparaten" (
	"token_hash" text NOT NULL,
	"gebruiker_id" uuid NOT NULL REFERENCES "gebruikers"("id") ON DELETE cascade,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"laatst_gebruikt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inlogapparaten_pk" PRIMARY KEY ("token_hash", "gebruiker_id")
);
--> statement-breakpoint
CREATE INDEX "inlogapparaten_gebruiker_idx" ON "inlogapparaten" USING btree ("gebruiker_id");
