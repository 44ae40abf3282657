BEGIN;
--
-- Alter field email on ticket
--
SET CONSTRAINTS "people_ticket_email_id_32813357_fk_shop_product_id" IMMEDIATE; ALTER TABLE "people_ticket" DROP CONSTRAINT "people_ticket_email_id_32813357_fk_shop_product_id";
--
-- Delete model Warehouse
--
DROP TABLE "people_warehouse" CASCADE;
COMMIT;
