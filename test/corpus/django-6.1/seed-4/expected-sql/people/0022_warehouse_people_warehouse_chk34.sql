BEGIN;
--
-- Create constraint people_warehouse_chk34 on model warehouse
--
ALTER TABLE "people_warehouse_t15" ADD CONSTRAINT "people_warehouse_chk34" CHECK (("active" IN ('a', 'b', 'it''s') OR "deadline" IN ('a', 'b', 'it''s')));
COMMIT;
