import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { type FormEvent, useState } from "react";
import { useParams } from "react-router";
import { foutmelding, isApiFout } from "../../lib/api";
import { REDENEN_AFWIJZING, type VerzoekDetail } from "../../lib/contract";
import { Keuzerondjes, Keuzeveld, Tekstveld } from "../../lib/formulier";
import { AppLink, Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { kortDatum } from "../zaken/weergave";
import { useVerzoek, useVerzoekBeantwoorden } from "./api";
import { Klok } from "./VerzoekenPagina";
import { BerichtStatus } from "./weergave";

type Soort = "toewijzen" | "afwijzen" | "in-onderzoek";

const ANTWOORDEN: { waarde: Soort; label: string; uitleg: string }[] = [
  { waarde: "toewijzen", label: "Toewijzen", uitleg: "Toewijzing (301) met de referentie van de aanbieder" },
  { waarde: "afwijzen", label: "Afwijzen", uitleg: "Antwoord (319) met de reden van afwijzing" },
  {
    waarde: "in-onderzoek",
    label: "In onderzoek",
    uitleg: "Antwoord (319); definitief antwoord binnen 8 weken",
  },
];

const REDENEN = Object.entries(REDENEN_AFWIJZING).map(([waarde, label]) => ({
  waarde,
  label: `${waarde} – ${label}`,
}));

function Producten({ verzoek }: { verzoek: VerzoekDetail }) {
  return (
    <UnorderedList>
      {verzoek.producten.map((p) => (
        <UnorderedListItem
          key={`${p.soort}-${p.referentieAanbieder ?? ""}-${p.toewijzingnummer ?? ""}-${p.product?.code ?? ""}-${p.ingangsdatum ?? ""}`}
        >
          {p.soort === "nieuw" ? "Nieuw" : p.soort === "wijzigen" ? "Wijzigen" : "Ongewijzigd"}:{" "}
          {p.product
            ? `categorie ${p.product.categorie}${p.product.code ? `, product ${p.product.code}` : ""}`
            : ""}
          {p.toewijzingnummer ? ` toewijzing ${p.toewijzingnummer}` : ""}
          {p.ingangsdatum ? `, vanaf ${kortDatum(p.ingangsdatum)}` : ""}
          {p.einddatum ? ` tot en met ${kortDatum(p.einddatum)}` : ""}
          {p.omvang
            ? `, ${p.omvang.volume} × eenheid ${p.omvang.eenheid} (frequentie ${p.omvang.frequentie})`
            : ""}
          {p.budget !== null ? `, budget € ${(p.budget / 100).toFixed(2)}` : ""}
          {p.verwijzer ? `; verwezen door ${p.verwijzer.naam ?? `verwijzer type ${p.verwijzer.type}`}` : ""}
          {p.referentieAanbieder ? ` (referentie ${p.referentieAanbieder})` : ""}
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

type Beantwoorden = ReturnType<typeof useVerzoekBeantwoorden>;

function Verstuurd({ beantwoord }: { beantwoord: Beantwoorden }) {
  if (!beantwoord.isSuccess) return null;
  const ids = beantwoord.data.berichtIds;
  return (
    <Alert type="ok">
      <Paragraph>
        Het antwoord staat klaar om te versturen ({ids.length} {ids.length === 1 ? "bericht" : "berichten"}).{" "}
        {ids[0] ? <AppLink to={`/berichten/${ids[0]}`}>Bekijk het bericht</AppLink> : null}
      </Paragraph>
    </Alert>
  );
}

function Antwoordformulier({ verzoek, beantwoord }: { verzoek: VerzoekDetail; beantwoord: Beantwoorden }) {
  const [soort, setSoort] = useState<Soort | "">("");
  const [reden, setReden] = useState("");
  const [gemeente, setGemeente] = useState("");
  const [fout, setFout] = useState<string | null>(null);
  const keuzes =
    verzoek.status === "in-onderzoek" ? ANTWOORDEN.filter((a) => a.waarde !== "in-onderzoek") : ANTWOORDEN;

  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    if (!soort) return setFout("Kies een antwoord.");
    if (soort === "afwijzen" && !reden) return setFout("Kies een reden van afwijzing.");
    setFout(null);
    const antwoord =
      soort === "afwijzen"
        ? {
            antwoord: soort,
            redenAfwijzing: reden as "1",
            ...(reden === "8" && gemeente ? { woonplaatsGemeente: gemeente.trim() } : {}),
          }
        : { antwoord: soort };
    beantwoord.mutate({ antwoord, versie: verzoek.versie });
  };

  const serverfout = beantwoord.isError
    ? isApiFout(beantwoord.error) && beantwoord.error.errors.length > 0
      ? `${beantwoord.error.detail} ${beantwoord.error.errors.map((f) => f.melding).join(" ")}`
      : foutmelding(beantwoord.error)
    : null;
  return (
    <form onSubmit={verstuur} aria-labelledby="antwoord-kop">
      <Heading2 id="antwoord-kop">Antwoorden</Heading2>
      {fout || serverfout ? (
        <Alert type="error">
          <Paragraph>{fout ?? serverfout}</Paragraph>
        </Alert>
      ) : null}
      <Keuzerondjes
        id="antwoord"
        legenda="Antwoord aan de aanbieder"
        keuzes={keuzes.map((a) => ({ waarde: a.waarde, label: `${a.label}: ${a.uitleg}` }))}
        waarde={soort}
        onChange={(w) => setSoort(w as Soort)}
      />
      {soort === "afwijzen" ? (
        <Keuzeveld
          id="reden"
          label="Reden van afwijzing"
          keuzes={REDENEN}
          waarde={reden}
          onChange={setReden}
          leeg="Kies een reden"
        />
      ) : null}
      {soort === "afwijzen" && reden === "8" ? (
        <Tekstveld
          id="woonplaatsgemeente"
          label="Verantwoordelijke gemeente (CBS-code)"
          beschrijving="De gemeente die volgens het woonplaatsbeginsel verantwoordelijk is, bijvoorbeeld 0106 voor Assen"
          verplicht
          inputMode="numeric"
          value={gemeente}
          onChange={(e) => setGemeente(e.currentTarget.value)}
        />
      ) : null}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={beantwoord.isPending}>
          Antwoord klaarzetten
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** /berichten/verzoeken/:id: what the provider asks, the answer clocks, and A&O's answer. */
export function VerzoekPagina() {
  const { id = "" } = useParams();
  const verzoek = useVerzoek(id);
  const beantwoord = useVerzoekBeantwoorden(id);
  if (verzoek.isPending) return <Laden />;
  if (verzoek.isError) return <LaadFout fout={verzoek.error} opnieuw={() => verzoek.refetch()} />;
  const v = verzoek.data;
  const open = v.status === "open" || v.status === "in-onderzoek";
  return (
    <>
      <Kruimelpad
        kruimels={[
          { naar: "/berichten", label: "Berichten" },
          { naar: "/berichten/verzoeken", label: "Verzoeken" },
          { label: v.client },
        ]}
      />
      <PaginaTitel>
        Verzoek om {v.soort} voor {v.client}
      </PaginaTitel>
      <Paragraph>
        <BerichtStatus status={v.status} /> Ontvangen op {kortDatum(v.ontvangenOp)} van{" "}
        {v.aanbieder ?? "aanbieder"} (AGB {v.aanbiederAgb}) onder de {v.wet === "wmo" ? "Wmo" : "Jeugdwet"}.{" "}
        <AppLink to={`/zaken/${v.zaakId}`}>Zaak {v.zaaknummer}</AppLink>
        {" · "}
        <AppLink to={`/berichten/${v.berichtId}`}>Ontvangen bericht</AppLink>
      </Paragraph>
      <Paragraph>
        Antwoordklok: <Klok verzoek={v} />
      </Paragraph>
      <Heading2>Gevraagde producten</Heading2>
      <Producten verzoek={v} />
      <Verstuurd beantwoord={beantwoord} />
      {open ? (
        <Antwoordformulier verzoek={v} beantwoord={beantwoord} />
      ) : (
        <Paragraph>Dit verzoek is beantwoord.</Paragraph>
      )}
    </>
  );
}
