import { Heading2, Heading3 } from "@utrecht/component-library-react";
import { createContext, type FormEvent, Fragment, type ReactNode, useContext, useId, useState } from "react";
import {
  Foutoverzicht,
  type Keuze,
  Keuzerondjes,
  Tekstvak,
  Tekstveld,
  useVerzending,
  Verzendknop,
} from "../../lib/formulier";
import { type MeldcodeWeergave, meldcodeUitkomst, useWijzigMeldcode, type Wijziging } from "./api";

/** The answers of a step's form by field name as the API names them ("signalen.0.bron", "meldingNodig"). */
export type Waarden = Record<string, string>;

/**
 * One field of a step, as data: the step form renders it (label, description, error next to it with
 * aria-invalid and aria-describedby), links to it from the error summary and reads its answer.
 */
export interface Stapveld {
  /** The field's name in the request, also the key of its error ("overleg.0.naam"). */
  naam: string;
  soort: "tekst" | "datum" | "tekstvak" | "keuze";
  label: string;
  /** The label of the field in the error summary, when it differs ("Signaal 2, bron"). */
  foutlabel?: string;
  beschrijving?: string;
  keuzes?: readonly Keuze[];
  /** The answer before anything was typed (today for a date, a preselected choice). */
  begin?: string;
  /** A heading above the field, starting a part of the form ("Signaal 2"). */
  kop?: string;
  /** A required field is not marked "(niet verplicht)"; every date and short text of a step is required. */
  verplicht?: boolean;
}

export const veldId = (naam: string) => `meldcode-${naam.replaceAll(".", "-")}`;

/** The answer of every field, with the field's `begin` when nothing was typed. */
export const antwoorden = (velden: readonly Stapveld[], waarden: Waarden): Waarden =>
  Object.fromEntries(velden.map((v) => [v.naam, waarden[v.naam] ?? v.begin ?? ""]));

/** A yes/no answer as the API wants it; an unanswered choice stays undefined (the API names it). */
export const jaNee = (waarde: string | undefined) => (waarde ? waarde === "ja" : undefined);

export const JA_NEE: readonly Keuze[] = [
  { waarde: "ja", label: "Ja" },
  { waarde: "nee", label: "Nee" },
];

/** One field of a step, rendered by its kind. */
function Veld({
  veld,
  waarde,
  fout,
  zet,
}: {
  veld: Stapveld;
  waarde: string;
  fout: string | undefined;
  zet: (waarde: string) => void;
}) {
  const id = veldId(veld.naam);
  const basis = { id, fout, ...(veld.beschrijving ? { beschrijving: veld.beschrijving } : {}) };
  switch (veld.soort) {
    case "keuze":
      return (
        <Keuzerondjes
          {...basis}
          legenda={veld.label}
          keuzes={veld.keuzes ?? []}
          waarde={waarde}
          onChange={zet}
        />
      );
    case "tekstvak":
      return <Tekstvak {...basis} label={veld.label} waarde={waarde} onChange={zet} />;
    default:
      return (
        <Tekstveld
          {...basis}
          label={veld.label}
          type={veld.soort === "datum" ? "date" : "text"}
          verplicht={veld.verplicht ?? true}
          value={waarde}
          onChange={(e) => zet(e.currentTarget.value)}
        />
      );
  }
}

/**
 * The page's success message: a saved step usually makes way for the next one, so the message lives on the page
 * (in a live region that stays) rather than in the form that disappears.
 */
export const MeldGelukt = createContext<(tekst: string) => void>(() => {});

/**
 * The one form of a Meldcode step: its heading (the form's name), the fields described as data, the error
 * summary above it (focused after a refusal; each error links to its field), the submit button, and the change
 * on the Meldcode's versie. `velden` may be a function of the answers so far (a choice shows other fields);
 * `tussen` renders free content after the field with that name (a warning), `na` after all fields.
 */
export function Stapformulier({
  meldcode,
  wat,
  kop,
  inleiding,
  velden,
  tussen,
  na,
  knop,
  gelukt,
  body,
}: {
  meldcode: MeldcodeWeergave;
  wat: Wijziging;
  kop: string;
  inleiding?: ReactNode;
  velden: readonly Stapveld[] | ((waarden: Waarden) => readonly Stapveld[]);
  tussen?: Record<string, ReactNode>;
  na?: ReactNode;
  knop: string;
  gelukt: string;
  body: (antwoorden: Waarden) => object;
}) {
  const wijzig = useWijzigMeldcode(meldcode);
  const { uitkomst, fouten, bezig, overzicht, verstuur } = useVerzending(meldcodeUitkomst);
  const meldGelukt = useContext(MeldGelukt);
  const kopId = useId();
  const [waarden, setWaarden] = useState<Waarden>({});
  const lijst = typeof velden === "function" ? velden(waarden) : velden;
  const huidig = antwoorden(lijst, waarden);
  function verzend(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    meldGelukt("");
    void verstuur(async () => {
      await wijzig.mutateAsync({ wat, body: body(huidig) });
      setWaarden({});
      meldGelukt(gelukt);
      return undefined;
    });
  }
  const foutvelden = Object.fromEntries(
    lijst.map((v) => [v.naam, { label: v.foutlabel ?? v.label, id: veldId(v.naam) }]),
  );
  return (
    <>
      <Foutoverzicht ref={overzicht} fouten={fouten} melding={uitkomst?.melding} velden={foutvelden} />
      <form onSubmit={verzend} noValidate className="voordeur-formulier" aria-labelledby={kopId}>
        <Heading2 id={kopId}>{kop}</Heading2>
        {inleiding}
        {lijst.map((v) => (
          <Fragment key={v.naam}>
            {v.kop ? <Heading3>{v.kop}</Heading3> : null}
            <Veld
              veld={v}
              waarde={huidig[v.naam] ?? ""}
              fout={fouten[v.naam]}
              zet={(w) => setWaarden((oud) => ({ ...oud, ...huidig, [v.naam]: w }))}
            />
            {tussen?.[v.naam]}
          </Fragment>
        ))}
        {na}
        <Verzendknop bezig={bezig}>{knop}</Verzendknop>
      </form>
    </>
  );
}
