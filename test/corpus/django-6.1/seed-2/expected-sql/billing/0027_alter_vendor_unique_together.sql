BEGIN;
--
-- Alter unique_together for vendor (1 constraint(s))
--
ALTER TABLE "billing_vendor_t15" ADD CONSTRAINT "billing_vendor_t15_count_id_2ece7a61_uniq" UNIQUE ("count", "id");
COMMIT;
