BEGIN;
--
-- Raw SQL operation
--
DROP VIEW hand_aux_11_v; DROP TABLE hand_aux_11;
COMMIT;
