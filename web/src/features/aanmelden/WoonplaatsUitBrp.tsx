/**
 * Woonplaatsbeginsel from the BRP (doel: woonplaatsbeginsel, only the fields for it): the gemeente of the child's
 * woonadres (Jeugdwet art. 1.1, woonplaats 1°) fills "Staat het kind in de BRP ingeschreven in onze gemeente?".
 * The address just before a stay elsewhere (2°) needs the BRP verblijfplaatshistorie, not part of the Personen
 * API: the medewerker fills that in.
 */
import { Paragraph } from "@utrecht/component-library-react";
import { normaliseerGemeentecode } from "../../../../src/domain/routering/woonplaatsbeginsel";
import { BrpFoutmelding, BrpKnop, brpKop, useBrpRaadplegen } from "../personen/BrpGegevens";
import { useIngelogd } from "../sessie/sessie";

export function WoonplaatsUitBrp({
  persoonId,
  naam,
  onGemeente,
}: {
  persoonId: string;
  naam: string;
  onGemeente: (eigen: boolean, gemeente: string) => void;
}) {
  const sessie = useIngelogd();
  const brp = useBrpRaadplegen();
  const w = brp.data?.woonplaats;
  return (
    <>
      <BrpKnop
        bezig={brp.isPending}
        tekst={`BRP-gemeente van ${naam} ophalen uit de BRP`}
        onClick={() =>
          brp.mutate(
            { doel: "woonplaatsbeginsel", persoonId },
            {
              onSuccess: ({ woonplaats }) => {
                if (!woonplaats.brpGemeente) return onGemeente(false, "");
                const eigen =
                  normaliseerGemeentecode(woonplaats.brpGemeente) ===
                  normaliseerGemeentecode(sessie.gemeente.code);
                onGemeente(eigen, eigen ? "" : woonplaats.brpGemeente);
              },
            },
          )
        }
      />
      {brp.isError ? <BrpFoutmelding fout={brp.error} /> : null}
      {brp.data && w ? (
        <Paragraph role="status">
          {brpKop(brp.data.opgehaaldOp)}: {w.toelichting} ({w.bron})
        </Paragraph>
      ) : null}
    </>
  );
}
