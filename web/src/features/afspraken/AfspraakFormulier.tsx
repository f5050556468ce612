import { Alert, Heading3, Link, Paragraph } from "@utrecht/component-library-react";
import { useRef, useState } from "react";
import { vandaag } from "../../../../src/lib/klok";
import { isApiFout } from "../../lib/api";
import type { Afspraak } from "../../lib/contract";
import {
  Foutoverzicht,
  Keuzeveld,
  Tekstvak,
  Tekstveld,
  type Veldfouten,
  Verzendformulier,
  veldfoutenUit,
} from "../../lib/formulier";
import { useAgendaMedewerkers, useBoekAfspraak, useLocaties, useMij, useOntvanger } from "./api";
import { datumMetWeekdag, documentUrl, mailStatusTekst, verschuif, weekdagVan } from "./weergave";

/** The next working day (Mon–Fri) after today, as a sensible default date. */
function volgendeWerkdag(): string {
  let d = verschuif(vandaag(), 1);
  while (weekdagVan(d) > 5) d = verschuif(d, 1);
  return d;
}

const VELDEN = {
  datum: { label: "Datum", id: "afspraak-datum" },
  begintijd: { label: "Begintijd", id: "afspraak-begintijd" },
  eindtijd: { label: "Eindtijd", id: "afspraak-eindtijd" },
  locatieId: { label: "Locatie", id: "afspraak-locatie" },
  medewerkerId: { label: "Medewerker", id: "afspraak-medewerker" },
  onderwerp: { label: "Onderwerp/toelichting", id: "afspraak-onderwerp" },
  email: { label: "E-mailadres voor de bevestiging", id: "afspraak-email" },
};

/** Book an appointment for this zaak; afterwards shows the appointment, its letter and the mail status. */
export function AfspraakFormulier({ zaakId }: { zaakId: string }) {
  const mij = useMij();
  const locaties = useLocaties();
  const medewerkers = useAgendaMedewerkers();
  const ontvanger = useOntvanger(zaakId);
  const boek = useBoekAfspraak(zaakId);
  const [datum, setDatum] = useState(volgendeWerkdag);
  const [begintijd, setBegintijd] = useState("10:00");
  const [eindtijd, setEindtijd] = useState("11:00");
  const [locatieId, setLocatieId] = useState("");
  const [medewerkerId, setMedewerkerId] = useState("");
  const [onderwerp, setOnderwerp] = useState("");
  const [email, setEmail] = useState("");
  const [fouten, setFouten] = useState<Veldfouten>({});
  const [melding, setMelding] = useState<string>();
  const [gemaakt, setGemaakt] = useState<Afspraak>();
  const overzicht = useRef<HTMLDivElement>(null);
  const bevestiging = useRef<HTMLDivElement>(null);

  const locatieKeuzes = (locaties.data?.items ?? []).map((l) => ({
    waarde: l.id,
    label: l.capaciteit === 1 ? `${l.naam} (één gesprek tegelijk)` : l.naam,
  }));
  const gekozenLocatie = locatieId || locatieKeuzes[0]?.waarde || "";
  const ik = medewerkerId || mij.data?.id || "";

  async function verstuur() {
    const lokaal: Veldfouten = {};
    if (!onderwerp.trim()) lokaal.onderwerp = "Geef het onderwerp van de afspraak";
    if (!datum) lokaal.datum = "Kies een datum";
    if (Object.keys(lokaal).length > 0) {
      setFouten(lokaal);
      setMelding(undefined);
      requestAnimationFrame(() => overzicht.current?.focus());
      return;
    }
    try {
      const afspraak = await boek.mutateAsync({
        datum,
        begintijd,
        eindtijd,
        locatieId: gekozenLocatie,
        onderwerp,
        ...(ik ? { medewerkerId: ik } : {}),
        ...(email.trim() ? { email: email.trim() } : {}),
      });
      setFouten({});
      setMelding(undefined);
      setGemaakt(afspraak);
      setOnderwerp("");
      requestAnimationFrame(() => bevestiging.current?.focus());
    } catch (fout) {
      setGemaakt(undefined);
      setFouten(isApiFout(fout) ? veldfoutenUit(fout.errors) : {});
      setMelding(isApiFout(fout) ? fout.detail : "Het maken van de afspraak is niet gelukt.");
      requestAnimationFrame(() => overzicht.current?.focus());
    }
  }

  const ontvangerTekst = ontvanger.data
    ? ontvanger.data.naam
      ? `De bevestiging gaat naar ${ontvanger.data.naam} (${ontvanger.data.reden})${ontvanger.data.email ? `, per e-mail naar ${ontvanger.data.email}` : "; er is geen e-mailadres bekend"}. Vul een ander adres in om de e-mail daarheen te sturen.`
      : ontvanger.data.reden
    : undefined;

  return (
    <>
      {gemaakt ? (
        <div ref={bevestiging} tabIndex={-1} className="voordeur-focusdoel">
          <Alert type="ok" role="status">
            <Paragraph>
              Afspraak gemaakt op {datumMetWeekdag(gemaakt.datum)} van {gemaakt.begintijd} tot{" "}
              {gemaakt.eindtijd} met {gemaakt.medewerker.naam} ({gemaakt.locatie.naam}).
            </Paragraph>
            {gemaakt.documentId ? (
              <Paragraph>
                <Link href={documentUrl(gemaakt.documentId)} target="_blank" rel="noopener">
                  Bevestigingsbrief (PDF)
                </Link>
              </Paragraph>
            ) : null}
            <Paragraph>{mailStatusTekst(gemaakt)}.</Paragraph>
          </Alert>
        </div>
      ) : null}
      <Heading3>Nieuwe afspraak</Heading3>
      <Foutoverzicht ref={overzicht} fouten={fouten} velden={VELDEN} melding={melding} />
      <Verzendformulier
        label="Afspraak maken"
        knop="Afspraak maken"
        appearance="primary-action-button"
        bezig={boek.isPending}
        verstuur={verstuur}
      >
        <Tekstveld
          id={VELDEN.datum.id}
          label="Datum"
          type="date"
          verplicht
          value={datum}
          onChange={(e) => setDatum(e.currentTarget.value)}
          fout={fouten.datum}
        />
        <Tekstveld
          id={VELDEN.begintijd.id}
          label="Begintijd"
          type="time"
          verplicht
          value={begintijd}
          onChange={(e) => setBegintijd(e.currentTarget.value)}
          fout={fouten.begintijd}
        />
        <Tekstveld
          id={VELDEN.eindtijd.id}
          label="Eindtijd"
          type="time"
          verplicht
          value={eindtijd}
          onChange={(e) => setEindtijd(e.currentTarget.value)}
          fout={fouten.eindtijd}
        />
        <Keuzeveld
          id={VELDEN.locatieId.id}
          label="Locatie"
          keuzes={locatieKeuzes}
          waarde={gekozenLocatie}
          onChange={setLocatieId}
          fout={fouten.locatieId}
        />
        <Keuzeveld
          id={VELDEN.medewerkerId.id}
          label="Medewerker"
          beschrijving="Met wie de inwoner de afspraak heeft; standaard uzelf."
          keuzes={(medewerkers.data ?? []).map((m) => ({
            waarde: m.id,
            label: m.id === mij.data?.id ? `${m.naam} (ik)` : m.naam,
          }))}
          waarde={ik}
          onChange={setMedewerkerId}
          fout={fouten.medewerkerId}
        />
        <Tekstvak
          id={VELDEN.onderwerp.id}
          label="Onderwerp/toelichting"
          beschrijving="Komt in de bevestigingsbrief aan de inwoner."
          waarde={onderwerp}
          onChange={setOnderwerp}
          fout={fouten.onderwerp}
        />
        <Tekstveld
          id={VELDEN.email.id}
          label="E-mailadres voor de bevestiging"
          type="email"
          autoComplete="off"
          beschrijving={ontvangerTekst}
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          fout={fouten.email}
        />
      </Verzendformulier>
    </>
  );
}
