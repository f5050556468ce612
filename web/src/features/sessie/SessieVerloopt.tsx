import { useQueryClient } from "@tanstack/react-query";
import { AlertDialog, Button, ButtonGroup, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { foutmelding } from "../../lib/api";
import { bijSessieTijden, haalSessie, huidigeSessieTijden, SESSIE_SLEUTEL, verwachtEinde } from "./sessie";

const WAARSCHUW_VOORAF_MS = 2 * 60_000;
/** After the expected end, wait a little before asking the server, so the check itself cannot extend an idle session. */
const CONTROLE_NA_MS = 20_000;

type Stand = "ok" | "waarschuwing" | "verlopen";

/**
 * Warns two minutes before the session ends and lets the medewerker stay logged in (GET /api/sessie
 * slides the idle timeout). When the session has ended, the next check gets a 401, and the app's
 * session guard sends the medewerker to the login page.
 */
export function SessieVerloopt() {
  const queryClient = useQueryClient();
  const tijden = useSyncExternalStore(bijSessieTijden, huidigeSessieTijden);
  const [stand, setStand] = useState<Stand>("ok");
  const [weggeklikt, setWeggeklikt] = useState<number | undefined>(undefined);
  const [fout, setFout] = useState<string | undefined>(undefined);
  const [bezig, setBezig] = useState(false);
  const dialoogRef = useRef<HTMLDialogElement>(null);
  const controleBezig = useRef(false);
  const titelId = useId();
  const tekstId = useId();

  const einde = tijden ? verwachtEinde(tijden) : undefined;
  const eindMoment = einde?.einde;
  const absoluut = einde?.absoluut ?? false;

  useEffect(() => {
    if (eindMoment === undefined) return;
    const bekijk = () => {
      const nu = Date.now();
      if (nu >= eindMoment + CONTROLE_NA_MS) {
        setStand("verlopen");
        if (!controleBezig.current) {
          controleBezig.current = true;
          // A 401 here is not "expected": it triggers the expired-session flow.
          haalSessie({ verwacht401: false })
            .then((sessie) => queryClient.setQueryData(SESSIE_SLEUTEL, sessie))
            .catch(() => undefined)
            .finally(() => {
              controleBezig.current = false;
            });
        }
      } else if (nu >= eindMoment - WAARSCHUW_VOORAF_MS) {
        setStand("waarschuwing");
      } else {
        setStand("ok");
      }
    };
    bekijk();
    const timer = window.setInterval(bekijk, 1_000);
    return () => window.clearInterval(timer);
  }, [eindMoment, queryClient]);

  const tonen = stand === "waarschuwing" && weggeklikt !== eindMoment;

  useEffect(() => {
    const dialoog = dialoogRef.current;
    if (!dialoog) return;
    if (tonen && !dialoog.open) {
      setFout(undefined);
      // showModal moves focus to the first button in the dialog.
      dialoog.showModal();
    } else if (!tonen && dialoog.open) {
      dialoog.close();
    }
  }, [tonen]);

  async function blijfIngelogd() {
    setBezig(true);
    setFout(undefined);
    try {
      const sessie = await haalSessie({ verwacht401: false });
      queryClient.setQueryData(SESSIE_SLEUTEL, sessie);
    } catch (error) {
      setFout(foutmelding(error));
    } finally {
      setBezig(false);
    }
  }

  return (
    <AlertDialog
      ref={dialoogRef}
      type="warning"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titelId}
      aria-describedby={tekstId}
      className="voordeur-sessiedialoog"
      onCancel={(event) => {
        // Escape closes the warning; it comes back if the deadline moves.
        event.preventDefault();
        setWeggeklikt(eindMoment);
      }}
    >
      <Heading2 id={titelId}>Uw sessie verloopt over 2 minuten</Heading2>
      <div id={tekstId}>
        {absoluut ? (
          <Paragraph>
            U bent lang ingelogd. Uw sessie kan niet meer worden verlengd. Rond uw werk af en log daarna
            opnieuw in.
          </Paragraph>
        ) : (
          <Paragraph>Als u niets doet, wordt u over 2 minuten uitgelogd. Wilt u ingelogd blijven?</Paragraph>
        )}
        {fout ? <Paragraph className="voordeur-foutmelding">{fout}</Paragraph> : null}
      </div>
      <ButtonGroup>
        {absoluut ? (
          <Button appearance="primary-action-button" onClick={() => setWeggeklikt(eindMoment)}>
            Sluiten
          </Button>
        ) : (
          <Button appearance="primary-action-button" busy={bezig} onClick={blijfIngelogd}>
            Ingelogd blijven
          </Button>
        )}
      </ButtonGroup>
    </AlertDialog>
  );
}
