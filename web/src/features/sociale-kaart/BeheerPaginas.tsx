import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { type FormEvent, type ReactNode, useState } from "react";
import { useNavigate, useParams } from "react-router";
import { KOLOM_UITLEG, KOLOMMEN } from "../../../../src/domain/sociale-kaart/uitwisseling";
import {
  CATEGORIE_LABELS,
  CATEGORIEEN,
  LEGE_VOORZIENING,
  SOORT_LABELS,
  SOORTEN,
  VELD_LABELS,
  type VoorzieningInvoer,
} from "../../../../src/domain/sociale-kaart/voorziening";
import { foutmelding, isApiFout } from "../../lib/api";
import {
  Foutoverzicht,
  GeluktMelding,
  Keuzelijst,
  Keuzerondjes,
  keuzesUit,
  Tekstvak,
  Tekstveld,
  useVerzending,
  Verzendknop,
} from "../../lib/formulier";
import { Paginering } from "../../lib/paginering";
import {
  AppLink,
  datumTijd,
  GeenToegangMelding,
  KnopLink,
  Kruimelpad,
  LaadFout,
  Laden,
  PaginaTitel,
  Tabel,
  Uitklapper,
} from "../../lib/ui";
import { Bevestiging } from "../beheer/BeheerPagina";
import { heeftRol, useIngelogd } from "../sessie/sessie";
import {
  kaartUitkomst,
  useArchiveer,
  useBewaarVoorziening,
  useImporteer,
  useOpenbareKaart,
  useTelling,
  useVoorziening,
  useVoorzieningen,
  type Voorziening,
} from "./api";
import { KaartFilter, useKaartFilter } from "./Filter";
import { categorieTekst } from "./Lijst";

const KRUIMELS = [
  { label: "Start", naar: "/" },
  { label: "Sociale kaart bijhouden", naar: "/beheer/sociale-kaart" },
];

/** The kaart is kept by the beheerder and the buurtteam (policy rule 26); others see "Geen toegang". */
function AlleenKaartbeheer({ children }: { children: ReactNode }) {
  const sessie = useIngelogd();
  if (!heeftRol(sessie, "beheerder") && !heeftRol(sessie, "buurtteam")) return <GeenToegangMelding />;
  return <>{children}</>;
}

function Importeren() {
  const importeer = useImporteer();
  const [bestand, setBestand] = useState<File | null>(null);
  const [uitkomst, setUitkomst] = useState<string>();
  const fouten = isApiFout(importeer.error) ? importeer.error.errors : [];
  async function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setUitkomst(undefined);
    if (!bestand) return;
    const formaat = bestand.name.toLowerCase().endsWith(".json") ? "json" : "csv";
    const r = await importeer.mutateAsync({ formaat, inhoud: await bestand.text() }).catch(() => undefined);
    if (r)
      setUitkomst(`Ingelezen: ${r.nieuw} nieuw, ${r.bijgewerkt} bijgewerkt, ${r.ongewijzigd} ongewijzigd.`);
  }
  return (
    <section aria-labelledby="kaart-import">
      <Heading2 id="kaart-import">Exporteren en importeren</Heading2>
      <Paragraph>
        Download de kaart als{" "}
        <AppLink to="/api/sociale-kaart/export?formaat=csv" reloadDocument>
          CSV (Excel)
        </AppLink>{" "}
        of als{" "}
        <AppLink to="/api/sociale-kaart/export?formaat=json" reloadDocument>
          JSON
        </AppLink>
        . Een bestand in hetzelfde formaat leest u hieronder weer in: een bekend extern id wordt bijgewerkt,
        een nieuw id toegevoegd. Staat er één fout in het bestand, dan verandert er niets.
      </Paragraph>
      <Uitklapper titel="De kolommen van het bestand">
        <UnorderedList>
          {KOLOMMEN.map((k) => (
            <UnorderedListItem key={k}>
              <code>{k}</code>
              {KOLOM_UITLEG[k] ? `: ${KOLOM_UITLEG[k]}` : ""}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </Uitklapper>
      <GeluktMelding tekst={uitkomst} />
      {importeer.isError ? (
        <Alert type="error">
          <Paragraph>{foutmelding(importeer.error)}</Paragraph>
          {fouten.length > 0 ? (
            <UnorderedList>
              {fouten.map((f) => (
                <UnorderedListItem key={`${f.veld}-${f.melding}`}>{f.melding}</UnorderedListItem>
              ))}
            </UnorderedList>
          ) : null}
        </Alert>
      ) : null}
      <form
        onSubmit={(e) => void verstuur(e)}
        className="voordeur-formulier"
        noValidate
        aria-labelledby="kaart-import"
      >
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="kaart-bestand">
            Bestand (CSV of JSON)
          </label>
          <input
            id="kaart-bestand"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            onChange={(e) => setBestand(e.currentTarget.files?.[0] ?? null)}
          />
        </div>
        <Verzendknop bezig={importeer.isPending}>Bestand inlezen</Verzendknop>
      </form>
    </section>
  );
}

/** Beheer: every voorziening of the gemeente (archived ones too), with export and import. */
export function KaartBeheerPagina() {
  const { filter, pagina, zet } = useKaartFilter();
  const lijst = useVoorzieningen({ ...filter, pagina, perPagina: 25, gearchiveerd: "ja" });
  const sessie = useIngelogd();
  const wijken = useWijken();
  return (
    <AlleenKaartbeheer>
      <Kruimelpad kruimels={[KRUIMELS[0] as (typeof KRUIMELS)[0], { label: "Sociale kaart bijhouden" }]} />
      <PaginaTitel>Sociale kaart bijhouden</PaginaTitel>
      <Paragraph>
        Inwoners vinden deze voorzieningen zonder inloggen op de{" "}
        <AppLink to="/sociale-kaart">openbare sociale kaart</AppLink>; consulenten kiezen ze als voorliggende
        oplossing in het resultatenplan. Een gearchiveerde voorziening staat niet meer op de kaart.
      </Paragraph>
      <ButtonGroup>
        <KnopLink to="/beheer/sociale-kaart/nieuw" appearance="primary-action-button">
          Voorziening toevoegen
        </KnopLink>
        {heeftRol(sessie, "beheerder") ? (
          <KnopLink to="/beheer/sociale-kaart/telling">Geholpen in het voorliggend veld</KnopLink>
        ) : null}
      </ButtonGroup>
      <KaartFilter key={JSON.stringify(filter)} wijken={wijken ?? []} filter={filter} zet={zet} />
      {lijst.isPending ? <Laden /> : null}
      {lijst.isError ? <LaadFout fout={lijst.error} opnieuw={() => void lijst.refetch()} /> : null}
      {lijst.data ? (
        <Tabel
          bijschrift={`${lijst.data.totaal} voorzieningen`}
          koppen={["Naam", "Soort", "Categorie", "Waar", "Status"]}
          rijen={lijst.data.items.map((v) => ({
            sleutel: v.id,
            cellen: [
              <AppLink key="naam" to={`/beheer/sociale-kaart/${v.id}`}>
                {v.naam}
              </AppLink>,
              SOORT_LABELS[v.soort],
              categorieTekst(v.categorieen),
              v.wijken.length > 0 ? v.wijken.join(", ") : "Hele gemeente",
              v.gearchiveerd ? "Gearchiveerd" : "Op de kaart",
            ],
          }))}
        />
      ) : null}
      {lijst.data ? (
        <Paginering pagina={lijst.data.pagina} perPagina={lijst.data.perPagina} totaal={lijst.data.totaal} />
      ) : null}
      <Importeren />
    </AlleenKaartbeheer>
  );
}

type Invoer = Omit<VoorzieningInvoer, "externId"> & { externId: string };
const LEEG: Invoer = { ...LEGE_VOORZIENING, externId: "", naam: "" };
const uit = (v: Voorziening): Invoer => ({ ...v, wijken: v.wijkCodes });
const VELDEN = Object.fromEntries(
  (Object.keys(VELD_LABELS) as (keyof VoorzieningInvoer)[]).map((k) => [
    k,
    { label: VELD_LABELS[k], id: `vz-${k}` },
  ]),
);
const GRATIS = [
  { waarde: "ja", label: "Gratis" },
  { waarde: "nee", label: "Er zijn kosten" },
  { waarde: "", label: "Niet bekend" },
];

function Formulier({
  voorziening,
  wijken,
}: {
  voorziening?: Voorziening;
  wijken: { code: string; naam: string }[];
}) {
  const navigate = useNavigate();
  const bewaar = useBewaarVoorziening();
  const archiveer = useArchiveer(voorziening);
  const [invoer, setInvoer] = useState<Invoer>(voorziening ? uit(voorziening) : LEEG);
  const { uitkomst, fouten, gelukt, bezig, overzicht, verstuur } = useVerzending(kaartUitkomst);
  const zet = <K extends keyof Invoer>(k: K, w: Invoer[K]) => setInvoer({ ...invoer, [k]: w });
  const tekstveld = (
    k: keyof VoorzieningInvoer,
    extra: { verplicht?: boolean; beschrijving?: string; type?: string } = {},
  ) => (
    <Tekstveld
      id={`vz-${k}`}
      label={VELD_LABELS[k]}
      fout={fouten[k]}
      value={String(invoer[k] ?? "")}
      onChange={(e) => zet(k, e.currentTarget.value as never)}
      {...extra}
    />
  );
  function verzend(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { externId, ...rest } = invoer;
    const body = { ...rest, ...(externId.trim() ? { externId: externId.trim() } : {}) };
    void verstuur(async () => {
      const v = await bewaar.mutateAsync({ id: voorziening?.id, versie: voorziening?.versie, body });
      if (!voorziening)
        navigate(`/beheer/sociale-kaart/${v.id}`, {
          replace: true,
          state: { melding: `${v.naam} is toegevoegd.` },
        });
      return voorziening ? "De voorziening is opgeslagen." : undefined;
    });
  }
  return (
    <>
      <GeluktMelding tekst={gelukt} />
      <Foutoverzicht ref={overzicht} fouten={fouten} velden={VELDEN} melding={uitkomst?.melding} />
      <form onSubmit={verzend} noValidate className="voordeur-formulier" aria-label="Voorziening">
        <Keuzerondjes
          id="vz-soort"
          legenda={VELD_LABELS.soort}
          keuzes={keuzesUit(SOORT_LABELS, SOORTEN)}
          waarde={invoer.soort}
          onChange={(w) => zet("soort", w as Invoer["soort"])}
          fout={fouten.soort}
        />
        {tekstveld("naam", { verplicht: true })}
        {tekstveld("aanbieder")}
        <Tekstvak
          id="vz-omschrijving"
          label={VELD_LABELS.omschrijving}
          waarde={invoer.omschrijving}
          onChange={(w) => zet("omschrijving", w)}
          fout={fouten.omschrijving}
        />
        <Keuzelijst
          id="vz-categorieen"
          legenda={VELD_LABELS.categorieen}
          keuzes={keuzesUit(CATEGORIE_LABELS, CATEGORIEEN)}
          gekozen={invoer.categorieen}
          onChange={(w) => zet("categorieen", w as Invoer["categorieen"])}
          fout={fouten.categorieen}
        />
        <Keuzelijst
          id="vz-wijken"
          legenda={VELD_LABELS.wijken}
          beschrijving="Kies niets als de voorziening voor de hele gemeente is."
          keuzes={wijken.map((w) => ({ waarde: w.code, label: w.naam }))}
          gekozen={invoer.wijken}
          onChange={(w) => zet("wijken", w)}
          fout={fouten.wijken}
        />
        {tekstveld("adres")}
        {tekstveld("telefoon", { type: "tel" })}
        {tekstveld("email", { type: "email" })}
        {tekstveld("website", { beschrijving: "Begint met https://" })}
        {tekstveld("openingstijden")}
        {tekstveld("doelgroep")}
        <Keuzerondjes
          id="vz-gratis"
          legenda={VELD_LABELS.gratis}
          keuzes={GRATIS}
          waarde={invoer.gratis === null ? "" : invoer.gratis ? "ja" : "nee"}
          onChange={(w) => zet("gratis", w === "" ? null : w === "ja")}
          fout={fouten.gratis}
        />
        {invoer.gratis === false
          ? tekstveld("kosten", { verplicht: true, beschrijving: "Bijvoorbeeld € 2,50 per keer" })
          : null}
        {tekstveld("externId", {
          beschrijving: "Uw sleutel voor export en import. Leeg: Voordeur maakt er een.",
        })}
        <Verzendknop bezig={bezig}>Opslaan</Verzendknop>
      </form>
      {voorziening ? (
        <section aria-labelledby="vz-archief">
          <Heading2 id="vz-archief">{voorziening.gearchiveerd ? "Gearchiveerd" : "Archiveren"}</Heading2>
          <Paragraph>
            {voorziening.gearchiveerd
              ? "Deze voorziening staat niet op de kaart. Plannen die haar kozen, tonen haar nog."
              : "Bestaat de voorziening niet meer? Archiveer haar: ze gaat van de kaart, plannen die haar kozen blijven haar tonen."}
          </Paragraph>
          {archiveer.isError ? (
            <Alert type="error">
              <Paragraph>{foutmelding(archiveer.error)}</Paragraph>
            </Alert>
          ) : null}
          <ButtonGroup>
            <Button
              appearance="secondary-action-button"
              disabled={archiveer.isPending}
              onClick={() => archiveer.mutate(!voorziening.gearchiveerd)}
            >
              {voorziening.gearchiveerd ? "Terugzetten op de kaart" : "Archiveren"}
            </Button>
          </ButtonGroup>
          <Paragraph>
            Laatst gewijzigd {datumTijd(voorziening.gewijzigdOp)}
            {voorziening.gewijzigdDoor ? ` door ${voorziening.gewijzigdDoor}` : ""}.
          </Paragraph>
        </section>
      ) : null}
    </>
  );
}

/** Add (/beheer/sociale-kaart/nieuw) or change one voorziening. */
export function VoorzieningBeheerPagina() {
  const { id } = useParams();
  const nieuw = id === "nieuw";
  const voorziening = useVoorziening(nieuw ? undefined : id);
  const wijken = useWijken();
  const titel = nieuw ? "Voorziening toevoegen" : (voorziening.data?.naam ?? "Voorziening");
  return (
    <AlleenKaartbeheer>
      <Kruimelpad kruimels={[...KRUIMELS, { label: titel }]} />
      <PaginaTitel>{titel}</PaginaTitel>
      <Bevestiging />
      {!nieuw && voorziening.isPending ? <Laden /> : null}
      {voorziening.isError ? <LaadFout fout={voorziening.error} /> : null}
      {wijken && (nieuw || voorziening.data) ? (
        <Formulier
          key={`${voorziening.data?.id}-${voorziening.data?.versie}`}
          wijken={wijken}
          {...(voorziening.data ? { voorziening: voorziening.data } : {})}
        />
      ) : null}
    </AlleenKaartbeheer>
  );
}

/** The wijken of the own gemeente, from the public kaart of that gemeente. */
function useWijken() {
  const sessie = useIngelogd();
  const kaart = useOpenbareKaart(sessie.gemeente.code);
  return kaart.data?.wijken;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Residents helped in the voorliggend veld (003 §1), per voorziening and per category, for plans started in the
 * period (the teamleider and the beheerder: rapportage).
 */
export function TellingPagina() {
  const sessie = useIngelogd();
  const nu = new Date();
  const [periode, setPeriode] = useState({ van: `${nu.getFullYear()}-01-01`, tot: iso(nu) });
  const [concept, setConcept] = useState(periode);
  const telling = useTelling(periode.van, periode.tot);
  if (!heeftRol(sessie, "teamleider") && !heeftRol(sessie, "beheerder")) return <GeenToegangMelding />;
  return (
    <>
      <Kruimelpad kruimels={[...KRUIMELS, { label: "Geholpen in het voorliggend veld" }]} />
      <PaginaTitel>Geholpen in het voorliggend veld</PaginaTitel>
      <Paragraph>
        Hoeveel inwoners een voorliggende oplossing van de sociale kaart kregen in hun resultatenplan, geteld
        op de datum waarop het plan begon. Een oplossing voor het hele gezin telt ieder gezinslid. Oplossingen
        die alleen als vrije tekst zijn beschreven, tellen niet mee.
      </Paragraph>
      <form
        className="voordeur-formulier"
        noValidate
        aria-label="Periode"
        onSubmit={(e) => {
          e.preventDefault();
          setPeriode(concept);
        }}
      >
        <Tekstveld
          id="telling-van"
          type="date"
          label="Van"
          verplicht
          value={concept.van}
          onChange={(e) => setConcept({ ...concept, van: e.currentTarget.value })}
        />
        <Tekstveld
          id="telling-tot"
          type="date"
          label="Tot en met"
          verplicht
          value={concept.tot}
          onChange={(e) => setConcept({ ...concept, tot: e.currentTarget.value })}
        />
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button">
            Tellen
          </Button>
        </ButtonGroup>
      </form>
      {telling.isPending ? <Laden /> : null}
      {telling.isError ? <LaadFout fout={telling.error} /> : null}
      {telling.data ? (
        <>
          <Heading2>
            {telling.data.totaal} {telling.data.totaal === 1 ? "inwoner" : "inwoners"} geholpen
          </Heading2>
          <Tabel
            bijschrift="Per categorie"
            koppen={["Categorie", "Inwoners"]}
            rijen={telling.data.perCategorie.map((c) => ({
              sleutel: c.categorie,
              cellen: [c.label, c.inwoners],
            }))}
          />
          <Tabel
            bijschrift="Per voorziening"
            koppen={["Voorziening", "Categorie", "Inwoners"]}
            rijen={telling.data.perVoorziening.map((v) => ({
              sleutel: v.id,
              cellen: [v.naam, categorieTekst(v.categorieen), v.inwoners],
            }))}
          />
        </>
      ) : null}
    </>
  );
}
