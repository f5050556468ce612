import { Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { datumVoluit } from "../../../../src/domain/documenten/brief";
import { HULPMIDDEL_SOORTEN } from "../../../../src/domain/wmo/themas";
import { CAK_SOORTEN, VERSTREKKINGSVORMEN } from "../../../../src/domain/wmo/verstrekking";
import type { ZaakDetail } from "../../lib/contract";
import { vandaagIso } from "../../lib/datum";
import {
  DatumTotVandaag,
  formulierVoor,
  Keuzerondjes,
  Keuzeveld,
  keuzesUit,
  Tekstvak,
  Tekstveld,
  uitkomstVanWeigering,
  Vinkje,
} from "../../lib/formulier";
import { AppLink, LaadFout, Laden, Tabel } from "../../lib/ui";
import { type WmoOpZaak as Sectie, useWmoOpslaan, useWmoOpZaak, wmoPad } from "./api";

const WmoFormulier = formulierVoor(useWmoOpslaan, uitkomstVanWeigering);

type Thema = Sectie["themas"][number];
type Vraag = Thema["vragen"][number];
type Antwoord = boolean | number | string;

const uren = (n: number) => `${n.toLocaleString("nl-NL")} uur`;

function stand(t: Thema): string {
  if (t.antwoorden === null) return "Nog niet onderzocht";
  return t.volledig ? "Volledig" : "Deels ingevuld";
}

/** The Wmo tab of a Wmo zaak (seed 004 §6.2): the onderzoek per theme, the hours, and after a toekenning the verstrekking. */
export function WmoOpZaak({ zaak }: { zaak: ZaakDetail }) {
  const sectie = useWmoOpZaak(zaak.id);
  const [gekozen, setGekozen] = useState<string>("");
  if (sectie.isPending) return <Laden />;
  if (sectie.isError) return <LaadFout fout={sectie.error} opnieuw={() => void sectie.refetch()} />;
  const w = sectie.data;
  const eerste = w.themas.find((t) => t.antwoorden !== null) ?? w.themas[0];
  const thema = w.themas.find((t) => t.code === gekozen) ?? eerste;
  return (
    <>
      <section aria-labelledby="wmo-themas-kop">
        <Heading2 id="wmo-themas-kop">Onderzoek per thema</Heading2>
        <Paragraph>
          Per thema de vragen van het onderzoek (Wmo 2015 art. 2.3.2): wat is nodig, wat kan de inwoner zelf
          of met het netwerk, en wat past.
        </Paragraph>
        <Tabel
          bijschrift="De thema's van de Wmo op deze zaak"
          koppen={["Thema", "Stand", "Vastgelegd door"]}
          rijen={w.themas.map((t) => ({
            sleutel: t.code,
            cellen: [t.label, stand(t), t.vastgelegdDoor ?? "—"],
          }))}
        />
        {thema ? (
          <>
            <Keuzeveld
              id="wmo-thema-keuze"
              label="Thema om te onderzoeken"
              keuzes={w.themas.map((t) => ({ waarde: t.code, label: t.label }))}
              waarde={thema.code}
              onChange={setGekozen}
            />
            <ThemaProducten thema={thema} />
            {w.kanVastleggen.mogelijk ? (
              <ThemaFormulier key={thema.code} zaakId={zaak.id} w={w} thema={thema} />
            ) : (
              <>
                <Antwoorden thema={thema} />
                <Paragraph>{w.kanVastleggen.reden}</Paragraph>
              </>
            )}
          </>
        ) : null}
        {w.huishouden.berekening ? <Berekening w={w} /> : null}
      </section>
      <Verstrekking zaakId={zaak.id} w={w} />
    </>
  );
}

/** The catalogue's products for the theme's WMO020 categories, or why there are none. */
function ThemaProducten({ thema }: { thema: Thema }) {
  if (thema.categorieen.length === 0)
    return <Paragraph>{thema.label} is een regeling van de gemeente, buiten de iWmo-berichten.</Paragraph>;
  if (thema.producten.length === 0)
    return (
      <Paragraph>
        Er staan nog geen producten voor dit thema in de catalogus (
        {thema.categorieen.map((c) => `productcategorie ${c.code} ${c.naam.toLowerCase()}`).join(", ")}); de
        beheerder voegt ze toe.
      </Paragraph>
    );
  return (
    <Paragraph>
      Producten in de catalogus: {thema.producten.map((p) => `${p.code} ${p.omschrijving}`).join("; ")}.
    </Paragraph>
  );
}

function antwoordTekst(v: Vraag, a: Antwoord | undefined): string {
  if (a === undefined || a === "") return "—";
  if (typeof a === "boolean") return a ? "Ja" : "Nee";
  if (v.vorm === "keuze") return v.opties.find((o) => o.code === a)?.label ?? String(a);
  if (v.vorm === "getal") return `${a} ${v.eenheid ?? ""}`.trim();
  return String(a);
}

/** The answers read-only (for who may read the zaak but not change it). */
function Antwoorden({ thema }: { thema: Thema }) {
  return (
    <dl className="voordeur-gegevens">
      {thema.vragen.map((v) => (
        <div key={v.code}>
          <dt>{v.label}</dt>
          <dd>{antwoordTekst(v, thema.antwoorden?.[v.code])}</dd>
        </div>
      ))}
    </dl>
  );
}

function ThemaFormulier({ zaakId, w, thema }: { zaakId: string; w: Sectie; thema: Thema }) {
  const [antwoorden, setAntwoorden] = useState<Record<string, Antwoord>>(thema.antwoorden ?? {});
  const kader = w.huishouden.normenkader;
  const [factoren, setFactoren] = useState<Record<string, number>>(
    Object.fromEntries(w.huishouden.factoren.map((f) => [f.code, f.aantal])),
  );
  const huishouden = thema.code === "huishoudelijke-hulp";
  const zet = (code: string, a: Antwoord | undefined) =>
    setAntwoorden((oud) => {
      const nieuw = { ...oud };
      if (a === undefined || a === "") delete nieuw[code];
      else nieuw[code] = a;
      return nieuw;
    });
  const velden = Object.fromEntries(
    thema.vragen.map((v) => [`antwoorden.${v.code}`, { label: v.label, id: `wmo-vraag-${v.code}` }]),
  );
  const groepen = [...new Set(kader.factoren.flatMap((f) => (f.groep ? [f.groep] : [])))];
  return (
    <WmoFormulier
      zaakId={zaakId}
      label={`Onderzoek ${thema.label.toLowerCase()}`}
      knop="Antwoorden opslaan"
      gelukt="De antwoorden zijn opgeslagen."
      velden={{ ...velden, factoren: { label: "Normenkader", id: "wmo-factoren" } }}
      verzoek={() => ({
        pad: wmoPad(zaakId, "/thema"),
        methode: "PUT",
        versie: w.versie,
        body: {
          thema: thema.code,
          antwoorden,
          ...(huishouden
            ? {
                factoren: Object.entries(factoren)
                  .filter(([, aantal]) => aantal > 0)
                  .map(([code, aantal]) => ({ code, aantal })),
              }
            : {}),
        },
      })}
    >
      {(fouten) => (
        <>
          <Heading3>{thema.label}</Heading3>
          <Paragraph>{thema.omschrijving}</Paragraph>
          {thema.vragen.map((v) => (
            <VraagVeld
              key={v.code}
              vraag={v}
              waarde={antwoorden[v.code]}
              fout={fouten[`antwoorden.${v.code}`]}
              onChange={(a) => zet(v.code, a)}
            />
          ))}
          {huishouden ? (
            <fieldset id="wmo-factoren" className="utrecht-form-fieldset">
              <legend className="utrecht-form-fieldset__legend">
                Normenkader: wat is van toepassing (basis {uren(kader.basisUrenPerJaar)} per jaar)
              </legend>
              <Paragraph>
                {kader.voorbeeld
                  ? "Let op: de gemeente heeft nog geen eigen normenkader vastgesteld; dit is het voorbeeld."
                  : `Normenkader versie ${kader.versie}.`}{" "}
                {kader.bron}{" "}
                <AppLink to="/beheer/normenkader-huishoudelijke-hulp">Het normenkader bekijken</AppLink>
              </Paragraph>
              {fouten.factoren ? <p className="utrecht-form-field-error-message">{fouten.factoren}</p> : null}
              {groepen.map((groep) => {
                const opties = kader.factoren.filter((f) => f.groep === groep);
                const gekozen = opties.find((f) => (factoren[f.code] ?? 0) > 0)?.code ?? "geen";
                return (
                  <Keuzerondjes
                    key={groep}
                    id={`wmo-groep-${groep}`}
                    legenda={groep === "beperkingen" ? "Extra inzet door beperkingen" : groep}
                    keuzes={[
                      { waarde: "geen", label: "Niet van toepassing" },
                      ...opties.map((f) => ({
                        waarde: f.code,
                        label: `${f.omschrijving} (${f.urenPerJaar > 0 ? "+" : ""}${f.urenPerJaar} uur per jaar)`,
                      })),
                    ]}
                    waarde={gekozen}
                    onChange={(code) =>
                      setFactoren((oud) => ({
                        ...Object.fromEntries(
                          Object.entries(oud).filter(([c]) => !opties.some((f) => f.code === c)),
                        ),
                        ...(code === "geen" ? {} : { [code]: 1 }),
                      }))
                    }
                  />
                );
              })}
              {kader.factoren
                .filter((f) => !f.groep)
                .map((f) =>
                  f.perStuk ? (
                    <Tekstveld
                      key={f.code}
                      id={`wmo-factor-${f.code}`}
                      label={`${f.omschrijving}: aantal (${f.urenPerJaar > 0 ? "+" : ""}${f.urenPerJaar} uur per jaar per stuk)`}
                      type="number"
                      min={0}
                      max={20}
                      value={String(factoren[f.code] ?? 0)}
                      onChange={(e) => {
                        const aantal = Number(e.currentTarget.value) || 0;
                        setFactoren((oud) => ({ ...oud, [f.code]: aantal }));
                      }}
                    />
                  ) : (
                    <Vinkje
                      key={f.code}
                      id={`wmo-factor-${f.code}`}
                      label={`${f.omschrijving} (${f.urenPerJaar > 0 ? "+" : ""}${f.urenPerJaar} uur per jaar)`}
                      aan={(factoren[f.code] ?? 0) > 0}
                      onChange={(aan) => setFactoren((oud) => ({ ...oud, [f.code]: aan ? 1 : 0 }))}
                    />
                  ),
                )}
            </fieldset>
          ) : null}
        </>
      )}
    </WmoFormulier>
  );
}

function VraagVeld({
  vraag,
  waarde,
  fout,
  onChange,
}: {
  vraag: Vraag;
  waarde: Antwoord | undefined;
  fout: string | undefined;
  onChange: (a: Antwoord | undefined) => void;
}) {
  const id = `wmo-vraag-${vraag.code}`;
  const beschrijving = vraag.uitleg ?? undefined;
  switch (vraag.vorm) {
    case "janee":
      return (
        <Keuzerondjes
          id={id}
          legenda={vraag.label}
          beschrijving={beschrijving}
          fout={fout}
          keuzes={[
            { waarde: "ja", label: "Ja" },
            { waarde: "nee", label: "Nee" },
          ]}
          waarde={waarde === true ? "ja" : waarde === false ? "nee" : ""}
          onChange={(k) => onChange(k === "ja")}
        />
      );
    case "keuze":
      return (
        <Keuzeveld
          id={id}
          label={vraag.label}
          keuzes={vraag.opties.map((o) => ({ waarde: o.code, label: o.label }))}
          leeg="Kies"
          waarde={typeof waarde === "string" ? waarde : ""}
          fout={fout}
          onChange={(k) => onChange(k || undefined)}
        />
      );
    case "getal":
      return (
        <Tekstveld
          id={id}
          label={`${vraag.label} (${vraag.eenheid ?? ""})`}
          beschrijving={beschrijving}
          type="number"
          min={vraag.min ?? undefined}
          max={vraag.max ?? undefined}
          value={typeof waarde === "number" ? String(waarde) : ""}
          fout={fout}
          onChange={(e) => onChange(e.currentTarget.value === "" ? undefined : Number(e.currentTarget.value))}
        />
      );
    case "tekst":
      return (
        <Tekstvak
          id={id}
          label={vraag.label}
          beschrijving={beschrijving}
          waarde={typeof waarde === "string" ? waarde : ""}
          fout={fout}
          onChange={(t) => onChange(t)}
        />
      );
  }
}

/** How the hours of huishoudelijke hulp were computed, line by line. */
function Berekening({ w }: { w: Sectie }) {
  const b = w.huishouden.berekening;
  if (!b) return null;
  return (
    <>
      <Heading3>Uren huishoudelijke hulp</Heading3>
      <Paragraph>
        <strong>{uren(b.urenPerWeek)} per week</strong> ({uren(b.urenPerJaar)} per jaar, gedeeld door 52 en
        afgerond op een kwartier naar boven; normenkader versie {b.normenkaderVersie}).
      </Paragraph>
      <Tabel
        bijschrift="Berekening uit het normenkader"
        koppen={["Onderdeel", "Aantal", "Uren per jaar"]}
        rijen={[
          ...b.regels.map((r) => ({
            sleutel: r.omschrijving,
            cellen: [r.omschrijving, String(r.aantal), String(r.uren)],
          })),
          {
            sleutel: "totaal",
            cellen: [<strong key="t">Totaal</strong>, "", <strong key="u">{b.urenPerJaar}</strong>],
          },
        ]}
      />
    </>
  );
}

/** After a toekenning: the hulpmiddelen verstrekt (and taken back) and the notices to the CAK. */
function Verstrekking({ zaakId, w }: { zaakId: string; w: Sectie }) {
  return (
    <section aria-labelledby="wmo-verstrekking-kop">
      <Heading2 id="wmo-verstrekking-kop">Verstrekking en CAK</Heading2>
      {!w.toekenningOp ? (
        <Paragraph>
          Na een besluit dat een voorziening toekent, legt u hier vast welk hulpmiddel is verstrekt en wanneer
          het CAK de start en het einde heeft gekregen.
        </Paragraph>
      ) : (
        <>
          <Paragraph>Toegekend op {datumVoluit(w.toekenningOp)}.</Paragraph>
          {w.verstrekkingen.length === 0 ? (
            <Paragraph>Er is nog geen hulpmiddel verstrekt.</Paragraph>
          ) : (
            <Tabel
              bijschrift="Verstrekte hulpmiddelen"
              koppen={["Hulpmiddel", "Vorm", "Leverancier", "Geleverd", "Ingenomen"]}
              rijen={w.verstrekkingen.map((v) => ({
                sleutel: v.id,
                cellen: [
                  v.soortLabel,
                  v.vormLabel,
                  v.leverancier ?? "—",
                  v.geleverdOp ? datumVoluit(v.geleverdOp) : "Nog niet",
                  v.ingenomenOp
                    ? datumVoluit(v.ingenomenOp)
                    : v.vorm === "bruikleen"
                      ? "Nog in gebruik"
                      : "Komt niet terug",
                ],
              }))}
            />
          )}
          {w.kanVastleggen.mogelijk ? <VerstrekkingFormulier zaakId={zaakId} w={w} /> : null}
          {w.kanVastleggen.mogelijk ? <InnameFormulier zaakId={zaakId} w={w} /> : null}
          <Heading3>Meldingen aan het CAK</Heading3>
          <Paragraph>
            Het CAK stelt de eigen bijdrage vast en int die; het hoort daarom wanneer de maatwerkvoorziening
            begint en eindigt (Wmo 2015 art. 2.1.4).
          </Paragraph>
          {w.cakMeldingen.length === 0 ? (
            <Paragraph>Nog niets aan het CAK gemeld.</Paragraph>
          ) : (
            <ul className="utrecht-unordered-list">
              {w.cakMeldingen.map((m) => (
                <li key={m.soort} className="utrecht-unordered-list__item">
                  {m.soortLabel}: per {datumVoluit(m.ingangsdatum)}, gemeld op {datumVoluit(m.gemeldOp)}
                </li>
              ))}
            </ul>
          )}
          {w.kanVastleggen.mogelijk && w.cakMeldingen.length < 2 ? (
            <CakFormulier zaakId={zaakId} w={w} />
          ) : null}
        </>
      )}
    </section>
  );
}

function VerstrekkingFormulier({ zaakId, w }: { zaakId: string; w: Sectie }) {
  const [soort, setSoort] = useState("");
  const [vorm, setVorm] = useState("");
  const [leverancier, setLeverancier] = useState("");
  const [geleverdOp, setGeleverdOp] = useState("");
  return (
    <WmoFormulier
      zaakId={zaakId}
      label="Hulpmiddel verstrekken"
      knop="Verstrekking vastleggen"
      gelukt="De verstrekking is vastgelegd."
      velden={{
        soort: { label: "Hulpmiddel", id: "wmo-soort" },
        vorm: { label: "Vorm", id: "wmo-vorm" },
        leverancier: { label: "Leverancier", id: "wmo-leverancier" },
        geleverdOp: { label: "Geleverd op", id: "wmo-geleverd" },
      }}
      verzoek={() => ({
        pad: wmoPad(zaakId, "/verstrekkingen"),
        versie: w.versie,
        body: { soort, vorm, leverancier: leverancier.trim() || null, geleverdOp: geleverdOp || null },
      })}
    >
      {(fouten) => (
        <>
          <Heading3>Hulpmiddel verstrekken</Heading3>
          <Keuzeveld
            id="wmo-soort"
            label="Hulpmiddel"
            keuzes={keuzesUit(HULPMIDDEL_SOORTEN)}
            leeg="Kies het hulpmiddel"
            waarde={soort}
            fout={fouten.soort}
            onChange={setSoort}
          />
          <Keuzeveld
            id="wmo-vorm"
            label="Vorm"
            keuzes={keuzesUit(VERSTREKKINGSVORMEN)}
            leeg="Kies de vorm"
            waarde={vorm}
            fout={fouten.vorm}
            onChange={setVorm}
          />
          <Tekstveld
            id="wmo-leverancier"
            label="Leverancier"
            beschrijving="In natura: de gecontracteerde leverancier. Bij een pgb koopt de inwoner zelf."
            value={leverancier}
            fout={fouten.leverancier}
            onChange={(e) => setLeverancier(e.currentTarget.value)}
          />
          <Tekstveld
            id="wmo-geleverd"
            label="Geleverd op"
            beschrijving="Leeg laten als het nog niet geleverd is."
            type="date"
            max={vandaagIso()}
            value={geleverdOp}
            fout={fouten.geleverdOp}
            onChange={(e) => setGeleverdOp(e.currentTarget.value)}
          />
        </>
      )}
    </WmoFormulier>
  );
}

function InnameFormulier({ zaakId, w }: { zaakId: string; w: Sectie }) {
  const inTeNemen = w.verstrekkingen.filter((v) => v.vorm === "bruikleen" && !v.ingenomenOp && v.geleverdOp);
  const [verstrekkingId, setVerstrekkingId] = useState(inTeNemen[0]?.id ?? "");
  const [ingenomenOp, setIngenomenOp] = useState(vandaagIso());
  if (inTeNemen.length === 0) return null;
  return (
    <WmoFormulier
      zaakId={zaakId}
      label="Hulpmiddel innemen"
      knop="Inname vastleggen"
      gelukt="De inname is vastgelegd."
      velden={{
        verstrekkingId: { label: "Hulpmiddel", id: "wmo-inname-keuze" },
        ingenomenOp: { label: "Ingenomen op", id: "wmo-inname-datum" },
      }}
      verzoek={() => ({
        pad: wmoPad(zaakId, "/innames"),
        versie: w.versie,
        body: { verstrekkingId, ingenomenOp },
      })}
    >
      {(fouten) => (
        <>
          <Heading3>Hulpmiddel in bruikleen innemen</Heading3>
          <Keuzeveld
            id="wmo-inname-keuze"
            label="Hulpmiddel"
            keuzes={inTeNemen.map((v) => ({
              waarde: v.id,
              label: `${v.soortLabel}, geleverd ${v.geleverdOp ? datumVoluit(v.geleverdOp) : ""}`,
            }))}
            waarde={verstrekkingId}
            fout={fouten.verstrekkingId}
            onChange={setVerstrekkingId}
          />
          <DatumTotVandaag
            id="wmo-inname-datum"
            label="Ingenomen op"
            waarde={ingenomenOp}
            fout={fouten.ingenomenOp}
            onChange={setIngenomenOp}
          />
        </>
      )}
    </WmoFormulier>
  );
}

function CakFormulier({ zaakId, w }: { zaakId: string; w: Sectie }) {
  const volgende = w.cakMeldingen.some((m) => m.soort === "start") ? "stop" : "start";
  const [ingangsdatum, setIngangsdatum] = useState(w.toekenningOp ?? vandaagIso());
  const [gemeldOp, setGemeldOp] = useState(vandaagIso());
  return (
    <WmoFormulier
      zaakId={zaakId}
      label={`${CAK_SOORTEN[volgende]} aan het CAK melden`}
      knop="Melding vastleggen"
      gelukt="De melding aan het CAK is vastgelegd."
      velden={{
        soort: { label: "Melding", id: "wmo-cak-ingang" },
        ingangsdatum: { label: "Ingangsdatum", id: "wmo-cak-ingang" },
        gemeldOp: { label: "Gemeld op", id: "wmo-cak-gemeld" },
      }}
      verzoek={() => ({
        pad: wmoPad(zaakId, "/cak-meldingen"),
        versie: w.versie,
        body: { soort: volgende, ingangsdatum, gemeldOp },
      })}
    >
      {(fouten) => (
        <>
          <Heading3>{CAK_SOORTEN[volgende]} melden</Heading3>
          <Tekstveld
            id="wmo-cak-ingang"
            label="Ingangsdatum"
            type="date"
            verplicht
            value={ingangsdatum}
            fout={fouten.ingangsdatum ?? fouten.soort}
            onChange={(e) => setIngangsdatum(e.currentTarget.value)}
          />
          <DatumTotVandaag
            id="wmo-cak-gemeld"
            label="Gemeld op"
            waarde={gemeldOp}
            fout={fouten.gemeldOp}
            onChange={setGemeldOp}
          />
        </>
      )}
    </WmoFormulier>
  );
}
