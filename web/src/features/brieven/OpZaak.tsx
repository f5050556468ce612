import {
  Alert,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useState } from "react";
import { VERSLAG_ONDERDELEN, VERSLAG_WETTEN, type VerslagVeld } from "../../../../src/domain/brieven/inhoud";
import { datumVoluit } from "../../../../src/domain/documenten/brief";
import { regelVoor, type TermijnSoort } from "../../../../src/domain/termijnen/regels";
import type { Zaaktype } from "../../../../src/domain/zaak/zaaktypen";
import { vandaagIso } from "../../lib/datum";
import { Keuzeveld, Tekstvak, Tekstveld } from "../../lib/formulier";
import { AppLink, datumTijd, LaadFout, Laden, Uitklapper } from "../../lib/ui";
import { termijnLabel } from "../zaken/weergave";
import { useGeadresseerden } from "./api";
import { BriefFormulier, type ZaakDetail } from "./BriefFormulier";

const GESLOTEN = ["afgesloten", "niet-opgepakt"];

/** Who the letters go to (one per address; minors: the gezaghebbenden) and who signs, with the legal source. */
export function Geadresseerden({
  zaakId,
  kop = "Aan wie de brieven gaan",
}: {
  zaakId: string;
  kop?: string;
}) {
  const g = useGeadresseerden(zaakId);
  if (g.isPending) return <Laden />;
  if (g.isError) return <LaadFout fout={g.error} opnieuw={() => void g.refetch()} />;
  const d = g.data;
  return (
    <section aria-labelledby={`geadresseerden-${zaakId}`}>
      <Heading3 id={`geadresseerden-${zaakId}`}>{kop}</Heading3>
      {d.probleem ? (
        <Alert type="warning">
          <Paragraph>{d.probleem}</Paragraph>
          <Paragraph>
            <AppLink to={`/personen/${d.hoofdpersoon.persoonId}`}>
              Naar het dossier van {d.hoofdpersoon.naam}
            </AppLink>
          </Paragraph>
        </Alert>
      ) : (
        <>
          <UnorderedList>
            {d.brieven.map((b) => (
              <UnorderedListItem key={b.aan.map((p) => p.persoonId).join("-")}>
                {b.aan.map((p) => `${p.naam} (${p.label})`).join(" en ")}:{" "}
                {b.wijze === "e-mail" ? "per e-mail" : `per post, ${b.adres}`}
                {b.over ? `; de brief noemt ${b.over}` : ""}
              </UnorderedListItem>
            ))}
          </UnorderedList>
          <Paragraph>
            Wie ondertekent: {d.uitleg} <span className="voordeur-bron">({d.bron})</span>
          </Paragraph>
        </>
      )}
    </section>
  );
}

/** On the plan page: who must sign the plan (age rules for minors). */
export function WieOndertekent({ zaakId }: { zaakId: string }) {
  return <Geadresseerden zaakId={zaakId} kop="Wie het plan ontvangt en ondertekent" />;
}

const laatste = (zaak: ZaakDetail, soort: string) => zaak.historie.filter((h) => h.soort === soort).at(-1);

function Ontvangstbevestiging({ zaak }: { zaak: ZaakDetail }) {
  const verstuurd = laatste(zaak, "ontvangstbevestiging");
  return (
    <BriefFormulier
      zaak={zaak}
      id="ontvangstbevestiging"
      titel="Ontvangstbevestiging van de melding"
      uitleg={
        <Paragraph>
          {verstuurd ? `Verstuurd op ${datumTijd(verstuurd.tijdstip)}. ` : "Nog niet verstuurd. "}
          De brief bevestigt de melding van {datumVoluit(zaak.meldingsdatum)} en wijst op het persoonlijk plan
          (7 dagen), gratis cliëntondersteuning en het pgb{" "}
          <span className="voordeur-bron">(Wmo 2015 art. 2.3.2 lid 1–3 en 6)</span>.
        </Paragraph>
      }
      brief={{ soort: "ontvangstbevestiging" }}
      velden={{}}
      knop={verstuurd ? "Ontvangstbevestiging opnieuw versturen" : "Ontvangstbevestiging versturen"}
      gelukt={() => "De ontvangstbevestiging is verstuurd en staat bij de documenten."}
    />
  );
}

function Onderzoeksverslag({ zaak }: { zaak: ZaakDetail }) {
  const wet = VERSLAG_WETTEN[zaak.zaaktype as Zaaktype];
  const [invoer, setInvoer] = useState<Partial<Record<VerslagVeld, string>> & { conclusie: string }>({
    conclusie: "",
  });
  if (!wet) return null;
  const velden = Object.fromEntries([
    ...wet.onderdelen.map((v) => [v, { label: VERSLAG_ONDERDELEN[v].label, id: `verslag-${v}` }]),
    ["conclusie", { label: "Uitkomst van het onderzoek", id: "verslag-conclusie" }],
  ]) as Record<string, { label: string; id: string }>;
  const body = Object.fromEntries(
    Object.entries(invoer).filter(([veld, tekst]) => veld === "conclusie" || (tekst ?? "").trim() !== ""),
  ) as typeof invoer;
  return (
    <BriefFormulier
      zaak={zaak}
      id="onderzoeksverslag"
      titel="Onderzoeksverslag"
      uitleg={
        <Paragraph>
          Het verslag van het onderzoek gaat schriftelijk naar de inwoner, diens vertegenwoordiger of, bij een
          minderjarige, de ouders met gezag (zie &lsquo;Aan wie de brieven gaan&rsquo;); met het versturen is
          het onderzoek afgerond.{" "}
          <span className="voordeur-bron">
            Bron: {wet.bron}. Verslag: {wet.grondslag}.
          </span>
        </Paragraph>
      }
      brief={{ soort: "onderzoeksverslag", body }}
      velden={velden}
      knop="Verslag versturen en onderzoek afronden"
      gelukt={() => "Het onderzoeksverslag is verstuurd en het onderzoek is afgerond."}
    >
      {(fouten) => (
        <>
          {wet.onderdelen.map((v) => (
            <Tekstvak
              key={v}
              id={`verslag-${v}`}
              label={`${VERSLAG_ONDERDELEN[v].label} (onder ${VERSLAG_ONDERDELEN[v].onder})`}
              waarde={invoer[v] ?? ""}
              onChange={(tekst) => setInvoer({ ...invoer, [v]: tekst })}
              fout={fouten[v]}
            />
          ))}
          <Tekstvak
            id="verslag-conclusie"
            label="Uitkomst van het onderzoek"
            waarde={invoer.conclusie}
            onChange={(conclusie) => setInvoer({ ...invoer, conclusie })}
            fout={fouten.conclusie}
            rows={4}
          />
        </>
      )}
    </BriefFormulier>
  );
}

/** The terms of the zaak that may be extended or suspended by their own rule (domain/termijnen/regels.ts). */
function termijnKeuzes(zaak: ZaakDetail, mag: (r: NonNullable<ReturnType<typeof regelVoor>>) => boolean) {
  return zaak.termijnen.flatMap((t) => {
    const regel = regelVoor(t.soort as TermijnSoort, zaak.zaaktype as Zaaktype, vandaagIso());
    return regel &&
      regel.partij === "gemeente" &&
      (t.status === "lopend" || t.status === "opgeschort") &&
      mag(regel)
      ? [
          {
            waarde: t.soort,
            label: `${termijnLabel(t.soort, zaak.zaaktype)}, uiterlijk ${datumVoluit(t.uiterlijkeDatum)}`,
          },
        ]
      : [];
  });
}

const nieuweDatum = (zaak: ZaakDetail, soort: string) => {
  const t = zaak.termijnen.find((x) => x.soort === soort);
  return t ? datumVoluit(t.uiterlijkeDatum) : "onbekend";
};

function Verlenging({ zaak }: { zaak: ZaakDetail }) {
  const keuzes = termijnKeuzes(zaak, (r) => r.maxVerlengingWeken > 0);
  const [soort, setSoort] = useState(keuzes[0]?.waarde ?? "");
  const [weken, setWeken] = useState("2");
  const [reden, setReden] = useState("");
  const [medegedeeldOp, setMedegedeeldOp] = useState(vandaagIso());
  if (keuzes.length === 0) return <Paragraph>Er loopt geen termijn die verlengd kan worden.</Paragraph>;
  return (
    <BriefFormulier
      zaak={zaak}
      id="verlenging"
      titel="Termijn verlengen"
      uitleg={
        <Paragraph>
          Lukt het besluit niet binnen de termijn? Meld het de inwoner vóór de termijn afloopt, met de nieuwe
          datum en de reden <span className="voordeur-bron">(Awb art. 4:14)</span>.
        </Paragraph>
      }
      brief={{
        soort: "verlengingen",
        body: { soort: soort as TermijnSoort, weken: Number(weken), reden, medegedeeldOp },
      }}
      velden={{
        soort: { label: "Termijn", id: "verlenging-soort" },
        weken: { label: "Verlengen met (weken)", id: "verlenging-weken" },
        reden: { label: "Reden", id: "verlenging-reden" },
        medegedeeldOp: { label: "Datum van de mededeling", id: "verlenging-datum" },
      }}
      knop="Verlengen en brief versturen"
      gelukt={(z) =>
        `De termijn is verlengd: de nieuwe uiterste datum is ${nieuweDatum(z, soort)}. De brief aan de inwoner is verstuurd.`
      }
    >
      {(fouten) => (
        <>
          <Keuzeveld
            id="verlenging-soort"
            label="Termijn"
            keuzes={keuzes}
            waarde={soort}
            onChange={setSoort}
            fout={fouten.soort}
          />
          <Tekstveld
            id="verlenging-weken"
            label="Verlengen met (weken)"
            type="number"
            min={1}
            max={12}
            inputMode="numeric"
            verplicht
            value={weken}
            onChange={(e) => setWeken(e.currentTarget.value)}
            fout={fouten.weken}
          />
          <Tekstvak
            id="verlenging-reden"
            label="Reden"
            waarde={reden}
            onChange={setReden}
            fout={fouten.reden}
          />
          <Tekstveld
            id="verlenging-datum"
            label="Datum van de mededeling"
            type="date"
            verplicht
            beschrijving="Vandaag, als de brief de mededeling is; moet vóór het einde van de termijn liggen."
            value={medegedeeldOp}
            onChange={(e) => setMedegedeeldOp(e.currentTarget.value)}
            fout={fouten.medegedeeldOp}
          />
        </>
      )}
    </BriefFormulier>
  );
}

function Opschorting({ zaak }: { zaak: ZaakDetail }) {
  const keuzes = termijnKeuzes(zaak, (r) => r.opschortingToegestaan);
  const [soort, setSoort] = useState(keuzes[0]?.waarde ?? "");
  const [van, setVan] = useState(vandaagIso());
  const [tot, setTot] = useState("");
  const [reden, setReden] = useState("");
  if (keuzes.length === 0) return <Paragraph>Er loopt geen termijn die opgeschort kan worden.</Paragraph>;
  return (
    <BriefFormulier
      zaak={zaak}
      id="opschorting"
      titel="Termijn opschorten"
      uitleg={
        <Paragraph>
          Wacht u op gegevens van de inwoner of een ander? Dan staat de termijn stil; de inwoner krijgt een
          bevestiging met de reden <span className="voordeur-bron">(Awb art. 4:15)</span>.
        </Paragraph>
      }
      brief={{
        soort: "opschortingen",
        body: { soort: soort as TermijnSoort, van, tot: tot || null, reden },
      }}
      velden={{
        soort: { label: "Termijn", id: "opschorting-soort" },
        van: { label: "Opgeschort vanaf", id: "opschorting-van" },
        tot: { label: "Opgeschort tot", id: "opschorting-tot" },
        reden: { label: "Reden", id: "opschorting-reden" },
      }}
      knop="Opschorten en brief versturen"
      gelukt={(z) =>
        tot
          ? `De termijn is opgeschort: de nieuwe uiterste datum is ${nieuweDatum(z, soort)}. De bevestiging aan de inwoner is verstuurd.`
          : "De termijn is opgeschort tot nader bericht. De bevestiging aan de inwoner is verstuurd."
      }
    >
      {(fouten) => (
        <>
          <Keuzeveld
            id="opschorting-soort"
            label="Termijn"
            keuzes={keuzes}
            waarde={soort}
            onChange={setSoort}
            fout={fouten.soort}
          />
          <Tekstveld
            id="opschorting-van"
            label="Opgeschort vanaf"
            type="date"
            verplicht
            value={van}
            onChange={(e) => setVan(e.currentTarget.value)}
            fout={fouten.van}
          />
          <Tekstveld
            id="opschorting-tot"
            label="Opgeschort tot"
            type="date"
            beschrijving="Leeg laten als nog niet bekend is wanneer de termijn weer loopt."
            value={tot}
            onChange={(e) => setTot(e.currentTarget.value)}
            fout={fouten.tot}
          />
          <Tekstvak
            id="opschorting-reden"
            label="Reden"
            waarde={reden}
            onChange={setReden}
            fout={fouten.reden}
          />
        </>
      )}
    </BriefFormulier>
  );
}

/**
 * The letters the law requires on the zaak page (issue 21): the Wmo ontvangstbevestiging, the onderzoeksverslag
 * (which finishes the onderzoek), and verlenging and opschorting of a term with their letter; each previewed
 * before it is sent. Forms open on demand.
 */
export function BrievenOpZaak({ zaak }: { zaak: ZaakDetail }) {
  const open = !GESLOTEN.includes(zaak.status);
  const verslagNodig = zaak.acties.some((a) => a.actie === "rond-onderzoek-af" && a.toegestaan);
  const verslag = laatste(zaak, "rond-onderzoek-af");
  return (
    <section aria-labelledby="brieven-kop">
      <Heading2 id="brieven-kop">Brieven en termijnen</Heading2>
      <Geadresseerden zaakId={zaak.id} />
      {zaak.zaaktype === "wmo" && open ? <Ontvangstbevestiging zaak={zaak} /> : null}
      {verslagNodig ? (
        <Uitklapper titel="Onderzoeksverslag schrijven">
          <Onderzoeksverslag zaak={zaak} />
        </Uitklapper>
      ) : null}
      {!verslagNodig && verslag ? (
        <Paragraph>Het onderzoeksverslag is verstuurd op {datumTijd(verslag.tijdstip)}.</Paragraph>
      ) : null}
      {open ? (
        <>
          <Uitklapper titel="Een termijn verlengen">
            <Verlenging zaak={zaak} />
          </Uitklapper>
          <Uitklapper titel="Een termijn opschorten">
            <Opschorting zaak={zaak} />
          </Uitklapper>
        </>
      ) : null}
    </section>
  );
}
