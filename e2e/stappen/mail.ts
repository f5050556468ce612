/**
 * Reading the mails the e2e SMTP server received (e2e/server.mjs): waiting for the mail to one address, and
 * its MIME parts decoded (nested multiparts, base64 and quoted-printable), so tests can check attachments.
 */
import { expect } from "@playwright/test";
import { ontvangenMails } from "../helpers";

/** Waits (the app sends from its queue every 2 s) for a mail that mentions `adres`; returns the raw text. */
export async function mailAan(adres: string, timeoutMs = 20_000): Promise<string> {
  let mail: string | undefined;
  await expect(async () => {
    mail = (await ontvangenMails(1, 2_000)).find((m) => m.includes(adres));
    expect(mail, `geen mail aan ${adres} ontvangen`).toBeDefined();
  }).toPass({ timeout: timeoutMs });
  return mail ?? "";
}

export interface MailDeel {
  /** Header names in lower case, folded lines unfolded. */
  kop: Record<string, string>;
  inhoud: Buffer;
  bestandsnaam: string | undefined;
}

function splits(tekst: string): { kop: Record<string, string>; romp: string } {
  const scheiding = /\r?\n\r?\n/.exec(tekst);
  const kopTekst = scheiding ? tekst.slice(0, scheiding.index) : tekst;
  const romp = scheiding ? tekst.slice(scheiding.index + scheiding[0].length) : "";
  const kop: Record<string, string> = {};
  for (const regel of kopTekst.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const dubbelepunt = regel.indexOf(":");
    if (dubbelepunt > 0)
      kop[regel.slice(0, dubbelepunt).trim().toLowerCase()] = regel.slice(dubbelepunt + 1).trim();
  }
  return { kop, romp };
}

function decodeer(romp: string, codering: string | undefined): Buffer {
  switch (codering?.toLowerCase()) {
    case "base64":
      return Buffer.from(romp.replace(/\s+/g, ""), "base64");
    case "quoted-printable":
      return Buffer.from(
        romp
          .replace(/=\r?\n/g, "")
          .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
        "latin1",
      );
    default:
      return Buffer.from(romp, "utf8");
  }
}

/** The leaf parts of a raw RFC 5322 mail, depth first. */
export function mailDelen(raw: string): MailDeel[] {
  const { kop, romp } = splits(raw);
  const type = kop["content-type"] ?? "text/plain";
  const grens = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.toLowerCase().startsWith("multipart/") && grens) {
    return romp
      .split(`--${grens}`)
      .slice(1)
      .filter((stuk) => !stuk.startsWith("--"))
      .flatMap((stuk) => mailDelen(stuk.replace(/^\r?\n/, "")));
  }
  const naam = /(?:file)?name="?([^";]+)"?/i.exec(`${kop["content-disposition"] ?? ""}; ${type}`)?.[1];
  return [{ kop, inhoud: decodeer(romp, kop["content-transfer-encoding"]), bestandsnaam: naam }];
}
