BEGIN;
--
-- Add field title to ticket
--
SET CONSTRAINTS "crm_ticket_t3_title_id_dbf256e4_fk_events_region_id" IMMEDIATE; ALTER TABLE "crm_ticket_t3" DROP CONSTRAINT "crm_ticket_t3_title_id_dbf256e4_fk_events_region_id";
ALTER TABLE "crm_ticket_t3" DROP COLUMN "title_id" CASCADE;
COMMIT;
