CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"tijdstip" timestamp with time zone NOT NULL,
	"gebruiker_id" uuid,
	"gebruikersnaam" text NOT NULL,
	"rollen" text[] NOT NULL,
	"actie" text NOT NULL,
	"resource" text NOT NULL,
	"persoon_id" uuid,
	"reden" text NOT NULL,
	"request_id" text,
	"vorige_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "netwerkleden" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"persoon_id" uuid NOT NULL,
	"naam" text NOT NULL,
	"relatie" text NOT NULL,
	"telefoon" text,
	"email" text,
	"mantelzorger" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "personen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"bsn_versleuteld" text,
	"bsn_index" text,
	"bsn_laatste4" char(4),
	"zonder_bsn_reden" text,
	"voornamen" text NOT NULL,
	"voorvoegsel" text,
	"geslachtsnaam" text NOT NULL,
	"geboortedatum" date NOT NULL,
	"geslacht" text,
	"straat" text,
	"huisnummer" integer NOT NULL,
	"huisletter" text,
	"toevoeging" text,
	"postcode" char(6) NOT NULL,
	"woonplaats" text NOT NULL,
	"wijk_code" text,
	"telefoon" text,
	"email" text,
	"communicatie" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"zoek_geslachtsnaam" text NOT NULL,
	"zoek_voornamen" text NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "persoon_relaties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"persoon_id" uuid NOT NULL,
	"gerelateerde_id" uuid NOT NULL,
	"soort" text NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wijk_postcodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"postcode_van" char(6) NOT NULL,
	"postcode_tot" char(6) NOT NULL,
	"wijk_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "journaal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"zaak_id" uuid,
	"persoon_id" uuid,
	"auteur_id" uuid NOT NULL,
	"zichtbaarheid" text NOT NULL,
	"tekst" text NOT NULL,
	"tijdstip" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zaak_gebeurtenissen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"zaak_id" uuid NOT NULL,
	"tijdstip" timestamp with time zone DEFAULT now() NOT NULL,
	"gebruiker_id" uuid,
	"soort" text NOT NULL,
	"van_status" text,
	"naar_status" text,
	"toelichting" text,
	"gegevens" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zaak_personen" (
	"gemeente_code" char(4) NOT NULL,
	"zaak_id" uuid NOT NULL,
	"persoon_id" uuid NOT NULL,
	"rol" text NOT NULL,
	CONSTRAINT "zaak_personen_zaak_id_persoon_id_rol_pk" PRIMARY KEY("zaak_id","persoon_id","rol")
);
--> statement-breakpoint
CREATE TABLE "zaken" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"zaaknummer" text NOT NULL,
	"zaaktype" text NOT NULL,
	"status" text NOT NULL,
	"werkvoorraad" text NOT NULL,
	"behandelaar_id" uuid,
	"meldingsdatum" date NOT NULL,
	"kanaal" text NOT NULL,
	"omschrijving" text NOT NULL,
	"veiligheid" text NOT NULL,
	"leefgebieden" text[] DEFAULT '{}' NOT NULL,
	"wijk_code" text,
	"feiten" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"volgende_termijn_datum" date,
	"volgende_termijn_soort" text,
	"afgesloten_op" date,
	"versie" integer DEFAULT 1 NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "netwerkleden" ADD CONSTRAINT "netwerkleden_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "netwerkleden" ADD CONSTRAINT "netwerkleden_persoon_id_personen_id_fk" FOREIGN KEY ("persoon_id") REFERENCES "public"."personen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personen" ADD CONSTRAINT "personen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persoon_relaties" ADD CONSTRAINT "persoon_relaties_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persoon_relaties" ADD CONSTRAINT "persoon_relaties_persoon_id_personen_id_fk" FOREIGN KEY ("persoon_id") REFERENCES "public"."personen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persoon_relaties" ADD CONSTRAINT "persoon_relaties_gerelateerde_id_personen_id_fk" FOREIGN KEY ("gerelateerde_id") REFERENCES "public"."personen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wijk_postcodes" ADD CONSTRAINT "wijk_postcodes_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journaal" ADD CONSTRAINT "journaal_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journaal" ADD CONSTRAINT "journaal_zaak_id_zaken_id_fk" FOREIGN KEY ("zaak_id") REFERENCES "public"."zaken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journaal" ADD CONSTRAINT "journaal_persoon_id_personen_id_fk" FOREIGN KEY ("persoon_id") REFERENCES "public"."personen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journaal" ADD CONSTRAINT "journaal_auteur_id_gebruikers_id_fk" FOREIGN KEY ("auteur_id") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak_gebeurtenissen" ADD CONSTRAINT "zaak_gebeurtenissen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak_gebeurtenissen" ADD CONSTRAINT "zaak_gebeurtenissen_zaak_id_zaken_id_fk" FOREIGN KEY ("zaak_id") REFERENCES "public"."zaken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak_gebeurtenissen" ADD CONSTRAINT "zaak_gebeurtenissen_gebruiker_id_gebruikers_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak_personen" ADD CONSTRAINT "zaak_personen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak_personen" ADD CONSTRAINT "zaak_personen_zaak_id_zaken_id_fk" FOREIGN KEY ("zaak_id") REFERENCES "public"."zaken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak_personen" ADD CONSTRAINT "zaak_personen_persoon_id_personen_id_fk" FOREIGN KEY ("persoon_id") REFERENCES "public"."personen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaken" ADD CONSTRAINT "zaken_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaken" ADD CONSTRAINT "zaken_behandelaar_id_gebruikers_id_fk" FOREIGN KEY ("behandelaar_id") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_persoon_idx" ON "audit_log" USING btree ("gemeente_code","persoon_id","id");--> statement-breakpoint
CREATE INDEX "audit_log_keten_idx" ON "audit_log" USING btree ("gemeente_code","id");--> statement-breakpoint
CREATE INDEX "netwerkleden_persoon_idx" ON "netwerkleden" USING btree ("persoon_id");--> statement-breakpoint
CREATE UNIQUE INDEX "personen_bsn_uq" ON "personen" USING btree ("gemeente_code","bsn_index") WHERE bsn_index is not null;--> statement-breakpoint
CREATE INDEX "personen_naam_idx" ON "personen" USING btree ("gemeente_code",zoek_geslachtsnaam text_pattern_ops,"zoek_voornamen");--> statement-breakpoint
CREATE INDEX "personen_geboortedatum_idx" ON "personen" USING btree ("gemeente_code","geboortedatum");--> statement-breakpoint
CREATE INDEX "personen_adres_idx" ON "personen" USING btree ("gemeente_code","postcode","huisnummer");--> statement-breakpoint
CREATE UNIQUE INDEX "persoon_relaties_uq" ON "persoon_relaties" USING btree ("persoon_id","gerelateerde_id","soort");--> statement-breakpoint
CREATE INDEX "persoon_relaties_gerelateerde_idx" ON "persoon_relaties" USING btree ("gerelateerde_id");--> statement-breakpoint
CREATE INDEX "wijk_postcodes_zoek_idx" ON "wijk_postcodes" USING btree ("gemeente_code","postcode_van");--> statement-breakpoint
CREATE INDEX "journaal_zaak_idx" ON "journaal" USING btree ("zaak_id","tijdstip");--> statement-breakpoint
CREATE INDEX "journaal_persoon_idx" ON "journaal" USING btree ("persoon_id");--> statement-breakpoint
CREATE INDEX "zaak_gebeurtenissen_zaak_idx" ON "zaak_gebeurtenissen" USING btree ("zaak_id","tijdstip");--> statement-breakpoint
CREATE INDEX "zaak_personen_persoon_idx" ON "zaak_personen" USING btree ("persoon_id");--> statement-breakpoint
CREATE INDEX "zaken_werkvoorraad_idx" ON "zaken" USING btree ("gemeente_code","werkvoorraad","volgende_termijn_datum","id") WHERE afgesloten_op is null;--> statement-breakpoint
CREATE INDEX "zaken_behandelaar_idx" ON "zaken" USING btree ("gemeente_code","behandelaar_id","volgende_termijn_datum") WHERE afgesloten_op is null;