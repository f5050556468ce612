/**
 * In the Documenten tab: documents asked of the resident (Mijn Voordeur). The consulent asks with a description and
 * an optional date; the resident gets a message and uploads it; the list says what came in.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Heading2,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useState } from "react";
import { z } from "zod";
import { datumVoluit } from "../../../../src/domain/documenten/brief";
import { api } from "../../lib/api";
import { documentverzoek, type Zaak } from "../../lib/contract";
import { Tekstveld, uitkomstVanWeigering, Verzendformulier } from "../../lib/formulier";
import { datumTijd, LaadFout, Laden } from "../../lib/ui";

export function DocumentverzoekenOpZaak({ zaak }: { zaak: Zaak }) {
  const client = useQueryClient();
  const sleutel = ["zaken", zaak.id, "documentverzoeken"];
  const lijst = useQuery({
    queryKey: sleutel,
    queryFn: ({ signal }) =>
      api(`/zaken/${encodeURIComponent(zaak.id)}/documentverzoeken`, {
        schema: z.array(documentverzoek),
        signal,
      }),
  });
  const vraag = useMutation({
    mutationFn: (body: { omschrijving: string; uiterlijk: string | null }) =>
      api(`/zaken/${encodeURIComponent(zaak.id)}/documentverzoeken`, { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["zaken", zaak.id] }),
  });
  const [omschrijving, setOmschrijving] = useState("");
  const [uiterlijk, setUiterlijk] = useState("");
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [gelukt, setGelukt] = useState(false);

  async function verstuur() {
    setGelukt(false);
    try {
      await vraag.mutateAsync({ omschrijving, uiterlijk: uiterlijk || null });
      setOmschrijving("");
      setUiterlijk("");
      setFouten({});
      setGelukt(true);
    } catch (fout) {
      setFouten(uitkomstVanWeigering(fout).veldfouten);
    }
  }

  return (
    <section aria-labelledby="documentverzoeken-op-zaak">
      <Heading2 id="documentverzoeken-op-zaak">Opgevraagd bij de inwoner</Heading2>
      {lijst.isPending ? <Laden /> : null}
      {lijst.isError ? <LaadFout fout={lijst.error} opnieuw={() => void lijst.refetch()} /> : null}
      {lijst.data && lijst.data.length === 0 ? (
        <Paragraph>Er is nog geen document opgevraagd.</Paragraph>
      ) : null}
      {lijst.data && lijst.data.length > 0 ? (
        <UnorderedList>
          {lijst.data.map((v) => (
            <UnorderedListItem key={v.id}>
              {v.omschrijving}
              {v.uiterlijk ? ` (uiterlijk ${datumVoluit(v.uiterlijk)})` : ""}, gevraagd door {v.gevraagdDoor}:{" "}
              {v.documentId && v.aangeleverdOp ? (
                <>
                  gestuurd op {datumTijd(v.aangeleverdOp)},{" "}
                  <Link
                    href={`/api/documenten/${encodeURIComponent(v.documentId)}/inhoud`}
                    target="_blank"
                    rel="noopener"
                  >
                    document openen
                  </Link>
                </>
              ) : (
                "nog niet gestuurd"
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
      <Verzendformulier
        label="Document opvragen"
        knop="Document opvragen"
        bezig={vraag.isPending}
        verstuur={() => void verstuur()}
      >
        <Tekstveld
          id="documentverzoek-omschrijving"
          label="Welk document"
          beschrijving="In de woorden van de inwoner, bijvoorbeeld: uw loonstrook van november. De inwoner krijgt een bericht in Mijn Voordeur."
          verplicht
          value={omschrijving}
          onChange={(e) => setOmschrijving(e.currentTarget.value)}
          fout={fouten.omschrijving}
        />
        <Tekstveld
          id="documentverzoek-uiterlijk"
          type="date"
          label="Uiterlijk (niet verplicht)"
          value={uiterlijk}
          onChange={(e) => setUiterlijk(e.currentTarget.value)}
          fout={fouten.uiterlijk}
        />
      </Verzendformulier>
      <p role="status">{gelukt ? "Het document is opgevraagd." : ""}</p>
    </section>
  );
}
