import { useMutation, useQuery } from "@tanstack/react-query";
import {
  Alert,
  Button,
  ButtonGroup,
  FormField,
  FormLabel,
  Heading2,
  Paragraph,
  Textarea,
} from "@utrecht/component-library-react";
import { type FormEvent, useState } from "react";
import { useParams } from "react-router";
import { api, foutmelding } from "../../lib/api";
import { inzageDocument, inzageExport } from "../../lib/contract";
import { Vinkje } from "../../lib/formulier";
import { Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";

/** The teamleider composes an inzage (AVG art. 15): a decision per document, a motivation for what is withheld. */
export function InzagePagina() {
  const { id = "" } = useParams();
  const documenten = useQuery({
    queryKey: ["inzage", id],
    queryFn: ({ signal }) =>
      api(`/personen/${encodeURIComponent(id)}/inzage/documenten`, {
        schema: inzageDocument.array(),
        signal,
      }),
  });
  const [uitgesloten, setUitgesloten] = useState<Record<string, boolean>>({});
  const [motivering, setMotivering] = useState<Record<string, string>>({});
  const maak = useMutation({
    mutationFn: () =>
      api(`/personen/${encodeURIComponent(id)}/inzage`, {
        method: "POST",
        body: {
          beslissingen: (documenten.data ?? []).map((d) => ({
            documentId: d.id,
            opnemen: !uitgesloten[d.id],
            ...(uitgesloten[d.id] ? { motivering: motivering[d.id] ?? "" } : {}),
          })),
        },
        schema: inzageExport,
      }),
  });
  function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    maak.mutate();
  }
  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: "Klantdossier", naar: `/personen/${id}` },
          { label: "Inzage" },
        ]}
      />
      <PaginaTitel>Inzage samenstellen</PaginaTitel>
      <Paragraph>
        De inwoner heeft recht op inzage in alle gegevens (AVG artikel 15). Beslis per document; motiveer wat
        u niet verstrekt. Persoonlijke werkaantekeningen vallen er niet onder en staan hier niet.
      </Paragraph>
      {documenten.isPending ? <Laden /> : null}
      {documenten.isError ? (
        <LaadFout fout={documenten.error} opnieuw={() => void documenten.refetch()} />
      ) : null}
      {maak.data ? (
        <Alert type="ok">
          <Paragraph>
            De inzage is vastgelegd.{" "}
            <a className="utrecht-link" href={`/api/inzage/${maak.data.id}/pdf`}>
              Download de inzage als PDF
            </a>
          </Paragraph>
        </Alert>
      ) : null}
      {documenten.data ? (
        <form onSubmit={verstuur} className="voordeur-formulier" noValidate>
          {maak.isError ? (
            <Alert type="error">
              <Paragraph>{foutmelding(maak.error)}</Paragraph>
            </Alert>
          ) : null}
          {documenten.data.length === 0 ? (
            <Paragraph>Er zijn geen documenten; de inzage bevat de persoonsgegevens.</Paragraph>
          ) : null}
          {documenten.data.map((d) => (
            <section key={d.id} aria-labelledby={`doc-${d.id}`}>
              <Heading2 id={`doc-${d.id}`}>
                {d.titel} ({d.datum})
              </Heading2>
              <Paragraph>{d.inhoud}</Paragraph>
              <Vinkje
                id={`uitsluiten-${d.id}`}
                label="Niet verstrekken"
                aan={Boolean(uitgesloten[d.id])}
                onChange={(aan) => setUitgesloten({ ...uitgesloten, [d.id]: aan })}
              />
              {uitgesloten[d.id] ? (
                <FormField
                  label={
                    <FormLabel htmlFor={`motivering-${d.id}`}>Motivering voor niet verstrekken</FormLabel>
                  }
                  input={
                    <Textarea
                      id={`motivering-${d.id}`}
                      value={motivering[d.id] ?? ""}
                      onChange={(e) => setMotivering({ ...motivering, [d.id]: e.currentTarget.value })}
                    />
                  }
                />
              ) : null}
            </section>
          ))}
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" disabled={maak.isPending}>
              Inzage vastleggen
            </Button>
          </ButtonGroup>
        </form>
      ) : null}
    </>
  );
}
