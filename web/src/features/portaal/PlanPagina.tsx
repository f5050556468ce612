/**
 * The resident reads the resultatenplan in the words of the letter and signs it digitally (issue 16): a tick "I read
 * it and agree", then one button. The version read goes along (its hash): was the plan changed meanwhile, the page
 * says so and shows the new version.
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
import { type FormEvent, useState } from "react";
import { useParams } from "react-router";
import { isApiFout } from "../../lib/api";
import { Vinkje } from "../../lib/formulier";
import { AppLink, datumTijd, LaadFout, Laden, PaginaTitel, Tabel } from "../../lib/ui";
import { AlleenInwoner } from "./AlleenInwoner";
import { type MijnPlan, type PlanBlok, useMijnPlan, useOndertekenPlan } from "./api";
import { datumVoluit } from "./OpMijnZaak";

/** A table's caption: the heading just above it in the plan ("Resultaten", "Maatwerkvoorzieningen"). */
function Blok({ blok, titel }: { blok: PlanBlok; titel: string }) {
  if ("kop" in blok) return <Heading2>{blok.kop}</Heading2>;
  if ("alinea" in blok) return <Paragraph>{blok.alinea}</Paragraph>;
  if ("lijst" in blok)
    return (
      <UnorderedList>
        {blok.lijst.map((regel) => (
          <UnorderedListItem key={regel}>{regel}</UnorderedListItem>
        ))}
      </UnorderedList>
    );
  if ("gegevens" in blok)
    return (
      <dl className="voordeur-mijn-gegevens">
        {blok.gegevens.map(([naam, waarde]) => (
          <div key={naam}>
            <dt>{naam}</dt>
            <dd>{waarde}</dd>
          </div>
        ))}
      </dl>
    );
  // Wide screens: a table; a phone: one card per row with the column names, so no word is broken mid-word.
  const { kolommen, rijen } = blok.tabel;
  return (
    <>
      <div className="voordeur-mijn-breed">
        <Tabel
          bijschrift={titel}
          bijschriftVerborgen
          koppen={kolommen}
          rijen={rijen.map((r, i) => ({ sleutel: String(i), cellen: r }))}
        />
      </div>
      <ul className="voordeur-mijn-smal voordeur-mijn-kaarten" aria-label={titel}>
        {rijen.map((r, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the rows are the plan's fixed order
          <li key={i}>
            <dl className="voordeur-mijn-gegevens">
              {kolommen.map((k, j) => (
                <div key={k}>
                  <dt>{k}</dt>
                  <dd>{r[j]}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}

function Ondertekenen({ zaakId, plan }: { zaakId: string; plan: MijnPlan }) {
  const ondertekenen = useOndertekenPlan(zaakId);
  const [akkoord, setAkkoord] = useState(false);
  const [fout, setFout] = useState<string>();

  function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!akkoord) {
      setFout("Zet een vinkje als u het plan heeft gelezen en het ermee eens bent.");
      return;
    }
    setFout(undefined);
    ondertekenen.mutate({ versie: plan.versie, hash: plan.hash, akkoord });
  }

  const weigering = ondertekenen.isError && isApiFout(ondertekenen.error) ? ondertekenen.error : null;
  return (
    <form onSubmit={verstuur} noValidate className="voordeur-formulier">
      <Heading2>Ondertekenen</Heading2>
      {weigering ? (
        <Alert type="error">
          <Paragraph>{weigering.detail}</Paragraph>
        </Alert>
      ) : null}
      <Vinkje
        id="akkoord"
        label="Ik heb het plan gelezen en ik ben het ermee eens."
        beschrijving="Als u ondertekent, geldt het plan als uw aanvraag. Daarna nemen we een besluit."
        aan={akkoord}
        onChange={setAkkoord}
        fout={fout}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={ondertekenen.isPending}>
          Plan ondertekenen
        </Button>
      </ButtonGroup>
    </form>
  );
}

export function MijnPlanPagina() {
  const { id = "" } = useParams();
  const plan = useMijnPlan(id);
  const p = plan.data;
  return (
    <AlleenInwoner>
      <Paragraph>
        <AppLink to={`/mijn/zaken/${id}`}>Terug naar uw zaak</AppLink>
      </Paragraph>
      <PaginaTitel>Uw resultatenplan</PaginaTitel>
      {plan.isPending ? <Laden /> : null}
      {plan.isError ? <LaadFout fout={plan.error} /> : null}
      {p ? (
        <>
          {p.ondertekend ? (
            <Alert type="ok">
              <Paragraph>
                Het plan is ondertekend op {datumVoluit(p.ondertekend.datum)}
                {p.ondertekend.digitaal ? " in Mijn Voordeur" : ""}. Het plan geldt als uw aanvraag. Wanneer
                we uiterlijk een besluit nemen, ziet u bij uw zaak.
              </Paragraph>
            </Alert>
          ) : null}
          {p.blokken.map((b, i) => {
            const vorige = p.blokken[i - 1];
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: the blocks are the plan's fixed order
              <Blok key={i} blok={b} titel={vorige && "kop" in vorige ? vorige.kop : `Tabel ${i + 1}`} />
            );
          })}
          <Heading3>Wie ondertekent?</Heading3>
          <Paragraph>{p.wieTekent}</Paragraph>
          <UnorderedList>
            {p.ondertekenaars.map((o) => (
              <UnorderedListItem key={o.naam}>
                {o.naam} ({o.hoedanigheid}):{" "}
                {o.getekendOp ? `ondertekend op ${datumTijd(o.getekendOp)}` : "nog niet ondertekend"}
              </UnorderedListItem>
            ))}
          </UnorderedList>
          <Paragraph className="voordeur-mijn-klein">
            Kenmerk van deze versie: {p.hash.slice(0, 12)}
          </Paragraph>
          {p.ikMoetTekenen ? <Ondertekenen zaakId={id} plan={p} /> : null}
        </>
      ) : null}
    </AlleenInwoner>
  );
}
