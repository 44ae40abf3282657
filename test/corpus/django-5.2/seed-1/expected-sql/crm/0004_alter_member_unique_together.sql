BEGIN;
--
-- Alter unique_together for member (1 constraint(s))
--
ALTER TABLE "crm_member" ADD CONSTRAINT "crm_member_payload_limit_555825db_uniq" UNIQUE ("payload", "limit");
COMMIT;
