import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { SCHOOL_SOORT_LABELS, SCHOOL_SOORTEN } from "../../../../src/domain/jeugd/jeugd";
import {
  Keuzelijst,
  Keuzerondjes,
  keuzesUit,
  OpslaanFormulier,
  Tekstveld,
  uitkomstVanWeigering,
} from "../../lib/formulier";
import { GeenToegangMelding, Kruimelpad, LaadFout, Laden, PaginaTitel, Tabel } from "../../lib/ui";
import { useScholen, useSchoolOpslaan } from "./api";

const LEEG = { brin: "", naam: "", soort: "po", smwIds: [] as string[] };

/**
 * The schools of the gemeente with their schoolmaatschappelijk werkers (issue 15, policy rule 25b): the beheerder
 * adds a school (BRIN, name, kind), links the SMW'ers, and ends or reopens one (If-Match); a school is never deleted.
 */
export function ScholenPagina() {
  const scholen = useScholen();
  const opslaan = useSchoolOpslaan();
  const [invoer, setInvoer] = useState(LEEG);
  if (scholen.isPending) return <Laden />;
  if (scholen.isError) return <LaadFout fout={scholen.error} />;
  const { data } = scholen;
  if (!data.kanBeheren) return <GeenToegangMelding />;
  return (
    <>
      <Kruimelpad
        kruimels={[{ label: "Start", naar: "/" }, { label: "Beheer", naar: "/beheer" }, { label: "Scholen" }]}
      />
      <PaginaTitel>Scholen en schoolmaatschappelijk werkers</PaginaTitel>
      <Paragraph>
        Een schoolmaatschappelijk werker registreert korte contacten en trainingen bij de scholen waaraan hij
        of zij gekoppeld is. Een school wordt niet verwijderd, maar beëindigd.
      </Paragraph>
      <Tabel
        bijschrift="Scholen"
        koppen={["School", "BRIN", "Soort", "Schoolmaatschappelijk werkers", "Status", "Actie"]}
        rijen={data.scholen.map((s) => ({
          sleutel: s.id,
          cellen: [
            s.naam,
            s.brin,
            s.soortLabel,
            s.smw.map((m) => m.naam).join(", ") || "—",
            s.actief ? "Actief" : "Beëindigd",
            <Button
              key="actie"
              appearance="subtle-button"
              disabled={opslaan.isPending}
              aria-label={`${s.actief ? "Beëindig" : "Heropen"} ${s.naam}`}
              onClick={() =>
                opslaan.mutate({
                  id: s.id,
                  versie: s.versie,
                  body: { naam: s.naam, soort: s.soort, smwIds: s.smw.map((m) => m.id), actief: !s.actief },
                })
              }
            >
              {s.actief ? "Beëindigen" : "Heropenen"}
            </Button>,
          ],
        }))}
      />
      <Heading2>School toevoegen</Heading2>
      <OpslaanFormulier
        label="School toevoegen"
        knop="School toevoegen"
        gelukt="De school is toegevoegd."
        velden={{
          brin: { label: "BRIN-code", id: "school-brin" },
          naam: { label: "Naam van de school", id: "school-naam" },
          soort: { label: "Soort school", id: "school-soort" },
          smwIds: { label: "Schoolmaatschappelijk werkers", id: "school-smw" },
        }}
        uitkomst={uitkomstVanWeigering}
        opslaan={async () => {
          await opslaan.mutateAsync({ body: invoer });
          setInvoer(LEEG);
        }}
      >
        {(fouten) => (
          <>
            <Tekstveld
              id="school-brin"
              label="BRIN-code"
              beschrijving="Twee cijfers en twee letters, bijvoorbeeld 04KL."
              verplicht
              value={invoer.brin}
              fout={fouten.brin}
              onChange={(e) => setInvoer({ ...invoer, brin: e.currentTarget.value })}
            />
            <Tekstveld
              id="school-naam"
              label="Naam van de school"
              verplicht
              value={invoer.naam}
              fout={fouten.naam}
              onChange={(e) => setInvoer({ ...invoer, naam: e.currentTarget.value })}
            />
            <Keuzerondjes
              id="school-soort"
              legenda="Soort school"
              keuzes={keuzesUit(SCHOOL_SOORT_LABELS, SCHOOL_SOORTEN)}
              waarde={invoer.soort}
              fout={fouten.soort}
              onChange={(soort) => setInvoer({ ...invoer, soort })}
            />
            <Keuzelijst
              id="school-smw"
              legenda="Schoolmaatschappelijk werkers"
              keuzes={data.kandidaten.map((k) => ({ waarde: k.id, label: k.naam }))}
              gekozen={invoer.smwIds}
              fout={fouten.smwIds}
              onChange={(smwIds) => setInvoer({ ...invoer, smwIds })}
            />
          </>
        )}
      </OpslaanFormulier>
    </>
  );
}
