import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface OntvangenMail {
  van: string;
  aan: string[];
  bron: string;
}

/** A real SMTP server in-process (no TLS, no auth) that keeps what arrives, for tests of outgoing mail. */
export async function startTestSmtp(): Promise<{
  url: string;
  mails: OntvangenMail[];
  stop(): Promise<void>;
}> {
  const mails: OntvangenMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const delen: Buffer[] = [];
      stream.on("data", (d: Buffer) => delen.push(d));
      stream.on("end", () => {
        mails.push({
          van: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          aan: session.envelope.rcptTo.map((r) => r.address),
          bron: Buffer.concat(delen).toString("utf8"),
        });
        callback();
      });
    },
  });
  server.listen(0, "127.0.0.1");
  await once(server.server, "listening");
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    stop: () => new Promise<void>((klaar) => server.close(() => klaar())),
  };
}
