/**
 * Klantdossier → "Ophalen uit de BRP" (doel: dossier bijwerken): the BRP's data beside the dossier; "Overnemen in
 * het dossier" saves name, birth date, sex and address with the dossier's versie (If-Match). Relations are shown
 * with a link when the relative is in the klantdossier; they are recorded with "Relatie toevoegen".
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { api } from "../../lib/api";
import { type Klantdossier, klantdossier } from "../../lib/contract";
import { BrpFoutmelding, BrpKnop, BrpUittreksel, brpKop, useBrpRaadplegen } from "./BrpGegevens";

export function BrpBijwerken({ d }: { d: Klantdossier }) {
  const brp = useBrpRaadplegen();
  const client = useQueryClient();
  const [klaar, setKlaar] = useState<string>();
  const opslaan = useMutation({
    mutationFn: (body: object) =>
      api(`/personen/${encodeURIComponent(d.id)}`, {
        method: "PATCH",
        body,
        ifMatch: d.versie,
        schema: klantdossier,
      }),
    onSuccess: (nieuw) => client.setQueryData(["personen", d.id], nieuw),
  });
  if (!d.bsnGemaskeerd) {
    return <Paragraph>Zonder BSN kan de BRP niet worden geraadpleegd.</Paragraph>;
  }
  const antwoord = brp.data;

  function neemOver() {
    if (!antwoord) return;
    const p = antwoord.persoon;
    const a = p.adres;
    const body = {
      ...(p.voornamen ? { voornamen: p.voornamen } : {}),
      voorvoegsel: p.voorvoegsel ?? "",
      ...(p.geslachtsnaam ? { geslachtsnaam: p.geslachtsnaam } : {}),
      ...(p.geboortedatum ? { geboortedatum: p.geboortedatum } : {}),
      ...(p.geslacht ? { geslacht: p.geslacht } : {}),
      geheimhouding: p.geheimhouding,
      ...(a
        ? {
            adres: {
              ...(a.straat ? { straat: a.straat } : {}),
              huisnummer: a.huisnummer,
              ...(a.huisletter ? { huisletter: a.huisletter } : {}),
              ...(a.toevoeging ? { toevoeging: a.toevoeging } : {}),
              postcode: a.postcode,
              woonplaats: a.woonplaats,
            },
          }
        : {}),
    };
    const kop = brpKop(antwoord.opgehaaldOp);
    opslaan.mutate(body, {
      onSuccess: () => {
        setKlaar(`${kop} zijn in het dossier overgenomen.`);
        brp.reset();
      },
    });
  }

  return (
    <>
      <BrpKnop
        bezig={brp.isPending}
        onClick={() => {
          setKlaar(undefined);
          opslaan.reset();
          brp.mutate({ doel: "dossier-bijwerken", persoonId: d.id });
        }}
      />
      {klaar ? <Paragraph role="status">{klaar}</Paragraph> : null}
      {brp.isError ? <BrpFoutmelding fout={brp.error} /> : null}
      {opslaan.isError ? <BrpFoutmelding fout={opslaan.error} /> : null}
      {antwoord ? (
        <BrpUittreksel
          antwoord={antwoord}
          kopId="brp-dossier-kop"
          overnemen={{
            tekst: "Overnemen in het dossier",
            bezig: opslaan.isPending,
            onOvernemen: neemOver,
            onNiet: () => brp.reset(),
          }}
        />
      ) : null}
    </>
  );
}
