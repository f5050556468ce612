import {
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
  StatusBadge,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { lazy, type ReactNode, Suspense, useState } from "react";
import {
  DOEL_UITKOMST_LABELS,
  DOEL_UITKOMSTEN,
  datumKort,
  ITEM_LABELS,
  type ItemSoort,
  KOLOM_LABELS,
  KOLOM_VAN,
  KOLOMMEN,
  type Kolom,
  PARTIJ_LABELS,
  PARTIJEN,
  type Partij,
  PLAN_STATUS_LABELS,
} from "../../../../src/domain/signs-of-safety/signs-of-safety";
import type { ZaakDetail } from "../../lib/contract";
import { vandaagIso } from "../../lib/datum";
import {
  Foutoverzicht,
  GeluktMelding,
  Keuzerondjes,
  Keuzeveld,
  keuzesUit,
  Tekstvak,
  Tekstveld,
  useVerzending,
  Verzendformulier,
  Vinkje,
} from "../../lib/formulier";
import { Laden } from "../../lib/ui";
import {
  type SosInhoud,
  type SosWeergave,
  sosUitkomst as uitkomstVan,
  useSignsOfSafety,
  useSosOpslaan,
} from "./api";
import { SignsOfSafetyOpZaak } from "./OpZaak";
import "./veiligheid.css";

const Schaalgrafiek = lazy(() => import("./Schaalgrafiek"));

type Opslaan = ReturnType<typeof useSosOpslaan>["mutateAsync"];
type Velden = Record<string, { label: string; id: string }>;

/** One form that saves to Signs of Safety: error summary, fields, button, success message. */
function SosFormulier(props: {
  label: string;
  knop: string;
  velden: Velden;
  gelukt: string;
  opslaan: () => Promise<unknown>;
  children: (fouten: Record<string, string>) => ReactNode;
}) {
  const v = useVerzending(uitkomstVan);
  return (
    <>
      <GeluktMelding tekst={v.gelukt} />
      <Foutoverzicht
        ref={v.overzicht}
        fouten={v.fouten}
        velden={props.velden}
        melding={v.uitkomst?.melding}
      />
      <Verzendformulier
        label={props.label}
        knop={props.knop}
        bezig={v.bezig}
        verstuur={() =>
          void v.verstuur(async () => {
            await props.opslaan();
            return props.gelukt;
          })
        }
      >
        {props.children(v.fouten)}
      </Verzendformulier>
    </>
  );
}

type Item = SosInhoud["mapping"]["items"][number];
const SOORTEN_VAN = (kolom: Kolom) =>
  (Object.keys(KOLOM_VAN) as ItemSoort[]).filter((s) => KOLOM_VAN[s] === kolom);

/** The mapping in three columns (a grid on a wide screen, stacked on a narrow one), each item editable. */
function Mapping({ sos, opslaan }: { sos: SosWeergave & { inhoud: SosInhoud }; opslaan: Opslaan }) {
  const [items, setItems] = useState<Item[]>(sos.inhoud.mapping.items);
  const gevaren = items.filter((i) => i.soort === "gevaar");
  const wijzig = (id: string, over: Partial<Item>) =>
    setItems((oud) => oud.map((i) => (i.id === id ? { ...i, ...over } : i)));
  const velden: Velden = Object.fromEntries(
    items.flatMap((item, n) => [
      [`items.${n}.tekst`, { label: ITEM_LABELS[item.soort], id: `sos-${item.id}-tekst` }],
      [`items.${n}.gevaarId`, { label: "Hoort bij gevaarsuitspraak", id: `sos-${item.id}-gevaar` }],
    ]),
  );
  const ongekoppeld = sos.inhoud.ongekoppeldeGevaren;
  return (
    <section aria-labelledby="sos-mapping-kop">
      <Heading3 id="sos-mapping-kop">Mapping</Heading3>
      <SosFormulier
        label="Mapping"
        knop="Mapping opslaan"
        velden={velden}
        gelukt="De mapping is opgeslagen."
        opslaan={() =>
          opslaan({
            deel: "/mapping",
            methode: "PUT",
            body: {
              items: items.map((i) => ({
                ...i,
                gevaarId: i.soort === "veiligheidsdoel" ? i.gevaarId : null,
              })),
            },
            versie: sos.versie,
          })
        }
      >
        {(fouten) => (
          <div className="sos-mapping">
            {KOLOMMEN.map((kolom) => (
              <fieldset key={kolom} className="sos-kolom">
                <legend className="sos-kolom__titel">{KOLOM_LABELS[kolom]}</legend>
                {items.map((item, n) =>
                  KOLOM_VAN[item.soort] !== kolom ? null : (
                    <div key={item.id} className="sos-item">
                      <Keuzeveld
                        id={`sos-${item.id}-soort`}
                        label="Soort"
                        keuzes={keuzesUit(ITEM_LABELS, SOORTEN_VAN(kolom))}
                        waarde={item.soort}
                        onChange={(s) => wijzig(item.id, { soort: s as ItemSoort })}
                      />
                      <Tekstvak
                        id={`sos-${item.id}-tekst`}
                        label={ITEM_LABELS[item.soort]}
                        waarde={item.tekst}
                        rows={2}
                        fout={fouten[`items.${n}.tekst`]}
                        onChange={(tekst) => wijzig(item.id, { tekst })}
                      />
                      {item.soort === "veiligheidsdoel" ? (
                        <Keuzeveld
                          id={`sos-${item.id}-gevaar`}
                          label="Hoort bij gevaarsuitspraak"
                          leeg="Kies een gevaarsuitspraak"
                          keuzes={gevaren.map((g) => ({
                            waarde: g.id,
                            label: g.tekst || "(nog zonder tekst)",
                          }))}
                          waarde={item.gevaarId ?? ""}
                          fout={fouten[`items.${n}.gevaarId`]}
                          onChange={(g) => wijzig(item.id, { gevaarId: g || null })}
                        />
                      ) : null}
                      {item.soort === "gevaar" && ongekoppeld.includes(item.id) ? (
                        <Paragraph className="sos-waarschuwing">
                          <span aria-hidden="true">⚠ </span>Nog geen veiligheidsdoel bij deze
                          gevaarsuitspraak.
                        </Paragraph>
                      ) : null}
                      <ButtonGroup>
                        <Button
                          appearance="subtle-button"
                          onClick={() => setItems((oud) => oud.filter((i) => i.id !== item.id))}
                        >
                          Verwijderen<span className="voordeur-visueel-verborgen">: {item.tekst}</span>
                        </Button>
                      </ButtonGroup>
                    </div>
                  ),
                )}
                <ButtonGroup>
                  {SOORTEN_VAN(kolom).map((soort) => (
                    <Button
                      key={soort}
                      appearance="secondary-action-button"
                      onClick={() =>
                        setItems((oud) => [
                          ...oud,
                          { id: crypto.randomUUID(), soort, tekst: "", gevaarId: null },
                        ])
                      }
                    >
                      {ITEM_LABELS[soort]} toevoegen
                    </Button>
                  ))}
                </ButtonGroup>
              </fieldset>
            ))}
          </div>
        )}
      </SosFormulier>
    </section>
  );
}

type Scores = Record<Partij, { wie: string; score: string }>;
const LEGE_SCORES: Scores = {
  gezin: { wie: "", score: "" },
  netwerk: { wie: "", score: "" },
  professional: { wie: "", score: "" },
};
const alsScores = (s: Scores) =>
  PARTIJEN.map((p) => ({
    partij: p,
    wie: s[p].wie,
    score: s[p].score === "" ? Number.NaN : Number(s[p].score),
  }));
const scoreVelden = (prefix: string): Velden =>
  Object.fromEntries(
    PARTIJEN.flatMap((p, n) => [
      [
        `scores.${n}.wie`,
        { label: `Wie scoorde (${PARTIJ_LABELS[p].toLowerCase()})`, id: `${prefix}-${p}-wie` },
      ],
      [`scores.${n}.score`, { label: `Score ${PARTIJ_LABELS[p].toLowerCase()}`, id: `${prefix}-${p}-score` }],
    ]),
  );

/** The three parties' scores (0–10) and who scored, for one bijeenkomst or an evaluation. */
function ScoreVelden({
  prefix,
  scores,
  zet,
  fouten,
}: {
  prefix: string;
  scores: Scores;
  zet: (s: Scores) => void;
  fouten: Record<string, string>;
}) {
  return (
    <>
      {PARTIJEN.map((p, n) => (
        <div key={p} className="voordeur-naast-elkaar">
          <Tekstveld
            id={`${prefix}-${p}-wie`}
            label={`Wie scoorde (${PARTIJ_LABELS[p].toLowerCase()})`}
            verplicht
            value={scores[p].wie}
            fout={fouten[`scores.${n}.wie`]}
            onChange={(e) => zet({ ...scores, [p]: { ...scores[p], wie: e.currentTarget.value } })}
          />
          <Tekstveld
            id={`${prefix}-${p}-score`}
            label={`Score ${PARTIJ_LABELS[p].toLowerCase()} (0–10)`}
            type="number"
            inputMode="numeric"
            min={0}
            max={10}
            step={1}
            verplicht
            value={scores[p].score}
            fout={fouten[`scores.${n}.score`]}
            onChange={(e) => zet({ ...scores, [p]: { ...scores[p], score: e.currentTarget.value } })}
          />
        </div>
      ))}
    </>
  );
}

/** The scale's history: always as a table; the chart beside it shows the same. */
function Schaaltabel({ schaal }: { schaal: SosInhoud["schaal"] }) {
  // On a narrow screen the table scrolls sideways: focusable, so it can be scrolled with the keyboard.
  return (
    <TableContainer tabIndex={0} role="region" aria-label="Tabel van de veiligheidsschaal">
      <Table>
        <TableCaption>Veiligheidsschaal per bijeenkomst (0 = niet veilig, 10 = veilig genoeg)</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Datum</TableHeaderCell>
            {PARTIJEN.map((p) => (
              <TableHeaderCell key={p} scope="col">
                {PARTIJ_LABELS[p]}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {schaal.map((r) => (
            <TableRow key={r.rondeId}>
              <TableHeaderCell scope="row">
                {datumKort(r.datum)}
                {r.aanleiding === "evaluatie" ? " (evaluatie)" : ""}
              </TableHeaderCell>
              {PARTIJEN.map((p) => {
                const s = r.scores.find((x) => x.partij === p);
                return <TableCell key={p}>{s ? `${s.score} (${s.wie})` : "–"}</TableCell>;
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function Schaal({ sos, opslaan }: { sos: SosWeergave & { inhoud: SosInhoud }; opslaan: Opslaan }) {
  const [datum, setDatum] = useState(vandaagIso());
  const [scores, setScores] = useState<Scores>(LEGE_SCORES);
  const { schaal } = sos.inhoud;
  return (
    <section aria-labelledby="sos-schaal-kop">
      <Heading3 id="sos-schaal-kop">Veiligheidsschaal</Heading3>
      {schaal.length === 0 ? (
        <Paragraph>Er zijn nog geen scores.</Paragraph>
      ) : (
        <div className="sos-schaal">
          <Suspense fallback={<Laden tekst="Grafiek laden…" />}>
            <Schaalgrafiek schaal={schaal} />
          </Suspense>
          <Schaaltabel schaal={schaal} />
        </div>
      )}
      <SosFormulier
        label="Scores van een bijeenkomst"
        knop="Scores toevoegen"
        velden={{
          datum: { label: "Datum van de bijeenkomst", id: "sos-schaal-datum" },
          ...scoreVelden("sos-schaal"),
        }}
        gelukt="De scores zijn toegevoegd."
        opslaan={async () => {
          await opslaan({ deel: "/schaal", body: { datum, scores: alsScores(scores) }, versie: sos.versie });
          setScores(LEGE_SCORES);
        }}
      >
        {(fouten) => (
          <>
            <Tekstveld
              id="sos-schaal-datum"
              label="Datum van de bijeenkomst"
              type="date"
              verplicht
              max={vandaagIso()}
              value={datum}
              fout={fouten.datum}
              onChange={(e) => setDatum(e.currentTarget.value)}
            />
            <ScoreVelden prefix="sos-schaal" scores={scores} zet={setScores} fouten={fouten} />
          </>
        )}
      </SosFormulier>
    </section>
  );
}

type Afspraak = { wat: string; wie: string; uiterlijk: string };

/** The concept plan: per veiligheidsdoel of the mapping who does what by when; then definitief. */
function PlanConcept({ sos, opslaan }: { sos: SosWeergave & { inhoud: SosInhoud }; opslaan: Opslaan }) {
  const { inhoud } = sos;
  const doelen = inhoud.mapping.items.filter((i) => i.soort === "veiligheidsdoel");
  const [afspraken, setAfspraken] = useState<Record<string, Afspraak>>(() =>
    Object.fromEntries(
      doelen.map((d) => {
        const a = inhoud.plan?.afspraken.find((x) => x.doelId === d.id);
        return [d.id, { wat: a?.wat ?? "", wie: a?.wie ?? "", uiterlijk: a?.uiterlijk ?? "" }];
      }),
    ),
  );
  const ingevuld = doelen.filter((d) => {
    const a = afspraken[d.id];
    return a && (a.wat || a.wie || a.uiterlijk);
  });
  const velden: Velden = Object.fromEntries(
    ingevuld.flatMap((d, n) =>
      (["wat", "wie", "uiterlijk"] as const).map((veld) => [
        `afspraken.${n}.${veld}`,
        {
          label: `${veld === "uiterlijk" ? "Uiterlijk" : veld === "wat" ? "Wat" : "Wie"} (${d.tekst})`,
          id: `sos-afspraak-${d.id}-${veld}`,
        },
      ]),
    ),
  );
  const tekstVan = (id: string | null) => inhoud.mapping.items.find((i) => i.id === id)?.tekst;
  const zet = (doelId: string, over: Partial<Afspraak>) =>
    setAfspraken((oud) => ({
      ...oud,
      [doelId]: { ...(oud[doelId] ?? { wat: "", wie: "", uiterlijk: "" }), ...over },
    }));
  const definitief = useVerzending(uitkomstVan);
  return (
    <>
      {doelen.length === 0 ? <Paragraph>Leg eerst in de mapping veiligheidsdoelen vast.</Paragraph> : null}
      <SosFormulier
        label="Afspraken van het veiligheidsplan"
        knop="Afspraken opslaan"
        velden={velden}
        gelukt="De afspraken zijn opgeslagen."
        opslaan={() =>
          opslaan({
            deel: "/plan",
            methode: "PUT",
            body: { afspraken: ingevuld.map((d) => ({ doelId: d.id, ...afspraken[d.id] })) },
            versie: sos.versie,
          })
        }
      >
        {(fouten) =>
          doelen.map((d) => {
            const n = ingevuld.indexOf(d);
            const a = afspraken[d.id] ?? { wat: "", wie: "", uiterlijk: "" };
            return (
              <fieldset key={d.id} className="sos-afspraak">
                <legend className="sos-kolom__titel">Veiligheidsdoel: {d.tekst}</legend>
                <Paragraph>Bij gevaar: {tekstVan(d.gevaarId ?? null) ?? "–"}</Paragraph>
                <Tekstveld
                  id={`sos-afspraak-${d.id}-wat`}
                  label="Wat gebeurt er"
                  verplicht
                  value={a.wat}
                  fout={fouten[`afspraken.${n}.wat`]}
                  onChange={(e) => zet(d.id, { wat: e.currentTarget.value })}
                />
                <div className="voordeur-naast-elkaar">
                  <Tekstveld
                    id={`sos-afspraak-${d.id}-wie`}
                    label="Wie doet het"
                    verplicht
                    value={a.wie}
                    fout={fouten[`afspraken.${n}.wie`]}
                    onChange={(e) => zet(d.id, { wie: e.currentTarget.value })}
                  />
                  <Tekstveld
                    id={`sos-afspraak-${d.id}-uiterlijk`}
                    label="Uiterlijk"
                    type="date"
                    verplicht
                    value={a.uiterlijk}
                    fout={fouten[`afspraken.${n}.uiterlijk`]}
                    onChange={(e) => zet(d.id, { uiterlijk: e.currentTarget.value })}
                  />
                </div>
              </fieldset>
            );
          })
        }
      </SosFormulier>
      {inhoud.plan ? (
        <>
          {inhoud.definitiefBezwaren.length > 0 ? (
            <>
              <Paragraph>Het plan kan nog niet definitief worden:</Paragraph>
              <UnorderedList>
                {inhoud.definitiefBezwaren.map((b) => (
                  <UnorderedListItem key={b}>{b}</UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          ) : null}
          <Foutoverzicht
            ref={definitief.overzicht}
            fouten={{}}
            velden={{}}
            melding={definitief.uitkomst?.melding}
          />
          <ButtonGroup>
            <Button
              appearance="primary-action-button"
              disabled={definitief.bezig}
              onClick={() =>
                void definitief.verstuur(async () => {
                  await opslaan({ deel: "/plan/definitief", versie: sos.versie });
                  return undefined;
                })
              }
            >
              Veiligheidsplan definitief maken
            </Button>
          </ButtonGroup>
        </>
      ) : null}
    </>
  );
}

function AfsprakenTabel({ plan }: { plan: NonNullable<SosInhoud["plan"]> }) {
  return (
    <TableContainer>
      <Table>
        <TableCaption>Afspraken van het veiligheidsplan</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Veiligheidsdoel</TableHeaderCell>
            <TableHeaderCell scope="col">Wat</TableHeaderCell>
            <TableHeaderCell scope="col">Wie</TableHeaderCell>
            <TableHeaderCell scope="col">Uiterlijk</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {plan.afspraken.map((a) => (
            <TableRow key={a.doelId}>
              <TableCell>
                {a.doel}
                {a.gevaar ? <span className="voordeur-bron"> (bij: {a.gevaar})</span> : null}
              </TableCell>
              <TableCell>{a.wat}</TableCell>
              <TableCell>{a.wie}</TableCell>
              <TableCell>{datumKort(a.uiterlijk)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** Signing: who must sign follows from the age rule (as for the resultatenplan); each one ticked. */
function Ondertekening({ sos, opslaan }: { sos: SosWeergave & { inhoud: SosInhoud }; opslaan: Opslaan }) {
  const { ondertekenaars } = sos.inhoud;
  const [datum, setDatum] = useState(vandaagIso());
  const [getekend, setGetekend] = useState<string[]>([]);
  return (
    <>
      <Heading3>Ondertekenen</Heading3>
      {ondertekenaars.probleem ? <Paragraph>{ondertekenaars.probleem}</Paragraph> : null}
      {ondertekenaars.uitleg ? <Paragraph>Wie tekent: {ondertekenaars.uitleg}</Paragraph> : null}
      <SosFormulier
        label="Ondertekening van het veiligheidsplan"
        knop="Ondertekening registreren"
        velden={{
          datum: { label: "Datum van ondertekening", id: "sos-ondertekening-datum" },
          ondertekenaars: { label: "Ondertekend door", id: "sos-ondertekenaar-0" },
        }}
        gelukt="De ondertekening is geregistreerd."
        opslaan={() =>
          opslaan({
            deel: "/plan/ondertekening",
            body: { datum, ondertekenaars: getekend },
            versie: sos.versie,
          })
        }
      >
        {(fouten) => (
          <>
            <Tekstveld
              id="sos-ondertekening-datum"
              label="Datum van ondertekening"
              type="date"
              verplicht
              max={vandaagIso()}
              value={datum}
              fout={fouten.datum}
              onChange={(e) => setDatum(e.currentTarget.value)}
            />
            {ondertekenaars.vereist.map((p, n) => (
              <Vinkje
                key={p.persoonId}
                id={`sos-ondertekenaar-${n}`}
                label={`${p.naam} (${p.label}) heeft ondertekend`}
                aan={getekend.includes(p.persoonId)}
                fout={n === 0 ? fouten.ondertekenaars : undefined}
                onChange={(aan) =>
                  setGetekend((oud) => (aan ? [...oud, p.persoonId] : oud.filter((id) => id !== p.persoonId)))
                }
              />
            ))}
          </>
        )}
      </SosFormulier>
    </>
  );
}

/** Evaluating: per veiligheidsdoel bereikt / deels / niet, and a new round on the scale. */
function Evaluatie({ sos, opslaan }: { sos: SosWeergave & { inhoud: SosInhoud }; opslaan: Opslaan }) {
  const plan = sos.inhoud.plan as NonNullable<SosInhoud["plan"]>;
  const [datum, setDatum] = useState(vandaagIso());
  const [uitkomsten, setUitkomsten] = useState<Record<string, string>>({});
  const [toelichting, setToelichting] = useState("");
  const [scores, setScores] = useState<Scores>(LEGE_SCORES);
  return (
    <>
      <Heading3>Evalueren</Heading3>
      <SosFormulier
        label="Evaluatie van het veiligheidsplan"
        knop="Evaluatie vastleggen"
        velden={{
          datum: { label: "Datum van de evaluatie", id: "sos-evaluatie-datum" },
          doelen: { label: "Veiligheidsdoelen", id: `sos-evaluatie-${plan.afspraken[0]?.doelId ?? ""}` },
          ...scoreVelden("sos-evaluatie"),
        }}
        gelukt="De evaluatie is vastgelegd."
        opslaan={() =>
          opslaan({
            deel: "/plan/evaluatie",
            body: {
              datum,
              toelichting,
              doelen: plan.afspraken.flatMap((a) =>
                uitkomsten[a.doelId] ? [{ doelId: a.doelId, uitkomst: uitkomsten[a.doelId] }] : [],
              ),
              scores: alsScores(scores),
            },
            versie: sos.versie,
          })
        }
      >
        {(fouten) => (
          <>
            <Tekstveld
              id="sos-evaluatie-datum"
              label="Datum van de evaluatie"
              type="date"
              verplicht
              max={vandaagIso()}
              value={datum}
              fout={fouten.datum}
              onChange={(e) => setDatum(e.currentTarget.value)}
            />
            {plan.afspraken.map((a, n) => (
              <Keuzerondjes
                key={a.doelId}
                id={`sos-evaluatie-${a.doelId}`}
                legenda={`Veiligheidsdoel: ${a.doel}`}
                keuzes={keuzesUit(DOEL_UITKOMST_LABELS, DOEL_UITKOMSTEN)}
                waarde={uitkomsten[a.doelId] ?? ""}
                fout={n === 0 ? fouten.doelen : undefined}
                onChange={(u) => setUitkomsten((oud) => ({ ...oud, [a.doelId]: u }))}
              />
            ))}
            <Tekstvak
              id="sos-evaluatie-toelichting"
              label="Toelichting (niet verplicht)"
              waarde={toelichting}
              onChange={setToelichting}
            />
            <ScoreVelden prefix="sos-evaluatie" scores={scores} zet={setScores} fouten={fouten} />
          </>
        )}
      </SosFormulier>
    </>
  );
}

function Plan({ sos, opslaan }: { sos: SosWeergave & { inhoud: SosInhoud }; opslaan: Opslaan }) {
  const { plan } = sos.inhoud;
  const doelTekst = (id: string) => plan?.afspraken.find((a) => a.doelId === id)?.doel ?? "";
  return (
    <section aria-labelledby="sos-plan-kop">
      <Heading3 id="sos-plan-kop">
        Veiligheidsplan{" "}
        <StatusBadge status={plan && plan.status !== "concept" ? "safe" : "neutral"}>
          {plan ? PLAN_STATUS_LABELS[plan.status] : "Nog niet gemaakt"}
        </StatusBadge>
      </Heading3>
      {!plan || plan.status === "concept" ? (
        <PlanConcept sos={sos} opslaan={opslaan} />
      ) : (
        <>
          <AfsprakenTabel plan={plan} />
          {plan.ondertekening ? (
            <Paragraph>
              Ondertekend op {datumKort(plan.ondertekening.datum)} door{" "}
              {plan.ondertekening.ondertekenaars.map((o) => o.naam).join(" en ")} (geregistreerd door{" "}
              {plan.ondertekening.geregistreerdDoor}).
            </Paragraph>
          ) : null}
          {plan.evaluaties.map((e) => (
            <Paragraph key={e.datum + e.toelichting}>
              Geëvalueerd op {datumKort(e.datum)}:{" "}
              {e.doelen
                .map((d) => `${doelTekst(d.doelId)}: ${DOEL_UITKOMST_LABELS[d.uitkomst].toLowerCase()}`)
                .join("; ")}
              {e.toelichting ? `. ${e.toelichting}` : ""}
            </Paragraph>
          ))}
          {plan.status === "definitief" ? <Ondertekening sos={sos} opslaan={opslaan} /> : null}
          {plan.status === "ondertekend" || plan.status === "geevalueerd" ? (
            <Evaluatie sos={sos} opslaan={opslaan} />
          ) : null}
        </>
      )}
    </section>
  );
}

/**
 * The tab Veiligheid: Signs of Safety with the family (DOMAIN §5) — the mapping in three columns, the
 * veiligheidsschaal over time (chart and table), and the veiligheidsplan built from the mapping, signed and
 * evaluated. Content per policy rule 23.
 */
export function VeiligheidOpZaak({ zaak }: { zaak: ZaakDetail }) {
  const lijst = useSignsOfSafety(zaak.id);
  const opslaan = useSosOpslaan(zaak.id).mutateAsync;
  const sos = lijst.data?.signsOfSafety;
  return (
    <>
      <Heading2>Veiligheid: Signs of Safety</Heading2>
      {lijst.isPending ? <Laden /> : null}
      {lijst.data && !sos && !lijst.data.kanStarten.mogelijk ? (
        <Paragraph>{lijst.data.kanStarten.reden ?? "Op deze zaak loopt geen Signs of Safety."}</Paragraph>
      ) : null}
      {!sos?.inhoud ? (
        <SignsOfSafetyOpZaak zaak={zaak} />
      ) : (
        <>
          <Paragraph>
            Gestart op {datumKort(sos.gestartOp.slice(0, 10))} door {sos.inhoud.gestartDoor}. Elke
            gevaarsuitspraak krijgt een veiligheidsdoel; de doelen worden de afspraken van het
            veiligheidsplan.
          </Paragraph>
          <Mapping sos={{ ...sos, inhoud: sos.inhoud }} opslaan={opslaan} />
          <Schaal sos={{ ...sos, inhoud: sos.inhoud }} opslaan={opslaan} />
          <Plan sos={{ ...sos, inhoud: sos.inhoud }} opslaan={opslaan} />
        </>
      )}
    </>
  );
}
