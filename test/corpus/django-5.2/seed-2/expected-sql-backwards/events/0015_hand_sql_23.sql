BEGIN;
--
-- Raw SQL operation
--
DROP VIEW hand_aux_23_v; DROP TABLE hand_aux_23;
COMMIT;
