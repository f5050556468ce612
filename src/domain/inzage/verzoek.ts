/**
 * A resident's request for inzage in their own data (AVG art. 15), submitted in Mijn Voordeur and answered by the
 * teamleider (issue 16: "request inzage (it lands at the teamleider)"). Pure.
 */
import { plusMaanden, volgendeWerkdag } from "../termijnen/kalender";

/**
 * AVG art. 12 lid 3: the gemeente answers "onverwijld en in ieder geval binnen een maand na ontvangst van het
 * verzoek"; it may extend by two months when the requests are complex or many, telling the person within the first
 * month (not modelled here: the teamleider writes that letter). A period in months ends on the same date of the
 * month after, or that month's last day when the date does not exist (Verordening 1182/71 art. 3 lid 2 onder c), and
 * moves to the next working day when it ends on a Saturday, Sunday or public holiday (art. 3 lid 4).
 */
export function antwoordUiterlijk(ontvangenOp: string): string {
  return volgendeWerkdag(plusMaanden(ontvangenOp, 1));
}

export type NamensGrond = "uzelf" | "gezag" | "wettelijk-vertegenwoordiger";

/**
 * May the resident ask inzage for the person they act for? For themselves, yes. A child under 16 exercises the right
 * through whoever has gezag; from 16 the child asks itself (UAVG art. 5 lid 1). A curator or mentor acts for the
 * person under curatele or mentorschap (UAVG art. 5 lid 3). Null: allowed; otherwise the Dutch reason.
 */
export function inzageVoorAnderMag(grond: NamensGrond, leeftijd: number): string | null {
  if (grond === "uzelf" || grond === "wettelijk-vertegenwoordiger") return null;
  if (leeftijd < 16) return null;
  return "Vanaf 16 jaar vraagt uw kind zelf inzage in zijn of haar gegevens aan (UAVG artikel 5).";
}
