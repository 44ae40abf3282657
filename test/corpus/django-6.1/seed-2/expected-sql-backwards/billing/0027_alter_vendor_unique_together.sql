BEGIN;
--
-- Alter unique_together for vendor (1 constraint(s))
--
ALTER TABLE "billing_vendor_t15" DROP CONSTRAINT "billing_vendor_t15_count_id_2ece7a61_uniq";
COMMIT;
