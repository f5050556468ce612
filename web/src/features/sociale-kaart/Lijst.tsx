import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Heading3,
  Link,
  Paragraph,
} from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { CATEGORIE_LABELS, type Categorie } from "../../../../src/domain/sociale-kaart/voorziening";
import type { OpenbareVoorziening } from "./api";

export const categorieTekst = (c: readonly Categorie[]) => c.map((x) => CATEGORIE_LABELS[x]).join(", ");

export const kostenTekst = (v: Pick<OpenbareVoorziening, "gratis" | "kosten">) =>
  v.gratis === true ? "Gratis" : v.gratis === false ? v.kosten : "Niet bekend: vraag het de aanbieder";

function Regel({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

/** One voorziening as a resident reads it: only the facts that are known. */
export function VoorzieningKaartje({
  v,
  kop = "h3",
  na,
}: {
  v: OpenbareVoorziening;
  kop?: "h3";
  na?: ReactNode;
}) {
  const titel = kop === "h3" ? <Heading3>{v.naam}</Heading3> : null;
  return (
    <article className="voordeur-voorziening" aria-label={v.naam}>
      {titel}
      {v.omschrijving ? <Paragraph>{v.omschrijving}</Paragraph> : null}
      <DataList>
        {v.aanbieder ? <Regel label="Aanbieder">{v.aanbieder}</Regel> : null}
        <Regel label="Categorie">{categorieTekst(v.categorieen)}</Regel>
        <Regel label="Waar">{v.wijken.length > 0 ? v.wijken.join(", ") : "Hele gemeente"}</Regel>
        {v.adres ? <Regel label="Adres">{v.adres}</Regel> : null}
        {v.telefoon ? (
          <Regel label="Telefoon">
            <Link href={`tel:${v.telefoon.replace(/[^+0-9]/g, "")}`}>{v.telefoon}</Link>
          </Regel>
        ) : null}
        {v.email ? (
          <Regel label="E-mail">
            <Link href={`mailto:${v.email}`}>{v.email}</Link>
          </Regel>
        ) : null}
        {v.website ? (
          <Regel label="Website">
            <Link href={v.website} rel="noopener noreferrer" target="_blank">
              {v.website.replace(/^https?:\/\//, "")}
            </Link>
          </Regel>
        ) : null}
        {v.openingstijden ? <Regel label="Open">{v.openingstijden}</Regel> : null}
        {v.doelgroep ? <Regel label="Voor wie">{v.doelgroep}</Regel> : null}
        <Regel label="Kosten">{kostenTekst(v)}</Regel>
      </DataList>
      {na}
    </article>
  );
}

/** The heading above a list: how many were found. */
export function Aantal({ totaal }: { totaal: number }) {
  return (
    <Heading2 aria-live="polite">
      {totaal === 0
        ? "Geen voorzieningen gevonden"
        : `${totaal} ${totaal === 1 ? "voorziening" : "voorzieningen"}`}
    </Heading2>
  );
}
