import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { datumVoluit } from "../../../../src/domain/documenten/brief";
import {
  CONTACTPOGINGEN,
  SIGNAALBRONNEN,
  SIGNAALUITKOMSTEN,
} from "../../../../src/domain/schuldhulp/vroegsignalering";
import { vandaagIso } from "../../lib/datum";
import { bedragTekst, naarEurocent } from "../../lib/euro";
import {
  DatumTotVandaag,
  Keuzerondjes,
  Keuzeveld,
  keuzesUit,
  OpslaanFormulier,
  Tekstveld,
  uitkomstVanWeigering,
} from "../../lib/formulier";
import { Paginering, paginaUit } from "../../lib/paginering";
import { Kruimelpad, LaadFout, Laden, PaginaTitel, Tabel } from "../../lib/ui";
import { usePersonen } from "../personen/api";
import { PER_PAGINA, type Signalen, useSignaalOpslaan, useSignalen, type Vroegsignaal } from "./api";

const STAND: Record<Vroegsignaal["stand"], string> = {
  nieuw: "Nieuw",
  "te-laat": "⚠ Contact te laat",
  "contact-gezocht": "Contact gezocht",
  afgehandeld: "Afgehandeld",
};

/**
 * Vroegsignalering (issue 15; policy rule 31): the signals of payment arrears of the gemeente, open ones first, each
 * with the day by which contact is due; the follow-up per signal, the counts, and a form to register a new signal.
 */
export function VroegsignaleringPagina() {
  const [params, setParams] = useSearchParams();
  const open = params.get("alle") !== "ja";
  const pagina = paginaUit(params.get("pagina"));
  const lijst = useSignalen(open, pagina);
  const [gekozen, setGekozen] = useState<string | null>(null);
  if (lijst.isPending) return <Laden />;
  if (lijst.isError) return <LaadFout fout={lijst.error} />;
  const l = lijst.data;
  const signaal = l.items.find((s) => s.id === gekozen) ?? null;
  return (
    <>
      <Kruimelpad kruimels={[{ label: "Start", naar: "/" }, { label: "Vroegsignalering" }]} />
      <PaginaTitel>Vroegsignalering</PaginaTitel>
      <Paragraph>
        Verhuurders, drinkwaterbedrijven, zorgverzekeraars en energieleveranciers melden een
        betalingsachterstand die zij zelf niet konden oplossen. Elk signaal volgt u op: binnen{" "}
        {l.telling.contacttermijnDagen} dagen zoekt u contact en biedt u een gesprek aan. De inwoner mag de
        hulp weigeren.
      </Paragraph>
      <Keuzerondjes
        id="signalen-filter"
        legenda="Welke signalen"
        keuzes={[
          { waarde: "open", label: "Openstaand" },
          { waarde: "alle", label: "Alle signalen" },
        ]}
        waarde={open ? "open" : "alle"}
        onChange={(w) => setParams(w === "alle" ? { alle: "ja" } : {})}
      />
      {l.items.length === 0 ? (
        <Paragraph>{open ? "Er staan geen signalen open." : "Er zijn nog geen signalen."}</Paragraph>
      ) : (
        <Tabel
          bijschrift={`Signalen (${l.totaal})`}
          koppen={[
            "Inwoner",
            "Achterstand",
            "Schuldeiser",
            "Ontvangen",
            "Contact uiterlijk",
            "Stand",
            "Actie",
          ]}
          rijen={l.items.map((s) => ({
            sleutel: s.id,
            cellen: [
              s.persoon.naam,
              `${s.bronLabel}: ${bedragTekst(s.achterstand)}`,
              s.schuldeiser,
              datumVoluit(s.ontvangenOp),
              datumVoluit(s.contactUiterlijk),
              s.afhandeling ? `${STAND[s.stand]}: ${s.afhandeling.uitkomstLabel}` : STAND[s.stand],
              l.kanVastleggen && !s.afhandeling ? (
                <Button
                  key="kies"
                  appearance="subtle-button"
                  aria-label={`Opvolgen: ${s.persoon.naam}`}
                  onClick={() => setGekozen(s.id)}
                >
                  Opvolgen
                </Button>
              ) : (
                "—"
              ),
            ],
          }))}
        />
      )}
      <Paginering pagina={pagina} perPagina={PER_PAGINA} totaal={l.totaal} />
      {signaal && !signaal.afhandeling ? (
        <Opvolgen key={`${signaal.id}-${signaal.versie}`} signaal={signaal} />
      ) : null}
      <Telling telling={l.telling} />
      {l.kanVastleggen ? <NieuwSignaal /> : null}
    </>
  );
}

function Telling({ telling }: { telling: Signalen["telling"] }) {
  return (
    <>
      <Heading2>Tellingen</Heading2>
      <Paragraph>
        {telling.totaal === 1 ? "1 signaal" : `${telling.totaal} signalen`}, waarvan {telling.openstaand}{" "}
        openstaand; bij {telling.contactOpTijd} is binnen {telling.contacttermijnDagen} dagen contact gezocht.
      </Paragraph>
      <Tabel
        bijschrift="Signalen per soort achterstand"
        koppen={["Soort", "Aantal"]}
        rijen={telling.perBron.map((b) => ({ sleutel: b.bron, cellen: [b.label, String(b.aantal)] }))}
      />
      <Tabel
        bijschrift="Afgehandelde signalen per uitkomst"
        koppen={["Uitkomst", "Aantal"]}
        rijen={telling.perUitkomst.map((u) => ({ sleutel: u.uitkomst, cellen: [u.label, String(u.aantal)] }))}
      />
    </>
  );
}

function Opvolgen({ signaal }: { signaal: Vroegsignaal }) {
  const opslaan = useSignaalOpslaan();
  const [op, setOp] = useState(vandaagIso());
  const [wijze, setWijze] = useState("");
  const [uitkomst, setUitkomst] = useState("");
  const [afgehandeldOp, setAfgehandeldOp] = useState(vandaagIso());
  const pad = (stap: string) => `/vroegsignalen/${encodeURIComponent(signaal.id)}/${stap}`;
  return (
    <section aria-labelledby="opvolgen-kop">
      <Heading2 id="opvolgen-kop">Opvolgen: {signaal.persoon.naam}</Heading2>
      <Paragraph>
        {signaal.bronLabel} van {bedragTekst(signaal.achterstand)} bij {signaal.schuldeiser}, ontvangen op{" "}
        {datumVoluit(signaal.ontvangenOp)}.
        {signaal.contactpoging
          ? ` Contact gezocht op ${datumVoluit(signaal.contactpoging.op)} (${signaal.contactpoging.wijzeLabel.toLowerCase()}).`
          : ""}
      </Paragraph>
      {!signaal.contactpoging ? (
        <OpslaanFormulier
          label="Contactpoging vastleggen"
          knop="Contactpoging vastleggen"
          gelukt="De contactpoging is vastgelegd."
          velden={{
            op: { label: "Datum", id: "signaal-contact-op" },
            wijze: { label: "Hoe", id: "signaal-contact-wijze" },
          }}
          uitkomst={uitkomstVanWeigering}
          opslaan={() =>
            opslaan.mutateAsync({ pad: pad("contactpoging"), versie: signaal.versie, body: { op, wijze } })
          }
        >
          {(fouten) => (
            <>
              <DatumTotVandaag
                id="signaal-contact-op"
                label="Datum"
                waarde={op}
                fout={fouten.op}
                onChange={setOp}
              />
              <Keuzerondjes
                id="signaal-contact-wijze"
                legenda="Hoe"
                keuzes={keuzesUit(CONTACTPOGINGEN)}
                waarde={wijze}
                fout={fouten.wijze}
                onChange={setWijze}
              />
            </>
          )}
        </OpslaanFormulier>
      ) : null}
      <OpslaanFormulier
        label="Signaal afhandelen"
        knop="Signaal afhandelen"
        gelukt="Het signaal is afgehandeld."
        velden={{
          uitkomst: { label: "Uitkomst", id: "signaal-uitkomst" },
          op: { label: "Afgehandeld op", id: "signaal-afgehandeld" },
        }}
        uitkomst={uitkomstVanWeigering}
        opslaan={() =>
          opslaan.mutateAsync({
            pad: pad("afhandeling"),
            versie: signaal.versie,
            body: { uitkomst, op: afgehandeldOp },
          })
        }
      >
        {(fouten) => (
          <>
            <Keuzeveld
              id="signaal-uitkomst"
              label="Uitkomst"
              keuzes={keuzesUit(SIGNAALUITKOMSTEN)}
              leeg="Kies de uitkomst"
              waarde={uitkomst}
              fout={fouten.uitkomst}
              onChange={setUitkomst}
            />
            <DatumTotVandaag
              id="signaal-afgehandeld"
              label="Afgehandeld op"
              waarde={afgehandeldOp}
              fout={fouten.op}
              onChange={setAfgehandeldOp}
            />
          </>
        )}
      </OpslaanFormulier>
    </section>
  );
}

function NieuwSignaal() {
  const opslaan = useSignaalOpslaan();
  const [zoek, setZoek] = useState("");
  const personen = usePersonen(zoek, 1);
  const [persoonId, setPersoonId] = useState("");
  const [bron, setBron] = useState("");
  const [schuldeiser, setSchuldeiser] = useState("");
  const [achterstand, setAchterstand] = useState("");
  const [ontvangenOp, setOntvangenOp] = useState(vandaagIso());
  return (
    <section aria-labelledby="nieuw-signaal-kop">
      <Heading2 id="nieuw-signaal-kop">Signaal registreren</Heading2>
      <OpslaanFormulier
        label="Signaal registreren"
        knop="Signaal registreren"
        gelukt="Het signaal is geregistreerd."
        velden={{
          persoonId: { label: "Inwoner", id: "signaal-zoek" },
          bron: { label: "Soort achterstand", id: "signaal-bron" },
          schuldeiser: { label: "Schuldeiser", id: "signaal-schuldeiser" },
          achterstand: { label: "Achterstand", id: "signaal-achterstand" },
          ontvangenOp: { label: "Ontvangen op", id: "signaal-ontvangen" },
        }}
        uitkomst={uitkomstVanWeigering}
        opslaan={async () => {
          await opslaan.mutateAsync({
            pad: "/vroegsignalen",
            body: { persoonId, bron, schuldeiser, achterstand: naarEurocent(achterstand) ?? 0, ontvangenOp },
          });
          setZoek("");
          setPersoonId("");
          setSchuldeiser("");
          setAchterstand("");
        }}
      >
        {(fouten) => (
          <>
            <Tekstveld
              id="signaal-zoek"
              label="Zoek de inwoner"
              verplicht
              beschrijving="Naam, BSN of geboortedatum, zoals het signaal die noemt."
              value={zoek}
              fout={fouten.persoonId}
              onChange={(e) => setZoek(e.currentTarget.value)}
            />
            {personen.data && personen.data.items.length > 0 ? (
              <Keuzerondjes
                id="signaal-persoon"
                legenda="Inwoner"
                keuzes={personen.data.items.slice(0, 10).map((p) => ({
                  waarde: p.id,
                  label: `${p.naam}, ${datumVoluit(p.geboortedatum)}, ${p.adres}`,
                }))}
                waarde={persoonId}
                onChange={setPersoonId}
              />
            ) : zoek.trim().length >= 2 && personen.data ? (
              <Paragraph>Geen inwoner gevonden.</Paragraph>
            ) : null}
            <Keuzeveld
              id="signaal-bron"
              label="Soort achterstand"
              keuzes={keuzesUit(SIGNAALBRONNEN)}
              leeg="Kies de soort"
              waarde={bron}
              fout={fouten.bron}
              onChange={setBron}
            />
            <Tekstveld
              id="signaal-schuldeiser"
              label="Schuldeiser"
              verplicht
              value={schuldeiser}
              fout={fouten.schuldeiser}
              onChange={(e) => setSchuldeiser(e.currentTarget.value)}
            />
            <Tekstveld
              id="signaal-achterstand"
              label="Achterstand in euro"
              verplicht
              inputMode="decimal"
              value={achterstand}
              fout={fouten.achterstand}
              onChange={(e) => setAchterstand(e.currentTarget.value)}
            />
            <DatumTotVandaag
              id="signaal-ontvangen"
              label="Ontvangen op"
              waarde={ontvangenOp}
              fout={fouten.ontvangenOp}
              onChange={setOntvangenOp}
            />
          </>
        )}
      </OpslaanFormulier>
    </section>
  );
}
