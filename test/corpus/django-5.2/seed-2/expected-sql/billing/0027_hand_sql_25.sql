BEGIN;
--
-- Raw SQL operation
--
CREATE TABLE hand_aux_25 (id integer PRIMARY KEY, label text);
CREATE INDEX hand_aux_25_label ON hand_aux_25 (label);
COMMIT;
