CREATE TABLE "aanbieders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"samenwerkingsverband_code" text NOT NULL,
	"agb_code" char(8) NOT NULL,
	"naam" text NOT NULL,
	"kvk_nummer" text,
	"contact" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"actief" boolean DEFAULT true NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "producten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"samenwerkingsverband_code" text NOT NULL,
	"wet" text NOT NULL,
	"categorie" text NOT NULL,
	"code" text NOT NULL,
	"omschrijving" text NOT NULL,
	"interventieniveau" integer,
	"eenheid" text,
	"geldig_vanaf" date NOT NULL,
	"geldig_tot" date,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "producten_niveau_ck" CHECK ("producten"."interventieniveau" is null or "producten"."interventieniveau" between 1 and 8)
);
--> statement-breakpoint
CREATE TABLE "toewijzingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"zaak_id" uuid NOT NULL,
	"besluit_id" uuid,
	"persoon_id" uuid NOT NULL,
	"wet" text NOT NULL,
	"toewijzingnummer" integer NOT NULL,
	"aanbieder_agb" char(8) NOT NULL,
	"product_categorie" text NOT NULL,
	"product_code" text,
	"ingangsdatum" date NOT NULL,
	"einddatum" date,
	"omvang" jsonb,
	"budget" integer,
	"reden_wijziging" text,
	"referentie_aanbieder" text,
	"toewijzingsmoment" timestamp with time zone DEFAULT now() NOT NULL,
	"zorg_gestart_op" date,
	"zorg_gestopt_op" date,
	"reden_beeindiging" text,
	"gegevens" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "toewijzingen_omvang_of_budget_ck" CHECK (not ("toewijzingen"."omvang" is not null and "toewijzingen"."budget" is not null)),
	CONSTRAINT "toewijzingen_periode_ck" CHECK ("toewijzingen"."einddatum" is null or "toewijzingen"."einddatum" >= "toewijzingen"."ingangsdatum")
);
--> statement-breakpoint
CREATE TABLE "toewijzingnummers" (
	"gemeente_code" char(4) NOT NULL,
	"wet" text NOT NULL,
	"laatste" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "toewijzingnummers_gemeente_code_wet_pk" PRIMARY KEY("gemeente_code","wet")
);
--> statement-breakpoint
ALTER TABLE "aanbieders" ADD CONSTRAINT "aanbieders_samenwerkingsverband_code_samenwerkingsverbanden_code_fk" FOREIGN KEY ("samenwerkingsverband_code") REFERENCES "public"."samenwerkingsverbanden"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producten" ADD CONSTRAINT "producten_samenwerkingsverband_code_samenwerkingsverbanden_code_fk" FOREIGN KEY ("samenwerkingsverband_code") REFERENCES "public"."samenwerkingsverbanden"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "toewijzingen" ADD CONSTRAINT "toewijzingen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "toewijzingen" ADD CONSTRAINT "toewijzingen_zaak_id_zaken_id_fk" FOREIGN KEY ("zaak_id") REFERENCES "public"."zaken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "toewijzingen" ADD CONSTRAINT "toewijzingen_persoon_id_personen_id_fk" FOREIGN KEY ("persoon_id") REFERENCES "public"."personen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "toewijzingnummers" ADD CONSTRAINT "toewijzingnummers_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "aanbieders_agb_uq" ON "aanbieders" USING btree ("samenwerkingsverband_code","agb_code");--> statement-breakpoint
CREATE INDEX "aanbieders_naam_idx" ON "aanbieders" USING btree ("samenwerkingsverband_code","naam");--> statement-breakpoint
CREATE UNIQUE INDEX "producten_uq" ON "producten" USING btree ("samenwerkingsverband_code","wet","code","geldig_vanaf");--> statement-breakpoint
CREATE INDEX "producten_categorie_idx" ON "producten" USING btree ("samenwerkingsverband_code","wet","categorie");--> statement-breakpoint
CREATE UNIQUE INDEX "toewijzingen_nummer_uq" ON "toewijzingen" USING btree ("gemeente_code","wet","toewijzingnummer");--> statement-breakpoint
CREATE INDEX "toewijzingen_client_idx" ON "toewijzingen" USING btree ("gemeente_code","persoon_id","aanbieder_agb");--> statement-breakpoint
CREATE INDEX "toewijzingen_zaak_idx" ON "toewijzingen" USING btree ("zaak_id");--> statement-breakpoint
-- Regional rows (catalogue, providers) belong to the samenwerkingsverband; toewijzingen to one gemeente.
GRANT SELECT, INSERT, UPDATE ON producten, aanbieders TO voordeur_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON toewijzingen, toewijzingnummers TO voordeur_app;
--> statement-breakpoint
ALTER TABLE producten ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY verband_isolatie ON producten TO voordeur_app
  USING (samenwerkingsverband_code = voordeur_verband()) WITH CHECK (samenwerkingsverband_code = voordeur_verband());
--> statement-breakpoint
ALTER TABLE aanbieders ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY verband_isolatie ON aanbieders TO voordeur_app
  USING (samenwerkingsverband_code = voordeur_verband()) WITH CHECK (samenwerkingsverband_code = voordeur_verband());
--> statement-breakpoint
ALTER TABLE toewijzingen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON toewijzingen TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE toewijzingnummers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON toewijzingnummers TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
-- Documents, beheerder-maintained texts and the outgoing mail queue (kernel shared by all areas).
CREATE TABLE "documenten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"zaak_id" uuid REFERENCES "zaken"("id"),
	"persoon_id" uuid REFERENCES "personen"("id"),
	"soort" text NOT NULL,
	"titel" text NOT NULL,
	"content_type" text NOT NULL,
	"inhoud" bytea NOT NULL,
	"grootte" integer NOT NULL,
	"aangemaakt_door" uuid REFERENCES "gebruikers"("id"),
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "documenten_zaak_idx" ON "documenten" USING btree ("zaak_id","aangemaakt_op");
--> statement-breakpoint
CREATE INDEX "documenten_persoon_idx" ON "documenten" USING btree ("persoon_id","aangemaakt_op");
--> statement-breakpoint
CREATE TABLE "tekstblokken" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"code" text NOT NULL,
	"titel" text NOT NULL,
	"tekst" text NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL,
	"gewijzigd_door" uuid REFERENCES "gebruikers"("id"),
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "tekstblokken_code_uq" ON "tekstblokken" USING btree ("gemeente_code","code");
--> statement-breakpoint
CREATE TABLE "mail_uitgaand" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL REFERENCES "gemeenten"("code"),
	"aan" text NOT NULL,
	"onderwerp" text NOT NULL,
	"tekst" text NOT NULL,
	"bijlagen" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"aanleiding" text NOT NULL,
	"status" text DEFAULT 'wachtrij' NOT NULL,
	"pogingen" integer DEFAULT 0 NOT NULL,
	"laatste_fout" text,
	"volgende_poging" timestamp with time zone DEFAULT now() NOT NULL,
	"verzonden_op" timestamp with time zone,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "mail_uitgaand_wachtrij_idx" ON "mail_uitgaand" USING btree ("volgende_poging") WHERE status = 'wachtrij';
--> statement-breakpoint
GRANT SELECT, INSERT ON documenten TO voordeur_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON tekstblokken TO voordeur_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON mail_uitgaand TO voordeur_app;
--> statement-breakpoint
ALTER TABLE documenten ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON documenten TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE tekstblokken ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON tekstblokken TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
--> statement-breakpoint
ALTER TABLE mail_uitgaand ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_isolatie ON mail_uitgaand TO voordeur_app
  USING (gemeente_code = voordeur_gemeente()::bpchar) WITH CHECK (gemeente_code = voordeur_gemeente()::bpchar);
