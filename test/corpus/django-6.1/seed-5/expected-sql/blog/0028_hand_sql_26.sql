BEGIN;
--
-- Raw SQL operation
--
CREATE TABLE hand_aux_26 (id integer PRIMARY KEY, label text NOT NULL DEFAULT 'x');
COMMIT;
