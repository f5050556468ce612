/** Where appointments take place: the town hall, a wijk location, a buurtteam room, or at home. */
export const LOCATIE_SOORTEN = ["gemeentehuis", "wijklocatie", "buurtteamruimte", "huisbezoek"] as const;
export type LocatieSoort = (typeof LOCATIE_SOORTEN)[number];

export const LOCATIE_SOORT_LABELS: Record<LocatieSoort, string> = {
  gemeentehuis: "Gemeentehuis",
  wijklocatie: "Wijklocatie",
  buurtteamruimte: "Buurtteamruimte",
  huisbezoek: "Huisbezoek",
};

export const AFSPRAAK_STATUSSEN = ["gepland", "geannuleerd"] as const;
export type AfspraakStatus = (typeof AFSPRAAK_STATUSSEN)[number];
