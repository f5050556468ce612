/**
 * Days equated with an algemeen erkende feestdag by Koninklijk Besluit (Algemene termijnenwet art. 3 lid 3),
 * for the domain tests: the two most recent besluiten, exactly as migration 0020 seeds them (the API test
 * checks that the seeded list contains these days).
 */
import type { GelijkgesteldeDag } from "./kalender";

/** Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025. */
const KB_2023_2025: GelijkgesteldeDag[] = [
  { datum: "2023-04-28", omschrijving: "Vrijdag na Koningsdag" },
  { datum: "2023-05-19", omschrijving: "Vrijdag na Hemelvaartsdag" },
  { datum: "2024-05-10", omschrijving: "Vrijdag na Hemelvaartsdag" },
  { datum: "2024-12-27", omschrijving: "Vrijdag na Tweede Kerstdag" },
  { datum: "2025-05-30", omschrijving: "Vrijdag na Hemelvaartsdag" },
];

/** Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028. */
const KB_2026_2028: GelijkgesteldeDag[] = [
  { datum: "2026-01-02", omschrijving: "Vrijdag na Nieuwjaarsdag" },
  { datum: "2026-05-15", omschrijving: "Vrijdag na Hemelvaartsdag" },
  { datum: "2027-05-07", omschrijving: "Vrijdag na Hemelvaartsdag" },
  { datum: "2028-04-28", omschrijving: "Vrijdag na Koningsdag" },
  { datum: "2028-05-26", omschrijving: "Vrijdag na Hemelvaartsdag" },
];

export const GELIJKGESTELD_2023_2028: readonly GelijkgesteldeDag[] = [...KB_2023_2025, ...KB_2026_2028];
