/** The gemeente's routing model on the beheer page: the Assen model (voorliggend veld first) on or off. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { z } from "zod";
import { api } from "../../lib/api";
import { Keuzerondjes, Verzendformulier } from "../../lib/formulier";
import { Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";

const model = z.object({ voorliggendVeldEerst: z.boolean() });
const KEUZES = [
  { waarde: "ja", label: "Ja: eerst naar het buurtteam en het voorliggend veld (zoals in Assen)" },
  { waarde: "nee", label: "Nee: rechtstreeks naar het team van de gemeente" },
];

/** Beheer page /beheer/routering. */
export function RouteringsmodelPagina() {
  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: "Beheer", naar: "/beheer" },
          { label: "Routering" },
        ]}
      />
      <PaginaTitel>Routering van nieuwe aanmeldingen</PaginaTitel>
      <Routeringsmodel />
    </>
  );
}

function Routeringsmodel() {
  const client = useQueryClient();
  const huidig = useQuery({
    queryKey: ["beheer", "routeringsmodel"],
    queryFn: ({ signal }) => api("/beheer/routeringsmodel", { schema: model, signal }),
  });
  const zet = useMutation({
    mutationFn: (voorliggendVeldEerst: boolean) =>
      api("/beheer/routeringsmodel", { method: "PUT", body: { voorliggendVeldEerst }, schema: model }),
    onSuccess: (data) => client.setQueryData(["beheer", "routeringsmodel"], data),
  });
  const [keuze, setKeuze] = useState<string>();
  if (huidig.isPending) return <Laden />;
  if (huidig.isError) return <LaadFout fout={huidig.error} opnieuw={() => void huidig.refetch()} />;
  const waarde = keuze ?? (huidig.data.voorliggendVeldEerst ? "ja" : "nee");
  return (
    <>
      <Paragraph>
        Gaan vragen over Wmo en Jeugd eerst naar het buurtteam? Eenvoudige enkelvoudige vragen, dringende
        specialistische hulp en crises gaan altijd direct naar de gemeente.
      </Paragraph>
      <Verzendformulier
        label="Routering"
        knop="Routering opslaan"
        bezig={zet.isPending}
        verstuur={() => zet.mutate(waarde === "ja", { onSuccess: () => setKeuze(undefined) })}
      >
        <Keuzerondjes
          id="routeringsmodel"
          legenda="Eerst naar het buurtteam?"
          keuzes={KEUZES}
          waarde={waarde}
          onChange={setKeuze}
        />
      </Verzendformulier>
      <p role="status">{zet.isSuccess ? "De routering is opgeslagen." : ""}</p>
    </>
  );
}
