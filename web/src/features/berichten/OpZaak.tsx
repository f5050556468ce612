import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import type { Zaak } from "../../lib/contract";
import { AppLink, LaadFout, Laden } from "../../lib/ui";
import { mag, useIngelogd } from "../sessie/sessie";
import { useBerichten, useVerzoeken } from "./api";
import { BerichtenTabel } from "./BerichtenTabel";
import { Klok } from "./VerzoekenPagina";
import { BerichtStatus } from "./weergave";

/** The Berichten tab of the zaak page: the message log of this zaak and its verzoeken (A&O, beheer, toezicht). */
export function BerichtenOpZaak({ zaak }: { zaak: Zaak }) {
  // Only for those the policy lets read messages (A&O, beheer, toezicht); others never ask.
  const magLezen = mag(useIngelogd(), "berichten", "lezen");
  const berichten = useBerichten({ zaakId: zaak.id, pagina: 1, perPagina: 50 }, magLezen);
  const verzoeken = useVerzoeken(1, zaak.id, magLezen);
  const lijst = berichten.data?.items ?? [];
  const verzoekLijst = verzoeken.data?.items ?? [];
  return (
    <section aria-labelledby="berichten-op-zaak">
      <Heading2 id="berichten-op-zaak">Berichten met aanbieders</Heading2>
      {magLezen ? null : <Paragraph>De berichten met aanbieders zien A&amp;O, beheer en toezicht.</Paragraph>}
      {berichten.isPending && magLezen ? <Laden /> : null}
      {berichten.isError ? (
        <LaadFout fout={berichten.error} opnieuw={() => void berichten.refetch()} />
      ) : null}
      {verzoekLijst.length > 0 ? (
        <UnorderedList>
          {verzoekLijst.map((v) => (
            <UnorderedListItem key={v.id}>
              <AppLink to={`/berichten/verzoeken/${v.id}`}>Verzoek om {v.soort}</AppLink> van{" "}
              {v.aanbieder ?? v.aanbiederAgb}: <BerichtStatus status={v.status} /> <Klok verzoek={v} />
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
      {lijst.length > 0 ? (
        <BerichtenTabel berichten={lijst} bijschrift={`Berichten van zaak ${zaak.zaaknummer}`} />
      ) : null}
      {magLezen && berichten.isSuccess && lijst.length === 0 ? (
        <Paragraph>Er zijn nog geen berichten over deze zaak.</Paragraph>
      ) : null}
    </section>
  );
}
