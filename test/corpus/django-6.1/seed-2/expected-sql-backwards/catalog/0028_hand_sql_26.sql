BEGIN;
--
-- Raw SQL operation
--
DELETE FROM hand_aux_26 WHERE id IN (1, 2);
--
-- Raw SQL operation
--
DROP TABLE hand_aux_26;
COMMIT;
