-- Which features the administrators switched on or off. A feature without a row is on (new features
-- start on); every node reads this table, so a switch reaches all of them.

CREATE TABLE tandem_features (
    name VARCHAR(64) NOT NULL,
    enabled BOOLEAN NOT NULL,
    changed_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_tandem_features PRIMARY KEY (name)
);
