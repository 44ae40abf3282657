BEGIN;
--
-- Alter unique_together for warehouse (1 constraint(s))
--
ALTER TABLE "people_warehouse_t15" ADD CONSTRAINT "people_warehouse_t15_user_id_deadline_232f0e18_uniq" UNIQUE ("user_id", "deadline");
COMMIT;
