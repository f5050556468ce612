/**
 * The transport port for iWmo/iJw messages. Today a file-based adapter (outbox and inbox folders); the
 * network transport to the national hub (GGK / VECOZO) implements the same two interfaces later.
 */

export interface TeVersturenBericht {
  id: string;
  gemeenteCode: string;
  ontvanger: string;
  /** e.g. "1699_42420001_JW301_000123.xml" — stable per message, so a retry overwrites, never duplicates. */
  bestandsnaam: string;
  xml: string;
}

/** Outgoing side: resolves only when the message is durably handed over (then it is marked sent). */
export interface BerichtVerzender {
  readonly naam: string;
  verstuur(bericht: TeVersturenBericht): Promise<{ referentie: string }>;
}

/** Incoming side: messages waiting to be received, read one by one and acknowledged after processing. */
export interface BerichtBron {
  readonly naam: string;
  wachtend(maximaal: number): Promise<string[]>;
  lees(sleutel: string): Promise<string>;
  /** `geweigerd` keeps the reason next to the message for the beheerder. */
  bevestig(sleutel: string, uitkomst: "verwerkt" | "geweigerd", reden?: string): Promise<void>;
}
