import { Alert, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { foutmelding, isApiFout } from "../../lib/api";
import {
  nietOppakkenRedenen,
  overdrachtDoelen,
  raadplegingKeuzes,
  terugkoppelingKanalen,
  type VeiligOpgroeienCheck,
  type Zaak,
} from "../../lib/contract";
import { vandaagIso } from "../../lib/datum";
import {
  Keuzelijst,
  Keuzeveld,
  Tekstvak,
  Tekstveld,
  Verzendformulier,
  veldfoutenUit,
} from "../../lib/formulier";
import { useMedewerkers, useWerkverdelingStap } from "./api";

function Fout({ fout }: { fout: unknown }) {
  if (!fout) return null;
  return (
    <Alert type="error">
      <Paragraph>{foutmelding(fout)}</Paragraph>
    </Alert>
  );
}

const veldfouten = (fout: unknown) => (isApiFout(fout) ? veldfoutenUit(fout.errors) : {});

/** Niet oppakken: reasons (standard or own) and the feedback given to the resident; closes the zaak. */
export function NietOppakkenFormulier({ zaak }: { zaak: Zaak }) {
  const stap = useWerkverdelingStap(zaak.id);
  const [redenen, setRedenen] = useState<string[]>([]);
  const [andere, setAndere] = useState("");
  const [op, setOp] = useState(vandaagIso());
  const [kanaal, setKanaal] = useState("telefoon");
  const [samenvatting, setSamenvatting] = useState("");
  const fouten = veldfouten(stap.error);

  function verstuur() {
    stap.mutate({
      stap: {
        soort: "niet-oppakken",
        body: {
          redenen: [...redenen, ...(andere.trim() ? [andere.trim()] : [])],
          terugkoppeling: { op, kanaal: kanaal as "telefoon", samenvatting },
        },
      },
      versie: zaak.versie,
    });
  }

  return (
    <Verzendformulier knop="Niet oppakken en zaak sluiten" bezig={stap.isPending} verstuur={verstuur}>
      <Fout fout={stap.error} />
      <Keuzelijst
        id="wv-redenen"
        legenda="Redenen om niet op te pakken"
        keuzes={nietOppakkenRedenen.map((r) => ({ waarde: r, label: r }))}
        gekozen={redenen}
        onChange={setRedenen}
        fout={fouten.redenen}
      />
      <Tekstveld
        id="wv-andere-reden"
        label="Andere reden"
        value={andere}
        onChange={(e) => setAndere(e.currentTarget.value)}
      />
      <Tekstveld
        id="wv-terugkoppeling-op"
        label="Datum terugkoppeling aan de inwoner"
        type="date"
        verplicht
        value={op}
        fout={fouten.terugkoppeling}
        onChange={(e) => setOp(e.currentTarget.value)}
      />
      <Keuzeveld
        id="wv-terugkoppeling-kanaal"
        label="Hoe is de inwoner teruggekoppeld?"
        waarde={kanaal}
        onChange={setKanaal}
        keuzes={terugkoppelingKanalen.map((k) => ({ waarde: k, label: k }))}
      />
      <Tekstvak
        id="wv-terugkoppeling-samenvatting"
        label="Samenvatting van de terugkoppeling"
        waarde={samenvatting}
        onChange={setSamenvatting}
      />
    </Verzendformulier>
  );
}

/** Overdracht to another werkvoorraad with a reason. */
export function OverdrachtFormulier({ zaak }: { zaak: Zaak }) {
  const stap = useWerkverdelingStap(zaak.id);
  const doelen = overdrachtDoelen.filter((d) => d.code !== zaak.werkvoorraad);
  const [naar, setNaar] = useState(doelen[0]?.code ?? "");
  const [reden, setReden] = useState("");
  const fouten = veldfouten(stap.error);
  function verstuur() {
    stap.mutate({
      stap: { soort: "overdracht", body: { naarWerkvoorraad: naar, reden } },
      versie: zaak.versie,
    });
  }
  return (
    <Verzendformulier knop="Overdragen" bezig={stap.isPending} verstuur={verstuur}>
      <Fout fout={stap.error} />
      {stap.isSuccess ? (
        <p className="utrecht-paragraph" role="status">
          De zaak is overgedragen.
        </p>
      ) : null}
      <Keuzeveld
        id="wv-overdracht-naar"
        label="Naar werkvoorraad"
        waarde={naar}
        onChange={setNaar}
        keuzes={doelen.map((d) => ({ waarde: d.code, label: d.naam }))}
      />
      <Tekstvak
        id="wv-overdracht-reden"
        label="Reden van de overdracht"
        fout={fouten.reden}
        waarde={reden}
        onChange={setReden}
      />
    </Verzendformulier>
  );
}

/** Records that a casemanager Veilig Opgroeien was consulted or joined the zaak. */
export function RaadplegingFormulier({ zaak }: { zaak: Zaak }) {
  const stap = useWerkverdelingStap(zaak.id);
  const casemanagers = useMedewerkers("veilig-opgroeien");
  const kandidaten = (casemanagers.data ?? []).filter((m) => m.vakgroepen.includes("veilig-opgroeien"));
  const [soort, setSoort] = useState<string>(raadplegingKeuzes[0]?.soort ?? "geraadpleegd");
  const [medewerker, setMedewerker] = useState("");
  const [op, setOp] = useState(vandaagIso());
  const [toelichting, setToelichting] = useState("");
  const fouten = veldfouten(stap.error);
  const gekozen = medewerker || kandidaten[0]?.id || "";
  function verstuur() {
    stap.mutate({
      stap: {
        soort: "veilig-opgroeien-raadpleging",
        body: { soort: soort as "geraadpleegd", medewerkerId: gekozen, op, toelichting },
      },
      versie: zaak.versie,
    });
  }
  return (
    <Verzendformulier
      knop="Raadpleging vastleggen"
      appearance="primary-action-button"
      bezig={stap.isPending}
      verstuur={verstuur}
    >
      <Fout fout={stap.error} />
      <Keuzeveld
        id="wv-raadpleging-soort"
        label="Wat is er gebeurd?"
        waarde={soort}
        onChange={setSoort}
        keuzes={raadplegingKeuzes.map((k) => ({ waarde: k.soort, label: k.label }))}
      />
      <Keuzeveld
        id="wv-raadpleging-medewerker"
        label="Casemanager Veilig Opgroeien"
        fout={fouten.medewerkerId}
        waarde={gekozen}
        onChange={setMedewerker}
        keuzes={kandidaten.map((m) => ({ waarde: m.id, label: m.naam }))}
      />
      <Tekstveld
        id="wv-raadpleging-op"
        label="Datum van de raadpleging"
        type="date"
        verplicht
        value={op}
        fout={fouten.op}
        onChange={(e) => setOp(e.currentTarget.value)}
      />
      <Tekstvak
        id="wv-raadpleging-toelichting"
        label="Toelichting op de raadpleging"
        fout={fouten.toelichting}
        waarde={toelichting}
        onChange={setToelichting}
      />
    </Verzendformulier>
  );
}

export function VeiligOpgroeienStatus({ check }: { check: VeiligOpgroeienCheck }) {
  if (!check.nodig) return null;
  if (check.open)
    return (
      <Alert type="warning">
        <Paragraph>Open controle: {check.uitleg}</Paragraph>
      </Alert>
    );
  return (
    <Paragraph>
      Veilig Opgroeien: {check.uitleg}
      {check.raadpleging ? ` (${check.raadpleging.medewerker.naam}: ${check.raadpleging.toelichting})` : ""}
    </Paragraph>
  );
}
