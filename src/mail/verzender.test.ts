import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rijen } from "../db/client";
import { inGemeente } from "../db/tenant";
import { startTestVoordeur, type TestVoordeur } from "../test/app";
import { startTestSmtp } from "../test/smtp";
import { verstuurWachtrij, wachttijdMinuten } from "./verzender";
import { zetMailInWachtrij } from "./wachtrij";

let t: TestVoordeur;
let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
const tenant = { gemeenteCode: "1699", samenwerkingsverbandCode: "NMD" };

beforeAll(async () => {
  t = await startTestVoordeur();
  smtp = await startTestSmtp();
});
afterAll(async () => {
  await t.sluit();
  await smtp.stop();
});

describe("uitgaande mail", () => {
  it("wordt pas na de commit verstuurd, met bijlage, en één keer", async () => {
    await inGemeente(t.database.db, tenant, (tx) =>
      zetMailInWachtrij(tx, {
        aan: "inwoner@example.test",
        onderwerp: "Bevestiging van uw afspraak",
        tekst: "U heeft een afspraak op 5 januari.",
        bijlagen: [
          {
            bestandsnaam: "afspraak.ics",
            contentType: "text/calendar",
            inhoud: Buffer.from("BEGIN:VCALENDAR"),
          },
        ],
        aanleiding: "afspraak bevestigd",
      }),
    );
    // A rolled-back transaction queues nothing.
    await expect(
      inGemeente(t.database.db, tenant, async (tx) => {
        await zetMailInWachtrij(tx, {
          aan: "x@example.test",
          onderwerp: "nee",
          tekst: "nee",
          aanleiding: "test",
        });
        throw new Error("terugdraaien");
      }),
    ).rejects.toThrow("terugdraaien");

    const config = { smtpUrl: smtp.url, van: "Voordeur <noreply@voordeur.test>" };
    expect(await verstuurWachtrij(t.database.db, config)).toBe(1);
    expect(await verstuurWachtrij(t.database.db, config)).toBe(0);
    expect(smtp.mails).toHaveLength(1);
    const mail = smtp.mails[0];
    expect(mail?.aan).toEqual(["inwoner@example.test"]);
    expect(mail?.bron).toContain("Subject: Bevestiging van uw afspraak");
    expect(mail?.bron).toContain("filename=afspraak.ics");
    const [status] = await rijen<{ status: string; pogingen: number }>(
      t.database.db,
      sql`select status, pogingen from mail_uitgaand where aan = 'inwoner@example.test'`,
    );
    expect(status).toEqual({ status: "verzonden", pogingen: 1 });
  });

  it("probeert het later opnieuw als de SMTP-server niet bereikbaar is", async () => {
    await inGemeente(t.database.db, tenant, (tx) =>
      zetMailInWachtrij(tx, {
        aan: "later@example.test",
        onderwerp: "Later",
        tekst: "x",
        aanleiding: "test",
      }),
    );
    expect(await verstuurWachtrij(t.database.db, { smtpUrl: "smtp://127.0.0.1:1", van: "a@b.test" })).toBe(0);
    const [rij] = await rijen<{
      status: string;
      pogingen: number;
      laatste_fout: string | null;
      later: boolean;
    }>(
      t.database.db,
      sql`select status, pogingen, laatste_fout, volgende_poging > now() as later from mail_uitgaand where aan = 'later@example.test'`,
    );
    expect(rij?.status).toBe("wachtrij");
    expect(rij?.pogingen).toBe(1);
    expect(rij?.laatste_fout).toBeTruthy();
    expect(rij?.later).toBe(true);
  });

  it("weigert een ongeldig adres en wacht steeds langer tussen pogingen", async () => {
    await expect(
      inGemeente(t.database.db, tenant, (tx) =>
        zetMailInWachtrij(tx, { aan: "geen adres", onderwerp: "x", tekst: "x", aanleiding: "test" }),
      ),
    ).rejects.toThrow("ongeldig e-mailadres");
    expect([1, 2, 3, 4, 10, 20].map(wachttijdMinuten)).toEqual([1, 2, 4, 8, 360, 360]);
  });
});
