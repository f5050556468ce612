import {
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useEffect, useRef } from "react";
import type { IagPersoon } from "../../lib/contract";
import { Vinkje } from "../../lib/formulier";
import { AppLink, datumTijd } from "../../lib/ui";
import { datum, RELATIE_LABELS } from "../personen/weergave";
import {
  kanaalLabel,
  themaLabel,
  uitkomstLabel,
  werkvoorraadLabel,
  zaakStatusLabel,
  zaaktypeLabel,
} from "./weergave";

/** One entry per related person, with all relations to them ("ouder van, heeft gezag over"). */
function gezinVan(persoon: IagPersoon) {
  const leden = new Map<
    string,
    { persoonId: string; naam: string; geboortedatum: string; relaties: string[] }
  >();
  for (const r of persoon.relaties) {
    const lid = leden.get(r.persoonId) ?? {
      persoonId: r.persoonId,
      naam: r.naam,
      geboortedatum: r.geboortedatum,
      relaties: [],
    };
    lid.relaties.push((RELATIE_LABELS[r.soort]?.[r.richting] ?? r.soort).toLowerCase());
    leden.set(r.persoonId, lid);
  }
  return [...leden.values()];
}

/**
 * Basic information, family (to take into the zaak), who is involved, zaak headlines and earlier contacts of the
 * chosen resident: the actionable part first, so it stays on screen beside the contact form.
 */
export function InwonerPaneel({
  persoon,
  gezinsleden,
  onGezinsleden,
}: {
  persoon: IagPersoon;
  gezinsleden: string[];
  onGezinsleden: (ids: string[]) => void;
}) {
  // The resident was just chosen (and loaded): move the focus to the name, keyboard users continue from here.
  const kop = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    void persoon.id;
    kop.current?.focus();
  }, [persoon.id]);
  return (
    <section aria-labelledby="inwoner-kop" className="voordeur-inwonerpaneel">
      <Heading2 id="inwoner-kop" tabIndex={-1} ref={kop}>
        {persoon.naam}
      </Heading2>
      <Paragraph>
        Geboren {datum(persoon.geboortedatum)} ({persoon.leeftijd} jaar), BSN{" "}
        {persoon.bsnGemaskeerd ?? "onbekend"}. {persoon.adres}
        {persoon.wijk ? ` (${persoon.wijk})` : ""}. {persoon.telefoon ? `Telefoon ${persoon.telefoon}.` : ""}{" "}
        <AppLink to={`/personen/${persoon.id}`}>Klantdossier</AppLink>
      </Paragraph>

      <Heading3>Gezin</Heading3>
      {persoon.relaties.length === 0 ? (
        <Paragraph>Geen gezinsleden bekend.</Paragraph>
      ) : (
        gezinVan(persoon).map((lid) => (
          <Vinkje
            key={lid.persoonId}
            id={`gezinslid-${lid.persoonId}`}
            label={`${lid.naam} (${lid.relaties.join(", ")}; geboren ${datum(lid.geboortedatum)}): meenemen in de zaak`}
            aan={gezinsleden.includes(lid.persoonId)}
            onChange={(aan) =>
              onGezinsleden(
                aan ? [...gezinsleden, lid.persoonId] : gezinsleden.filter((id) => id !== lid.persoonId),
              )
            }
          />
        ))
      )}

      <Heading3>Betrokken medewerkers (informeren)</Heading3>
      {persoon.betrokkenheden.length === 0 ? (
        <Paragraph>Er is nu niemand van de Toegang betrokken.</Paragraph>
      ) : (
        <UnorderedList>
          {persoon.betrokkenheden.map((b) => (
            <UnorderedListItem key={`${b.vakgroep}-${b.medewerker}`}>
              {werkvoorraadLabel(b.vakgroep)}: {b.medewerker ?? "nog geen behandelaar"}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}

      <Heading3>Zaken</Heading3>
      {persoon.zaken.length === 0 ? (
        <Paragraph>Geen zaken.</Paragraph>
      ) : (
        <UnorderedList>
          {persoon.zaken.map((z) => (
            <UnorderedListItem key={z.id}>
              {z.zaaknummer} ({zaaktypeLabel(z.zaaktype)}), {z.open ? "lopend: " : ""}
              {zaakStatusLabel(z.status, z.zaaktype).toLowerCase()}, werkvoorraad{" "}
              {werkvoorraadLabel(z.werkvoorraad)}, behandelaar {z.behandelaar ?? "nog niet bekend"}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}

      <Heading3>Eerdere contacten</Heading3>
      {persoon.contacten.length === 0 ? (
        <Paragraph>Geen eerdere contacten geregistreerd.</Paragraph>
      ) : (
        // A list, not a table: the panel is a narrow column and must not scroll sideways.
        <UnorderedList>
          {persoon.contacten.map((c) => (
            <UnorderedListItem key={c.id}>
              {datumTijd(c.tijdstip)}, {kanaalLabel(c.kanaal).toLowerCase()}, {themaLabel(c.thema)}:{" "}
              {uitkomstLabel(c.uitkomst).toLowerCase()}
              {c.zaaknummer ? ` (${c.zaaknummer})` : ""}; door {c.door}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}
