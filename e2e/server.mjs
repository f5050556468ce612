// The e2e web server: a real SMTP server that writes every mail it receives to
// .tmp/e2e-mail-<PORT>/ (the specs read them), then Voordeur itself with VOORDEUR_SMTP_URL pointing at it.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { SMTPServer } from "smtp-server";

const port = Number(process.env.PORT ?? 3100);
const mailDir = resolve(`.tmp/e2e-mail-${port}`);
rmSync(mailDir, { recursive: true, force: true });
mkdirSync(mailDir, { recursive: true });

let teller = 0;
const smtp = new SMTPServer({
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, _session, callback) {
    const delen = [];
    stream.on("data", (d) => delen.push(d));
    stream.on("end", () => {
      teller += 1;
      writeFileSync(`${mailDir}/${String(teller).padStart(4, "0")}.eml`, Buffer.concat(delen));
      callback();
    });
  },
});
smtp.listen(0, "127.0.0.1", () => {
  const smtpPort = smtp.server.address().port;
  const app = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    stdio: "inherit",
    env: { ...process.env, VOORDEUR_SMTP_URL: `smtp://127.0.0.1:${smtpPort}` },
  });
  const stop = () => app.kill("SIGTERM");
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  app.on("exit", (code) => {
    smtp.close(() => process.exit(code ?? 0));
  });
});
