/** Status of the plan and its next steps: definitief, ter ondertekening (letter), ondertekening, teamleider's signature. */
import {
  Alert,
  Button,
  ButtonGroup,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { type FormEvent, useState } from "react";
import { foutmelding } from "../../lib/api";
import { leesBase64 } from "../../lib/bestand";
import type { ResultatenplanDetail } from "../../lib/contract";
import { vandaagIso } from "../../lib/datum";
import { Keuzerondjes, Tekstvak, Tekstveld } from "../../lib/formulier";
import { datumTijd } from "../../lib/ui";
import { mag, useIngelogd } from "../sessie/sessie";
import { usePlanActie } from "./api";
import { PLAN_STATUS_TEKST } from "./weergave";

function Ondertekening({ zaakId, plan }: { zaakId: string; plan: ResultatenplanDetail }) {
  const actie = usePlanActie(zaakId, plan);
  const [wijze, setWijze] = useState<"persoonlijk" | "scan">("persoonlijk");
  const [datum, setDatum] = useState(vandaagIso());
  const [toelichting, setToelichting] = useState("");
  const [bestand, setBestand] = useState<File | null>(null);
  async function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const scan =
      wijze === "scan" && bestand
        ? {
            bestandsnaam: bestand.name,
            contentType: bestand.type as "application/pdf",
            inhoudBase64: await leesBase64(bestand),
          }
        : null;
    actie.mutate({
      soort: "ondertekening",
      verzoek: { wijze, datum, toelichting: toelichting || null, scan },
    });
  }
  return (
    <form onSubmit={verstuur} className="voordeur-formulier" noValidate aria-labelledby="ondertekening-kop">
      <Heading3 id="ondertekening-kop">Ondertekening registreren</Heading3>
      <Paragraph>
        Het ondertekende plan is de aanvraag: de beslistermijn start op de datum van ondertekening en de zaak
        gaat naar A&amp;O.
      </Paragraph>
      {actie.isError ? (
        <Alert type="error">
          <Paragraph>{foutmelding(actie.error)}</Paragraph>
        </Alert>
      ) : null}
      <Keuzerondjes
        id="ondertekening-wijze"
        legenda="Hoe is het plan ondertekend?"
        keuzes={[
          { waarde: "persoonlijk", label: "Persoonlijk ondertekend bij de medewerker" },
          { waarde: "scan", label: "Ondertekende scan ontvangen" },
        ]}
        waarde={wijze}
        onChange={(w) => setWijze(w as "persoonlijk" | "scan")}
      />
      <Tekstveld
        id="ondertekening-datum"
        type="date"
        label="Datum van ondertekening"
        verplicht
        value={datum}
        onChange={(e) => setDatum(e.currentTarget.value)}
      />
      {wijze === "scan" ? (
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="ondertekening-scan">
            Scan van het ondertekende plan (pdf, png of jpeg, max. 5 MB)
          </label>
          <input
            id="ondertekening-scan"
            type="file"
            accept="application/pdf,image/png,image/jpeg"
            onChange={(e) => setBestand(e.currentTarget.files?.[0] ?? null)}
          />
        </div>
      ) : null}
      <Tekstvak
        id="ondertekening-toelichting"
        label="Toelichting ondertekening"
        waarde={toelichting}
        onChange={setToelichting}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={actie.isPending}>
          Ondertekening registreren
        </Button>
      </ButtonGroup>
    </form>
  );
}

function Goedkeuring({ zaakId, plan }: { zaakId: string; plan: ResultatenplanDetail }) {
  const actie = usePlanActie(zaakId, plan);
  const [motivering, setMotivering] = useState("");
  const soorten = [
    ...(plan.inhoud.omgekeerdeToets?.afwijking ? (["afwijking"] as const) : []),
    ...(plan.inhoud.individueleOvereenkomst ? (["individuele-overeenkomst"] as const) : []),
  ].filter((s) => !plan.goedkeuringen.some((g) => g.soort === s));
  if (soorten.length === 0) return null;
  return (
    <section aria-labelledby="goedkeuring-kop">
      <Heading3 id="goedkeuring-kop">Handtekening teamleider</Heading3>
      {actie.isError ? (
        <Alert type="error">
          <Paragraph>{foutmelding(actie.error)}</Paragraph>
        </Alert>
      ) : null}
      <Tekstvak
        id="goedkeuring-motivering"
        label="Motivering van de teamleider"
        waarde={motivering}
        onChange={setMotivering}
      />
      <ButtonGroup>
        {soorten.map((soort) => (
          <Button
            key={soort}
            appearance="secondary-action-button"
            disabled={actie.isPending}
            onClick={() => actie.mutate({ soort: "goedkeuring", body: { soort, motivering } })}
          >
            {soort === "afwijking" ? "Afwijking ondertekenen" : "Individuele overeenkomst goedkeuren"}
          </Button>
        ))}
      </ButtonGroup>
    </section>
  );
}

const ONDERTEKEND_WIJZE = {
  scan: "scan",
  persoonlijk: "persoonlijk",
  digitaal: "digitaal in Mijn Voordeur",
} as const;

export function PlanStappen({ zaakId, plan }: { zaakId: string; plan: ResultatenplanDetail }) {
  const actie = usePlanActie(zaakId, plan);
  const sessie = useIngelogd();
  return (
    <section aria-labelledby="plan-status-kop">
      <Heading3 id="plan-status-kop">Status</Heading3>
      <Paragraph>
        Status: {PLAN_STATUS_TEKST[plan.status]} · versie {plan.versie} · Resultatenmatrix versie{" "}
        {plan.matrixVersie.versie}
        {plan.matrixVersie.voorbeeld ? " (voorbeeldmatrix)" : ""}
      </Paragraph>
      {plan.openPunten.length > 0 ? (
        <>
          <Paragraph>Nog nodig voordat het plan definitief kan worden:</Paragraph>
          <UnorderedList>
            {plan.openPunten.map((p) => (
              <UnorderedListItem key={`${p.regel}-${p.veld}`}>{p.melding}</UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
      {plan.goedkeuringen.length > 0 ? (
        <UnorderedList>
          {plan.goedkeuringen.map((g) => (
            <UnorderedListItem key={g.id}>
              {g.soort === "afwijking" ? "Afwijking ondertekend" : "Individuele overeenkomst goedgekeurd"}{" "}
              door {g.gegevenDoor} op {datumTijd(g.gegevenOp)}: {g.motivering}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
      {plan.ondertekening ? (
        <Paragraph>
          Ondertekend op {plan.ondertekening.datum} ({ONDERTEKEND_WIJZE[plan.ondertekening.wijze]}).
          {plan.ondertekening.documentId ? (
            <>
              {" "}
              <a className="utrecht-link" href={`/api/documenten/${plan.ondertekening.documentId}/inhoud`}>
                Ondertekende scan openen
              </a>
            </>
          ) : null}
        </Paragraph>
      ) : null}
      {plan.briefDocumentId ? (
        <Paragraph>
          <a className="utrecht-link" href={`/api/documenten/${plan.briefDocumentId}/inhoud`}>
            Brief met het plan ter ondertekening (pdf)
          </a>
        </Paragraph>
      ) : null}
      {actie.isError ? (
        <Alert type="error">
          <Paragraph>{foutmelding(actie.error)}</Paragraph>
        </Alert>
      ) : null}
      <ButtonGroup>
        {plan.status === "concept" ? (
          <Button
            appearance="primary-action-button"
            disabled={actie.isPending}
            onClick={() => actie.mutate({ soort: "definitief" })}
          >
            Plan definitief maken
          </Button>
        ) : null}
        {plan.status === "definitief" ? (
          <Button
            appearance="secondary-action-button"
            disabled={actie.isPending}
            onClick={() => actie.mutate({ soort: "ter-ondertekening" })}
          >
            Brief ter ondertekening maken
          </Button>
        ) : null}
      </ButtonGroup>
      {mag(sessie, "goedkeuring", "aanmaken") ? <Goedkeuring zaakId={zaakId} plan={plan} /> : null}
      {plan.status === "definitief" || plan.status === "ter-ondertekening" ? (
        <Ondertekening zaakId={zaakId} plan={plan} />
      ) : null}
    </section>
  );
}
