import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { OpslaanFormulier, Tekstvak, Tekstveld, uitkomstVanWeigering, Vinkje } from "../../lib/formulier";
import { Kruimelpad, LaadFout, Laden, PaginaTitel, Tabel } from "../../lib/ui";
import { type NormenkaderBeheer, useNormenkader, useNormenkaderOpslaan } from "./api";

/** A factor row of the form, with a key of its own (the code changes while it is typed). */
type Factor = NormenkaderBeheer["factoren"][number] & { sleutel: number };
let volgende = 0;
const metSleutel = (f: Omit<Factor, "sleutel">): Factor => ({ ...f, sleutel: volgende++ });
const urenTekst = (n: number) => `${n > 0 ? "+" : ""}${n}`;

/**
 * The gemeente's normenkader huishoudelijke hulp (issue 15; CRvB 2018:3835: norm times from independent research that
 * fit the gemeente's policy): every Toegang medewerker reads the version in force; the beheerder sets the next one.
 * Earlier versions stay: a zaak names the version its hours were computed with.
 */
export function NormenkaderPagina() {
  const kader = useNormenkader();
  if (kader.isPending) return <Laden />;
  if (kader.isError) return <LaadFout fout={kader.error} />;
  const k = kader.data;
  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: "Beheer", naar: "/beheer" },
          { label: "Normenkader huishoudelijke hulp" },
        ]}
      />
      <PaginaTitel>Normenkader huishoudelijke hulp</PaginaTitel>
      <Paragraph>
        {k.voorbeeld
          ? "De gemeente heeft nog geen eigen normenkader vastgesteld: de consulenten rekenen met dit voorbeeld."
          : `Versie ${k.versie}, vastgesteld ${k.vastgesteldOp ? new Date(k.vastgesteldOp).toLocaleDateString("nl-NL", { dateStyle: "long" }) : ""}.`}
      </Paragraph>
      <Paragraph>Bron: {k.bron}</Paragraph>
      <Tabel
        bijschrift={`Basismodule en factoren (${k.voorbeeld ? "voorbeeld" : `versie ${k.versie}`})`}
        koppen={["Onderdeel", "Uren per jaar", "Telt", "Sluit uit"]}
        rijen={[
          { sleutel: "basis", cellen: [k.basisOmschrijving, String(k.basisUrenPerJaar), "Basis", "—"] },
          ...k.factoren.map((f) => ({
            sleutel: f.code,
            cellen: [
              f.omschrijving,
              urenTekst(f.urenPerJaar),
              f.perStuk ? "Per stuk" : "Eén keer",
              f.groep
                ? k.factoren
                    .filter((x) => x.groep === f.groep && x.code !== f.code)
                    .map((x) => x.omschrijving)
                    .join(", ")
                : "—",
            ],
          })),
        ]}
      />
      {k.kanVaststellen ? <NieuweVersie huidig={k} /> : null}
    </>
  );
}

function NieuweVersie({ huidig }: { huidig: NormenkaderBeheer }) {
  const opslaan = useNormenkaderOpslaan();
  const [bron, setBron] = useState(huidig.voorbeeld ? "" : huidig.bron);
  const [basisOmschrijving, setBasisOmschrijving] = useState(huidig.basisOmschrijving);
  const [basisUren, setBasisUren] = useState(String(huidig.basisUrenPerJaar));
  const [factoren, setFactoren] = useState<Factor[]>(() => huidig.factoren.map(metSleutel));
  const wijzig = (i: number, deel: Partial<Factor>) =>
    setFactoren((oud) => oud.map((f, j) => (j === i ? { ...f, ...deel } : f)));
  return (
    <>
      <Heading2>Nieuwe versie vaststellen</Heading2>
      <Paragraph>
        Leg vast op welk onderzoek en welk besluit van de gemeente het normenkader rust. Zaken die al berekend
        zijn, houden hun versie.
      </Paragraph>
      <OpslaanFormulier
        label="Nieuwe versie van het normenkader"
        knop={`Versie ${huidig.versie + 1} vaststellen`}
        gelukt="De nieuwe versie van het normenkader is vastgesteld."
        velden={{
          bron: { label: "Bron", id: "nk-bron" },
          basisOmschrijving: { label: "Basismodule", id: "nk-basis" },
          basisUrenPerJaar: { label: "Uren per jaar van de basismodule", id: "nk-basis-uren" },
          factoren: { label: "Factoren", id: "nk-factor-0-omschrijving" },
        }}
        uitkomst={uitkomstVanWeigering}
        opslaan={() =>
          opslaan.mutateAsync({
            versie: huidig.versie,
            body: {
              bron: bron.trim(),
              basisOmschrijving: basisOmschrijving.trim(),
              basisUrenPerJaar: Number(basisUren),
              factoren: factoren.map((f) => ({
                code: f.code,
                omschrijving: f.omschrijving,
                urenPerJaar: f.urenPerJaar,
                perStuk: f.perStuk,
                ...(f.groep ? { groep: f.groep } : {}),
              })),
            },
          })
        }
      >
        {(fouten) => (
          <>
            <Tekstvak
              id="nk-bron"
              label="Bron"
              beschrijving="Het onderzoek naar de normtijden en het besluit waarmee de gemeente het vaststelde."
              waarde={bron}
              fout={fouten.bron}
              onChange={setBron}
            />
            <Tekstveld
              id="nk-basis"
              label="Basismodule"
              verplicht
              value={basisOmschrijving}
              fout={fouten.basisOmschrijving}
              onChange={(e) => setBasisOmschrijving(e.currentTarget.value)}
            />
            <Tekstveld
              id="nk-basis-uren"
              label="Uren per jaar van de basismodule"
              type="number"
              verplicht
              value={basisUren}
              fout={fouten.basisUrenPerJaar}
              onChange={(e) => setBasisUren(e.currentTarget.value)}
            />
            {fouten.factoren ? <Paragraph>{fouten.factoren}</Paragraph> : null}
            {factoren.map((f, i) => (
              <fieldset key={f.sleutel} className="utrecht-form-fieldset voordeur-formulier__groep">
                <legend className="utrecht-form-fieldset__legend">Factor {i + 1}</legend>
                <Tekstveld
                  id={`nk-factor-${i}-omschrijving`}
                  label="Omschrijving"
                  verplicht
                  value={f.omschrijving}
                  onChange={(e) => wijzig(i, { omschrijving: e.currentTarget.value })}
                />
                <Tekstveld
                  id={`nk-factor-${i}-code`}
                  label="Code"
                  verplicht
                  beschrijving="Kleine letters en streepjes, bijvoorbeeld kamer-in-gebruik."
                  value={f.code}
                  onChange={(e) => wijzig(i, { code: e.currentTarget.value })}
                />
                <Tekstveld
                  id={`nk-factor-${i}-uren`}
                  label="Uren per jaar (negatief: eraf)"
                  verplicht
                  type="number"
                  value={String(f.urenPerJaar)}
                  onChange={(e) => wijzig(i, { urenPerJaar: Number(e.currentTarget.value) })}
                />
                <Vinkje
                  id={`nk-factor-${i}-perstuk`}
                  label="Telt per stuk (bijvoorbeeld per kamer)"
                  aan={f.perStuk}
                  onChange={(perStuk) => wijzig(i, { perStuk })}
                />
                <Tekstveld
                  id={`nk-factor-${i}-groep`}
                  label="Groep"
                  beschrijving="Factoren met dezelfde groep sluiten elkaar uit (bijvoorbeeld beperkingen)."
                  value={f.groep ?? ""}
                  onChange={(e) => wijzig(i, { groep: e.currentTarget.value || undefined })}
                />
                <Button
                  type="button"
                  appearance="subtle-button"
                  onClick={() => setFactoren((oud) => oud.filter((_, j) => j !== i))}
                >
                  Factor {i + 1} verwijderen
                </Button>
              </fieldset>
            ))}
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() =>
                setFactoren((oud) => [
                  ...oud,
                  metSleutel({ code: "", omschrijving: "", urenPerJaar: 0, perStuk: false }),
                ])
              }
            >
              Factor toevoegen
            </Button>
          </>
        )}
      </OpslaanFormulier>
    </>
  );
}
