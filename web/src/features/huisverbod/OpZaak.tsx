import {
  Heading3,
  Heading4,
  Paragraph,
  StatusBadge,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useState } from "react";
import { naarLokaal } from "../../../../src/domain/afspraken/tijd";
import { HUISVERBOD_STATUS_LABELS } from "../../../../src/domain/huisverbod/huisverbod";
import type { ZaakDetail } from "../../lib/contract";
import { vandaagIso } from "../../lib/datum";
import { formulierVoor, Keuzelijst, Keuzeveld, Tekstvak, Tekstveld } from "../../lib/formulier";
import { MomentVelden, momentNl, nuLokaal, useMoment } from "../../lib/moment";
import { AppLink, Uitklapper } from "../../lib/ui";
import { kortDatum, personenKeuzes } from "../zaken/weergave";
import {
  type HuisverbodInhoud,
  type HuisverbodWeergave,
  type HuisverbodWijziging,
  huisverbodUitkomst,
  registratiePad,
  useHuisverbodOpslaan,
  useHuisverbodOpZaak,
  wijzigingPad,
} from "./api";

/** One form that saves to the huisverbod (lib/formulier with this area's request). */
const HuisverbodFormulier = formulierVoor(useHuisverbodOpslaan, huisverbodUitkomst);

function Registratie({ zaak }: { zaak: ZaakDetail }) {
  const opgelegd = useMoment(nuLokaal());
  const [kenmerk, setKenmerk] = useState("");
  const [uithuis, setUithuis] = useState("");
  const [achterblijvers, setAchterblijvers] = useState<string[]>([]);
  const personen = personenKeuzes(zaak);
  return (
    <HuisverbodFormulier
      zaakId={zaak.id}
      label="Huisverbod registreren"
      knop="Huisverbod registreren"
      gelukt="Het huisverbod is geregistreerd."
      velden={{
        opgelegdOp: { label: "Opgelegd op", id: "hv-opgelegd-datum" },
        besluitKenmerk: { label: "Kenmerk van het besluit", id: "hv-kenmerk" },
        uithuisgeplaatsteId: { label: "Uithuisgeplaatste", id: "hv-uithuis" },
        achterblijverIds: { label: "Achterblijvers", id: "hv-achterblijvers" },
      }}
      verzoek={() => ({
        pad: registratiePad(zaak.id),
        versie: zaak.versie,
        body: {
          opgelegdOp: opgelegd.iso(),
          besluitKenmerk: kenmerk,
          uithuisgeplaatsteId: uithuis,
          achterblijverIds: achterblijvers.filter((a) => a !== uithuis),
        },
      })}
    >
      {(fouten) => (
        <>
          <MomentVelden
            id="hv-opgelegd"
            label="Opgelegd op"
            moment={opgelegd}
            max={vandaagIso()}
            fout={fouten.opgelegdOp}
            beschrijving="Het huisverbod geldt tien dagen vanaf dit moment (Wet tijdelijk huisverbod art. 2)."
          />
          <Tekstveld
            id="hv-kenmerk"
            label="Kenmerk van het besluit van de burgemeester"
            verplicht
            value={kenmerk}
            fout={fouten.besluitKenmerk}
            onChange={(e) => setKenmerk(e.currentTarget.value)}
          />
          <Keuzeveld
            id="hv-uithuis"
            label="Uithuisgeplaatste"
            keuzes={personen}
            waarde={uithuis}
            leeg="Kies een persoon op de zaak"
            fout={fouten.uithuisgeplaatsteId}
            onChange={setUithuis}
          />
          <Keuzelijst
            id="hv-achterblijvers"
            legenda="Achterblijvers (ook kinderen)"
            keuzes={personen.filter((p) => p.waarde !== uithuis)}
            gekozen={achterblijvers}
            fout={fouten.achterblijverIds}
            onChange={setAchterblijvers}
          />
        </>
      )}
    </HuisverbodFormulier>
  );
}

function Verlengen({ zaakId, hv, tot }: { zaakId: string; hv: HuisverbodWeergave; tot: string }) {
  const uiterst = naarLokaal(new Date(tot));
  const nu = nuLokaal();
  const totMoment = useMoment(uiterst);
  const [kenmerk, setKenmerk] = useState("");
  return (
    <HuisverbodFormulier
      zaakId={zaakId}
      label="Huisverbod verlengen"
      knop="Verlenging vastleggen"
      gelukt="De verlenging is vastgelegd."
      velden={{
        tot: { label: "Verlengen tot", id: "hv-tot-datum" },
        beslotenOp: { label: "Besloten op", id: "hv-tot-datum" },
        kenmerk: { label: "Kenmerk van het verlengingsbesluit", id: "hv-verleng-kenmerk" },
      }}
      verzoek={() => ({
        pad: wijzigingPad(hv.id, "verlenging"),
        versie: hv.versie,
        body: { beslotenOp: new Date().toISOString(), tot: totMoment.iso(), kenmerk },
      })}
    >
      {(fouten) => (
        <>
          <MomentVelden
            id="hv-tot"
            label="Verlengen tot"
            moment={totMoment}
            max={uiterst.datum}
            fout={fouten.tot ?? fouten.beslotenOp}
            beschrijving={`Uiterlijk ${momentNl(tot)}: vier weken na het opleggen (Wet tijdelijk huisverbod art. 9). Het besluit van de burgemeester geldt als genomen op ${kortDatum(nu.datum)} om ${nu.tijd}.`}
          />
          <Tekstveld
            id="hv-verleng-kenmerk"
            label="Kenmerk van het verlengingsbesluit"
            verplicht
            value={kenmerk}
            fout={fouten.kenmerk}
            onChange={(e) => setKenmerk(e.currentTarget.value)}
          />
        </>
      )}
    </HuisverbodFormulier>
  );
}

/** A moment and one or two texts: the withdrawal and the GGD contact. */
function MomentMetTekst({
  zaakId,
  hv,
  wat,
  knop,
  gelukt,
  momentLabel,
  teksten,
}: {
  zaakId: string;
  hv: HuisverbodWeergave;
  wat: HuisverbodWijziging;
  knop: string;
  gelukt: string;
  momentLabel: string;
  teksten: { veld: string; label: string; lang?: boolean }[];
}) {
  const op = useMoment(nuLokaal());
  const [waarden, setWaarden] = useState<Record<string, string>>({});
  const id = (veld: string) => `hv-${wat}-${veld}`;
  return (
    <HuisverbodFormulier
      zaakId={zaakId}
      label={knop}
      knop={knop}
      gelukt={gelukt}
      velden={Object.fromEntries([
        ["op", { label: momentLabel, id: id("op-datum") }],
        ...teksten.map((t) => [t.veld, { label: t.label, id: id(t.veld) }]),
      ])}
      verzoek={() => ({
        pad: wijzigingPad(hv.id, wat),
        versie: hv.versie,
        body: {
          op: op.iso(),
          ...Object.fromEntries(teksten.map((t) => [t.veld, waarden[t.veld] ?? ""])),
        },
      })}
    >
      {(fouten) => (
        <>
          <MomentVelden id={id("op")} label={momentLabel} moment={op} max={vandaagIso()} fout={fouten.op} />
          {teksten.map((t) => {
            const basis = { id: id(t.veld), label: t.label, fout: fouten[t.veld] };
            const zet = (v: string) => setWaarden((w) => ({ ...w, [t.veld]: v }));
            return t.lang ? (
              <Tekstvak key={t.veld} {...basis} waarde={waarden[t.veld] ?? ""} onChange={zet} />
            ) : (
              <Tekstveld
                key={t.veld}
                {...basis}
                verplicht
                value={waarden[t.veld] ?? ""}
                onChange={(e) => zet(e.currentTarget.value)}
              />
            );
          })}
        </>
      )}
    </HuisverbodFormulier>
  );
}

function Termijn({ hv, inhoud }: { hv: HuisverbodWeergave; inhoud: HuisverbodInhoud }) {
  const loopt = hv.status === "opgelegd" || hv.status === "verlengd";
  const rest =
    inhoud.dagenResterend === 0
      ? "laatste dag"
      : `nog ${inhoud.dagenResterend} ${inhoud.dagenResterend === 1 ? "dag" : "dagen"}`;
  return (
    <Paragraph>
      <StatusBadge status={loopt ? "warning" : "neutral"}>{HUISVERBOD_STATUS_LABELS[hv.status]}</StatusBadge>{" "}
      {loopt ? (
        <>
          Het huisverbod loopt tot <strong>{momentNl(inhoud.einde)}</strong> ({rest}).
        </>
      ) : (
        <>Het huisverbod eindigde op {momentNl(inhoud.einde)}.</>
      )}
    </Paragraph>
  );
}

function Inhoud({
  zaakId,
  hv,
  inhoud,
}: {
  zaakId: string;
  hv: HuisverbodWeergave;
  inhoud: HuisverbodInhoud;
}) {
  const loopt = hv.status === "opgelegd" || hv.status === "verlengd";
  const { uithuisgeplaatste: uitzaak, achterblijvers: thuiszaak } = inhoud.steunzaken;
  const persoon = (p: HuisverbodInhoud["achterblijvers"][number]) =>
    `${p.naam}${p.minderjarig ? " (minderjarig)" : ""}`;
  return (
    <>
      <Termijn hv={hv} inhoud={inhoud} />
      <UnorderedList>
        <UnorderedListItem>
          Opgelegd op {momentNl(inhoud.opgelegdOp)}, besluit van de burgemeester {inhoud.besluitKenmerk}
        </UnorderedListItem>
        <UnorderedListItem>Uithuisgeplaatste: {persoon(inhoud.uithuisgeplaatste)}</UnorderedListItem>
        <UnorderedListItem>Achterblijvers: {inhoud.achterblijvers.map(persoon).join(", ")}</UnorderedListItem>
        {inhoud.verlenging ? (
          <UnorderedListItem>
            Verlengd tot {momentNl(inhoud.verlenging.tot)} (besloten op{" "}
            {momentNl(inhoud.verlenging.beslotenOp)}, {inhoud.verlenging.kenmerk})
          </UnorderedListItem>
        ) : null}
        {inhoud.beeindiging ? (
          <UnorderedListItem>
            Ingetrokken op {momentNl(inhoud.beeindiging.op)}: {inhoud.beeindiging.reden}
          </UnorderedListItem>
        ) : null}
      </UnorderedList>
      {inhoud.verlengenMogelijkTot ? (
        <Uitklapper titel="Verlengen">
          <Verlengen zaakId={zaakId} hv={hv} tot={inhoud.verlengenMogelijkTot} />
        </Uitklapper>
      ) : null}
      {loopt ? (
        <Uitklapper titel="Intrekken door de burgemeester">
          <MomentMetTekst
            zaakId={zaakId}
            hv={hv}
            wat="beeindiging"
            knop="Intrekking vastleggen"
            gelukt="De intrekking is vastgelegd."
            momentLabel="Ingetrokken op"
            teksten={[{ veld: "reden", label: "Reden van intrekken", lang: true }]}
          />
        </Uitklapper>
      ) : null}
      <Heading4>Samenwerking met de GGD</Heading4>
      {inhoud.ggdContacten.length === 0 ? (
        <Paragraph>Nog geen contact met de GGD vastgelegd.</Paragraph>
      ) : null}
      <UnorderedList>
        {inhoud.ggdContacten.map((c) => (
          <UnorderedListItem key={`${c.op}-${c.wie}`}>
            {momentNl(c.op)}, {c.wie}: {c.notitie} (vastgelegd door {c.vastgelegdDoor})
          </UnorderedListItem>
        ))}
      </UnorderedList>
      <Uitklapper titel="Contact met de GGD vastleggen">
        <MomentMetTekst
          zaakId={zaakId}
          hv={hv}
          wat="ggd-contacten"
          knop="GGD-contact vastleggen"
          gelukt="Het contact met de GGD is vastgelegd."
          momentLabel="Contact op"
          teksten={[
            { veld: "wie", label: "Contactpersoon bij de GGD" },
            { veld: "notitie", label: "Notitie", lang: true },
          ]}
        />
      </Uitklapper>
      <Heading4>Ondersteuning van beide kanten</Heading4>
      {uitzaak && thuiszaak ? (
        <UnorderedList>
          <UnorderedListItem>
            Uithuisgeplaatste: <AppLink to={`/zaken/${uitzaak.id}`}>zaak {uitzaak.zaaknummer}</AppLink>
          </UnorderedListItem>
          <UnorderedListItem>
            Achterblijvers: <AppLink to={`/zaken/${thuiszaak.id}`}>zaak {thuiszaak.zaaknummer}</AppLink>
          </UnorderedListItem>
        </UnorderedList>
      ) : (
        <HuisverbodFormulier
          zaakId={zaakId}
          label="Zaken voor ondersteuning starten"
          knop="Zaken voor beide kanten starten"
          gelukt="De zaken voor ondersteuning zijn gestart."
          velden={{}}
          verzoek={() => ({ pad: wijzigingPad(hv.id, "steunzaken"), versie: hv.versie, body: {} })}
        >
          {() => (
            <Paragraph>
              Eén regiezaak voor de uithuisgeplaatste en één voor de achterblijvers, in de werkvoorraad van de
              Regiegroep.
            </Paragraph>
          )}
        </HuisverbodFormulier>
      )}
    </>
  );
}

/**
 * The huisverbod on the zaak page's action area (Regiegroep, Wet tijdelijk huisverbod): whoever may read the zaak
 * sees that there is one (policy rule 19); the Regiegroep and the teamleider see the order, its term with the days
 * left, extend or record its withdrawal, record GGD contacts and start the support zaken of both sides.
 */
export function HuisverbodOpZaak({ zaak }: { zaak: ZaakDetail }) {
  const opZaak = useHuisverbodOpZaak(zaak.id);
  if (!opZaak.data) return null;
  const { huisverbod: hv, kanRegistreren } = opZaak.data;
  if (!hv && !kanRegistreren.mogelijk) return null;
  return (
    <section aria-labelledby="huisverbod-kop">
      <Heading3 id="huisverbod-kop">Huisverbod</Heading3>
      {hv?.inhoud ? <Inhoud zaakId={zaak.id} hv={hv} inhoud={hv.inhoud} /> : null}
      {hv && !hv.inhoud ? (
        <Paragraph>
          Er is een huisverbod ({HUISVERBOD_STATUS_LABELS[hv.status].toLowerCase()}). De inhoud is alleen
          zichtbaar voor de Regiegroep en de teamleider.
        </Paragraph>
      ) : null}
      {!hv ? (
        <Uitklapper titel="Huisverbod registreren">
          <Registratie zaak={zaak} />
        </Uitklapper>
      ) : null}
    </section>
  );
}
