import { Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { datumVoluit } from "../../../../src/domain/documenten/brief";
import {
  ACTIEPLAN_STAPPEN,
  AFSTEMMINGEN,
  CONTACTWIJZEN,
  RICHTINGEN,
} from "../../../../src/domain/werk/jongeren";
import type { ZaakDetail } from "../../lib/contract";
import { vandaagIso } from "../../lib/datum";
import {
  DatumTotVandaag,
  formulierVoor,
  Keuzerondjes,
  Keuzeveld,
  keuzesUit,
  Tekstvak,
  Tekstveld,
  uitkomstVanWeigering,
} from "../../lib/formulier";
import { LaadFout, Laden, Tabel } from "../../lib/ui";
import { Termijnen } from "../zaken/Termijnen";
import { trajectPad, useWerktraject, useWerktrajectOpslaan, type Werktraject } from "./api";

const TrajectFormulier = formulierVoor(useWerktrajectOpslaan, uitkomstVanWeigering);

const STAND: Record<Werktraject["weken"][number]["stand"], string> = {
  gehad: "Contact gehad",
  gemist: "⚠ Geen contact",
  loopt: "Deze week",
  komt: "Nog niet",
};

/** The Werk tab of a werk zaak (seed 004 §9.1): the zoekperiode of a jongere, the intake and the plan van aanpak. */
export function WerkOpZaak({ zaak }: { zaak: ZaakDetail }) {
  const traject = useWerktraject(zaak.id);
  if (traject.isPending) return <Laden />;
  if (traject.isError) return <LaadFout fout={traject.error} opnieuw={() => void traject.refetch()} />;
  const w = traject.data;
  const kan = w.kanVastleggen.mogelijk;
  return (
    <>
      {w.doelgroep === "jongere" ? (
        <section aria-labelledby="zoekperiode-kop">
          <Heading2 id="zoekperiode-kop">Zoekperiode</Heading2>
          <Paragraph>
            Jongeren onder 27 zoeken na de melding bij Werk.nl 4 weken zelf naar werk of een opleiding, met
            elke week contact met de consulent werk. De aanvraag om bijstand kan pas na deze 4 weken
            (Participatiewet art. 41 lid 4): vanaf {datumVoluit(w.eindeZoekperiode ?? w.meldingOp)}.
          </Paragraph>
          <Tabel
            bijschrift="Contact per week in de zoekperiode"
            koppen={["Week", "Van", "Tot en met", "Contact", "Stand"]}
            rijen={w.weken.map((x) => ({
              sleutel: String(x.week),
              cellen: [
                `Week ${x.week}`,
                datumVoluit(x.van),
                datumVoluit(x.tot),
                x.contact ? datumVoluit(x.contact) : "—",
                STAND[x.stand],
              ],
            }))}
          />
          {kan && !w.intakeOp ? <ContactFormulier zaakId={zaak.id} w={w} /> : null}
          {w.afzien ? (
            <Paragraph>
              Niet gewacht met de intake ({datumVoluit(w.afzien.op)}): {w.afzien.reden}.{" "}
              {w.afzien.afstemmingLabel}.
            </Paragraph>
          ) : kan && !w.intakeOp ? (
            <AfzienFormulier zaakId={zaak.id} w={w} />
          ) : null}
        </section>
      ) : (
        <Paragraph>
          {w.doelgroep === "volwassene"
            ? "De inwoner was bij de melding 27 of ouder: er is geen zoekperiode. De consulent inkomen toetst het recht op een uitkering; daarna volgt de intake."
            : "De geboortedatum van de inwoner ontbreekt: vul die in het klantdossier in om te zien of de zoekperiode geldt."}
        </Paragraph>
      )}
      <section aria-labelledby="intake-kop">
        <Heading2 id="intake-kop">Intake en plan van aanpak</Heading2>
        {w.intakeOp ? (
          <Paragraph>Intake op {datumVoluit(w.intakeOp)}.</Paragraph>
        ) : kan ? (
          <IntakeFormulier zaakId={zaak.id} w={w} />
        ) : (
          <Paragraph>Nog geen intake.</Paragraph>
        )}
        {w.doelgroep === "volwassene" ? (
          <Actieplan zaakId={zaak.id} w={w} kan={kan} />
        ) : w.plan ? (
          <>
            <Heading3>Plan van aanpak: {w.plan.richtingLabel}</Heading3>
            <Paragraph>
              Opgesteld op {datumVoluit(w.plan.opgesteldOp)}; voortgangsgesprek op{" "}
              {datumVoluit(w.plan.voortgangOp)}.
            </Paragraph>
            <Paragraph>{w.plan.afspraken}</Paragraph>
          </>
        ) : kan && w.intakeOp ? (
          <PlanFormulier zaakId={zaak.id} w={w} />
        ) : null}
        {!kan && w.kanVastleggen.reden ? <Paragraph>{w.kanVastleggen.reden}</Paragraph> : null}
      </section>
      <section aria-labelledby="pw-termijnen-kop">
        <Heading2 id="pw-termijnen-kop">Termijnen</Heading2>
        <Termijnen termijnen={w.termijnen} titel="Termijnen van de Participatiewet" />
      </section>
    </>
  );
}

function ContactFormulier({ zaakId, w }: { zaakId: string; w: Werktraject }) {
  const [op, setOp] = useState(vandaagIso());
  const [wijze, setWijze] = useState("gesprek");
  return (
    <TrajectFormulier
      zaakId={zaakId}
      label="Contact vastleggen"
      knop="Contact vastleggen"
      gelukt="Het contact is vastgelegd."
      velden={{
        op: { label: "Datum van het contact", id: "werk-contact-op" },
        wijze: { label: "Hoe", id: "werk-contact-wijze" },
      }}
      verzoek={() => ({ pad: trajectPad(zaakId, "/contacten"), versie: w.versie, body: { op, wijze } })}
    >
      {(fouten) => (
        <>
          <Heading3>Contact vastleggen</Heading3>
          <DatumTotVandaag
            id="werk-contact-op"
            label="Datum van het contact"
            waarde={op}
            fout={fouten.op}
            onChange={setOp}
          />
          <Keuzerondjes
            id="werk-contact-wijze"
            legenda="Hoe"
            keuzes={keuzesUit(CONTACTWIJZEN)}
            waarde={wijze}
            fout={fouten.wijze}
            onChange={setWijze}
          />
        </>
      )}
    </TrajectFormulier>
  );
}

function AfzienFormulier({ zaakId, w }: { zaakId: string; w: Werktraject }) {
  const [op, setOp] = useState(vandaagIso());
  const [reden, setReden] = useState("");
  const [afstemming, setAfstemming] = useState("");
  return (
    <TrajectFormulier
      zaakId={zaakId}
      label="Niet wachten met de intake"
      knop="Vastleggen en intake plannen"
      gelukt="Vastgelegd: de intake kan nu meteen."
      velden={{
        op: { label: "Datum", id: "werk-afzien-op" },
        reden: { label: "Welke problemen spelen er?", id: "werk-afzien-reden" },
        afstemming: { label: "Afstemming met de hulpverlening", id: "werk-afzien-afstemming" },
      }}
      verzoek={() => ({
        pad: trajectPad(zaakId, "/afzien"),
        methode: "PUT",
        versie: w.versie,
        body: { op, reden, afstemming },
      })}
    >
      {(fouten) => (
        <>
          <Heading3>Niet wachten met de intake</Heading3>
          <Paragraph>
            Spelen er problemen op meerdere levensgebieden (bijvoorbeeld psychische problemen)? Dan wacht u de
            4 weken niet af en nodigt u de jongere meteen uit. De aanvraag om bijstand blijft wachten tot na
            de zoekperiode.
          </Paragraph>
          <DatumTotVandaag id="werk-afzien-op" label="Datum" waarde={op} fout={fouten.op} onChange={setOp} />
          <Tekstvak
            id="werk-afzien-reden"
            label="Welke problemen spelen er?"
            waarde={reden}
            fout={fouten.reden}
            onChange={setReden}
          />
          <Keuzerondjes
            id="werk-afzien-afstemming"
            legenda="Afstemming met de hulpverlening"
            keuzes={keuzesUit(AFSTEMMINGEN)}
            waarde={afstemming}
            fout={fouten.afstemming}
            onChange={setAfstemming}
          />
        </>
      )}
    </TrajectFormulier>
  );
}

function IntakeFormulier({ zaakId, w }: { zaakId: string; w: Werktraject }) {
  const [op, setOp] = useState(vandaagIso());
  return (
    <TrajectFormulier
      zaakId={zaakId}
      label="Intake vastleggen"
      knop="Intake vastleggen"
      gelukt="De intake is vastgelegd."
      velden={{ op: { label: "Datum van de intake", id: "werk-intake-op" } }}
      verzoek={() => ({ pad: trajectPad(zaakId, "/intake"), methode: "PUT", versie: w.versie, body: { op } })}
    >
      {(fouten) => (
        <DatumTotVandaag
          id="werk-intake-op"
          label="Datum van de intake"
          waarde={op}
          fout={fouten.op}
          onChange={setOp}
        />
      )}
    </TrajectFormulier>
  );
}

function PlanFormulier({ zaakId, w }: { zaakId: string; w: Werktraject }) {
  const [opgesteldOp, setOpgesteldOp] = useState(vandaagIso());
  const [richting, setRichting] = useState("");
  const [afspraken, setAfspraken] = useState("");
  const [voortgangOp, setVoortgangOp] = useState("");
  return (
    <TrajectFormulier
      zaakId={zaakId}
      label="Plan van aanpak"
      knop="Plan van aanpak vastleggen"
      gelukt="Het plan van aanpak is vastgelegd."
      velden={{
        opgesteldOp: { label: "Datum van het plan", id: "werk-plan-op" },
        richting: { label: "Richting", id: "werk-plan-richting" },
        afspraken: { label: "Afspraken", id: "werk-plan-afspraken" },
        voortgangOp: { label: "Voortgangsgesprek op", id: "werk-plan-voortgang" },
      }}
      verzoek={() => ({
        pad: trajectPad(zaakId, "/plan"),
        methode: "PUT",
        versie: w.versie,
        body: { opgesteldOp, richting, afspraken, voortgangOp },
      })}
    >
      {(fouten) => (
        <>
          <Heading3>Plan van aanpak</Heading3>
          <DatumTotVandaag
            id="werk-plan-op"
            label="Datum van het plan"
            waarde={opgesteldOp}
            fout={fouten.opgesteldOp}
            onChange={setOpgesteldOp}
          />
          <Keuzeveld
            id="werk-plan-richting"
            label="Richting"
            keuzes={keuzesUit(RICHTINGEN)}
            leeg="Kies de richting"
            waarde={richting}
            fout={fouten.richting}
            onChange={setRichting}
          />
          <Tekstvak
            id="werk-plan-afspraken"
            label="Afspraken"
            beschrijving="Wie doet wat, en wanneer."
            waarde={afspraken}
            fout={fouten.afspraken}
            onChange={setAfspraken}
          />
          <Tekstveld
            id="werk-plan-voortgang"
            label="Voortgangsgesprek op"
            type="date"
            verplicht
            min={opgesteldOp}
            value={voortgangOp}
            fout={fouten.voortgangOp}
            onChange={(e) => setVoortgangOp(e.currentTarget.value)}
          />
        </>
      )}
    </TrajectFormulier>
  );
}

/** A volwassene's actieplan (seed 004 §9.2): its steps with goal and review date, and one more step after the intake. */
function Actieplan({ zaakId, w, kan }: { zaakId: string; w: Werktraject; kan: boolean }) {
  const [soort, setSoort] = useState("");
  const [doel, setDoel] = useState("");
  const [evaluatieOp, setEvaluatieOp] = useState("");
  return (
    <>
      <Heading3>Actieplan</Heading3>
      {w.stappen.length === 0 ? (
        <Paragraph>Er staan nog geen stappen in het actieplan.</Paragraph>
      ) : (
        <Tabel
          bijschrift="Stappen in het actieplan"
          koppen={["Stap", "Doel", "Evaluatie", "Vastgelegd"]}
          rijen={w.stappen.map((x, i) => ({
            sleutel: `${i}-${x.soort}`,
            cellen: [x.soortLabel, x.doel, datumVoluit(x.evaluatieOp), datumVoluit(x.vastgelegdOp)],
          }))}
        />
      )}
      {kan && w.intakeOp ? (
        <TrajectFormulier
          zaakId={zaakId}
          label="Stap toevoegen aan het actieplan"
          knop="Stap toevoegen"
          gelukt="De stap staat in het actieplan."
          velden={{
            soort: { label: "Stap", id: "werk-stap-soort" },
            doel: { label: "Doel", id: "werk-stap-doel" },
            evaluatieOp: { label: "Evaluatie op", id: "werk-stap-evaluatie" },
          }}
          verzoek={() => ({
            pad: trajectPad(zaakId, "/stappen"),
            versie: w.versie,
            body: { soort, doel, evaluatieOp },
          })}
        >
          {(fouten) => (
            <>
              <Keuzeveld
                id="werk-stap-soort"
                label="Stap"
                keuzes={keuzesUit(ACTIEPLAN_STAPPEN)}
                leeg="Kies de stap"
                waarde={soort}
                fout={fouten.soort}
                onChange={setSoort}
              />
              <Tekstvak
                id="werk-stap-doel"
                label="Doel"
                waarde={doel}
                fout={fouten.doel}
                onChange={setDoel}
              />
              <Tekstveld
                id="werk-stap-evaluatie"
                label="Evaluatie op"
                type="date"
                verplicht
                min={vandaagIso()}
                value={evaluatieOp}
                fout={fouten.evaluatieOp}
                onChange={(e) => setEvaluatieOp(e.currentTarget.value)}
              />
            </>
          )}
        </TrajectFormulier>
      ) : null}
    </>
  );
}
