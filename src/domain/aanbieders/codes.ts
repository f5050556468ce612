/**
 * Identifying numbers of a care provider. The AGB-code (Algemeen GegevensBeheer, Vektis) of a
 * zorgaanbieder is 8 digits; iWmo/iJw messages carry it as the provider's identity. The KvK-nummer
 * (Kamer van Koophandel) is 8 digits too. Neither has a public check digit, so the format is the rule.
 */

const ACHT_CIJFERS = /^\d{8}$/;

export type CodeUitkomst = { ok: true; waarde: string } | { ok: false; melding: string };

/** Spaces and dots that people type in numbers ("12.34.56.78", "1234 5678") are ignored. */
function normaliseer(invoer: string): string {
  return invoer.replace(/[\s.]/g, "");
}

function achtCijfers(invoer: string, naam: string): CodeUitkomst {
  const waarde = normaliseer(invoer);
  if (waarde.length === 0) return { ok: false, melding: `Vul de ${naam} in` };
  if (!ACHT_CIJFERS.test(waarde)) return { ok: false, melding: `De ${naam} bestaat uit precies 8 cijfers` };
  return { ok: true, waarde };
}

export function valideerAgbCode(invoer: string): CodeUitkomst {
  return achtCijfers(invoer, "AGB-code");
}

export function valideerKvkNummer(invoer: string): CodeUitkomst {
  return achtCijfers(invoer, "KvK-nummer");
}
