-- Two more Regiegroep themes (issue 14, seed 004 §7.1.2): MDO 23+ (a casus brought to the Multidisciplinair Overleg
-- via the Advies- en Meldpunt OGGZ: the overleggen with participants, agreed actions and the follow-up) and the Wet
-- verplichte GGZ with the Regiegroep as contact (melding, verkennend onderzoek, the decision on an aanvraag to the
-- officier van justitie, the crisismaatregel of the burgemeester). Facts in `gegevens` (domain/regie); one of each
-- per zaak, like the nazorg.
ALTER TABLE "regie_themas" DROP CONSTRAINT "regie_themas_thema_ck";
--> statement-breakpoint
ALTER TABLE "regie_themas" ADD CONSTRAINT "regie_themas_thema_ck" CHECK ("thema" in ('spoed-jeugd', 'nazorg', 'mdo-23', 'wvggz'));
--> statement-breakpoint
DROP INDEX "regie_themas_nazorg_uq";
--> statement-breakpoint
CREATE UNIQUE INDEX "regie_themas_een_per_zaak_uq" ON "regie_themas" USING btree ("zaak_id", "thema") WHERE "thema" <> 'spoed-jeugd';
