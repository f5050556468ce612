/**
 * The one refusal of the application layer and the domain: "no, and this is why", without any transport.
 * Only `src/http` turns it into a status code and problem+json (http/weigering.ts); a portal, ZGW adapter or
 * batch job maps the same refusal its own way.
 */

/** What kind of "no" it is. */
export const WEIGERING_SOORTEN = [
  "ongeldig",
  "niet-gevonden",
  "niet-toegestaan",
  "conflict",
  "regel-overtreden",
  "niet-beschikbaar",
] as const;
export type WeigeringSoort = (typeof WEIGERING_SOORTEN)[number];

/** One broken rule: its code, the field it is about (by its API name) and the Dutch message for a person. */
export interface Overtreding {
  regel: string;
  veld?: string;
  melding: string;
}

export class Weigering extends Error {
  constructor(
    readonly soort: WeigeringSoort,
    /** Dutch, for the person who tried. */
    readonly melding: string,
    readonly overtredingen: readonly Overtreding[] = [],
    /** The code of the rule that refused, when there is one (e.g. `plan-ondertekend`). */
    readonly regel?: string,
  ) {
    super(melding);
    this.name = "Weigering";
  }
}

type Veld = { veld: string; melding: string; regel?: string };
const alsOvertredingen = (velden: readonly Veld[] | undefined, regel: string): Overtreding[] =>
  (velden ?? []).map((v) => ({ regel: v.regel ?? regel, veld: v.veld, melding: v.melding }));

/** Input that cannot be right whatever the state (a date in the future, an end before its start). */
export const ongeldig = (melding: string, velden?: readonly Veld[]) =>
  new Weigering("ongeldig", melding, alsOvertredingen(velden, "ongeldige-invoer"));

export const nietGevonden = (melding = "Dit bestaat niet of u heeft er geen toegang toe.") =>
  new Weigering("niet-gevonden", melding);

export const nietToegestaan = (melding: string) => new Weigering("niet-toegestaan", melding);

/** Someone else changed it since the caller read it. */
export const conflict = (
  melding = "Iemand anders heeft dit intussen gewijzigd. Laad opnieuw en probeer het nog eens.",
  velden?: readonly Veld[],
) => new Weigering("conflict", melding, alsOvertredingen(velden, "bestaat-al"));

/** A part the act needs is not reachable now (an identity provider, a mail server); trying later may work. */
export const nietBeschikbaar = (melding: string) => new Weigering("niet-beschikbaar", melding);

/** Valid input that a domain rule does not allow now. `regel` names the rule when it has a code. */
export const regelOvertreden = (melding: string, velden?: readonly Veld[], regel?: string) =>
  new Weigering("regel-overtreden", melding, alsOvertredingen(velden, regel ?? "regel"), regel);

/**
 * Several broken rules at once (422): the detail is their Dutch messages, for the person; the rule codes go in
 * `regel` (the first) and in each field's Overtreding, for programs — never in the text a person reads.
 */
export function regelsOvertreden(
  fouten: readonly { regel: string; melding: string; veld?: string | undefined }[],
) {
  return new Weigering(
    "regel-overtreden",
    fouten.map((f) => f.melding).join(" "),
    fouten.map((f) => ({ regel: f.regel, melding: f.melding, ...(f.veld ? { veld: f.veld } : {}) })),
    fouten[0]?.regel,
  );
}

/**
 * Several domain outcomes `{ok:false, regel, veld, reden, ongeldig?}` as one refusal: any input that cannot be
 * right → 400, else a broken rule → 422 (the first rule named), with every field.
 */
export function weigerUitkomsten(
  uitkomsten: readonly (
    | { ok: true }
    | { ok: false; regel: string; veld: string; reden: string; ongeldig?: boolean }
  )[],
): void {
  const fouten = uitkomsten.flatMap((u) => (u.ok ? [] : [u]));
  const [eerste] = fouten;
  if (!eerste) return;
  const velden = fouten.map((f) => ({ veld: f.veld, melding: f.reden, regel: f.regel }));
  const tekst = fouten.map((f) => f.reden).join(" ");
  if (fouten.some((f) => f.ongeldig)) throw ongeldig(tekst, velden);
  throw regelOvertreden(tekst, velden, eerste.regel);
}

/**
 * The domain's `{ok:false, reden, regel?, veld?, ongeldig?}` answer as a refusal: `ongeldig` input → 400, any other
 * broken rule → 422, with the field when the rule names one.
 */
export function weigerAls<T extends { ok: boolean }>(
  uitkomst: T,
): asserts uitkomst is Extract<T, { ok: true }> {
  if (uitkomst.ok) return;
  const {
    reden,
    regel,
    veld,
    ongeldig: invoerFout,
  } = uitkomst as unknown as {
    reden: string;
    regel?: string;
    veld?: string;
    ongeldig?: boolean;
  };
  const velden = veld ? [{ veld, melding: reden, ...(regel ? { regel } : {}) }] : undefined;
  throw invoerFout ? ongeldig(reden, velden) : regelOvertreden(reden, velden, regel);
}

/**
 * A domain check's list of broken rules as one refusal (nothing when empty): input that cannot be right
 * (`ongeldig`: a missing text, a date in the future) is 400 with its fields; a rule about the state is 422,
 * the rule's code in `regel`.
 */
export function weigerOvertredingen(
  fouten: readonly { regel: string; melding: string; veld?: string | undefined; ongeldig?: boolean }[],
): void {
  if (fouten.length === 0) return;
  const regels = fouten.filter((f) => !f.ongeldig);
  if (regels.length > 0) throw regelsOvertreden(regels);
  throw ongeldig(
    fouten.map((f) => f.melding).join(" "),
    fouten.flatMap((f) => (f.veld ? [{ veld: f.veld, melding: f.melding, regel: f.regel }] : [])),
  );
}
