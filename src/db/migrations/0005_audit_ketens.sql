DROP INDEX "audit_log_keten_idx";--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "keten" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "audit_log_keten_idx" ON "audit_log" USING btree ("gemeente_code","keten","id");