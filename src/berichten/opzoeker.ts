/**
 * What processing incoming messages looks up and changes, for a batch in one transaction: clients by BSN
 * and toewijzingen by number are read for the whole batch in one query each (`laadVooruit`) and looked up
 * one by one only when not known yet; delivery changes (305/307) are kept on the cached row — so a stop
 * later in the batch sees the start before it — and written in one statement by `schrijf()`.
 */
import {
  type LeveringWaarden,
  type ToewijzingRij,
  toewijzingenOpNummers,
  werkLeveringenBij,
} from "../db/berichten";
import type { Tx } from "../db/client";
import type { PersoonRij } from "../db/personen";
import type { Wet } from "../domain/berichten/typen";
import type { BsnSleutels } from "../privacy/bsn-sleutels";
import { isBsnVorm, personenOpBsn } from "./clienten";

const nummerSleutel = (wet: Wet, nummer: number) => `${wet}#${nummer}`;

export interface Vooruit {
  bsns: string[];
  toewijzingen: { wet: Wet; nummer: number }[];
}

export class Opzoeker {
  private readonly personen = new Map<string, PersoonRij | null>();
  private readonly toewijzingen = new Map<string, ToewijzingRij | null>();
  private readonly leveringen = new Map<string, { rij: ToewijzingRij; wijzigingen: number }>();

  constructor(
    private readonly tx: Tx,
    private readonly sleutels: BsnSleutels,
  ) {}

  /** Reads the clients and toewijzingen a batch names, one query each (per law). */
  async laadVooruit(vooruit: Vooruit): Promise<void> {
    const bsns = [...new Set(vooruit.bsns.filter((b) => isBsnVorm(b) && !this.personen.has(b)))];
    const gevonden = await personenOpBsn(this.tx, this.sleutels, bsns);
    for (const bsn of bsns) this.personen.set(bsn, gevonden.get(bsn) ?? null);
    for (const wet of ["wmo", "jeugd"] as const) {
      const nummers = [
        ...new Set(
          vooruit.toewijzingen
            .filter((t) => t.wet === wet && Number.isSafeInteger(t.nummer))
            .map((t) => t.nummer)
            .filter((n) => !this.toewijzingen.has(nummerSleutel(wet, n))),
        ),
      ];
      for (const n of nummers) this.toewijzingen.set(nummerSleutel(wet, n), null);
      for (const rij of await toewijzingenOpNummers(this.tx, wet, nummers))
        this.toewijzingen.set(nummerSleutel(wet, rij.toewijzingnummer), rij);
    }
  }

  /** The resident of the current gemeente with this BSN, if known. */
  async persoon(bsn: string | null): Promise<PersoonRij | undefined> {
    if (!isBsnVorm(bsn)) return undefined;
    if (!this.personen.has(bsn)) await this.laadVooruit({ bsns: [bsn], toewijzingen: [] });
    return this.personen.get(bsn) ?? undefined;
  }

  /** The toewijzing with this number under this law, as changed so far in this batch. */
  async toewijzing(wet: Wet, nummer: number): Promise<ToewijzingRij | undefined> {
    if (!Number.isSafeInteger(nummer)) return undefined;
    const sleutel = nummerSleutel(wet, nummer);
    if (!this.toewijzingen.has(sleutel))
      await this.laadVooruit({ bsns: [], toewijzingen: [{ wet, nummer }] });
    return this.toewijzingen.get(sleutel) ?? undefined;
  }

  /** Records a new delivery state on the toewijzing; written by `schrijf()`. */
  werkLeveringBij(rij: ToewijzingRij, levering: LeveringWaarden): void {
    Object.assign(rij, levering);
    const eerder = this.leveringen.get(rij.id);
    this.leveringen.set(rij.id, { rij, wijzigingen: (eerder?.wijzigingen ?? 0) + 1 });
  }

  /** Writes the recorded delivery states (one statement) and forgets them. */
  async schrijf(): Promise<void> {
    const te = [...this.leveringen.values()];
    this.leveringen.clear();
    await werkLeveringenBij(
      this.tx,
      te.map(({ rij, wijzigingen }) => ({
        id: rij.id,
        zorgGestartOp: rij.zorgGestartOp,
        zorgGestoptOp: rij.zorgGestoptOp,
        redenBeeindiging: rij.redenBeeindiging,
        wijzigingen,
      })),
    );
    for (const { rij, wijzigingen } of te) rij.versie += wijzigingen;
  }
}
