import { Alert, Heading2, OrderedList, OrderedListItem, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useParams } from "react-router";
import { MELDCODE_STAPPEN, type MeldcodeStap, STAP_LABELS } from "../../../../src/domain/meldcode/meldcode";
import { GeluktMelding } from "../../lib/formulier";
import { Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { kortDatum } from "../zaken/weergave";
import { type MeldcodeWeergave, useMeldcode } from "./api";
import { Afsluiten, Kennisgeving, Melding } from "./Melding";
import { MeldGelukt } from "./Stapformulier";
import { Afweging, Beslissingen, EenvoudigeStap, Signalen } from "./Stappen";
import { Vastgelegd } from "./Vastgelegd";

type Inhoud = NonNullable<MeldcodeWeergave["inhoud"]>;

const STAP_STAAT = (inhoud: Inhoud, stap: MeldcodeStap) => {
  const volgende = inhoud.volgendeStap;
  if (volgende === null) return "vastgelegd";
  const i = MELDCODE_STAPPEN.indexOf(stap);
  const j = MELDCODE_STAPPEN.indexOf(volgende);
  return i < j ? "vastgelegd" : i === j ? "nu aan de beurt" : "nog niet";
};

function Verloop({ meldcode, inhoud }: { meldcode: MeldcodeWeergave; inhoud: Inhoud }) {
  const stap = inhoud.volgendeStap;
  const geenVermoeden = inhoud.uitkomst.soort === "geen-vermoeden";
  const kanAfsluiten = stap === null || (stap === "beslissingen" && geenVermoeden);
  if (meldcode.status === "afgesloten")
    return (
      <Alert type="ok">
        <Paragraph>
          Afgesloten op {kortDatum((inhoud.afgeslotenOp ?? "").slice(0, 10))} door {inhoud.afgeslotenDoor}:{" "}
          {inhoud.afsluiting}
        </Paragraph>
      </Alert>
    );
  return (
    <>
      {stap === "signalen" ? <Signalen meldcode={meldcode} /> : null}
      {stap === "overleg" || stap === "gesprek" ? (
        <EenvoudigeStap key={stap} meldcode={meldcode} stap={stap} />
      ) : null}
      {stap === "afweging" ? <Afweging meldcode={meldcode} inhoud={inhoud} /> : null}
      {stap === "beslissingen" ? (
        <>
          {geenVermoeden ? (
            <Alert type="info">
              <Paragraph>
                Er is geen vermoeden van huiselijk geweld of kindermishandeling: u kunt de Meldcode afsluiten.
              </Paragraph>
            </Alert>
          ) : null}
          <Beslissingen meldcode={meldcode} inhoud={inhoud} />
        </>
      ) : null}
      {stap === null && !inhoud.melding && inhoud.meldingVereist.vereist ? (
        <Melding meldcode={meldcode} />
      ) : null}
      {inhoud.melding?.oudersBriefVolgt ? <Kennisgeving meldcode={meldcode} inhoud={inhoud} /> : null}
      {kanAfsluiten ? <Afsluiten meldcode={meldcode} inhoud={inhoud} /> : null}
    </>
  );
}

/** /meldcodes/:id: the Meldcode huiselijk geweld en kindermishandeling, its five steps in order. */
export function MeldcodePagina() {
  const { id = "" } = useParams();
  const query = useMeldcode(id);
  const [gelukt, setGelukt] = useState<string>();
  const m = query.data;
  return (
    <MeldGelukt.Provider value={setGelukt}>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          ...(m ? [{ label: `Zaak ${m.zaaknummer}`, naar: `/zaken/${m.zaakId}` }] : []),
          { label: "Meldcode" },
        ]}
      />
      <PaginaTitel titel="Meldcode huiselijk geweld en kindermishandeling">
        Meldcode huiselijk geweld en kindermishandeling
      </PaginaTitel>
      <GeluktMelding tekst={gelukt} />
      {query.isPending ? <Laden /> : null}
      {query.isError ? <LaadFout fout={query.error} opnieuw={() => void query.refetch()} /> : null}
      {m?.inhoud ? (
        <>
          <Paragraph>
            Zaak {m.zaaknummer}, gestart op {kortDatum(m.gestartOp.slice(0, 10))} door {m.inhoud.auteur}.
            Status: {m.status === "loopt" ? "loopt" : "afgesloten"}.
          </Paragraph>
          <section aria-labelledby="stappen-kop">
            <Heading2 id="stappen-kop">Stappen</Heading2>
            <OrderedList>
              {MELDCODE_STAPPEN.map((s) => (
                <OrderedListItem
                  key={s}
                  aria-current={STAP_STAAT(m.inhoud as Inhoud, s) === "nu aan de beurt" ? "step" : undefined}
                >
                  {STAP_LABELS[s]} ({STAP_STAAT(m.inhoud as Inhoud, s)})
                </OrderedListItem>
              ))}
            </OrderedList>
          </section>
          <Verloop meldcode={m} inhoud={m.inhoud} />
          <Vastgelegd inhoud={m.inhoud} />
        </>
      ) : null}
    </MeldGelukt.Provider>
  );
}
