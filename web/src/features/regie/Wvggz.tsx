import { Heading4, StatusBadge, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { type ReactNode, useState } from "react";
import {
  BETROKKEN_ROL_LABELS,
  BETROKKEN_ROLLEN,
  type BetrokkenRol,
  MELDER_LABELS,
  MELDERS,
  type Melder,
  WVGGZ_STATUS_LABELS,
} from "../../../../src/domain/regie/wvggz";
import type { ZaakDetail } from "../../lib/contract";
import { kortDatum, vandaagIso } from "../../lib/datum";
import {
  DatumTotVandaag,
  Keuzerondjes,
  Keuzeveld,
  keuzesUit,
  Tekstvak,
  Tekstveld,
} from "../../lib/formulier";
import { Uitklapper } from "../../lib/ui";
import { personenKeuzes } from "../zaken/weergave";
import { bijwerkPad, type RegieThemaWeergave, startPad } from "./api";
import { RegieFormulier, type Velden } from "./Formulier";

type WvggzWeergave = NonNullable<RegieThemaWeergave["wvggz"]>;
type Verzoek = Omit<WvggzWeergave, "status">;

const alsVerzoek = ({ status: _status, ...w }: WvggzWeergave): Verzoek => w;

/** The melding to the college (anyone may report, Wvggz art. 5:2): about whom, when, by whom, the worries. */
export function WvggzStarten({ zaak }: { zaak: ZaakDetail }) {
  const personen = personenKeuzes(zaak);
  const [betrokkeneId, setBetrokkeneId] = useState(
    zaak.personen.find((p) => p.rol === "hoofdpersoon")?.persoonId ?? "",
  );
  const [op, setOp] = useState(vandaagIso());
  const [door, setDoor] = useState("");
  const [melder, setMelder] = useState<Melder>("familie");
  const [zorgen, setZorgen] = useState("");
  return (
    <RegieFormulier
      zaakId={zaak.id}
      label="Melding Wet verplichte GGZ vastleggen"
      knop="Melding vastleggen"
      gelukt="De melding is vastgelegd. De Regiegroep is contactpersoon."
      velden={{
        betrokkeneId: { label: "Over wie", id: "wv-betrokkene" },
        melding: { label: "Melding", id: "wv-op" },
      }}
      verzoek={() => ({
        pad: startPad(zaak.id, "wvggz"),
        versie: zaak.versie,
        body: {
          betrokkeneId,
          melding: { op, door, melder, zorgen },
          onderzoek: null,
          besluit: null,
          betrokkenen: [],
          crisismaatregel: null,
        },
      })}
    >
      {(fouten) => (
        <>
          <Keuzeveld
            id="wv-betrokkene"
            label="Over wie"
            keuzes={personen}
            waarde={betrokkeneId}
            leeg="Kies een persoon op de zaak"
            fout={fouten.betrokkeneId}
            onChange={setBetrokkeneId}
          />
          <DatumTotVandaag
            id="wv-op"
            label="Melding bij het college ontvangen op"
            waarde={op}
            fout={fouten.melding}
            onChange={setOp}
          />
          <div className="voordeur-naast-elkaar">
            <Tekstveld
              id="wv-door"
              label="Gemeld door"
              verplicht
              value={door}
              beschrijving="Iedereen mag melden."
              onChange={(e) => setDoor(e.currentTarget.value)}
            />
            <Keuzeveld
              id="wv-melder"
              label="Wie is de melder"
              keuzes={keuzesUit(MELDER_LABELS, MELDERS)}
              waarde={melder}
              onChange={(w) => setMelder(w as Melder)}
            />
          </div>
          <Tekstvak id="wv-zorgen" label="De zorgen van de melder" waarde={zorgen} onChange={setZorgen} />
        </>
      )}
    </RegieFormulier>
  );
}

/** One step of the procedure saved on the record: the whole record with this part replaced. */
function Stap(props: {
  zaak: ZaakDetail;
  t: RegieThemaWeergave;
  w: WvggzWeergave;
  titel: string;
  knop: string;
  gelukt: string;
  velden: Velden;
  wijziging: () => Partial<Verzoek>;
  children: (fouten: Record<string, string>) => ReactNode;
}) {
  return (
    <Uitklapper titel={props.titel}>
      <RegieFormulier
        zaakId={props.zaak.id}
        label={props.titel}
        knop={props.knop}
        gelukt={props.gelukt}
        velden={props.velden}
        verzoek={() => ({
          pad: bijwerkPad(props.t.id, "wvggz"),
          versie: props.t.versie,
          body: { ...alsVerzoek(props.w), ...props.wijziging() },
        })}
      >
        {props.children}
      </RegieFormulier>
    </Uitklapper>
  );
}

type StapProps = { zaak: ZaakDetail; t: RegieThemaWeergave; w: WvggzWeergave };

function Onderzoek(p: StapProps) {
  const [door, setDoor] = useState(p.w.onderzoek?.door ?? "");
  const [afgerondOp, setAfgerondOp] = useState(p.w.onderzoek?.afgerondOp ?? vandaagIso());
  const [bevindingen, setBevindingen] = useState(p.w.onderzoek?.bevindingen ?? "");
  return (
    <Stap
      {...p}
      titel="Verkennend onderzoek vastleggen"
      knop="Onderzoek opslaan"
      gelukt="Het verkennend onderzoek is vastgelegd."
      velden={{ onderzoek: { label: "Verkennend onderzoek", id: "wv-ond-op" } }}
      wijziging={() => ({ onderzoek: { door, afgerondOp, bevindingen } })}
    >
      {(fouten) => (
        <>
          <Tekstveld
            id="wv-ond-door"
            label="Onderzoek gedaan door"
            verplicht
            value={door}
            onChange={(e) => setDoor(e.currentTarget.value)}
          />
          <DatumTotVandaag
            id="wv-ond-op"
            label="Onderzoek afgerond op"
            waarde={afgerondOp}
            fout={fouten.onderzoek}
            onChange={setAfgerondOp}
          />
          <Tekstvak
            id="wv-ond-bevindingen"
            label="Bevindingen"
            waarde={bevindingen}
            onChange={setBevindingen}
          />
        </>
      )}
    </Stap>
  );
}

function Besluit(p: StapProps) {
  const [op, setOp] = useState(p.w.besluit?.op ?? vandaagIso());
  const [aanvraag, setAanvraag] = useState(p.w.besluit ? (p.w.besluit.aanvraag ? "ja" : "nee") : "ja");
  const [motivering, setMotivering] = useState(p.w.besluit?.motivering ?? "");
  return (
    <Stap
      {...p}
      titel="Besluit over een aanvraag bij de officier van justitie"
      knop="Besluit opslaan"
      gelukt="Het besluit is vastgelegd."
      velden={{ besluit: { label: "Besluit", id: "wv-bes-op" } }}
      wijziging={() => ({ besluit: { op, aanvraag: aanvraag === "ja", motivering } })}
    >
      {(fouten) => (
        <>
          <DatumTotVandaag
            id="wv-bes-op"
            label="Besluit genomen op"
            waarde={op}
            fout={fouten.besluit}
            onChange={setOp}
          />
          <Keuzerondjes
            id="wv-bes-aanvraag"
            legenda="Aanvraag bij de officier van justitie (voorbereiding zorgmachtiging, art. 5:3)"
            keuzes={[
              { waarde: "ja", label: "Ja, aanvraag indienen" },
              { waarde: "nee", label: "Nee, geen aanvraag" },
            ]}
            waarde={aanvraag}
            onChange={setAanvraag}
          />
          <Tekstvak id="wv-bes-motivering" label="Motivering" waarde={motivering} onChange={setMotivering} />
        </>
      )}
    </Stap>
  );
}

function Betrokkene(p: StapProps) {
  const [rol, setRol] = useState<BetrokkenRol>("familie");
  const [naam, setNaam] = useState("");
  return (
    <Stap
      {...p}
      titel="Betrokkene toevoegen"
      knop="Betrokkene opslaan"
      gelukt="De betrokkene is toegevoegd."
      velden={{ betrokkenen: { label: "Betrokkene", id: "wv-bt-naam" } }}
      wijziging={() => ({ betrokkenen: [...p.w.betrokkenen, { rol, naam }] })}
    >
      {(fouten) => (
        <div className="voordeur-naast-elkaar">
          <Keuzeveld
            id="wv-bt-rol"
            label="Rol van de betrokkene"
            keuzes={keuzesUit(BETROKKEN_ROL_LABELS, BETROKKEN_ROLLEN)}
            waarde={rol}
            onChange={(w) => setRol(w as BetrokkenRol)}
          />
          <Tekstveld
            id="wv-bt-naam"
            label="Naam van de betrokkene"
            verplicht
            value={naam}
            fout={fouten.betrokkenen}
            onChange={(e) => setNaam(e.currentTarget.value)}
          />
        </div>
      )}
    </Stap>
  );
}

function Crisismaatregel(p: StapProps) {
  const [op, setOp] = useState(p.w.crisismaatregel?.op ?? vandaagIso());
  const [toelichting, setToelichting] = useState(p.w.crisismaatregel?.toelichting ?? "");
  return (
    <Stap
      {...p}
      titel="Crisismaatregel van de burgemeester vastleggen"
      knop="Crisismaatregel opslaan"
      gelukt="De crisismaatregel is vastgelegd."
      velden={{ crisismaatregel: { label: "Crisismaatregel", id: "wv-cm-op" } }}
      wijziging={() => ({ crisismaatregel: { op, toelichting } })}
    >
      {(fouten) => (
        <>
          <DatumTotVandaag
            id="wv-cm-op"
            label="Crisismaatregel genomen op"
            waarde={op}
            fout={fouten.crisismaatregel}
            onChange={setOp}
          />
          <Tekstvak
            id="wv-cm-toelichting"
            label="Toelichting bij de crisismaatregel"
            waarde={toelichting}
            onChange={setToelichting}
          />
        </>
      )}
    </Stap>
  );
}

export function WvggzInhoud({ zaak, t }: { zaak: ZaakDetail; t: RegieThemaWeergave }) {
  const w = t.wvggz;
  if (!w) return null;
  const over = zaak.personen.find((p) => p.persoonId === w.betrokkeneId)?.naam ?? "onbekend";
  const stap = { zaak, t, w };
  return (
    <>
      <Heading4>
        Wet verplichte GGZ{" "}
        <StatusBadge status={w.status === "besluit" ? "warning" : "neutral"}>
          {WVGGZ_STATUS_LABELS[w.status]}
        </StatusBadge>
      </Heading4>
      <UnorderedList>
        <UnorderedListItem>
          Melding over {over}, ontvangen op {kortDatum(w.melding.op)}, door {w.melding.door} (
          {MELDER_LABELS[w.melding.melder].toLowerCase()}): {w.melding.zorgen}
        </UnorderedListItem>
        <UnorderedListItem>
          {w.onderzoek
            ? `Verkennend onderzoek door ${w.onderzoek.door}, afgerond op ${kortDatum(w.onderzoek.afgerondOp)}: ${w.onderzoek.bevindingen}`
            : "Het verkennend onderzoek loopt."}
        </UnorderedListItem>
        {w.besluit ? (
          <UnorderedListItem>
            {w.besluit.aanvraag
              ? `Aanvraag ingediend bij de officier van justitie op ${kortDatum(w.besluit.op)}`
              : `Geen aanvraag ingediend (besluit van ${kortDatum(w.besluit.op)})`}
            : {w.besluit.motivering}
          </UnorderedListItem>
        ) : null}
        {w.betrokkenen.map((b) => (
          <UnorderedListItem key={`${b.rol}-${b.naam}`}>
            {BETROKKEN_ROL_LABELS[b.rol]}: {b.naam}
          </UnorderedListItem>
        ))}
        {w.crisismaatregel ? (
          <UnorderedListItem>
            Crisismaatregel van de burgemeester op {kortDatum(w.crisismaatregel.op)}
            {w.crisismaatregel.toelichting ? `: ${w.crisismaatregel.toelichting}` : ""}
          </UnorderedListItem>
        ) : null}
      </UnorderedList>
      <Onderzoek key={`onderzoek-${t.versie}`} {...stap} />
      {w.onderzoek ? <Besluit key={`besluit-${t.versie}`} {...stap} /> : null}
      <Betrokkene key={`betrokkene-${t.versie}`} {...stap} />
      <Crisismaatregel key={`crisismaatregel-${t.versie}`} {...stap} />
    </>
  );
}
