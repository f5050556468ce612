import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  Button,
  ButtonGroup,
  FormField,
  FormLabel,
  Paragraph,
  Textarea,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { type FormEvent, useState } from "react";
import { api, foutmelding } from "../../lib/api";
import { journaalRegel } from "../../lib/contract";
import { Vinkje } from "../../lib/formulier";
import { datumTijd, LaadFout, Laden } from "../../lib/ui";

/** Notes on a zaak; a persoonlijke werkaantekening is visible to its author only. */
export function Journaal({ zaakId }: { zaakId: string }) {
  const client = useQueryClient();
  const regels = useQuery({
    queryKey: ["journaal", zaakId],
    queryFn: ({ signal }) =>
      api(`/zaken/${encodeURIComponent(zaakId)}/journaal`, { schema: journaalRegel.array(), signal }),
  });
  const [tekst, setTekst] = useState("");
  const [persoonlijk, setPersoonlijk] = useState(false);
  const opslaan = useMutation({
    mutationFn: () =>
      api(`/zaken/${encodeURIComponent(zaakId)}/journaal`, {
        method: "POST",
        body: { tekst, zichtbaarheid: persoonlijk ? "werkaantekening" : "dossier" },
        schema: journaalRegel,
      }),
    onSuccess: () => {
      setTekst("");
      void client.invalidateQueries({ queryKey: ["journaal", zaakId] });
    },
  });
  function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (tekst.trim()) opslaan.mutate();
  }
  return (
    <>
      {regels.isPending ? <Laden /> : null}
      {regels.isError ? <LaadFout fout={regels.error} opnieuw={() => void regels.refetch()} /> : null}
      {regels.data && regels.data.length === 0 ? <Paragraph>Nog geen aantekeningen.</Paragraph> : null}
      {regels.data && regels.data.length > 0 ? (
        <UnorderedList>
          {regels.data.map((r) => (
            <UnorderedListItem key={r.id}>
              {datumTijd(r.tijdstip)}, {r.auteur}
              {r.zichtbaarheid === "werkaantekening"
                ? " (persoonlijke werkaantekening, alleen voor u zichtbaar)"
                : ""}
              : {r.tekst}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
      <form onSubmit={verstuur} className="voordeur-formulier" noValidate>
        {opslaan.isError ? (
          <Alert type="error">
            <Paragraph>{foutmelding(opslaan.error)}</Paragraph>
          </Alert>
        ) : null}
        <FormField
          label={<FormLabel htmlFor="journaal-tekst">Aantekening</FormLabel>}
          input={
            <Textarea id="journaal-tekst" value={tekst} onChange={(e) => setTekst(e.currentTarget.value)} />
          }
        />
        <Vinkje
          id="journaal-persoonlijk"
          label="Persoonlijke werkaantekening (alleen voor mij zichtbaar)"
          aan={persoonlijk}
          onChange={setPersoonlijk}
        />
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button" disabled={opslaan.isPending}>
            Aantekening opslaan
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
