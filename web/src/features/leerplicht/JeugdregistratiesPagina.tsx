import { Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import {
  POH_UITKOMST_LABELS,
  POH_UITKOMSTEN,
  SMW_SOORT_LABELS,
  SMW_SOORTEN,
  VERWIJZING_LABELS,
  VERWIJZINGEN,
} from "../../../../src/domain/jeugd/jeugd";
import { isApiFout } from "../../lib/api";
import {
  DatumTotVandaag,
  Keuzerondjes,
  keuzesUit,
  OpslaanFormulier,
  Tekstveld,
  uitkomstVanWeigering,
} from "../../lib/formulier";
import { LaadFout, Laden, PaginaTitel, Tabel } from "../../lib/ui";
import { useJeugdRegistreren, usePohOverzicht, useSmwOverzicht } from "./api";

const vandaagIso = () => new Date().toLocaleDateString("sv-SE");

/**
 * Schoolmaatschappelijk werk and POH-jeugd (issue 15, seed 004 §5.2–5.3): what they registered, counted per school
 * and per huisartsenpraktijk, and the form to register one more. Each part shows only for those who may see it
 * (policy rules 25c/25d: the SMW'ers, the POH-jeugd and the teamleider); no personal data is asked.
 */
export function JeugdregistratiesPagina() {
  const smw = useSmwOverzicht();
  const poh = usePohOverzicht();
  const geweigerd = (fout: unknown) => isApiFout(fout) && fout.status === 403;
  if (smw.isPending || poh.isPending) return <Laden />;
  const geenSmw = smw.isError && geweigerd(smw.error);
  const geenPoh = poh.isError && geweigerd(poh.error);
  return (
    <>
      <PaginaTitel>Schoolmaatschappelijk werk en POH-jeugd</PaginaTitel>
      <Paragraph>
        Lichte, korte ondersteuning dichtbij: op school en bij de huisarts. De aantallen laten zien hoeveel
        jeugdigen zo geholpen zijn zonder verwijzing naar de Toegang.
      </Paragraph>
      {geenSmw && geenPoh ? (
        <Paragraph>
          Deze registraties zijn voor het schoolmaatschappelijk werk, de POH-jeugd en de teamleider.
        </Paragraph>
      ) : null}
      {smw.isError && !geenSmw ? <LaadFout fout={smw.error} /> : null}
      {smw.data ? <Schoolmaatschappelijk overzicht={smw.data} /> : null}
      {poh.isError && !geenPoh ? <LaadFout fout={poh.error} /> : null}
      {poh.data ? <PohJeugd overzicht={poh.data} /> : null}
    </>
  );
}

type SmwOverzicht = NonNullable<ReturnType<typeof useSmwOverzicht>["data"]>;
type PohOverzicht = NonNullable<ReturnType<typeof usePohOverzicht>["data"]>;

function Schoolmaatschappelijk({ overzicht }: { overzicht: SmwOverzicht }) {
  const registreren = useJeugdRegistreren("smw");
  const leeg = {
    schoolId: overzicht.mijnScholen[0]?.id ?? "",
    soort: "kort-contact",
    datum: vandaagIso(),
    deelnemers: "1",
    onderwerp: "",
  };
  const [invoer, setInvoer] = useState(leeg);
  return (
    <section aria-labelledby="smw-kop">
      <Heading2 id="smw-kop">Schoolmaatschappelijk werk</Heading2>
      <Tabel
        bijschrift="Korte contacten en trainingen per school"
        koppen={[
          "School",
          "BRIN",
          "Soort",
          "Schoolmaatschappelijk werkers",
          "Korte contacten",
          "Trainingen",
          "Deelnemers",
        ]}
        rijen={overzicht.perSchool.map((r) => ({
          sleutel: r.school.id,
          cellen: [
            r.school.naam,
            r.school.brin,
            r.school.soortLabel,
            r.smw.join(", ") || "—",
            r.korteContacten,
            r.trainingen,
            r.deelnemers,
          ],
        }))}
      />
      {overzicht.mijnScholen.length > 0 ? (
        <Heading3>Een kort contact of training registreren</Heading3>
      ) : null}
      {overzicht.mijnScholen.length > 0 ? (
        <OpslaanFormulier
          label="Kort contact of training registreren"
          knop="Registreren"
          gelukt="Geregistreerd."
          velden={{
            schoolId: { label: "School", id: "smw-school" },
            soort: { label: "Soort", id: "smw-soort" },
            datum: { label: "Datum", id: "smw-datum" },
            deelnemers: { label: "Aantal deelnemers", id: "smw-deelnemers" },
            onderwerp: { label: "Onderwerp", id: "smw-onderwerp" },
          }}
          uitkomst={uitkomstVanWeigering}
          opslaan={async () => {
            await registreren.mutateAsync({ ...invoer, deelnemers: Number(invoer.deelnemers) });
            setInvoer({ ...leeg, schoolId: invoer.schoolId });
          }}
        >
          {(fouten) => (
            <>
              <Keuzerondjes
                id="smw-school"
                legenda="School"
                keuzes={overzicht.mijnScholen.map((s) => ({ waarde: s.id, label: s.naam }))}
                waarde={invoer.schoolId}
                fout={fouten.schoolId}
                onChange={(schoolId) => setInvoer({ ...invoer, schoolId })}
              />
              <Keuzerondjes
                id="smw-soort"
                legenda="Soort"
                keuzes={keuzesUit(SMW_SOORT_LABELS, SMW_SOORTEN)}
                waarde={invoer.soort}
                fout={fouten.soort}
                onChange={(soort) => setInvoer({ ...invoer, soort })}
              />
              <DatumTotVandaag
                id="smw-datum"
                label="Datum"
                waarde={invoer.datum}
                fout={fouten.datum}
                onChange={(datum) => setInvoer({ ...invoer, datum })}
              />
              <Tekstveld
                id="smw-deelnemers"
                label="Aantal deelnemers"
                type="number"
                inputMode="numeric"
                min={1}
                verplicht
                value={invoer.deelnemers}
                fout={fouten.deelnemers}
                onChange={(e) => setInvoer({ ...invoer, deelnemers: e.currentTarget.value })}
              />
              <Tekstveld
                id="smw-onderwerp"
                label="Onderwerp"
                beschrijving="Zonder namen: bijvoorbeeld ‘weerbaarheid groep 7’."
                verplicht
                value={invoer.onderwerp}
                fout={fouten.onderwerp}
                onChange={(e) => setInvoer({ ...invoer, onderwerp: e.currentTarget.value })}
              />
            </>
          )}
        </OpslaanFormulier>
      ) : null}
    </section>
  );
}

function PohJeugd({ overzicht }: { overzicht: PohOverzicht }) {
  const registreren = useJeugdRegistreren("poh");
  const leeg = {
    huisartsenpraktijk: "",
    datum: vandaagIso(),
    contacten: "1",
    uitkomst: "afgesloten",
    verwezenNaar: "",
  };
  const [invoer, setInvoer] = useState(leeg);
  const { totaal } = overzicht;
  return (
    <section aria-labelledby="poh-kop">
      <Heading2 id="poh-kop">POH-jeugd</Heading2>
      <Paragraph>
        {totaal.jeugdigen} {totaal.jeugdigen === 1 ? "jeugdige" : "jeugdigen"} geholpen in {totaal.contacten}{" "}
        contacten; {totaal.zonderVerwijzing} zonder verwijzing
        {totaal.percentageZonderVerwijzing === null ? "" : ` (${totaal.percentageZonderVerwijzing}%)`}.
      </Paragraph>
      <Tabel
        bijschrift="Per huisartsenpraktijk"
        koppen={[
          "Huisartsenpraktijk",
          "Jeugdigen",
          "Contacten",
          "Zonder verwijzing",
          "Verwezen",
          "% zonder verwijzing",
        ]}
        rijen={overzicht.perPraktijk.map((r) => ({
          sleutel: r.huisartsenpraktijk,
          cellen: [
            r.huisartsenpraktijk,
            r.jeugdigen,
            r.contacten,
            r.zonderVerwijzing,
            r.verwezen,
            r.percentageZonderVerwijzing === null ? "—" : `${r.percentageZonderVerwijzing}%`,
          ],
        }))}
      />
      <Tabel
        bijschrift="Verwezen naar"
        koppen={["Verwezen naar", "Aantal"]}
        rijen={overzicht.verwijzingen.map((v) => ({ sleutel: v.naar, cellen: [v.label, v.aantal] }))}
      />
      {overzicht.kanRegistreren ? <Heading3>Een afgesloten traject registreren</Heading3> : null}
      {overzicht.kanRegistreren ? (
        <OpslaanFormulier
          label="Traject POH-jeugd registreren"
          knop="Registreren"
          gelukt="Geregistreerd."
          velden={{
            huisartsenpraktijk: { label: "Huisartsenpraktijk", id: "poh-praktijk" },
            datum: { label: "Datum van afsluiten", id: "poh-datum" },
            contacten: { label: "Aantal contacten", id: "poh-contacten" },
            uitkomst: { label: "Uitkomst", id: "poh-uitkomst" },
            verwezenNaar: { label: "Verwezen naar", id: "poh-verwezen" },
          }}
          uitkomst={uitkomstVanWeigering}
          opslaan={async () => {
            await registreren.mutateAsync({
              ...invoer,
              contacten: Number(invoer.contacten),
              verwezenNaar: invoer.uitkomst === "verwezen" ? invoer.verwezenNaar || null : null,
            });
            setInvoer({ ...leeg, huisartsenpraktijk: invoer.huisartsenpraktijk });
          }}
        >
          {(fouten) => (
            <>
              <Tekstveld
                id="poh-praktijk"
                label="Huisartsenpraktijk"
                verplicht
                value={invoer.huisartsenpraktijk}
                fout={fouten.huisartsenpraktijk}
                onChange={(e) => setInvoer({ ...invoer, huisartsenpraktijk: e.currentTarget.value })}
              />
              <DatumTotVandaag
                id="poh-datum"
                label="Datum van afsluiten"
                waarde={invoer.datum}
                fout={fouten.datum}
                onChange={(datum) => setInvoer({ ...invoer, datum })}
              />
              <Tekstveld
                id="poh-contacten"
                label="Aantal contacten"
                type="number"
                inputMode="numeric"
                min={1}
                verplicht
                value={invoer.contacten}
                fout={fouten.contacten}
                onChange={(e) => setInvoer({ ...invoer, contacten: e.currentTarget.value })}
              />
              <Keuzerondjes
                id="poh-uitkomst"
                legenda="Uitkomst"
                keuzes={keuzesUit(POH_UITKOMST_LABELS, POH_UITKOMSTEN)}
                waarde={invoer.uitkomst}
                fout={fouten.uitkomst}
                onChange={(uitkomst) => setInvoer({ ...invoer, uitkomst })}
              />
              {invoer.uitkomst === "verwezen" ? (
                <Keuzerondjes
                  id="poh-verwezen"
                  legenda="Verwezen naar"
                  keuzes={keuzesUit(VERWIJZING_LABELS, VERWIJZINGEN)}
                  waarde={invoer.verwezenNaar}
                  fout={fouten.verwezenNaar}
                  onChange={(verwezenNaar) => setInvoer({ ...invoer, verwezenNaar })}
                />
              ) : null}
            </>
          )}
        </OpslaanFormulier>
      ) : null}
    </section>
  );
}
