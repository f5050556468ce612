import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeTekst, type IcsAfspraak, maakIcs, parameterWaarde, utcTijd, vouw } from "./ics";

const afspraak: IcsAfspraak = {
  methode: "REQUEST",
  uid: "0b6f3c9e-1111-4a3a-9c1e-123456789abc@voordeur",
  volgnummer: 0,
  aangemaakt: new Date("2026-01-02T12:00:00Z"),
  begin: new Date("2026-01-05T09:00:00Z"),
  eind: new Date("2026-01-05T10:00:00Z"),
  samenvatting: "Keukentafelgesprek, gemeente Noordenveld",
  locatie: "Gemeentehuis; Raadhuisstraat 1, Roden",
  beschrijving: "Neem uw legitimatie mee.\nVragen? Bel ons.",
  organisator: { naam: "Gemeente Noordenveld, Toegang", email: "toegang@noordenveld.test" },
  deelnemer: { naam: "Jan de Vries", email: "jan@example.test" },
};

describe("iCalendar", () => {
  it.each([
    ["a,b", "a\\,b"],
    ["a;b", "a\\;b"],
    ["c:\\pad", "c:\\\\pad"],
    ["regel 1\nregel 2", "regel 1\\nregel 2"],
    ["regel 1\r\nregel 2", "regel 1\\nregel 2"],
    ["geen bijzonderheden", "geen bijzonderheden"],
  ])("escapet %j als %j", (invoer, uit) => expect(escapeTekst(invoer)).toBe(uit));

  it.each([
    ["Jan de Vries", "Jan de Vries"],
    ["Vries, Jan", '"Vries, Jan"'],
    ['Jan "JJ" de Vries', "Jan JJ de Vries"],
  ])("parameterwaarde %j → %j", (invoer, uit) => expect(parameterWaarde(invoer)).toBe(uit));

  it("schrijft UTC-tijden met Z", () => {
    expect(utcTijd(new Date("2026-01-05T09:05:07.123Z"))).toBe("20260105T090507Z");
  });

  it("maakt een uitnodiging met de verplichte velden en CRLF", () => {
    const ics = maakIcs(afspraak);
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const regels = ics.replace(/\r\n /g, "").split("\r\n");
    expect(regels).toEqual(
      expect.arrayContaining([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        `UID:${afspraak.uid}`,
        "SEQUENCE:0",
        "DTSTAMP:20260102T120000Z",
        "DTSTART:20260105T090000Z",
        "DTEND:20260105T100000Z",
        "SUMMARY:Keukentafelgesprek\\, gemeente Noordenveld",
        "LOCATION:Gemeentehuis\\; Raadhuisstraat 1\\, Roden",
        "DESCRIPTION:Neem uw legitimatie mee.\\nVragen? Bel ons.",
        'ORGANIZER;CN="Gemeente Noordenveld, Toegang":mailto:toegang@noordenveld.test',
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
      ]),
    );
    expect(regels.find((r) => r.startsWith("ATTENDEE"))).toContain("mailto:jan@example.test");
    expect(regels[0]).toBe("BEGIN:VCALENDAR");
  });

  it("annuleert dezelfde afspraak met een hoger volgnummer", () => {
    const ics = maakIcs({ ...afspraak, methode: "CANCEL", volgnummer: 1 });
    expect(ics).toContain("METHOD:CANCEL\r\n");
    expect(ics).toContain("STATUS:CANCELLED\r\n");
    expect(ics).toContain("SEQUENCE:1\r\n");
    expect(ics).toContain(`UID:${afspraak.uid}\r\n`);
  });

  it("laat optionele velden weg", () => {
    const ics = maakIcs({ ...afspraak, locatie: undefined, beschrijving: undefined, deelnemer: undefined });
    expect(ics).not.toMatch(/LOCATION|DESCRIPTION|ATTENDEE/);
  });

  it("vouwt lange regels op 75 octets, ook met meerbytetekens, zonder inhoud te verliezen", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (tekst) => {
        const regel = `DESCRIPTION:${escapeTekst(tekst)}`;
        const gevouwen = vouw(regel);
        const delen = gevouwen.split("\r\n");
        for (const [i, deel] of delen.entries()) {
          expect(Buffer.byteLength(deel, "utf8")).toBeLessThanOrEqual(75);
          if (i > 0) expect(deel.startsWith(" ")).toBe(true);
        }
        expect(gevouwen.replace(/\r\n /g, "")).toBe(regel);
      }),
    );
  });

  it.each([
    ["kort", "SUMMARY:kort", 1],
    ["precies 75", `SUMMARY:${"x".repeat(67)}`, 1],
    ["76 octets", `SUMMARY:${"x".repeat(68)}`, 2],
    ["euro-tekens (3 octets)", `SUMMARY:${"€".repeat(40)}`, 2],
  ])("vouwt %s in %i regel(s)", (_naam, regel, aantal) => {
    expect(vouw(regel).split("\r\n")).toHaveLength(aantal);
  });
});
