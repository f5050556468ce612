/**
 * Mijn Voordeur (issue 16): the resident's own pages, in plain Dutch (B1), in the same app under /mijn with the
 * bare layout. Logging in with DigiD through the municipality's broker, or in the demo a clearly marked demo-inlog;
 * my zaken in words with the legal deadlines; asking for help, with the crisis numbers at once when it is not safe.
 */
import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { type FormEvent, useRef, useState } from "react";
import { useNavigate, useParams } from "react-router";
import { isApiFout } from "../../lib/api";
import {
  Foutoverzicht,
  Keuzelijst,
  Keuzerondjes,
  Keuzeveld,
  Tekstvak,
  Tekstveld,
  type Veldfouten,
  veldfoutenUit,
} from "../../lib/formulier";
import { AppLink, datumTijd, KnopLink, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { AlleenInwoner } from "./AlleenInwoner";
import { MijnAfspraken } from "./MijnAfspraken";
import { MijnInzage } from "./MijnInzage";
import {
  MijnBerichtenOpZaak,
  MijnBezwaar,
  MijnBrieven,
  MijnEnquete,
  MijnGevraagdeDocumenten,
  MijnPlanOpZaak,
} from "./OpMijnZaak";

export { MijnBerichtenPagina } from "./BerichtenPagina";
export { MijnPlanPagina } from "./PlanPagina";

import {
  type HulpvraagOntvangen,
  useDemoInlog,
  useDemoInwoners,
  useHulpVragen,
  useHulpvraagKeuzes,
  useInlogmogelijkheden,
  useMijnHulpvragen,
  useMijnZaak,
  useMijnZaken,
} from "./api";
import "./portaal.css";

const datum = (iso: string) =>
  new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric" }).format(new Date(iso));

export function MijnInloggenPagina() {
  const mogelijk = useInlogmogelijkheden();
  const [gemeente, setGemeente] = useState("");
  const demo = useDemoInwoners(mogelijk.data?.demo && gemeente ? gemeente : null);
  const inloggen = useDemoInlog();
  const navigate = useNavigate();
  const [fout, setFout] = useState<string | undefined>();
  if (mogelijk.isPending) return <Laden />;
  if (mogelijk.isError) return <LaadFout fout={mogelijk.error} opnieuw={() => void mogelijk.refetch()} />;
  const { gemeenten, digid } = mogelijk.data;

  function metDigid(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!gemeente) {
      setFout("Kies uw gemeente");
      return;
    }
    window.location.assign(`/api/portaal/oidc/start?gemeente=${encodeURIComponent(gemeente)}`);
  }

  return (
    <>
      <PaginaTitel>Inloggen bij Mijn Voordeur</PaginaTitel>
      <Paragraph>
        Hier vraagt u hulp aan de gemeente en ziet u hoe het met uw vraag staat. U logt in met DigiD.
      </Paragraph>
      <form onSubmit={metDigid} noValidate className="voordeur-formulier">
        <Keuzeveld
          id="gemeente"
          label="Uw gemeente"
          leeg="Kies uw gemeente"
          keuzes={gemeenten.map((g) => ({ waarde: g.code, label: g.naam }))}
          waarde={gemeente}
          onChange={(code) => {
            setGemeente(code);
            setFout(undefined);
          }}
          fout={fout}
        />
        {digid ? (
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button">
              Inloggen met DigiD
            </Button>
          </ButtonGroup>
        ) : (
          <Alert type="info">
            <Paragraph>
              Inloggen met DigiD is hier nog niet ingesteld. Bel de gemeente als u hulp nodig heeft.
            </Paragraph>
          </Alert>
        )}
      </form>
      {mogelijk.data.demo ? (
        <section aria-labelledby="demo-kop" className="voordeur-mijn-demo">
          <Heading2 id="demo-kop">Demo-inlog</Heading2>
          <Alert type="warning">
            <Paragraph>
              Dit is een demo met verzonnen inwoners. Kies hierboven een gemeente en daarna een inwoner om
              Mijn Voordeur te bekijken. In een echte gemeente staat dit uit.
            </Paragraph>
          </Alert>
          {demo.isFetching ? <Laden /> : null}
          {demo.isError ? <LaadFout fout={demo.error} /> : null}
          {inloggen.isError ? (
            <Alert type="error">
              <Paragraph>Inloggen is niet gelukt. Probeer het opnieuw.</Paragraph>
            </Alert>
          ) : null}
          {demo.data?.items.length === 0 ? (
            <Paragraph>Deze gemeente heeft geen demo-inwoners.</Paragraph>
          ) : null}
          <UnorderedList>
            {demo.data?.items.map((d) => (
              <UnorderedListItem key={d.persoonId}>
                <Button
                  appearance="subtle-button"
                  disabled={inloggen.isPending}
                  onClick={() => inloggen.mutate(d.persoonId, { onSuccess: () => navigate("/mijn") })}
                >
                  Inloggen als {d.naam}
                </Button>{" "}
                ({d.toelichting})
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      ) : null}
    </>
  );
}

function MijnZakenLijst() {
  const zaken = useMijnZaken();
  if (zaken.isPending) return <Laden />;
  if (zaken.isError) return <LaadFout fout={zaken.error} opnieuw={() => void zaken.refetch()} />;
  if (zaken.data.items.length === 0) return <Paragraph>U heeft nog geen lopende vragen bij ons.</Paragraph>;
  return (
    <ul className="voordeur-mijn-zaken">
      {zaken.data.items.map((z) => (
        <li key={z.id} className="voordeur-mijn-zaak">
          <Heading3>
            <AppLink to={`/mijn/zaken/${z.id}`}>{z.onderwerp}</AppLink>
          </Heading3>
          <Paragraph>{z.status}</Paragraph>
          {z.volgendeStap ? <Paragraph>Wat gebeurt er nu: {z.volgendeStap}</Paragraph> : null}
          <Paragraph className="voordeur-mijn-klein">
            Nummer {z.zaaknummer}, gemeld op {datum(z.gemeldOp)}
          </Paragraph>
        </li>
      ))}
    </ul>
  );
}

function MijnHulpvragenLijst() {
  const vragen = useMijnHulpvragen();
  const keuzes = useHulpvraagKeuzes();
  if (vragen.isPending) return <Laden />;
  if (vragen.isError) return <LaadFout fout={vragen.error} opnieuw={() => void vragen.refetch()} />;
  if (vragen.data.items.length === 0) return null;
  const thema = (code: string) => keuzes.data?.themas.find((t) => t.code === code)?.naam ?? "Hulpvraag";
  return (
    <section aria-labelledby="hulpvragen-kop">
      <Heading2 id="hulpvragen-kop">Uw hulpvragen</Heading2>
      <UnorderedList>
        {vragen.data.items.map((h) => (
          <UnorderedListItem key={h.id}>
            {thema(h.thema)}, verstuurd op {datumTijd(h.ingediendOp)}.{" "}
            {h.inBehandeling
              ? "Een medewerker is ermee bezig."
              : "Een medewerker neemt zo snel mogelijk contact op."}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}

export function MijnOverzichtPagina() {
  return (
    <AlleenInwoner>
      <PaginaTitel>Mijn Voordeur</PaginaTitel>
      <ButtonGroup>
        <KnopLink to="/mijn/hulp-vragen">Hulp vragen</KnopLink>
      </ButtonGroup>
      <Heading2>Mijn zaken</Heading2>
      <MijnZakenLijst />
      <MijnHulpvragenLijst />
      <MijnInzage />
    </AlleenInwoner>
  );
}

export function MijnZaakPagina() {
  const { id = "" } = useParams();
  const zaak = useMijnZaak(id);
  return (
    <AlleenInwoner>
      <Paragraph>
        <AppLink to="/mijn">Terug naar Mijn Voordeur</AppLink>
      </Paragraph>
      {zaak.isPending ? <Laden /> : null}
      {zaak.isError ? <LaadFout fout={zaak.error} /> : null}
      {zaak.data ? (
        <>
          <PaginaTitel>{zaak.data.onderwerp}</PaginaTitel>
          <Paragraph className="voordeur-mijn-klein">
            Nummer {zaak.data.zaaknummer}, gemeld op {datum(zaak.data.gemeldOp)}
          </Paragraph>
          <Heading2>Hoe staat het ervoor?</Heading2>
          <Paragraph>{zaak.data.status}</Paragraph>
          {zaak.data.volgendeStap ? (
            <>
              <Heading2>Wat gebeurt er nu?</Heading2>
              <Paragraph>{zaak.data.volgendeStap}</Paragraph>
            </>
          ) : null}
          {zaak.data.termijnen.length > 0 ? (
            <>
              <Heading2>Belangrijke data</Heading2>
              <UnorderedList>
                {zaak.data.termijnen.map((t) => (
                  <UnorderedListItem key={t.soort}>{t.tekst}</UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          ) : null}
          <MijnAfspraken zaak={zaak.data} />
          <MijnGevraagdeDocumenten zaak={zaak.data} />
          <MijnPlanOpZaak zaak={zaak.data} />
          <MijnBrieven zaak={zaak.data} />
          <MijnBezwaar zaak={zaak.data} />
          <MijnEnquete zaak={zaak.data} />
          <MijnBerichtenOpZaak zaak={zaak.data} />
          <Heading2>Vragen?</Heading2>
          <Paragraph>
            {zaak.data.contactpersoon
              ? `Uw contactpersoon is ${zaak.data.contactpersoon}. Bel de gemeente en noem het nummer ${zaak.data.zaaknummer}.`
              : `Er is nog geen vaste contactpersoon. Bel de gemeente en noem het nummer ${zaak.data.zaaknummer}.`}
          </Paragraph>
        </>
      ) : null}
    </AlleenInwoner>
  );
}

function Crisisnummers({ nummers }: { nummers: HulpvraagOntvangen["crisisnummers"] }) {
  return (
    <Alert type="error">
      <Heading2>Bent u of is iemand anders nu niet veilig?</Heading2>
      <UnorderedList>
        {nummers.map((c) => (
          <UnorderedListItem key={c.nummer}>
            <strong>
              {c.naam}: <a href={`tel:${c.nummer.replaceAll("-", "")}`}>{c.nummer}</a>
            </strong>
            . {c.wanneer}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </Alert>
  );
}

const JA_NEE = [
  { waarde: "nee", label: "Nee" },
  { waarde: "ja", label: "Ja" },
];

/** The fields by the short name the error list uses ("Onderwerp: Kies …"); the questions are on the fields. */
const VELDEN = {
  thema: { label: "Onderwerp", id: "thema" },
  leefgebieden: { label: "Andere zorgen", id: "leefgebieden" },
  vraag: { label: "Uw vraag", id: "vraag" },
  spoed: { label: "Dringend", id: "spoed" },
  onveilig: { label: "Veiligheid", id: "onveilig" },
  contactwijze: { label: "Contact", id: "contactwijze" },
  telefoon: { label: "Telefoonnummer", id: "telefoon" },
  email: { label: "E-mailadres", id: "email" },
};

export function HulpVragenPagina() {
  const keuzes = useHulpvraagKeuzes();
  const versturen = useHulpVragen();
  const overzicht = useRef<HTMLDivElement>(null);
  const [v, setV] = useState({
    thema: "",
    leefgebieden: [] as string[],
    vraag: "",
    spoed: "",
    onveilig: "",
    contactwijze: "",
    telefoon: "",
    email: "",
  });
  const [fouten, setFouten] = useState<Veldfouten>({});
  const zet = (veld: keyof typeof v) => (waarde: string | string[]) =>
    setV((oud) => ({ ...oud, [veld]: waarde }));

  function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const lokaal: Veldfouten = {};
    if (!v.thema) lokaal.thema = "Kies waar uw vraag over gaat";
    if (!v.vraag.trim()) lokaal.vraag = "Schrijf kort op wat uw vraag is";
    if (!v.spoed) lokaal.spoed = "Kies ja of nee";
    if (!v.onveilig) lokaal.onveilig = "Kies ja of nee";
    if (!v.contactwijze) lokaal.contactwijze = "Kies hoe we contact met u opnemen";
    if (Object.keys(lokaal).length > 0) {
      setFouten(lokaal);
      requestAnimationFrame(() => overzicht.current?.focus());
      return;
    }
    versturen.mutate(
      {
        thema: v.thema as "overig",
        leefgebieden: v.leefgebieden as "huishouden"[],
        vraag: v.vraag,
        spoed: v.spoed === "ja",
        onveilig: v.onveilig === "ja",
        contactwijze: v.contactwijze as "telefoon",
        ...(v.contactwijze === "telefoon" ? { telefoon: v.telefoon } : {}),
        ...(v.contactwijze === "email" ? { email: v.email } : {}),
      },
      {
        onSuccess: () => setFouten({}),
        onError: (fout) => {
          setFouten(isApiFout(fout) && fout.status === 400 ? veldfoutenUit(fout.errors) : {});
          requestAnimationFrame(() => overzicht.current?.focus());
        },
      },
    );
  }

  return (
    <AlleenInwoner>
      <Paragraph>
        <AppLink to="/mijn">Terug naar Mijn Voordeur</AppLink>
      </Paragraph>
      <PaginaTitel>Hulp vragen</PaginaTitel>
      {keuzes.isPending ? <Laden /> : null}
      {keuzes.isError ? <LaadFout fout={keuzes.error} /> : null}
      {versturen.isSuccess ? (
        <>
          {versturen.data.crisisnummers.length > 0 ? (
            <Crisisnummers nummers={versturen.data.crisisnummers} />
          ) : null}
          <Alert type="ok">
            <Paragraph>
              We hebben uw vraag ontvangen. Een medewerker van de gemeente neemt zo snel mogelijk contact met
              u op.
            </Paragraph>
          </Alert>
          <Paragraph>
            <AppLink to="/mijn">Naar Mijn Voordeur</AppLink>
          </Paragraph>
        </>
      ) : keuzes.data ? (
        <form onSubmit={verstuur} noValidate className="voordeur-formulier">
          <Foutoverzicht
            ref={overzicht}
            fouten={fouten}
            velden={VELDEN}
            melding={
              versturen.isError && !isApiFout(versturen.error) ? "Versturen is niet gelukt." : undefined
            }
          />
          <Keuzeveld
            id="thema"
            label="Waar gaat uw vraag over?"
            leeg="Kies een onderwerp"
            keuzes={keuzes.data.themas.map((t) => ({ waarde: t.code, label: t.naam }))}
            waarde={v.thema}
            onChange={zet("thema")}
            fout={fouten.thema}
          />
          <Keuzelijst
            id="leefgebieden"
            legenda={
              <>
                Waar heeft u nog meer zorgen over?{" "}
                <span className="voordeur-optioneel">(niet verplicht)</span>
              </>
            }
            keuzes={keuzes.data.leefgebieden.map((l) => ({ waarde: l.code, label: l.naam }))}
            gekozen={v.leefgebieden}
            onChange={zet("leefgebieden")}
            fout={fouten.leefgebieden}
          />
          <Tekstvak
            id="vraag"
            label={VELDEN.vraag.label}
            beschrijving="Schrijf in uw eigen woorden waar u hulp bij nodig heeft."
            waarde={v.vraag}
            onChange={zet("vraag")}
            rows={5}
            fout={fouten.vraag}
          />
          <Keuzerondjes
            id="spoed"
            legenda="Is het dringend?"
            keuzes={JA_NEE}
            waarde={v.spoed}
            onChange={zet("spoed")}
            fout={fouten.spoed}
          />
          <Keuzerondjes
            id="onveilig"
            legenda="Voelt u zich of iemand anders zich op dit moment niet veilig?"
            keuzes={JA_NEE}
            waarde={v.onveilig}
            onChange={zet("onveilig")}
            fout={fouten.onveilig}
          />
          {v.onveilig === "ja" || v.thema === "veiligheid" ? (
            <Crisisnummers nummers={keuzes.data.crisisnummers} />
          ) : null}
          <Keuzerondjes
            id="contactwijze"
            legenda="Hoe nemen we contact met u op?"
            keuzes={keuzes.data.contactwijzen.map((c) => ({ waarde: c.code, label: c.naam }))}
            waarde={v.contactwijze}
            onChange={zet("contactwijze")}
            fout={fouten.contactwijze}
          />
          {v.contactwijze === "telefoon" ? (
            <Tekstveld
              id="telefoon"
              type="tel"
              autoComplete="tel"
              verplicht
              label={VELDEN.telefoon.label}
              value={v.telefoon}
              onChange={(e) => zet("telefoon")(e.currentTarget.value)}
              fout={fouten.telefoon}
            />
          ) : null}
          {v.contactwijze === "email" ? (
            <Tekstveld
              id="email"
              type="email"
              autoComplete="email"
              verplicht
              label={VELDEN.email.label}
              value={v.email}
              onChange={(e) => zet("email")(e.currentTarget.value)}
              fout={fouten.email}
            />
          ) : null}
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" disabled={versturen.isPending}>
              Versturen
            </Button>
          </ButtonGroup>
        </form>
      ) : null}
    </AlleenInwoner>
  );
}
