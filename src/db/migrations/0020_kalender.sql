-- Days equated with an algemeen erkende feestdag by Koninklijk Besluit (Algemene termijnenwet art. 3 lid 3),
-- kept by the beheerder (hand-written). National data: no gemeente column and no row-level security; the app
-- role reads, adds and removes rows, and the policy (resource "kalender") lets only the beheerder change them.
-- Seeded with the besluiten that could be verified: 2017-2019 (wetten.overheid.nl BWBR0038666) and the
-- besluiten for 2023-2025 and 2026-2028 by their titles; the besluit for 2020-2022 was not found and is not
-- seeded (the beheerder adds it, with its source).
CREATE TABLE "gelijkgestelde_dagen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"datum" date NOT NULL,
	"omschrijving" text NOT NULL,
	"bron" text NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gelijkgestelde_dagen_omschrijving_ck" CHECK (length(trim("omschrijving")) > 0),
	CONSTRAINT "gelijkgestelde_dagen_bron_ck" CHECK (length(trim("bron")) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "gelijkgestelde_dagen_datum_uq" ON "gelijkgestelde_dagen" USING btree ("datum");
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON gelijkgestelde_dagen TO voordeur_app;
--> statement-breakpoint
INSERT INTO "gelijkgestelde_dagen" ("datum", "omschrijving", "bron") VALUES
	('2017-04-28', 'Vrijdag na Koningsdag', 'Besluit van 24 oktober 2016, nr. 2016001827, houdende gelijkstelling van 28 april en 26 mei 2017, 11 mei en 24 en 31 december 2018 en 31 mei en 27 december 2019 met een algemeen erkende feestdag (Stcrt. 2016, 58653; wetten.overheid.nl BWBR0038666)'),
	('2017-05-26', 'Vrijdag na Hemelvaartsdag', 'Besluit van 24 oktober 2016, nr. 2016001827, houdende gelijkstelling van 28 april en 26 mei 2017, 11 mei en 24 en 31 december 2018 en 31 mei en 27 december 2019 met een algemeen erkende feestdag (Stcrt. 2016, 58653; wetten.overheid.nl BWBR0038666)'),
	('2018-05-11', 'Vrijdag na Hemelvaartsdag', 'Besluit van 24 oktober 2016, nr. 2016001827, houdende gelijkstelling van 28 april en 26 mei 2017, 11 mei en 24 en 31 december 2018 en 31 mei en 27 december 2019 met een algemeen erkende feestdag (Stcrt. 2016, 58653; wetten.overheid.nl BWBR0038666)'),
	('2018-12-24', 'Maandag voor Eerste Kerstdag', 'Besluit van 24 oktober 2016, nr. 2016001827, houdende gelijkstelling van 28 april en 26 mei 2017, 11 mei en 24 en 31 december 2018 en 31 mei en 27 december 2019 met een algemeen erkende feestdag (Stcrt. 2016, 58653; wetten.overheid.nl BWBR0038666)'),
	('2018-12-31', 'Maandag voor Nieuwjaarsdag', 'Besluit van 24 oktober 2016, nr. 2016001827, houdende gelijkstelling van 28 april en 26 mei 2017, 11 mei en 24 en 31 december 2018 en 31 mei en 27 december 2019 met een algemeen erkende feestdag (Stcrt. 2016, 58653; wetten.overheid.nl BWBR0038666)'),
	('2019-05-31', 'Vrijdag na Hemelvaartsdag', 'Besluit van 24 oktober 2016, nr. 2016001827, houdende gelijkstelling van 28 april en 26 mei 2017, 11 mei en 24 en 31 december 2018 en 31 mei en 27 december 2019 met een algemeen erkende feestdag (Stcrt. 2016, 58653; wetten.overheid.nl BWBR0038666)'),
	('2019-12-27', 'Vrijdag na Tweede Kerstdag', 'Besluit van 24 oktober 2016, nr. 2016001827, houdende gelijkstelling van 28 april en 26 mei 2017, 11 mei en 24 en 31 december 2018 en 31 mei en 27 december 2019 met een algemeen erkende feestdag (Stcrt. 2016, 58653; wetten.overheid.nl BWBR0038666)'),
	('2023-04-28', 'Vrijdag na Koningsdag', 'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag (Staatscourant)'),
	('2023-05-19', 'Vrijdag na Hemelvaartsdag', 'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag (Staatscourant)'),
	('2024-05-10', 'Vrijdag na Hemelvaartsdag', 'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag (Staatscourant)'),
	('2024-12-27', 'Vrijdag na Tweede Kerstdag', 'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag (Staatscourant)'),
	('2025-05-30', 'Vrijdag na Hemelvaartsdag', 'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag (Staatscourant)'),
	('2026-01-02', 'Vrijdag na Nieuwjaarsdag', 'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag (Staatscourant)'),
	('2026-05-15', 'Vrijdag na Hemelvaartsdag', 'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag (Staatscourant)'),
	('2027-05-07', 'Vrijdag na Hemelvaartsdag', 'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag (Staatscourant)'),
	('2028-04-28', 'Vrijdag na Koningsdag', 'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag (Staatscourant)'),
	('2028-05-26', 'Vrijdag na Hemelvaartsdag', 'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag (Staatscourant)');
