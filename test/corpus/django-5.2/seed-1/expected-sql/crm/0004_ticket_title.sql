BEGIN;
--
-- Add field title to ticket
--
ALTER TABLE "crm_ticket_t3" ADD COLUMN "title_id" integer DEFAULT 1 NOT NULL CONSTRAINT "crm_ticket_t3_title_id_dbf256e4_fk_events_region_id" REFERENCES "events_region"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "crm_ticket_t3_title_id_dbf256e4_fk_events_region_id" IMMEDIATE;
ALTER TABLE "crm_ticket_t3" ALTER COLUMN "title_id" DROP DEFAULT;
CREATE INDEX "crm_ticket_t3_title_id_dbf256e4" ON "crm_ticket_t3" ("title_id");
COMMIT;
