import {
  Heading3,
  Heading4,
  Paragraph,
  StatusBadge,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { type ReactNode, useState } from "react";
import {
  NAZORG_STATUS_LABELS,
  NAZORGPUNT_LABELS,
  NAZORGPUNTEN,
  type Nazorgpunt,
  PUNT_STATUS_LABELS,
  PUNT_STATUSSEN,
  type PuntStatus,
} from "../../../../src/domain/regie/nazorg";
import { SPOED_STATUS_LABELS } from "../../../../src/domain/regie/spoed";
import { REGIE_THEMA_LABELS } from "../../../../src/domain/regie/thema";
import type { ZaakDetail } from "../../lib/contract";
import { vandaagIso } from "../../lib/datum";
import { Keuzeveld, keuzesUit, Tekstvak, Tekstveld, Vinkje } from "../../lib/formulier";
import { MomentVelden, momentNl, nuLokaal, useMoment } from "../../lib/moment";
import { Uitklapper } from "../../lib/ui";
import { kortDatum } from "../zaken/weergave";
import { bijwerkPad, type RegieThemaWeergave, startPad, useRegieOpZaak } from "./api";
import { RegieFormulier, type Velden } from "./Formulier";
import { MdoInhoud, MdoStarten } from "./Mdo";
import { WvggzInhoud, WvggzStarten } from "./Wvggz";

const dagen = (n: number) => (n === 1 ? "1 dag" : `${n} dagen`);

function Overdracht({ zaak }: { zaak: ZaakDetail }) {
  const moment = useMoment(nuLokaal());
  const [aan, setAan] = useState("Spoed voor Jeugd (crisisdienst)");
  const [wat, setWat] = useState("");
  return (
    <RegieFormulier
      zaakId={zaak.id}
      label="Overdracht aan Spoed voor Jeugd"
      knop="Overdracht vastleggen"
      gelukt="De overdracht is vastgelegd; de Regiegroep is op de hoogte gebracht."
      velden={{
        overgedragenOp: { label: "Overgedragen op", id: "spoed-op-datum" },
        aan: { label: "Overgedragen aan", id: "spoed-aan" },
        wat: { label: "Wat is overgedragen", id: "spoed-wat" },
      }}
      verzoek={() => ({
        pad: startPad(zaak.id, "spoed-jeugd"),
        versie: zaak.versie,
        body: { overgedragenOp: moment.iso(), aan, wat },
      })}
    >
      {(fouten) => (
        <>
          <MomentVelden
            id="spoed-op"
            label="Overgedragen op"
            moment={moment}
            max={vandaagIso()}
            fout={fouten.overgedragenOp}
            beschrijving="Buiten kantoortijd: werkdagen vóór 8.30 of vanaf 17.00 uur, het weekend en feestdagen. De zaak komt de volgende werkdag om 8.30 uur terug bij de Regiegroep."
          />
          <Tekstveld
            id="spoed-aan"
            label="Overgedragen aan"
            verplicht
            value={aan}
            fout={fouten.aan}
            onChange={(e) => setAan(e.currentTarget.value)}
          />
          <Tekstvak
            id="spoed-wat"
            label="Wat is overgedragen"
            waarde={wat}
            fout={fouten.wat}
            onChange={setWat}
          />
        </>
      )}
    </RegieFormulier>
  );
}

function Spoed({ t }: { t: RegieThemaWeergave }) {
  const s = t.spoed;
  if (!s) return null;
  return (
    <>
      <Heading4>
        Spoed voor Jeugd, {momentNl(s.overgedragenOp)}{" "}
        <StatusBadge status={s.status === "terug-bij-regiegroep" ? "neutral" : "warning"}>
          {SPOED_STATUS_LABELS[s.status]}
        </StatusBadge>
      </Heading4>
      <UnorderedList>
        <UnorderedListItem>Overgedragen aan: {s.aan}</UnorderedListItem>
        <UnorderedListItem>Wat: {s.wat}</UnorderedListItem>
        <UnorderedListItem>
          {s.status === "terug-bij-regiegroep"
            ? `Terug bij de Regiegroep sinds ${momentNl(s.terugOp)}.`
            : `Komt terug bij de Regiegroep op ${momentNl(s.terugOp)} (de eerstvolgende werkdag om 8.30 uur).`}
        </UnorderedListItem>
        <UnorderedListItem>Vastgelegd door {t.gestartDoor}</UnorderedListItem>
      </UnorderedList>
    </>
  );
}

type NazorgWaarden = NonNullable<RegieThemaWeergave["nazorg"]>;
const LEEG: Omit<NazorgWaarden, "status" | "dagenTotVerwacht"> = {
  zelfmelder: false,
  gemeldOp: "",
  verwachtOp: null,
  piContact: null,
  achterblijvers: "",
  punten: Object.fromEntries(NAZORGPUNTEN.map((p) => [p, "open"])) as Record<Nazorgpunt, PuntStatus>,
};

/** Starting or updating the nazorg: the melding, the PI casemanager, the achterblijvers, the five points. */
function NazorgFormulier({ zaak, bestaand }: { zaak: ZaakDetail; bestaand: RegieThemaWeergave | null }) {
  const begin = bestaand?.nazorg ?? LEEG;
  const [zelfmelder, setZelfmelder] = useState(begin.zelfmelder);
  const [gemeldOp, setGemeldOp] = useState(begin.gemeldOp || vandaagIso());
  const [verwachtOp, setVerwachtOp] = useState(begin.verwachtOp ?? "");
  const [piNaam, setPiNaam] = useState(begin.piContact?.naam ?? "");
  const [piOp, setPiOp] = useState(begin.piContact?.op ?? "");
  const [achterblijvers, setAchterblijvers] = useState(begin.achterblijvers);
  const [punten, setPunten] = useState(begin.punten);
  const velden: Velden = {
    zelfmelder: { label: "Zelfmelder", id: "nz-zelfmelder" },
    gemeldOp: { label: "Melding ontvangen op", id: "nz-gemeld" },
    verwachtOp: {
      label: zelfmelder ? "Verwachte start van de straf" : "Verwachte vrijlating",
      id: "nz-verwacht",
    },
    piContact: { label: "Casemanager van de PI", id: "nz-pi-naam" },
    achterblijvers: { label: "Achterblijvers", id: "nz-achterblijvers" },
    punten: { label: "Nazorgpunten", id: `nz-punt-${NAZORGPUNTEN[0]}` },
  };
  return (
    <RegieFormulier
      zaakId={zaak.id}
      label={bestaand ? "Nazorg bijwerken" : "Nazorg starten"}
      knop={bestaand ? "Nazorg opslaan" : "Nazorg starten"}
      gelukt={bestaand ? "De nazorg is bijgewerkt." : "De nazorg is gestart."}
      velden={velden}
      verzoek={() => ({
        pad: bestaand ? bijwerkPad(bestaand.id, "nazorg") : startPad(zaak.id, "nazorg"),
        versie: bestaand ? bestaand.versie : zaak.versie,
        body: {
          zelfmelder,
          gemeldOp,
          verwachtOp: verwachtOp || null,
          piContact: piNaam.trim() || piOp ? { naam: piNaam, op: piOp } : null,
          achterblijvers,
          punten,
        },
      })}
    >
      {(fouten) => (
        <>
          <Vinkje
            id="nz-zelfmelder"
            label="Zelfmelder (wacht nog op het uitzitten van de straf)"
            aan={zelfmelder}
            onChange={setZelfmelder}
          />
          <div className="voordeur-naast-elkaar">
            <Tekstveld
              id="nz-gemeld"
              label="Melding ontvangen op"
              type="date"
              verplicht
              max={vandaagIso()}
              value={gemeldOp}
              fout={fouten.gemeldOp}
              onChange={(e) => setGemeldOp(e.currentTarget.value)}
            />
            <Tekstveld
              id="nz-verwacht"
              label={velden.verwachtOp?.label ?? ""}
              type="date"
              value={verwachtOp}
              fout={fouten.verwachtOp}
              onChange={(e) => setVerwachtOp(e.currentTarget.value)}
            />
          </div>
          {zelfmelder ? null : (
            <div className="voordeur-naast-elkaar">
              <Tekstveld
                id="nz-pi-naam"
                label="Casemanager van de PI"
                value={piNaam}
                fout={fouten.piContact}
                onChange={(e) => setPiNaam(e.currentTarget.value)}
              />
              <Tekstveld
                id="nz-pi-op"
                label="Contact met de PI op"
                type="date"
                max={vandaagIso()}
                value={piOp}
                onChange={(e) => setPiOp(e.currentTarget.value)}
              />
            </div>
          )}
          <Tekstvak
            id="nz-achterblijvers"
            label="Achterblijvers (gezinsleden) en wat zij nodig hebben"
            waarde={achterblijvers}
            fout={fouten.achterblijvers}
            onChange={setAchterblijvers}
          />
          {NAZORGPUNTEN.map((p) => (
            <Keuzeveld
              key={p}
              id={`nz-punt-${p}`}
              label={NAZORGPUNT_LABELS[p]}
              keuzes={keuzesUit(PUNT_STATUS_LABELS, PUNT_STATUSSEN)}
              waarde={punten[p]}
              onChange={(w) => setPunten({ ...punten, [p]: w as PuntStatus })}
            />
          ))}
        </>
      )}
    </RegieFormulier>
  );
}

function NazorgInhoud({ zaak, t }: { zaak: ZaakDetail; t: RegieThemaWeergave }) {
  const n = t.nazorg;
  if (!n) return null;
  return (
    <>
      <Heading4>
        Nazorg {n.zelfmelder ? "(zelfmelder)" : "ex-gedetineerde"}{" "}
        <StatusBadge status={n.status === "geregeld" ? "success" : "warning"}>
          {NAZORG_STATUS_LABELS[n.status]}
        </StatusBadge>
      </Heading4>
      <UnorderedList>
        <UnorderedListItem>Melding ontvangen op {kortDatum(n.gemeldOp)}</UnorderedListItem>
        {n.verwachtOp ? (
          <UnorderedListItem>
            {n.zelfmelder ? "Verwachte start van de straf" : "Verwachte vrijlating"}:{" "}
            {kortDatum(n.verwachtOp)}
            {n.dagenTotVerwacht !== null && n.dagenTotVerwacht >= 0
              ? ` (nog ${dagen(n.dagenTotVerwacht)})`
              : ""}
          </UnorderedListItem>
        ) : null}
        <UnorderedListItem>
          {n.piContact
            ? `Contact met de casemanager van de PI: ${n.piContact.naam}, op ${kortDatum(n.piContact.op)}`
            : n.zelfmelder
              ? "Nog niet in een PI."
              : "Nog geen contact met de casemanager van de PI."}
        </UnorderedListItem>
        {n.achterblijvers ? <UnorderedListItem>Achterblijvers: {n.achterblijvers}</UnorderedListItem> : null}
      </UnorderedList>
      <UnorderedList aria-label="Nazorgpunten">
        {NAZORGPUNTEN.map((p) => (
          <UnorderedListItem key={p}>
            {NAZORGPUNT_LABELS[p]}: {PUNT_STATUS_LABELS[n.punten[p]].toLowerCase()}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      <Uitklapper titel="Nazorg bijwerken">
        <NazorgFormulier key={t.versie} zaak={zaak} bestaand={t} />
      </Uitklapper>
    </>
  );
}

/** How each theme shows its content (null when the caller sees only that there is one). */
const INHOUD: Record<
  RegieThemaWeergave["thema"],
  (props: { zaak: ZaakDetail; t: RegieThemaWeergave }) => ReactNode
> = {
  "spoed-jeugd": ({ t }) => <Spoed t={t} />,
  nazorg: NazorgInhoud,
  "mdo-23": MdoInhoud,
  wvggz: WvggzInhoud,
};

/**
 * The Regiegroep's themes on the zaak page's action area (seed 004 §7.1.2–7.1.3): a hand-over to Spoed voor Jeugd
 * outside office hours, the nazorg of an ex-gedetineerde, the MDO 23+ and the Wet verplichte GGZ. Whoever may read
 * the zaak sees that there is one (policy rule 21); the Regiegroep and the teamleider see and record the content.
 */
export function RegieOpZaak({ zaak }: { zaak: ZaakDetail }) {
  const opZaak = useRegieOpZaak(zaak.id);
  if (!opZaak.data) return null;
  const { themas, kanVastleggen } = opZaak.data;
  if (themas.length === 0 && !kanVastleggen.mogelijk) return null;
  const heeft = (thema: RegieThemaWeergave["thema"]) => themas.some((t) => t.thema === thema);
  const zonderInhoud = themas.filter((t) => !t.spoed && !t.nazorg && !t.mdo && !t.wvggz);
  return (
    <section aria-labelledby="regie-kop">
      <Heading3 id="regie-kop">Regiegroep</Heading3>
      {zonderInhoud.length > 0 ? (
        <Paragraph>
          De Regiegroep is betrokken (
          {[...new Set(zonderInhoud.map((t) => REGIE_THEMA_LABELS[t.thema]))].join(", ")}). De inhoud is
          alleen zichtbaar voor de Regiegroep en de teamleider.
        </Paragraph>
      ) : null}
      {themas.map((t) => {
        const Inhoud = INHOUD[t.thema];
        return <Inhoud key={t.id} zaak={zaak} t={t} />;
      })}
      {kanVastleggen.mogelijk ? (
        <>
          <Uitklapper titel="Overdragen aan Spoed voor Jeugd (buiten kantoortijd)">
            <Overdracht zaak={zaak} />
          </Uitklapper>
          {heeft("nazorg") ? null : (
            <Uitklapper titel="Nazorg ex-gedetineerde starten">
              <NazorgFormulier zaak={zaak} bestaand={null} />
            </Uitklapper>
          )}
          {heeft("mdo-23") ? null : (
            <Uitklapper titel="Aanmelden bij het MDO 23+">
              <MdoStarten zaak={zaak} />
            </Uitklapper>
          )}
          {heeft("wvggz") ? null : (
            <Uitklapper titel="Melding Wet verplichte GGZ vastleggen">
              <WvggzStarten zaak={zaak} />
            </Uitklapper>
          )}
        </>
      ) : null}
    </section>
  );
}
