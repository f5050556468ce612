/** What processing an incoming message produced: its status, retourcodes per class, and a task for A&O. */
import type { BerichtRij } from "../db/berichten";
import type { Tx } from "../db/client";
import { GOED, type Retour, type Retourcode, retour } from "../domain/berichten/retourcodes";
import type { Berichttype, Wet } from "../domain/berichten/typen";
import type { Opzoeker } from "./opzoeker";
import type { Kop, XmlKnoop } from "./xml";

export interface Verwerking {
  status: "verwerkt" | "deels-verwerkt" | "afgekeurd" | "niet-verwerkt" | "gekoppeld" | "niet-gekoppeld";
  retouren: Retour[];
  meldingen: string[];
  aandacht: string | null;
  persoonId: string | null;
  zaakId: string | null;
  heenberichtId?: string | null;
  /** Every client a message names, when it names several (a 323): one audit entry each. */
  persoonIds?: string[];
  /** A processed 323: what the 325 needs beside the codes. */
  declaratie?: { toegekend: { bedrag: number; debetCredit: "D" | "C" } };
  /** Codes per berichtklasse for the retour message (local element name + occurrence). */
  codes: Map<string, Retourcode[]>;
}

export interface VerwerkContext {
  tx: Tx;
  /** The stored incoming message (its row exists; the outcome is written after processing). */
  bericht: Pick<BerichtRij, "id" | "gemeenteCode">;
  type: Berichttype;
  wet: Wet;
  kop: Kop;
  inhoud: XmlKnoop;
  /** Clients and toewijzingen of the batch this message is processed in. */
  zoek: Opzoeker;
  medewerkerId: string | null;
}

export const klasseSleutel = (klasse: string, volgnummer: number) => `${klasse}#${volgnummer}`;

/** Collects retourcodes per class and derives the message status. */
export class Uitslag {
  readonly codes = new Map<string, Retourcode[]>();
  readonly retouren: Retour[] = [];
  readonly meldingen: string[] = [];
  aandacht: string | null = null;
  persoonId: string | null = null;
  zaakId: string | null = null;
  private goed = 0;
  private fout = 0;

  zet(klasse: string, volgnummer: number, code: Retourcode, omschrijving: string, melding?: string) {
    const sleutel = klasseSleutel(klasse, volgnummer);
    this.codes.set(sleutel, [...(this.codes.get(sleutel) ?? []).filter((c) => c !== GOED), code]);
    if (code === GOED) {
      if (klasse !== "Client") this.goed++;
      return;
    }
    this.fout++;
    this.retouren.push(retour(code, omschrijving));
    if (melding) this.meldingen.push(`${omschrijving}: ${melding}`);
  }

  af(): Verwerking {
    const status = this.fout === 0 ? "verwerkt" : this.goed === 0 ? "afgekeurd" : "deels-verwerkt";
    return {
      status,
      retouren: this.retouren,
      meldingen: this.meldingen,
      aandacht: this.aandacht,
      persoonId: this.persoonId,
      zaakId: this.zaakId,
      codes: this.codes,
    };
  }
}
