BEGIN;
--
-- Raw SQL operation
--
COMMENT ON TABLE "crm_ticket_t3" IS 'touched by hand 9';
COMMIT;
