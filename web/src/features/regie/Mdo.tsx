import {
  Button,
  ButtonGroup,
  Heading4,
  Paragraph,
  StatusBadge,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useState } from "react";
import { MDO_ORGANISATIES, MDO_STATUS_LABELS } from "../../../../src/domain/regie/mdo";
import type { ZaakDetail } from "../../lib/contract";
import { kortDatum, vandaagIso } from "../../lib/datum";
import { DatumTotVandaag, Keuzelijst, Tekstvak, Tekstveld, Vinkje } from "../../lib/formulier";
import { Uitklapper } from "../../lib/ui";
import { personenKeuzes } from "../zaken/weergave";
import { bijwerkPad, type RegieThemaWeergave, startPad } from "./api";
import { RegieFormulier } from "./Formulier";

type MdoWeergave = NonNullable<RegieThemaWeergave["mdo"]>;
type Overleg = MdoWeergave["overleggen"][number];

/** What the API takes back: the facts without what it derives (status, counts). */
const alsVerzoek = ({ aangemeldOp, aanleiding, overleggen }: MdoWeergave) => ({
  aangemeldOp,
  aanleiding,
  overleggen,
});

const naamVan = (zaak: ZaakDetail, persoonId: string) =>
  zaak.personen.find((p) => p.persoonId === persoonId)?.naam ?? "onbekend";

/** The zaak put through to the MDO 23+ by the Advies- en Meldpunt OGGZ. */
export function MdoStarten({ zaak }: { zaak: ZaakDetail }) {
  const [aangemeldOp, setAangemeldOp] = useState(vandaagIso());
  const [aanleiding, setAanleiding] = useState("");
  return (
    <RegieFormulier
      zaakId={zaak.id}
      label="Aanmelden bij het MDO 23+"
      knop="Aanmelding vastleggen"
      gelukt="De zaak is aangemeld bij het MDO 23+."
      velden={{
        aangemeldOp: { label: "Aangemeld op", id: "mdo-aangemeld" },
        aanleiding: { label: "Aanleiding", id: "mdo-aanleiding" },
      }}
      verzoek={() => ({
        pad: startPad(zaak.id, "mdo-23"),
        versie: zaak.versie,
        body: { aangemeldOp, aanleiding, overleggen: [] },
      })}
    >
      {(fouten) => (
        <>
          <DatumTotVandaag
            id="mdo-aangemeld"
            label="Aangemeld op"
            waarde={aangemeldOp}
            fout={fouten.aangemeldOp}
            beschrijving="De dag waarop het Advies- en Meldpunt OGGZ de zorgen doorzette naar het MDO 23+ (voor inwoners van 23 jaar en ouder)."
            onChange={setAangemeldOp}
          />
          <Tekstvak
            id="mdo-aanleiding"
            label="Aanleiding (de zorgen, zoals het meldpunt ze doorgaf)"
            waarde={aanleiding}
            fout={fouten.aanleiding}
            onChange={setAanleiding}
          />
        </>
      )}
    </RegieFormulier>
  );
}

type Deelnemer = Overleg["deelnemers"][number];
type Actie = Overleg["acties"][number];
const leegDeelnemer = (): Deelnemer => ({ organisatie: "", rol: "" });
const leegActie = (): Actie => ({ wie: "", wat: "", uiterlijk: "", gedaan: false });

/** A new overleg where the casus is on the agenda: the date, who is discussed, the participants, the agreements. */
function OverlegFormulier({ zaak, t, mdo }: { zaak: ZaakDetail; t: RegieThemaWeergave; mdo: MdoWeergave }) {
  const [datum, setDatum] = useState(vandaagIso());
  const [persoonIds, setPersoonIds] = useState<string[]>(
    zaak.personen.filter((p) => p.rol === "hoofdpersoon").map((p) => p.persoonId),
  );
  const [deelnemers, setDeelnemers] = useState<Deelnemer[]>([
    { organisatie: "Regiegroep (gemeente)", rol: "procesregisseur" },
    leegDeelnemer(),
  ]);
  const [acties, setActies] = useState<Actie[]>([leegActie()]);
  const [vervolgOp, setVervolgOp] = useState("");
  const n = mdo.overleggen.length;
  const personen = personenKeuzes(zaak);
  const zet = <T,>(lijst: T[], i: number, waarde: T) => lijst.map((x, j) => (j === i ? waarde : x));
  return (
    <RegieFormulier
      zaakId={zaak.id}
      label="Overleg vastleggen"
      knop="Overleg opslaan"
      gelukt="Het overleg is vastgelegd."
      velden={{ overleggen: { label: `Overleg ${n + 1}`, id: "mdo-ov-datum" } }}
      verzoek={() => ({
        pad: bijwerkPad(t.id, "mdo-23"),
        versie: t.versie,
        body: {
          ...alsVerzoek(mdo),
          overleggen: [
            ...mdo.overleggen,
            {
              datum,
              persoonIds,
              deelnemers: deelnemers.filter((d) => d.organisatie.trim() || d.rol.trim()),
              acties: acties.filter((a) => a.wie.trim() || a.wat.trim() || a.uiterlijk),
              vervolgOp: vervolgOp || null,
            },
          ],
        },
      })}
    >
      {(fouten) => (
        <>
          <Tekstveld
            id="mdo-ov-datum"
            label="Datum van het overleg"
            type="date"
            verplicht
            value={datum}
            fout={fouten.overleggen}
            beschrijving="Een overleg dat nog komt mag: zet de casus op de agenda. Afspraken leg je vast als het overleg geweest is."
            onChange={(e) => setDatum(e.currentTarget.value)}
          />
          <Keuzelijst
            id="mdo-ov-personen"
            legenda="Wie wordt besproken"
            beschrijving="Ten minste één van hen is 23 jaar of ouder op de dag van het overleg."
            keuzes={personen}
            gekozen={persoonIds}
            onChange={setPersoonIds}
          />
          <datalist id="mdo-organisaties">
            {MDO_ORGANISATIES.map((o) => (
              <option key={o} value={o} />
            ))}
          </datalist>
          {deelnemers.map((d, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; they are only added
            <div key={i} className="voordeur-naast-elkaar">
              <Tekstveld
                id={`mdo-dn-${i}-organisatie`}
                label={`Deelnemer ${i + 1}: organisatie`}
                list="mdo-organisaties"
                value={d.organisatie}
                onChange={(e) =>
                  setDeelnemers(zet(deelnemers, i, { ...d, organisatie: e.currentTarget.value }))
                }
              />
              <Tekstveld
                id={`mdo-dn-${i}-rol`}
                label={`Deelnemer ${i + 1}: rol`}
                value={d.rol}
                onChange={(e) => setDeelnemers(zet(deelnemers, i, { ...d, rol: e.currentTarget.value }))}
              />
            </div>
          ))}
          <ButtonGroup>
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() => setDeelnemers([...deelnemers, leegDeelnemer()])}
            >
              Nog een deelnemer
            </Button>
          </ButtonGroup>
          {acties.map((a, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; they are only added
            <div key={i} className="voordeur-naast-elkaar">
              <Tekstveld
                id={`mdo-ac-${i}-wie`}
                label={`Afspraak ${i + 1}: wie`}
                value={a.wie}
                onChange={(e) => setActies(zet(acties, i, { ...a, wie: e.currentTarget.value }))}
              />
              <Tekstveld
                id={`mdo-ac-${i}-wat`}
                label={`Afspraak ${i + 1}: wat`}
                value={a.wat}
                onChange={(e) => setActies(zet(acties, i, { ...a, wat: e.currentTarget.value }))}
              />
              <Tekstveld
                id={`mdo-ac-${i}-uiterlijk`}
                label={`Afspraak ${i + 1}: uiterlijk`}
                type="date"
                value={a.uiterlijk}
                onChange={(e) => setActies(zet(acties, i, { ...a, uiterlijk: e.currentTarget.value }))}
              />
            </div>
          ))}
          <ButtonGroup>
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() => setActies([...acties, leegActie()])}
            >
              Nog een afspraak
            </Button>
          </ButtonGroup>
          <Tekstveld
            id="mdo-ov-vervolg"
            label="Vervolgoverleg op"
            type="date"
            value={vervolgOp}
            onChange={(e) => setVervolgOp(e.currentTarget.value)}
          />
        </>
      )}
    </RegieFormulier>
  );
}

/** Ticking off the agreed actions that were done. */
function AfsprakenFormulier({ zaak, t, mdo }: { zaak: ZaakDetail; t: RegieThemaWeergave; mdo: MdoWeergave }) {
  const [overleggen, setOverleggen] = useState(mdo.overleggen);
  const zetGedaan = (i: number, j: number, gedaan: boolean) =>
    setOverleggen(
      overleggen.map((o, oi) =>
        oi === i ? { ...o, acties: o.acties.map((a, aj) => (aj === j ? { ...a, gedaan } : a)) } : o,
      ),
    );
  return (
    <RegieFormulier
      zaakId={zaak.id}
      label="Afspraken bijwerken"
      knop="Afspraken opslaan"
      gelukt="De afspraken zijn bijgewerkt."
      velden={{ overleggen: { label: "Afspraken", id: "mdo-af-0-0" } }}
      verzoek={() => ({
        pad: bijwerkPad(t.id, "mdo-23"),
        versie: t.versie,
        body: { ...alsVerzoek(mdo), overleggen },
      })}
    >
      {() =>
        overleggen.flatMap((o, i) =>
          o.acties.map((a, j) => (
            <Vinkje
              key={`${o.datum}-${a.wie}-${a.wat}`}
              id={`mdo-af-${i}-${j}`}
              label={`${a.wie}: ${a.wat} (uiterlijk ${kortDatum(a.uiterlijk)})`}
              aan={a.gedaan}
              onChange={(gedaan) => zetGedaan(i, j, gedaan)}
            />
          )),
        )
      }
    </RegieFormulier>
  );
}

export function MdoInhoud({ zaak, t }: { zaak: ZaakDetail; t: RegieThemaWeergave }) {
  const m = t.mdo;
  if (!m) return null;
  const vandaag = vandaagIso();
  return (
    <>
      <Heading4>
        MDO 23+{" "}
        <StatusBadge status={m.status === "afgerond" ? "success" : m.teLaat > 0 ? "danger" : "warning"}>
          {MDO_STATUS_LABELS[m.status]}
        </StatusBadge>
      </Heading4>
      <UnorderedList>
        <UnorderedListItem>
          Aangemeld op {kortDatum(m.aangemeldOp)} via het Advies- en Meldpunt OGGZ
        </UnorderedListItem>
        <UnorderedListItem>Aanleiding: {m.aanleiding}</UnorderedListItem>
        {m.volgendOverleg ? (
          <UnorderedListItem>Volgend overleg: {kortDatum(m.volgendOverleg)}</UnorderedListItem>
        ) : null}
        {m.openActies > 0 ? (
          <UnorderedListItem>
            Open afspraken: {m.openActies}
            {m.teLaat > 0 ? ` (${m.teLaat} over de datum)` : ""}
          </UnorderedListItem>
        ) : null}
      </UnorderedList>
      {m.overleggen.length === 0 ? <Paragraph>Nog niet besproken in het MDO 23+.</Paragraph> : null}
      {m.overleggen.map((o, i) => (
        <UnorderedList key={o.datum} aria-label={`Overleg ${i + 1}`}>
          <UnorderedListItem>
            Overleg {kortDatum(o.datum)}
            {o.datum > vandaag ? " (op de agenda)" : ""}:{" "}
            {o.persoonIds.map((id) => naamVan(zaak, id)).join(", ")}
          </UnorderedListItem>
          <UnorderedListItem>
            Deelnemers: {o.deelnemers.map((d) => `${d.organisatie} (${d.rol})`).join(", ")}
          </UnorderedListItem>
          {o.acties.map((a) => (
            <UnorderedListItem key={`${a.wie}-${a.wat}`}>
              Afspraak: {a.wie} — {a.wat}, uiterlijk {kortDatum(a.uiterlijk)}
              {a.gedaan ? " (gedaan)" : a.uiterlijk < vandaag ? " (over de datum)" : " (open)"}
            </UnorderedListItem>
          ))}
          {o.vervolgOp ? (
            <UnorderedListItem>Vervolgoverleg: {kortDatum(o.vervolgOp)}</UnorderedListItem>
          ) : null}
        </UnorderedList>
      ))}
      <Uitklapper titel="Overleg vastleggen">
        <OverlegFormulier key={t.versie} zaak={zaak} t={t} mdo={m} />
      </Uitklapper>
      {m.overleggen.some((o) => o.acties.length > 0) ? (
        <Uitklapper titel="Afspraken afvinken">
          <AfsprakenFormulier key={t.versie} zaak={zaak} t={t} mdo={m} />
        </Uitklapper>
      ) : null}
    </>
  );
}
