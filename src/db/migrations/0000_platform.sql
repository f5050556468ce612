CREATE TABLE "gebruiker_vakgroepen" (
	"gebruiker_id" uuid NOT NULL,
	"vakgroep_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	CONSTRAINT "gebruiker_vakgroepen_gebruiker_id_vakgroep_id_pk" PRIMARY KEY("gebruiker_id","vakgroep_id")
);
--> statement-breakpoint
CREATE TABLE "gebruikers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"gebruikersnaam" text NOT NULL,
	"naam" text NOT NULL,
	"email" text,
	"wachtwoord_hash" text,
	"oidc_subject" text,
	"rollen" text[] DEFAULT '{}'::text[] NOT NULL,
	"actief" boolean DEFAULT true NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL,
	"laatst_ingelogd_op" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "inlogpogingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sleutel" text NOT NULL,
	"tijdstip" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "oidc_aanvragen" (
	"state" text PRIMARY KEY NOT NULL,
	"code_verifier" text NOT NULL,
	"nonce" text NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessies" (
	"id" text PRIMARY KEY NOT NULL,
	"gebruiker_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"laatst_actief_op" timestamp with time zone DEFAULT now() NOT NULL,
	"verloopt_op" timestamp with time zone NOT NULL,
	"methode" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vakgroepen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"code" text NOT NULL,
	"naam" text NOT NULL,
	"actief" boolean DEFAULT true NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gemeenten" (
	"code" char(4) PRIMARY KEY NOT NULL,
	"naam" text NOT NULL,
	"samenwerkingsverband_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "samenwerkingsverbanden" (
	"code" text PRIMARY KEY NOT NULL,
	"naam" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wijken" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"code" text NOT NULL,
	"naam" text NOT NULL,
	"soort" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "gebruiker_vakgroepen" ADD CONSTRAINT "gebruiker_vakgroepen_gebruiker_id_gebruikers_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruikers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gebruiker_vakgroepen" ADD CONSTRAINT "gebruiker_vakgroepen_vakgroep_id_vakgroepen_id_fk" FOREIGN KEY ("vakgroep_id") REFERENCES "public"."vakgroepen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gebruiker_vakgroepen" ADD CONSTRAINT "gebruiker_vakgroepen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gebruikers" ADD CONSTRAINT "gebruikers_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessies" ADD CONSTRAINT "sessies_gebruiker_id_gebruikers_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruikers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vakgroepen" ADD CONSTRAINT "vakgroepen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gemeenten" ADD CONSTRAINT "gemeenten_samenwerkingsverband_code_samenwerkingsverbanden_code_fk" FOREIGN KEY ("samenwerkingsverband_code") REFERENCES "public"."samenwerkingsverbanden"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wijken" ADD CONSTRAINT "wijken_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "gebruikers_gebruikersnaam_uq" ON "gebruikers" USING btree (lower("gebruikersnaam"));--> statement-breakpoint
CREATE UNIQUE INDEX "gebruikers_oidc_subject_uq" ON "gebruikers" USING btree ("oidc_subject");--> statement-breakpoint
CREATE INDEX "gebruikers_gemeente_idx" ON "gebruikers" USING btree ("gemeente_code");--> statement-breakpoint
CREATE INDEX "inlogpogingen_sleutel_idx" ON "inlogpogingen" USING btree ("sleutel","tijdstip");--> statement-breakpoint
CREATE INDEX "sessies_gebruiker_idx" ON "sessies" USING btree ("gebruiker_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vakgroepen_gemeente_code_uq" ON "vakgroepen" USING btree ("gemeente_code","code");--> statement-breakpoint
CREATE UNIQUE INDEX "wijken_gemeente_code_uq" ON "wijken" USING btree ("gemeente_code","code");